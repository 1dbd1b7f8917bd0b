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

  /// An experiment of the given size.
  public init(nodes: Int, icons: Int, clients: Int, duration: Duration, seed: UInt64 = 1) {
    self.nodes = nodes
    self.icons = icons
    self.clients = clients
    self.duration = duration
    self.seed = seed
  }

  /// Builds the scenario and runs it; `progress` is called with (percent done, 100).
  public func run(progress: (Int, Int) -> Void = { _, _ in }) -> Result {
    let simulation = makeSimulation()
    let clock = ContinuousClock()
    let start = clock.now
    for step in 1...100 {
      simulation.run(until: Instant.zero + duration * (Double(step) / 100))
      progress(step, 100)
    }
    let wall = (clock.now - start).inSeconds
    return Result(
      events: simulation.engineEvents, wallSeconds: wall,
      eventsPerSecond: wall > 0 ? Double(simulation.engineEvents) / wall : 0,
      peakResidentMegabytes: Self.peakResidentMegabytes())
  }

  /// The simulation, ready to run.
  public func makeSimulation() -> Simulation {
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
    var ancestors: [[ICONID]] = []
    let policy = OwnerPolicy()
    for index in 0..<icons {
      let id = ICONID("i\(index)")
      guard index > 0, let parent = placed.nearest(to: points[index], count: 1).first else {
        configurations.append(
          .origin(
            id: id, application: "app", site: sites[index].offer, policy: policy, budget: 1_000,
            seed: random.next()))
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
      ancestors.append(chain)
      placed.insert(index)
    }
    // several ICONs may share a node; its clients are spread over all of them, so that none is idle
    // (an ICON without clients rightly terminates, and the run would measure a smaller overlay)
    var iconsAtNode: [Int: [Int]] = [:]
    for (index, node) in iconNodes.enumerated() { iconsAtNode[node, default: []].append(index) }
    var populations: [Workload.Population] = []
    var servers: [ICONID] = []
    populations.reserveCapacity(clients)
    for index in 0..<clients {
      let node = Int.random(in: 0..<nodes, using: &random)
      populations.append(Workload.Population(subnet: SubnetID("c\(index)"), node: node, rate: 1))
      let nearest = placed.nearest(to: topology.nodes[node], count: 1)[0]
      let colocated = iconsAtNode[iconNodes[nearest]]!
      servers.append(configurations[colocated.randomElement(using: &random)!].id)
    }
    return Simulation(
      network: network, sites: sites, workload: Workload(populations: populations),
      deployment: Simulation.Deployment(icons: configurations, servers: servers, fullCatalogue: false),
      settings: Simulation.Settings(policy: policy, seed: seed, trafficInterval: policy.reportPeriod))
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
