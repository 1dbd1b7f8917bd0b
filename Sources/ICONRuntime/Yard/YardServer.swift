import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdCore
import ICONCore
import ICONLedger
import ICONTrust
import Logging
import ServiceLifecycle

#if canImport(Glibc)
  import Glibc
#endif

/// The yard's HTTP/JSON API. Every request but metrics, health and offer is signed (an `ICON-Credential`
/// header): by an application's owner or ICONs, for what concerns that application, or by the yard's
/// operator (its own key), who sees everything.
///
/// - `GET /metrics` (Prometheus's text format; unsigned, like health and offer)
/// - `GET /v1/health`, `GET /v1/offer`, `GET /v1/ledger` (sums), `GET /v1/ledger/entries` (a ``LedgerExport``)
/// - `GET /v1/instances`, `POST /v1/instances` (a ``DeployRequest``), `DELETE /v1/instances/{icon}`
/// - `POST /v1/instances/{icon}/lease` (a ``LeaseOrder`` under the ``Agreement`` of the deployment →
///   ``LeaseReceipt``), `GET /v1/instances/{icon}/ledger` (the ICON's own ledger)
/// - `POST /v1/instances/{icon}/stub` (a ``StubRequest``)
/// - containers: `POST /v1/instances/{icon}/commit` (→ ``WorkloadImage``), `GET /v1/images/{image}` (an
///   archive), `POST /v1/instances/{icon}/workload` (a ``WorkloadReplacement``)
package struct YardServer: Sendable {
  let yard: Yard

  /// The API of `yard`.
  package init(yard: Yard) { self.yard = yard }

  /// The answer to one request.
  package func respond(_ request: Request) async -> Response {
    let parts = request.uri.path.split(separator: "/").map(String.init)
    let response = await answer(request, parts: parts)
    yard.metrics.answered(Self.routeName(request.method, parts), status: response.status.code)
    return response
  }

  /// The name of the route `method parts` asks for, from a closed set (`unknown` for any other path).
  private static func routeName(_ method: HTTPRequest.Method, _ parts: [String]) -> String {
    switch (method, parts) {
    case (.get, ["v1", "health"]): return "health"
    case (.get, ["v1", "offer"]): return "offer"
    case (.get, ["metrics"]): return "metrics"
    default: return SignedRoute(method: method, parts: parts).map { caseName(of: $0) } ?? "unknown"
    }
  }

  private func answer(_ request: Request, parts: [String]) async -> Response {
    do {
      return try await route(request, parts: parts)
    } catch let problem as RequestProblem {
      return problem.response
    } catch let failure as TrustFailure {
      return Responses.error(.init(code: failure.status), failure.description)
    } catch let problem as YardProblem {
      switch problem {
      case .invalid(let message): return Responses.error(.badRequest, message)
      case .notFound(let message): return Responses.error(.notFound, message)
      case .conflict(let message): return Responses.error(.conflict, message)
      case .failed(let message): return Responses.error(.badGateway, message)
      }
    } catch {
      return Responses.error(.internalServerError, "\(error)")
    }
  }

  /// An endpoint that needs a signature, read off the request's method and path.
  private enum SignedRoute {
    case ledger, ledgerEntries, instances, deploy
    case remove(ICONID), stub(ICONID), commit(ICONID), workload(ICONID), lease(ICONID), iconLedger(ICONID)
    case image(String)

    init?(method: HTTPRequest.Method, parts: [String]) {
      guard parts.count >= 2, parts[0] == "v1" else { return nil }
      let icon = parts.count >= 3 ? ICONID(parts[2]) : nil
      switch (method, parts[1], parts.count, parts.count == 4 ? parts[3] : nil) {
      case (.get, "ledger", 2, _): self = .ledger
      case (.get, "ledger", 3, _) where parts[2] == "entries": self = .ledgerEntries
      case (.get, "instances", 4, "ledger"): self = .iconLedger(icon!)
      case (.get, "instances", 2, _): self = .instances
      case (.post, "instances", 2, _): self = .deploy
      case (.delete, "instances", 3, _): self = .remove(icon!)
      case (.post, "instances", 4, "stub"): self = .stub(icon!)
      case (.post, "instances", 4, "commit"): self = .commit(icon!)
      case (.post, "instances", 4, "workload"): self = .workload(icon!)
      case (.post, "instances", 4, "lease"): self = .lease(icon!)
      case (.get, "images", let count, _) where count >= 3:
        // the name may arrive encoded or not; its slashes split it either way
        let joined = parts[2...].joined(separator: "/")
        self = .image(joined.removingPercentEncoding ?? joined)
      default: return nil
      }
    }
  }

  /// The answer to `request`, whose path is split into `parts`.
  private func route(_ request: Request, parts: [String]) async throws -> Response {
    switch (request.method, parts) {
    case (.get, ["v1", "health"]):
      return Responses.json(["status": "ok", "name": yard.settings.name, "site": yard.settings.site.rawValue])
    case (.get, ["v1", "offer"]):
      return Responses.json(try await yard.offer())
    case (.get, ["metrics"]):
      return PlainResponse.text(try await yard.metricsText(), contentType: MetricsRegistry.contentType)
        .hummingbird
    default:
      break
    }
    guard let route = SignedRoute(method: request.method, parts: parts) else {
      return Responses.error(
        .notFound,
        "no such endpoint: \(request.method) \(request.uri.path) (GET /metrics, /v1/health, /v1/offer, /v1/ledger, "
          + "/v1/ledger/entries, /v1/instances, /v1/instances/{icon}/ledger, /v1/images/{image}; POST "
          + "/v1/instances, /v1/instances/{icon}/stub, "
          + "/v1/instances/{icon}/lease, /v1/instances/{icon}/commit, /v1/instances/{icon}/workload; "
          + "DELETE /v1/instances/{icon})")
    }
    // everything else is signed: read the body once, check who signed it, then decode it
    let body = try await Responses.body(of: request)
    // a deployment names the owner of an application that may be new here: read it before checking
    let deployment: DeployRequest? =
      if case .deploy = route { try Responses.decode(DeployRequest.self, from: body) } else { nil }
    let principal = try await yard.authenticate(
      request.headers[HTTPField.Name(Credential.headerName)!], method: request.method.rawValue,
      target: request.uri.description, body: Data(buffer: body), deploying: deployment)
    switch route {
    case .ledger:
      return Responses.json(try await yard.ledger(for: principal))
    case .ledgerEntries:
      return Responses.json(try await yard.ledgerEntries(for: principal))
    case .iconLedger(let icon):
      return Responses.json(try await yard.iconLedger(of: icon, by: principal))
    case .instances:
      return Responses.json(try await yard.instances(for: principal))
    case .deploy:
      return Responses.json(try await yard.deploy(deployment!, by: principal), status: .created)
    case .remove(let icon):
      try await yard.remove(icon, by: principal)
      return Responses.json(["status": "removed"])
    case .stub(let icon):
      let stub = try Responses.decode(StubRequest.self, from: body)
      try await yard.leaveStub(for: icon, stub, by: principal)
      return Responses.json(["status": "stub"])
    case .commit(let icon):
      return Responses.json(try await yard.commitWorkload(of: icon, by: principal), status: .created)
    case .workload(let icon):
      let replacement = try Responses.decode(WorkloadReplacement.self, from: body)
      try await yard.replaceWorkload(of: icon, replacement, by: principal)
      return Responses.json(["status": "replaced"])
    case .image(let image):
      let archive = try await yard.exportImage(image, by: principal)
      return Response(
        status: .ok, headers: [.contentType: "application/x-tar"],
        body: .init(byteBuffer: ByteBuffer(bytes: archive)))
    case .lease(let icon):
      let order = try Responses.decode(LeaseOrder.self, from: body)
      return Responses.json(try await yard.payLease(for: icon, order, by: principal))
    }
  }
}

