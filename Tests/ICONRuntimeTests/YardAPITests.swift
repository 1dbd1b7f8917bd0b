import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ICONCore
import ICONLedger
import ICONRuntime
import ICONTrust
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
      var failing = false
    }
    let calls = Mutex(Calls())

    func start(_ configuration: AgentConfiguration, folder: URL) async throws -> StartedInstance {
      if calls.withLock({ $0.failing }) { throw RuntimeFailure("the test's driver fails every start") }
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

  /// An application's owner as a test signs for it.
  struct Owner {
    let key = SigningKey()
    let name: String
    var application: ApplicationID { ApplicationIdentity.application(name: name, owner: key.publicKey) }
    var origin: ICONID { ApplicationIdentity.origin(of: application) }
    var signer: RequestSigner { RequestSigner(key: key, application: application) }
  }

  /// The yard under test through its router, with every request signed as asked.
  struct Client {
    let client: any TestClientProtocol
    let yard: YardIdentity

    /// `method uri` with `body`, signed by `signer` (nil: unsigned).
    func execute(
      _ uri: String, _ method: HTTPRequest.Method, body: ByteBuffer = ByteBuffer(), by signer: RequestSigner?
    ) async throws -> TestResponse {
      var headers = HTTPFields()
      if let signer {
        let credential = signer.credential(
          method: method.rawValue, target: uri, body: Data(buffer: body), audience: yard.audience,
          now: Int64(Date().timeIntervalSince1970 * 1e9))
        headers[HTTPField.Name(Credential.headerName)!] = credential.header
      }
      return try await client.execute(uri: uri, method: method, headers: headers, body: body)
    }

    /// The instances `signer` may see.
    func instances(by signer: RequestSigner) async throws -> [InstanceRecord] {
      let response = try await execute("/v1/instances", .get, by: signer)
      return try JSONDecoder().decode([InstanceRecord].self, from: Data(buffer: response.body))
    }
  }

  /// A yard named `paris` with `capacity` slots that runs the program `icon`, its data in a new
  /// temporary folder.
  static func withYard(
    capacity: Int = 4, _ body: @Sendable (Client, RecordingDriver) async throws -> Void
  ) async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("icon-yard-\(UUID())")
    defer { try? FileManager.default.removeItem(at: folder) }
    let driver = RecordingDriver()
    let settings = YardSettings(
      name: "paris", site: "Paris", price: 2, capacity: capacity, dataDirectory: folder.path,
      allowedPrograms: ["icon"])
    let yard = try Yard(settings: settings, driver: driver)
    try await yard.start(url: "http://yard.test")
    let identity = YardIdentity(signing: try SigningKey.load(at: settings.keyFile))
    let application = YardServer(yard: yard).application(logger: Logger(label: "test"))
    try await application.test(.router) { client in
      try await body(Client(client: client, yard: identity), driver)
    }
  }

  /// The request deploying the origin of `owner`'s application to the yard of `yard`, with
  /// `workload`; `edit` may change it.
  static func deployment(
    of owner: Owner, to yard: YardIdentity,
    workload: AppManifest.Workload = .init(command: ["icon", "workload"]), key: SigningKey = SigningKey(),
    _ edit: (inout DeployRequest) -> Void = { _ in }
  ) throws -> ByteBuffer {
    let manifest = AppManifest(name: owner.name, workload: workload)
    let engine = EngineConfiguration.origin(
      id: owner.origin, application: owner.application, site: SiteOffer(site: "Paris"), budget: 10, seed: 1)
    let now = Int64(Date().timeIntervalSince1970 * 1e9)
    let chain = CertificateChain.origin(of: owner.application, key: key.publicKey, owner: owner.key)
    let offer = YardOffer(name: "test", url: "", offer: SiteOffer(site: "Paris"), yard: yard, now: now)
    var request = DeployRequest(
      icon: owner.origin, manifest: manifest, start: .fresh(engine), peers: [:], owner: owner.key.publicKey,
      credentials: ICONCredentials(
        chain: chain, sealedKey: try SealedKey.seal(key, for: owner.origin, to: yard.sealingKey)),
      agreement: Agreement(
        offer: offer, icon: owner.origin, application: owner.application, chain: chain, key: key, now: now),
      grant: OwnerGrant(application: owner.application, amount: 10, owner: owner.key, now: now))
    edit(&request)
    return ByteBuffer(data: try JSONEncoder().encode(request))
  }

  static func json<Body: Encodable>(_ body: Body) -> ByteBuffer {
    ByteBuffer(data: try! JSONEncoder().encode(body))
  }

  @Test func aDeployRunsOnceAndAFullYardRefuses() async throws {
    try await Self.withYard(capacity: 2) { yard, driver in
      let (shop, blog, wiki) = (Owner(name: "shop"), Owner(name: "blog"), Owner(name: "wiki"))
      let deploy = { (owner: Owner) in
        try await yard.execute(
          "/v1/instances", .post, body: try Self.deployment(of: owner, to: yard.yard), by: owner.signer)
      }
      let first = try await deploy(shop)
      let again = try await deploy(shop)
      let second = try await deploy(blog)
      let full = try await deploy(wiki)
      let offer = try await yard.client.execute(uri: "/v1/offer", method: .get) {
        try JSONDecoder().decode(YardOffer.self, from: Data(buffer: $0.body))
      }
      #expect(first.status == .created)
      #expect(again.status == .conflict && String(buffer: again.body).contains("already runs here"))
      #expect(second.status == .created)
      #expect(full.status == .conflict && String(buffer: full.body).contains("paris is full (capacity 2)"))
      #expect(driver.calls.withLock { $0.started } == [shop.origin, blog.origin])
      #expect(offer.offer.freeCapacity == 0 && offer.url == "http://yard.test" && offer.isSigned)
      #expect(try await yard.instances(by: shop.signer).map(\.icon) == [shop.origin])
    }
  }

  @Test func leasesAreRecordedOnlyUnderTheICONsAgreementInRangeOncePerSlot() async throws {
    try await Self.withYard { yard, _ in
      let (shop, blog) = (Owner(name: "shop"), Owner(name: "blog"))
      let key = SigningKey()
      let deployment = try Self.deployment(of: shop, to: yard.yard, key: key)
      let agreement = try JSONDecoder().decode(DeployRequest.self, from: Data(buffer: deployment)).agreement
      _ = try await yard.execute("/v1/instances", .post, body: deployment, by: shop.signer)
      let lease = "/v1/instances/\(shop.origin)/lease"
      let order = { (amount: Money, slot: Int64, payer: SigningKey) in
        LeaseOrder(
          agreement: agreement.id, icon: shop.origin, slot: slot, amount: amount, time: 1, key: payer)
      }
      let pay = { (order: LeaseOrder, signer: RequestSigner?) in
        try await yard.execute(lease, .post, body: Self.json(order), by: signer)
      }
      let negative = try await pay(order(Money(-1), 0, key), shop.signer)
      let nothing = try await pay(order(.zero, 0, key), shop.signer)
      let huge = try await pay(order(Money(microcredits: .max), 0, key), shop.signer)
      let unsigned = try await pay(order(2, 0, key), nil)
      let stranger = try await pay(order(2, 0, key), blog.signer)
      let forged = try await pay(order(2, 0, SigningKey()), shop.signer)
      var unknown = order(2, 0, key)
      unknown.agreement = "elsewhere"
      let unagreed = try await pay(unknown, shop.signer)
      let paid = try await pay(order(2, 0, key), shop.signer)
      let retried = try await pay(order(2, 0, key), shop.signer)
      let ghost = try await yard.execute(
        "/v1/instances/ghost/lease", .post, body: Self.json(order(2, 1, key)), by: shop.signer)
      let receipt = try JSONDecoder().decode(LeaseReceipt.self, from: Data(buffer: paid.body))
      let export = try await yard.execute("/v1/ledger/entries", .get, by: shop.signer)
      let entries = try JSONDecoder().decode(LedgerExport.self, from: Data(buffer: export.body))
      #expect(forged.status == .unauthorized && String(buffer: forged.body).contains("not signed by"))
      #expect(unagreed.status == .badRequest && String(buffer: unagreed.body).contains("no agreement"))
      #expect(
        retried.status == .ok && order(2, 0, key).isReceipt(receipt.receipt, by: yard.yard.signing.publicKey))
      // the agreement and the one payment, chained and signed by the yard
      #expect(
        LedgerVerification.verify(entries.entries, keeper: yard.yard.signing.publicKey).records.map(
          \.record.kind)
          == [.agreement, .lease])
      let ledger = try await yard.execute("/v1/ledger", .get, by: shop.signer)
      let strangersLedger = try await yard.execute("/v1/ledger", .get, by: blog.signer)
      #expect(negative.status == .badRequest && nothing.status == .badRequest && huge.status == .badRequest)
      #expect(unsigned.status == .unauthorized)
      #expect(stranger.status == .forbidden, "\(String(buffer: stranger.body))")
      #expect(paid.status == .ok)
      #expect(ghost.status == .notFound)
      #expect(ledger.status == .ok, "\(String(buffer: ledger.body))")
      #expect(
        try JSONDecoder().decode(YardLedger.self, from: Data(buffer: ledger.body)).paid == [
          shop.application: 2
        ])
      #expect(try JSONDecoder().decode(YardLedger.self, from: Data(buffer: strangersLedger.body)).paid == [:])
      #expect(try await yard.instances(by: shop.signer).first?.paid == 2)
    }
  }

  /// Owners without number deploy what cannot start: the yard keeps only the newest records of them.
  @Test func recordsOfDeploymentsThatNeverStartedAreBounded() async throws {
    try await Self.withYard(capacity: 1000) { yard, driver in
      driver.calls.withLock { $0.failing = true }
      for index in 0..<(Yard.failedStartLimit + 20) {
        let owner = Owner(name: "app\(index)")
        let failed = try await yard.execute(
          "/v1/instances", .post, body: try Self.deployment(of: owner, to: yard.yard), by: owner.signer)
        #expect(failed.status == .badGateway)
      }
      let everything = try await yard.execute(
        "/v1/instances", .get, by: RequestSigner(key: yard.yard.signing, application: nil))
      let records = try JSONDecoder().decode([InstanceRecord].self, from: Data(buffer: everything.body))
      #expect(records.count == Yard.failedStartLimit)
      #expect(records.allSatisfy { $0.state == .failed })
    }
  }

  @Test func aLivingICONCannotBeReportedLostButLeavesItsOwnStub() async throws {
    try await Self.withYard { yard, driver in
      let shop = Owner(name: "shop")
      _ = try await yard.execute(
        "/v1/instances", .post, body: try Self.deployment(of: shop, to: yard.yard), by: shop.signer)
      let stub = "/v1/instances/\(shop.origin)/stub"
      let lost = try await yard.execute(
        stub, .post,
        body: Self.json(StubRequest(location: "http://elsewhere", ttlSeconds: 60, reportedLost: true)),
        by: shop.signer)
      let stateAfterReport = try await yard.instances(by: shop.signer).first?.state
      let stranger = try await yard.execute(
        stub, .post, body: Self.json(StubRequest(location: "http://attacker", ttlSeconds: 0)),
        by: Owner(name: "shop").signer)
      let left = try await yard.execute(
        stub, .post, body: Self.json(StubRequest(location: "http://elsewhere", ttlSeconds: 60)),
        by: shop.signer)
      let negative = try await yard.execute(
        stub, .post, body: Self.json(StubRequest(location: nil, ttlSeconds: -1)), by: shop.signer)
      let record = try await yard.instances(by: shop.signer).first
      #expect(lost.status == .conflict && String(buffer: lost.body).contains("alive"))
      #expect(stateAfterReport == .running)
      #expect(stranger.status == .forbidden)
      #expect(left.status == .ok)
      #expect(negative.status == .badRequest)
      #expect(record?.state == .stub && record?.stubLocation == "http://elsewhere")
      #expect(driver.calls.withLock { $0.parked } == ["http://agent.test/\(shop.origin)"])
    }
  }

  @Test func removingStopsTheInstanceAndEndsItsRecord() async throws {
    try await Self.withYard { yard, driver in
      let shop = Owner(name: "shop")
      _ = try await yard.execute(
        "/v1/instances", .post, body: try Self.deployment(of: shop, to: yard.yard), by: shop.signer)
      let removed = try await yard.execute("/v1/instances/\(shop.origin)", .delete, by: shop.signer)
      let unknown = try await yard.execute("/v1/nothing", .get, by: nil)
      #expect(removed.status == .ok)
      #expect(driver.calls.withLock { $0.stopped } == ["http://agent.test/\(shop.origin)"])
      #expect(try await yard.instances(by: shop.signer).first?.state == .ended)
      #expect(unknown.status == .notFound && String(buffer: unknown.body).contains("no such endpoint"))
    }
  }
}
