import ArgumentParser
import Foundation
import ICONCharts
import ICONCore
import ICONSim
import ICONTopology

/// `icon sim`: the simulator's experiments.
struct SimulationCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sim",
    abstract: "Run the simulator's experiments on real or synthetic topologies.",
    discussion: """
      Every experiment prints CSV on standard output (or JSON with --format json), can draw its figure \
      with --plot FILE.svg, and shows progress on standard error. The same command with the same seed \
      prints the same bytes.
      """,
    subcommands: [
      MessagesCommand.self, AdaptCommand.self, SweepCommand.self, RunScenarioCommand.self, ScaleCommand.self,
    ]
  )
}

/// Options every experiment shares.
struct ExperimentOutputOptions: ParsableArguments {
  @Option(help: "Output format: csv or json.")
  var format: OutputFormat = .csv
  @Option(help: "Also draw the figure into this SVG file.")
  var plot: String?

  func write(_ chart: LineChart) throws {
    guard let plot else { return }
    try OutputFile.write(chart.svg(), to: plot, what: "the plot")
  }
}

/// The topology and origin options of topology experiments.
struct TopologyOptions: ParsableArguments {
  @Option(help: "A Topology Zoo .gml or node-link .json file.")
  var topology: String
  @Option(help: "Label (or id) of the origin/controller vertex; default: the most central vertex.")
  var origin: String?
  @OptionGroup var latency: LatencyModelOptions

  func load() throws -> (paths: PathLatencies, origin: Int) {
    let loaded: Topology
    do {
      loaded = try Topology.load(path: topology)
    } catch let error as TopologyError {
      throw ValidationError(error.description)
    }
    let paths = PathLatencies(topology: loaded, model: try latency.model())
    guard let origin else { return (paths, TopologySummary.mostCentralNode(of: paths)) }
    guard let index = loaded.node(named: origin) else {
      throw ValidationError("\(topology) has no node labelled \(origin)")
    }
    return (paths, index)
  }
}

/// `icon sim messages`: the paper's Fig. 4.
struct MessagesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "messages",
    abstract: "Messages per reporting round: centralized controller against the ICON tree (Fig. 4).",
    discussion: """
      ICONs are scattered at random over the topology; the controller (centralized) or the origin \
      (icon) sits at the origin vertex. In the icon design the tree grows as replication grows it: each \
      ICON becomes the child of the nearest one placed before it. Per reporting round every ICON sends \
      one report, to the controller or to its parent. Columns: root_messages arrive at the \
      controller/origin; message_hops = Σ messages × network hops; max_node_messages = reports handled \
      by the busiest network node. Each row averages --seeds scatterings.

      Example: icon sim messages --topology data/topologies/eu_nren-interconnect.gml --origin DE
      """
  )

  @OptionGroup var topology: TopologyOptions
  @Option(help: "Comma-separated ICON counts.")
  var icons: String = "8,16,32,64,128,256,512,1024"
  @Option(help: "Random scatterings averaged per count.")
  var seeds: Int = 30
  @Option(help: "Base seed.")
  var seed: UInt64 = 1
  @OptionGroup var output: ExperimentOutputOptions

  func run() throws {
    let counts = try icons.split(separator: ",").map { text -> Int in
      guard let count = Int(text.trimmingCharacters(in: .whitespaces)), count >= 1 else {
        throw ValidationError("--icons: expected positive whole numbers separated by commas, got \(text)")
      }
      return count
    }
    guard seeds >= 1 else { throw ValidationError("--seeds must be at least 1") }
    let (paths, origin) = try topology.load()
    let reachable = paths.delays(from: origin).filter(\.isFinite).count
    if let tooMany = counts.first(where: { $0 > reachable }) {
      throw ValidationError("--icons \(tooMany) exceeds the \(reachable) nodes reachable from the origin")
    }
    var progress = ProgressBar(label: "messages")
    let rows = MessageCountExperiment(paths: paths, origin: origin, seed: seed).run(
      iconCounts: counts, seeds: seeds
    ) { progress.update($0, of: $1) }
    let table = ResultTable(
      columns: ["icons", "design", "root_messages", "total_messages", "message_hops", "max_node_messages"],
      rows: rows.map {
        [
          .number(Double($0.icons)), .text($0.design), .number($0.rootMessages), .number($0.totalMessages),
          .number($0.messageHops), .number($0.maxNodeMessages),
        ]
      })
    print(table.render(output.format), terminator: "")
    let series = { (design: String, suffix: String, value: (MessageCountExperiment.Row) -> Double) in
      LineChart.Series(
        name: design + suffix,
        points: rows.filter { $0.design == design }.map { (Double($0.icons), value($0)) },
        dashed: !suffix.isEmpty)
    }
    try output.write(
      LineChart(
        title: "Messages per reporting round (\(paths.topology.name))", xLabel: "ICONs",
        yLabel: "messages at the root / message hops ÷ 10",
        series: [
          series("centralized", "", { $0.rootMessages }), series("icon", "", { $0.rootMessages }),
          series("centralized", " hops ÷ 10", { $0.messageHops / 10 }),
          series("icon", " hops ÷ 10", { $0.messageHops / 10 }),
        ], logarithmicX: true))
  }
}