/// The `icon yard` process: serves the API, tidies every 200 ms, and on SIGTERM stops serving while
/// the agents it started keep running (a restarted yard finds them again).
public enum YardProcess {
  /// The file a serving yard writes into its data folder: its URL.
  public static let readyFile = "yard.url"

  /// Starts `program yard` as a child process (output discarded, `environment` added to this
  /// process's) and waits until it serves; returns the process and the yard's URL.
  public static func spawn(
    name: String, site: String, price: Double, slot: Double, data: URL, program: String = ProgramPath.current,
    arguments extra: [String] = [], environment: [String: String] = [:]
  ) async throws -> (process: Process, url: String) {
    let ready = data.appendingPathComponent(readyFile)
    try? FileManager.default.removeItem(at: ready)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments =
      [
        "yard", "--name", name, "--site", site, "--price", String(price), "--slot", String(slot), "--data",
        data.path,
      ] + extra
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    let deadline = ContinuousClock.now + .seconds(20)
    while ContinuousClock.now < deadline {
      if let text = try? String(contentsOf: ready, encoding: .utf8), text.hasSuffix("\n") {
        return (process, text.trimmingCharacters(in: .whitespacesAndNewlines))
      }
      try await Task.sleep(for: .milliseconds(20))
    }
    throw RuntimeFailure("the yard \(name) did not start")
  }

