import Foundation
import ICONCore
import ICONLedger
import ICONTrust
import Logging

#if canImport(Glibc)
  import Glibc
#endif

/// How a yard is set up (`icon yard` options).
public struct YardSettings: Hashable, Sendable {
  /// The yard's name.
  public var name: String
  /// Address to listen on.
  public var host: String
  /// Port to listen on; 0 picks one.
  public var port: Int
  /// The site it runs at.
  public var site: SiteID
  /// Lease per slot.
  public var price: Money
  /// Slot length.
  public var slot: Duration
  /// How many instances it hosts at most.
  public var capacity: Int
  /// Where its database and instance folders live.
  public var dataDirectory: String
  /// The programs a workload without an image may run as a process (the first word of its command).
  public var allowedPrograms: Set<String>
  /// The base URL the yard gives out, when it differs from the one it listens on.
  public var advertise: String?
  /// How long clients may take and how many may connect at once.
  package var connectionLimits = ConnectionLimits.standard

  /// Settings; all but the name, site and data folder have defaults.
  public init(
    name: String, host: String = "127.0.0.1", port: Int = 0, site: SiteID, price: Money = 1,
    slot: Duration = .seconds(60), capacity: Int = 16, dataDirectory: String,
    allowedPrograms: Set<String> = [],
    advertise: String? = nil
  ) {
    self.name = name
    self.host = host
    self.port = port
    self.site = site
    self.price = price
    self.slot = slot
    self.capacity = capacity
    self.dataDirectory = dataDirectory
    self.allowedPrograms = allowedPrograms
    self.advertise = advertise
  }

  /// The yard's key file in its data folder.
  public var keyFile: String { Self.keyFile(in: dataDirectory) }

  /// The key file of the yard whose data folder is `dataDirectory`.
  public static func keyFile(in dataDirectory: String) -> String { dataDirectory + "/yard.key" }

  /// Whether `host` is an address no one can connect to (every interface: `0.0.0.0`, `::`).
  public static func isUnspecified(_ host: String) -> Bool {
    ["0.0.0.0", "::", "[::]", ""].contains(host)
  }

  /// The URL the yard gives out once it listens on `port`.
  func url(port: Int) -> String { advertise ?? "http://\(host):\(port)" }
}

