import Foundation
import Hummingbird
import HummingbirdTesting
import ICONCore
import ICONRuntime
import Logging
import Synchronization
import Testing

/// The yard's HTTP API in process, over a real SQLite file, with a driver that starts nothing: what each
/// request does to the yard's records, without processes or sockets.
@Suite struct YardAPITests {
  /// A driver that records what the yard asks of it; instances are alive until ``kill(_:)``.
  final class RecordingDriver: InstanceDriver {
    struct Calls {
      var started: [ICONID] = []
      var stopped: [String] = []
      var parked: [String] = []
      var dead: Set<String> = []
    }
    let calls = Mutex(Calls())

    func start(_ configuration: AgentConfiguration, folder: URL) async throws -> StartedInstance {
      calls.withLock { $0.started.append(configuration.deployment.icon) }
      return StartedInstance(
        url: "http://agent.test/\(configuration.deployment.icon)", pid: 0, workloadPID: 0)
    }
    func isAlive(_ instance: StartedInstance) -> Bool { !calls.withLock { $0.dead.contains(instance.url) } }
    func stop(_ instance: StartedInstance, grace: Duration, keepWorkload: Bool) async {
      calls.withLock { $0.stopped.append(instance.url) }
    }
    func park(_ instance: StartedInstance) async { calls.withLock { $0.parked.append(instance.url) } }
    func discard(_ instance: StartedInstance) async {}
    func reconcile(owned: [StartedInstance]) async throws {}
  }

