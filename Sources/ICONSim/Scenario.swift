import Foundation
import ICONCore
import ICONFormats
import ICONTopology

/// Everything one simulation run needs, read from a YAML file: topology, yards, workload, policy,
/// failures and duration. See `docs/scenarios.md` for the format.
public struct Scenario {
  /// Shortest paths over the scenario's topology.
  public var paths: PathLatencies
  /// The yards.
  public var sites: [SimulatedSite]
  /// The origin's site.
  public var originSite: SiteID
  /// The clients.
  public var workload: Workload
  /// Settings (policy, budget, seed, intervals, loss).
  public var settings: Simulation.Settings
  /// How long to simulate.
  public var duration: Duration
  /// Crashes: when, and which ICON (`nil` = a random non-origin one).
  public var crashes: [(at: Instant, icon: ICONID?)]
  /// Partitions: which nodes are cut off, from when until when.
  public var partitions: [(nodes: Set<Int>, from: Instant, until: Instant)]

  /// A simulation set up as the scenario says.
  public func makeSimulation() -> Simulation {
    let simulation = Simulation(
      network: paths, sites: sites, workload: workload, originSite: originSite, settings: settings)
    for crash in crashes { simulation.scheduleCrash(of: crash.icon, at: crash.at) }
    for partition in partitions {
      simulation.schedulePartition(of: partition.nodes, from: partition.from, until: partition.until)
    }
    return simulation
  }

  /// The baselines beside each sample of a run: the mean latency if only the origin's yard served every
  /// client (static deployment), and the optimum for the same number of serving instances (k-median).
  public func baselines(for samples: [SimulationSample]) -> [(staticLatency: Double, optimalLatency: Double)]
  {
    let originNode = sites.first { $0.offer.site == originSite }!.node
    let latency = workload.populations.map { client in sites.map { paths.delay(client.node, $0.node) } }
    var previous: (rates: [Double], k: Int, optimum: Double)?
    return samples.map { sample in
      let rates = workload.rates(at: sample.time)
      let total = rates.reduce(0, +)
      let staticLatency =
        total > 0
        ? zip(rates, workload.populations).reduce(0) { $0 + $1.0 * paths.delay($1.1.node, originNode) }
          / total : 0
      let k = max(1, sample.servingInstances)
      if let previous, previous.rates == rates, previous.k == k { return (staticLatency, previous.optimum) }
      let problem = KMedian(weights: rates, latency: latency)
      let optimum = problem.meanLatency(of: problem.heuristic(k: k))
      previous = (rates, k, optimum)
      return (staticLatency, optimum)
    }
  }

  /// Reads a scenario file; the topology path inside it is relative to the file.
  public static func load(path: String) throws -> Scenario {
    let file = path
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ScenarioError(file: file, line: nil, problem: "cannot read the file")
    }
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    return try parse(String(decoding: data, as: UTF8.self), file: file, folder: folder)
  }

  /// Reads a scenario from `text`; `file` names it in errors, and its topology is relative to `folder`.
  public static func parse(_ text: String, file: String, folder: String) throws -> Scenario {
    let root = try YAMLValue.parse(text, file: file)
    return try ScenarioReader(root: root, directory: URL(fileURLWithPath: folder)).read()
  }
}

/// Reads the YAML tree of a scenario, resolving node labels against the topology as it goes, so an
/// unknown label is reported at its own line.
private struct ScenarioReader {
  let root: YAMLValue
  let directory: URL

  static let keys = [
    "topology", "latency", "duration_s", "seed", "origin", "sites", "policy", "budget", "workload",
    "failures",
    "message_loss", "deploy_delay_s", "traffic_interval_s", "death_report_s", "yard_discovery",
  ]

