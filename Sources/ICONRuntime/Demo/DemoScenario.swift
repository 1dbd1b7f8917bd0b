import Foundation
import ICONCore
import ICONTopology

/// Where the demo's yards stand and where its clients are: the built-in European backbone, or one
/// picked from any topology file.
public struct DemoScenario: Sendable {
  /// A yard: its name, the node it stands at, its price per slot.
  public struct Yard: Sendable {
    /// The yard's name.
    public var name: String
    /// The topology node label it stands at (its site).
    public var site: String
    /// Price per slot, in credits.
    public var price: Double
  }

  /// A client subnet at a node, with its request rate before and after the hotspot moves.
  public struct Clients: Sendable {
    /// The subnet.
    public var subnet: SubnetID
    /// The topology node label it is at.
    public var site: String
    /// Requests per second before the shift.
    public var before: Double
    /// Requests per second after it.
    public var after: Double
  }

  /// The topology file; nil means the built-in backbone.
  public var topologyFile: String?
  /// The yards; the first is the cheap cloud where the origin starts.
  public var yards: [Yard]
  /// The client subnets.
  public var clients: [Clients]

  /// Six yards at European cities (a cheap cloud in Helsinki) and clients in seven city subnets whose
  /// hotspot moves from Iberia and Britain to Italy and Poland.
  public static let builtIn = DemoScenario(
    topologyFile: nil,
    yards: [
      Yard(name: "cloud", site: "Helsinki", price: 0.5), Yard(name: "lisbon", site: "Lisbon", price: 2),
      Yard(name: "london", site: "London", price: 2), Yard(name: "frankfurt", site: "Frankfurt", price: 1.5),
      Yard(name: "rome", site: "Rome", price: 2), Yard(name: "warsaw", site: "Warsaw", price: 1.5),
    ],
    clients: [
      Clients(subnet: "127.0.21.0/24", site: "Lisbon", before: 20, after: 2),
      Clients(subnet: "127.0.22.0/24", site: "Madrid", before: 20, after: 2),
      Clients(subnet: "127.0.23.0/24", site: "London", before: 20, after: 2),
      Clients(subnet: "127.0.24.0/24", site: "Dublin", before: 15, after: 2),
      Clients(subnet: "127.0.25.0/24", site: "Rome", before: 4, after: 20),
      Clients(subnet: "127.0.26.0/24", site: "Milan", before: 4, after: 20),
      Clients(subnet: "127.0.27.0/24", site: "Warsaw", before: 2, after: 20),
    ])

  /// A scenario on the topology at `path` (Zoo GML or node-link JSON), within its largest component:
  /// the cloud at the node farthest from all others on average, five edge yards spread out from it,
  /// and seven client nodes spread out likewise; the first four are busy before the shift, the last
  /// three after.
  public static func from(topology path: String) throws -> DemoScenario {
    let topology = try Topology.load(path: path)
    let labels = topology.nodes.map(\.label)
    let unique = Set(labels.filter { label in labels.lazy.filter { $0 == label }.count == 1 })
    let component = (topology.components().first ?? []).filter { unique.contains(labels[$0]) }
    guard component.count >= 12 else {
      throw ManifestError(
        file: path, line: nil,
        problem:
          "the demo needs at least 12 uniquely labelled nodes in one component, found \(component.count)")
    }
    let paths = PathLatencies(topology: topology)
    let delays = Dictionary(uniqueKeysWithValues: component.map { ($0, paths.delays(from: $0)) })
    let cloud = component.max { a, b in
      component.reduce(0) { $0 + delays[a]![$1] } < component.reduce(0) { $0 + delays[b]![$1] }
    }!
    func spread(_ count: Int, from seeds: [Int], among candidates: [Int]) -> [Int] {
      var chosen: [Int] = []
      var nearest = Dictionary(
        uniqueKeysWithValues: candidates.map { node in
          (node, seeds.map { delays[$0]![node] }.min() ?? .infinity)
        })
      for _ in 0..<count {
        guard let next = candidates.filter({ !chosen.contains($0) }).max(by: { nearest[$0]! < nearest[$1]! })
        else {
          break
        }
        chosen.append(next)
        for node in candidates { nearest[node] = min(nearest[node]!, delays[next]![node]) }
      }
      return chosen
    }
    let edges = spread(5, from: [cloud], among: component.filter { $0 != cloud })
    let clientNodes = spread(7, from: [cloud], among: component.filter { $0 != cloud })
    var names = Set<String>()
    func yardName(_ label: String) -> String {
      let base = String(label.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }.prefix(24))
      var name = base.isEmpty ? "yard" : base
      var suffix = 2
      while names.contains(name) {
        name = "\(base)-\(suffix)"
        suffix += 1
      }
      names.insert(name)
      return name
    }
    let cloudYard = Yard(name: yardName("cloud"), site: labels[cloud], price: 0.5)
    let edgeYards = edges.enumerated().map { index, node in
      Yard(name: yardName(labels[node]), site: labels[node], price: index.isMultiple(of: 2) ? 2 : 1.5)
    }
    let clients = clientNodes.enumerated().map { index, node in
      Clients(
        subnet: SubnetID("127.0.\(21 + index).0/24"), site: labels[node], before: index < 4 ? 20 : 2,
        after: index < 4 ? 2 : 20)
    }
    return DemoScenario(topologyFile: path, yards: [cloudYard] + edgeYards, clients: clients)
  }
}
