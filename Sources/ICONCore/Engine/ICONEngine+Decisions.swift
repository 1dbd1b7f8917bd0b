/// Migration, replication and termination: deciding, claiming a site, launching, completing.
extension ICONEngine {
  /// Sites this ICON knows to be in use by its application or reserved by a granted claim.
  public func occupiedSites(now: Instant) -> Set<SiteID> {
    var used: Set<SiteID> = [site.site]
    for child in children.values {
      used.insert(child.site)
      used.formUnion(child.sites)
    }
    for (reserved, until) in reservations where until > now { used.insert(reserved) }
    return used
  }

  /// How long a granted claim keeps its site reserved: long enough for the new instance to start and
  /// appear in reports.
  var reservationPeriod: Duration { max(policy.actionCooldown, policy.heartbeatTimeout) * 2 }

  /// The planner's view of this ICON right now: as it will be once the instances it is starting run;
  /// `onlySending` leaves the quiet subnets out of its demand
  /// (``DemandObserver/sendingDemand(now:window:)``).
  public func situation(now: Instant, onlySending: Bool = false) -> PlacementPlanner.Situation {
    var used = offers.isEmpty ? [] : occupiedSites(now: now)
    var here = site
    // the demand as the launches under way leave it, if they change it (copied only then)
    var expected: DemandObserver?
    for case .launching(let launch, let decision) in pendingActions {
      used.insert(launch.site.site)
      switch decision {
      case .replicate(_, let subnets, _, _):
        // replicas being started already have their clients
        expected = expected ?? demand
        expected?.forget(subnets)
      case .migrate(let target, _):
        // the clients left here will be served from where the ICON is moving
        here = target
        expected = expected ?? demand
        expected?.relocate { [latencies] subnet in latencies.latency(from: subnet, to: target.site) }
      default:
        break
      }
    }
    let candidates = sortedOffers.filter { offer in
      !used.contains(offer.site) && (deniedSites[offer.site].map { $0 <= now } ?? true)
    }
    // a new ICON has not seen its clients long enough to judge its own value
    let warmedUp = now - startedAt >= max(policy.actionCooldown, policy.smoothingWindow * 2)
    return PlacementPlanner.Situation(
      site: here,
      demand: onlySending
        ? (expected ?? demand).sendingDemand(now: now, window: policy.smoothingWindow)
        : (expected ?? demand).orderedDemand, latencies: latencies,
      candidates: candidates,
      balance: balance, fallbackSite: parent == nil || !warmedUp ? nil : parentSite)
  }

  /// What keeps this ICON from acting on its decision rules now, if anything.
  public func decisionHold(now: Instant) -> DecisionHold? {
    // while instances start (which may take long), further replicas may be decided, nothing else
    if !pendingActions.allSatisfy({ if case .launching = $0 { true } else { false } }) {
      return .claimPending
    }
    if recovery != nil { return .repairing }
    if !continuesPlan, now - lastAction < policy.actionCooldown {
      return .coolingDown(lastAction + policy.actionCooldown - now)
    }
    return nil
  }

  /// The decision rules applied to this ICON's situation now, with every input they weighed and what
  /// held the decision back, if anything.
  public func explain(now: Instant) -> DecisionExplanation {
    // the situation and the steps ``decide`` weighs at this tick
    let planner = PlacementPlanner(utility: utility, policy: policy)
    let closer = closerChildren()
    let planned = planner.explained(situationToPlan(now: now, handingOn: closer))
    var explanation = planned.explanation
    explanation.heldBack = decisionHold(now: now)?.description
    if let placed = placeWithSubtree(handingOn: closer, now: now) {
      (explanation.decision, explanation.reason) = planner.words(
        forSubtree: placed.decisions, handed: placed.handed.count, gain: placed.gain)
    } else if let settled = settling(after: planned.decisions, now: now), !settled.isEmpty {
      (explanation.decision, explanation.reason) = planner.words(forSettling: settled)
    }
    return explanation
  }

