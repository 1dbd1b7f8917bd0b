import ICONCore
import Testing

/// Builders for engines in known states, so tests can state exact expected directives.
enum Fixture {
  static let application: ApplicationID = "shop"
  /// Default policy, but observations take effect at once (no smoothing lag).
  static let policy = OwnerPolicy { $0.smoothingWindow = .nanoseconds(1) }
  static let cloud = SiteOffer(site: "cloud", pricePerSlot: 1, slot: .seconds(60), freeCapacity: 64)
  static let edge = SiteOffer(site: "edge", pricePerSlot: 2, slot: .seconds(60), freeCapacity: 4)

  static func origin(
    _ id: ICONID = "o", budget: Money = 100, seed: UInt64 = 1, site: SiteOffer = cloud,
    policy: OwnerPolicy = Fixture.policy
  ) -> ICONEngine {
    ICONEngine(
      .origin(id: id, application: application, site: site, policy: policy, budget: budget, seed: seed))
  }

  /// A replica `id` whose ancestors are `ancestors` (parent first).
  static func replica(
    _ id: ICONID, ancestors: [ICONID], parentSite: SiteID = "cloud", site: SiteOffer = edge,
    budget: Money = 50, seed: UInt64 = 2, epoch: UInt64 = 1, policy: OwnerPolicy = Fixture.policy
  ) -> ICONEngine {
    ICONEngine(
      EngineConfiguration(
        id: id, application: application, site: site, parent: ancestors.first, parentSite: parentSite,
        ancestors: ancestors, origin: ancestors.last ?? id, epoch: epoch, policy: policy, budget: budget,
        seed: seed))
  }

  /// Replica "o.1" at cloud, child of "o", whose clients "far" (100 req/s at 50 ms) edge would serve at
  /// 5 ms; it has not heard from its parent since it started.
  static func replicaWithFarClients() -> ICONEngine {
    var replica = replica("o.1", ancestors: ["o"], site: cloud, budget: 50)
    _ = replica.at(0, .started)
    _ = replica.at(0, .offers([edge]))
    _ = replica.at(0, .latencies([LatencyEstimate(subnet: "far", site: "edge", milliseconds: 5)]))
    _ = replica.at(2, .traffic([sample("far", 200, latency: 50)]))
    _ = replica.at(2, .timer(.heartbeat))
    return replica
  }

  static func envelope(_ message: Message, from: ICONID, to: ICONID, epoch: UInt64 = 1) -> Envelope {
    Envelope(application: application, from: from, to: to, epoch: epoch, message: message)
  }

  /// The report-timer jitter an engine seeded with `seed` draws at start, and its generator afterwards.
  static func startJitter(seed: UInt64, period: Duration = policy.reportPeriod) -> (Duration, SplitMix64) {
    var random = SplitMix64(seed: seed)
    let jitter = Duration.nanoseconds(Int64.random(in: 0..<period.nanoseconds, using: &random))
    return (jitter, random)
  }

  /// A child's report with only the fields a test cares about set.
  static func report(
    site: SiteID, subnets: [SubnetID] = [], sites: [SiteID]? = nil, rate: Double = 0, latency: Double = 0,
    spare: Money = .zero, size: Int = 1, version: UInt64 = 1, listsVersion: UInt64 = 0
  ) -> Report {
    Report(
      sequence: 1, site: site, requestRate: rate, meanLatency: latency, ownRate: rate, balance: spare,
      spare: spare, subtreeSize: size, subtreeSites: sites ?? [site], subtreeSubnets: subnets,
      policyVersion: version, listsVersion: listsVersion)
  }

  /// Makes `child` a child of `parent` through an attach request carrying `report`.
  static func attach(_ child: ICONID, to parent: inout ICONEngine, report: Report, at seconds: Double = 0) {
    _ = parent.at(seconds, .received(envelope(.attachRequest(report), from: child, to: parent.id)))
  }

  /// `fresh` started, knowing `offers`, with each of `clients` sending 100 req/s for two seconds at
  /// `here` ms and `edge` ms from edge, folded by a heartbeat.
  static func serving(
    _ fresh: ICONEngine, _ clients: [(subnet: SubnetID, here: Double, edge: Double)],
    offers: [SiteOffer] = [edge]
  ) -> ICONEngine {
    var engine = fresh
    _ = engine.at(0, .started)
    _ = engine.at(0, .offers(offers))
    _ = engine.at(
      0, .latencies(clients.map { LatencyEstimate(subnet: $0.subnet, site: "edge", milliseconds: $0.edge) }))
    _ = engine.at(2, .traffic(clients.map { sample($0.subnet, 200, latency: $0.here) }))
    _ = engine.at(2, .timer(.heartbeat))
    return engine
  }

  static func sample(_ subnet: SubnetID, _ requests: Int, latency: Double) -> TrafficSample {
    TrafficSample(subnet: subnet, requests: requests, totalLatency: latency * Double(requests))
  }
}

extension ICONEngine {
  /// Handles `event` at `seconds` on the clock.
  mutating func at(_ seconds: Double, _ event: Event) -> [Directive] {
    handle(event, now: .seconds(seconds))
  }

  /// The messages among `directives`, as (receiver, message).
  static func messages(_ directives: [Directive]) -> [(ICONID, Message)] {
    directives.compactMap {
      if case .send(let envelope) = $0 { (envelope.to, envelope.message) } else { nil }
    }
  }
}

/// Expects `actual` to equal `expected`, printing both in full when they differ.
func expectDirectives(
  _ actual: [Directive], _ expected: [Directive], sourceLocation: SourceLocation = #_sourceLocation
) {
  #expect(actual == expected, sourceLocation: sourceLocation)
}
