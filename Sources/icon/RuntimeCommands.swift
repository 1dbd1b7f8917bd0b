import ArgumentParser
import Foundation
import ICONCore
import ICONDemo
import ICONRuntime
import Logging

/// `icon yard`: the daemon an edge provider runs on each host.
struct YardCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "yard",
    abstract: "Run a yard: host ICON instances at one site and charge their leases.",
    discussion: """
      A yard serves an HTTP/JSON API (GET /v1/offer, POST /v1/instances, …) that ICONs use to \
      replicate and migrate themselves here. Each instance runs as an `icon agent` child process \
      wrapping the application's workload. Instances, leases and redirect stubs are kept in \
      DATA/yard.sqlite, so a yard restarted on the same --data still answers for all it had; the agents \
      keep running while the yard restarts.

      With --driver engine, the workload of an application whose manifest names an `image` runs as a \
      container of a Docker or Podman engine (Docker Engine API v1.41, unix socket or TCP; see \
      docs/containers.md); agents stay processes.

      Tenant code runs only in containers, or as a process when its operator allows the program: a \
      workload without an image whose command's first word is not named by --allow-program is \
      refused (403). Every request but GET /v1/health and /v1/offer is signed (see docs/security.md); \
      the yard's key is DATA/yard.key, created on first start.

      Example: icon yard --name paris --listen 127.0.0.1:7001 --site Paris --price 2 --data /tmp/paris \
      --allow-program icon
      """)

  /// How workloads run.
  enum Driver: String, ExpressibleByArgument, CaseIterable {
    case process, engine
  }

  @Option(help: "The yard's name.") var name: String
  @Option(help: "Address to listen on, HOST:PORT (port 0 picks a free one).") var listen = "127.0.0.1:0"
  @Option(help: "The site this yard runs at (a topology node label when latency is emulated).") var site:
    String
  @Option(help: "Lease per slot, in credits.") var price = 1.0
  @Option(help: "Slot length in seconds.") var slot = 60.0
  @Option(help: "How many instances it hosts at most.") var capacity = 16
  @Option(help: "Folder for the database and instance files (default: ~/.local/state/icon/yards/NAME).")
  var data: String?
  @Option(help: "How workloads run: process, or engine (images as containers).") var driver = Driver.process
  @Option(
    help: ArgumentHelp(
      "A program a workload without an image may run as a process (repeat for more; `icon` is this program).",
      valueName: "NAME"))
  var allowProgram: [String] = []
  @Option(
    help:
      "The URL this yard and its agents give out, such as http://203.0.113.7:7001 (default: the listening address; required when it is 0.0.0.0 or ::)."
  )
  var advertise: String?
  @Option(
    help:
      "The container engine for --driver engine: unix:///PATH or tcp://HOST:PORT (default: $ICON_ENGINE, else $DOCKER_HOST, else unix:///var/run/docker.sock)."
  )
  var engine: String?

  func validate() throws {
    guard price >= 0, slot > 0, capacity >= 0 else {
      throw ValidationError("--price must be ≥ 0, --slot > 0 and --capacity ≥ 0")
    }
    let (host, _) = try address()
    if let advertise {
      guard let url = URL(string: advertise), url.scheme == "http", let advertised = url.host,
        !advertised.isEmpty
      else { throw ValidationError("--advertise expects http://HOST[:PORT], got `\(advertise)`") }
      guard !YardSettings.isUnspecified(advertised) else {
        throw ValidationError("--advertise must name an address others can reach, not \(advertised)")
      }
    } else if YardSettings.isUnspecified(host) {
      throw ValidationError(
        "listening on \(host) reaches every interface, but no one can connect to \(host): give --advertise "
          + "http://ADDRESS:PORT with the address others reach this host at")
    }
  }

  func address() throws -> (host: String, port: Int) {
    guard let colon = listen.lastIndex(of: ":"), let port = Int(listen[listen.index(after: colon)...]),
      (0...65535).contains(port)
    else { throw ValidationError("--listen expects HOST:PORT, such as 127.0.0.1:7001, got `\(listen)`") }
    return (String(listen[..<colon]), port)
  }

  /// `$XDG_STATE_HOME/icon/yards/NAME`, else `~/.local/state/icon/yards/NAME`.
  static func defaultData(name: String) -> String {
    let environment = ProcessInfo.processInfo.environment
    let state = environment["XDG_STATE_HOME"] ?? (NSHomeDirectory() + "/.local/state")
    return "\(state)/icon/yards/\(name)"
  }

  func run() async throws {
    LoggingSystem.bootstrap(StreamLogHandler.standardError)
    let (host, port) = try address()
    let settings = YardSettings(
      name: name, host: host, port: port, site: SiteID(site), price: .credits(price), slot: .seconds(slot),
      capacity: capacity, dataDirectory: data ?? Self.defaultData(name: name),
      allowedPrograms: Set(allowProgram),
      advertise: advertise)
    switch driver {
    case .process:
      try await YardProcess.run(settings: settings)
    case .engine:
      let engine = try ContainerEngine(address: engine ?? ContainerEngine.defaultAddress)
      do {
        let version = try await engine.version()
        FileHandle.standardError.write(Data("container engine \(version) at \(engine.address)\n".utf8))
      } catch {
        FileHandle.standardError.write(
          Data("warning: \(error); deployments of images will fail until it answers\n".utf8))
      }
      try await YardProcess.run(settings: settings, driver: EngineDriver(engine: engine, yard: name))
    }
  }
}

/// `icon agent`: one per ICON, started by its yard.
struct AgentCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "agent",
    abstract: "Run one ICON's agent (yards start these; you rarely need to).",
    discussion: """
      The agent holds the ICON's decision engine, starts the workload with PORT set, reverse-proxies \
      client HTTP to it, meters requests per client subnet, and talks to its parent, children and yards. \
      It reads the configuration its yard wrote and, once serving, writes ready.json beside it.
      """)

  @Option(help: "The configuration file its yard wrote.") var config: String

  func run() async throws {
    LoggingSystem.bootstrap(StreamLogHandler.standardError)
    try await AgentProcess.run(configurationFile: config)
  }
}

/// `icon workload`: the bundled demo service.
struct WorkloadCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "workload",
    abstract: "Run the bundled stateful demo service (a counter and a key-value store).",
    discussion: """
      Listens on 127.0.0.1 at --port or $PORT. GET / greets, POST /count counts, PUT and GET /kv/KEY \
      store values, GET /whoami shows the client's address as the agent forwarded it; GET and PUT \
      /_icon/state let a migrating ICON carry its state. For streaming: GET /bytes/N sends N bytes \
      (add ?chunked for a body without a length), PUT /sink counts a body of any size, and GET /echo \
      with Upgrade: websocket echoes every WebSocket message.
      """)

  @Option(help: "Port (default: $PORT).") var port: Int?

  func run() async throws {
    let environment = ProcessInfo.processInfo.environment
    guard let port = port ?? environment["PORT"].flatMap(Int.init) else {
      throw ValidationError("give --port or set PORT")
    }
    try await DemoWorkload.run(port: port, site: environment["ICON_SITE"] ?? "here")
  }
}
