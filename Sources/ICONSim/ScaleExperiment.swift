import Foundation
import ICONCore
import ICONTopology

/// How fast the simulator runs the overlay protocol at scale: a synthetic random geometric graph, ICONs
/// on random nodes in a tree grown as replication grows it (each the child of the nearest ICON placed
/// before it), client subnets on random nodes served by an ICON at the nearest node that has any (1 req/s
/// each), and the default owner policy (reports every 5 s, decisions every 10 s). The ICONs run
/// `ICONEngine` unchanged but know no other yards, so they report, acknowledge, observe and decide
/// without moving: the run measures the protocol's cost, not placement.
public struct ScaleExperiment {
  /// What one run measured.
  public struct Result: Sendable {
    /// Events handed to engines (timers, messages, traffic).
    public var events: Int
    /// Wall-clock seconds of the simulation itself (building the scenario excluded).
    public var wallSeconds: Double
    /// Events per wall-clock second.
    public var eventsPerSecond: Double
    /// Peak resident memory of the process, in MiB.
    public var peakResidentMegabytes: Double
    /// The ICONs of each part of the overlay, one part per thread the run used.
    public var iconsPerThread: [Int]
    /// How far apart in simulated time the parts could run (the least delay of a message between them);
    /// `nil` on one thread.
    public var lookahead: Duration?
  }

  /// Graph nodes.
  public var nodes: Int
  /// ICONs.
  public var icons: Int
  /// Client subnets.
  public var clients: Int
  /// Simulated time.
  public var duration: Duration
  /// Seed.
  public var seed: UInt64
  /// Threads to run on: the overlay is split into this many parts where it can be split evenly at links
  /// of half a millisecond or more (see ``OverlayPartition``), else it runs on one.
  public var threads: Int

  /// An experiment of the given size.
  public init(nodes: Int, icons: Int, clients: Int, duration: Duration, seed: UInt64 = 1, threads: Int = 1) {
    self.threads = threads
    self.nodes = nodes
    self.icons = icons
    self.clients = clients
    self.duration = duration
    self.seed = seed
  }

  /// Builds the scenario and runs it; `progress` is called with (percent done, 100).
  public func run(progress: (Int, Int) -> Void = { _, _ in }) -> Result {
    let scenario = makeScenario()
    let run = threads > 1 ? scenario.partitioned(into: threads, seed: seed) : nil
    let parts = run?.parts ?? [scenario.simulation(seed: seed)]
    let clock = ContinuousClock()
    let start = clock.now
    for step in 1...100 {
      let end = Instant.zero + duration * (Double(step) / 100)
      if let run { run.run(until: end) } else { parts[0].run(until: end) }
      progress(step, 100)
    }
    let wall = (clock.now - start).inSeconds
    let events = parts.reduce(0) { $0 + $1.engineEvents }
    return Result(
      events: events, wallSeconds: wall, eventsPerSecond: wall > 0 ? Double(events) / wall : 0,
      peakResidentMegabytes: Self.peakResidentMegabytes(), iconsPerThread: parts.map(\.engines.count),
      lookahead: run?.lookahead)
  }

  /// The simulation of the whole overlay on one thread, ready to run.
  public func makeSimulation() -> Simulation { makeScenario().simulation(seed: seed) }

  /// The overlay split into `parts` parts, each ready to run on its own thread; `nil` if the tree cannot
  /// be split that evenly.
  public func makePartitionedSimulation(parts: Int) -> PartitionedSimulation? {
    makeScenario().partitioned(into: parts, seed: seed)
  }

  /// The overlay, network and clients of a run, before any simulation holds them.
  struct Scenario {
    var network: GeographicNetwork
    var sites: [SimulatedSite]
    var policy: OwnerPolicy
    /// The ICONs, parents first.
    var icons: [EngineConfiguration]
    /// Each ICON's parent's position in `icons`; `nil` for the origin.
    var parents: [Int?]
    /// The network node of each ICON.
    var nodes: [Int]
    /// The client populations.
    var populations: [Workload.Population]
    /// The position in `icons` of the ICON serving each population.
    var servers: [Int]

    /// One simulation holding every ICON.
    func simulation(seed: UInt64) -> Simulation {
      Simulation(
        network: network, sites: sites, workload: Workload(populations: populations),
        deployment: Simulation.Deployment(
          icons: icons, servers: servers.map { icons[$0].id }, fullCatalogue: false),
        settings: settings(seed: seed))
    }

