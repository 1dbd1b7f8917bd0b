import Foundation
import ICONCore
import ICONTopology

/// Synthetic geographic graphs for experiments at scale.
public enum SyntheticTopology {
  /// A random geometric graph: `nodes` points spread uniformly over Europe's latitudes and longitudes
  /// (35–70° N, 10° W–40° E), each linked to its `neighbours` nearest points, and components joined to
  /// the largest by their closest pair of nodes, so the graph is connected.
  public static func randomGeometric(nodes count: Int, neighbours: Int = 3, seed: UInt64) -> Topology {
    var random = SplitMix64(seed: seed)
    let nodes = points(count, using: &random)
    let grid = GeoGrid(nodes: nodes, cellsPerSide: max(1, Int(Double(count).squareRoot() / 2)))
    var links: Set<[Int]> = []
    for index in nodes.indices {
      for other in grid.nearest(to: nodes[index], count: neighbours, excluding: index) {
        links.insert([min(index, other), max(index, other)])
      }
    }
    return connected("random geometric \(count)", nodes, links, grid: grid)
  }

  /// A Waxman graph over the same points: each pair is linked with probability `β · exp(−d / (α · L))`,
  /// `d` its great-circle distance and `L` the largest such distance, β chosen so that a node has
  /// `meanDegree` links on average; components are joined as in
  /// ``randomGeometric(nodes:neighbours:seed:)``.
  public static func waxman(nodes count: Int, alpha: Double = 0.1, meanDegree: Double = 4, seed: UInt64)
    -> Topology
  {
    var random = SplitMix64(seed: seed)
    let nodes = points(count, using: &random)
    var weights: [[Double]] = Array(repeating: Array(repeating: 0, count: count), count: count)
    var longest = 1e-9
    for a in nodes.indices {
      for b in nodes.indices where b > a {
        weights[a][b] = LatencyModel.greatCircleKilometres(nodes[a], nodes[b])
        longest = max(longest, weights[a][b])
      }
    }
    var total = 0.0
    for a in nodes.indices {
      for b in nodes.indices where b > a {
        weights[a][b] = exp(-weights[a][b] / (alpha * longest))
        total += weights[a][b]
      }
    }
    let beta = min(1, meanDegree * Double(count) / 2 / max(total, 1e-9))
    var links: Set<[Int]> = []
    for a in nodes.indices {
      for b in nodes.indices where b > a {
        if Double.random(in: 0..<1, using: &random) < beta * weights[a][b] { links.insert([a, b]) }
      }
    }
    return connected(
      "waxman \(count)", nodes, links,
      grid: GeoGrid(nodes: nodes, cellsPerSide: max(1, Int(Double(count).squareRoot() / 2))))
  }

  /// A Barabási–Albert graph over the same points: nodes arrive one by one and each links to
  /// `linksPerNode` earlier nodes chosen with probability proportional to their degree (preferential
  /// attachment), so a few hubs carry many links; connected by construction.
  public static func barabasiAlbert(nodes count: Int, linksPerNode: Int = 2, seed: UInt64) -> Topology {
    var random = SplitMix64(seed: seed)
    let nodes = points(count, using: &random)
    var links: Set<[Int]> = []
    // every link's two ends, once each: drawing from it draws nodes by degree
    var ends: [Int] = []
    let core = min(count, linksPerNode + 1)
    for a in 0..<core {
      for b in 0..<a {
        links.insert([b, a])
        ends += [a, b]
      }
    }
    for node in core..<max(core, count) {
      var chosen: Set<Int> = []
      while chosen.count < min(linksPerNode, node) {
        chosen.insert(ends[Int.random(in: 0..<ends.count, using: &random)])
      }
      for other in chosen.sorted() {
        links.insert([other, node])
        ends += [other, node]
      }
    }
    return connected("barabasi-albert \(count)", nodes, links, grid: nil)
  }

  /// `count` points spread uniformly over Europe's latitudes and longitudes.
  private static func points(_ count: Int, using random: inout SplitMix64) -> [TopologyNode] {
    (0..<count).map { index in
      TopologyNode(
        id: "\(index)", label: "n\(index)", latitude: Double.random(in: 35..<70, using: &random),
        longitude: Double.random(in: -10..<40, using: &random))
    }
  }