  func read() throws -> Scenario {
    let fields = try root.mapping(allowed: Self.keys)
    guard let topologyField = fields["topology"] else {
      throw root.error("missing `topology` (a .gml or .json file)")
    }
    let topologyPath = try topologyField.string()
    let resolved =
      topologyPath.hasPrefix("/") ? topologyPath : directory.appendingPathComponent(topologyPath).path
    let topology: Topology
    do {
      topology = try Topology.load(path: resolved)
    } catch let error as TopologyError {
      throw topologyField.error("cannot load the topology: \(error)")
    }
    var model = LatencyModel()
    if let latency = fields["latency"] {
      let entries = try latency.mapping(allowed: ["km_per_ms", "per_hop_ms"])
      if let speed = entries["km_per_ms"] {
        model.kilometresPerMillisecond = try speed.number(in: 1e-6...1e9)
      }
      if let hop = entries["per_hop_ms"] { model.perHopMilliseconds = try hop.number(in: 0...1e6) }
    }
    let paths = PathLatencies(topology: topology, model: model)
    let lookup = { (value: YAMLValue) throws -> Int in
      let label = try value.string()
      guard let node = topology.node(named: label) else {
        throw value.error("no node labelled `\(label)` in \(topology.name)")
      }
      return node
    }
    let origin = try fields["origin"].map(lookup) ?? TopologySummary.mostCentralNode(of: paths)
    let sites = try readSites(fields["sites"], topology: topology, origin: origin, lookup: lookup)
    var settings = Simulation.Settings()
    if let seed = fields["seed"] { settings.seed = UInt64(max(0, try seed.integer())) }
    if let budget = fields["budget"] { settings.budget = .credits(try budget.number(in: 0...1e12)) }
    if let loss = fields["message_loss"] { settings.messageLoss = try loss.number(in: 0...0.99) }
    if let deploy = fields["deploy_delay_s"] {
      settings.deployDelay = .seconds(try deploy.number(in: 0...86_400))
    }
    if let report = fields["death_report_s"] {
      if (try? report.string()) == "off" {
        settings.deathReport = nil
      } else if (try? report.number()) == nil {
        throw report.error("expected a number of seconds or `off`")
      } else {
        settings.deathReport = .seconds(try report.number(in: 0...86_400))
      }
    }
    if let interval = fields["traffic_interval_s"] {
      settings.trafficInterval = .seconds(try interval.number(in: 0.001...3_600))
    }
    if let field = fields["yard_discovery"] {
      let text = try field.string()
      guard let mode = Simulation.YardDiscovery(rawValue: text) else {
        throw field.error("expected `full` or `path`, got `\(text)`")
      }
      settings.yardDiscovery = mode
    }
    if let policy = fields["policy"] { settings.policy = try OwnerPolicy(yaml: policy) }
    guard let durationField = fields["duration_s"] else {
      throw root.error("missing `duration_s` (seconds to simulate)")
    }
    let duration = Duration.seconds(try durationField.number(in: 1...1e8))
    guard let workloadField = fields["workload"] else {
      throw root.error("missing `workload` (clients and their rates)")
    }
    let workload = try readWorkload(workloadField, lookup: lookup)
    var crashes: [(at: Instant, icon: ICONID?)] = []
    var partitions: [(nodes: Set<Int>, from: Instant, until: Instant)] = []
    for failure in try fields["failures"]?.sequence() ?? [] {
      let entries = try failure.mapping(allowed: ["at_s", "crash", "partition", "until_s"])
      guard let at = entries["at_s"] else { throw failure.error("missing `at_s`") }
      let start = Instant.seconds(try at.number(in: 0...1e8))
      if let crash = entries["crash"] {
        let target = try crash.string()
        crashes.append((start, target == "random" ? nil : target == "origin" ? "origin" : ICONID(target)))
      } else if let partition = entries["partition"] {
        guard let until = entries["until_s"] else { throw failure.error("a partition needs `until_s`") }
        let nodes = Set(try partition.sequence().map(lookup))
        partitions.append((nodes, start, .seconds(try until.number(in: start.seconds...1e8))))
      } else {
        throw failure.error("expected `crash: random | origin | ICON-ID` or `partition: [labels]`")
      }
    }
    guard let originOffer = sites.first(where: { $0.node == origin }) else {
      throw (fields["origin"] ?? root).error("the origin's node has no yard")
    }
    return Scenario(
      paths: paths, sites: sites, originSite: originOffer.offer.site, workload: workload, settings: settings,
      duration: duration, crashes: crashes, partitions: partitions)
  }

