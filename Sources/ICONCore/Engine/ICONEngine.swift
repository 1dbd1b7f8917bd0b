import Foundation

/// One ICON's decision engine: a pure state machine. It never reads a clock, draws randomness only from
/// its own seeded generator and touches no socket or file. Feed it events with the time they happen;
/// carry out the directives it returns.
///
/// The same engine runs inside the simulator and inside the runtime agent.
public struct ICONEngine: Sendable, Codable {
  /// Where an engine is in its life.
  public enum Lifecycle: Hashable, Codable, Sendable {
    /// Configured, its instance not yet running.
    case created
    /// Running.
    case active
    /// Terminated; it only forwards money that still reaches it.
    case terminated
  }

  /// An action under way: a site claim waiting for an answer, then the launch of an instance.
  public enum PendingAction: Hashable, Codable, Sendable {
    /// Waiting for the tree to grant `claim` for `decision`.
    case claiming(SiteClaim, PlacementDecision)
    /// Waiting for the shell to start `launch` for `decision`.
    case launching(Launch, PlacementDecision)
  }

  /// Clients of a subnet sent to another ICON of the tree, until `until`.
  struct PeerHandOff: Hashable, Codable, Sendable {
    var peer: ICONID
    var until: Instant
  }

  /// A child's claim passed up to the parent, waiting for its answer.
  struct RelayedClaim: Hashable, Codable, Sendable {
    var claim: SiteClaim
    var child: ICONID
  }

  /// How an ICON that lost its parent is repairing the tree.
  public enum Recovery: Hashable, Codable, Sendable {
    /// Asking `candidates.first` to adopt it, then the next ones.
    case attaching(candidates: [ICONID])
    /// Collecting candidates for the origin election of `epoch`.
    case electing(epoch: UInt64, candidates: Set<ICONID>)
  }

  struct PendingFunding: Hashable, Codable, Sendable {
    var request: FundingRequest
    var since: Instant
  }

  struct QueuedFunding: Hashable, Codable, Sendable {
    var request: FundingRequest
    var from: ICONID
  }

  /// This ICON.
  public let id: ICONID
  /// Its application.
  public let application: ApplicationID
  /// The owner's utility function (not part of a snapshot: the shell supplies it again).
  public internal(set) var utility: any PlacementUtility = WeightedCostLatency()
  /// Where it is in its life.
  public internal(set) var lifecycle: Lifecycle = .created
  /// The offer of the yard it runs at.
  public internal(set) var site: SiteOffer
  /// Its parent; `nil` for an origin.
  public internal(set) var parent: ICONID? {
    didSet { if parent != oldValue { parentListsVersion = nil } }
  }
  /// Where its parent runs.
  public internal(set) var parentSite: SiteID?
  /// Ancestors, nearest first.
  public internal(set) var ancestors: [ICONID] {
    // acknowledgements repeat the same ancestors (usually the very same array): rebuild only on change
    didSet { if ancestors != oldValue { lineageCache = [id] + ancestors } }
  }
  /// The origin of its tree.
  public internal(set) var origin: ICONID
  /// The origin epoch it is in.
  public internal(set) var epoch: UInt64
  /// Its siblings (recovery links), sorted.
  public var siblings: [ICONID] { parentsChildren.filter { $0 != id } }
  /// Its parent's children as the parent last named them, sorted: its siblings, and itself when the
  /// parent sent every child the same list (which costs the parent nothing to build).
  var parentsChildren: [ICONID] = []
  /// Its children.
  public internal(set) var children: [ICONID: ChildRecord] = [:] {
    // every mutation adds, removes or updates one child, or empties the map, so the keys changed
    // exactly when the count did
    didSet { if children.count != childOrder.count { childOrder = children.keys.sorted() } }
  }
  /// The owner's policy.
  public internal(set) var policy: OwnerPolicy
  /// Money it holds.
  public internal(set) var balance: Money
  /// Money it has paid in leases.
  public internal(set) var spent: Money = .zero
  /// Its own clients' demand.
  public internal(set) var demand = DemandObserver()
  /// Latency estimates to candidate sites.
  public internal(set) var latencies = LatencyTable()
  /// Offers known from discovery.
  public internal(set) var offers: [SiteID: SiteOffer] = [:] {
    didSet { offersInSiteOrder = offers.values.sorted { $0.site < $1.site } }
  }
  /// The values of `offers` in site order, kept up to date by every change of `offers` (the planner
  /// weighs candidates in site order several times a second; a decoded engine starts without it).
  private var offersInSiteOrder: [SiteOffer] = []
  /// The known offers in site order.
  var sortedOffers: [SiteOffer] {
    offersInSiteOrder.count == offers.count ? offersInSiteOrder : offers.values.sorted { $0.site < $1.site }
  }
  /// The routes it last published.
  public internal(set) var routes: [Route] = []
  /// Client subnets its parent handed to it.
  public internal(set) var assignedSubnets: [SubnetID]
  /// Actions under way: site claims waiting for answers, launches waiting for instances.
  public internal(set) var pendingActions: [PendingAction] = []
  /// A tree repair under way.
  public internal(set) var recovery: Recovery?
  /// After termination: who received its children and budget.
  public internal(set) var successor: ICONID?

