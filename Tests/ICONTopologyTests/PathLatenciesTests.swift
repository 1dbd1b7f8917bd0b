import ICONTopology
import Testing

@Suite struct PathLatenciesTests {
  /// a — b — c in a line 100 km apart (by `dist`), plus a direct a — c link of 500 km.
  let line = Topology(
    name: "line",
    nodes: ["a", "b", "c", "d"].map { TopologyNode(id: $0, label: $0, latitude: 0, longitude: 0) },
    links: [
      TopologyLink(a: 0, b: 1, distanceKm: 100), TopologyLink(a: 1, b: 2, distanceKm: 100),
      TopologyLink(a: 0, b: 2, distanceKm: 500), TopologyLink(a: 0, b: 1, distanceKm: 300),
    ])

  @Test func delaysFollowTheShortestPathAndTheShortestParallelLink() {
    let paths = PathLatencies(topology: line)
    #expect(paths.delays(from: 0) == [0, 0.5, 1.0, .infinity])
    #expect(paths.hops(from: 0) == [0, 1, 1, -1])
    #expect(paths.path(from: 0, to: 2) == [0, 1, 2])
    #expect(paths.path(from: 2, to: 2) == [2])
    #expect(paths.path(from: 0, to: 3) == [])
  }

  @Test func aPerHopDelayMakesFewerHopsWin() {
    let paths = PathLatencies(topology: line, model: LatencyModel(perHopMilliseconds: 2))
    #expect(paths.delay(0, 2) == 4.5)  // direct: 2.5 + 2 beats 0.5 + 2 + 0.5 + 2
  }

  @Test func greatCircleDistanceIsHaversine() {
    let paris = TopologyNode(id: "p", label: "Paris", latitude: 48.8566, longitude: 2.3522)
    let london = TopologyNode(id: "l", label: "London", latitude: 51.5074, longitude: -0.1278)
    #expect(abs(LatencyModel.greatCircleKilometres(paris, london) - 343.6) < 1)
  }

  @Test func componentsAreListedLargestFirst() {
    #expect(line.components() == [[0, 1, 2], [3]])
  }
}
