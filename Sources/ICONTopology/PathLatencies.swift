import HeapModule

/// Shortest-path one-way delays and hop counts over a topology, computed per source on demand and
/// cached.
public final class PathLatencies {
  /// The topology.
  public let topology: Topology
  /// The delay model.
  public let model: LatencyModel
  private let neighbours: [[(neighbour: Int, delay: Double)]]
  private var delayCache: [Int: (delays: [Double], predecessors: [Int32])] = [:]
  private var hopCache: [Int: [Int]] = [:]
  /// Sources kept in the caches at most (each costs one array of `nodes.count`).
  public var cacheLimit: Int

  /// Paths over `topology` under `model`.
  public init(topology: Topology, model: LatencyModel = LatencyModel(), cacheLimit: Int = 4_096) {
    self.topology = topology
    self.model = model
    self.cacheLimit = cacheLimit
    var lists = Array(repeating: [(neighbour: Int, delay: Double)](), count: topology.nodes.count)
    for link in topology.links where link.a != link.b {
      let delay = model.delay(of: link, in: topology)
      lists[link.a].append((link.b, delay))
      lists[link.b].append((link.a, delay))
    }
    neighbours = lists
  }

  /// One-way delay (ms) from `source` to every node; `.infinity` where unreachable.
  public func delays(from source: Int) -> [Double] { search(from: source).delays }

  /// The nodes on the lowest-delay path from `source` to `target`, both included; empty if unreachable.
  public func path(from source: Int, to target: Int) -> [Int] {
    let predecessors = search(from: source).predecessors
    guard source == target || predecessors[target] >= 0 else { return [] }
    var nodes = [target]
    var current = target
    while current != source {
      current = Int(predecessors[current])
      nodes.append(current)
    }
    return nodes.reversed()
  }

  /// The node before each node on its lowest-delay path from `source` (-1 for `source` and for nodes
  /// it cannot reach): every such path, in one array.
  public func predecessors(from source: Int) -> [Int32] { search(from: source).predecessors }

  private func search(from source: Int) -> (delays: [Double], predecessors: [Int32]) {
    if let cached = delayCache[source] { return cached }
    var best = Array(repeating: Double.infinity, count: neighbours.count)
    var predecessors = Array(repeating: Int32(-1), count: neighbours.count)
    best[source] = 0
    var frontier = Heap<Candidate>()
    frontier.insert(Candidate(delay: 0, node: source))
    while let next = frontier.popMin() {
      guard next.delay <= best[next.node] else { continue }
      for (neighbour, delay) in neighbours[next.node] {
        let through = next.delay + delay
        if through < best[neighbour] {
          best[neighbour] = through
          predecessors[neighbour] = Int32(next.node)
          frontier.insert(Candidate(delay: through, node: neighbour))
        }
      }
    }
    if delayCache.count >= cacheLimit { delayCache.removeAll(keepingCapacity: true) }
    delayCache[source] = (best, predecessors)
    return (best, predecessors)
  }

  /// One-way delay (ms) between two nodes.
  public func delay(_ a: Int, _ b: Int) -> Double { delays(from: a)[b] }

  /// Hop counts from `source` to every node; -1 where unreachable.
  public func hops(from source: Int) -> [Int] {
    if let cached = hopCache[source] { return cached }
    var hops = Array(repeating: -1, count: neighbours.count)
    hops[source] = 0
    var queue = [source]
    var cursor = 0
    while cursor < queue.count {
      let node = queue[cursor]
      cursor += 1
      for (neighbour, _) in neighbours[node] where hops[neighbour] < 0 {
        hops[neighbour] = hops[node] + 1
        queue.append(neighbour)
      }
    }
    if hopCache.count >= cacheLimit { hopCache.removeAll(keepingCapacity: true) }
    hopCache[source] = hops
    return hops
  }

  private struct Candidate: Comparable {
    var delay: Double
    var node: Int
    static func < (lhs: Candidate, rhs: Candidate) -> Bool { (lhs.delay, lhs.node) < (rhs.delay, rhs.node) }
  }
}