  var random: SplitMix64
  /// The most entries an ICON keeps in each table that other parties' input fills: site claims and
  /// funding requests passed up, children attached after a repair, client subnets with latency
  /// estimates from the network.
  public static let inputLimit = 4096
  var reservations: [SiteID: Instant] = [:]
  var deniedSites: [SiteID: Instant] = [:]
  /// Subnets handed to an ICON other than a child (one at a site this ICON was denied), until when.
  var peerHandOffs: [SubnetID: PeerHandOff] = [:]
  /// Children's claims passed up to the parent, by claim, with the child to pass the answer to.
  var relayedClaims: [String: RelayedClaim] = [:]
  var relayedFunding: [String: ICONID] = [:]
  var fundingQueue: [QueuedFunding] = []
  var pendingFunding: PendingFunding?
  var lastAck: Instant = .zero
  var lastAction: Instant = .zero
  /// The last decision took every one of the several actions a decision may take: the next follows
  /// without a cooldown.
  var continuesPlan = false
  var startedAt: Instant = .zero
  /// When this ICON settles where the clients its last action left it are served best
  /// (``settling(after:now:)``); nil when it has settled since.
  var settlesAt: Instant?
  var reportSequence: UInt64 = 0
  /// The version of this ICON's subtree lists its parent said it holds.
  var parentListsVersion: UInt64?
  var subtreeLists: SubtreeLists?
  var counter: UInt64 = 0
  /// The keys of `children`, sorted, kept up to date by every change of `children` (a decoded engine
  /// starts without it).
  private var childOrder: [ICONID] = []
  /// This ICON followed by its ancestors, kept up to date with `ancestors` (a decoded engine starts
  /// without it).
  private var lineageCache: [ICONID] = []

  /// This ICON followed by its ancestors: the ancestors of each of its children. Every acknowledgement
  /// carries it, so the children share one array.
  var lineage: [ICONID] { lineageCache.isEmpty ? [id] + ancestors : lineageCache }

  /// The keys of `children`, sorted: the order the engine visits children in, so every run of the
  /// same events gives the same directives.
  var sortedChildren: [ICONID] {
    childOrder.count == children.count ? childOrder : children.keys.sorted()
  }

  /// Reads or changes the record of the child at `position` in place: the dictionary's getters copy a
  /// record whole, report and lists included, which costs more than most reads of it.
  mutating func withChild<Result>(
    at position: [ICONID: ChildRecord].Index, _ body: (inout ChildRecord) -> Result
  ) -> Result {
    body(&children.values[position])
  }

