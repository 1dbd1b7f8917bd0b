import ICONCore
import ICONSim
import ICONTestSupport
import ICONTopology
import Synchronization
import Testing

/// The sweep's generators and its runs over threads. Runs compute on threads of their own, one test at a
/// time (see ``OverlayPropertyTests``).
@Suite(.machineTurn, .serialized) struct AdaptationSweepTests {
  @Test(arguments: [40, 300])
  func theGeneratorsMakeConnectedGraphsTheSameForTheSameSeed(nodes: Int) {
    for make in [
      { SyntheticTopology.randomGeometric(nodes: nodes, seed: $0) },
      { SyntheticTopology.waxman(nodes: nodes, seed: $0) },
      { SyntheticTopology.barabasiAlbert(nodes: nodes, seed: $0) },
    ] as [(UInt64) -> Topology] {
      let graph = make(3)
      #expect(graph.nodes.count == nodes)
      #expect(graph.components().count == 1, "\(graph.name)")
      #expect(graph.links == make(3).links)
      #expect(graph.links != make(4).links)
    }
  }

  @Test func waxmanHasTheMeanDegreeAskedAndBarabasiAlbertHasHubs() {
    let waxman = SyntheticTopology.waxman(nodes: 400, meanDegree: 4, seed: 1)
    let mean = 2 * Double(waxman.links.count) / 400
    #expect((3...5.5).contains(mean), "mean degree \(mean)")
    let scaleFree = SyntheticTopology.barabasiAlbert(nodes: 400, linksPerNode: 2, seed: 1)
    var degree = Array(repeating: 0, count: 400)
    for link in scaleFree.links {
      degree[link.a] += 1
      degree[link.b] += 1
    }
    // 2 links per arriving node: a mean degree near 4, and hubs far above it
    #expect(abs(2 * Double(scaleFree.links.count) / 400 - 4) < 0.1)
    #expect(degree.max()! >= 20, "largest degree \(degree.max()!)")
  }

  @Test func runsComeBackInOrderAndTheSameOnOneThreadOrTwo() async throws {
    let networks = [
      AdaptationSweep.Network(
        SyntheticTopology.randomGeometric(nodes: 40, seed: 1), family: "random-geometric", name: "rg"),
      AdaptationSweep.Network(
        SyntheticTopology.barabasiAlbert(nodes: 40, seed: 1), family: "barabasi-albert", name: "ba"),
    ]
    let sweep = AdaptationSweep(networks: networks, seeds: [1, 2], half: .seconds(10))
    let (one, two, reports) = try await offThePool {
      let reports = ReportedProgress()
      let one = sweep.run(threads: 1)
      let two = sweep.run(threads: 2) { done, total in reports.add(done, total) }
      return (one, two, reports.values)
    }
    #expect(one.map { "\($0.network)/\($0.seed)" } == ["rg/1", "rg/2", "ba/1", "ba/2"])
    #expect(one == two)
    #expect(reports.sorted { $0.0 < $1.0 }.map(\.0) == [1, 2, 3, 4] && reports.allSatisfy { $0.1 == 4 })
    #expect(one.allSatisfy { $0.nodes == 40 && $0.centralizedFinalLatency > 0 })
    // the objective at the end: half a credit per live instance, at least, and the clients' latency
    #expect(one.allSatisfy { $0.iconFinalUtility >= 0.5 && $0.centralizedFinalUtility > 0.5 })
    let summary = AdaptationSweep.Summary(one)
    #expect(summary.runs == 4)
    #expect(summary.iconAdapted == one.count { $0.iconAdaptationMilliseconds != nil })
  }

  @Test func theSummaryCountsWhatTheGoalAsks() {
    func run(_ icon: Double?, _ centralized: Double?, latency: Double) -> AdaptationSweep.Run {
      AdaptationSweep.Run(
        network: "n", family: "f", nodes: 40, seed: 1, iconAdaptationMilliseconds: icon,
        centralizedAdaptationMilliseconds: centralized, iconFinalLatency: latency, centralizedFinalLatency: 1,
        iconOptimalLatency: 1, iconInstances: 1, centralizedInstances: 1, iconFinalUtility: latency,
        centralizedFinalUtility: 1)
    }
    let summary = AdaptationSweep.Summary([
      run(100, 1000, latency: 1.0), run(300, 1000, latency: 1.1), run(nil, 1000, latency: 1.5),
      run(500, 1000, latency: 1.05),
    ])
    #expect(summary.runs == 4)
    #expect(summary.iconAdapted == 3)
    #expect(summary.medianTimeRatio == 0.3)
    #expect(summary.withinLatencyGoal == 3)
  }
}

/// Progress reports, from any thread.
private final class ReportedProgress: Sendable {
  private let reports = Mutex<[(Int, Int)]>([])
  func add(_ done: Int, _ total: Int) { reports.withLock { $0.append((done, total)) } }
  var values: [(Int, Int)] { reports.withLock { $0 } }
}
