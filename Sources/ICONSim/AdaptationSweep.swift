import Foundation
import ICONCore
import ICONTopology
import Synchronization

/// The adaptation experiment (``AdaptationExperiment``) over many topologies and seeds at once, spread
/// over threads, with both designs' figures side by side for each run: how long the ICONs took against
/// the centralized controller, and how close their final latency came to the controller's.
public struct AdaptationSweep: Sendable {
  /// One topology.
  public struct Network: Sendable {
    /// Its name, and its family (`zoo`, `random-geometric`, `waxman`, `barabasi-albert`, …).
    public var name: String
    public var family: String
    /// Its largest connected component (each run computes its own paths over it: path caches are not
    /// shared between threads).
    public var topology: Topology
    /// The origin and controller: the most central node, as `icon sim adapt` chooses by default.
    public var origin: Int

    /// The largest connected component of `topology`, of `family`, named `name`.
    public init(_ topology: Topology, family: String, name: String) {
      self.name = name
      self.family = family
      self.topology = topology.largestComponent()
      origin = TopologySummary.mostCentralNode(of: PathLatencies(topology: self.topology))
    }
  }

  /// One run's figures.
  public struct Run: Sendable, Equatable {
    public var network: String
    public var family: String
    public var nodes: Int
    public var seed: UInt64
    /// From the shift until within 10% of the optimum; nil if never.
    public var iconAdaptationMilliseconds: Double?
    public var centralizedAdaptationMilliseconds: Double?
    public var iconFinalLatency: Double
    public var centralizedFinalLatency: Double
    /// The optimum for the ICONs' own final instance count.
    public var iconOptimalLatency: Double
    /// Instances serving clients at the end of the run, of the ICONs and of the centralized design.
    public var iconInstances: Int
    public var centralizedInstances: Int
    /// The owner's objective at the end of the run (``AdaptationExperiment/Row/finalUtility``), of the
    /// ICONs and of the centralized design; lower is better.
    public var iconFinalUtility: Double
    public var centralizedFinalUtility: Double

    /// A run's figures; see the properties for the meaning of each argument.
    public init(
      network: String, family: String, nodes: Int, seed: UInt64, iconAdaptationMilliseconds: Double?,
      centralizedAdaptationMilliseconds: Double?, iconFinalLatency: Double, centralizedFinalLatency: Double,
      iconOptimalLatency: Double, iconInstances: Int, centralizedInstances: Int, iconFinalUtility: Double,
      centralizedFinalUtility: Double
    ) {
      self.network = network
      self.family = family
      self.nodes = nodes
      self.seed = seed
      self.iconAdaptationMilliseconds = iconAdaptationMilliseconds
      self.centralizedAdaptationMilliseconds = centralizedAdaptationMilliseconds
      self.iconFinalLatency = iconFinalLatency
      self.centralizedFinalLatency = centralizedFinalLatency
      self.iconOptimalLatency = iconOptimalLatency
      self.iconInstances = iconInstances
      self.centralizedInstances = centralizedInstances
      self.iconFinalUtility = iconFinalUtility
      self.centralizedFinalUtility = centralizedFinalUtility
    }

    /// The ICONs' adaptation time over the controller's, when both adapted.
    public var timeRatio: Double? {
      guard let icon = iconAdaptationMilliseconds, let centralized = centralizedAdaptationMilliseconds,
        centralized > 0
      else { return nil }
      return icon / centralized
    }

    /// The ICONs' final mean latency over the controller's.
    public var latencyRatio: Double { iconFinalLatency / max(centralizedFinalLatency, 1e-9) }

    /// The ICONs' final utility over the controller's.
    public var utilityRatio: Double { iconFinalUtility / max(centralizedFinalUtility, 1e-9) }
  }

  /// The networks.
  public var networks: [Network]
  /// The seeds each network runs with.
  public var seeds: [UInt64]

  /// Simulated time before the shift, and after it.
  public var half: Duration

