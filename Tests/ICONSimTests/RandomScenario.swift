import ICONCore
import ICONSim
import ICONTestSupport

/// A random run of the overlay: demand shifts, crashes (the origin's too), failed launches, budget
/// and policy changes, then a quiet period in which the tree must repair itself.
struct RandomScenario {
  static let policy = OwnerPolicy {
    $0.migrationThreshold = 0.1
    $0.replicationThreshold = 0.1
    $0.reportPeriod = .seconds(1)
    $0.decisionPeriod = .seconds(2)
    $0.smoothingWindow = .seconds(5)
    $0.actionCooldown = .seconds(6)
    $0.requestTimeout = .seconds(2)
    $0.electionWindow = .seconds(1)
  }

  let seed: UInt64
  var activePeriod: Duration = .seconds(300)
  var quietPeriod: Duration = .seconds(120)

  /// What a run left: each broken invariant, the simulation, and its trace when asked for.
  struct Outcome {
    var violations: [String] = []
    var simulation: Simulation
    var trace: [String] = []
  }

  func run(recordTrace: Bool = false) -> Outcome {
    var random = SplitMix64(seed: seed ^ 0xA5A5_A5A5)
    let launchFailureRate = Double.random(in: 0..<0.2, using: &random)
    var line = LineOverlay()
    line.addSite("cloud", position: 100, price: .credits(0.5), capacity: 64)
    for index in 0..<10 {
      line.addSite(
        "edge\(index)", position: Double.random(in: 0..<90, using: &random),
        price: .credits(Double(Int.random(in: 1...4, using: &random))))
    }
    for index in 0..<12 {
      line.addSubnet(
        SubnetID("net\(index)"), position: Double.random(in: 0..<100, using: &random),
        rate: Double.random(in: 0..<60, using: &random))
    }
    var policy = Self.policy
    policy.actionsPerDecision = Int.random(in: 1...3, using: &random)
    let budget = Money.credits(Double(Int.random(in: 5...400, using: &random)))
    let simulation = line.simulation(
      origins: [("origin", "cloud", budget)], policy: policy, seed: seed, launchFailureRate: launchFailureRate
    )
    var trace: [String] = []
    if recordTrace {
      simulation.onDirective = { now, id, directive in trace.append("\(now.nanoseconds) \(id) \(directive)") }
    }

    var violations: [String] = []
    let check: (Simulation) -> Void = { state in
      guard violations.count <= 5 else { return }
      violations += state.momentaryProblems()
    }
    let subnets = line.subnets.map(\.subnet)
    let end = Instant.zero + activePeriod
    var policyVersion: UInt64 = 1
    while simulation.now < end {
      simulation.run(
        until: simulation.now + .seconds(Int64.random(in: 3...15, using: &random)), afterEach: check)
      switch Int.random(in: 0..<100, using: &random) {
      case 0..<40:
        var rates: [SubnetID: Double] = [:]
        for subnet in subnets where Bool.random(using: &random) {
          rates[subnet] = Bool.random(using: &random) ? 0 : Double.random(in: 0..<80, using: &random)
        }
        simulation.changeRates(rates)
      case 40..<55:
        let victims = simulation.liveICONs.filter { !simulation.engines[$0].isOrigin }
        if let victim = victims.randomElement(using: &random) {
          simulation.scheduleCrash(of: simulation.engines[victim].id, at: simulation.now)
        }
      case 55..<59:
        let live = simulation.liveICONs
        if let origin = live.first(where: { simulation.engines[$0].isOrigin }), live.count > 1 {
          simulation.scheduleCrash(of: simulation.engines[origin].id, at: simulation.now)
        }
      case 59..<70:
        simulation.obey(.addBudget(.credits(Double(Int.random(in: 1...50, using: &random)))))
      case 70..<75:
        policyVersion += 1
        policy.version = policyVersion
        policy.weight = Double.random(in: 0.2...0.9, using: &random)
        simulation.obey(.updatePolicy(policy))
      default:
        break
      }
    }
    simulation.run(until: simulation.now + quietPeriod, afterEach: check)
    for problem in simulation.forestProblems().prefix(5) { violations.append("after repair: \(problem)") }
    simulation.onDirective = nil
    return Outcome(violations: violations, simulation: simulation, trace: trace)
  }
}
