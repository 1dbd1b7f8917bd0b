import Foundation
import ICONTestSupport
import ICONTopology
import Testing

@Suite struct TopologyLoadingTests {
  @Test func theLargestComponentKeepsItsNodesAndLinksRenumbered() {
    let nodes = (0..<6).map {
      TopologyNode(id: "\($0)", label: "n\($0)", latitude: 50, longitude: Double($0))
    }
    // 0-1, 3-4-5 (and 4-5 twice as 5-4): the larger part is 3, 4, 5
    let graph = Topology(
      name: "two parts", nodes: nodes,
      links: [TopologyLink(a: 0, b: 1), TopologyLink(a: 3, b: 4), TopologyLink(a: 5, b: 4)])
    let largest = graph.largestComponent()
    #expect(largest.nodes.map(\.label) == ["n3", "n4", "n5"])
    #expect(largest.links.map { [$0.a, $0.b] } == [[0, 1], [2, 1]])
    #expect(largest.components().count == 1)
    let whole = Topology(name: "one", nodes: Array(nodes.prefix(2)), links: [TopologyLink(a: 0, b: 1)])
    #expect(whole.largestComponent().links == whole.links)
  }

  @Test func theEuropeanNrenInterconnectMatchesItsReferenceFigures() throws {
    let topology = try Topology.load(path: ShippedTopologies.interconnect)
    let summary = TopologySummary(paths: PathLatencies(topology: topology))
    #expect(summary.nodes == 1157)
    #expect(summary.links == 1465)
    #expect(summary.componentSizes == [1157])
    #expect(summary.hopDiameter == 27)
    #expect(topology.nodes[summary.mostCentralNode].label == "DE")
    #expect(abs(summary.oneMedianMeanLatency - 6.7) < 0.05)
    #expect(abs(summary.allPairsMeanLatency - 10.8) < 0.1)
    #expect(summary.imputedPositions == 1157 - 1108)
  }

  @Test(arguments: [
    ("zoo/Geant2012.gml", 6.0), ("zoo/Cogentco.gml", 20.0), ("zoo/UsCarrier.gml", 2.4),
    ("zoo/GtsCe.gml", 3.8),
  ])
  func singleNetworksMatchTheirReferenceOneMedians(file: String, expected: Double) throws {
    let summary = TopologySummary(
      paths: PathLatencies(topology: try Topology.load(path: SharedTopologies.path(file))))
    #expect(abs(summary.oneMedianMeanLatency - expected) < 0.05)
  }

