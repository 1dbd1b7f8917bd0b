import CPrefetch
import ICONCore

/// A discrete-event simulation of one application's ICONs: a virtual clock, an event heap ordered by
/// (time, sequence), messages delayed by the network model's path delay, optional loss and partitions,
/// ICON failures, a workload of client populations, all driven by one seed. The ICONs are unchanged
/// ``ICONEngine``s.
public final class Simulation {
  /// Settings of a run.
  public struct Settings: Sendable {
    /// The owner's policy.
    public var policy: OwnerPolicy
    /// The origin's budget.
    public var budget: Money
    /// Seed of everything random in the run.
    public var seed: UInt64
    /// How often client traffic is fed to the ICONs and the time series sampled.
    public var trafficInterval: Duration
    /// Time a yard needs to start an instance, on top of the network delays.
    public var deployDelay: Duration
    /// Probability that a message is lost (money-carrying messages are retried, never lost).
    public var messageLoss: Double
    /// How clients find the ICON that serves them.
    public var discovery: Discovery
    /// How long a crashed ICON's yard takes to notice and tell its heir (its parent; for an origin, the
    /// lowest-named child), on top of the network delay, as a runtime's yard does; `nil`: yards say
    /// nothing, and the tree notices the crash by silence alone.
    public var deathReport: Duration?
    /// Probability that a yard fails to start an instance (the launch's money returns to its parent).
    public var launchFailureRate: Double
    /// Which yards an ICON knows.
    public var yardDiscovery: YardDiscovery

    /// Settings; every argument has a default.
    public init(
      policy: OwnerPolicy = OwnerPolicy(), budget: Money = 1_000, seed: UInt64 = 1,
      trafficInterval: Duration = .seconds(1), deployDelay: Duration = .zero, messageLoss: Double = 0,
      discovery: Discovery = .redirects, deathReport: Duration? = .milliseconds(200),
      launchFailureRate: Double = 0, yardDiscovery: YardDiscovery = .full
    ) {
      self.yardDiscovery = yardDiscovery
      self.launchFailureRate = launchFailureRate
      self.discovery = discovery
      self.deathReport = deathReport
      self.policy = policy
      self.budget = budget
      self.seed = seed
      self.trafficInterval = trafficInterval
      self.deployDelay = deployDelay
      self.messageLoss = messageLoss
    }
  }

  /// How clients find their ICON (paper §3.3).
  public enum Discovery: String, Sendable, CaseIterable {
    /// Clients start at the origin and follow the redirects (routes) the ICONs publish.
    case redirects
    /// Clients reach the nearest live ICON directly, as DNS-based or anycast discovery would send them.
    case nearest
  }

  /// Which yards an ICON knows (paper §2, "Discovery of IEPs").
  public enum YardDiscovery: String, Sendable, CaseIterable {
    /// Every yard, from the start.
    case full
    /// Its own site's, its parent's knowledge when it starts, and the yards on the shortest paths to
    /// the client subnets it serves, learnt when a subnet's first requests reach it: a trace, and per
    /// router on the way a PTR, an SRV and a TXT lookup, plus an address lookup per yard found, each
    /// counted in ``Simulation/discoveryLookups``.
    case path
  }

  /// A message on its way to an ICON that another part of a partitioned run holds.
  public struct Mail: Sendable {
    /// When it arrives.
    public var at: Instant
    /// The message.
    public var envelope: Envelope
    /// Its place among the mail arriving at the same instant: by sending part, then in the order sent.
    public var rank: Int
  }

  /// The part of a partitioned run (see ``PartitionedSimulation``) that a simulation holds.
  public struct Part: Sendable {
    /// An ICON that another part holds.
    public struct Elsewhere: Sendable {
      /// The part that holds it.
      public var part: Int
      /// The network node it runs at.
      public var node: Int

      /// An ICON at `node` held by `part`.
      public init(part: Int, node: Int) {
        self.part = part
        self.node = node
      }
    }

    /// Which part this is.
    public var index: Int
    /// How many parts the run has.
    public var count: Int
    /// The ICONs the other parts hold.
    public var elsewhere: [ICONID: Elsewhere]
    /// The least delay of a message to another part; a shorter one stops the run.
    public var lookahead: Duration

    /// Part `index` of `count`, the others holding the ICONs in `elsewhere`.
    public init(index: Int, count: Int, elsewhere: [ICONID: Elsewhere], lookahead: Duration) {
      self.index = index
      self.count = count
      self.elsewhere = elsewhere
      self.lookahead = lookahead
    }
  }