  /// Visits every child's record in place, in no particular order. (It walks positions one by one: a
  /// held `children.indices` would share the storage, and a change would copy the whole dictionary.)
  @inline(__always)
  mutating func forEachChild(_ body: (ICONID, inout ChildRecord) -> Void) {
    var position = children.startIndex
    while position != children.endIndex {
      let childID = children.keys[position]
      withChild(at: position) { body(childID, &$0) }
      position = children.index(after: position)
    }
  }

  /// Visits every child's record in place, in the order of ``sortedChildren`` (for sums and hashes that
  /// must come out the same in every process).
  @inline(__always)
  mutating func forEachChildInOrder(_ body: (ICONID, inout ChildRecord) -> Void) {
    for childID in sortedChildren {
      withChild(at: children.index(forKey: childID)!) { body(childID, &$0) }
    }
  }

  /// An engine for `configuration`, scoring placements with `utility`.
  public init(_ configuration: EngineConfiguration, utility: any PlacementUtility = WeightedCostLatency()) {
    id = configuration.id
    application = configuration.application
    self.utility = utility
    site = configuration.site
    parent = configuration.parent
    parentSite = configuration.parentSite
    ancestors = configuration.ancestors
    lineageCache = [id] + ancestors
    origin = configuration.origin
    epoch = configuration.epoch
    policy = configuration.policy
    balance = configuration.budget
    assignedSubnets = configuration.subnets.sorted()
    random = SplitMix64(seed: configuration.seed)
  }

  /// True while this ICON is the root of its tree.
  public var isOrigin: Bool { parent == nil && origin == id }

  /// Handles one event at `now` and returns what the shell should do, in order.
  public mutating func handle(_ event: Event, now: Instant) -> [Directive] {
    var out: [Directive] = []
    handle(event, now: now, into: &out)
    return out
  }

  /// Handles one event at `now` and appends what the shell should do, in order, to `out` (a shell
  /// handling many events reuses one array).
  public mutating func handle(_ event: Event, now: Instant, into out: inout [Directive]) {
    guard lifecycle != .terminated else {
      handleAfterTermination(event, now: now, into: &out)
      return
    }
    switch event {
    case .started:
      start(now: now, into: &out)
    case .resumed:
      for child in children.keys { children[child]!.lastHeard = max(children[child]!.lastHeard, now) }
      lastAck = max(lastAck, now)
    case .timer(let timer):
      fire(timer, now: now, into: &out)
    case .received(let envelope):
      receive(envelope, now: now, into: &out)
    case .traffic(let samples):
      demand.record(samples)
      // folded as they come, the demand decided on is the freshest, and a subnet's silence is known to
      // the batch (a fold is exact however often it runs: the span since the last fold is the span the
      // samples came in)
      demand.fold(now: now, window: policy.smoothingWindow)
    case .offers(let newOffers):
      var known = offers
      for offer in newOffers {
        if let problem = offer.problem {
          out.append(.rejected(.unusableOffer(offer.site, problem)))
        } else {
          known[offer.site] = offer
        }
      }
      offers = known
    case .latencies(let estimates):
      defer {
        if latencies.subnetCount > Self.inputLimit {
          latencies.keep(atMost: Self.inputLimit, preferring: Set(demand.subnets))
        }
      }
      for estimate in estimates {
        if (0...1_000_000).contains(estimate.milliseconds) {
          latencies.record(estimate)
        } else {
          out.append(
            .rejected(
              .unusableLatency(
                subnet: estimate.subnet, site: estimate.site, milliseconds: estimate.milliseconds)))
        }
      }
    case .catalogue(let newOffers, let newLatencies):
      offers = newOffers
      latencies = newLatencies
    case .launchSucceeded(let launchID):
      launchSucceeded(launchID, now: now, into: &out)
    case .launchFailed(let launchID, let reason):
      launchFailed(launchID, reason: reason, now: now, into: &out)
    case .owner(let command):
      obey(command, now: now, into: &out)
    case .peerDied(let peer):
      peerDied(peer, now: now, into: &out)
    }
  }

