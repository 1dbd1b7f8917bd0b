/// A network graph with geographic positions: the nodes clients, yards and ICONs sit at.
public struct Topology: Sendable {
  /// A name for messages (usually the file name).
  public var name: String
  /// The nodes, indexed from 0.
  public var nodes: [TopologyNode]
  /// The undirected links; parallel links are kept (the shortest one decides latency).
  public var links: [TopologyLink]

  /// A topology of `nodes` and `links`.
  public init(name: String, nodes: [TopologyNode], links: [TopologyLink]) {
    self.name = name
    self.nodes = nodes
    self.links = links
  }

  /// The neighbours of each node with the link between them, built once.
  public func adjacency() -> [[(neighbour: Int, link: Int)]] {
    var lists = Array(repeating: [(neighbour: Int, link: Int)](), count: nodes.count)
    for (index, link) in links.enumerated() where link.a != link.b {
      lists[link.a].append((link.b, index))
      lists[link.b].append((link.a, index))
    }
    return lists
  }

  /// The index of the node whose label (or, failing that, id) is `name`.
  public func node(named name: String) -> Int? {
    nodes.firstIndex { $0.label == name } ?? nodes.firstIndex { $0.id == name }
  }

  /// Connected components, largest first; each a sorted list of node indices.
  public func components() -> [[Int]] {
    let neighbours = adjacency()
    var component = Array(repeating: -1, count: nodes.count)
    var found: [[Int]] = []
    for start in nodes.indices where component[start] < 0 {
      var members = [start]
      component[start] = found.count
      var cursor = 0
      while cursor < members.count {
        for (next, _) in neighbours[members[cursor]] where component[next] < 0 {
          component[next] = found.count
          members.append(next)
        }
        cursor += 1
      }
      found.append(members.sorted())
    }
    return found.sorted { ($0.count, $1.first ?? 0) > ($1.count, $0.first ?? 0) }
  }

  /// The largest connected component as a topology of its own (itself when connected).
  public func largestComponent() -> Topology {
    guard let largest = components().first, largest.count < nodes.count else { return self }
    var index = Array(repeating: -1, count: nodes.count)
    for (new, old) in largest.enumerated() { index[old] = new }
    var component = self
    component.nodes = largest.map { nodes[$0] }
    component.links = links.compactMap { link in
      guard index[link.a] >= 0, index[link.b] >= 0 else { return nil }
      var kept = link
      (kept.a, kept.b) = (index[link.a], index[link.b])
      return kept
    }
    return component
  }
}

/// One node of a ``Topology``.
public struct TopologyNode: Hashable, Sendable {
  /// The node's id in its file.
  public var id: String
  /// Its label (HTML entities decoded), or the id when it has none.
  public var label: String
  /// Latitude in degrees.
  public var latitude: Double
  /// Longitude in degrees.
  public var longitude: Double
  /// True when the file gave no position and it was placed at the mean of its located neighbours.
  public var positionImputed: Bool

  /// A node at the given position.
  public init(id: String, label: String, latitude: Double, longitude: Double, positionImputed: Bool = false) {
    self.id = id
    self.label = label
    self.latitude = latitude
    self.longitude = longitude
    self.positionImputed = positionImputed
  }
}

/// An undirected link between two nodes of a ``Topology``.
public struct TopologyLink: Hashable, Sendable {
  /// One end (node index).
  public var a: Int
  /// The other end (node index).
  public var b: Int
  /// The link's length in km when the file states it; otherwise the great-circle distance is used.
  public var distanceKm: Double?

  /// A link between nodes `a` and `b`.
  public init(a: Int, b: Int, distanceKm: Double? = nil) {
    self.a = a
    self.b = b
    self.distanceKm = distanceKm
  }
}