  mutating func decide(now: Instant, into out: inout [Directive]) {
    let closer = closerChildren()
    if let placed = placeWithSubtree(handingOn: closer, now: now) {
      hand(placed.handed, now: now, into: &out)
      carryOut(placed.decisions, now: now, onlyReplicas: false, into: &out)
      return
    }
    hand(closer, now: now, into: &out)
    guard decisionHold(now: now) == nil else { return }
    let onlyReplicas = !pendingActions.isEmpty
    // knowing no yard and no latency, the planner can weigh nothing, and it terminates an ICON only for
    // want of clients: while some are served it would stay, so the situation need not be built
    if !onlyReplicas, offers.isEmpty, latencies.isEmpty, demand.servesAny(atLeast: policy.minimumSubnetRate) {
      return
    }
    let planner = PlacementPlanner(utility: utility, policy: policy)
    let decisions = planner.plan(
      situationToPlan(now: now, handingOn: closer), limit: policy.actionsPerDecision)
    if let settled = settling(after: decisions, now: now) {
      // weighed once: whether it acts or stays, the ICON has settled
      settlesAt = nil
      if !settled.isEmpty {
        carryOut(settled, now: now, onlyReplicas: false, into: &out)
        return
      }
    }
    carryOut(decisions, now: now, onlyReplicas: onlyReplicas, into: &out)
  }

  /// How this ICON settles (``PlacementPlanner/settle(_:limit:)``: replicas and a move, or nothing to
  /// stay), if settling is due and the rules' `decisions` are to stay. It is due once the clients its
  /// last change left it have been observed for a smoothing window: the thresholds keep an ICON from
  /// following every small change of its demand, but the clients an action leaves it (a new replica's,
  /// or those a parent keeps once it handed some to a new replica) are a change of its own making, and
  /// the sites that serve them were chosen on the demand before it. Nil when it is not due.
  func settling(after decisions: [PlacementDecision], now: Instant) -> [PlacementDecision]? {
    guard let settlesAt, now >= settlesAt, pendingActions.isEmpty, decisions.allSatisfy({ $0 == .stay })
    else { return nil }
    let planner = PlacementPlanner(utility: utility, policy: policy)
    return planner.settle(situation(now: now, onlySending: true), limit: policy.actionsPerDecision)
  }

  /// The situation the plan of a decision weighs while `closer` subnets are handed on: the rest of a plan
  /// cut short weighs what the plan weighed, new clients and not the quiet ones; so does a plan made as
  /// new clients are handed on.
  func situationToPlan(now: Instant, handingOn closer: [(subnet: SubnetID, to: ICONID)])
    -> PlacementPlanner.Situation
  {
    situation(now: now, onlySending: continuesPlan || !closer.isEmpty)
  }

  /// The planner's placement of this ICON's demand with its subtree's sites as facilities
  /// (``PlacementPlanner/placeWithSubtree(_:subtreeSites:limit:)``), the subnets it hands on given by
  /// the child whose subtree runs the site, and the relative gain of the whole change. Clients a child
  /// is closer to (`closer`, new ones typically) are placed so as a whole before they are handed on, if
  /// nothing holds the ICON back; nil when there are none, something does, or the placement starts no
  /// replica.
  func placeWithSubtree(handingOn closer: [(subnet: SubnetID, to: ICONID)], now: Instant) -> (
    decisions: [PlacementDecision], handed: [(subnet: SubnetID, to: ICONID)], gain: Double
  )? {
    guard !closer.isEmpty, pendingActions.isEmpty, decisionHold(now: now) == nil else { return nil }
    var sites: [SiteOffer] = []
    var owners: [SiteID: ICONID] = [:]
    for childID in sortedChildren {
      let record = children[childID]!
      for site in [record.site] + record.sites where owners[site] == nil && site != self.site.site {
        owners[site] = childID
        sites.append(SiteOffer(site: site, pricePerSlot: .zero))
      }
    }
    let planner = PlacementPlanner(utility: utility, policy: policy)
    guard
      let placed = planner.placeWithSubtree(
        situation(now: now, onlySending: true), subtreeSites: sites, limit: policy.actionsPerDecision)
    else { return nil }
    let handed = placed.handed.map { (subnet: $0.key, to: owners[$0.value]!) }.sorted {
      $0.subnet < $1.subnet
    }
    return (placed.decisions, handed, placed.gain)
  }