  private func readSites(
    _ value: YAMLValue?, topology: Topology, origin: Int, lookup: (YAMLValue) throws -> Int
  ) throws -> [SimulatedSite] {
    var price = Money(1)
    var slot = Duration.seconds(60)
    var capacity = 16
    var prices: [Int: Money] = [:]
    var nodes = Array(topology.nodes.indices)
    if let value {
      let entries = try value.mapping(allowed: ["price", "slot_s", "capacity", "prices", "at"])
      if let field = entries["price"] { price = .credits(try field.number(in: 0...1e9)) }
      if let field = entries["slot_s"] { slot = .seconds(try field.number(in: 0.001...1e8)) }
      if let field = entries["capacity"] { capacity = max(1, try field.integer()) }
      if let field = entries["prices"] {
        guard case .mapping(let mapping) = field.node else {
          throw field.error("expected node labels mapped to prices")
        }
        for (key, amount) in mapping {
          let node = try lookup(YAMLValue(node: key, file: field.file, path: field.path))
          prices[node] = .credits(
            try YAMLValue(node: amount, file: field.file, path: field.path).number(in: 0...1e9))
        }
      }
      if let field = entries["at"] {
        nodes = Array(Set(try field.sequence().map(lookup)).union([origin])).sorted()
      }
    }
    return nodes.map { node in
      SimulatedSite(
        offer: SiteOffer(
          site: SiteID(topology.nodes[node].label + "#\(node)"), pricePerSlot: prices[node] ?? price,
          slot: slot,
          freeCapacity: capacity),
        node: node)
    }
  }

  private func readWorkload(_ value: YAMLValue, lookup: @escaping (YAMLValue) throws -> Int) throws
    -> Workload
  {
    let entries = try value.mapping(allowed: ["clients", "shifts", "diurnal", "flash_crowds"])
    guard let clients = entries["clients"] else {
      throw value.error("missing `clients` (a list of {node, rate})")
    }
    var populations: [Workload.Population] = []
    var subnetOf: [Int: SubnetID] = [:]
    for client in try clients.sequence() {
      let fields = try client.mapping(allowed: ["node", "rate"])
      guard let node = fields["node"], let rate = fields["rate"] else {
        throw client.error("expected `node` and `rate`")
      }
      let index = try lookup(node)
      guard subnetOf[index] == nil else { throw node.error("clients at this node are listed twice") }
      let subnet = SubnetID(try node.string())
      subnetOf[index] = subnet
      populations.append(Workload.Population(subnet: subnet, node: index, rate: try rate.number(in: 0...1e9)))
    }
    let subnet = { (value: YAMLValue) throws -> SubnetID in
      let index = try lookup(value)
      guard let known = subnetOf[index] else {
        throw value.error("no clients at this node (list it under `clients`)")
      }
      return known
    }
    var shifts: [Workload.Shift] = []
    for shift in try entries["shifts"]?.sequence() ?? [] {
      let fields = try shift.mapping(allowed: ["at_s", "rates"])
      guard let at = fields["at_s"], let rates = fields["rates"] else {
        throw shift.error("expected `at_s` and `rates`")
      }
      guard case .mapping(let mapping) = rates.node else {
        throw rates.error("expected node labels mapped to rates")
      }
      var newRates: [SubnetID: Double] = [:]
      for (key, rate) in mapping {
        newRates[try subnet(YAMLValue(node: key, file: rates.file, path: rates.path))] =
          try YAMLValue(node: rate, file: rates.file, path: rates.path).number(in: 0...1e9)
      }
      shifts.append(Workload.Shift(at: .seconds(try at.number(in: 0...1e8)), rates: newRates))
    }
    var amplitude = 0.0
    var period = Duration.seconds(86_400)
    if let diurnal = entries["diurnal"] {
      let fields = try diurnal.mapping(allowed: ["amplitude", "period_s"])
      if let field = fields["amplitude"] { amplitude = try field.number(in: 0...1) }
      if let field = fields["period_s"] { period = .seconds(try field.number(in: 1...1e9)) }
    }
    var crowds: [Workload.FlashCrowd] = []
    for crowd in try entries["flash_crowds"]?.sequence() ?? [] {
      let fields = try crowd.mapping(allowed: ["node", "start_s", "duration_s", "multiplier"])
      guard let node = fields["node"], let start = fields["start_s"], let length = fields["duration_s"],
        let multiplier = fields["multiplier"]
      else { throw crowd.error("expected `node`, `start_s`, `duration_s` and `multiplier`") }
      crowds.append(
        Workload.FlashCrowd(
          subnet: try subnet(node), start: .seconds(try start.number(in: 0...1e8)),
          duration: .seconds(try length.number(in: 0...1e8)), multiplier: try multiplier.number(in: 0...1e6)))
    }
    return Workload(
      populations: populations, shifts: shifts, diurnalAmplitude: amplitude, diurnalPeriod: period,
      flashCrowds: crowds)
  }
}

/// A scenario file that cannot be used, with where and why.
public typealias ScenarioError = InputFileError