  /// A queued event: small and plain (the queue moves items, and plain ones move as bytes), so
  /// envelopes wait in ``envelopes`` and the rare events in ``rareEvents``.
  private enum Item {
    /// The envelope in slot `envelope` of ``envelopes`` reaches engine `to` from engine `from` (-1: from
    /// another part).
    case deliver(envelope: Int, to: Int, from: Int)
    /// A timer of engine `Int` fires, if `generation` is still its timer's generation.
    case timer(Int, PlainTimer, generation: Int)
    case traffic
    /// The event in slot `Int` of ``rareEvents``.
    case rare(Int)
  }

  /// The events few runs have many of.
  private enum RareEvent {
    /// A timer that carries a name, as a claim's does.
    case timer(Int, TimerID, generation: Int)
    case launchResult(parent: Int, launch: Launch, succeeds: Bool)
    case crash(ICONID?)
    case partition(Set<Int>, until: Instant)
    case deathReport(ICONID, to: Int)
  }

  /// The network model.
  public let network: any NetworkModel
  /// The yards.
  public let sites: [SimulatedSite]
  /// The clients (``changeRates(_:)`` adds shifts as the run goes).
  public private(set) var workload: Workload
  /// The settings.
  public let settings: Settings
  /// The application.
  public let application: ApplicationID = "app"
  // A simulation runs on one thread and lends its state to no one, so the state the run loop touches
  // at every event is exempt from the runtime's exclusivity checks (several per event, which add up).

  /// The current time.
  @exclusivity(unchecked) public private(set) var now = Instant.zero
  /// The ICONs ever started, live or not.
  @exclusivity(unchecked) public private(set) var engines: [ICONEngine] = []
  /// Samples taken at every traffic interval.
  public private(set) var samples: [SimulationSample] = []
  /// Messages sent between ICONs so far.
  @exclusivity(unchecked) public private(set) var messagesSent = 0
  /// Every note the engines emitted, with who and when.
  public private(set) var notes: [(time: Instant, icon: ICONID, note: EngineNote)] = []
  /// Money sent to ICONs that had crashed: held by their yards.
  public private(set) var stranded = Money.zero
  /// Called for every directive an engine returns (for traces).
  public var onDirective: ((Instant, ICONID, Directive) -> Void)?
  /// The origin each subnet's clients start at, when not the lowest-named live one (a forest of trees).
  public var entries: [SubnetID: ICONID] = [:]

  @exclusivity(unchecked) private var queue = EventQueue<Item>()
  /// Envelopes in flight, by slot.
  @exclusivity(unchecked) private var envelopes = Slab<Envelope>()
  private var rareEvents = Slab<RareEvent>()
  /// What the run keeps for each engine besides the engine, by engine index.
  @exclusivity(unchecked) private var shells: [Shell] = []
  /// The sender of the message being handled: an answer goes back to it.
  @exclusivity(unchecked) private var replyTo: KnownReceiver?
  private var random: SplitMix64
  private var indexByID: [ICONID: Int] = [:]
  @exclusivity(unchecked) private var crashed: Set<Int> = []
  private var siteNode: [SiteID: Int] = [:]
  /// Reused for the directives of every event.
  @exclusivity(unchecked) private var directives: [Directive] = []
  private var offers: [SiteID: SiteOffer] = [:]
  private var latencyTable = LatencyTable()
  @exclusivity(unchecked) private var partitions: [(nodes: Set<Int>, until: Instant)] = []
  private var requestCarry: [Double]
  private var clientNodes: [SubnetID: Int] = [:]
  private var fixedServers: [Int?]?
  private var staticTraffic: (batches: [(Int, [TrafficSample])], meanLatency: Double, rate: Double)?
  private let part: Part?
  /// Mail for the other parts, by part, in the order it was sent.
  private var outboxes: [[Mail]]
  /// Mail sent so far.
  private var mailSent = 0
  /// Events handed to engines so far (timers, messages, traffic, launch results).
  @exclusivity(unchecked) public private(set) var engineEvents = 0
  /// Traces and DNS lookups the ICONs made to find yards (``YardDiscovery/path``).
  public private(set) var discoveryLookups = 0
  /// The sites of the yards at each network node.
  private var sitesAtNode: [Int: [SiteID]] = [:]

