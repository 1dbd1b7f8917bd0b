import ICONCore

/// A random run of the overlay: demand shifts, crashes (the origin's too), budget and policy changes,
/// then a quiet period in which the tree must repair itself.
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

  /// Problems seen during the run: each a broken invariant.
  struct Outcome {
    var violations: [String] = []
    var harness: OverlayHarness
  }

  func run(recordTrace: Bool = false) -> Outcome {
    var harness = OverlayHarness(seed: seed)
    harness.recordTrace = recordTrace
    var random = SplitMix64(seed: seed ^ 0xA5A5_A5A5)
    harness.launchFailureRate = Double.random(in: 0..<0.2, using: &random)
    harness.addSite("cloud", position: 100, price: .credits(0.5), capacity: 64)
    for index in 0..<10 {
      harness.addSite(
        "edge\(index)", position: Double.random(in: 0..<90, using: &random),
        price: .credits(Double(Int.random(in: 1...4, using: &random))))
    }
    for index in 0..<12 {
      let subnet = SubnetID("net\(index)")
      harness.subnetPositions[subnet] = Double.random(in: 0..<100, using: &random)
      harness.rates[subnet] = Double.random(in: 0..<60, using: &random)
    }
    var policy = Self.policy
    policy.actionsPerDecision = Int.random(in: 1...3, using: &random)
    harness.deployOrigin(
      "origin", at: "cloud", budget: .credits(Double(Int.random(in: 5...400, using: &random))),
      policy: policy)

    var violations: [String] = []
    let check: (OverlayHarness) -> Void = { state in
      if violations.count > 5 { return }
      if state.accountedMoney != state.ownerTotal {
        violations.append(
          "t=\(state.now.seconds): accounted \(state.accountedMoney) != owner total \(state.ownerTotal)")
      }
      for problem in state.sharedSites() { violations.append("t=\(state.now.seconds): \(problem)") }
      for (id, engine) in state.engines where engine.balance < .zero {
        violations.append("t=\(state.now.seconds): \(id) has negative balance \(engine.balance)")
      }
    }

    let end = Instant.zero + activePeriod
    var policyVersion: UInt64 = 1
    while harness.now < end {
      harness.run(until: harness.now + .seconds(Int64.random(in: 3...15, using: &random)), invariant: check)
      switch Int.random(in: 0..<100, using: &random) {
      case 0..<40:
        for subnet in harness.rates.keys.sorted() where Bool.random(using: &random) {
          harness.rates[subnet] = Bool.random(using: &random) ? 0 : Double.random(in: 0..<80, using: &random)
        }
      case 40..<55:
        let victims = harness.liveICONs.filter { !harness.engines[$0]!.isOrigin }
        if let victim = victims.randomElement(using: &random) { harness.crash(victim) }
      case 55..<59:
        if let origin = harness.liveICONs.first(where: { harness.engines[$0]!.isOrigin }),
          harness.liveICONs.count > 1
        {
          harness.crash(origin)
        }
      case 59..<70:
        harness.ownerCommand(.addBudget(.credits(Double(Int.random(in: 1...50, using: &random)))))
      case 70..<75:
        policyVersion += 1
        policy.version = policyVersion
        policy.weight = Double.random(in: 0.2...0.9, using: &random)
        harness.ownerCommand(.updatePolicy(policy))
      default:
        break
      }
    }
    harness.run(until: harness.now + quietPeriod, invariant: check)
    for problem in harness.forestProblems().prefix(5) { violations.append("after repair: \(problem)") }
    return Outcome(violations: violations, harness: harness)
  }
}
