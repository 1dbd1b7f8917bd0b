/// Collects nodes and links as a reader finds them, checks references, and places unlocated nodes.
struct TopologyBuilder {
  let file: String
  private var indexByID: [String: Int] = [:]
  private var ids: [String] = []
  private var labels: [String] = []
  private var positions: [(latitude: Double, longitude: Double)?] = []
  private var links: [TopologyLink] = []

  init(file: String) { self.file = file }

  mutating func addNode(id: String, label: String?, latitude: Double?, longitude: Double?, line: Int?) throws
  {
    guard indexByID[id] == nil else {
      throw TopologyError(file: file, line: line, problem: "node id \(id) appears twice")
    }
    if let latitude, !(-90...90).contains(latitude) {
      throw TopologyError(file: file, line: line, problem: "latitude \(latitude) is outside -90...90")
    }
    if let longitude, !(-180...180).contains(longitude) {
      throw TopologyError(file: file, line: line, problem: "longitude \(longitude) is outside -180...180")
    }
    indexByID[id] = ids.count
    ids.append(id)
    labels.append(label ?? id)
    if let latitude, let longitude {
      positions.append((latitude, longitude))
    } else {
      positions.append(nil)
    }
  }

  mutating func addLink(source: String, target: String, distanceKm: Double?, line: Int?) throws {
    guard let a = indexByID[source] else {
      throw TopologyError(file: file, line: line, problem: "link source \(source) is not a node id")
    }
    guard let b = indexByID[target] else {
      throw TopologyError(file: file, line: line, problem: "link target \(target) is not a node id")
    }
    links.append(TopologyLink(a: a, b: b, distanceKm: distanceKm))
  }

  /// The topology, with every unlocated node placed at the mean position of its located neighbours
  /// (repeatedly, so chains of unlocated nodes are placed too); nodes with no located node in reach go
  /// to the mean of all located nodes.
  func build(name: String) throws -> Topology {
    guard !ids.isEmpty else { throw TopologyError(file: file, line: nil, problem: "the graph has no nodes") }
    var placed = positions
    var neighbours = Array(repeating: [Int](), count: ids.count)
    for link in links where link.a != link.b {
      neighbours[link.a].append(link.b)
      neighbours[link.b].append(link.a)
    }
    var progress = true
    while progress {
      progress = false
      var next = placed
      for index in placed.indices where placed[index] == nil {
        let known = neighbours[index].compactMap { placed[$0] }
        guard !known.isEmpty else { continue }
        next[index] = Self.mean(known)
        progress = true
      }
      placed = next
    }
    let located = positions.compactMap { $0 }
    let fallback = located.isEmpty ? (latitude: 0.0, longitude: 0.0) : Self.mean(located)
    let nodes = ids.indices.map { index in
      let position = placed[index] ?? fallback
      return TopologyNode(
        id: ids[index], label: labels[index], latitude: position.latitude, longitude: position.longitude,
        positionImputed: positions[index] == nil)
    }
    return Topology(name: name, nodes: nodes, links: links)
  }

  private static func mean(_ points: [(latitude: Double, longitude: Double)]) -> (
    latitude: Double, longitude: Double
  ) {
    let count = Double(points.count)
    return (
      points.reduce(0) { $0 + $1.latitude } / count,
      points.reduce(0) { $0 + $1.longitude } / count
    )
  }
}
