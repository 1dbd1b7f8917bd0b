import ICONCore

/// Several engines wired by an in-memory message bus with a virtual clock: a minimal shell for tests.
///
/// Sites and client subnets sit on a line; latency is distance plus one millisecond. Clients enter at
/// their entry origin (by default the lowest-named live one) and follow the published routes to the ICON
/// that serves them.
struct OverlayHarness {
  struct Site {
    var offer: SiteOffer
    var position: Double
  }

  enum Item {
    case deliver(Envelope)
    case timer(ICONID, TimerID, generation: Int)
    case launchResult(parent: ICONID, launch: Launch, succeeds: Bool)
    case traffic
  }

  struct Scheduled {
    var at: Instant
    var sequence: Int
    var item: Item
  }

  let application: ApplicationID = "app"
  var sites: [SiteID: Site] = [:]
  var subnetPositions: [SubnetID: Double] = [:]
  /// Requests per second by subnet.
  var rates: [SubnetID: Double] = [:]
  /// The origin a subnet's clients start at, when not the lowest-named one (a forest).
  var entries: [SubnetID: ICONID] = [:]
  var engines: [ICONID: ICONEngine] = [:]
  var crashed: Set<ICONID> = []
  var now = Instant.zero
  var random: SplitMix64
  var messageDelay: Duration = .milliseconds(20)
  var launchFailureRate = 0.0
  var ownerTotal = Money.zero
  /// Money sent to ICONs that had crashed: held by their yards, counted so conservation stays exact.
  var stranded = Money.zero
  var trace: [String] = []
  var recordTrace = true
  var traffic: Duration = .seconds(1)
  private var queue: [Scheduled] = []
  private var sequence = 0
  private var generations: [ICONID: [TimerID: Int]] = [:]
  private var pendingLaunchMoney = Money.zero
  var notes: [(ICONID, EngineNote)] = []

  init(seed: UInt64) { random = SplitMix64(seed: seed) }

  mutating func addSite(_ name: String, position: Double, price: Money, capacity: Int = 4) {
    sites[SiteID(name)] = Site(
      offer: SiteOffer(site: SiteID(name), pricePerSlot: price, slot: .seconds(30), freeCapacity: capacity),
      position: position)
  }

  func latency(_ subnet: SubnetID, _ site: SiteID) -> Double {
    abs(subnetPositions[subnet]! - sites[site]!.position) + 1
  }

  /// Deploys an origin at `site` with `budget`.
  mutating func deployOrigin(_ name: String, at site: String, budget: Money, policy: OwnerPolicy) {
    let configuration = EngineConfiguration.origin(
      id: ICONID(name), application: application, site: sites[SiteID(site)]!.offer, policy: policy,
      budget: budget, seed: random.next())
    ownerTotal += budget
    start(ICONEngine(configuration))
    if queue.allSatisfy({ if case .traffic = $0.item { false } else { true } }) {
      schedule(.traffic, at: now + traffic)
    }
  }

  private mutating func start(_ engine: ICONEngine) {
    let id = engine.id
    engines[id] = engine
    apply(id, .offers(sites.values.map(\.offer).sorted { $0.site < $1.site }))
    let estimates = subnetPositions.keys.sorted().flatMap { subnet in
      sites.keys.sorted().map { LatencyEstimate(subnet: subnet, site: $0, milliseconds: latency(subnet, $0)) }
    }
    apply(id, .latencies(estimates))
    apply(id, .started)
  }

  mutating func schedule(_ item: Item, at time: Instant) {
    sequence += 1
    let entry = Scheduled(at: time, sequence: sequence, item: item)
    let index = queue.firstIndex { ($0.at, $0.sequence) > (entry.at, entry.sequence) } ?? queue.endIndex
    queue.insert(entry, at: index)
  }

  /// Hands `event` to a live engine and carries out its directives.
  mutating func apply(_ id: ICONID, _ event: Event) {
    guard !crashed.contains(id), var engine = engines[id] else { return }
    let directives = engine.handle(event, now: now)
    engines[id] = engine
    for directive in directives { carryOut(directive, by: id) }
  }

  private mutating func carryOut(_ directive: Directive, by id: ICONID) {
    if recordTrace { trace.append("\(now.nanoseconds) \(id) \(directive)") }
    switch directive {
    case .send(let envelope):
      let jitter = Duration.nanoseconds(Int64.random(in: 0..<5_000_000, using: &random))
      schedule(.deliver(envelope), at: now + messageDelay + jitter)
    case .setTimer(let timer, let at):
      generations[id, default: [:]][timer, default: 0] += 1
      schedule(.timer(id, timer, generation: generations[id]![timer]!), at: at)
    case .cancelTimer(let timer):
      generations[id, default: [:]][timer, default: 0] += 1
    case .launch(let launch):
      pendingLaunchMoney += launch.money
      let succeeds = Double.random(in: 0..<1, using: &random) >= launchFailureRate
      schedule(.launchResult(parent: id, launch: launch, succeeds: succeeds), at: now + .milliseconds(800))
    case .note(let note):
      notes.append((id, note))
    default:
      break
    }
  }

