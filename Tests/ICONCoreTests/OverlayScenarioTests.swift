import ICONCore
import Testing

/// Whole-overlay behaviour over the in-memory bus, in scenarios chosen to show one property each.
@Suite struct OverlayScenarioTests {
  static let policy = RandomScenario.policy

  /// Two far-apart client groups, a cheap far cloud and edge sites near each group and between them.
  func spreadHarness(seed: UInt64) -> OverlayHarness {
    var harness = OverlayHarness(seed: seed)
    harness.addSite("cloud", position: 100, price: .credits(0.5), capacity: 64)
    harness.addSite("west", position: 5, price: 2)
    harness.addSite("middle", position: 45, price: 1)
    harness.addSite("east", position: 75, price: 1)
    harness.subnetPositions = ["w1": 0, "w2": 10, "e1": 70, "e2": 80]
    harness.rates = ["w1": 40, "w2": 40, "e1": 40, "e2": 40]
    return harness
  }

  @Test(arguments: [UInt64(1), 2, 3, 4, 5])
  func steadyDemandSettlesAndNobodyChasesAnybody(seed: UInt64) {
    var harness = spreadHarness(seed: seed)
    harness.deployOrigin("origin", at: "cloud", budget: 500, policy: Self.policy)
    harness.run(until: .seconds(300))
    let settled = harness.notes.count
    #expect(harness.notes.contains { if case .replicated = $0.1 { true } else { false } })
    harness.run(until: .seconds(900))
    let late = harness.notes.dropFirst(settled).filter {
      switch $0.1 {
      case .migrated, .replicated, .terminated: true
      default: false
      }
    }
    #expect(late.isEmpty, "still moving after settling: \(late.map { "\($0.0) \($0.1)" })")
    // every client group ends up served from the edge site next to it
    #expect(harness.engines[harness.server(of: "w1")!]!.site.site == "west")
    #expect(harness.engines[harness.server(of: "e2")!]!.site.site == "east")
  }

  @Test func aHotspotShiftMovesServiceToTheNewClientsAndIdleReplicasGoAway() {
    var harness = spreadHarness(seed: 9)
    harness.rates = ["w1": 60, "w2": 60, "e1": 0, "e2": 0]
    harness.deployOrigin("origin", at: "cloud", budget: 500, policy: Self.policy)
    harness.run(until: .seconds(300))
    #expect(harness.engines[harness.server(of: "w1")!]!.site.site == "west")
    harness.rates = ["w1": 0, "w2": 0, "e1": 60, "e2": 60]
    harness.run(until: .seconds(900))
    #expect(harness.engines[harness.server(of: "e1")!]!.site.site == "east")
    #expect(harness.liveICONs.allSatisfy { harness.engines[$0]!.site.site != "west" })
    #expect(harness.accountedMoney == harness.ownerTotal)
  }

  @Test func twoOriginsGrowTwoIndependentTrees() {
    var harness = spreadHarness(seed: 4)
    harness.entries = ["w1": "alpha", "w2": "alpha", "e1": "beta", "e2": "beta"]
    harness.deployOrigin("alpha", at: "cloud", budget: 300, policy: Self.policy)
    harness.deployOrigin("beta", at: "middle", budget: 300, policy: Self.policy)
    harness.run(until: .seconds(600))
    #expect(harness.forestProblems().isEmpty)
    let roots = Set(harness.liveICONs.map { harness.root(of: $0) })
    #expect(roots == ["alpha", "beta"])
    #expect(harness.root(of: harness.server(of: "w1")!) == "alpha")
    #expect(harness.root(of: harness.server(of: "e1")!) == "beta")
    #expect(harness.accountedMoney == harness.ownerTotal)
  }
}
