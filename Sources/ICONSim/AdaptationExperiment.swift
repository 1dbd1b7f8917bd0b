import ICONCore
import ICONTopology

/// The paper's Fig. 5: how long after the request pattern shifts until the mean client latency is
/// within 10% of the new optimum, for the ICON overlay and for the centralized orchestrator, on the
/// same topology, yards, workload and policy.
///
/// A yard runs at every node (1 credit per slot). Six client regions (fewer on a network of under 37
/// nodes) sit at random places; at the shift each moves a few milliseconds away. The optimum is the k-median of the new demand for the number of
/// instances serving clients at the end.
public struct AdaptationExperiment {
  /// One design's result.
  public struct Row: Hashable, Sendable {
    /// `centralized` or `icon`.
    public var design: String
    /// From the shift until the mean latency is within 10% of the optimum; nil if it never is.
    public var adaptationMilliseconds: Double?
    /// Mean latency at the end of the run.
    public var finalMeanLatency: Double
    /// The optimum for the final demand and instance count.
    public var optimalMeanLatency: Double
    /// The owner's objective at the end of the run: Eq. (1) summed over the live instances (a slot's
    /// lease each) and their clients, under ``policy``; lower is better.
    public var finalUtility: Double
    /// Messages sent from the shift until adaptation (or the end).
    public var messages: Int
    /// Traces and DNS lookups made to find yards over the whole run (path discovery; 0 otherwise).
    public var lookups: Int
    /// The time series (for plots).
    public var samples: [SimulationSample]
  }

  /// The topology's paths.
  public let paths: PathLatencies
  /// The origin and controller vertex.
  public let origin: Int
  /// Seed of the workload and the ICONs.
  public let seed: UInt64
  /// Start-up time of an instance (0 measures information propagation only, as the paper did).
  public let deployDelay: Duration
  /// How the ICONs' clients find them (the centralized baseline's always reach the nearest instance).
  public let discovery: Simulation.Discovery
  /// Which yards the ICONs know (the centralized controller always knows every yard).
  public let yardDiscovery: Simulation.YardDiscovery
  /// When the pattern shifts.
  public let shiftAt: Instant
  /// How long after the shift the run goes on.
  public let afterShift: Duration
  /// The policy both designs follow: reports every second, decisions every 250 ms, short smoothing, an owner
  /// who values latency (100 req/s·ms per unit).
  public static let policy = OwnerPolicy {
    $0.latencyScale = 100
    $0.reportPeriod = .seconds(1)
    $0.decisionPeriod = .milliseconds(250)
    $0.smoothingWindow = .seconds(2)
    $0.actionCooldown = .seconds(1)
    $0.requestTimeout = .seconds(2)
    $0.electionWindow = .seconds(1)
    $0.actionsPerDecision = 4
  }

  /// An experiment on `paths` with the origin at `origin`, the shift `half` into the run and the run
  /// going on as long after it.
  public init(
    paths: PathLatencies, origin: Int, seed: UInt64 = 1, deployDelay: Duration = .zero,
    discovery: Simulation.Discovery = .redirects, yardDiscovery: Simulation.YardDiscovery = .full,
    half: Duration = .seconds(300)
  ) {
    shiftAt = .zero + half
    afterShift = half
    self.discovery = discovery
    self.yardDiscovery = yardDiscovery
    self.paths = paths
    self.origin = origin
    self.seed = seed
    self.deployDelay = deployDelay
  }