/// `icon sim adapt`: the paper's Fig. 5.
struct AdaptCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "adapt",
    abstract: "Adaptation time after the request pattern shifts: centralized against ICON (Fig. 5).",
    discussion: """
      A yard runs at every node. Six regions of three client subnets send 40 req/s per subnet; at \
      t = 300 s every region's demand moves 4 to 10 ms away. Both designs follow the same policy \
      (reports every second, decisions every 250 ms, 2 s smoothing). adaptation_ms runs from the shift until the \
      mean one-way client latency is within 10% of the optimum (the k-median of the new demand for the \
      number of instances serving clients at the end); it is empty if that never happens. messages \
      counts what was sent during adaptation; lookups the traces and DNS lookups the ICONs made to find \
      yards (with --yard-discovery path). Without --include-deploy instances start the moment their \
      command arrives, so only information propagation counts, as in the paper.

      Example: icon sim adapt --topology data/topologies/eu_nren-interconnect.gml --origin DE
      """
  )

  @OptionGroup var topology: TopologyOptions
  @Option(help: "Seed of the workload and the ICONs.")
  var seed: UInt64 = 1
  @Flag(help: "Add 10 s of instance start-up after each start command arrives.")
  var includeDeploy = false
  @Option(help: "How the ICONs' clients find them: redirects (from the origin) or nearest (DNS/anycast).")
  var discovery: Simulation.Discovery = .redirects
  @Option(
    help:
      "Which yards the ICONs know: full (every yard) or path (those on the shortest paths to their clients, learnt by traces and DNS lookups, and their parent's)."
  )
  var yardDiscovery: Simulation.YardDiscovery = .full
  @OptionGroup var output: ExperimentOutputOptions

  func run() throws {
    let (paths, origin) = try topology.load()
    var progress = ProgressBar(label: "adapt (centralized, then icon)")
    let rows = AdaptationExperiment(
      paths: paths, origin: origin, seed: seed, deployDelay: includeDeploy ? .seconds(10) : .zero,
      discovery: discovery, yardDiscovery: yardDiscovery
    ).run { progress.update($0, of: $1) }
    let table = ResultTable(
      columns: [
        "design", "adaptation_ms", "final_mean_latency_ms", "optimal_mean_latency_ms", "messages", "lookups",
      ],
      rows: rows.map {
        [
          .text($0.design), $0.adaptationMilliseconds.map { .number($0) } ?? .text(""),
          .number($0.finalMeanLatency), .number($0.optimalMeanLatency), .number(Double($0.messages)),
          .number(Double($0.lookups)),
        ]
      })
    print(table.render(output.format), terminator: "")
    let window = { (row: AdaptationExperiment.Row) in
      row.samples.filter { $0.time.seconds >= 295 && $0.time.seconds <= 330 }.map {
        ($0.time.seconds - 300, $0.meanLatency)
      }
    }
    try output.write(
      LineChart(
        title: "Mean client latency around the shift (\(paths.topology.name))",
        xLabel: "seconds after the shift",
        yLabel: "mean one-way latency (ms)",
        series: rows.map { LineChart.Series(name: $0.design, points: window($0)) }
          + rows.map { row in
            LineChart.Series(
              name: "\(row.design) optimum",
              points: [(-5, row.optimalMeanLatency), (30, row.optimalMeanLatency)],
              dashed: true)
          }))
  }
}