  /// Runs until `end`, checking `invariant` after every step.
  mutating func run(until end: Instant, invariant: (OverlayHarness) -> Void = { _ in }) {
    while let next = queue.first, next.at <= end {
      queue.removeFirst()
      now = next.at
      step(next.item)
      invariant(self)
    }
    now = end
  }

  private mutating func step(_ item: Item) {
    switch item {
    case .deliver(let envelope):
      if crashed.contains(envelope.to) || engines[envelope.to] == nil {
        stranded += envelope.message.money
      } else {
        apply(envelope.to, .received(envelope))
      }
    case .timer(let id, let timer, let generation):
      if generations[id]?[timer] == generation { apply(id, .timer(timer)) }
    case .launchResult(let parent, let launch, let succeeds):
      pendingLaunchMoney -= launch.money
      if succeeds {
        if case .replica(let configuration) = launch.purpose {
          start(ICONEngine(configuration))
        }
        apply(parent, .launchSucceeded(launchID: launch.launchID))
      } else if crashed.contains(parent) {
        stranded += launch.money
      } else {
        apply(parent, .launchFailed(launchID: launch.launchID, reason: "injected failure"))
      }
    case .traffic:
      sendTraffic()
      schedule(.traffic, at: now + traffic)
    }
  }

  func isLive(_ id: ICONID) -> Bool {
    !crashed.contains(id) && engines[id]?.lifecycle == .active
  }

  /// The ICON that serves `subnet`'s clients: start at the entry origin, follow routes while they lead
  /// to a live ICON.
  func server(of subnet: SubnetID) -> ICONID? {
    let origins = engines.keys.sorted().filter { isLive($0) && engines[$0]!.isOrigin }
    guard var current = origins.first(where: { $0 == entries[subnet] }) ?? origins.first else { return nil }
    var hops = 0
    while let route = engines[current]!.routes.first(where: { $0.subnet == subnet }), isLive(route.via),
      hops < 64
    {
      current = route.via
      hops += 1
    }
    return current
  }

  private mutating func sendTraffic() {
    var samples: [ICONID: [TrafficSample]] = [:]
    let seconds = traffic.inSeconds
    for subnet in rates.keys.sorted() {
      let count = Int((rates[subnet]! * seconds).rounded())
      guard count > 0, let server = server(of: subnet) else { continue }
      let served = latency(subnet, engines[server]!.site.site)
      samples[server, default: []].append(
        TrafficSample(subnet: subnet, requests: count, totalLatency: served * Double(count)))
    }
    for server in samples.keys.sorted() { apply(server, .traffic(samples[server]!)) }
  }

  /// Money in messages not yet delivered and in replica launches not yet started.
  var inFlight: Money {
    queue.reduce(pendingLaunchMoney) { total, entry in
      if case .deliver(let envelope) = entry.item { return total + envelope.message.money }
      return total
    }
  }

  /// Σ balances + Σ spent + in flight + stranded: must always equal `ownerTotal`.
  var accountedMoney: Money {
    engines.values.reduce(inFlight + stranded) { $0 + $1.balance + $1.spent }
  }

  mutating func crash(_ id: ICONID) { crashed.insert(id) }

  mutating func ownerCommand(_ command: OwnerCommand) {
    guard let originID = engines.keys.sorted().first(where: { isLive($0) && engines[$0]!.isOrigin }) else {
      return
    }
    if case .addBudget(let amount) = command { ownerTotal += amount }
    apply(originID, .owner(command))
  }

  var liveICONs: [ICONID] { engines.keys.filter(isLive).sorted() }

  /// Problems with the overlay: every live ICON must reach a live origin through live parents that
  /// list it as a child.
  func forestProblems() -> [String] {
    var problems: [String] = []
    for id in liveICONs {
      var current = id
      var visited: Set<ICONID> = [id]
      while let parent = engines[current]!.parent {
        guard isLive(parent) else {
          problems.append("\(id): ancestor \(current) has dead parent \(parent)")
          break
        }
        guard engines[parent]!.children[current] != nil else {
          problems.append("\(id): \(parent) does not list \(current) as a child")
          break
        }
        guard visited.insert(parent).inserted else {
          problems.append("\(id): cycle through \(parent)")
          break
        }
        current = parent
      }
      if engines[current]!.parent == nil && !engines[current]!.isOrigin {
        problems.append("\(id): root \(current) is not an origin")
      }
    }
    return problems
  }

  /// The root reached from `id` by parent links through live ICONs (`id` itself when its parent is gone).
  func root(of id: ICONID) -> ICONID {
    var current = id
    var steps = 0
    while let parent = engines[current]!.parent, isLive(parent), steps < 1_000 {
      current = parent
      steps += 1
    }
    return current
  }

  /// Live ICONs of one tree that share a site.
  func sharedSites() -> [String] {
    var holders: [String: ICONID] = [:]
    var problems: [String] = []
    for id in liveICONs {
      let key = "\(root(of: id))@\(engines[id]!.site.site)"
      if let other = holders[key] {
        problems.append("\(other) and \(id) both run at \(engines[id]!.site.site)")
      } else {
        holders[key] = id
      }
    }
    return problems
  }
}