/// A hosting provider's daemon at one site: runs ICON instances through a driver, charges their
/// leases, and keeps redirect stubs for those that left. Its state lives in SQLite.
public actor Yard {
  /// The settings.
  public let settings: YardSettings
  private let store: YardStore
  private let driver: any InstanceDriver
  private let logger: Logger
  private(set) var url = ""
  private var stubs: [ICONID: ServedStub] = [:]
  private var returning: Set<ICONID> = []
  /// The yard's own background work (death reports, escrow returns), run by ``YardProcess``.
  let work = BackgroundWork()
  /// The yard's keys.
  let identity: YardIdentity
  /// Checks who signed each request.
  let gatekeeper: Gatekeeper
  /// What it counts for `/metrics`.
  let metrics: YardMetrics

  /// A yard with `settings`, running instances with `driver`.
  public init(settings: YardSettings, driver: any InstanceDriver) throws {
    self.settings = settings
    self.driver = driver
    try FileManager.default.createDirectory(atPath: settings.dataDirectory, withIntermediateDirectories: true)
    identity = YardIdentity(signing: try SigningKey.loadOrCreate(at: settings.keyFile))
    store = try YardStore(path: settings.dataDirectory + "/yard.sqlite", keeper: identity.signing)
    let metrics = YardMetrics()
    self.metrics = metrics
    gatekeeper = Gatekeeper(audience: identity.audience, counted: { metrics.refused($0.kind) })
    var logger = Logger(label: "icon.yard.\(settings.name)")
    logger.logLevel = .info
    self.logger = logger
  }

  static func now() -> Double { Date().timeIntervalSince1970 }

  /// The yard listens at `url`: pick up what the database says it had, re-attach to its running
  /// containers and remove those of its own it no longer needs.
  public func start(url: String) async throws {
    self.url = url
    for row in try store.rows() {
      switch row.lifecycle.yardRestarted(now: Self.now(), isAlive: { driver.isAlive(Self.instance(row)) }) {
      case .handleDeath:
        logger.warning("\(row.icon) died while the yard was away")
        try await markFailed(row)
      case .serveStub:
        serveStub(for: row, location: row.stubLocation)
      default:
        break
      }
    }
    let kept: [InstanceRecord.State] = [.starting, .running, .stub, .stopped]
    try await driver.reconcile(
      owned: try store.rows().filter { kept.contains($0.instanceState) }.map(Self.instance))
  }

  /// The metrics in Prometheus's text format, with instances by state and free slots read now.
  func metricsText() throws -> String {
    let states = try store.rows().map(\.instanceState)
    let counts = Dictionary(states.map { ($0, 1) }, uniquingKeysWith: +)
    let busy = (counts[.running] ?? 0) + (counts[.starting] ?? 0)
    return metrics.text(instances: counts, freeSlots: max(0, settings.capacity - busy))
  }

  /// The offer discovery sees.
  public func offer() throws -> YardOffer {
    let running = try store.rows().filter { $0.instanceState == .running || $0.instanceState == .starting }
      .count
    return YardOffer(
      name: settings.name, url: url,
      offer: SiteOffer(
        site: settings.site, pricePerSlot: settings.price, slot: settings.slot,
        freeCapacity: max(0, settings.capacity - running)),
      yard: identity, now: Int64(Date().timeIntervalSince1970 * 1e9))
  }

  // MARK: Who asks

  /// Who signed a request: an application's owner or one of its ICONs, or this yard's operator.
  /// `deploying` is the body of a deployment, which names the owner of an application new here.
  func authenticate(
    _ header: String?, method: String, target: String, body: Data, deploying: DeployRequest? = nil
  ) throws(TrustFailure) -> Principal {
    try gatekeeper.admit(
      header, method: method, target: target, body: body,
      owner: { application in
        if let deploying, application == deploying.application { return deploying.owner }
        return try? store.owner(of: application)
      }, operators: [identity.signing.publicKey])
  }

  /// Whether `principal` may act on `row`: its application's owner and ICONs, and this yard's operator.
  private func authorize(_ principal: Principal, for row: YardStore.Row) throws(TrustFailure) {
    if case .operator = principal { return }
    guard principal.application?.rawValue == row.application else {
      throw .forbidden("\(row.icon) belongs to another application than that of \(principal)")
    }
  }

  /// The row of `icon`, if `principal` may act on it.
  private func row(_ icon: ICONID, for principal: Principal) throws -> YardStore.Row {
    guard let row = try store.row(icon) else { throw YardProblem.notFound("no instance \(icon) here") }
    do {
      try authorize(principal, for: row)
    } catch {
      gatekeeper.refuse(error)
      throw error
    }
    return row
  }

  // MARK: Instances

  /// Starts an agent for `request`, sent by `principal`.
  public func deploy(_ request: DeployRequest, by principal: Principal) async throws -> DeployReply {
    try validate(request)
    let key = try admit(request, by: principal)
    try checkAgreement(of: request, key: key.publicKey)
    if let row = try store.row(request.icon) {
      guard row.owner == request.owner.description else {
        throw TrustFailure.forbidden("\(request.icon) here belongs to another owner")
      }
      if let refusal = row.lifecycle.deployRefusal(at: row.url) {
        throw YardProblem.conflict("\(request.icon) \(refusal)")
      }
    }
    let offer = try offer().offer
    guard offer.freeCapacity > 0 else {
      throw YardProblem.conflict("\(settings.name) is full (capacity \(settings.capacity))")
    }
    var configuration = AgentConfiguration(
      deployment: request, yard: url, yardKey: identity.signing.publicKey, site: offer, host: settings.host)
    configuration.advertisedHost = settings.advertise.flatMap { URL(string: $0)?.host }
    let folder = folder(of: request.icon)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try key.write(to: folder.appendingPathComponent(AgentConfiguration.keyFile).path)
    let restorable = try restorableInstance(of: request)
    if let restorable {
      configuration.restoredState = try Data(contentsOf: savedStateFile(of: ICONID(restorable.icon)))
    }
    stopServingStub(of: request.icon)
    try store.save(
      YardStore.Row(
        icon: request.icon.rawValue, application: request.application.rawValue,
        owner: request.owner.description,
        state: InstanceRecord.State.starting.rawValue,
        url: "", pid: 0, workloadPID: 0, configuration: try JSONEncoder().encode(configuration),
        created: Self.now()))
    try store.recordAgreement(request.agreement, key: key.publicKey)
    let started: StartedInstance
    do {
      started = try await driver.start(configuration, folder: folder)
    } catch {
      try store.update(request.icon) { $0.lifecycle.startFailed() }
      try store.forgetFailedStarts(keeping: Self.failedStartLimit)
      throw YardProblem.failed("\(error)")
    }
    try store.update(request.icon) {
      $0.lifecycle.started()
      $0.url = started.url
      $0.pid = started.pid
      $0.workloadPID = started.workloadPID
      $0.container = started.container
    }
    if let restorable {
      try store.update(ICONID(restorable.icon)) { $0.lifecycle.restored() }
      try? FileManager.default.removeItem(at: savedStateFile(of: ICONID(restorable.icon)))
    }
    logger.info("deployed \(request.icon) of \(request.application) at \(started.url)")
    metrics.deployed()
    return DeployReply(icon: request.icon, url: started.url, restoredFrom: restorable.map { ICONID($0.icon) })
  }

  /// The latest soft-terminated instance of the same application whose state a new replica here
  /// starts from, if any.
  private func restorableInstance(of request: DeployRequest) throws -> YardStore.Row? {
    guard case .fresh = request.start, request.manifest.workload.stateHooks else { return nil }
    let now = Self.now()
    return try store.rows().last {
      $0.application == request.application.rawValue && $0.icon != request.icon.rawValue
        && ($0.restorableUntil ?? 0) > now
        && FileManager.default.fileExists(atPath: savedStateFile(of: ICONID($0.icon)).path)
    }
  }

  private func folder(of icon: ICONID) -> URL {
    URL(fileURLWithPath: settings.dataDirectory).appendingPathComponent("instances")
      .appendingPathComponent(icon.rawValue)
  }

  private func savedStateFile(of icon: ICONID) -> URL {
    folder(of: icon).appendingPathComponent("saved-state.json")
  }

  private func validate(_ request: DeployRequest) throws {
    let manifest = request.manifest
    guard ApplicationIdentity.isValidName(manifest.name) else {
      throw YardProblem.invalid("an application's name is 1–64 letters, digits, '-' and '_'")
    }
    if let problem = ApplicationIdentity.problem(with: request.icon, of: request.application) {
      throw YardProblem.invalid(problem)
    }
    guard !manifest.workload.command.isEmpty || manifest.workload.image != nil else {
      throw YardProblem.invalid("the manifest's workload has neither a command nor an image")
    }
    if manifest.workload.image == nil {
      let program = manifest.workload.command.first ?? ""
      guard settings.allowedPrograms.contains(program) else {
        throw TrustFailure.forbidden(
          "yard \(settings.name) runs tenant code in containers only, and programs its operator allows "
            + "(`icon yard --allow-program NAME`); `\(program.prefix(100))` is not one"
            + (settings.allowedPrograms.isEmpty
              ? "" : " (allowed: \(settings.allowedPrograms.sorted().joined(separator: ", ")))"))
      }
    }
    if let problem = manifest.workload.limitsProblem { throw YardProblem.invalid(problem) }
    guard manifest.workload.image == nil || driver.runsImages else {
      throw YardProblem.invalid(
        "yard \(settings.name) runs workloads as processes, and this workload is an image "
          + "(a yard runs images with `icon yard --driver engine`)")
    }
    guard manifest.policy.problems.isEmpty else {
      throw YardProblem.invalid("the policy is invalid: \(manifest.policy.problems.joined(separator: "; "))")
    }
    if case .fresh(let engine) = request.start {
      guard engine.id == request.icon, engine.application == request.application else {
        throw YardProblem.invalid(
          "the engine configuration is for \(engine.id) of \(engine.application), not \(request.icon) of "
            + "\(request.application)")
      }
    }
  }

  /// Checks that `principal` may start `request` and that its credentials hold; returns the ICON's
  /// key. The owner starts the origin; an ICON starts its own children and its own next instance.
  private func admit(_ request: DeployRequest, by principal: Principal) throws -> SigningKey {
    let origin = ApplicationIdentity.origin(of: request.application)
    let allowed: Bool =
      switch (principal, request.start) {
      case (.owner(let application), .fresh):
        application == request.application && request.icon == origin
      case (.icon(let icon, let application), .fresh):
        application == request.application && ApplicationIdentity.isChild(request.icon, of: icon)
      case (.icon(let icon, let application), .standby):
        application == request.application && icon == request.icon
      default:
        false
      }
    guard allowed else {
      let refusal = TrustFailure.forbidden("\(principal) may not start \(request.icon)")
      gatekeeper.refuse(refusal)
      throw refusal
    }
    let (subject, publicKey) = try request.credentials.chain.verify(
      application: request.application, owner: request.owner)
    guard subject == request.icon else {
      throw TrustFailure.badChain("certifies \(subject), not \(request.icon)")
    }
    let key = try request.credentials.sealedKey.open(for: request.icon, with: identity)
    guard key.publicKey == publicKey else {
      throw TrustFailure.badChain("certifies another key than the one sealed to this yard")
    }
    return key
  }

  /// The ICON left (or was lost): answer its clients with a redirect to `request.location`.
  public func leaveStub(for icon: ICONID, _ request: StubRequest, by principal: Principal) async throws {
    let row = try row(icon, for: principal)
    guard request.ttlSeconds.isFinite, (0...86_400).contains(request.ttlSeconds),
      request.restorableSeconds.isFinite, (0...30 * 86_400).contains(request.restorableSeconds)
    else {
      throw YardProblem.invalid("a stub lasts 0…86400 s and a stopped instance is restorable 0…30 days")
    }
    var leaving = row.lifecycle
    try leaving.leaveStub(
      now: Self.now(), ttl: request.ttlSeconds, restorable: request.restorableSeconds,
      reportedLost: request.reportedLost, isAlive: { driver.isAlive(Self.instance(row)) })
    if let state = request.workloadState, request.restorableSeconds > 0 {
      try state.write(to: savedStateFile(of: icon), options: .atomic)
    }
    let left = leaving
    try store.update(icon) {
      $0.lifecycle = left
      $0.stubLocation = request.location
      // the ICON elected in a dead one's place claims its address, and with it what is held for it
      if $0.died, let location = request.location { $0.escrowHeir = location }
    }
    await driver.park(Self.instance(row))
    if !driver.isAlive(Self.instance(row)) {
      serveStub(for: row, location: request.location)
    }
    logger.info("stub for \(icon) → \(request.location ?? "gone") for \(request.ttlSeconds) s")
  }

  // MARK: Moving a container's file system

  /// Commits a migrating instance's container to an image, which the target yard then fetches from here.
  public func commitWorkload(of icon: ICONID, by principal: Principal) async throws -> WorkloadImage {
    let row = try row(icon, for: principal)
    let tag = "\(settings.name)-\(icon)-\(Int(Self.now()))".map {
      $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "_"
    }
    let image = EngineDriver.movedRepository + ":" + String(tag)
    do {
      try await driver.commitWorkload(of: Self.instance(row), as: image)
    } catch let problem as YardProblem {
      throw problem
    } catch {
      throw YardProblem.failed("cannot commit the container of \(icon): \(error)")
    }
    try store.update(icon) { $0.committedImage = image }
    logger.info("committed the container of \(icon) to \(image)")
    return WorkloadImage(yard: url, yardKey: identity.signing.publicKey, image: image)
  }

  /// An image this yard committed, as an archive, for the ICONs of the application it belongs to.
  public func exportImage(_ image: String, by principal: Principal) async throws -> Data {
    guard let row = try store.rows().first(where: { $0.committedImage == image }) else {
      throw YardProblem.notFound("this yard committed no image \(image)")
    }
    try authorize(principal, for: row)
    return try await driver.exportImage(image)
  }

  /// Runs an instance's workload from an image committed at another yard, on the agent's port.
  public func replaceWorkload(of icon: ICONID, _ replacement: WorkloadReplacement, by principal: Principal)
    async throws
  {
    let row = try row(icon, for: principal)
    guard var configuration = try? JSONDecoder().decode(AgentConfiguration.self, from: row.configuration)
    else {
      throw YardProblem.notFound("no instance \(icon) here")
    }
    guard (1...65535).contains(replacement.port),
      replacement.image.image.hasPrefix(EngineDriver.movedRepository + ":"),
      replacement.image.yard.hasPrefix("http://") || replacement.image.yard.hasPrefix("https://")
    else {
      throw YardProblem.invalid("a workload moves only from an image another yard committed, over HTTP")
    }
    let archive: Data
    do {
      archive = try await JSONClient().exchange(
        .GET, replacement.image.yard + replacement.image.path, body: nil, timeout: .seconds(300),
        limit: Self.imageLimit, headers: [(Credential.headerName, replacement.authorization)])
    } catch {
      throw YardProblem.failed(
        "cannot fetch \(replacement.image.image) from \(replacement.image.yard): \(error)")
    }
    if let problem = ImageArchive.problem(with: archive) {
      throw TrustFailure.forbidden("\(problem): a moving workload loads only images of its own move")
    }
    configuration.workloadPort = replacement.port
    let replaced: StartedInstance
    do {
      replaced = try await driver.replaceWorkload(
        of: Self.instance(row), configuration: configuration, image: replacement.image.image, archive: archive
      )
    } catch let problem as YardProblem {
      throw problem
    } catch {
      throw YardProblem.failed("cannot run \(replacement.image.image): \(error)")
    }
    try store.update(icon) {
      $0.container = replaced.container
      $0.workloadPID = replaced.workloadPID
    }
    logger.info(
      "\(icon) runs \(replacement.image.image) from \(replacement.image.yard) (\(archive.count) bytes)")
  }

  /// The most records a yard keeps of deployments whose agent never started.
  package static let failedStartLimit = 256

  /// The largest archive of a moving container's file system fetched from another yard.
  static let imageLimit = 2 << 30

  /// A deployment's agreement must take up this yard's own signed offer while it stood, be signed by the
  /// ICON deployed (holding `key`) under a chain from the owner, and be dated near this yard's clock; a
  /// new origin must bring the owner's signed grant of the budget it starts with.
  private func checkAgreement(of request: DeployRequest, key: PublicKey) throws {
    let agreement = request.agreement
    guard agreement.icon == request.icon, agreement.application == request.application else {
      throw YardProblem.invalid("the agreement is made for \(agreement.icon), not \(request.icon)")
    }
    guard agreement.offer.key == identity.signing.publicKey else {
      throw YardProblem.invalid("the agreement takes up another yard's offer")
    }
    let now = Int64(Self.now() * 1e9)
    guard abs(agreement.accepted.subtractingReportingOverflow(now).partialValue) <= 120_000_000_000 else {
      throw YardProblem.invalid("the agreement is dated more than 120 s away from this yard's clock")
    }
    switch agreement.verify(owner: request.owner) {
    case .success(let signer) where signer == key: break
    case .success: throw TrustFailure.forged("the agreement is not signed with the key of \(request.icon)")
    case .failure(let fault): throw YardProblem.invalid("\(fault)")
    }
    guard case .fresh(let engine) = request.start, engine.parent == nil else { return }
    guard let grant = request.grant, grant.application == request.application,
      grant.isSigned(by: request.owner),
      grant.amount == engine.budget
    else {
      throw YardProblem.invalid(
        "a new origin needs its owner's signed grant of its budget (\(engine.budget))")
    }
  }

  /// Records a slot's lease paid by `order` under one of the ICON's agreements here, and answers with
  /// this yard's receipt (the same for a retried order). Only a payment of at least the agreed price
  /// counts as paying a slot.
  public func payLease(for icon: ICONID, _ order: LeaseOrder, by principal: Principal) throws -> LeaseReceipt
  {
    guard order.amount > .zero, order.amount <= Money.limit else {
      throw YardProblem.invalid("a lease payment is more than 0 and at most \(Money.limit) credits")
    }
    let row = try row(icon, for: principal)
    guard order.icon == icon, let agreement = try store.agreement(order.agreement), agreement.icon == icon,
      let key = agreement.key
    else {
      throw YardProblem.invalid("\(icon) has no agreement \(order.agreement) here")
    }
    guard order.isSigned(by: key) else {
      throw TrustFailure.forged("the lease order is not signed by \(icon)")
    }
    guard (0...1_000_000_000).contains(order.slot) else {
      throw YardProblem.invalid("slot \(order.slot) is out of range")
    }
    let receipt = try store.recordLease(
      order, application: ApplicationID(row.application), receipt: order.receipt(by: identity.signing),
      at: Self.now(), coversSlot: order.amount >= agreement.price)
    metrics.leasePaid(order.amount)
    return LeaseReceipt(payment: order.id, receipt: receipt)
  }

  /// This yard's ledger of `principal`'s application, with the yard's name and key to check it by.
  public func ledgerEntries(for principal: Principal) throws -> LedgerExport {
    guard let application = principal.application else {
      throw YardProblem.invalid(
        "a yard's ledgers are kept per application: sign as its owner or one of its ICONs")
    }
    return LedgerExport(
      keeper: settings.name, key: identity.signing.publicKey,
      entries: try store.ledgerEntries(of: application))
  }

  /// The ledger `icon` keeps in its folder here (also after it moved or died).
  public func iconLedger(of icon: ICONID, by principal: Principal) throws -> LedgerExport {
    _ = try row(icon, for: principal)
    let entries = try ICONLedgerFile.existing(in: folder(of: icon), icon: icon)?.entries() ?? []
    return LedgerExport(keeper: settings.name, key: identity.signing.publicKey, entries: entries)
  }

  /// Stops an instance at once (the owner's or provider's order), without a stub.
  public func remove(_ icon: ICONID, by principal: Principal) async throws {
    let row = try row(icon, for: principal)
    await driver.stop(Self.instance(row), grace: .seconds(3))
    stopServingStub(of: icon)
    try store.update(icon) { $0.lifecycle.removed() }
  }

  /// Every instance `principal` may see (its application's; all, for the operator) with its lease account.
  public func instances(for principal: Principal) throws -> [InstanceRecord] {
    let leases = try store.leases()
    return try store.rows().filter { (try? authorize(principal, for: $0)) != nil }.map { row in
      InstanceRecord(
        icon: ICONID(row.icon), application: ApplicationID(row.application), state: row.instanceState,
        url: row.url,
        pid: row.pid, workloadPID: row.workloadPID, container: row.container, stubLocation: row.stubLocation,
        stubExpires: row.stubExpires,
        restorableUntil: row.restorableUntil, paid: leases[row.icon]?.paid ?? .zero,
        lastPaid: leases[row.icon]?.last)
    }
  }

  /// Lease paid and escrow held per application: `principal`'s own (all, for the operator).
  public func ledger(for principal: Principal) throws -> YardLedger {
    let visible: (ApplicationID) -> Bool = { application in
      if case .operator = principal { return true }
      return principal.application == application
    }
    return YardLedger(
      paid: try store.ledger().filter { visible($0.key) },
      escrow: try store.escrow().filter { visible($0.key) })
  }

  // MARK: Housekeeping

  /// Notices dead agents, expired stubs and restorable periods, and unpaid leases; call every fraction
  /// of a second.
  public func tidy() async throws {
    let now = Self.now()
    let leases = try store.leases()
    for row in try store.rows() {
      let instance = Self.instance(row)
      let icon = ICONID(row.icon)
      var lifecycle = row.lifecycle
      let effect = lifecycle.tidy(
        now: now, paidAt: leases[row.icon]?.last ?? row.created, slot: settings.slot.inSeconds,
        isAlive: { driver.isAlive(instance) })
      switch effect {
      case .handleDeath:
        logger.warning("\(row.icon) died")
        try await markFailed(row)
        continue
      case .endStub(let keepWorkload):
        stopServingStub(of: icon)
        await driver.stop(instance, grace: .seconds(2), keepWorkload: keepWorkload)
        if let image = row.committedImage { await driver.removeImage(image) }
      case .discard:
        await driver.discard(instance)
        try? FileManager.default.removeItem(at: savedStateFile(of: icon))
      case .evict:
        logger.warning("\(row.icon) stopped paying its lease: evicted")
        await driver.stop(instance, grace: .seconds(2))
      case .serveStub, nil:
        continue
      }
      let tidied = lifecycle
      try store.update(icon) { $0.lifecycle = tidied }
    }
    returnEscrow(try store.rows())
  }

  /// Stops the stubs this yard serves itself (agents keep running and are found again on restart).
  public func shutdown() {
    for (_, served) in stubs { served.task.cancel() }
    stubs = [:]
  }

  /// A dead agent: its workload goes too. The balance its ``Purse`` shows is kept in escrow for its heir,
  /// and its clients are sent to the heir at once (the parent, or an origin's likely successor); the
  /// tree confirms or corrects this when it notices the loss. Without a known heir, clients and money
  /// wait for the ICON elected in its place, which asks for a stub here.
  private func markFailed(_ row: YardStore.Row) async throws {
    if ProcessDriver.isRunning(row.workloadPID) { kill(row.workloadPID, SIGKILL) }
    await driver.discard(Self.instance(row))
    let icon = ICONID(row.icon)
    let purse = Purse.read(in: folder(of: icon))
    let configuration = try? JSONDecoder().decode(AgentConfiguration.self, from: row.configuration)
    let heir: String? =
      if let purse {
        purse.heir
      } else if let configuration, case .fresh(let engine) = configuration.deployment.start,
        let parent = engine.parent
      {
        configuration.deployment.peers[parent]?.url
      } else { nil }
    let ttl = configuration?.deployment.manifest.policy.stubTTL.inSeconds ?? 60
    // the ICON's own ledger says what it held; a purse is only read when there is no ledger
    let ledger = try? ICONLedgerFile.existing(in: folder(of: icon), icon: icon)?.head()
    let balance = max(0, ledger?.balance.microcredits ?? purse?.balance.microcredits ?? 0)
    if balance > 0 { logger.warning("\(icon) left \(Money(microcredits: balance)) credits: held in escrow") }
    let escrowed = LedgerRecord(
      .escrowIn, icon: icon, application: ApplicationID(row.application),
      amount: Money(microcredits: balance),
      counterparty: icon.rawValue, reference: ledger?.hash.map(Hex.encode))
    let updated = try store.update(icon, recording: balance > 0 ? [escrowed] : []) {
      $0.lifecycle.agentDied(heirKnown: heir != nil, now: Self.now(), ttl: ttl)
      $0.escrow = balance
      $0.escrowHeir = heir
      $0.stubLocation = heir
    }
    guard let updated, let heir else { return }
    serveStub(for: updated, location: heir)
    // the heir need not wait for the silence of its child (or parent) to act
    let logger = logger
    let signer = operatorSigner
    work.submit {
      do {
        // signed by this yard's operator key, for the heir by name
        let receiver = try await OwnerClient.status(at: heir)
        try await JSONClient().send(
          .POST, "\(receiver.url)/_icon/peer-died", body: PeerDeath(icon: icon),
          signing: Signing(signer, for: receiver.icon.rawValue))
      } catch {
        logger.notice("could not tell \(heir) that \(icon) died: \(error)")
      }
    }
  }

  /// Hands escrow on to the heirs that are known, one attempt each; what fails is tried again at the
  /// next tidy.
  private func returnEscrow(_ rows: [YardStore.Row]) {
    for row in rows where row.escrow > 0 && !returning.contains(ICONID(row.icon)) {
      guard let heir = row.escrowHeir else { continue }
      returning.insert(ICONID(row.icon))
      work.submit { await self.returnEscrow(of: row, to: heir) }
    }
  }

  /// Sends the escrow `row` holds to the ICON answering at `heir`.
  private func returnEscrow(of row: YardStore.Row, to heir: String) async {
    let icon = ICONID(row.icon)
    defer { returning.remove(icon) }
    let amount = Money(microcredits: row.escrow)
    do {
      // the yard holds the keys of the ICONs it hosts: it signs for the dead one
      let signer = try signer(of: row)
      let receiver = try await OwnerClient.status(at: heir)
      let transfer = BudgetTransfer(
        amount: amount, reason: "escrow of failed \(icon), returned by yard \(settings.name)")
      let envelope = Envelope(
        application: ApplicationID(row.application), from: icon, to: receiver.icon, epoch: 0,
        message: .budgetTransfer(transfer))
      try await JSONClient().send(
        .POST, "\(receiver.url)/_icon/messages",
        body: ControlPost(envelope: envelope, sender: PeerAddress(url: row.url, generation: 0), peers: [:]),
        signing: Signing(signer, for: receiver.icon.rawValue))
      let returned = LedgerRecord(
        .escrowOut, icon: icon, application: ApplicationID(row.application), amount: amount,
        counterparty: receiver.icon.rawValue)
      try store.update(icon, recording: [returned]) { $0.escrow = 0 }
      logger.info("returned \(amount) credits of \(icon) to \(receiver.icon)")
    } catch {
      logger.notice("escrow of \(icon) not returned yet to \(heir): \(error)")
    }
  }

  /// Signs as this yard's operator.
  private var operatorSigner: RequestSigner { RequestSigner(key: identity.signing, application: nil) }

  /// The signer of the ICON of `row`, from its key file and configuration.
  private func signer(of row: YardStore.Row) throws -> RequestSigner {
    let configuration = try JSONDecoder().decode(AgentConfiguration.self, from: row.configuration)
    let key = try SigningKey.load(
      at: folder(of: ICONID(row.icon)).appendingPathComponent(AgentConfiguration.keyFile).path)
    return configuration.deployment.signer(holding: key)
  }

  /// Serves the stub on the instance's port, or points the stub already served there at `location`. A
  /// dead ICON's stub answers only its clients; control messages get 503 (so the tree notices the
  /// loss), except those carrying money, which are added to its escrow for the heir.
  private func serveStub(for row: YardStore.Row, location: String?) {
    let icon = ICONID(row.icon)
    if let served = stubs[icon], served.port == row.port, (served.stub.deposit != nil) == row.died {
      served.stub.location = location
      return
    }
    stopServingStub(of: icon)
    let host = settings.host
    let store = store
    let application = ApplicationID(row.application)
    let owner = row.owner.flatMap(PublicKey.init(text:))
    var deposit: RedirectStub.Deposit?
    if row.died {
      // money for a dead ICON: only from an ICON of its application that signed for it
      let gatekeeper = Gatekeeper(audience: icon.rawValue)
      deposit = { head, body in
        guard let post = try? Responses.decode(ControlPost.self, from: body),
          case .icon(let sender, application)? = try? gatekeeper.admit(
            head.headers.first(name: Credential.headerName), method: head.method.rawValue, target: head.uri,
            body: Data(buffer: body), owner: { $0 == application ? owner : nil }),
          post.envelope.from == sender, post.envelope.to == icon, post.envelope.application == application
        else { return false }
        let money = post.envelope.message.money
        guard money > .zero, money <= Money.limit else { return false }
        return (try? store.addEscrow(money, to: icon, from: sender)) == true
      }
    }
    let stub = RedirectStub(location: location, deposit: deposit)
    let task = Task {
      for _ in 0..<50 where !Task.isCancelled {
        do {
          try await stub.serve(host: host, port: row.port)
          return
        } catch {
          try? await Task.sleep(for: .milliseconds(100))
        }
      }
    }
    stubs[icon] = ServedStub(stub: stub, port: row.port, task: task)
  }

  /// Stops the stub this yard serves for `icon`, if it serves one.
  private func stopServingStub(of icon: ICONID) { stubs.removeValue(forKey: icon)?.task.cancel() }

  /// A stub this yard serves itself, on `port`.
  private struct ServedStub {
    let stub: RedirectStub
    let port: Int
    let task: Task<Void, Never>
  }

  static func instance(_ row: YardStore.Row) -> StartedInstance {
    StartedInstance(url: row.url, pid: row.pid, workloadPID: row.workloadPID, container: row.container)
  }
}

/// Why a yard refused a request.
public enum YardProblem: Error, CustomStringConvertible {
  /// Bad input (400).
  case invalid(String)
  /// Nothing by that name (404).
  case notFound(String)
  /// Not possible now (409).
  case conflict(String)
  /// The instance could not be started (502).
  case failed(String)

  public var description: String {
    switch self {
    case .invalid(let message), .notFound(let message), .conflict(let message), .failed(let message): message
    }
  }
}
