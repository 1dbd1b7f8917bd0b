import AsyncHTTPClient
import Foundation
import ICONCore
import ICONDemo
import ICONLedger
import ICONRuntime
import ICONTestSupport
import ICONTrust
import NIOHTTP1

#if canImport(Glibc)
  import Glibc
#endif

/// Real yards on 127.0.0.1 (port 0) as child processes, a small European topology for emulated
/// latency, and clean-up of every process they started.
final class RuntimeCluster: @unchecked Sendable {
  struct YardHandle {
    var name: String
    var site: String
    var price: Double
    var data: URL
    var url: String
    var process: Process
  }

  /// Client subnets of the test topology and where they are.
  static let subnets = ["127.0.1.0/24": "Stockholm", "127.0.2.0/24": "Madrid", "127.0.3.0/24": "Paris"]

  let folder: URL
  private(set) var yards: [String: YardHandle] = [:]
  let slot: Double
  /// Extra `icon yard` arguments per yard name, such as `--driver engine`.
  let yardArguments: @Sendable (String) -> [String]
  private let client = JSONClient()
  /// The applications' owner, with a key of its own, also written to ``ownerKeyFile``.
  let owner = OwnerClient(key: SigningKey())
  /// The owner's key file, for `icon app` commands (`ICON_OWNER_KEY`).
  var ownerKeyFile: String { folder.appendingPathComponent("owner.key").path }

  /// Starts one yard per `(name, site, price)`, each with `yardArguments(name)` besides.
  init(
    yards specs: [(String, String, Double)], slot: Double = 2,
    yardArguments: @escaping @Sendable (String) -> [String] = { _ in [] }
  ) async throws {
    self.yardArguments = yardArguments
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "icon-runtime-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try owner.key.write(to: folder.appendingPathComponent("owner.key").path)
    self.slot = slot
    try Self.topology.write(
      to: folder.appendingPathComponent("europe.json"), atomically: true, encoding: .utf8)
    for (name, site, price) in specs {
      yards[name] = try await startYard(
        name: name, site: site, price: price, data: folder.appendingPathComponent(name))
    }
  }

  /// Starts (or restarts) a yard on `data`.
  func startYard(name: String, site: String, price: Double, data: URL) async throws -> YardHandle {
    let (process, url) = try await YardProcess.spawn(
      name: name, site: site, price: price, slot: slot, data: data, program: IconProgram.url.path,
      arguments: ["--allow-program", "icon"] + yardArguments(name))
    return YardHandle(name: name, site: site, price: price, data: data, url: url, process: process)
  }

  /// Kills yard `name` with SIGKILL and starts it again on the same data.
  func restartYard(_ name: String) async throws {
    guard let yard = yards[name] else { return }
    kill(yard.process.processIdentifier, SIGKILL)
    yard.process.waitUntilExit()
    yards[name] = try await startYard(name: name, site: yard.site, price: yard.price, data: yard.data)
  }

  func url(_ yard: String) -> String { yards[yard]!.url }

  /// A manifest of the demo workload over all yards, with emulated latency and quick reactions.
  func manifest(
    name: String = "shop", discovery: AppManifest.Discovery = .redirect, missedReports: Int = 3
  ) -> AppManifest {
    var policy = OwnerPolicy()
    policy.reportPeriod = .milliseconds(500)
    policy.decisionPeriod = .milliseconds(500)
    policy.smoothingWindow = .seconds(1)
    policy.actionCooldown = .seconds(1)
    policy.missedReportsBeforeFailure = missedReports
    policy.latencyScale = 10
    policy.stubTTL = .seconds(60)
    return AppManifest(
      name: name, workload: .init(command: ["icon", "workload"], stateHooks: true), policy: policy,
      budget: 1000,
      discovery: discovery, yards: yards.values.map(\.url).sorted(),
      latency: LatencySettings(
        mode: .emulated, topology: folder.appendingPathComponent("europe.json").path, subnets: Self.subnets),
      seed: 7)
  }

  /// The instances yard `name` records, as its operator sees them.
  func instances(_ name: String) async throws -> [InstanceRecord] {
    try await YardOperator(dataDirectory: yards[name]!.data.path).instances(at: url(name))
  }

  /// The ledger of yard `name`, as its operator sees it.
  func ledger(_ name: String) async throws -> YardLedger {
    try await YardOperator(dataDirectory: yards[name]!.data.path).ledger(at: url(name))
  }

  /// Requests to yard `name` signed by the owner of the application `application`.
  func asOwner(at name: String, application: String = "shop") async throws -> Signing {
    let offer = try await owner.offer(at: url(name))
    return Signing(
      RequestSigner(key: owner.key, application: self.application(application)), for: offer.audience)
  }

  /// The id of the owner's application `name`, and of its origin.
  func application(_ name: String = "shop") -> ApplicationID { owner.application(name) }
  func origin(_ name: String = "shop") -> ICONID { ApplicationIdentity.origin(of: application(name)) }

  /// The yard whose instance answers at `agentURL`, if any.
  func yard(serving agentURL: String) async -> String? {
    for name in yards.keys.sorted() {
      if let list = try? await instances(name),
        list.contains(where: { $0.url == agentURL && $0.state == .running })
      {
        return name
      }
    }
    return nil
  }

  /// Polls `condition` every 100 ms until it holds or `timeout` passes; returns whether it held.
  func eventually(within timeout: Duration, _ condition: () async throws -> Bool) async -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
      if (try? await condition()) == true { return true }
      try? await Task.sleep(for: .milliseconds(100))
    }
    return false
  }

  /// Stops every yard, agent and workload this cluster started, and removes its files.
  func shutdown() async {
    await YardProcess.killAll(yards.values.map { (process: $0.process, url: $0.url, data: $0.data) })
    try? FileManager.default.removeItem(at: folder)
  }

  /// Four cities of the demo's backbone on a line of links: Stockholm – Frankfurt – Paris – Madrid.
  static let topology = EuropeanBackbone.nodeLinkJSON(
    EuropeanBackbone.line(through: ["Stockholm", "Frankfurt", "Paris", "Madrid"], name: "runtime-test"))
}

/// How an HTTP exchange ended: 200 and the body, the status and message of an error answer, or 0 and
/// the error when no answer came.
func outcome(of exchange: () async throws -> Data) async -> (status: Int, message: String) {
  do {
    return (200, String(decoding: try await exchange(), as: UTF8.self))
  } catch let error as HTTPStatusError {
    return (error.status, error.message)
  } catch {
    return (0, "\(error)")
  }
}

/// A client loop from one subnet, recording every outcome.
actor ClientLoop {
  private(set) var outcomes: [LoopbackClient.Outcome] = []
  private var task: Task<Void, Never>?
  private var running = true

  /// Starts sending `method path` to `base` from `source` every `interval`.
  func start(
    source: String, base: String, path: String = "/", method: HTTPMethod = .GET,
    interval: Duration = .milliseconds(25)
  ) {
    let client = LoopbackClient(source: source)
    task = Task {
      var target = base
      while self.running {
        let outcome = await client.send(method, base: target, path: path)
        self.record(outcome)
        target = outcome.nextTarget(entry: base)
        try? await Task.sleep(for: interval)
      }
    }
  }

  private func record(_ outcome: LoopbackClient.Outcome) { outcomes.append(outcome) }

  /// Stops the loop once its request in flight is answered (a cancelled request could be served
  /// without its answer being recorded).
  func stop() async {
    running = false
    await task?.value
  }

  /// The requests that got no answer or an error status.
  var failures: [LoopbackClient.Outcome] { outcomes.filter { ($0.status ?? 599) >= 400 } }
}
