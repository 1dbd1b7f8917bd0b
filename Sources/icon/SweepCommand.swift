import ArgumentParser
import Foundation
import ICONCharts
import ICONSim
import ICONTopology
import Synchronization

/// `icon sim sweep`: the adaptation experiment over many topologies and seeds.
struct SweepCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sweep",
    abstract: "Run the adaptation experiment (sim adapt) over many topologies and seeds, on every core.",
    discussion: """
      Runs `icon sim adapt`'s experiment, both designs, for every network and seed: synthetic \
      random-geometric, Waxman and Barabási–Albert graphs of the sizes --sizes names (the project's \
      own generator, seeded), the topologies shipped in data/topologies, and every Topology Zoo graph \
      in --zoo with at least --min-nodes nodes (the largest connected component of each). The origin \
      is each network's most central node, as in `sim adapt`.

      Prints one CSV row per run (or JSON): the ICONs' and the centralized controller's adaptation \
      times and final latencies, their ratios, the instances serving clients at the end, and each \
      design's final utility (Eq. 1 over its live instances and their clients; lower is better) with \
      their ratio. On standard error it draws progress (on a terminal) and ends with the figures the \
      goal asks for: runs in which the ICONs came within 10% of their optimum, the median ratio of \
      adaptation times, and runs whose final latency is within 1.1 times the controller's. --plot \
      draws the CDF of both ratios.

      Example:
        icon sim sweep --seeds 5 --zoo ../topologies/zoo --plot sweep.svg > sweep.csv
      """)

  @Option(help: "A folder of Topology Zoo .gml files to add (each with at least --min-nodes nodes).") var zoo:
    String?
  @Option(help: "The fewest nodes a Zoo graph needs to be swept.") var minNodes = 30
  @Option(help: "The shipped topologies' folder (data/topologies); - for none.") var shipped =
    "data/topologies"
  @Option(
    parsing: .upToNextOption,
    help: "Sizes of the synthetic graphs, each family (random-geometric, waxman, barabasi-albert); none: 0.")
  var sizes: [Int] = [100, 300, 1000]
  @Option(help: "Seeds per network (1…N).") var seeds = 5
  @Option(help: "Simulated seconds before the shift, and after it (shorter runs for a quick look).")
  var half =
    300.0
  @Option(help: "Threads (default: one per processor).") var threads = ProcessInfo.processInfo
    .activeProcessorCount
  @OptionGroup var output: ExperimentOutputOptions

  func validate() throws {
    guard (1...1000).contains(seeds) else { throw ValidationError("--seeds must be 1 to 1000") }
    guard (1...256).contains(threads) else { throw ValidationError("--threads must be 1 to 256") }
    guard (10...3600).contains(half) else { throw ValidationError("--half must be 10 to 3600 seconds") }
    guard sizes.allSatisfy({ $0 == 0 || (10...5000).contains($0) }) else {
      throw ValidationError("--sizes are 10 to 5000 nodes (0 for no synthetic graphs)")
    }
  }

  func run() throws {
    let networks = try networks()
    guard !networks.isEmpty else { throw ValidationError("nothing to sweep: no network was given or found") }
    let progress = Mutex(ProgressBar(label: "sweep (\(networks.count) networks × \(seeds) seeds)"))
    let runs = AdaptationSweep(networks: networks, seeds: (1...seeds).map(UInt64.init)).run(threads: threads)
    {
      done, total in progress.withLock { $0.update(done, of: total) }
    }
    let table = ResultTable(
      columns: [
        "network", "family", "nodes", "seed", "icon_adaptation_ms", "centralized_adaptation_ms", "time_ratio",
        "icon_final_ms", "centralized_final_ms", "latency_ratio", "icon_optimal_ms", "icon_instances",
        "centralized_instances", "icon_utility", "centralized_utility", "utility_ratio",
      ],
      rows: runs.map { run in
        let optional = { (value: Double?) in value.map { ResultTable.Cell.number($0) } ?? .text("") }
        return [
          .text(run.network), .text(run.family), .number(Double(run.nodes)), .number(Double(run.seed)),
          optional(run.iconAdaptationMilliseconds), optional(run.centralizedAdaptationMilliseconds),
          optional(run.timeRatio), .number(run.iconFinalLatency), .number(run.centralizedFinalLatency),
          .number(run.latencyRatio), .number(run.iconOptimalLatency), .number(Double(run.iconInstances)),
          .number(Double(run.centralizedInstances)), .number(run.iconFinalUtility),
          .number(run.centralizedFinalUtility), .number(run.utilityRatio),
        ]
      })
    print(table.render(output.format), terminator: "")
    let summary = AdaptationSweep.Summary(runs)
    let percent = { (count: Int) in
      String(format: "%.1f%%", 100 * Double(count) / Double(max(summary.runs, 1)))
    }
    FileHandle.standardError.write(
      Data(
        """
        \(summary.runs) runs
        ICONs within 10% of their optimum: \(summary.iconAdapted) (\(percent(summary.iconAdapted)); goal 98%)
        median adaptation time, ICONs / centralized: \(summary.medianTimeRatio.map { String(format: "%.2f", $0) } ?? "-") (goal 0.3)
        final latency within 1.1× the centralized design's: \(summary.withinLatencyGoal) (\(percent(summary.withinLatencyGoal)))

        """.utf8))
    try output.write(
      LineChart(
        title: "ICONs against the centralized controller, \(summary.runs) runs",
        xLabel: "ratio, ICONs / centralized (ratios beyond 1/8 and 8 drawn at the edge)",
        yLabel: "fraction of runs at or below",
        series: [
          LineChart.Series(name: "adaptation time", points: Self.cdf(runs.compactMap(\.timeRatio))),
          LineChart.Series(name: "final mean latency", points: Self.cdf(runs.map(\.latencyRatio))),
        ], logarithmicX: true, xDomain: Self.plottedRatios))
  }

  /// The networks to sweep: synthetic, shipped and Zoo graphs.
  private func networks() throws -> [AdaptationSweep.Network] {
    var networks: [AdaptationSweep.Network] = []
    for size in sizes where size > 0 {
      networks.append(
        .init(
          SyntheticTopology.randomGeometric(nodes: size, seed: 1), family: "random-geometric",
          name: "rg-\(size)"))
      networks.append(
        .init(SyntheticTopology.waxman(nodes: size, seed: 1), family: "waxman", name: "waxman-\(size)"))
      networks.append(
        .init(
          SyntheticTopology.barabasiAlbert(nodes: size, seed: 1), family: "barabasi-albert",
          name: "ba-\(size)"))
    }
    for (folder, family) in [(shipped == "-" ? nil : shipped, "shipped"), (zoo, "zoo")] {
      guard let folder else { continue }
      guard let listed = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
        throw ValidationError("cannot read the folder \(folder) (given for the \(family) topologies)")
      }
      let files = listed.filter {
        $0.hasSuffix(".gml") || ($0.hasSuffix(".json") && family == "shipped")
      }.sorted()
      for file in files {
        let topology: Topology
        do {
          topology = try Topology.load(path: folder + "/" + file)
        } catch let error as TopologyError {
          throw ValidationError(error.description)
        }
        guard topology.largestComponent().nodes.count >= minNodes else { continue }
        let name = (file as NSString).deletingPathExtension
        networks.append(.init(topology, family: family, name: name))
      }
    }
    return networks
  }

  /// The ratios the plot's (logarithmic) axis spans: a controller that serves every client at 0 ms
  /// makes a ratio of millions, which would squeeze every other run into one line.
  static let plottedRatios = 0.125...8.0

  /// The empirical CDF of `values` as steps, each value brought within ``plottedRatios``.
  static func cdf(_ values: [Double]) -> [(x: Double, y: Double)] {
    let sorted = values.filter(\.isFinite).map {
      min(max($0, plottedRatios.lowerBound), plottedRatios.upperBound)
    }.sorted()
    return sorted.enumerated().flatMap { index, value in
      [(value, Double(index) / Double(sorted.count)), (value, Double(index + 1) / Double(sorted.count))]
    }
  }
}