  /// The graph of `nodes` and `links`, every component but the largest joined to another by a link from
  /// its first node to the nearest node outside it (by `grid`; to the largest component's first node
  /// without one).
  private static func connected(_ name: String, _ nodes: [TopologyNode], _ links: Set<[Int]>, grid: GeoGrid?)
    -> Topology
  {
    var topology = Topology(
      name: name, nodes: nodes,
      links: links.sorted { ($0[0], $0[1]) < ($1[0], $1[1]) }.map { TopologyLink(a: $0[0], b: $0[1]) })
    // each pass links every component but the largest to a node outside it; components merge until
    // one is left
    var components = topology.components()
    while components.count > 1 {
      for component in components.dropFirst() {
        let from = component[0]
        let members = Set(component)
        let nearest =
          grid?.nearest(to: nodes[from], count: 64, excluding: from).first { !members.contains($0) }
          ?? components[0][0]
        topology.links.append(TopologyLink(a: from, b: nearest))
      }
      components = topology.components()
    }
    return topology
  }
}

/// A uniform latitude/longitude grid over a set of points, for nearest-neighbour queries among the
/// points inserted so far.
struct GeoGrid {
  private let nodes: [TopologyNode]
  private var cells: [[Int]]
  private let side: Int
  private let bounds: (minLatitude: Double, minLongitude: Double, latitudeSpan: Double, longitudeSpan: Double)

  /// A grid over `nodes`; with `insertingAll` every node is searchable at once.
  init(nodes: [TopologyNode], cellsPerSide: Int, insertingAll: Bool = true) {
    self.nodes = nodes
    side = cellsPerSide
    let latitudes = nodes.map(\.latitude)
    let longitudes = nodes.map(\.longitude)
    let minLatitude = latitudes.min() ?? 0
    let minLongitude = longitudes.min() ?? 0
    bounds = (
      minLatitude, minLongitude, max((latitudes.max() ?? 0) - minLatitude, 1e-9),
      max((longitudes.max() ?? 0) - minLongitude, 1e-9)
    )
    cells = Array(repeating: [Int](), count: cellsPerSide * cellsPerSide)
    if insertingAll { for index in nodes.indices { insert(index) } }
  }

  /// Makes node `index` searchable.
  mutating func insert(_ index: Int) {
    let (row, column) = Self.cell(of: nodes[index], bounds: bounds, side: side)
    cells[row * side + column].append(index)
  }

  private static func cell(
    of node: TopologyNode,
    bounds: (minLatitude: Double, minLongitude: Double, latitudeSpan: Double, longitudeSpan: Double),
    side: Int
  ) -> (Int, Int) {
    let row = Int((node.latitude - bounds.minLatitude) / bounds.latitudeSpan * Double(side))
    let column = Int((node.longitude - bounds.minLongitude) / bounds.longitudeSpan * Double(side))
    return (min(max(row, 0), side - 1), min(max(column, 0), side - 1))
  }

  /// Up to `count` nodes nearest to `point` (great-circle), nearest first; rings of cells are searched
  /// until enough are found and one more ring cannot hold a nearer one.
  func nearest(to point: TopologyNode, count: Int, excluding: Int? = nil) -> [Int] {
    let (row, column) = Self.cell(of: point, bounds: bounds, side: side)
    var found: [(Double, Int)] = []
    var ring = 0
    while ring <= side {
      for r in (row - ring)...(row + ring) where r >= 0 && r < side {
        for c in (column - ring)...(column + ring) where c >= 0 && c < side {
          guard max(abs(r - row), abs(c - column)) == ring else { continue }
          for index in cells[r * side + c] where index != excluding {
            found.append((LatencyModel.greatCircleKilometres(point, nodes[index]), index))
          }
        }
      }
      if found.count >= count && ring >= 1 { break }
      ring += 1
    }
    return found.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.prefix(count).map(\.1)
  }
}