  /// Carries out the planner's `decisions` in order: claims sites (or, at the origin, launches at once),
  /// terminates, or stops at `stay`; with `onlyReplicas` (instances are starting) anything but a
  /// replication ends the list.
  mutating func carryOut(
    _ decisions: [PlacementDecision], now: Instant, onlyReplicas: Bool, into out: inout [Directive]
  ) {
    // a plan of several actions that took all it may take has more to do: the next decision follows
    continuesPlan = policy.actionsPerDecision > 1 && decisions.count >= policy.actionsPerDecision
    for decision in decisions {
      switch decision {
      case .stay:
        return
      case .migrate where onlyReplicas:
        return
      case .terminate(let value):
        guard !onlyReplicas else { return }
        terminate(
          reason: "value \(value) below termination threshold \(policy.terminationThreshold)", into: &out)
        return
      case .migrate(let target, _), .replicate(let target, _, _, _):
        counter += 1
        let claim = SiteClaim(claimID: "\(id)#\(counter)", requester: id, site: target.site)
        guard let parent else {
          reservations[target.site] = now + reservationPeriod
          launch(decision, now: now, into: &out)
          continue
        }
        pendingActions.append(.claiming(claim, decision))
        out.append(send(.siteClaim(claim), to: parent))
        out.append(.setTimer(.claimTimeout(claim.claimID), at: now + policy.requestTimeout))
      }
    }
  }

  /// The position of the pending claim `claimID`.
  func pendingClaim(_ claimID: String) -> Int? {
    pendingActions.firstIndex {
      if case .claiming(let claim, _) = $0 { claim.claimID == claimID } else { false }
    }
  }

  /// The position of the pending launch `launchID`.
  func pendingLaunch(_ launchID: String) -> Int? {
    pendingActions.firstIndex {
      if case .launching(let launch, _) = $0 { launch.launchID == launchID } else { false }
    }
  }

  mutating func receiveClaim(
    _ claim: SiteClaim, from child: ICONID, now: Instant, into out: inout [Directive]
  ) {
    guard children[child] != nil else {
      out.append(.rejected(.notFromChild(.siteClaim, sender: child, receiver: id)))
      return
    }
    if occupiedSites(now: now).contains(claim.site) {
      // the occupant named is a child's, never this ICON's: this ICON is an ancestor of the claimant
      // and redirects the claimant's clients down to it, so clients it sent back up would go round
      let occupant = sortedChildren.first { children[$0]!.site == claim.site }
      let reply = SiteClaimReply(
        claim: claim, granted: false, reason: "\(claim.site) is in use or reserved",
        occupant: occupant == child ? nil : occupant)
      out.append(send(.siteClaimReply(reply), to: child))
    } else if relayedClaims.count >= Self.inputLimit, relayedClaims[claim.claimID] == nil {
      out.append(.rejected(.full(what: "site claims passed up", limit: Self.inputLimit)))
      let reply = SiteClaimReply(
        claim: claim, granted: false, reason: "too many claims are waiting for answers")
      out.append(send(.siteClaimReply(reply), to: child))
    } else if let parent, recovery == nil {
      relayedClaims[claim.claimID] = RelayedClaim(claim: claim, child: child)
      out.append(send(.siteClaim(claim), to: parent))
    } else if recovery != nil {
      let reply = SiteClaimReply(claim: claim, granted: false, reason: "the tree is being repaired")
      out.append(send(.siteClaimReply(reply), to: child))
    } else {
      reservations[claim.site] = now + reservationPeriod
      out.append(send(.siteClaimReply(SiteClaimReply(claim: claim, granted: true)), to: child))
    }
  }

