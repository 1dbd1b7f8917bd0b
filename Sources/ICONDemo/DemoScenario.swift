import Foundation
import ICONCore
import ICONFormats
import ICONRuntime
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
  /// Delay added per hop on top of distance (routers, queues, fibre detours), in milliseconds.
  public var perHopMilliseconds = 5.0
  /// The owner's budget.
  public var budget: Money = 1000
  /// The owner's policy.
  public var policy = DemoScenario.policy

  /// A scenario of `yards` and `clients` on the topology at `topologyFile` (nil: the built-in
  /// backbone), with the demo's latency model, budget and policy.
  public init(topologyFile: String?, yards: [Yard], clients: [Clients]) {
    self.topologyFile = topologyFile
    self.yards = yards
    self.clients = clients
  }

  /// The demo's policy: periods short enough to watch, latency weighed for the backbone's distances.
  public static let policy: OwnerPolicy = {
    var policy = OwnerPolicy()
    policy.reportPeriod = .milliseconds(500)
    policy.decisionPeriod = .milliseconds(500)
    policy.smoothingWindow = .seconds(2)
    policy.actionCooldown = .seconds(2)
    // a container's migration pauses its ICON for about 2 s (the image moves whole): children that
    // gave their parent up after 1.5 s of silence would start an election in the middle of a move
    policy.missedReportsBeforeFailure = 6
    policy.latencyScale = 50
    policy.actionsPerDecision = 2
    policy.stubTTL = .seconds(120)
    policy.electionWindow = .seconds(1)
    return policy
  }()

  /// Six yards at European hubs (a cheap cloud in Helsinki) and clients in seven other cities, as users
  /// live around the hubs rather than in them; the hotspot moves from the west (Lisbon, Barcelona,
  /// Paris, Dublin) to the centre and south (Milan, Prague, Budapest).
  public static let builtIn = DemoScenario(
    topologyFile: nil,
    yards: [
      Yard(name: "cloud", site: "Helsinki", price: 0.5), Yard(name: "madrid", site: "Madrid", price: 2),
      Yard(name: "london", site: "London", price: 2), Yard(name: "frankfurt", site: "Frankfurt", price: 1.5),
      Yard(name: "rome", site: "Rome", price: 2), Yard(name: "vienna", site: "Vienna", price: 1.5),
    ],
    clients: [
      Clients(subnet: "127.0.21.0/24", site: "Lisbon", before: 20, after: 2),
      Clients(subnet: "127.0.22.0/24", site: "Barcelona", before: 20, after: 2),
      Clients(subnet: "127.0.23.0/24", site: "Paris", before: 20, after: 2),
      Clients(subnet: "127.0.24.0/24", site: "Dublin", before: 15, after: 2),
      Clients(subnet: "127.0.25.0/24", site: "Milan", before: 4, after: 20),
      Clients(subnet: "127.0.26.0/24", site: "Prague", before: 4, after: 20),
      Clients(subnet: "127.0.27.0/24", site: "Budapest", before: 2, after: 20),
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

  /// The scenario in the YAML file at `path` (see `docs/demo.md`); every problem names the file and line.
  public static func load(path: String) throws -> DemoScenario {
    let text: String
    do {
      text = try String(contentsOfFile: path, encoding: .utf8)
    } catch {
      throw ManifestError(
        file: path, line: nil, problem: "cannot read the file: \(error.localizedDescription)")
    }
    return try parse(text, file: path)
  }

  /// The scenario in the YAML `text`; `file` names it in errors, and a topology it names is relative to
  /// that file's folder unless absolute.
  public static func parse(_ text: String, file path: String) throws -> DemoScenario {
    let root = try YAMLValue.parse(text, file: path)
    let fields = try root.mapping(allowed: ["topology", "per_hop_ms", "budget", "policy", "yards", "clients"])
    var topologyFile: String?
    let topology: Topology
    if let field = fields["topology"] {
      let named = try field.string()
      let resolved =
        named.hasPrefix("/")
        ? named : URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(named).path
      do {
        topology = try Topology.load(path: resolved)
      } catch {
        throw field.error("cannot load the topology: \(error)")
      }
      topologyFile = resolved
    } else {
      topology = EuropeanBackbone.topology()
    }
    func site(_ value: YAMLValue) throws -> String {
      let label = try value.string()
      guard topology.node(named: label) != nil else {
        throw value.error("no node labelled `\(label)` in \(topology.name)")
      }
      return label
    }
    guard let yardList = fields["yards"] else {
      throw root.error(
        "missing `yards` (a list of {name, site, price}; the first is where the origin starts)")
    }
    var yards: [Yard] = []
    for value in try yardList.sequence() {
      let entries = try value.mapping(allowed: ["name", "site", "price"])
      guard let name = entries["name"], let at = entries["site"] else {
        throw value.error("a yard needs `name` and `site`")
      }
      let yardName = try name.string()
      guard !yardName.isEmpty, yardName.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else {
        throw name.error("a yard's name is letters, digits and dashes, got `\(yardName)`")
      }
      guard !yards.contains(where: { $0.name == yardName }) else {
        throw name.error("two yards are named `\(yardName)`")
      }
      yards.append(
        Yard(name: yardName, site: try site(at), price: try entries["price"]?.number(in: 0...1e6) ?? 1))
    }
    guard (1...20).contains(yards.count) else {
      throw yardList.error("expected 1 to 20 yards, got \(yards.count)")
    }
    guard let clientList = fields["clients"] else {
      throw root.error(
        "missing `clients` (a list of {site, before, after}: requests per second before and after the shift)")
    }
    var clients: [Clients] = []
    for value in try clientList.sequence() {
      let entries = try value.mapping(allowed: ["site", "before", "after"])
      guard let at = entries["site"] else { throw value.error("a client population needs `site`") }
      clients.append(
        Clients(
          subnet: SubnetID("127.0.\(21 + clients.count).0/24"), site: try site(at),
          before: try entries["before"]?.number(in: 0...1000) ?? 0,
          after: try entries["after"]?.number(in: 0...1000) ?? 0))
    }
    guard (1...200).contains(clients.count) else {
      throw clientList.error("expected 1 to 200 client populations, got \(clients.count)")
    }
    guard clients.contains(where: { $0.before > 0 }), clients.contains(where: { $0.after > 0 }) else {
      throw clientList.error("some clients must send before the shift and some after it")
    }
    var scenario = DemoScenario(topologyFile: topologyFile, yards: yards, clients: clients)
    if let field = fields["per_hop_ms"] { scenario.perHopMilliseconds = try field.number(in: 0...1000) }
    if let field = fields["budget"] { scenario.budget = .credits(try field.number(in: 1...1e9)) }
    if let field = fields["policy"] { scenario.policy = try OwnerPolicy(yaml: field, over: scenario.policy) }
    return scenario
  }
}
