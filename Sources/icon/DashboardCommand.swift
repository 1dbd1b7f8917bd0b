import ArgumentParser
import Foundation
import ICONDashboard
import ICONRuntime
import ICONTrust
import ServiceLifecycle

/// `icon dashboard`: the live dashboard for a real deployment.
struct DashboardCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dashboard",
    abstract: "Serve a live dashboard of an application's tree: a map, client groups and a timeline.",
    discussion: """
      Reads the application's tree through a yard every second, as `icon app tree` does (each ICON \\
      signs its status), and serves a page that draws it on a map: each ICON at its site with its \\
      load, latency and balance, the client groups as dots weighted by their rates, and a timeline of \\
      migrations, replications, terminations, elections and refusals, updated live. The page needs no \\
      external scripts or fonts; the arrow keys move through the ICONs.

      Sites are placed by their coordinates in the manifest's latency topology (--manifest), and client \\
      subnets at the cities the manifest names for them; without a manifest the sites stand on a ring.

      Example:
        icon dashboard shop --yard http://127.0.0.1:7001 --manifest shop.yaml
        # then open http://127.0.0.1:7070
      """)

  @Argument(help: "The application's name.") var name: String
  @OptionGroup var yard: AppCommand.YardOption
  @Option(help: "The application's manifest (YAML), for the map's coordinates.") var manifest: String?
  @Option(help: "The address to serve on.") var host = "127.0.0.1"
  @Option(help: "The port to serve on (0: any free port).") var port = 7070

  func run() async throws {
    let owner = try yard.owner()
    let geography =
      try manifest.map { try Geography(manifest: try AppManifest.load(path: $0)) } ?? Geography()
    let hub = DashboardHub()
    let (url, server) = try await DashboardServer.start(hub: hub, host: host, port: port)
    // written at once: a supervisor or a test reads it from a pipe or a file
    FileHandle.standardOutput.write(Data("dashboard: \(url)\n".utf8))
    let watcher = TreeWatcher(owner: owner, application: name, yard: yard.yard, geography: geography)
    let watching = Task {
      await watcher.run(into: hub) { problem in
        FileHandle.standardError.write(Data("cannot read the tree: \(problem)\n".utf8))
      }
    }
    // until Ctrl-C or SIGTERM
    let (signals, stop) = AsyncStream<Void>.makeStream()
    let sources = onStopSignals { _ in stop.yield() }
    for await _ in signals { break }
    sources.forEach { $0.cancel() }
    watching.cancel()
    server.cancel()
  }
}
