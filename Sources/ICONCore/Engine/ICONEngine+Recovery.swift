/// Failure repair (paper §3.1): an orphan re-attaches to its nearest live ancestor; the orphans of a
/// failed origin elect a new one over their recovery links. Epochs make sure that once an election is
/// known, the old origin steps down and its stale orders are refused.
extension ICONEngine {
  mutating func startRecovery(lostParent: ICONID, now: Instant, into out: inout [Directive]) {
    out.append(.note(.parentLost(lostParent)))
    pendingFunding = nil
    abandonClaims(sentTo: lostParent, into: &out)
    let candidates = Array(ancestors.drop { $0 == lostParent })
    if candidates.isEmpty {
      startElection(epoch: epoch + 1, now: now, also: [lostParent], into: &out)
    } else {
      askToAttach(candidates, now: now, into: &out)
    }
  }

  /// Acts on a peer's confirmed death at once: a child is given up, a parent (or the ancestor being
  /// asked for adoption) treated as lost.
  mutating func peerDied(_ peer: ICONID, now: Instant, into out: inout [Directive]) {
    guard lifecycle == .active else { return }
    if children[peer] != nil {
      loseChild(peer, now: now, into: &out)
      publishRoutes(into: &out)
    } else if peer == parent, recovery == nil {
      startRecovery(lostParent: peer, now: now, into: &out)
    } else if case .attaching(let candidates) = recovery, candidates.first == peer {
      out.append(.cancelTimer(.attachTimeout))
      attachTimedOut(now: now, into: &out)
    }
  }

  /// Gives up the claims waiting on a lost parent at once, rather than after their timeout: the
  /// ICON's own (to decide again once repaired) and those relayed for its children (refused).
  private mutating func abandonClaims(sentTo lostParent: ICONID, into out: inout [Directive]) {
    let reason = "\(lostParent), which was to answer, was lost"
    pendingActions.removeAll { action in
      guard case .claiming(let claim, _) = action else { return false }
      out.append(.cancelTimer(.claimTimeout(claim.claimID)))
      out.append(.note(.claimDenied(site: claim.site, reason: reason)))
      return true
    }
    for (_, relayed) in relayedClaims.sorted(by: { $0.key < $1.key }) {
      let reply = SiteClaimReply(claim: relayed.claim, granted: false, reason: reason)
      out.append(send(.siteClaimReply(reply), to: relayed.child))
    }
    relayedClaims = [:]
  }

  private mutating func askToAttach(_ candidates: [ICONID], now: Instant, into out: inout [Directive]) {
    recovery = .attaching(candidates: candidates)
    out.append(send(.attachRequest(summary()), to: candidates[0]))
    out.append(.setTimer(.attachTimeout, at: now + policy.requestTimeout))
  }

  mutating func attachTimedOut(now: Instant, into out: inout [Directive]) {
    guard case .attaching(let candidates) = recovery else { return }
    let rest = Array(candidates.dropFirst())
    if rest.isEmpty {
      startElection(epoch: epoch + 1, now: now, also: candidates, into: &out)
    } else {
      askToAttach(rest, now: now, into: &out)
    }
  }

  /// Stands in the election for `epoch`, telling the siblings (or, for an origin, its children) and
  /// `also` — the ICONs thought lost, which step down if they are in fact alive. The call names the lost
  /// origin when it is among them, so that the origin's other children join even without knowing this
  /// ICON as a sibling.
  private mutating func startElection(
    epoch newEpoch: UInt64, now: Instant, also: [ICONID], candidates: Set<ICONID> = [],
    lostOrigin: ICONID? = nil, into out: inout [Directive]
  ) {
    recovery = .electing(epoch: newEpoch, candidates: candidates.union([id]))
    let call = ElectionCall(
      epoch: newEpoch, candidate: id, site: site.site,
      lostOrigin: lostOrigin ?? (also.contains(origin) ? origin : nil))
    let electors = isOrigin ? sortedChildren : siblings
    for peer in Set(electors + also).subtracting([id]).sorted() {
      out.append(send(.electionCall(call), to: peer))
    }
    out.append(.setTimer(.electionDeadline, at: now + policy.electionWindow))
  }

  /// Joins an election that concerns this ICON. A call for an epoch already settled is answered by an
  /// origin with its own announcement, so a late orphan attaches instead of founding a second tree.
  mutating func receiveElectionCall(_ call: ElectionCall, now: Instant, into out: inout [Directive]) {
    if case .electing(let current, var candidates) = recovery {
      if call.epoch == current {
        candidates.insert(call.candidate)
        recovery = .electing(epoch: current, candidates: candidates)
        return
      }
      if call.epoch < current {
        out.append(.rejected(.electionBehind(epoch: call.epoch, electing: current)))
        return
      }
    }
    if call.epoch <= epoch, isOrigin, recovery == nil, call.candidate != id {
      out.append(announceOrigin(to: call.candidate))
      return
    }
    let orphanedToo = call.lostOrigin != nil && call.lostOrigin == parent && parent == origin
    let concernsMe = isOrigin || siblings.contains(call.candidate) || recovery != nil || orphanedToo
    guard call.epoch > epoch, concernsMe else {
      out.append(
        .rejected(.electionNotConcerning(candidate: call.candidate, epoch: call.epoch, receiver: id)))
      return
    }
    startElection(
      epoch: call.epoch, now: now, also: [], candidates: [call.candidate], lostOrigin: call.lostOrigin,
      into: &out)
  }