  @Test func everyGraphOfTheTopologyZooLoads() throws {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("icon-zoo-\(UUID())")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let tar = Process()
    tar.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    tar.arguments = ["tar", "xzf", SharedTopologies.path("zoo/all_zoo_gml.tar.gz"), "-C", scratch.path]
    try tar.run()
    tar.waitUntilExit()
    #expect(tar.terminationStatus == 0)
    let files = try FileManager.default.subpathsOfDirectory(atPath: scratch.path).filter {
      $0.hasSuffix(".gml")
    }
    #expect(files.count == 276)
    var totalNodes = 0
    var imputed = 0
    for file in files.sorted() {
      let topology = try Topology.load(path: scratch.appendingPathComponent(file).path)
      #expect(!topology.nodes.isEmpty, "\(file) has no nodes")
      #expect(
        topology.nodes.allSatisfy { $0.latitude.isFinite && $0.longitude.isFinite },
        "\(file) has a node without a position")
      totalNodes += topology.nodes.count
      imputed += topology.nodes.filter(\.positionImputed).count
    }
    // the README of the data: 80.5% of all nodes carry coordinates
    #expect(abs(Double(totalNodes - imputed) / Double(totalNodes) - 0.805) < 0.005)
  }

  /// Found by fuzzing: a whole-number label beyond Int64 (1e30) trapped when it was printed.
  @Test func hugeNumbersAsLabelsAreTextNotATrap() throws {
    let gml = """
      graph [
        label 1e300
        node [ id 0 label 1e30 ]
        node [ id 1 label -9.5e18 ]
        node [ id 2 label 42 ]
        edge [ source 0 target 1 ]
        edge [ source 1 target 2 ]
      ]
      """
    let topology = try Topology(gml: gml, file: "huge.gml")
    #expect(topology.nodes.map(\.label) == ["1e+30", "-9.5e+18", "42"])
    #expect(topology.name == "1e+300")
  }

  @Test func zooQuirksAreHandled() throws {
    let gml = """
      graph [
        label "Quirks &amp; Co"
        node [ id 0 label "C&amp;NLMAN" Latitude 50.0 Longitude 10.0 Internal 1 ]
        node [ id 1 label "B" Latitude 52.0 Longitude 14.0 ]
        node [ id 2 label "switch" hyperedge 1 ]
        node [ id 3 label "stub" Internal 0 ]
        edge [ source 0 target 1 ]
        edge [ source 0 target 1 LinkLabel "second, parallel" ]
        edge [ source 0 target 2 ]
        edge [ source 1 target 2 ]
        edge [ source 2 target 3 ]
      ]
      """
    let topology = try Topology(gml: gml, file: "quirks.gml")
    #expect(topology.name == "Quirks & Co")
    #expect(topology.nodes.map(\.label) == ["C&NLMAN", "B", "switch", "stub"])
    #expect(topology.links.count == 5)
    let switchNode = topology.nodes[2]
    #expect(switchNode.positionImputed && switchNode.latitude == 51 && switchNode.longitude == 12)
    #expect(topology.nodes[3].latitude == 51 && topology.nodes[3].positionImputed)
    #expect(TopologySummary(paths: PathLatencies(topology: topology)).links == 4)
  }

  @Test(arguments: [
    (
      "graph [\n  node [ id 0 ]\n  node [ id 1 ]\n  edge [ source 0 target 7 ]\n]", 4,
      "link target 7 is not a node id"
    ),
    ("graph [\n  node [ id 0\n", 3, "expected `]` before the end of the file"),
    ("graph [\n  node [ label \"x\" ]\n]", 2, "node without an `id`"),
    ("graph [\n  node [ id 0 Latitude abc ]\n]", 2, "expected a number, a string or `[` after `Latitude`"),
    ("graph [\n  node [ id 0 label \"open ]\n]", 2, "string for `label` is not closed"),
    ("graph [\n  node [ id 0 ]\n  node [ id 0 ]\n]", 3, "node id 0 appears twice"),
    ("graph [\n  node [ id 0 Latitude 91 Longitude 0 ]\n]", 2, "latitude 91.0 is outside -90...90"),
    ("nodes [ ]", 1, "expected `graph [`"),
  ])
  func malformedGmlNamesFileLineAndWhatWasExpected(text: String, line: Int, problem: String) {
    #expect(throws: TopologyError(file: "bad.gml", line: line, problem: problem)) {
      try Topology(gml: text, file: "bad.gml")
    }
  }

  @Test func nodeLinkJsonWithPositionsAndDistances() throws {
    let json = """
      {"directed": false, "multigraph": false, "graph": {"name": "tiny"},
       "nodes": [{"id": "a", "pos": [2.35, 48.86]}, {"id": "b", "pos": [-0.13, 51.51]}, {"id": 3}],
       "links": [{"source": "a", "target": "b"}, {"source": "b", "target": 3, "dist": 100}]}
      """
    let topology = try Topology(nodeLinkJSON: Data(json.utf8), file: "tiny.json")
    #expect(topology.name == "tiny")
    #expect(topology.nodes.map(\.id) == ["a", "b", "3"])
    #expect(topology.nodes[2].positionImputed)
    let paths = PathLatencies(topology: topology)
    #expect(abs(paths.delay(0, 1) - 343.5 / 200) < 0.01)
    #expect(abs(paths.delay(1, 2) - 0.5) < 1e-12)
  }

  @Test func malformedJsonNamesTheLine() {
    let json = "{\n\"nodes\": [\n  {\"id\": 1},\n  {\"label\": \"no id\"}\n],\n\"links\": []\n}"
    #expect(throws: TopologyError(file: "bad.json", line: 4, problem: "nodes[1] has no `id`")) {
      try Topology(nodeLinkJSON: Data(json.utf8), file: "bad.json")
    }
    #expect(throws: TopologyError.self) {
      try Topology(nodeLinkJSON: Data("{\n\"nodes\": [,]}".utf8), file: "x.json")
    }
    let missingTarget = "{\"nodes\": [{\"id\": 1}],\n\"links\": [\n{\"source\": 1, \"target\": 9}]}"
    #expect(throws: TopologyError(file: "t.json", line: 3, problem: "link target 9 is not a node id")) {
      try Topology(nodeLinkJSON: Data(missingTarget.utf8), file: "t.json")
    }
  }

  @Test func aMissingFileIsReportedByName() {
    #expect(throws: TopologyError(file: "/nonexistent/x.gml", line: nil, problem: "cannot read the file")) {
      try Topology.load(path: "/nonexistent/x.gml")
    }
  }
}