  /// The ICONs a run starts with.
  public struct Deployment: Sendable {
    /// Their configurations, parents before children; each non-origin attaches to its parent at start.
    public var icons: [EngineConfiguration]
    /// The ICON serving each workload population, in order; `nil` lets discovery decide.
    public var servers: [ICONID]?
    /// Give every ICON all yards' offers and all latency estimates (false: none, so they only run the
    /// overlay protocol — for load tests at scale).
    public var fullCatalogue: Bool
    /// The part of a partitioned run these ICONs are, if they are one; such a part models neither
    /// message loss nor network partitions, and its ICONs neither move nor replicate.
    public var part: Part?

    /// A deployment; see the properties.
    public init(
      icons: [EngineConfiguration], servers: [ICONID]? = nil, fullCatalogue: Bool = true, part: Part? = nil
    ) {
      self.icons = icons
      self.servers = servers
      self.fullCatalogue = fullCatalogue
      self.part = part
    }
  }

  /// A simulation over `network` with yards at `sites`, clients from `workload`, and an origin at
  /// `originSite`.
  public convenience init(
    network: any NetworkModel, sites: [SimulatedSite], workload: Workload, originSite: SiteID,
    settings: Settings = Settings()
  ) {
    var random = SplitMix64(seed: settings.seed)
    let origin = EngineConfiguration.origin(
      id: "origin", application: "app", site: sites.first { $0.offer.site == originSite }!.offer,
      policy: settings.policy, budget: settings.budget, seed: random.next())
    self.init(
      network: network, sites: sites, workload: workload, deployment: Deployment(icons: [origin]),
      settings: settings)
  }

  /// A simulation starting from `deployment`.
  public init(
    network: any NetworkModel, sites: [SimulatedSite], workload: Workload, deployment: Deployment,
    settings: Settings = Settings()
  ) {
    self.network = network
    self.sites = sites
    self.workload = workload
    self.settings = settings
    part = deployment.part
    outboxes = Array(repeating: [], count: deployment.part?.count ?? 0)
    precondition(part == nil || settings.messageLoss == 0, "a part of a partitioned run loses no messages")
    random = SplitMix64(seed: settings.seed)
    _ = random.next()  // the first draw seeds the origin in the convenience initialiser
    requestCarry = Array(repeating: 0, count: workload.populations.count)
    for population in workload.populations { clientNodes[population.subnet] = population.node }
    for site in sites {
      siteNode[site.offer.site] = site.node
      sitesAtNode[site.node, default: []].append(site.offer.site)
    }
    if deployment.fullCatalogue {
      for site in sites { offers[site.offer.site] = site.offer }
      for population in workload.populations {
        for site in sites {
          latencyTable.record(
            LatencyEstimate(
              subnet: population.subnet, site: site.offer.site,
              milliseconds: network.delay(population.node, site.node)))
        }
      }
    }
    ownerTotal = deployment.icons.reduce(.zero) { $0 + $1.budget }
    for configuration in deployment.icons { start(ICONEngine(configuration)) }
    for configuration in deployment.icons {
      guard let parent = configuration.parent, let child = indexByID[configuration.id] else { continue }
      let request = Envelope(
        application: application, from: configuration.id, to: parent, epoch: configuration.epoch,
        message: .attachRequest(engines[child].summary()))
      if let receiver = indexByID[parent] {
        deliver(request, to: receiver, from: child, at: now)
      } else {
        post(request, from: child)
      }
    }
    if let servers = deployment.servers {
      fixedServers = servers.map { indexByID[$0] }
    }
    schedule(.traffic, at: now)
  }

  /// The budget the run started with, and what the owner added since (what conservation is checked
  /// against).
  public private(set) var ownerTotal: Money

  /// Σ balances + Σ spent over every ICON ever started, plus money in undelivered messages, in replica
  /// launches not yet started and stranded at crashed ICONs: always equal to ``ownerTotal``.
  public var accountedMoney: Money {
    let inFlight = queue.reduce(Money.zero) { total, item in
      switch item {
      case .deliver(let slot, _, _): total + envelopes[slot].message.money
      case .rare(let slot):
        if case .launchResult(_, let launch, _) = rareEvents[slot] { total + launch.money } else { total }
      default: total
      }
    }
    return engines.reduce(inFlight + stranded) { $0 + $1.balance + $1.spent }
  }

  /// Runs the simulation until `end`, calling `afterEach` (if given) after every event.
  public func run(until end: Instant, afterEach: ((Simulation) -> Void)? = nil) {
    while let next = queue.next(notAfter: end) {
      now = next.at
      // with many ICONs, an engine's state is rarely still in the cache when its next event comes: ask for
      // the next event's engine while this one runs
      if let upcoming = queue.upcoming { prefetch(for: upcoming) }
      step(next.item)
      afterEach?(self)
    }
    now = end
  }

