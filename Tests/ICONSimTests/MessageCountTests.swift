import ICONCore
import ICONSim
import ICONTestSupport
import ICONTopology
import Testing

@Suite struct MessageCountTests {
  /// Five nodes on a line, 100 km apart: 0 — 1 — 2 — 3 — 4.
  let line = PathLatencies(
    topology: Topology(
      name: "line",
      nodes: (0..<5).map { TopologyNode(id: "\($0)", label: "n\($0)", latitude: 0, longitude: 0) },
      links: (0..<4).map { TopologyLink(a: $0, b: $0 + 1, distanceKm: 100) }))

  @Test func centralizedReportsAllReachTheControllerAndTreeReportsStayLocal() {
    let rows = MessageCountExperiment(paths: line, origin: 0).run(iconCounts: [5], seeds: 1)
    // centralized: 5 reports, hops 0+1+2+3+4, the controller node handles all 5
    #expect(
      rows[0]
        == .init(
          icons: 5, design: "centralized", rootMessages: 5, totalMessages: 5, messageHops: 10,
          maxNodeMessages: 5))
    // icon: whatever the order, every ICON's nearest earlier neighbour on a line is one or more hops
    // away, the tree has 4 reports, and no node handles more than 3
    #expect(rows[1].design == "icon")
    #expect(rows[1].totalMessages == 4)
    #expect(rows[1].messageHops >= 4 && rows[1].messageHops < 10)
    #expect(rows[1].rootMessages >= 1 && rows[1].rootMessages < 5)
  }

  @Test func theTreeGrowsByAttachingToTheNearestEarlierIcon() {
    let experiment = MessageCountExperiment(paths: line, origin: 0)
    let pairs = experiment.growTree([0, 4, 2, 1, 3])
    // 2 is as near to 0 as to 4: the earlier-placed ICON wins the tie
    #expect(pairs.map { [$0.0, $0.1] } == [[4, 0], [2, 0], [1, 0], [3, 4]])
  }

  @Test func theEngineSendsExactlyOneReportPerChildPerRound() {
    // the counted tree, built from real engines: one heartbeat each
    let experiment = MessageCountExperiment(paths: line, origin: 0)
    let pairs = experiment.growTree([0, 4, 2, 1, 3])
    var engines: [Int: ICONEngine] = [
      0: ICONEngine(.origin(id: "n0", application: "app", site: SiteOffer(site: "s0"), budget: 100, seed: 1))
    ]
    for (child, parent) in pairs {
      engines[child] = ICONEngine(
        EngineConfiguration(
          id: ICONID("n\(child)"), application: "app", site: SiteOffer(site: SiteID("s\(child)")),
          parent: ICONID("n\(parent)"), parentSite: SiteID("s\(parent)"), ancestors: [ICONID("n\(parent)")],
          origin: "n0", epoch: 1, policy: OwnerPolicy(), budget: 100, seed: UInt64(child)))
    }
    var received: [ICONID: Int] = [:]
    for key in engines.keys.sorted() {
      _ = engines[key]!.handle(.started, now: .zero)
      for directive in engines[key]!.handle(.timer(.heartbeat), now: .seconds(5)) {
        if case .send(let envelope) = directive, case .report = envelope.message {
          received[envelope.to, default: 0] += 1
        }
      }
    }
    #expect(received.values.reduce(0, +) == pairs.count)
    #expect(received["n0"] == pairs.filter { $0.1 == 0 }.count)
  }

  @Test func onTheNrenInterconnectRootLoadGrowsLogarithmicallyAndCentralizedLinearly() throws {
    let topology = try Topology.load(path: ShippedTopologies.interconnect)
    let paths = PathLatencies(topology: topology)
    let origin = topology.node(named: "DE")!
    let rows = MessageCountExperiment(paths: paths, origin: origin).run(iconCounts: [16, 64, 256], seeds: 3)
    let centralized = rows.filter { $0.design == "centralized" }
    let icon = rows.filter { $0.design == "icon" }
    #expect(centralized.map(\.rootMessages) == [16, 64, 256])
    // 16× more ICONs: the controller gets 16× the reports, the origin less than 4×
    #expect(icon[2].rootMessages < 4 * icon[0].rootMessages)
    #expect(icon[2].messageHops < 0.6 * centralized[2].messageHops)
    #expect(icon[2].maxNodeMessages < 0.2 * centralized[2].maxNodeMessages)
  }
}
