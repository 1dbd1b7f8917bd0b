import ArgumentParser
import ICONCore

/// `icon decide`: runs the decision rules on a situation given on the command line.
struct DecideCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "decide",
    abstract: "Show what an ICON would decide in a given situation.",
    discussion: """
      Describe where the ICON runs, its clients and the sites it could use; the command prints the \
      utility of each option and the decision; with --set actions_per_decision=N (N above 1) also the \
      plan of one decision, which may weigh the whole placement at once. Without --site it runs a \
      built-in example: an ICON in a cheap, far cloud serving Lisbon (200 req/s at 40 ms) and Helsinki \
      (50 req/s at 12 ms), with edge sites in Lisbon and Madrid. The same example by hand:

        icon decide --site cloud:0.5 --client lisbon:200:40 --client helsinki:50:12 \\
                    --candidate lisbon-edge:2 --candidate madrid-edge:1.5 \\
                    --latency lisbon:lisbon-edge:3 --latency helsinki:lisbon-edge:45 \\
                    --latency lisbon:madrid-edge:9 --latency helsinki:madrid-edge:38
      """
  )

  static let example = [
    "--site", "cloud:0.5", "--client", "lisbon:200:40", "--client", "helsinki:50:12",
    "--candidate", "lisbon-edge:2", "--candidate", "madrid-edge:1.5",
    "--latency", "lisbon:lisbon-edge:3", "--latency", "helsinki:lisbon-edge:45",
    "--latency", "lisbon:madrid-edge:9", "--latency", "helsinki:madrid-edge:38",
  ]

  @Option(help: "Where the ICON runs, as SITE:PRICE (credits per slot). Omit for the built-in example.")
  var site: String?
  @Option(help: "Its clients, as SUBNET:REQ_PER_S:LATENCY_MS (repeatable).")
  var client: [String] = []
  @Option(help: "A site it could use, as SITE:PRICE (repeatable).")
  var candidate: [String] = []
  @Option(help: "An estimated latency from a subnet to a site, as SUBNET:SITE:MS (repeatable).")
  var latency: [String] = []
  @Option(help: "Parent's site, if it has a parent (termination needs it).")
  var parentSite: String?
  @Option(help: "Balance in credits.")
  var balance: Double = 100
  @OptionGroup var parameters: PolicyOptions

  func run() throws {
    guard let site else {
      print("No --site given: deciding the built-in example (see icon decide --help).\n")
      var example = try DecideCommand.parse(Self.example)
      example.parameters = parameters
      example.balance = balance
      try example.run()
      return
    }
    let policy = try parameters.policy()
    let here = try Self.offer(site, option: "--site")
    var demand: [SubnetID: SubnetObservation] = [:]
    for text in client {
      let parts = try Self.fields(text, count: 3, option: "--client", form: "SUBNET:REQ_PER_S:LATENCY_MS")
      demand[SubnetID(parts[0])] = SubnetObservation(
        rate: try Self.number(parts[1], option: "--client"),
        latency: try Self.number(parts[2], option: "--client"))
    }
    var table = LatencyTable()
    for text in latency {
      let parts = try Self.fields(text, count: 3, option: "--latency", form: "SUBNET:SITE:MS")
      table.record(
        LatencyEstimate(
          subnet: SubnetID(parts[0]), site: SiteID(parts[1]),
          milliseconds: try Self.number(parts[2], option: "--latency")))
    }
    let candidates = try candidate.map { try Self.offer($0, option: "--candidate") }
    let situation = PlacementPlanner.Situation(
      site: here, demand: demand, latencies: table, candidates: candidates, balance: .credits(balance),
      fallbackSite: parentSite.map { SiteID($0) })
    let planner = PlacementPlanner(policy: policy)
    let current = planner.score(here.site, price: here.pricePerSlot, situation.demand)
    print(
      "policy: w=\(policy.weight), migration threshold \(policy.migrationThreshold), "
        + "replication threshold \(policy.replicationThreshold), termination threshold \(policy.terminationThreshold)"
    )
    print("U here (\(here.site), \(here.pricePerSlot) per slot): \(Self.format(current))")
    for offer in candidates {
      let moved = situation.demand.map { served in
        table.latency(from: served.subnet, to: offer.site).map {
          served.at(latency: $0)
        }
      }
      guard moved.allSatisfy({ $0 != nil }) else {
        print("U at \(offer.site): unknown (a client's latency to it is missing)")
        continue
      }
      let utility = planner.score(offer.site, price: offer.pricePerSlot, moved.compactMap { $0 })
      print("U at \(offer.site) (\(offer.pricePerSlot) per slot), all clients moved: \(Self.format(utility))")
    }
    print("decision: \(Self.describe(planner.decide(situation)))")
    if policy.actionsPerDecision > 1 {
      let plan = planner.plan(situation, limit: policy.actionsPerDecision)
      print("plan for one decision (up to \(policy.actionsPerDecision) actions):")
      for step in plan.isEmpty ? [.stay] : plan { print("  \(Self.describe(step))") }
    }
  }

  private static func describe(_ decision: PlacementDecision) -> String {
    switch decision {
    case .stay: "stay"
    case .migrate(let target, let gain):
      "migrate to \(target.site) (utility improves by \(percent(gain)))"
    case .replicate(let target, let subnets, let budget, let gain):
      "replicate to \(target.site) for \(subnets.map(\.rawValue).joined(separator: ", ")), "
        + "giving it \(budget) credits (combined utility improves by \(percent(gain)))"
    case .terminate(let value):
      "terminate (value \(format(value)) is below the threshold)"
    }
  }

  private static func format(_ value: Double) -> String {
    String(Double((value * 10_000).rounded()) / 10_000)
  }

  private static func percent(_ fraction: Double) -> String {
    "\(Double((fraction * 1_000).rounded()) / 10)%"
  }

  private static func fields(_ text: String, count: Int, option: String, form: String) throws -> [String] {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
    guard parts.count == count, parts.allSatisfy({ !$0.isEmpty }) else {
      throw ValidationError("\(option) \(text): expected \(form)")
    }
    return parts
  }

  private static func number(_ text: String, option: String) throws -> Double {
    guard let value = Double(text), value.isFinite, value >= 0 else {
      throw ValidationError("\(option): expected a non-negative number, got \(text)")
    }
    return value
  }

  private static func offer(_ text: String, option: String) throws -> SiteOffer {
    let parts = try fields(text, count: 2, option: option, form: "SITE:PRICE")
    return SiteOffer(site: SiteID(parts[0]), pricePerSlot: .credits(try number(parts[1], option: option)))
  }
}