  /// A terminated ICON only passes on what still reaches it: money, orphans and failed launches' budgets.
  private mutating func handleAfterTermination(_ event: Event, now: Instant, into out: inout [Directive]) {
    switch event {
    case .received(let envelope):
      forwardAfterTermination(envelope, into: &out)
    case .launchFailed(let launchID, _):
      refundAfterTermination(launchID, into: &out)
    default:
      out.append(.rejected(.terminated(id)))
    }
  }

  private mutating func start(now: Instant, into out: inout [Directive]) {
    guard lifecycle == .created else {
      out.append(.rejected(.alreadyRunning(id)))
      return
    }
    lifecycle = .active
    lastAck = now
    // a replica acts at once on the clients it is handed (its start was its parent's action); the
    // origin waits a cooldown
    lastAction = parent == nil ? now : now + (.zero - policy.actionCooldown)
    startedAt = now
    if parent != nil { settlesAt = now + policy.smoothingWindow }
    demand.fold(now: now, window: policy.smoothingWindow)
    let jitter = Duration.nanoseconds(Int64.random(in: 0..<policy.reportPeriod.nanoseconds, using: &random))
    out.append(.setTimer(.heartbeat, at: now + jitter))
    out.append(
      .setTimer(
        .decision,
        at: now + policy.decisionPeriod + .nanoseconds(jitter.nanoseconds % policy.decisionPeriod.nanoseconds)
      ))
    out.append(.setTimer(.leaseSlot, at: now + site.slot))
    payLease(now: now, into: &out)
    publishRoutes(into: &out)
  }

  private mutating func fire(_ timer: TimerID, now: Instant, into out: inout [Directive]) {
    guard lifecycle == .active else {
      out.append(.rejected(.timerBeforeStart(timer, icon: id)))
      return
    }
    switch timer {
    case .heartbeat:
      heartbeat(now: now, into: &out)
      out.append(.setTimer(.heartbeat, at: now + policy.reportPeriod))
    case .decision:
      decide(now: now, into: &out)
      if lifecycle == .active { out.append(.setTimer(.decision, at: now + policy.decisionPeriod)) }
    case .leaseSlot:
      out.append(.setTimer(.leaseSlot, at: now + site.slot))
      payLease(now: now, into: &out)
    case .claimTimeout(let claimID):
      claimTimedOut(claimID, now: now, into: &out)
    case .attachTimeout:
      attachTimedOut(now: now, into: &out)
    case .electionDeadline:
      closeElection(now: now, into: &out)
    }
  }

  private mutating func heartbeat(now: Instant, into out: inout [Directive]) {
    demand.fold(now: now, window: policy.smoothingWindow)
    if !reservations.isEmpty { reservations = reservations.filter { $0.value > now } }
    if !deniedSites.isEmpty { deniedSites = deniedSites.filter { $0.value > now } }
    var redirectionsExpired = false
    forEachChild { _, child in
      guard !child.delegated.isEmpty else { return }
      let kept = child.delegated.filter { $0.value > now }
      guard kept.count != child.delegated.count else { return }
      child.delegated = kept
      redirectionsExpired = true
    }
    if !peerHandOffs.isEmpty {
      let kept = peerHandOffs.filter { $0.value.until > now }
      redirectionsExpired = redirectionsExpired || kept.count != peerHandOffs.count
      peerHandOffs = kept
    }
    if detectLostChildren(now: now, into: &out) || redirectionsExpired { publishRoutes(into: &out) }
    if let parent, recovery == nil {
      if now - lastAck > policy.heartbeatTimeout {
        startRecovery(lostParent: parent, now: now, into: &out)
      } else {
        reportSequence += 1
        refreshSubtreeLists()
        let report = summary(includingLists: subtreeLists?.version != parentListsVersion)
        out.append(send(.report(report), to: parent))
      }
    }
    checkFunding(now: now, into: &out)
  }

  /// Wraps `message` for `receiver`.
  func send(_ message: Message, to receiver: ICONID) -> Directive {
    .send(Envelope(application: application, from: id, to: receiver, epoch: epoch, message: message))
  }