    /// The tree split into `count` even parts along links of at least the lookahead, one simulation
    /// each; `nil` if it cannot be split that evenly.
    func partitioned(into count: Int, seed: UInt64) -> PartitionedSimulation? {
      let partition = OverlayPartition.split(
        parents: parents,
        linkDelay: { .milliseconds(network.delay(nodes[$0], nodes[parents[$0]!])) }, count: count)
      return partition.map {
        PartitionedSimulation(parts: parts(of: $0, seed: seed), lookahead: $0.lookahead)
      }
    }

    /// One simulation per part of `partition`, each with the ICONs of its part and their clients.
    func parts(of partition: OverlayPartition, seed: UInt64) -> [Simulation] {
      let members = partition.members
      return members.indices.map { index in
        var elsewhere: [ICONID: Simulation.Part.Elsewhere] = [:]
        for (position, part) in partition.parts.enumerated() where part != index {
          elsewhere[icons[position].id] = Simulation.Part.Elsewhere(part: part, node: nodes[position])
        }
        let served = populations.indices.filter { partition.parts[servers[$0]] == index }
        let part = Simulation.Part(
          index: index, count: partition.count, elsewhere: elsewhere, lookahead: partition.lookahead)
        return Simulation(
          network: network, sites: sites, workload: Workload(populations: served.map { populations[$0] }),
          deployment: Simulation.Deployment(
            icons: members[index].map { icons[$0] }, servers: served.map { icons[servers[$0]].id },
            fullCatalogue: false, part: part),
          settings: settings(seed: seed &+ UInt64(index)))
      }
    }

    private func settings(seed: UInt64) -> Simulation.Settings {
      Simulation.Settings(policy: policy, seed: seed, trafficInterval: policy.reportPeriod)
    }
  }

  /// The scenario: the graph, the tree of ICONs and their clients.
  func makeScenario() -> Scenario {
    var random = SplitMix64(seed: seed)
    let topology = SyntheticTopology.randomGeometric(nodes: nodes, seed: random.next())
    let network = GeographicNetwork(topology: topology, seed: random.next())
    let iconNodes = (0..<icons).map { _ in Int.random(in: 0..<nodes, using: &random) }
    let sites = iconNodes.enumerated().map { index, node in
      SimulatedSite(offer: SiteOffer(site: SiteID("y\(index)"), pricePerSlot: 1), node: node)
    }
    let points = iconNodes.map { topology.nodes[$0] }
    var placed = GeoGrid(
      nodes: points, cellsPerSide: max(1, Int(Double(icons).squareRoot() / 2)), insertingAll: false)
    var configurations: [EngineConfiguration] = []
    var parents: [Int?] = []
    var ancestors: [[ICONID]] = []
    let policy = OwnerPolicy()
    for index in 0..<icons {
      let id = ICONID("i\(index)")
      guard index > 0, let parent = placed.nearest(to: points[index], count: 1).first else {
        configurations.append(
          .origin(
            id: id, application: "app", site: sites[index].offer, policy: policy, budget: 1_000,
            seed: random.next()))
        parents.append(nil)
        ancestors.append([])
        placed.insert(index)
        continue
      }
      let chain = [configurations[parent].id] + ancestors[parent]
      configurations.append(
        EngineConfiguration(
          id: id, application: "app", site: sites[index].offer, parent: chain[0],
          parentSite: sites[parent].offer.site,
          ancestors: chain, origin: "i0", epoch: 1, policy: policy, budget: 1_000, seed: random.next()))
      parents.append(parent)
      ancestors.append(chain)
      placed.insert(index)
    }
    // several ICONs may share a node; its clients are spread over all of them, so that none is idle
    // (an ICON without clients rightly terminates, and the run would measure a smaller overlay)
    var iconsAtNode: [Int: [Int]] = [:]
    for (index, node) in iconNodes.enumerated() { iconsAtNode[node, default: []].append(index) }
    var populations: [Workload.Population] = []
    var servers: [Int] = []
    populations.reserveCapacity(clients)
    for index in 0..<clients {
      let node = Int.random(in: 0..<nodes, using: &random)
      populations.append(Workload.Population(subnet: SubnetID("c\(index)"), node: node, rate: 1))
      let nearest = placed.nearest(to: topology.nodes[node], count: 1)[0]
      let colocated = iconsAtNode[iconNodes[nearest]]!
      servers.append(colocated.randomElement(using: &random)!)
    }
    return Scenario(
      network: network, sites: sites, policy: policy, icons: configurations, parents: parents,
      nodes: iconNodes, populations: populations, servers: servers)
  }

  /// The process's peak resident set (VmHWM), in MiB; 0 where /proc is not available.
  static func peakResidentMegabytes() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
      let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "")
    else { return 0 }
    return kilobytes / 1024
  }
}
