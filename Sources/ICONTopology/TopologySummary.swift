/// The facts `icon topo info` prints about a topology.
public struct TopologySummary: Sendable {
  /// Node count.
  public var nodes: Int
  /// Link count (parallel links counted once).
  public var links: Int
  /// Sizes of the connected components, largest first.
  public var componentSizes: [Int]
  /// Nodes whose position was imputed from their neighbours.
  public var imputedPositions: Int
  /// Longest shortest path in hops, within the largest component.
  public var hopDiameter: Int
  /// The node with the smallest mean hop count to the rest of the largest component.
  public var mostCentralNode: Int
  /// The 1-median: the node with the smallest mean one-way delay to all nodes of the largest component.
  public var oneMedian: Int
  /// That mean delay, in ms.
  public var oneMedianMeanLatency: Double
  /// Mean one-way delay over all ordered pairs of distinct nodes of the largest component, in ms.
  public var allPairsMeanLatency: Double

  /// Computes the summary (one shortest-path search per node of the largest component).
  public init(paths: PathLatencies) {
    let topology = paths.topology
    let components = topology.components()
    let giant = components[0]
    nodes = topology.nodes.count
    links = Set(topology.links.filter { $0.a != $0.b }.map { [min($0.a, $0.b), max($0.a, $0.b)] }).count
    componentSizes = components.map(\.count)
    imputedPositions = topology.nodes.filter(\.positionImputed).count
    var diameter = 0
    var central = (node: giant[0], total: Int.max)
    var median = (node: giant[0], total: Double.infinity)
    var pairTotal = 0.0
    for source in giant {
      let hops = paths.hops(from: source)
      let delays = paths.delays(from: source)
      var hopTotal = 0
      var delayTotal = 0.0
      for target in giant {
        hopTotal += hops[target]
        delayTotal += delays[target]
        diameter = max(diameter, hops[target])
      }
      pairTotal += delayTotal
      if hopTotal < central.total { central = (source, hopTotal) }
      if delayTotal < median.total { median = (source, delayTotal) }
    }
    hopDiameter = diameter
    mostCentralNode = central.node
    oneMedian = median.node
    oneMedianMeanLatency = median.total / Double(giant.count)
    allPairsMeanLatency = giant.count > 1 ? pairTotal / Double(giant.count * (giant.count - 1)) : 0
  }

  /// The node of the largest component with the smallest mean hop count to the rest of it (one
  /// breadth-first search per node; no delays needed).
  public static func mostCentralNode(of paths: PathLatencies) -> Int {
    let giant = paths.topology.components()[0]
    var best = (node: giant[0], total: Int.max)
    for source in giant {
      let hops = paths.hops(from: source)
      let total = giant.reduce(0) { $0 + hops[$1] }
      if total < best.total { best = (source, total) }
    }
    return best.node
  }
}