  /// Kills yards started with ``spawn(name:site:price:slot:data:program:arguments:environment:)``
  /// (given with their URLs and data folders) and every agent and workload they recorded, then waits
  /// for the yards.
  public static func killAll(_ yards: [(process: Process, url: String, data: URL)]) async {
    var pids: [Int32] = []
    for yard in yards {
      if let records = try? await YardOperator(dataDirectory: yard.data.path).instances(at: yard.url) {
        pids += records.flatMap { [$0.pid, $0.workloadPID] }
      }
    }
    for yard in yards where yard.process.isRunning { kill(yard.process.processIdentifier, SIGKILL) }
    for pid in pids where pid > 0 { kill(pid, SIGKILL) }
    for yard in yards { yard.process.waitUntilExit() }
  }

  /// Runs until SIGTERM or SIGINT, serving the API and tidying; writes ``readyFile`` once it listens.
  public static func run(settings: YardSettings, driver: any InstanceDriver = ProcessDriver()) async throws {
    let yard = try Yard(settings: settings, driver: driver)
    let logger = {
      var logger = Logger(label: "icon.yard")
      logger.logLevel = .warning
      return logger
    }()
    let readyPath = URL(fileURLWithPath: settings.dataDirectory).appendingPathComponent(readyFile)
    let application = YardServer(yard: yard).application(logger: logger) { port in
      let url = settings.url(port: port)
      do {
        try await yard.start(url: url)
      } catch {
        logger.error("cannot read the yard's state: \(error)")
      }
      try? Data("\(url)\n".utf8).write(to: readyPath, options: .atomic)
      FileHandle.standardOutput.write(
        Data("yard \(settings.name) at site \(settings.site) listening on \(url)\n".utf8))
    }
    // shut down in reverse: tidying stops before the API does
    let group = ServiceGroup(
      configuration: .init(
        services: [yard.work, application, YardTidying(yard: yard, logger: logger)],
        gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
    try await group.run()
    await yard.shutdown()
  }
}

extension YardServer {
  /// The API as a Hummingbird application on the yard's address; `listening` is told the port.
  package func application(
    logger: Logger, listening: @escaping @Sendable (Int) async -> Void = { _ in }
  ) -> some ApplicationProtocol {
    let settings = yard.settings
    return Application(
      responder: CallbackResponder { request, _ in await respond(request) }
        as CallbackResponder<BasicRequestContext>,
      server: .http1(configuration: .init(idleTimeout: settings.connectionLimits.headTimeout)),
      configuration: .init(
        address: .hostname(settings.host, port: settings.port), serverName: nil,
        availableConnectionsDelegate: MaximumAvailableConnections(
          settings.connectionLimits.maximumConnections)),
      onServerRunning: { channel in await listening(channel.localAddress?.port ?? 0) },
      logger: logger)
  }
}

/// The yard's housekeeping as a service: ``Yard/tidy()`` every `period` until shutdown.
struct YardTidying: Service {
  let yard: Yard
  let logger: Logger
  var period: Duration = .milliseconds(200)

  func run() async {
    await cancelWhenGracefulShutdown {
      while !Task.isCancelled {
        try? await Task.sleep(for: period)
        guard !Task.isCancelled else { return }
        do { try await yard.tidy() } catch { logger.error("tidying failed: \(error)") }
      }
    }
  }
}