  mutating func closeElection(now: Instant, into out: inout [Directive]) {
    guard case .electing(let newEpoch, let candidates) = recovery, let winner = candidates.min() else {
      return
    }
    let lostOrigin = parent == origin ? parent.flatMap { lost in parentSite.map { (lost, $0) } } : nil
    epoch = newEpoch
    origin = winner
    guard winner == id else {
      askToAttach([winner], now: now, into: &out)
      return
    }
    recovery = nil
    parent = nil
    parentSite = nil
    ancestors = []
    parentsChildren = []
    lastAck = now
    out.append(.note(.elected(epoch: newEpoch)))
    // the failed origin's clients come here now
    if let (lost, lostSite) = lostOrigin { out.append(.redirectClients(of: lost, site: lostSite, to: id)) }
    for peer in candidates.subtracting([id]).sorted() { out.append(announceOrigin(to: peer)) }
  }

  /// Tells `peer` that this ICON is the origin at the current epoch.
  private func announceOrigin(to peer: ICONID) -> Directive {
    send(.originElected(ElectionCall(epoch: epoch, candidate: id, site: site.site)), to: peer)
  }

  /// Follows the winner of an election at this epoch or a later one. Two origins of the same epoch (their
  /// elections did not hear of each other) settle on the lower identifier: the other steps down.
  mutating func receiveOriginElected(_ call: ElectionCall, now: Instant, into out: inout [Directive]) {
    guard call.epoch >= epoch else {
      out.append(.rejected(.staleAnnouncement(candidate: call.candidate, epoch: call.epoch, current: epoch)))
      return
    }
    if isOrigin, call.epoch == epoch, call.candidate > id {
      out.append(announceOrigin(to: call.candidate))
      return
    }
    let wasOrigin = isOrigin
    epoch = call.epoch
    origin = call.candidate
    guard call.candidate != id, wasOrigin || recovery != nil else { return }
    if wasOrigin { out.append(.note(.steppedDown(newOrigin: call.candidate))) }
    out.append(.cancelTimer(.electionDeadline))
    askToAttach([call.candidate], now: now, into: &out)
  }

  mutating func receiveAttachRequest(
    _ summary: Report, from orphan: ICONID, now: Instant, into out: inout [Directive]
  ) {
    guard lifecycle == .active else {
      out.append(.rejected(.cannotAdopt(orphan: orphan, receiver: id)))
      return
    }
    guard orphan != id, !ancestors.contains(orphan) else {
      out.append(.rejected(.adoptionCycle(orphan: orphan, receiver: id)))
      return
    }
    // an ICON of this subtree may run at the orphan's site already: it was placed there while the
    // orphan was cut off from the tree
    let holder =
      summary.site == site.site
      ? id
      : sortedChildren.first {
        $0 != orphan && (children[$0]!.site == summary.site || children[$0]!.sites.contains(summary.site))
      }
    guard children.count < Self.inputLimit || children[orphan] != nil else {
      out.append(.rejected(.full(what: "children", limit: Self.inputLimit)))
      return
    }
    children[orphan] = ChildRecord(
      site: summary.site, lastHeard: now, report: summary, subnets: summary.subtreeSubnets ?? [])
    publishRoutes(into: &out)
    var ack = acknowledgement(
      policyVersion: summary.policyVersion, listsVersion: children[orphan]?.listsVersion)
    ack.siteHeldBy = holder
    out.append(send(.attachAccepted(ack), to: orphan))
  }

  mutating func receiveAttachAccepted(
    _ ack: ParentAck, from sender: ICONID, epoch senderEpoch: UInt64, now: Instant,
    into out: inout [Directive]
  ) {
    guard case .attaching(let candidates) = recovery, candidates.first == sender else {
      out.append(.rejected(.unexpectedAdoption(from: sender)))
      return
    }
    recovery = nil
    parent = sender
    follow(ack, epoch: senderEpoch, now: now, into: &out)
    out.append(.cancelTimer(.attachTimeout))
    out.append(.note(.reattached(to: sender)))
    // an origin that was only slow attaches to the child elected in its place: its parent now
    if children.removeValue(forKey: sender) != nil { publishRoutes(into: &out) }
    if let holder = ack.siteHeldBy {
      terminate(reason: "\(holder) of the tree it rejoined runs at \(site.site)", into: &out)
    }
  }
}