  /// From now on, these subnets send at these rates (others keep theirs).
  public func changeRates(_ rates: [SubnetID: Double]) {
    workload.shifts.append(Workload.Shift(at: now, rates: rates))
  }

  /// Hands the owner's `command` to the lowest-named live origin now (none: nothing happens); money
  /// the owner adds counts toward ``ownerTotal``.
  public func obey(_ command: OwnerCommand) {
    guard
      let origin = engines.indices.filter({ isLive($0) && engines[$0].isOrigin }).min(by: {
        engines[$0].id < engines[$1].id
      })
    else { return }
    if case .addBudget(let amount) = command { ownerTotal += amount }
    apply(origin, .owner(command))
  }

  /// The index in ``engines`` of the ICON `id` (the latest to take that identifier).
  public func index(of id: ICONID) -> Int? { indexByID[id] }

  /// Puts `engine` in the place of the ICON at `index`, as a restored snapshot of it.
  public func replaceEngine(at index: Int, with engine: ICONEngine) {
    precondition(engine.id == engines[index].id, "\(engine.id) cannot replace \(engines[index].id)")
    engines[index] = engine
  }

  /// Schedules the crash of `icon` (or, with `nil`, of a random live non-origin ICON) at `time`.
  public func scheduleCrash(of icon: ICONID?, at time: Instant) { schedule(.crash(icon), at: time) }

  /// Cuts `nodes` off from the rest of the network from `start` until `end`.
  public func schedulePartition(of nodes: Set<Int>, from start: Instant, until end: Instant) {
    precondition(part == nil, "a part of a partitioned run models no network partitions")
    schedule(.partition(nodes, until: end), at: start)
  }

  /// True if the ICON at `index` is running.
  public func isLive(_ index: Int) -> Bool { !crashed.contains(index) && engines[index].lifecycle == .active }

  /// The live ICONs.
  public var liveEngines: [ICONEngine] { engines.indices.filter(isLive).map { engines[$0] } }

  private func start(_ engine: ICONEngine) {
    let index = engines.count
    let previous = indexByID.updateValue(index, forKey: engine.id)
    if previous != nil {
      // an identifier taken over by a new engine: forget where it led
      for other in shells.indices { shells[other].lastReceiver = nil }
    }
    // with path discovery, it knows its own site and what its parent (or itself, before a move) knew
    var known: Set<SiteID> = [engine.site.site]
    if settings.yardDiscovery == .path {
      for earlier in [engine.parent.flatMap { indexByID[$0] }, previous].compactMap({ $0 }) {
        known.formUnion(shells[earlier].knownSites)
      }
    }
    engines.append(engine)
    shells.append(Shell(node: siteNode[engine.site.site]!, knownSites: known))
    apply(index, catalogue(for: index))
    apply(index, .started)
  }

  /// What the engine at `index` knows of yards: everything, or (path discovery) the sites it learnt.
  private func catalogue(for index: Int) -> Event {
    guard settings.yardDiscovery == .path else { return .catalogue(offers: offers, latencies: latencyTable) }
    let known = shells[index].knownSites
    var table = LatencyTable()
    for population in workload.populations {
      for site in known {
        guard let node = siteNode[site] else { continue }
        table.record(
          LatencyEstimate(
            subnet: population.subnet, site: site, milliseconds: network.delay(population.node, node)))
      }
    }
    return .catalogue(offers: offers.filter { known.contains($0.key) }, latencies: table)
  }

  /// Path discovery: the first requests of `population` reached the engine at `index`, which learns
  /// the yards at the nodes on the path to them (the clients' own node last).
  private func traceIfNew(_ index: Int, _ population: Workload.Population) {
    guard settings.yardDiscovery == .path, shells[index].traced.insert(population.subnet).inserted else {
      return
    }
    let routers = network.route(shells[index].node, population.node).dropFirst()
    let found = routers.flatMap { sitesAtNode[$0] ?? [] }
    discoveryLookups += 1 + 3 * routers.count + found.count
    let before = shells[index].knownSites.count
    shells[index].knownSites.formUnion(found)
    if shells[index].knownSites.count > before { apply(index, catalogue(for: index)) }
  }

  private func schedule(_ item: Item, at time: Instant) { queue.schedule(item, at: time) }

