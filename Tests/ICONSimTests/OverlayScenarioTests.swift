import ICONCore
import ICONSim
import ICONTestSupport
import Testing

/// Whole-overlay behaviour in the simulator, in scenarios chosen to show one property each.
@Suite struct OverlayScenarioTests {
  static let policy = RandomScenario.policy

  /// Two far-apart client groups, a cheap far cloud and edge sites near each group and between them.
  static let spread = {
    var line = LineOverlay()
    line.addSite("cloud", position: 100, price: .credits(0.5), capacity: 64)
    line.addSite("west", position: 5, price: 2)
    line.addSite("middle", position: 45, price: 1)
    line.addSite("east", position: 75, price: 1)
    for (subnet, position) in [("w1", 0.0), ("w2", 10), ("e1", 70), ("e2", 80)] {
      line.addSubnet(SubnetID(subnet), position: position, rate: 40)
    }
    return line
  }()

  /// The site of the ICON serving `subnet`.
  static func site(serving subnet: SubnetID, in simulation: Simulation) -> SiteID? {
    simulation.server(of: subnet).map { simulation.engines[$0].site.site }
  }

  @Test(arguments: [UInt64(1), 2, 3, 4, 5])
  func steadyDemandSettlesAndNobodyChasesAnybody(seed: UInt64) {
    let simulation = Self.spread.simulation(
      origins: [("origin", "cloud", 500)], policy: Self.policy, seed: seed)
    simulation.run(until: .seconds(300))
    let settled = simulation.notes.count
    #expect(simulation.notes.contains { if case .replicated = $0.note { true } else { false } })
    simulation.run(until: .seconds(900))
    let late = simulation.notes.dropFirst(settled).filter {
      switch $0.note {
      case .migrated, .replicated, .terminated: true
      default: false
      }
    }
    #expect(late.isEmpty, "still moving after settling: \(late.map { "\($0.icon) \($0.note)" })")
    // every client group ends up served from the edge site next to it
    #expect(Self.site(serving: "w1", in: simulation) == "west")
    #expect(Self.site(serving: "e2", in: simulation) == "east")
  }

  @Test func aHotspotShiftMovesServiceToTheNewClientsAndIdleReplicasGoAway() {
    var line = Self.spread
    line.subnets = line.subnets.map { ($0.subnet, $0.position, $0.subnet.rawValue.hasPrefix("w") ? 60 : 0) }
    let simulation = line.simulation(origins: [("origin", "cloud", 500)], policy: Self.policy, seed: 9)
    simulation.run(until: .seconds(300))
    #expect(Self.site(serving: "w1", in: simulation) == "west")
    simulation.changeRates(["w1": 0, "w2": 0, "e1": 60, "e2": 60])
    simulation.run(until: .seconds(900))
    #expect(Self.site(serving: "e1", in: simulation) == "east")
    #expect(simulation.liveICONs.allSatisfy { simulation.engines[$0].site.site != "west" })
    #expect(simulation.accountedMoney == simulation.ownerTotal)
  }

  @Test func twoOriginsGrowTwoIndependentTrees() {
    let simulation = Self.spread.simulation(
      origins: [("alpha", "cloud", 300), ("beta", "middle", 300)], policy: Self.policy, seed: 4)
    simulation.entries = ["w1": "alpha", "w2": "alpha", "e1": "beta", "e2": "beta"]
    simulation.run(until: .seconds(600))
    #expect(simulation.forestProblems().isEmpty)
    #expect(Set(simulation.liveICONs.map { simulation.root(of: $0) }) == ["alpha", "beta"])
    #expect(simulation.root(of: simulation.server(of: "w1")!) == "alpha")
    #expect(simulation.root(of: simulation.server(of: "e1")!) == "beta")
    #expect(simulation.accountedMoney == simulation.ownerTotal)
  }

  /// A snapshot carries an engine's whole state: an overlay whose engines are all replaced by restored
  /// snapshots midway behaves exactly as one left alone.
  @Test(arguments: [UInt64(1), 2, 3])
  func restoredEnginesContinueTheSameTrace(seed: UInt64) throws {
    var line = LineOverlay()
    line.addSite("cloud", position: 100, price: .credits(0.5), capacity: 64)
    line.addSite("west", position: 5, price: 2)
    line.addSite("east", position: 75, price: 1)
    for (subnet, position, rate) in [("w1", 0.0, 40.0), ("e1", 70, 40), ("e2", 80, 20)] {
      line.addSubnet(SubnetID(subnet), position: position, rate: rate)
    }
    // the hotspot moves after the snapshot, so the restored engines must act, not only keep going
    let shifted: [SubnetID: Double] = ["w1": 60, "e1": 0, "e2": 5]
    func run(restoring: Bool) throws -> (trace: [String], actionsAfterSnapshot: Int) {
      let simulation = line.simulation(origins: [("origin", "cloud", 500)], policy: Self.policy, seed: seed)
      var trace: [String] = []
      simulation.onDirective = { now, id, directive in trace.append("\(now.nanoseconds) \(id) \(directive)") }
      simulation.run(until: .seconds(120))
      #expect(simulation.engines.count > 1, "the overlay should have grown before the snapshot")
      if restoring {
        for index in simulation.engines.indices {
          simulation.replaceEngine(
            at: index, with: try ICONEngine(snapshot: try simulation.engines[index].snapshot()))
        }
      }
      simulation.changeRates(shifted)
      let notesBefore = simulation.notes.count
      simulation.run(until: .seconds(400))
      let actions = simulation.notes.dropFirst(notesBefore).filter {
        switch $0.note {
        case .replicated, .migrated: true
        default: false
        }
      }
      return (trace, actions.count)
    }
    let untouched = try run(restoring: false)
    let restored = try run(restoring: true)
    #expect(restored.actionsAfterSnapshot > 0)
    #expect(restored.trace == untouched.trace)
  }
}