/// `icon sim run SCENARIO.yaml`: one simulation described by a file.
struct RunScenarioCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Simulate a scenario file: topology, yards, workload, policy, failures and duration.",
    discussion: """
      Prints a time series as CSV (one row per traffic interval): time_s, mean_latency_ms, \
      static_latency_ms (if the origin alone served everyone), optimal_latency_ms (k-median for the \
      serving instances), request_rate, instances, serving_instances, messages, spent (credits paid \
      in leases) and balance (credits the live ICONs hold). Draws mean latency and instances over time into an SVG \
      (--plot, by default the scenario's name with .svg). The format is in docs/scenarios.md; \
      examples/geant-shift.yaml is a complete example.
      """
  )

  @Argument(help: "The scenario (YAML).")
  var scenario: String
  @Option(help: "Write the CSV here instead of standard output.")
  var output: String?
  @Option(help: "Where to draw the SVG.")
  var plot: String?

  func run() throws {
    let loaded: Scenario
    do {
      loaded = try Scenario.load(path: scenario)
    } catch let error as ScenarioError {
      throw ValidationError(error.description)
    }
    let simulation = loaded.makeSimulation()
    var progress = ProgressBar(label: "simulating")
    let steps = 100
    for step in 1...steps {
      simulation.run(until: Instant.zero + loaded.duration * (Double(step) / Double(steps)))
      progress.update(step, of: steps)
    }
    let baselines = loaded.baselines(for: simulation.samples)
    let table = ResultTable(
      columns: [
        "time_s", "mean_latency_ms", "static_latency_ms", "optimal_latency_ms", "request_rate", "instances",
        "serving_instances", "messages", "spent", "balance",
      ],
      rows: zip(simulation.samples, baselines).map { sample, baseline in
        [
          .number(sample.time.seconds), .number(sample.meanLatency), .number(baseline.staticLatency),
          .number(baseline.optimalLatency), .number(sample.requestRate), .number(Double(sample.instances)),
          .number(Double(sample.servingInstances)), .number(Double(sample.messages)),
          .number(sample.spent.credits),
          .number(sample.balance.credits),
        ]
      })
    let csv = table.render(.csv)
    if let output {
      try OutputFile.write(csv, to: output, what: "the time series")
    } else {
      print(csv, terminator: "")
    }
    let plotPath = plot ?? (URL(fileURLWithPath: scenario).deletingPathExtension().lastPathComponent + ".svg")
    let chart = LineChart(
      title: "Scenario \(URL(fileURLWithPath: scenario).lastPathComponent)", xLabel: "simulated seconds",
      yLabel: "mean latency (ms) / instances",
      series: [
        LineChart.Series(
          name: "mean one-way latency (ms)",
          points: simulation.samples.map { ($0.time.seconds, $0.meanLatency) }),
        LineChart.Series(
          name: "optimum for the serving instances (ms)",
          points: zip(simulation.samples, baselines).map { ($0.time.seconds, $1.optimalLatency) },
          dashed: true),
        LineChart.Series(
          name: "origin only (ms)",
          points: zip(simulation.samples, baselines).map { ($0.time.seconds, $1.staticLatency) }, dashed: true
        ),
        LineChart.Series(
          name: "instances", points: simulation.samples.map { ($0.time.seconds, Double($0.instances)) },
          dashed: true),
      ])
    try OutputFile.write(chart.svg(), to: plotPath, what: "the plot")
    FileHandle.standardError.write(Data("plot written to \(plotPath)\n".utf8))
  }
}

extension Simulation.Discovery: ExpressibleByArgument {}
extension Simulation.YardDiscovery: ExpressibleByArgument {}

/// `icon sim scale`: the simulator's own speed at scale.
struct ScaleCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "scale",
    abstract: "Measure simulator speed on a synthetic graph with many ICONs and clients.",
    discussion: """
      Builds a random geometric graph of --nodes nodes over Europe, places --icons ICONs on random \
      nodes in a tree grown as replication grows it, and --clients client subnets (1 req/s each) served \
      by their nearest ICON; then simulates --sim-seconds of the overlay protocol under the default \
      policy. Prints events,wall_seconds,events_per_second,peak_rss_mb (wall time of the simulation \
      itself, not of building it). The tree is split into --threads even parts, whole branches cut at \
      links of half a millisecond or more, and each part runs on its own thread, never further ahead \
      of the others in simulated time than the shortest cut link takes; a tree that cannot be split \
      evenly, or --threads 1, runs on one thread. Run it in release mode: \
      swift run -c release icon sim scale …
      """
  )

  @Option(help: "Nodes of the synthetic graph.")
  var nodes: Int = 1_000
  @Option(help: "ICONs.")
  var icons: Int = 1_000
  @Option(help: "Client subnets.")
  var clients: Int = 10_000
  @Option(help: "Simulated seconds.")
  var simSeconds: Double = 600
  @Option(help: "Seed.")
  var seed: UInt64 = 1
  @Option(help: "Threads (default: one per processor).")
  var threads: Int = ProcessInfo.processInfo.activeProcessorCount
  @Option(help: "Output format: csv or json.")
  var format: OutputFormat = .csv

  func validate() throws {
    guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
    guard nodes >= 2, icons >= 1, clients >= 1, simSeconds > 0 else {
      throw ValidationError(
        "--nodes must be at least 2, --icons and --clients at least 1, --sim-seconds positive")
    }
  }

  func run() throws {
    var progress = ProgressBar(label: "scale")
    let result = ScaleExperiment(
      nodes: nodes, icons: icons, clients: clients, duration: .seconds(simSeconds), seed: seed,
      threads: threads
    ).run { progress.update($0, of: $1) }
    let counts = result.iconsPerThread.map(String.init).joined(separator: " + ")
    var how = result.lookahead.map { ", at most \($0.inSeconds * 1000) ms apart" } ?? ""
    if threads > 1, result.iconsPerThread.count == 1 {
      how += " (the tree does not split into \(threads) even parts at links of half a millisecond or more)"
    }
    FileHandle.standardError.write(
      Data("ran on \(result.iconsPerThread.count) thread(s), holding \(counts) ICONs\(how)\n".utf8))
    let table = ResultTable(
      columns: ["events", "wall_seconds", "events_per_second", "peak_rss_mb"],
      rows: [
        [
          .number(Double(result.events)), .number(result.wallSeconds),
          .number(result.eventsPerSecond.rounded()),
          .number(result.peakResidentMegabytes.rounded()),
        ]
      ])
    print(table.render(format), terminator: "")
  }
}