  private func schedule(_ event: RareEvent, at time: Instant) {
    queue.schedule(.rare(rareEvents.store(event)), at: time)
  }

  private func deliver(_ envelope: Envelope, to receiver: Int, from sender: Int, at time: Instant) {
    schedule(.deliver(envelope: envelopes.store(envelope), to: receiver, from: sender), at: time)
  }

  private func apply(_ index: Int, _ event: Event) {
    guard crashed.isEmpty || !crashed.contains(index) else { return }
    engineEvents += 1
    var out = directives
    directives = []
    out.removeAll(keepingCapacity: true)
    engines[index].handle(event, now: now, into: &out)
    for directive in out { carryOut(directive, by: index) }
    directives = out
  }

  private func carryOut(_ directive: Directive, by index: Int) {
    onDirective?(now, engines[index].id, directive)
    switch directive {
    case .send(let envelope):
      send(envelope, from: index)
    case .setTimer(let timer, let at):
      let generation = shells[index].timers.renew(timer)
      if let plain = PlainTimer(timer) {
        schedule(.timer(index, plain, generation: generation), at: at)
      } else {
        schedule(.timer(index, timer, generation: generation), at: at)
      }
    case .cancelTimer(let timer):
      _ = shells[index].timers.renew(timer)
    case .completeMigration(_, let to, _):
      precondition(part == nil, "the ICONs of a partitioned run stay where they are")
      shells[index].node = siteNode[to]!
    case .launch(let launch):
      precondition(part == nil, "the ICONs of a partitioned run do not replicate")
      let from = shells[index].node
      let to = siteNode[launch.site.site]!
      let travel = Duration.milliseconds(network.delay(from, to) * 2)
      let succeeds =
        settings.launchFailureRate == 0
        || Double.random(in: 0..<1, using: &random) >= settings.launchFailureRate
      schedule(
        .launchResult(parent: index, launch: launch, succeeds: succeeds),
        at: now + travel + settings.deployDelay)
    case .note(let note):
      notes.append((now, engines[index].id, note))
    default:
      break
    }
  }

  private func send(_ envelope: Envelope, from index: Int) {
    messagesSent += 1
    guard let receiver = resolve(envelope.to, sender: index) else {
      post(envelope, from: index)
      return
    }
    let cut = isCut(shells[index].node, shells[receiver].node)
    let lost = settings.messageLoss > 0 && Double.random(in: 0..<1, using: &random) < settings.messageLoss
    if (cut || lost) && envelope.message.money == .zero { return }
    let travel = travelTime(from: index, to: receiver)
    if cut {
      // money waits for the partition to heal
      let heal = partitions.filter { $0.until > now }.map(\.until).max() ?? now
      deliver(envelope, to: receiver, from: index, at: heal + travel)
    } else {
      deliver(envelope, to: receiver, from: index, at: now + travel)
    }
  }

  /// The time a message takes from engine `sender` to engine `receiver` (none if no path is known).
  /// Most messages go where the sender's previous one went, or come from where the receiver's previous
  /// one came from, so the time is remembered on both sides.
  private func travelTime(from sender: Int, to receiver: Int) -> Duration {
    let (from, to) = (shells[sender].node, shells[receiver].node)
    if let known = shells[sender].sent, known.from == from, known.to == to { return known.time }
    if let known = shells[receiver].received, known.from == from, known.to == to { return known.time }
    let delay = network.delay(from, to)
    let travel = Travel(from: from, to: to, time: .milliseconds(delay.isFinite ? delay : 0))
    shells[sender].sent = travel
    shells[receiver].received = travel
    return travel.time
  }

  /// Puts `envelope` from engine `index` in the outbox of the part that holds its receiver (if any does).
  private func post(_ envelope: Envelope, from index: Int) {
    guard let part, let receiver = part.elsewhere[envelope.to] else { return }
    let delay = Duration.milliseconds(network.delay(shells[index].node, receiver.node))
    precondition(
      delay >= part.lookahead,
      "\(envelope.from) sent \(envelope.to), held by another part, a message that takes less than the lookahead"
    )
    mailSent += 1
    outboxes[receiver.part].append(
      Mail(at: now + delay, envelope: envelope, rank: (part.index << 40) + mailSent))
  }

  /// Takes the mail sent since the last call to ICONs of part `part`, in the order it was sent.
  public func takeMail(for part: Int) -> [Mail] {
    defer { outboxes[part] = [] }
    return outboxes[part]
  }

