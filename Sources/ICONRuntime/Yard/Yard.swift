import Foundation
import ICONCore
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

  /// Settings; all but the name, site and data folder have defaults.
  public init(
    name: String, host: String = "127.0.0.1", port: Int = 0, site: SiteID, price: Money = 1,
    slot: Duration = .seconds(60), capacity: Int = 16, dataDirectory: String
  ) {
    self.name = name
    self.host = host
    self.port = port
    self.site = site
    self.price = price
    self.slot = slot
    self.capacity = capacity
    self.dataDirectory = dataDirectory
  }
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

  /// A yard with `settings`, running instances with `driver`.
  public init(settings: YardSettings, driver: any InstanceDriver) throws {
    self.settings = settings
    self.driver = driver
    try FileManager.default.createDirectory(atPath: settings.dataDirectory, withIntermediateDirectories: true)
    store = try YardStore(path: settings.dataDirectory + "/yard.sqlite")
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

  /// The offer discovery sees.
  public func offer() throws -> YardOffer {
    let running = try store.rows().filter { $0.instanceState == .running || $0.instanceState == .starting }
      .count
    return YardOffer(
      name: settings.name, url: url,
      offer: SiteOffer(
        site: settings.site, pricePerSlot: settings.price, slot: settings.slot,
        freeCapacity: max(0, settings.capacity - running)))
  }

  // MARK: Instances

  /// Starts an agent for `request`.
  public func deploy(_ request: DeployRequest) async throws -> DeployReply {
    try validate(request)
    if let row = try store.row(request.icon), let refusal = row.lifecycle.deployRefusal(at: row.url) {
      throw YardProblem.conflict("\(request.icon) \(refusal)")
    }
    let offer = try offer().offer
    guard offer.freeCapacity > 0 else {
      throw YardProblem.conflict("\(settings.name) is full (capacity \(settings.capacity))")
    }
    var configuration = AgentConfiguration(
      deployment: request, yard: url, site: offer, host: settings.host)
    let folder = folder(of: request.icon)
    let restorable = try restorableInstance(of: request)
    if let restorable {
      configuration.restoredState = try Data(contentsOf: savedStateFile(of: ICONID(restorable.icon)))
    }
    stopServingStub(of: request.icon)
    try store.save(
      YardStore.Row(
        icon: request.icon.rawValue, application: request.manifest.name,
        state: InstanceRecord.State.starting.rawValue,
        url: "", pid: 0, workloadPID: 0, configuration: try JSONEncoder().encode(configuration),
        created: Self.now()))
    let started: StartedInstance
    do {
      started = try await driver.start(configuration, folder: folder)
    } catch {
      try store.update(request.icon) { $0.lifecycle.startFailed() }
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
    logger.info("deployed \(request.icon) of \(request.manifest.name) at \(started.url)")
    return DeployReply(icon: request.icon, url: started.url, restoredFrom: restorable.map { ICONID($0.icon) })
  }

  /// The latest soft-terminated instance of the same application whose state a new replica here
  /// starts from, if any.
  private func restorableInstance(of request: DeployRequest) throws -> YardStore.Row? {
    guard case .fresh = request.start, request.manifest.workload.stateHooks else { return nil }
    let now = Self.now()
    return try store.rows().last {
      $0.application == request.manifest.name && $0.icon != request.icon.rawValue
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
    guard !manifest.name.isEmpty else { throw YardProblem.invalid("the manifest has no name") }
    guard !manifest.workload.command.isEmpty || manifest.workload.image != nil else {
      throw YardProblem.invalid("the manifest's workload has neither a command nor an image")
    }
    guard manifest.workload.image == nil || driver.runsImages else {
      throw YardProblem.invalid(
        "yard \(settings.name) runs workloads as processes, and this workload is an image "
          + "(a yard runs images with `icon yard --driver engine`)")
    }
    guard manifest.policy.problems.isEmpty else {
      throw YardProblem.invalid("the policy is invalid: \(manifest.policy.problems.joined(separator: "; "))")
    }
    guard !request.icon.rawValue.isEmpty,
      request.icon.rawValue.allSatisfy({ $0.isLetter || $0.isNumber || "-_.".contains($0) })
    else {
      throw YardProblem.invalid("an ICON id is letters, digits, '-', '_' and '.', got `\(request.icon)`")
    }
    if case .fresh(let engine) = request.start, engine.id != request.icon {
      throw YardProblem.invalid("the engine configuration is for \(engine.id), not \(request.icon)")
    }
  }

  /// The ICON left (or was lost): answer its clients with a redirect to `request.location`.
  public func leaveStub(for icon: ICONID, _ request: StubRequest) async throws {
    guard let row = try store.row(icon) else { throw YardProblem.notFound("no instance \(icon) here") }
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
  public func commitWorkload(of icon: ICONID) async throws -> WorkloadImage {
    guard let row = try store.row(icon) else { throw YardProblem.notFound("no instance \(icon) here") }
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
    return WorkloadImage(yard: url, image: image)
  }

  /// An image this yard committed, as an archive.
  public func exportImage(_ image: String) async throws -> Data {
    guard try store.rows().contains(where: { $0.committedImage == image }) else {
      throw YardProblem.notFound("this yard committed no image \(image)")
    }
    return try await driver.exportImage(image)
  }

  /// Runs an instance's workload from an image committed at another yard, on the agent's port.
  public func replaceWorkload(of icon: ICONID, _ replacement: WorkloadReplacement) async throws {
    guard let row = try store.row(icon),
      var configuration = try? JSONDecoder().decode(AgentConfiguration.self, from: row.configuration)
    else { throw YardProblem.notFound("no instance \(icon) here") }
    let name = replacement.image.image.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    let archive: Data
    do {
      archive = try await JSONClient().exchange(
        .GET, "\(replacement.image.yard)/v1/images/\(name)", body: nil, timeout: .seconds(300), limit: 4 << 30
      )
    } catch {
      throw YardProblem.failed(
        "cannot fetch \(replacement.image.image) from \(replacement.image.yard): \(error)")
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

  /// Records a lease payment.
  public func payLease(for icon: ICONID, _ payment: LeasePayment) throws {
    guard payment.amount >= .zero else { throw YardProblem.invalid("a lease payment cannot be negative") }
    guard let row = try store.row(icon) else { throw YardProblem.notFound("no instance \(icon) here") }
    guard row.application == payment.application.rawValue else {
      throw YardProblem.invalid("\(icon) belongs to \(row.application), not \(payment.application)")
    }
    try store.recordLease(
      icon: icon, application: payment.application, amount: payment.amount, at: Self.now())
  }

  /// Stops an instance at once (the owner's or provider's order), without a stub.
  public func remove(_ icon: ICONID) async throws {
    guard let row = try store.row(icon) else { throw YardProblem.notFound("no instance \(icon) here") }
    await driver.stop(Self.instance(row), grace: .seconds(3))
    stopServingStub(of: icon)
    try store.update(icon) { $0.lifecycle.removed() }
  }

  /// Every instance with its lease account.
  public func instances() throws -> [InstanceRecord] {
    let leases = try store.leases()
    return try store.rows().map { row in
      InstanceRecord(
        icon: ICONID(row.icon), application: ApplicationID(row.application), state: row.instanceState,
        url: row.url,
        pid: row.pid, workloadPID: row.workloadPID, container: row.container, stubLocation: row.stubLocation,
        stubExpires: row.stubExpires,
        restorableUntil: row.restorableUntil, paid: leases[row.icon]?.paid ?? .zero,
        lastPaid: leases[row.icon]?.last)
    }
  }

  /// Lease paid per application.
  public func ledger() throws -> YardLedger {
    YardLedger(paid: try store.ledger(), escrow: try store.escrow())
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
    let balance = purse?.balance.microcredits ?? 0
    if balance > 0 { logger.warning("\(icon) left \(Money(microcredits: balance)) credits: held in escrow") }
    let updated = try store.update(icon) {
      $0.lifecycle.agentDied(heirKnown: heir != nil, now: Self.now(), ttl: ttl)
      $0.escrow = balance
      $0.escrowHeir = heir
      $0.stubLocation = heir
    }
    guard let updated, let heir else { return }
    serveStub(for: updated, location: heir)
    // the heir need not wait for the silence of its child (or parent) to act
    let logger = logger
    work.submit {
      do {
        try await JSONClient().send(.POST, "\(heir)/_icon/peer-died", body: PeerDeath(icon: icon))
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
      let receiver = try await OwnerClient().status(at: heir)
      let transfer = BudgetTransfer(
        amount: amount, reason: "escrow of failed \(icon), returned by yard \(settings.name)")
      let envelope = Envelope(
        application: ApplicationID(row.application), from: icon, to: receiver.icon, epoch: 0,
        message: .budgetTransfer(transfer))
      try await JSONClient().send(
        .POST, "\(receiver.url)/_icon/messages",
        body: ControlPost(envelope: envelope, sender: PeerAddress(url: row.url, generation: 0), peers: [:]))
      try store.update(icon) { $0.escrow = 0 }
      logger.info("returned \(amount) credits of \(icon) to \(receiver.icon)")
    } catch {
      logger.notice("escrow of \(icon) not returned yet to \(heir): \(error)")
    }
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
    var deposit: (@Sendable (Envelope) -> Bool)?
    if row.died {
      deposit = { envelope in
        guard envelope.to == icon, envelope.application == application, envelope.message.money > .zero
        else { return false }
        return (try? store.update(icon) { $0.escrow += envelope.message.money.microcredits }) != nil
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