  /// A yard named `paris` with `capacity` slots, its data in a new temporary folder.
  static func withYard(
    capacity: Int = 4, _ body: @Sendable (any TestClientProtocol, RecordingDriver) async throws -> Void
  ) async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("icon-yard-\(UUID())")
    defer { try? FileManager.default.removeItem(at: folder) }
    let driver = RecordingDriver()
    let settings = YardSettings(
      name: "paris", site: "Paris", price: 2, capacity: capacity, dataDirectory: folder.path)
    let yard = try Yard(settings: settings, driver: driver)
    try await yard.start(url: "http://yard.test")
    let application = YardServer(yard: yard).application(logger: Logger(label: "test"))
    try await application.test(.router) { client in try await body(client, driver) }
  }

  static func deployment(_ icon: ICONID, application: ApplicationID = "shop") -> ByteBuffer {
    let manifest = AppManifest(name: application.rawValue, workload: .init(command: ["icon", "workload"]))
    let engine = EngineConfiguration.origin(
      id: icon, application: application, site: SiteOffer(site: "Paris"), budget: 10, seed: 1)
    let request = DeployRequest(icon: icon, manifest: manifest, start: .fresh(engine), peers: [:])
    return ByteBuffer(data: try! JSONEncoder().encode(request))
  }

  static func json<Body: Encodable>(_ body: Body) -> ByteBuffer {
    ByteBuffer(data: try! JSONEncoder().encode(body))
  }

  static func instances(_ client: any TestClientProtocol) async throws -> [InstanceRecord] {
    try await client.execute(uri: "/v1/instances", method: .get) {
      try JSONDecoder().decode([InstanceRecord].self, from: Data(buffer: $0.body))
    }
  }

  @Test func aDeployRunsOnceAndAFullYardRefuses() async throws {
    try await Self.withYard(capacity: 2) { client, driver in
      let first = try await client.execute(uri: "/v1/instances", method: .post, body: Self.deployment("shop"))
      let again = try await client.execute(uri: "/v1/instances", method: .post, body: Self.deployment("shop"))
      let second = try await client.execute(
        uri: "/v1/instances", method: .post, body: Self.deployment("blog"))
      let full = try await client.execute(uri: "/v1/instances", method: .post, body: Self.deployment("wiki"))
      let offer = try await client.execute(uri: "/v1/offer", method: .get) {
        try JSONDecoder().decode(YardOffer.self, from: Data(buffer: $0.body))
      }
      #expect(first.status == .created)
      #expect(again.status == .conflict && String(buffer: again.body).contains("shop already runs here"))
      #expect(second.status == .created)
      #expect(full.status == .conflict && String(buffer: full.body).contains("paris is full (capacity 2)"))
      #expect(driver.calls.withLock { $0.started } == ["shop", "blog"])
      #expect(offer.offer.freeCapacity == 0 && offer.url == "http://yard.test")
      #expect(try await Self.instances(client).map(\.state) == [.running, .running])
    }
  }

  @Test func leasesAreRecordedOnlyForTheirOwnApplicationAndNeverNegative() async throws {
    try await Self.withYard { client, _ in
      _ = try await client.execute(uri: "/v1/instances", method: .post, body: Self.deployment("shop"))
      let lease = "/v1/instances/shop/lease"
      let negative = try await client.execute(
        uri: lease, method: .post, body: Self.json(LeasePayment(application: "shop", amount: Money(-1))))
      let foreign = try await client.execute(
        uri: lease, method: .post, body: Self.json(LeasePayment(application: "blog", amount: 2)))
      let paid = try await client.execute(
        uri: lease, method: .post, body: Self.json(LeasePayment(application: "shop", amount: 2)))
      let ghost = try await client.execute(
        uri: "/v1/instances/ghost/lease", method: .post,
        body: Self.json(LeasePayment(application: "shop", amount: 2)))
      let ledger = try await client.execute(uri: "/v1/ledger", method: .get) {
        try JSONDecoder().decode(YardLedger.self, from: Data(buffer: $0.body))
      }
      #expect(negative.status == .badRequest)
      #expect(foreign.status == .badRequest && String(buffer: foreign.body).contains("belongs to shop"))
      #expect(paid.status == .ok)
      #expect(ghost.status == .notFound)
      #expect(ledger.paid == ["shop": 2])
      #expect(try await Self.instances(client).first?.paid == 2)
    }
  }

  @Test func aLivingICONCannotBeReportedLostButLeavesItsOwnStub() async throws {
    try await Self.withYard { client, driver in
      _ = try await client.execute(uri: "/v1/instances", method: .post, body: Self.deployment("shop"))
      let stub = "/v1/instances/shop/stub"
      let lost = try await client.execute(
        uri: stub, method: .post,
        body: Self.json(StubRequest(location: "http://elsewhere", ttlSeconds: 60, reportedLost: true)))
      let stateAfterReport = try await Self.instances(client).first?.state
      let left = try await client.execute(
        uri: stub, method: .post, body: Self.json(StubRequest(location: "http://elsewhere", ttlSeconds: 60)))
      let negative = try await client.execute(
        uri: stub, method: .post, body: Self.json(StubRequest(location: nil, ttlSeconds: -1)))
      let record = try await Self.instances(client).first
      #expect(lost.status == .conflict && String(buffer: lost.body).contains("alive"))
      #expect(stateAfterReport == .running)
      #expect(left.status == .ok)
      #expect(negative.status == .badRequest)
      #expect(record?.state == .stub && record?.stubLocation == "http://elsewhere")
      #expect(driver.calls.withLock { $0.parked } == ["http://agent.test/shop"])
    }
  }

  @Test func removingStopsTheInstanceAndEndsItsRecord() async throws {
    try await Self.withYard { client, driver in
      _ = try await client.execute(uri: "/v1/instances", method: .post, body: Self.deployment("shop"))
      let removed = try await client.execute(uri: "/v1/instances/shop", method: .delete)
      let unknown = try await client.execute(uri: "/v1/nothing", method: .get)
      #expect(removed.status == .ok)
      #expect(driver.calls.withLock { $0.stopped } == ["http://agent.test/shop"])
      #expect(try await Self.instances(client).first?.state == .ended)
      #expect(unknown.status == .notFound && String(buffer: unknown.body).contains("no such endpoint"))
    }
  }
}