  private mutating func obey(_ command: OwnerCommand, now: Instant, into out: inout [Directive]) {
    guard isOrigin else {
      out.append(.rejected(.notOrigin(origin: origin, receiver: id)))
      return
    }
    switch command {
    case .updatePolicy(let newPolicy):
      adopt(policy: newPolicy, into: &out)
    case .addBudget(let amount):
      guard amount > .zero else {
        out.append(.rejected(.nonPositiveAmount(.budgetAddition, amount)))
        return
      }
      guard amount <= Money.limit, canCredit(amount) else {
        out.append(.rejected(.amountOutOfRange(amount)))
        return
      }
      balance += amount
      pendingFunding = nil
      serveFundingQueue(into: &out)
    }
  }

  /// Applies `newPolicy` if it is valid and newer, and passes it to the children.
  mutating func adopt(policy newPolicy: OwnerPolicy, into out: inout [Directive]) {
    let problems = newPolicy.problems
    guard problems.isEmpty else {
      out.append(.rejected(.invalidPolicy(problems)))
      return
    }
    guard newPolicy.version > policy.version else {
      out.append(
        .rejected(.stalePolicy(version: newPolicy.version, current: policy.version)))
      return
    }
    policy = newPolicy
    out.append(.note(.policyApplied(version: newPolicy.version)))
    for child in sortedChildren { out.append(send(.policyUpdate(newPolicy), to: child)) }
  }

  /// A terminated ICON passes on money (and orphans handed to it) to its successor, so nothing is lost.
  private mutating func forwardAfterTermination(_ envelope: Envelope, into out: inout [Directive]) {
    let money = envelope.message.money
    guard let successor else {
      out.append(.rejected(.terminated(id)))
      return
    }
    guard case .adopt(let adoption) = envelope.message else {
      if money > .zero {
        let transfer = BudgetTransfer(amount: money, reason: "forwarded by \(id)")
        out.append(send(.budgetTransfer(transfer), to: successor))
      } else {
        out.append(.rejected(.terminated(id)))
      }
      return
    }
    out.append(send(.adopt(adoption), to: successor))
    let handed = adoption.children.map(\.id)
    for child in handed {
      out.append(send(.reparent(reparent(to: successor, sending: child, among: handed)), to: child))
    }
  }

  /// A replica launch that fails after termination returns its budget to the successor.
  private mutating func refundAfterTermination(_ launchID: String, into out: inout [Directive]) {
    guard let index = pendingLaunch(launchID), let successor else {
      out.append(.rejected(.launchNotPending(launchID)))
      return
    }
    guard case .launching(let launch, _) = pendingActions.remove(at: index) else { return }
    if launch.money > .zero {
      let transfer = BudgetTransfer(amount: launch.money, reason: "refund of failed launch \(launchID)")
      out.append(send(.budgetTransfer(transfer), to: successor))
    }
  }
}

extension ICONEngine {
  /// Everything but the utility, which is code: a snapshot carries the engine's state only.
  enum CodingKeys: String, CodingKey {
    case id, application, lifecycle, site, parent, parentSite, ancestors, origin, epoch, parentsChildren
    case children, policy, balance, spent, demand, latencies, offers, routes, assignedSubnets
    case pendingActions, recovery, successor, random, reservations, deniedSites, peerHandOffs, relayedClaims
    case relayedFunding, fundingQueue, pendingFunding, lastAck, lastAction, continuesPlan, startedAt
    case settlesAt
    case reportSequence
    case parentListsVersion, subtreeLists, counter
  }

  /// The engine's whole state as JSON, to persist it or to move it with a migrating ICON.
  public func snapshot() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    return try encoder.encode(self)
  }

  /// An engine continuing from a ``snapshot()``, scoring placements with `utility`.
  public init(snapshot: Data, utility: any PlacementUtility = WeightedCostLatency()) throws {
    self = try JSONDecoder().decode(ICONEngine.self, from: snapshot)
    self.utility = utility
  }
}