  /// Queues mail from other parts for the ICONs here. It must arrive after ``now``; mail arriving at the
  /// same instant as other events comes after them, in the order of its rank, whatever the order given.
  public func receive(_ mail: [Mail]) {
    for item in mail {
      precondition(item.at > now, "mail from another part arrived late: the run broke its lookahead")
      guard let receiver = indexByID[item.envelope.to] else { continue }
      let slot = envelopes.store(item.envelope)
      queue.schedule(.deliver(envelope: slot, to: receiver, from: -1), at: item.at, rank: item.rank)
    }
  }

  /// The index of the engine `id`, as sent to by the engine at `sender`; nil if there is none.
  private func resolve(_ id: ICONID, sender: Int) -> Int? {
    if let replyTo, replyTo.id == id { return replyTo.index }
    if let known = shells[sender].lastReceiver, known.id == id { return known.index }
    guard let index = indexByID[id] else { return nil }
    shells[sender].lastReceiver = KnownReceiver(id: id, index: index)
    return index
  }

  private func step(_ item: Item) {
    switch item {
    case .deliver(let slot, let receiver, let sender):
      let envelope = envelopes.take(slot)
      guard !crashed.contains(receiver) else {
        stranded += envelope.message.money
        return
      }
      replyTo = sender >= 0 ? KnownReceiver(id: envelope.from, index: sender) : nil
      apply(receiver, .received(envelope))
      replyTo = nil
    case .timer(let index, let plain, let generation):
      fire(plain.timer, of: index, generation: generation)
    case .traffic:
      feedTraffic()
      schedule(.traffic, at: now + settings.trafficInterval)
    case .rare(let slot):
      step(rareEvents.take(slot))
    }
  }

  private func fire(_ timer: TimerID, of index: Int, generation: Int) {
    if shells[index].timers.current(timer) == generation { apply(index, .timer(timer)) }
  }

  private func step(_ event: RareEvent) {
    switch event {
    case .timer(let index, let timer, let generation):
      fire(timer, of: index, generation: generation)
    case .launchResult(let parent, let launch, let succeeds):
      if succeeds, case .replica(let configuration) = launch.purpose { start(ICONEngine(configuration)) }
      // a failed launch's money goes back to its parent; a crashed parent's yard holds it
      if !succeeds && crashed.contains(parent) { stranded += launch.money }
      apply(
        parent,
        succeeds
          ? .launchSucceeded(launchID: launch.launchID)
          : .launchFailed(launchID: launch.launchID, reason: "failed"))
    case .crash(let icon):
      if let icon, let index = indexByID[icon] {
        crash(index)
      } else {
        let candidates = engines.indices.filter { isLive($0) && !engines[$0].isOrigin }
        if let victim = candidates.randomElement(using: &random) { crash(victim) }
      }
    case .deathReport(let icon, let heir):
      apply(heir, .peerDied(icon))
    case .partition(let nodes, let until):
      partitions.append((nodes, until))
    }
  }

  /// Asks for the engine `item` is for, and what the run keeps for it, to be brought into the cache
  /// without waiting for them.
  private func prefetch(for item: Item) {
    let index: Int
    switch item {
    case .deliver(_, let to, _): index = to
    case .timer(let engine, _, _): index = engine
    default: return
    }
    prefetch(engines, at: index)
    prefetch(shells, at: index)
  }

  /// Asks for `array[index]` to be brought into the cache (every line it may straddle).
  private func prefetch<Element>(_ array: [Element], at index: Int) {
    array.withUnsafeBufferPointer {
      icon_prefetch($0.baseAddress! + index, Int32((MemoryLayout<Element>.size + 63) / 64 + 1))
    }
  }

  /// True if a partition now separates nodes `from` and `to`.
  private func isCut(_ from: Int, _ to: Int) -> Bool {
    !partitions.isEmpty
      && partitions.contains { ($0.nodes.contains(from) != $0.nodes.contains(to)) && $0.until > now }
  }

  /// Stops the ICON at `index`; its yard tells the heir, unless a partition cuts them apart.
  private func crash(_ index: Int) {
    guard !crashed.contains(index) else { return }
    crashed.insert(index)
    let engine = engines[index]
    guard let delay = settings.deathReport, let heir = engine.parent ?? engine.children.keys.min(),
      let receiver = indexByID[heir]
    else { return }
    let (from, to) = (shells[index].node, shells[receiver].node)
    let travel = network.delay(from, to)
    guard !isCut(from, to), travel.isFinite else { return }
    schedule(.deathReport(engine.id, to: receiver), at: now + delay + .milliseconds(travel))
  }

