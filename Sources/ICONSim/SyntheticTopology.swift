import ICONCore
import ICONTopology

/// Synthetic geographic graphs for experiments at scale.
public enum SyntheticTopology {
  /// A random geometric graph: `nodes` points spread uniformly over Europe's latitudes and longitudes
  /// (35–70° N, 10° W–40° E), each linked to its `neighbours` nearest points, and components joined to
  /// the largest by their closest pair of nodes, so the graph is connected.
  public static func randomGeometric(nodes count: Int, neighbours: Int = 3, seed: UInt64) -> Topology {
    var random = SplitMix64(seed: seed)
    let nodes = (0..<count).map { index in
      TopologyNode(
        id: "\(index)", label: "n\(index)", latitude: Double.random(in: 35..<70, using: &random),
        longitude: Double.random(in: -10..<40, using: &random))
    }
    let grid = GeoGrid(nodes: nodes, cellsPerSide: max(1, Int(Double(count).squareRoot() / 2)))
    var links: Set<[Int]> = []
    for index in nodes.indices {
      for other in grid.nearest(to: nodes[index], count: neighbours, excluding: index) {
        links.insert([min(index, other), max(index, other)])
      }
    }
    var topology = Topology(
      name: "random geometric \(count)", nodes: nodes,
      links: links.sorted { ($0[0], $0[1]) < ($1[0], $1[1]) }.map { TopologyLink(a: $0[0], b: $0[1]) })
    let components = topology.components()
    for component in components.dropFirst() {
      let from = component[0]
      let nearest =
        grid.nearest(to: nodes[from], count: 64, excluding: from).first { !component.contains($0) }
        ?? components[0][0]
      topology.links.append(TopologyLink(a: from, b: nearest))
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