  mutating func receiveClaimReply(
    _ reply: SiteClaimReply, from sender: ICONID, now: Instant, into out: inout [Directive]
  ) {
    guard sender == parent else {
      out.append(.rejected(.notFromParent(.claimReply, sender: sender, receiver: id)))
      return
    }
    if reply.claim.requester != id {
      guard let child = relayedClaims.removeValue(forKey: reply.claim.claimID)?.child else {
        out.append(.rejected(.unknownClaim(reply.claim.claimID)))
        return
      }
      if reply.granted { reservations[reply.claim.site] = now + reservationPeriod }
      out.append(send(.siteClaimReply(reply), to: child))
      return
    }
    guard let index = pendingClaim(reply.claim.claimID),
      case .claiming(let claim, let decision) = pendingActions[index], claim == reply.claim
    else {
      out.append(.rejected(.claimNotPending(reply.claim.claimID)))
      return
    }
    out.append(.cancelTimer(.claimTimeout(claim.claimID)))
    pendingActions.remove(at: index)
    if reply.granted {
      launch(decision, now: now, into: &out)
    } else {
      deniedSites[claim.site] = now + policy.actionCooldown
      out.append(.note(.claimDenied(site: claim.site, reason: reply.reason ?? "denied")))
      if let occupant = reply.occupant, occupant != id {
        handClients(to: occupant, at: claim.site, now: now, into: &out)
      }
    }
  }

  /// Sends `peer`, an ICON of the tree at `peerSite`, the clients of the subnets it is closer to by more
  /// than the migration threshold: a site the tree already uses serves this ICON's clients too, not only
  /// its parent's and children's.
  private mutating func handClients(
    to peer: ICONID, at peerSite: SiteID, now: Instant, into out: inout [Directive]
  ) {
    let handed = subnetsToHand().filter { subnet, bound in
      (latencies.latency(from: subnet, to: peerSite) ?? .infinity) < bound
    }.map { (subnet: $0.subnet, to: peer) }
    let handOff = PeerHandOff(peer: peer, until: now + reservationPeriod)
    for (subnet, _) in handed { peerHandOffs[subnet] = handOff }
    release(handed, into: &out)
  }

  mutating func claimTimedOut(_ claimID: String, now: Instant, into out: inout [Directive]) {
    guard let index = pendingClaim(claimID), case .claiming(let claim, _) = pendingActions.remove(at: index)
    else {
      return
    }
    deniedSites[claim.site] = now + policy.actionCooldown
    out.append(.note(.claimDenied(site: claim.site, reason: "no answer within \(policy.requestTimeout)")))
  }

  private mutating func launch(_ decision: PlacementDecision, now: Instant, into out: inout [Directive]) {
    counter += 1
    let launchID = "\(id)/launch-\(counter)"
    let launch: Launch
    switch decision {
    case .migrate(let target, _):
      launch = Launch(launchID: launchID, site: target, purpose: .migration)
    case .replicate(let target, let subnets, let budget, _):
      guard budget <= balance else {
        out.append(.note(.launchFailed(site: target.site, reason: "the budget changed since the decision")))
        return
      }
      let configuration = EngineConfiguration(
        id: ICONID("\(id).\(counter)"), application: application, site: target, parent: id,
        parentSite: site.site, ancestors: lineage, origin: origin, epoch: epoch, policy: policy,
        budget: budget, seed: random.next(), subnets: subnets)
      balance -= budget
      launch = Launch(launchID: launchID, site: target, purpose: .replica(configuration))
    case .stay, .terminate:
      return
    }
    pendingActions.append(.launching(launch, decision))
    out.append(.launch(launch))
  }