  /// The workload: six regions of three neighbouring client subnets (40 req/s each); at the shift each
  /// region's demand moves to another region 4 to 10 ms away.
  public func workload() -> Workload {
    var random = SplitMix64(seed: seed)
    let fromOrigin = paths.delays(from: origin)
    var pool = fromOrigin.indices.filter { $0 != origin && fromOrigin[$0].isFinite }
    pool.shuffle(using: &random)
    var used: Set<Int> = [origin]
    func region(around centre: Int) -> [Int] {
      let delays = paths.delays(from: centre)
      let members =
        [centre]
        + delays.indices.filter { $0 != centre && !used.contains($0) && delays[$0].isFinite }
        .sorted { (delays[$0], $0) < (delays[$1], $1) }.prefix(2)
      used.formUnion(members)
      return members
    }
    // six regions where the network has room for them before and after the shift (three nodes each)
    let regions = min(6, pool.count / 6)
    var before: [[Int]] = []
    for centre in pool where before.count < regions && !used.contains(centre) {
      before.append(region(around: centre))
    }
    var after: [[Int]] = []
    for old in before {
      let delays = paths.delays(from: old[0])
      let candidates = delays.indices.filter { !used.contains($0) && (4...10).contains(delays[$0]) }
      let centre = candidates.randomElement(using: &random) ?? pool.first { !used.contains($0) } ?? old[0]
      after.append(region(around: centre))
    }
    let populations =
      before.joined().map { Workload.Population(subnet: SubnetID("n\($0)"), node: $0, rate: 40) }
      + after.joined().map { Workload.Population(subnet: SubnetID("n\($0)"), node: $0, rate: 0) }
    var shifted: [SubnetID: Double] = [:]
    for node in before.joined() { shifted[SubnetID("n\(node)")] = 0 }
    for node in after.joined() { shifted[SubnetID("n\(node)")] = 40 }
    return Workload(populations: populations, shifts: [Workload.Shift(at: shiftAt, rates: shifted)])
  }

  /// What every yard charges per slot.
  public static let pricePerSlot: Money = 1

  private func sites() -> [SimulatedSite] {
    paths.topology.nodes.indices.map {
      SimulatedSite(offer: SiteOffer(site: SiteID("s\($0)"), pricePerSlot: Self.pricePerSlot), node: $0)
    }
  }

  /// Runs both designs: `centralized` first, then `icon`; `progress`, when given, is told after each
  /// tenth of each design's simulated time how many of the twenty tenths are done (the runs are the
  /// same either way).
  public func run(progress: ((_ done: Int, _ total: Int) -> Void)? = nil) -> [Row] {
    let workload = workload()
    let sites = sites()
    let end = shiftAt + afterShift
    let centralized = CentralizedOrchestrator(
      network: paths, sites: sites, workload: workload, controller: origin, initialSite: origin,
      policy: Self.policy,
      deployDelay: deployDelay, sampleInterval: .milliseconds(100))
    let tenths = progress == nil ? [end] : (1...10).map { Instant.zero + (end - .zero) * $0 / 10 }
    for (index, until) in tenths.enumerated() {
      centralized.run(until: until)
      progress?(index + 1, 2 * tenths.count)
    }
    let overlay = Simulation(
      network: paths, sites: sites, workload: workload, originSite: SiteID("s\(origin)"),
      settings: Simulation.Settings(
        policy: Self.policy, budget: 100_000, seed: seed, trafficInterval: .milliseconds(100),
        deployDelay: deployDelay, discovery: discovery, yardDiscovery: yardDiscovery))
    for (index, until) in tenths.enumerated() {
      overlay.run(until: until)
      progress?(tenths.count + index + 1, 2 * tenths.count)
    }
    return [
      row("centralized", samples: centralized.samples, workload: workload, sites: sites, lookups: 0),
      row(
        "icon", samples: overlay.samples, workload: workload, sites: sites, lookups: overlay.discoveryLookups),
    ]
  }

  private func row(
    _ design: String, samples: [SimulationSample], workload: Workload, sites: [SimulatedSite], lookups: Int
  ) -> Row {
    let final = samples.last!
    let rates = workload.rates(at: final.time)
    let problem = KMedian(
      weights: rates,
      latency: workload.populations.map { client in sites.map { paths.delay(client.node, $0.node) } })
    let optimum = problem.meanLatency(of: problem.heuristic(k: final.servingInstances))
    // Eq. (1) for the whole placement: every live instance's lease, every client's latency
    let utility = WeightedCostLatency().utility(
      of: PlacementCandidate(
        site: "every instance", price: Self.pricePerSlot * Int64(final.instances),
        demand: [ServedDemand(subnet: "every client", rate: final.requestRate, latency: final.meanLatency)]),
      policy: Self.policy)
    let adapted = samples.first { $0.time >= shiftAt && $0.meanLatency <= 1.1 * optimum + 1e-9 }
    let atShift = samples.last { $0.time <= shiftAt }?.messages ?? 0
    return Row(
      design: design, adaptationMilliseconds: adapted.map { ($0.time - shiftAt).inSeconds * 1000 },
      finalMeanLatency: final.meanLatency, optimalMeanLatency: optimum, finalUtility: utility,
      messages: (adapted ?? final).messages - atShift, lookups: lookups, samples: samples)
  }
}