  /// The live ICON that serves clients of `subnet`: with redirects, from its entry origin (or the
  /// lowest-named live one) follow the published routes while they lead to a live ICON (none, if they
  /// lead round in a circle: such clients are never served); with nearest discovery, the live ICON
  /// nearest to the clients.
  public func server(of subnet: SubnetID) -> Int? { server(of: subnet, origins: liveOrigins()) }

  /// The live origins, by index: where clients' requests first arrive (with redirects).
  private func liveOrigins() -> [Int] {
    settings.discovery == .nearest ? [] : engines.indices.filter { isLive($0) && engines[$0].isOrigin }
  }

  /// ``server(of:)`` with the live origins found once for every subnet of a tick (finding them reads
  /// each engine whole).
  private func server(of subnet: SubnetID, origins: [Int]) -> Int? {
    if let fixedServers, let position = workload.populations.firstIndex(where: { $0.subnet == subnet }) {
      return fixedServers[position].flatMap { isLive($0) ? $0 : nil }
    }
    if settings.discovery == .nearest, let node = clientNodes[subnet] {
      return engines.indices.filter(isLive).min {
        (network.delay(node, siteNode[engines[$0].site.site]!), engines[$0].id)
          < (network.delay(node, siteNode[engines[$1].site.site]!), engines[$1].id)
      }
    }
    guard
      var current = origins.first(where: { engines[$0].id == entries[subnet] })
        ?? origins.min(by: { engines[$0].id < engines[$1].id })
    else { return nil }
    // a path of more hops than there are ICONs has come round to one it passed
    var hops = 0
    while let next = nextHop(from: current, for: subnet) {
      hops += 1
      guard hops < engines.count else { return nil }
      current = next
    }
    return current
  }

  /// The live ICON that the ICON at `index` redirects clients of `subnet` to, if it routes them on.
  public func nextHop(from index: Int, for subnet: SubnetID) -> Int? {
    engines[index].routes.first(where: { $0.subnet == subnet }).flatMap { indexByID[$0.via] }.flatMap {
      isLive($0) ? $0 : nil
    }
  }

  private func feedTraffic() {
    if fixedServers != nil, workload.isStatic {
      feedStaticTraffic()
      return
    }
    let rates = workload.rates(at: now)
    let seconds = settings.trafficInterval.inSeconds
    var samplesByServer: [Int: [TrafficSample]] = [:]
    var latencySum = 0.0
    var rateSum = 0.0
    var servers: Set<Int> = []
    let origins = fixedServers == nil ? liveOrigins() : []
    for (position, population) in workload.populations.enumerated() where rates[position] > 0 {
      let found =
        fixedServers.map { $0[position].flatMap { isLive($0) ? $0 : nil } }
        ?? server(of: population.subnet, origins: origins)
      guard let server = found else { continue }
      servers.insert(server)
      let latency = network.delay(population.node, siteNode[engines[server].site.site]!)
      latencySum += rates[position] * latency
      rateSum += rates[position]
      let expected = rates[position] * seconds + requestCarry[position]
      let count = Int(expected.rounded(.down))
      requestCarry[position] = expected - Double(count)
      guard count > 0 else { continue }
      traceIfNew(server, population)
      samplesByServer[server, default: []].append(
        TrafficSample(subnet: population.subnet, requests: count, totalLatency: latency * Double(count)))
    }
    for server in samplesByServer.keys.sorted() { apply(server, .traffic(samplesByServer[server]!)) }
    record(meanLatency: rateSum > 0 ? latencySum / rateSum : 0, requestRate: rateSum, servers: servers.count)
  }