  mutating func launchSucceeded(_ launchID: String, now: Instant, into out: inout [Directive]) {
    guard let index = pendingLaunch(launchID),
      case .launching(let launch, let decision) = pendingActions[index]
    else {
      out.append(.rejected(.launchNotPending(launchID)))
      return
    }
    pendingActions.remove(at: index)
    lastAction = now
    switch (launch.purpose, decision) {
    case (.replica(let child), .replicate(let target, let subnets, _, let gain)):
      children[child.id] = ChildRecord(site: target.site, lastHeard: now, subnets: subnets)
      settlesAt = now + policy.smoothingWindow
      demand.forget(subnets)
      assignedSubnets.removeAll { subnets.contains($0) }
      out.append(.note(.replicated(child: child.id, site: target.site, subnets: subnets, gain: gain)))
      publishRoutes(into: &out)
    case (.migration, .migrate(let target, let gain)):
      let previous = site.site
      site = target
      demand.relocate { [latencies] subnet in latencies.latency(from: subnet, to: target.site) }
      out.append(.completeMigration(from: previous, to: target.site, stubTTL: policy.stubTTL))
      out.append(.note(.migrated(from: previous, to: target.site, gain: gain)))
      out.append(.setTimer(.leaseSlot, at: now + target.slot))
      payLease(now: now, into: &out)
      for peer in ([parent].compactMap { $0 } + sortedChildren) {
        out.append(send(.locationChanged(target.site), to: peer))
      }
      // the subtree's clients this site is now much closer to are served here
      publishRoutes(into: &out)
    default:
      out.append(.rejected(.launchMismatch(launchID)))
    }
  }

  mutating func launchFailed(_ launchID: String, reason: String, now: Instant, into out: inout [Directive]) {
    guard let index = pendingLaunch(launchID), case .launching(let launch, _) = pendingActions[index] else {
      out.append(.rejected(.launchNotPending(launchID)))
      return
    }
    pendingActions.remove(at: index)
    lastAction = now
    balance += launch.money
    deniedSites[launch.site.site] = now + policy.actionCooldown
    reservations[launch.site.site] = nil
    out.append(.note(.launchFailed(site: launch.site.site, reason: reason)))
  }

  /// The order that hands `child` to `newParent`, with its new siblings: the new parent's other children
  /// (this ICON's siblings) and the others handed over with it.
  func reparent(to newParent: ICONID, sending child: ICONID, among handed: [ICONID]) -> Reparent {
    Reparent(
      newParent: newParent, parentSite: parentSite ?? site.site, ancestors: ancestors,
      siblings: Set(siblings + handed).subtracting([child, id, newParent]).sorted())
  }

  /// Terminates: children, clients and the remaining budget go to the parent (paper §4.2).
  mutating func terminate(reason: String, into out: inout [Directive]) {
    guard let parent else { return }
    let handed = sortedChildren.map { childID in
      AdoptedChild(id: childID, site: children[childID]!.site, subnets: children[childID]!.subnets)
    }
    out.append(send(.adopt(Adoption(children: handed, remainder: balance, reason: reason)), to: parent))
    balance = .zero
    for child in handed {
      out.append(
        send(.reparent(reparent(to: parent, sending: child.id, among: handed.map(\.id))), to: child.id))
    }
    children = [:]
    out.append(
      .stop(
        site: site.site, restorableFor: policy.softTerminationPeriod, redirectTo: parent,
        stubTTL: policy.stubTTL))
    for timer in [TimerID.heartbeat, .decision, .leaseSlot] { out.append(.cancelTimer(timer)) }
    out.append(.note(.terminated(reason: reason)))
    lifecycle = .terminated
    successor = parent
  }
}

/// What keeps an ICON from acting on its decision rules at a tick.
public enum DecisionHold: Hashable, Sendable, CustomStringConvertible {
  /// A site claim waits for the parent's answer.
  case claimPending
  /// The tree is being repaired after a loss.
  case repairing
  /// The last action was less than the cool-down ago; this much of it is left.
  case coolingDown(Duration)

  public var description: String {
    switch self {
    case .claimPending: "a site claim waits for its answer"
    case .repairing: "the tree is being repaired"
    case .coolingDown(let left):
      "cooling down after the last action for \((left.inSeconds * 10).rounded() / 10) s more"
    }
  }
}
