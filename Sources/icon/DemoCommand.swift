import ArgumentParser
import Dispatch
import Foundation
import ICONDemo
import ICONRuntime
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// `icon demo`: the whole system, live, on this machine.
struct DemoCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo",
    abstract: "Watch ICONs spread toward their users: real yards, agents and clients on this machine.",
    discussion: """
      Starts six yards at European hubs as real processes on loopback (a cheap cloud in Helsinki, \
      edges in Madrid, London, Frankfurt, Rome and Vienna), deploys a small stateful service at the \
      cloud, and sends client traffic from seven other cities, each from its own loopback subnet. \
      Halfway through, the hotspot moves from the west (Lisbon, Barcelona, Paris, Dublin) to Milan, \
      Prague and Budapest. Latency is emulated from the cities' distances (see docs/demo.md). Every \
      process it starts is stopped at the end, on Ctrl-C and on SIGTERM.

      While it runs, a live dashboard (the tree on a map, client groups, a timeline of migrations, \
      replications, terminations, elections and refusals) is served at the URL it prints as \
      `dashboard: URL`; open it in a browser. The line `owner tools: …` says how to run the owner's \
      commands (`icon app tree`, `icon app explain`) against the running demo.

      --topology spreads yards and clients over any topology file; --scenario reads yards, clients, \
      budget and policy from a YAML file (docs/demo.md; examples/demo-scenario.yaml).
      """)

  @Option(help: "How long to run, in seconds.") var duration = 60.0
  @Flag(help: "Print only the summary, as JSON (the live view goes to standard error).") var json = false
  @Flag(help: "Every 15 s kill -9 a random agent (once, the origin's) and watch the overlay repair itself.")
  var chaos = false
  @Option(help: "Seconds between two kills with --chaos.") var chaosPeriod = 15.0
  @Option(help: "The clients' rates and numbers, times the scenario's (bench/soak.sh runs 10).")
  var loadFactor = 1.0
  @Option(
    help:
      "A topology (Zoo GML or node-link JSON) to run on instead of the built-in backbone: yards and clients are spread over it."
  )
  var topology: String?
  @Option(help: "A demo scenario (YAML: yards, clients, budget, policy) to run instead of the built-in one.")
  var scenario: String?
  @Option(help: "How the workload runs: process, or engine (in containers; see docs/containers.md).")
  var driver = YardCommand.Driver.process
  @Option(
    help:
      "The container engine for --driver engine (default: $ICON_ENGINE, else $DOCKER_HOST, else unix:///var/run/docker.sock)."
  )
  var engine: String?
  @Flag(help: "Keep the yards' databases and the instances' logs and purse files, and say where they are.")
  var keepFiles = false
  @Option(
    help:
      "How ICONs find yards: dns (announced in a zone the demo serves, found along the backbone's paths to clients) or static (the application lists them all)."
  )
  var yardDiscovery = YardDiscoverySettings.Mode.dns
  @Option(help: "Where to write the report with charts and the final tree.") var report =
    "icon-demo-report.html"
  @Option(help: "The port of the live dashboard on 127.0.0.1 (0: any free port).") var dashboardPort = 0
  @Flag(help: "Serve no dashboard.") var noDashboard = false

  func validate() throws {
    guard yardDiscovery != .both else { throw ValidationError("--yard-discovery is dns or static") }
    guard duration >= 10 else { throw ValidationError("--duration must be at least 10 seconds") }
    guard chaosPeriod >= 5 else { throw ValidationError("--chaos-period must be at least 5 seconds") }
    guard (0.1...100).contains(loadFactor) else { throw ValidationError("--load-factor must be 0.1 to 100") }
    guard topology == nil || scenario == nil else {
      throw ValidationError("give --topology or --scenario, not both (a scenario names its own topology)")
    }
  }

  func run() async throws {
    let scenario =
      try scenario.map { try DemoScenario.load(path: $0) } ?? topology.map {
        try DemoScenario.from(topology: $0)
      }
      ?? .builtIn
    let containers =
      driver == .engine
      ? DemoContainers(engine: try ContainerEngine(address: engine ?? ContainerEngine.defaultAddress)) : nil
    let demo = DemoRun(
      duration: duration, chaos: chaos, chaosPeriod: chaosPeriod, loadFactor: loadFactor, scenario: scenario,
      keepFiles: keepFiles, containers: containers, yardDiscovery: yardDiscovery)
    demo.dashboard = noDashboard ? nil : ("127.0.0.1", dashboardPort)
    // Ctrl-C, and SIGTERM from `timeout`, a supervisor or CI: stop every process the demo started first.
    let stopSignals = onStopSignals { number in
      Task {
        await Self.stop(demo)
        Glibc.exit(128 + number)
      }
    }
    defer { stopSignals.forEach { $0.cancel() } }
    let json = json
    let terminal = isatty(json ? STDERR_FILENO : STDOUT_FILENO) == 1
    let result: DemoReport
    do {
      let announced = Mutex("")
      let write: @Sendable (String) -> Void = { text in
        (json ? FileHandle.standardError : FileHandle.standardOutput).write(Data(text.utf8))
      }
      result = try await demo.run(
        announce: { line in
          announced.withLock { $0 += line + "\n" }
          write(line + "\n")
        },
        show: { view in
          write((terminal ? "\u{1B}[H\u{1B}[2J" : "\n") + announced.withLock { $0 } + view + "\n")
        })
    } catch {
      await Self.stop(demo)
      throw error
    }
    await Self.stop(demo)
    try OutputFile.write(DemoReportPage.render(result), to: report, what: "the report")
    if !result.failureReasons.isEmpty {
      let lines = result.failureLines.map { "  \($0)\n" }.joined()
      FileHandle.standardError.write(Data("failed requests, by what went wrong:\n\(lines)".utf8))
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = json ? [.sortedKeys] : [.sortedKeys, .prettyPrinted]
    print(String(decoding: try encoder.encode(result.summary), as: UTF8.self))
    if !json { print("report: \(report)") }
    if keepFiles {
      FileHandle.standardError.write(Data("yards' and instances' files: \(demo.folder.path)\n".utf8))
    }
  }

  /// Shuts the demo down and names any container the engine would not remove.
  private static func stop(_ demo: DemoRun) async {
    let left = await demo.shutdown()
    guard !left.isEmpty else { return }
    FileHandle.standardError.write(
      Data(
        "warning: the engine would not remove \(left.count) container(s) of this demo: \(left.joined(separator: " "))\n"
          .utf8))
  }
}

extension YardDiscoverySettings.Mode: ExpressibleByArgument {}

/// Calls `handler` with the signal's number on SIGINT (Ctrl-C) or SIGTERM (`timeout`, a supervisor, CI),
/// instead of their default action; the sources stop listening once cancelled.
func onStopSignals(_ handler: @escaping @Sendable (Int32) -> Void) -> [any DispatchSourceSignal] {
  [SIGINT, SIGTERM].map { number in
    let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
    signal(number, SIG_IGN)
    source.setEventHandler { handler(number) }
    source.resume()
    return source
  }
}