  /// A sweep of `networks` × `seeds`, each run `half` before the shift and as long after it.
  public init(networks: [Network], seeds: [UInt64], half: Duration = .seconds(300)) {
    self.networks = networks
    self.seeds = seeds
    self.half = half
  }

  /// Runs every network with every seed on `threads` threads; `progress` is told after each run how
  /// many of how many are done (from any of the threads, one call at a time). The runs come back in
  /// network, then seed order, whatever the threads.
  public func run(threads: Int, progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }) -> [Run] {
    let cases = networks.indices.flatMap { network in seeds.map { (network, $0) } }
    let work = SharedWork(cases: cases.count)
    let (networks, half) = (networks, half)
    let finished = DispatchGroup()
    for _ in 0..<max(1, min(threads, cases.count)) {
      finished.enter()
      let thread = Thread {
        defer { finished.leave() }
        while let index = work.take() {
          let (network, seed) = cases[index]
          let done = work.finish(index, Self.run(networks[network], seed: seed, half: half))
          progress(done, cases.count)
        }
      }
      // the experiments recurse no deeper than the main thread's, whose stack is 8 MiB
      thread.stackSize = 8 << 20
      thread.start()
    }
    finished.wait()
    return work.results
  }

  /// The runs to do and done, shared by the threads.
  private final class SharedWork: Sendable {
    private let state: Mutex<(next: Int, done: Int, runs: [Run?])>

    init(cases: Int) { state = Mutex((0, 0, Array(repeating: nil, count: cases))) }

    /// The next run to do, if any is left.
    func take() -> Int? {
      state.withLock { state in
        guard state.next < state.runs.count else { return nil }
        defer { state.next += 1 }
        return state.next
      }
    }

    /// Keeps the result of run `index`; how many are done now.
    func finish(_ index: Int, _ run: Run) -> Int {
      state.withLock { state in
        state.runs[index] = run
        state.done += 1
        return state.done
      }
    }

    var results: [Run] { state.withLock { $0.runs.compactMap { $0 } } }
  }

  /// One run of `network` with `seed`.
  static func run(_ network: Network, seed: UInt64, half: Duration) -> Run {
    let rows = AdaptationExperiment(
      paths: PathLatencies(topology: network.topology), origin: network.origin, seed: seed, half: half
    ).run()
    let centralized = rows.first { $0.design == "centralized" }!
    let icon = rows.first { $0.design == "icon" }!
    return Run(
      network: network.name, family: network.family, nodes: network.topology.nodes.count, seed: seed,
      iconAdaptationMilliseconds: icon.adaptationMilliseconds,
      centralizedAdaptationMilliseconds: centralized.adaptationMilliseconds,
      iconFinalLatency: icon.finalMeanLatency, centralizedFinalLatency: centralized.finalMeanLatency,
      iconOptimalLatency: icon.optimalMeanLatency, iconInstances: icon.samples.last?.servingInstances ?? 0,
      centralizedInstances: centralized.samples.last?.servingInstances ?? 0,
      iconFinalUtility: icon.finalUtility,
      centralizedFinalUtility: centralized.finalUtility)
  }

  /// What the goal asks of a set of runs.
  public struct Summary: Sendable, Equatable {
    public var runs: Int
    /// Runs in which the ICONs came within 10% of their optimum.
    public var iconAdapted: Int
    /// The median of ``Run/timeRatio`` over the runs where both adapted.
    public var medianTimeRatio: Double?
    /// Runs whose final latency is at most 1.1 times the controller's.
    public var withinLatencyGoal: Int

    /// The figures of `runs`.
    public init(_ runs: [Run]) {
      self.runs = runs.count
      iconAdapted = runs.count { $0.iconAdaptationMilliseconds != nil }
      let ratios = runs.compactMap(\.timeRatio).sorted()
      medianTimeRatio =
        ratios.isEmpty
        ? nil
        : ratios.count.isMultiple(of: 2)
          ? (ratios[ratios.count / 2 - 1] + ratios[ratios.count / 2]) / 2 : ratios[ratios.count / 2]
      withinLatencyGoal = runs.count { $0.latencyRatio <= 1.1 + 1e-9 }
    }
  }
}
