import Foundation
import ICONCore
import ICONDiscovery
import ICONLedger
import ICONTrust
import Logging
import NIOHTTP1
import Synchronization

/// One ICON at run time: the engine in an actor, driven by real timers, HTTP between agents and yards,
/// and the traffic its proxy meters. It carries out every directive the engine returns.
public actor AgentNode {
  /// What the agent was started with.
  public let configuration: AgentConfiguration
  let routing = ClientRouting()
  let meter = TrafficMeter()
  let latency: any LatencySource
  /// Signs what this ICON sends: its key and certificate chain.
  let signer: RequestSigner
  /// Checks who signed what this ICON is sent.
  let gatekeeper: Gatekeeper
  /// What it counts for `/_icon/metrics`.
  let metrics: AgentMetrics
  let client = JSONClient()
  let logger: Logger
  /// Finds yards along the paths to clients (nil when the manifest lists every yard).
  let yardFinder: YardFinder?
  /// Client subnets already handed to ``yardFinder``.
  let subnetsSeen = SubnetsSeen()
  /// What ``yardFinder`` found, as of the last poll of yards.
  private var foundYards: [AgentStatus.FoundYard]?

  var engine: ICONEngine?
  private var directory = PeerDirectory()
  private var generation: UInt64
  private(set) var url = ""
  private var workload: WorkloadProcess?
  private var timers: [TimerID: (at: Instant, task: Task<Void, Never>)] = [:]
  private var catalogue: [SiteID: YardOffer] = [:]
  /// The outgoing queue to each peer, and how many messages wait in it.
  private var outbound: [ICONID: (queue: AsyncStream<Outgoing>.Continuation, waiting: Int)] = [:]
  /// The most messages without money waiting for one peer (a peer that reads slowly or not at all);
  /// more are dropped, while messages carrying money always wait their turn.
  static let queueLimit = 1024
  /// The most peers with a queue; beyond, queues with nothing waiting are closed.
  static let queuesLimit = 256
  /// Serving, handing over, moved or terminated: decides how clients and messages are treated.
  var handover: AgentHandover
  /// When yards were last polled (nil: at the next chance), and whether a poll is under way.
  private var discovery: (last: Instant?, running: Bool) = (nil, false)
  /// The wall clock as the engine counts time.
  let clock: @Sendable () -> Instant
  /// The work this agent starts and does not wait for: launches, posts, outgoing queues.
  let work = BackgroundWork()
  private var latencyEstimates: [LatencyEstimate] = []
  private var recentEvents: [AgentStatus.TimedEvent] = []
  /// The last decision ticks, explained (at most ``explainedTickLimit``).
  private var explainedTicks: [(tick: ICONExplanation.Tick, heldBy: String?)] = []
  private var smoothedRate = 0.0
  private var smoothedLatency = 0.0
  var counts = (migrations: 0, replications: 0, terminations: 0, ownerFunds: Money.zero)
  private let folder: URL?
  private var purse: Purse?
  /// The ICON's own ledger (none without a folder).
  let ledger: ICONLedgerFile?
  /// The agreements this ICON pays leases under, by site: its yard's, and a migration target's.
  var agreements: [SiteID: Agreement] = [:]
  /// The number of the next slot to pay, per agreement.
  var nextSlots: [String: Int64] = [:]
  /// Children launched, by launch: whose budget a failed launch gives back.
  var launchedChildren: [String: ICONID] = [:]
  /// Money the owner was asked for and has not given yet (an origin).
  var pendingOwnerFunds = Money.zero
  /// The owner's standing allowance, and what was drawn on it in its current period.
  var allowance: (terms: Allowance, period: Int64, drawn: Money)?
  /// Grants already taken, so that one grant counts once.
  var grantsTaken = Set<String>()

  /// An agent for `configuration`, holding the ICON's `key`, keeping its files (workload log,
  /// ``Purse``) in `folder` and reading time from `clock`; nothing runs until ``start(url:)``.
  public init(
    configuration: AgentConfiguration, key: SigningKey, folder: URL?,
    clock: @escaping @Sendable () -> Instant = AgentNode.wallClock
  ) throws {
    self.configuration = configuration
    signer = configuration.deployment.signer(holding: key)
    knownYards = Mutex([configuration.yardKey])
    let metrics = AgentMetrics()
    self.metrics = metrics
    gatekeeper = Gatekeeper(
      audience: configuration.deployment.icon.rawValue,
      clock: { Int64(clamping: clock().nanoseconds) }, counted: { [metrics] in metrics.refused($0.kind) })
    self.folder = folder
    self.clock = clock
    if let folder {
      let ledger = try ICONLedgerFile(folder: folder, icon: configuration.deployment.icon)
      let agreement = configuration.deployment.agreement
      let records = try ledger.entries().compactMap { try? $0.decodedRecord() }
      nextSlots[agreement.id] = Int64(
        records.filter { $0.kind == .lease && $0.order?.agreement == agreement.id }.count)
      grantsTaken = Set(records.compactMap(\.grant?.id))
      if !records.contains(where: { $0.agreement?.id == agreement.id }) {
        try ledger.append(
          LedgerRecord(
            .agreement, icon: agreement.icon, application: agreement.application,
            counterparty: configuration.yardKey.description, agreement: agreement), key: key,
          at: Int64(clock().nanoseconds))
      }
      self.ledger = ledger
    } else {
      ledger = nil
    }
    agreements[configuration.site.site] = configuration.deployment.agreement
    if case .fresh = configuration.deployment.start {
      handover = AgentHandover(fresh: true)
    } else {
      handover = AgentHandover(fresh: false)
    }
    generation = configuration.deployment.generation
    directory.merge(configuration.deployment.peers)
    let settings = configuration.deployment.manifest.latency
    switch settings.mode {
    case .emulated: latency = try EmulatedLatency(settings: settings)
    case .measured: latency = MeasuredLatency(site: configuration.site.site)
    }
    var logger = Logger(label: "icon.agent.\(configuration.deployment.icon)")
    logger.logLevel = .info
    self.logger = logger
    // paths follow the emulated latency's backbone (loopback has no routers) unless told to be traced
    let discovery = configuration.deployment.manifest.yardDiscovery
    let paths: any PathProbe
    if discovery.paths != .traced, let model = latency as? EmulatedLatency {
      paths = EmulatedPaths(latency: model, from: configuration.site.site)
    } else {
      paths = PathTracer()
    }
    yardFinder = Self.yardFinder(discovery, paths: paths, logger: logger, metrics: metrics)
  }

  /// A finder for `settings` when they look for yards along client paths; nil (logged) when they do
  /// not or no DNS server is known.
  private static func yardFinder(
    _ settings: YardDiscoverySettings, paths: any PathProbe, logger: Logger, metrics: AgentMetrics
  ) -> YardFinder? {
    guard settings.mode.usesDNS else { return nil }
    let resolver: ResolverConfiguration
    if let server = settings.server.flatMap(DNSServerAddress.init) {
      resolver = ResolverConfiguration(servers: [server])
    } else {
      do {
        resolver = try ResolverConfiguration.system()
      } catch {
        logger.error("no yard discovery: \(error)")
        return nil
      }
    }
    return YardFinder(
      resolver: DNSResolver(resolver), tracer: paths, log: { logger.notice("\($0)") },
      counted: { metrics.discovered($0) })
  }

  /// A client connected from `address` in `subnet`: a subnet new to this ICON has its path followed.
  nonisolated func clientArrived(address: String, subnet: SubnetID) {
    guard let yardFinder, subnetsSeen.isNew(subnet), let address = IPAddress(address) else { return }
    Task { await yardFinder.clientSeen(address) }
  }

  var icon: ICONID { configuration.deployment.icon }
  var manifest: AppManifest { configuration.deployment.manifest }

  /// The manifest a replica or a successor starts with: the yards this ICON found along its clients'
  /// paths are its seeds, beside its own search.
  var manifestHandedOn: AppManifest {
    var manifest = manifest
    guard let foundYards, !foundYards.isEmpty else { return manifest }
    manifest.yards = yardURLs
    if manifest.yardDiscovery.mode == .dns { manifest.yardDiscovery.mode = .both }
    return manifest
  }
  /// The yards this ICON polls for offers: the manifest's list (unless it only searches) and those it
  /// found along its clients' paths.
  var yardURLs: [String] {
    let listed = manifest.yardDiscovery.mode.usesList ? manifest.yards : []
    return Array(Set(listed + (foundYards ?? []).map(\.url))).sorted()
  }
  var application: ApplicationID { configuration.deployment.application }
  var site: SiteID { engine?.site.site ?? configuration.site.site }

  /// The wall clock as the engine counts time: nanoseconds since 1970, the same on every host, so that
  /// timer deadlines travel with a migrating engine.
  public static let wallClock: @Sendable () -> Instant = {
    Instant(nanoseconds: Int64(Date().timeIntervalSince1970 * 1e9))
  }

  /// Starts the workload, unless the yard runs it (a container); call before serving. Returns its
  /// process id (0 for the yard's).
  public func startWorkload() async throws -> Int32 {
    if configuration.workloadPort != nil { return 0 }
    let workload = try await WorkloadProcess(
      command: manifest.workload.command,
      environment: [
        "ICON_ID": icon.rawValue, "ICON_SITE": configuration.site.site.rawValue,
        "ICON_FILES": (folder ?? URL(fileURLWithPath: NSTemporaryDirectory())).appendingPathComponent("files")
          .path,
      ],
      log: folder?.appendingPathComponent("workload.log"))
    self.workload = workload
    return workload.pid
  }

  /// The workload's port.
  var workloadPort: Int? { workload?.port ?? configuration.workloadPort }

  /// The server is listening at `url`: a fresh ICON starts its engine, a migration target waits.
  public func start(url: String) {
    self.url = url
    directory.learn(icon, at: PeerAddress(url: url, generation: generation))
    routing.set(handover.clientMode)
    routing.whenIdleWhilePaused { [work] in work.submit { await self.checkDrained() } }
    guard case .fresh(let engineConfiguration) = configuration.deployment.start else { return }
    engine = ICONEngine(engineConfiguration)
    let from = engineConfiguration.parent.map(\.rawValue) ?? LedgerRecord.owner
    handle(.started, bringing: .opening(from: from, grant: configuration.deployment.grant))
  }

  /// Stops timers and the workload (SIGTERM of the agent).
  public func shutdown() async {
    cancelTimers()
    await workload?.stop()
  }

  private func cancelTimers() {
    for (_, timer) in timers { timer.task.cancel() }
    timers = [:]
  }

  // MARK: Events

  /// Hands `event`, which may bring money from `source`, to the engine, writes the money it moved into
  /// the ledger and carries out what it directs; refused when the engine refused it.
  @discardableResult
  func handle(_ event: Event, bringing source: MoneyTrail.Source = .none) -> Delivery {
    guard var engine else { return .notReady }
    // a new engine holds its budget before it starts: the opening brings all of it
    let before: Money = if case .opening = source { .zero } else { engine.balance }
    let directives = engine.handle(event, now: clock())
    self.engine = engine
    account(directives, source: source, before: before, after: engine.balance)
    keepPurse()
    execute(directives)
    // a launch result may be what a move was waiting for
    checkDrained()
    for case .rejected(let refusal) in directives { return .rejected(refusal) }
    return .accepted
  }

  /// Outcome of a control message.
  enum Delivery: Sendable {
    case accepted
    case moved(String)
    case notReady
    case rejected(Refusal)
    case unauthorized(TrustFailure)
  }

  /// Who signed a request to this ICON: its owner, an ICON of its application, or the operator of a
  /// yard whose signed offer it holds (or its own yard's).
  nonisolated func authenticate(_ header: String?, method: String, target: String, body: Data)
    throws(TrustFailure) -> Principal
  {
    let application = configuration.deployment.application
    let owner = configuration.deployment.owner
    return try gatekeeper.admit(
      header, method: method, target: target, body: body, owner: { $0 == application ? owner : nil },
      operators: knownYards.withLock { $0 })
  }

  /// The keys of its own yard and of the yards whose signed offers this ICON holds.
  private let knownYards: Mutex<Set<PublicKey>>

  /// Refuses a request whose signer may not do what it asks.
  func forbid(_ reason: String) -> Delivery {
    let refusal = TrustFailure.forbidden(reason)
    gatekeeper.refuse(refusal)
    return .unauthorized(refusal)
  }

  /// A control message from another agent, signed by `principal`. The addresses it carries enter the
  /// directory only once the engine took the message.
  func receive(_ post: ControlPost, from principal: Principal) -> Delivery {
    guard case .icon(let sender, _) = principal, sender == post.envelope.from else {
      return forbid("a message from \(post.envelope.from) must be signed by it, not by \(principal)")
    }
    if let target = handover.engineAway { return .moved(target) }
    guard engine != nil else { return .notReady }
    let delivery = handle(.received(post.envelope), bringing: .message(from: post.envelope.from))
    if case .accepted = delivery {
      metrics.received(post.envelope.message)
      directory.learn(post.envelope.from, at: post.sender)
      directory.merge(post.peers)
      refreshRoutes()
    }
    return delivery
  }

  /// A yard says `peer` died. Believed once the peer's own address no longer answers as a live agent:
  /// a yard cannot make an ICON give up a peer that still runs.
  func peerReportedDead(_ peer: ICONID) async {
    guard let address = address(of: peer) else { return }
    struct Health: Decodable { var status: String }
    if (try? await client.get("\(address.url)/_icon/health", as: Health.self, timeout: .seconds(1))) != nil {
      return
    }
    handle(.peerDied(peer))
  }

  // MARK: Directives

  private func execute(_ directives: [Directive]) {
    for directive in directives {
      switch directive {
      case .send(let envelope):
        enqueue(envelope)
      case .setTimer(let timer, let at):
        arm(timer, at: at)
      case .cancelTimer(let timer):
        timers.removeValue(forKey: timer)?.task.cancel()
      case .launch(let launch):
        if case .replica(let child) = launch.purpose { launchedChildren[launch.launchID] = child.id }
        work.submit { await self.carryOut(launch) }
      case .completeMigration(_, _, let stubTTL):
        if let effect = handover.moveOrdered(stubTTL: stubTTL, now: clock()) { perform(effect) }
      case .stop(_, let restorableFor, let redirectTo, let stubTTL):
        let location = redirectTo.flatMap { directory[$0]?.url }
        cancelTimers()
        handover.terminated(location: location)
        counts.terminations += 1
        work.submit {
          // the parent routes this ICON's subnets here until it has the adoption: until then the
          // workload serves, so that the stub's redirect to the parent is not sent straight back
          if let redirectTo { await self.flush(to: redirectTo, within: .seconds(5)) }
          await self.heirInformed()
          await self.leave(location: location, ttl: stubTTL, restorable: restorableFor)
        }
      case .redirectClients(let lost, let site, let to):
        let request = StubRequest(
          location: directory[to]?.url, ttlSeconds: (engine?.policy.stubTTL ?? .seconds(60)).inSeconds,
          reportedLost: true)
        if let yard = yard(at: site) {
          work.submit {
            await self.post(
              .POST, "\(yard.url)/v1/instances/\(lost.rawValue)/stub", request, to: yard.audience, retries: 5)
          }
        }
      case .updateRoutes:
        refreshRoutes()
      case .payLease(let site, let amount):
        payLease(amount, at: site)
      case .requestOwnerFunds(let amount):
        askOwner(for: amount)
      case .note(let note):
        record(note)
      case .rejected(let refusal):
        metrics.refused(refusal.kind)
        logger.notice("rejected: \(refusal)")
      }
    }
  }

  /// Writes the ``Purse`` when the balance or the heir changed, before the step's directives run; an
  /// ICON that moved away holds nothing here. The heir is the parent; an origin's is the child that
  /// would win the election after its death (the lowest-named).
  private func keepPurse() {
    guard let folder else { return }
    let heir = (engine?.parent ?? engine?.children.keys.min()).flatMap { directory[$0]?.url }
    let current = Purse(
      application: application, balance: engine?.balance ?? .zero, heir: heir)
    guard current != purse else { return }
    do {
      try current.write(in: folder)
      purse = current
    } catch {
      logger.error("cannot write the purse in \(folder.path): \(error)")
    }
  }

  private func record(_ note: EngineNote) {
    metrics.noted(note)
    switch note {
    case .migrated: counts.migrations += 1
    case .replicated: counts.replications += 1
    default: break
    }
    remember(String(describing: note))
  }

  /// Logs `event` and keeps it, with the time, among the last hundred.
  func remember(_ event: String) {
    logger.info("\(event)")
    recentEvents.append(AgentStatus.TimedEvent(at: Date().timeIntervalSince1970, event: event))
    if recentEvents.count > 100 { recentEvents.removeFirst(recentEvents.count - 100) }
  }

  /// The yard at `site`, and the audience requests to it are signed for.
  func yard(at site: SiteID) -> (url: String, audience: String)? {
    if site == configuration.site.site { return ownYard }
    return catalogue[site].map { ($0.url, $0.audience) }
  }

  /// The yard hosting this instance.
  private var ownYard: (url: String, audience: String) {
    (configuration.yard, YardIdentity.audience(of: configuration.yardKey))
  }

  /// The engine's routes, by subnet.
  private var routeTable: [SubnetID: ICONID] {
    Dictionary(engine?.routes.map { ($0.subnet, $0.via) } ?? [], uniquingKeysWith: { first, _ in first })
  }

  private func refreshRoutes() {
    guard engine != nil else { return }
    routing.update(
      routes: routeTable,
      urls: directory.addresses.mapValues(\.url))
  }

  // MARK: Timers

  private func arm(_ timer: TimerID, at: Instant) {
    timers[timer]?.task.cancel()
    let delay = at - clock()
    let task = Task {
      if delay > .zero { try? await Task.sleep(for: delay) }
      guard !Task.isCancelled else { return }
      self.fire(timer, armedAt: at)
    }
    timers[timer] = (at, task)
  }

  private func fire(_ timer: TimerID, armedAt: Instant) {
    guard timers[timer]?.at == armedAt else { return }
    timers[timer] = nil
    if timer == .decision, let engine {
      let now = clock()
      explained(engine.explain(now: now), heldBy: engine.decisionHold(now: now).map { caseName(of: $0) })
    }
    handle(.timer(timer))
  }

  // MARK: Messages

  /// What one peer's outgoing queue carries: a message, or a mark that calls back once every message
  /// before it was delivered (or given up on).
  private enum Outgoing: Sendable {
    case post(ControlPost)
    case mark(@Sendable () -> Void)
  }

  private func enqueue(_ envelope: Envelope) {
    let post = ControlPost(
      envelope: envelope, sender: PeerAddress(url: url, generation: generation), peers: directory.addresses)
    let queue = queue(to: envelope.to)
    if outbound[envelope.to, default: (queue, 0)].waiting >= Self.queueLimit, envelope.message.money == .zero
    {
      logger.notice("\(envelope.to) reads too slowly: a message to it is dropped")
      return
    }
    outbound[envelope.to]?.waiting += 1
    queue.yield(.post(post))
    metrics.sent(envelope.message)
  }

  /// The outgoing queue to `peer`, delivering in order.
  private func queue(to peer: ICONID) -> AsyncStream<Outgoing>.Continuation {
    if let existing = outbound[peer] { return existing.queue }
    if outbound.count >= Self.queuesLimit {
      // a closed queue delivers what it holds first: only idle ones go
      for (idle, entry) in outbound where entry.waiting == 0 {
        entry.queue.finish()
        outbound[idle] = nil
      }
    }
    let (stream, continuation) = AsyncStream<Outgoing>.makeStream()
    outbound[peer] = (continuation, 0)
    work.submit {
      for await outgoing in stream {
        switch outgoing {
        case .post(let post):
          await self.deliver(post)
          await self.delivered(to: peer)
        case .mark(let reached): reached()
        }
      }
    }
    return continuation
  }

  /// One message to `peer` left its queue.
  private func delivered(to peer: ICONID) {
    if let waiting = outbound[peer]?.waiting, waiting > 0 { outbound[peer]?.waiting = waiting - 1 }
  }

  /// Peers with an outgoing queue, and the messages waiting in them.
  var queued: (peers: Int, messages: Int) { (outbound.count, outbound.values.reduce(0) { $0 + $1.waiting }) }

  /// Returns once the messages queued so far for `peer` were delivered (or given up on), or after
  /// `limit`, whichever comes first.
  private func flush(to peer: ICONID, within limit: Duration) async {
    let queue = queue(to: peer)
    let once = Once()
    await withCheckedContinuation { (flushed: CheckedContinuation<Void, Never>) in
      let resume: @Sendable () -> Void = { once.run { flushed.resume() } }
      queue.yield(.mark(resume))
      work.submit {
        try? await Task.sleep(for: limit)
        resume()
      }
    }
  }

  private func address(of peer: ICONID) -> PeerAddress? { directory[peer] }

  private func learn(_ peer: ICONID, movedTo location: String) {
    directory.learn(peer, movedTo: location)
    refreshRoutes()
  }

  /// Posts one control message, following a moved ICON and retrying while its receiver is
  /// unreachable; a message carrying money is retried far longer. Shutdown ends the retries.
  private nonisolated func deliver(_ post: ControlPost) async {
    let receiver = post.envelope.to
    let patience = post.envelope.message.money > .zero ? 600 : 10
    for attempt in 0..<patience {
      if attempt > 0 { try? await Task.sleep(for: .milliseconds(min(1000, 50 * attempt))) }
      if Task.isCancelled { return }
      guard let address = await address(of: receiver) else { continue }
      do {
        try await client.send(
          .POST, "\(address.url)/_icon/messages", body: post, timeout: .seconds(3),
          signing: Signing(signer, for: receiver.rawValue))
        return
      } catch let error as HTTPStatusError where error.movedTo != nil {
        await learn(receiver, movedTo: error.movedTo!)
      } catch let error as HTTPStatusError where error.status < 500 {
        await log("\(receiver) refused a message: \(error.message)")
        return
      } catch {
        continue
      }
    }
    await log("gave up delivering a message to \(receiver)")
  }

  func log(_ message: String) { logger.notice("\(message)") }

  /// Posts `body` as JSON, signed for `audience`, retrying on failure up to `retries` times.
  private nonisolated func post<Body: Encodable & Sendable>(
    _ method: HTTPMethod, _ url: String, _ body: Body, to audience: String, retries: Int,
    timeout: Duration = .seconds(5)
  ) async {
    _ = await retrying(url, retries: retries) {
      try await self.client.send(
        method, url, body: body, timeout: timeout, signing: Signing(self.signer, for: audience))
    }
  }

  /// Runs `attempt` until it succeeds, is refused (a status below 500, logged) or failed `retries` more
  /// times, waiting longer after each failure, or until shutdown; returns its result, or nil when it never
  /// succeeded.
  nonisolated func retrying<Result: Sendable>(
    _ what: String, retries: Int, _ attempt: @Sendable () async throws -> Result
  ) async -> Result? {
    for round in 0...retries {
      if round > 0 { try? await Task.sleep(for: .milliseconds(min(1000, 100 * round))) }
      if Task.isCancelled { return nil }
      do {
        return try await attempt()
      } catch let error as HTTPStatusError where error.status < 500 {
        await log("\(what) refused: \(error.message)")
        return nil
      } catch {
        continue
      }
    }
    await log("gave up on \(what)")
    return nil
  }

  // MARK: Launches and migration

  private func carryOut(_ launch: Launch) async {
    guard let yard = catalogue[launch.site.site] else {
      handle(
        .launchFailed(launchID: launch.launchID, reason: "no yard known at \(launch.site.site)"),
        bringing: refund(of: launch.launchID))
      return
    }
    var peers = directory.addresses
    peers[icon] = PeerAddress(url: url, generation: generation)
    remember("launching \(launch.launchID) at \(launch.site.site)")
    let request: DeployRequest
    do {
      switch launch.purpose {
      case .replica(let child):
        // the child's key is made here and certified by this ICON, then sealed to its yard
        let key = SigningKey()
        let chain = configuration.deployment.credentials.chain.extended(
          to: child.id, key: key.publicKey, application: application, issuer: signer.key)
        request = DeployRequest(
          icon: child.id, manifest: manifestHandedOn, start: .fresh(child), peers: peers,
          owner: configuration.deployment.owner,
          credentials: try .sealing(key, chain: chain, for: child.id, to: yard),
          agreement: recordAgreement(
            Agreement(
              offer: yard, icon: child.id, application: application, chain: chain, key: key,
              now: Gatekeeper.wallClock())))
      case .migration:
        // a moving ICON keeps its key and chain: its next yard gets the key sealed
        let agreement = Agreement(
          offer: yard, icon: icon, application: application,
          chain: configuration.deployment.credentials.chain,
          key: signer.key, now: Gatekeeper.wallClock())
        agreements[launch.site.site] = agreement
        recordAgreement(agreement)
        request = DeployRequest(
          icon: icon, manifest: manifestHandedOn, start: .standby, peers: peers, generation: generation + 1,
          owner: configuration.deployment.owner,
          credentials: try .sealing(
            signer.key, chain: configuration.deployment.credentials.chain, for: icon, to: yard),
          agreement: agreement)
      }
      let reply = try await client.send(
        .POST, "\(yard.url)/v1/instances", body: request, as: DeployReply.self, timeout: .seconds(30),
        signing: Signing(signer, for: yard.audience))
      if case .replica(let child) = launch.purpose {
        directory.learn(child.id, at: PeerAddress(url: reply.url))
      } else {
        handover.migrationLaunched(at: reply.url)
      }
      handle(.launchSucceeded(launchID: launch.launchID))
      refreshRoutes()
    } catch {
      handle(
        .launchFailed(launchID: launch.launchID, reason: String(describing: error)),
        bringing: refund(of: launch.launchID))
    }
  }

  /// Carries out what a step of the hand-over asks for.
  private func perform(_ effect: AgentHandover.Effect) {
    switch effect {
    case .pauseClients(let target):
      // the ICON's address is the target's from now on; clients wait while requests in flight finish
      generation += 1
      url = target
      directory.learn(icon, at: PeerAddress(url: target, generation: generation))
      routing.set(handover.clientMode)
      work.submit {
        try? await Task.sleep(for: AgentHandover.replicaWait)
        await self.checkDrained()
      }
      checkDrained()
    case .sendEngine(let target, let stubTTL):
      work.submit { await self.handOver(to: target, stubTTL: stubTTL) }
    case .leave(let location, let stubTTL):
      routing.set(handover.clientMode)
      work.submit { await self.leave(location: location, ttl: stubTTL, restorable: .zero) }
    case .serve:
      routing.set(handover.clientMode)
      discovery.last = nil
    }
  }

  /// While a move waits, checks whether the engine may go: called when a request finishes, after each
  /// engine step and at the deadline for the replicas it launched.
  private func checkDrained() {
    // most engine steps happen while serving: count requests and scan launches only while a move waits
    guard handover.isDraining,
      let effect = handover.drainProgress(
        inFlight: routing.inFlight, replicasStarting: startingReplicas, now: clock())
    else { return }
    perform(effect)
  }

  /// The terminated ICON's last messages to its heir went out: its stub answers from now on.
  private func heirInformed() {
    handover.heirInformed()
    routing.set(handover.clientMode)
  }

  /// Hands engine, timers and workload state over to the migration target; then answers for the ICON
  /// with redirects.
  private func handOver(to target: String, stubTTL: Duration) async {
    let state = await workloadState()
    let image = await commitWorkload()
    guard let engine, let snapshot = try? engine.snapshot() else { return }
    let deadlines = timers.map { Takeover.TimerDeadline(timer: $0.key, at: $0.value.at) }
    cancelTimers()
    self.engine = nil
    handover.engineTaken()
    // the balance leaves with the engine: the next instance's ledger opens with it
    write([
      LedgerRecord(
        .closing, icon: icon, application: application, amount: engine.balance, counterparty: icon.rawValue)
    ])
    let takeover = Takeover(
      snapshot: snapshot, timers: deadlines, workloadState: state, peers: directory.addresses,
      workloadImage: image, nextSlots: nextSlots, allowance: allowance?.terms)
    // a container's file system travels with the takeover: allow for the copy
    await post(
      .POST, "\(target)/_icon/takeover", takeover, to: icon.rawValue, retries: 20,
      timeout: image == nil ? .seconds(5) : .seconds(600))
    keepPurse()
    if let effect = handover.engineSent() { perform(effect) }
  }

  /// Whether the engine waits for a replica it launched.
  private var startingReplicas: Bool {
    engine?.pendingActions.contains {
      if case .launching(let launch, _) = $0, case .replica = launch.purpose { true } else { false }
    } ?? false
  }

  /// The workload's state, when it offers the hooks.
  private func workloadState() async -> Data? {
    guard manifest.workload.stateHooks, let port = workloadPort else { return nil }
    return try? await client.exchange(
      .GET, "http://127.0.0.1:\(port)/_icon/state", body: nil, timeout: .seconds(10))
  }

  /// Has the yard commit the workload's container, file system and all, when the yard runs one.
  private func commitWorkload() async -> WorkloadImage? {
    guard configuration.workloadPort != nil else { return nil }
    do {
      return try await client.send(
        .POST, "\(configuration.yard)/v1/instances/\(icon.rawValue)/commit", body: [String: String](),
        as: WorkloadImage.self, timeout: .seconds(120), signing: Signing(signer, for: ownYard.audience))
    } catch {
      remember("the container could not be committed, its file system stays behind: \(error)")
      return nil
    }
  }

  /// Has the yard run the workload from the image the old instance's container was committed to. If
  /// that fails, the workload keeps running from the application's image, with the state hooks' state.
  private func runWorkload(from image: WorkloadImage) async {
    guard let port = workloadPort else { return }
    // the yard holding the image gives it only to this application's ICONs: the fetch carries this
    // ICON's credential for it
    let authorization = Signing(signer, for: YardIdentity.audience(of: image.yardKey))
      .header(method: "GET", url: image.yard + image.path, body: Data())
    do {
      try await client.send(
        .POST, "\(configuration.yard)/v1/instances/\(icon.rawValue)/workload",
        body: WorkloadReplacement(image: image, port: port, authorization: authorization),
        timeout: .seconds(600),
        signing: Signing(signer, for: ownYard.audience))
      remember("the workload runs from \(image.image), its file system moved from \(image.yard)")
    } catch {
      remember("the file system could not move from \(image.yard): \(error)")
    }
  }

  /// Puts `state` into the workload.
  func restoreWorkload(_ state: Data) async throws {
    guard let port = workloadPort else { return }
    _ = try await client.exchange(
      .PUT, "http://127.0.0.1:\(port)/_icon/state", body: state, timeout: .seconds(10))
    remember("restored the workload's state (\(state.count) bytes)")
  }

  /// Stops the workload and asks the yard to keep a stub for this ICON (and, for a soft termination,
  /// the workload's last state).
  private func leave(location: String?, ttl: Duration, restorable: Duration) async {
    let state = restorable > .zero ? await workloadState() : nil
    await workload?.stop()
    let request = StubRequest(
      location: location, ttlSeconds: ttl.inSeconds, restorableSeconds: restorable.inSeconds,
      workloadState: state)
    await post(
      .POST, "\(configuration.yard)/v1/instances/\(icon.rawValue)/stub", request, to: ownYard.audience,
      retries: 20)
  }

  /// A migrating ICON arrives: its engine runs here at once, re-arming its timers, so that its parent
  /// and children hear from it while the workload's file system and state follow; then it serves.
  func takeOver(_ takeover: Takeover, from principal: Principal) async throws {
    guard case .icon(icon, _) = principal else {
      throw TrustFailure.forbidden("only \(icon) itself hands over its engine, not \(principal)")
    }
    guard engine == nil, handover.engineArrived() else { throw RuntimeFailure("\(icon) is already running") }
    let restored = try ICONEngine(snapshot: takeover.snapshot)
    write([
      LedgerRecord(
        .opening, icon: icon, application: application, amount: restored.balance, counterparty: icon.rawValue)
    ])
    for (agreement, slot) in takeover.nextSlots ?? [:] {
      nextSlots[agreement] = max(nextSlots[agreement] ?? 0, slot)
    }
    if let terms = takeover.allowance, terms.isSigned(by: configuration.deployment.owner) {
      allowance = (terms, terms.period(at: ledgerTime) ?? 0, .zero)
    }
    directory.merge(takeover.peers)
    directory.learn(icon, at: PeerAddress(url: url, generation: generation))
    engine = restored
    // the hand-over was a pause: no child or parent fell silent meanwhile
    handle(.resumed)
    for deadline in takeover.timers { arm(deadline.timer, at: deadline.at) }
    refreshRoutes()
    if let image = takeover.workloadImage { await runWorkload(from: image) }
    if let state = takeover.workloadState {
      do {
        try await restoreWorkload(state)
      } catch {
        remember("the workload's state could not be restored, it starts afresh: \(error)")
      }
    }
    // meanwhile the engine may have terminated or begun moving on
    if let effect = handover.workloadRestored(engineActive: engine?.lifecycle == .active) { perform(effect) }
  }

  // MARK: Observation and discovery

  /// Feeds the traffic metered since the last call to the engine, while the engine runs here.
  func sampleTraffic() {
    guard handover.observes else { return }
    var samples = meter.drain()
    // the engine tracks at most so many subnets; a new one waits until another has faded
    if let engine, engine.demand.subnets.count + samples.count > ICONEngine.inputLimit {
      var room = ICONEngine.inputLimit - engine.demand.subnets.count
      samples = samples.filter { sample in
        if engine.demand.observation(of: sample.subnet) != nil { return true }
        room -= 1
        return room >= 0
      }
    }
    let requests = samples.reduce(0) { $0 + $1.requests }
    let latency = samples.reduce(0.0) { $0 + $1.totalLatency }
    smoothedRate += 0.2 * (Double(requests) / 0.2 - smoothedRate)
    if requests > 0 { smoothedLatency += 0.2 * (latency / Double(requests) - smoothedLatency) }
    if !samples.isEmpty { handle(.traffic(samples)) }
  }

  /// Whether yards are due to be polled: the engine runs here, no poll is under way, and the last one
  /// ended ``discoveryPeriod`` ago (or serving just began). A due poll counts as started.
  func discoveryDue() -> Bool {
    guard handover.observes, !discovery.running,
      discovery.last.map({ clock() - $0 >= Self.discoveryPeriod }) ?? true
    else { return false }
    discovery.running = true
    return true
  }

  /// How long after one poll of the yards the next begins.
  static let discoveryPeriod = Duration.seconds(2)

  /// Polls the manifest's yards for offers and hands them, and the latency estimates to their sites,
  /// to the engine.
  func discover() async {
    defer { discovery = (clock(), false) }
    await yardFinder?.tick()
    if let yardFinder {
      let found = await yardFinder.yards.map {
        AgentStatus.FoundYard(
          url: $0.offer.url, name: $0.offer.name, site: $0.offer.offer.site,
          domain: $0.yard.domain.description,
          hops: $0.yard.hops)
      }
      if found.map(\.url) != foundYards?.map(\.url) {
        remember("yards found along client paths: \(found.map(\.name).joined(separator: ", "))")
      }
      foundYards = found
    }
    let yardURLs = yardURLs
    let offers = await withTaskGroup(of: (YardOffer, Duration)?.self) { group in
      for yard in yardURLs {
        group.addTask {
          let sent = ContinuousClock.now
          guard
            let offer = try? await self.client.get(
              "\(yard)/v1/offer", as: YardOffer.self, timeout: .seconds(2))
          else { return nil }
          return (offer, ContinuousClock.now - sent)
        }
      }
      var offers: [(YardOffer, Duration)] = []
      for await offer in group { if let offer { offers.append(offer) } }
      return offers
    }
    var usable: [SiteOffer] = []
    for (offer, roundTrip) in offers {
      guard offer.isSigned, offer.offer.problem == nil else {
        remember(
          "ignored the offer of \(offer.name) at \(offer.url): not signed by its yard's key, or unusable")
        continue
      }
      catalogue[offer.offer.site] = offer
      knownYards.withLock { _ = $0.insert(offer.key) }
      usable.append(offer.offer)
      latency.recordProbe(site: offer.offer.site, roundTripMilliseconds: roundTrip.inSeconds * 1000)
    }
    handle(.offers(usable.sorted { $0.site < $1.site }))
    let sites = Set(catalogue.keys).union([configuration.site.site]).sorted()
    let estimates = latency.estimates(sites: sites)
    latencyEstimates = estimates
    handle(.latencies(estimates))
  }

  // MARK: Status

  /// How many decision ticks (or runs of ticks that came out the same way) are kept explained.
  static let explainedTickLimit = 20

  /// Keeps `explanation` of a decision tick, held back by a hold of kind `hold` (nil: not held); a tick
  /// that came out as the one before (the same decision, held for the same cause) replaces it.
  private func explained(_ explanation: DecisionExplanation, heldBy hold: String?) {
    let at = Date().timeIntervalSince1970
    if let last = explainedTicks.last, last.tick.explanation.decision == explanation.decision,
      last.heldBy == hold
    {
      explainedTicks[explainedTicks.count - 1].tick = .init(
        at: at, ticks: last.tick.ticks + 1, explanation: explanation)
      return
    }
    explainedTicks.append((.init(at: at, ticks: 1, explanation: explanation), hold))
    if explainedTicks.count > Self.explainedTickLimit { explainedTicks.removeFirst() }
  }

  /// The decision rules applied now and at the last ticks.
  func explanation() -> ICONExplanation {
    ICONExplanation(
      icon: icon, site: site, now: engine?.explain(now: clock()), recent: explainedTicks.map(\.tick))
  }

  /// The metrics in Prometheus's text format, with balance, utility and the busiest subnets read now.
  func metricsText() -> String {
    metrics.text(
      with: AgentMetrics.Reading(
        balance: engine?.balance ?? .zero, spent: engine?.spent ?? .zero,
        utility: engine?.explain(now: clock()).utilityHere, children: engine?.children.count ?? 0,
        requestsPerSecond: smoothedRate,
        subnets: (engine?.demand.observations ?? [:]).mapValues(\.rate)))
  }

  /// What this agent reports of itself.
  func status() -> AgentStatus {
    let children = engine?.children.keys.sorted() ?? []
    return AgentStatus(
      icon: icon, application: application, site: site, url: url,
      workloadPort: workloadPort,
      mode: routing.mode.name,
      parent: engine?.parent, origin: engine?.origin ?? icon,
      originURL: directory[engine?.origin ?? icon]?.url, policy: engine?.policy, epoch: engine?.epoch ?? 0,
      children: Dictionary(uniqueKeysWithValues: children.map { ($0, directory[$0]?.url ?? "") }),
      balance: engine?.balance ?? .zero, spent: engine?.spent ?? .zero, requestsPerSecond: smoothedRate,
      meanLatencyMilliseconds: smoothedLatency, served: meter.served,
      routes: routeTable,
      migrations: counts.migrations, replications: counts.replications, terminations: counts.terminations,
      ownerFundsRequested: counts.ownerFunds, pendingOwnerFunds: pendingOwnerFunds,
      allowance: allowance.map { "\($0.terms.amount) credits every \($0.terms.periodSeconds) s" },
      firstServedAt: meter.firstServedAt, recentEvents: recentEvents,
      subnets: (engine?.demand.observations ?? [:]).sorted { $0.key < $1.key }.map {
        AgentStatus.SubnetStatus(
          subnet: $0.key, requestsPerSecond: $0.value.rate, meanLatencyMilliseconds: $0.value.latency)
      },
      latencyEstimates: latencyEstimates, refusedRequests: gatekeeper.refused, discoveredYards: foundYards)
  }
}

/// Runs a body at most once, whichever caller comes first.
private final class Once: Sendable {
  private let done = Mutex(false)

  func run(_ body: () -> Void) {
    let first = done.withLock { done in
      defer { done = true }
      return !done
    }
    if first { body() }
  }
}