  /// Unchanging rates and fixed servers: the per-ICON samples are built once and handed out every
  /// interval (requests per interval rounded), which keeps a run with a million clients cheap.
  private func feedStaticTraffic() {
    if staticTraffic == nil {
      let rates = workload.rates(at: now)
      let seconds = settings.trafficInterval.inSeconds
      var batches: [Int: [TrafficSample]] = [:]
      var latencySum = 0.0
      var rateSum = 0.0
      for (position, population) in workload.populations.enumerated() where rates[position] > 0 {
        guard let server = fixedServers?[position] else { continue }
        traceIfNew(server, population)
        let latency = network.delay(population.node, siteNode[engines[server].site.site]!)
        latencySum += rates[position] * latency
        rateSum += rates[position]
        let count = Int((rates[position] * seconds).rounded())
        guard count > 0 else { continue }
        batches[server, default: []].append(
          TrafficSample(subnet: population.subnet, requests: count, totalLatency: latency * Double(count)))
      }
      // each batch in subnet order, which the engines' observers find their subnets in fastest
      staticTraffic = (
        batches.sorted { $0.key < $1.key }.map { ($0.key, $0.value.sorted { $0.subnet < $1.subnet }) },
        rateSum > 0 ? latencySum / rateSum : 0,
        rateSum
      )
    }
    let traffic = staticTraffic!
    var served = 0
    for (server, batch) in traffic.batches where isLive(server) {
      apply(server, .traffic(batch))
      served += 1
    }
    record(meanLatency: traffic.meanLatency, requestRate: traffic.rate, servers: served)
  }

  private func record(meanLatency: Double, requestRate: Double, servers: Int) {
    var live = 0
    var spent = Money.zero
    var balance = Money.zero
    for index in engines.indices {
      spent += engines[index].spent
      guard isLive(index) else { continue }
      live += 1
      balance += engines[index].balance
    }
    samples.append(
      SimulationSample(
        time: now, meanLatency: meanLatency, requestRate: requestRate, instances: live,
        servingInstances: servers,
        messages: messagesSent, spent: spent, balance: balance))
  }
}

/// What a simulation keeps for one engine besides the engine.
private struct Shell {
  /// The network node the engine's site is at.
  var node: Int
  var timers = TimerGenerations()
  /// Where the engine's previous message went: a report goes where the previous one went.
  var lastReceiver: KnownReceiver?
  /// The travel of the engine's previous message.
  var sent: Travel?
  /// The travel of the previous message to the engine.
  var received: Travel?
  /// The yards' sites it knows (path discovery).
  var knownSites: Set<SiteID>
  /// The client subnets whose paths it traced (path discovery).
  var traced: Set<SubnetID> = []

  init(node: Int, knownSites: Set<SiteID> = []) {
    self.node = node
    self.knownSites = knownSites
  }
}

/// The time a message takes from one network node to another.
private struct Travel {
  var from: Int
  var to: Int
  var time: Duration
}

/// The timers that carry no name, as a queued item holds them.
private enum PlainTimer {
  case heartbeat, decision, leaseSlot, attachTimeout, electionDeadline

  /// The plain form of `timer`; nil for a timer with a name.
  init?(_ timer: TimerID) {
    switch timer {
    case .heartbeat: self = .heartbeat
    case .decision: self = .decision
    case .leaseSlot: self = .leaseSlot
    case .attachTimeout: self = .attachTimeout
    case .electionDeadline: self = .electionDeadline
    case .claimTimeout: return nil
    }
  }

  /// The timer it stands for.
  var timer: TimerID {
    switch self {
    case .heartbeat: .heartbeat
    case .decision: .decision
    case .leaseSlot: .leaseSlot
    case .attachTimeout: .attachTimeout
    case .electionDeadline: .electionDeadline
    }
  }
}

/// An engine's identifier with its index in ``Simulation/engines``.
private struct KnownReceiver {
  var id: ICONID
  var index: Int
}

/// How many times each timer of one engine was set or cancelled: a timer event fires only if its
/// generation is still the current one. The periodic timers' counts are stored inline, so a timer costs
/// no lookup beyond the engine's entry.
private struct TimerGenerations {
  private var heartbeat = 0
  private var decision = 0
  private var leaseSlot = 0
  private var attachTimeout = 0
  private var electionDeadline = 0
  private var claims: [String: Int] = [:]

  /// The generation of `timer` now in force.
  func current(_ timer: TimerID) -> Int {
    switch timer {
    case .heartbeat: heartbeat
    case .decision: decision
    case .leaseSlot: leaseSlot
    case .attachTimeout: attachTimeout
    case .electionDeadline: electionDeadline
    case .claimTimeout(let claim): claims[claim] ?? 0
    }
  }

  /// Starts a new generation of `timer` (set or cancelled) and returns it.
  mutating func renew(_ timer: TimerID) -> Int {
    switch timer {
    case .heartbeat: heartbeat += 1
    case .decision: decision += 1
    case .leaseSlot: leaseSlot += 1
    case .attachTimeout: attachTimeout += 1
    case .electionDeadline: electionDeadline += 1
    case .claimTimeout(let claim): claims[claim, default: 0] += 1
    }
    return current(timer)
  }
}
