/// The overlay tree: validating messages, reports up, acknowledgements and policy down, routes, adoption.
extension ICONEngine {
  mutating func receive(_ envelope: Envelope, now: Instant, into out: inout [Directive]) {
    guard envelope.version == Envelope.currentVersion else {
      out.append(
        .rejected(.unsupportedVersion(envelope.version, speaks: Envelope.currentVersion)))
      return
    }
    guard envelope.application == application else {
      out.append(
        .rejected(.wrongApplication(envelope.application, serves: application)))
      return
    }
    guard envelope.to == id else {
      out.append(.rejected(.misaddressed(to: envelope.to, deliveredTo: id)))
      return
    }
    let sender = envelope.from
    if envelope.message.isTreeControl, envelope.epoch < epoch {
      out.append(.rejected(.staleEpoch(from: sender, epoch: envelope.epoch, current: epoch)))
      return
    }
    // amounts are range-checked before anything adds them up
    for amount in envelope.message.amounts where amount < .zero || Money.limit < amount {
      out.append(.rejected(.amountOutOfRange(amount)))
      return
    }
    guard canCredit(envelope.message.money) else {
      out.append(.rejected(.amountOutOfRange(envelope.message.money)))
      return
    }
    switch envelope.message {
    case .report(let report): receiveReport(report, from: sender, now: now, into: &out)
    case .reportAck(let ack): receiveAck(ack, from: sender, epoch: envelope.epoch, now: now, into: &out)
    case .policyUpdate(let newPolicy):
      guard sender == parent else {
        out.append(.rejected(.notFromParent(.policyUpdate, sender: sender, receiver: id)))
        return
      }
      adopt(policy: newPolicy, into: &out)
    case .siteClaim(let claim): receiveClaim(claim, from: sender, now: now, into: &out)
    case .siteClaimReply(let reply): receiveClaimReply(reply, from: sender, now: now, into: &out)
    case .fundingRequest(let request): receiveFundingRequest(request, from: sender, into: &out)
    case .budgetGrant(let grant): receiveGrant(grant, into: &out)
    case .budgetRecall(let recall): receiveRecall(recall, from: sender, into: &out)
    case .budgetTransfer(let transfer):
      balance += transfer.amount
      serveFundingQueue(into: &out)
    case .attachRequest(let summary): receiveAttachRequest(summary, from: sender, now: now, into: &out)
    case .attachAccepted(let ack):
      receiveAttachAccepted(ack, from: sender, epoch: envelope.epoch, now: now, into: &out)
    case .adopt(let adoption): receiveAdoption(adoption, from: sender, now: now, into: &out)
    case .reparent(let reparent): receiveReparent(reparent, from: sender, now: now, into: &out)
    case .locationChanged(let newSite):
      if sender == parent { parentSite = newSite }
      if children[sender] != nil {
        // routes weigh where the children run
        children[sender]?.site = newSite
        publishRoutes(into: &out)
      }
    case .electionCall(let call): receiveElectionCall(call, now: now, into: &out)
    case .originElected(let call): receiveOriginElected(call, now: now, into: &out)
    }
  }

  /// This ICON's subtree, aggregated as its parent wants it (paper §3.1). Sites it holds reserved count
  /// as used, so the ancestors that arbitrate claims know of them too.
  public func summary() -> Report {
    var engine = self
    engine.refreshSubtreeLists()
    return engine.summary(includingLists: true)
  }

  /// The summary with the subtree lists as last refreshed, carrying them or not. It changes nothing; it
  /// is `mutating` so that the heartbeat passes the engine in place, where a non-mutating call copied
  /// the whole engine first.
  mutating func summary(includingLists: Bool) -> Report {
    var rate = 0.0
    var weightedLatency = 0.0
    for position in demand.subnets.indices {
      let observation = demand.observation(at: position)
      rate += observation.rate
      weightedLatency += observation.rate * observation.latency
    }
    let ownRate = rate
    var size = 1
    forEachChildInOrder { _, child in
      guard let report = child.report else {
        size += 1
        return
      }
      rate += report.requestRate
      weightedLatency += report.requestRate * report.meanLatency
      size += report.subtreeSize
    }
    return Report(
      sequence: reportSequence, site: site.site, requestRate: rate,
      meanLatency: rate > 0 ? weightedLatency / rate : 0, ownRate: ownRate, balance: balance,
      spare: spareMoney, subtreeSize: size, subtreeSites: includingLists ? subtreeLists!.sites : nil,
      subtreeSubnets: includingLists ? subtreeLists!.subnets : nil, policyVersion: policy.version,
      listsVersion: subtreeLists!.version)
  }

  /// Brings the subtree's site and subnet lists for the next reports up to date; they are rebuilt
  /// (with the next version) only when what they are made of changed, which keeps reports near the
  /// root cheap.
  mutating func refreshSubtreeLists() {
    let fingerprint = subtreeFingerprint()
    guard subtreeLists?.fingerprint != fingerprint else { return }
    var sites = Set(reservations.keys).union([site.site])
    var subnets = Set(demand.subnets).union(assignedSubnets)
    for child in children.values {
      sites.insert(child.site)
      subnets.formUnion(child.routedSubnets)
      sites.formUnion(child.sites)
    }
    subtreeLists = SubtreeLists(
      fingerprint: fingerprint, sites: sites.sorted(), subnets: subnets.sorted(),
      version: (subtreeLists?.version ?? 0) + 1)
  }

  /// A hash of everything the subtree lists are built from; a child's lists enter by their version.
  private mutating func subtreeFingerprint() -> Int {
    var hasher = Hasher()
    hasher.combine(site.site)
    if !reservations.isEmpty { hasher.combine(Set(reservations.keys)) }
    hasher.combine(demand.subnetsVersion)
    hasher.combine(assignedSubnets)
    forEachChildInOrder { childID, child in
      hasher.combine(childID)
      hasher.combine(child.site)
      if !child.delegated.isEmpty { hasher.combine(Set(child.delegated.keys)) }
      // reported lists enter by their version; lists handed to the child, by their contents
      if let version = child.listsVersion {
        hasher.combine(version)
      } else {
        hasher.combine(child.subnets)
        hasher.combine(child.sites)
      }
    }
    return hasher.finalize()
  }

  /// The acknowledgement for a child that has `policyVersion` and whose lists the parent holds at
  /// `listsVersion`. All children get the same ancestors and sibling list (each ignores its own name).
  func acknowledgement(policyVersion: UInt64, listsVersion: UInt64?) -> ParentAck {
    ParentAck(
      origin: origin, parentSite: site.site, ancestors: lineage, siblings: sortedChildren,
      policy: policyVersion < policy.version ? policy : nil, listsVersion: listsVersion)
  }

  private mutating func receiveReport(
    _ report: Report, from child: ICONID, now: Instant, into out: inout [Directive]
  ) {
    guard let position = children.index(forKey: child) else {
      out.append(.rejected(.notFromChild(.report, sender: child, receiver: id)))
      return
    }
    // updated in place: this runs for every report, and a copy of the record would copy its report too
    let (routedChanged, listsVersion) = withChild(at: position) { record in
      record.lastHeard = now
      record.report = report
      let siteChanged = record.site != report.site
      record.site = report.site
      // a report without lists leaves the ones held: the acknowledgement says which version that is, so
      // the child sends them again if it is not the child's
      let (subnetsBefore, sitesBefore) = (record.subnets, record.sites)
      guard record.takeLists(of: report) else { return (siteChanged, record.listsVersion) }
      let delegatedBefore = record.delegated.count
      if delegatedBefore > 0 {
        for subnet in record.subnets { record.delegated[subnet] = nil }
      }
      // routes weigh the subtree's sites as well as its subnets
      return (
        siteChanged || subnetsBefore != record.subnets || sitesBefore != record.sites
          || delegatedBefore != record.delegated.count, record.listsVersion
      )
    }
    // routes follow the subtrees' subnets and sites; recompute them only when those changed
    if routedChanged { publishRoutes(into: &out) }
    let ack = acknowledgement(policyVersion: report.policyVersion, listsVersion: listsVersion)
    out.append(send(.reportAck(ack), to: child))
  }

  private mutating func receiveAck(
    _ ack: ParentAck, from sender: ICONID, epoch senderEpoch: UInt64, now: Instant,
    into out: inout [Directive]
  ) {
    guard sender == parent else {
      out.append(.rejected(.notFromParent(.acknowledgement, sender: sender, receiver: id)))
      return
    }
    follow(ack, epoch: senderEpoch, now: now, into: &out)
  }

  /// Takes in the tree knowledge a parent sent.
  mutating func follow(_ ack: ParentAck, epoch senderEpoch: UInt64, now: Instant, into out: inout [Directive])
  {
    lastAck = now
    epoch = max(epoch, senderEpoch)
    origin = ack.origin
    parentSite = ack.parentSite
    ancestors = ack.ancestors
    parentsChildren = ack.siblings
    parentListsVersion = ack.listsVersion
    if let newPolicy = ack.policy, newPolicy.version > policy.version { adopt(policy: newPolicy, into: &out) }
  }

  /// Publishes the routes implied by the children's subtrees, if they changed. A subnet goes to the
  /// child whose subtree serves it; if several do, to the one with the closest site. If another child's
  /// subtree has a site closer than any site in that subtree by more than the migration threshold, the
  /// subnet goes to that child, whose subtree then takes the clients over; if this ICON's own site is
  /// that much closer (and closer than the other child's), it is served here. So a subnet left with a
  /// distant ICON after the tree changed finds the nearer one. Routes change with the subtrees' subnets
  /// and with their sites.
  mutating func publishRoutes(into out: inout [Directive]) {
    var routed: [SubnetID: ICONID] = [:]
    for childID in sortedChildren {
      for subnet in children[childID]!.routedSubnets.sorted() {
        guard let current = routed[subnet] else {
          routed[subnet] = childID
          continue
        }
        if let latency = subtreeLatency(from: subnet, to: childID),
          latency < subtreeLatency(from: subnet, to: current) ?? .infinity
        {
          routed[subnet] = childID
        }
      }
    }
    if !latencies.isEmpty {
      let margin = 1 - policy.migrationThreshold
      for (subnet, current) in routed where children[current]!.delegated[subnet] == nil {
        guard let served = subtreeLatency(from: subnet, to: current) else { continue }
        let here = latencies.latency(from: subnet, to: site.site) ?? .infinity
        if let closer = closestChild(to: subnet, within: min(served * margin, here), other: current) {
          routed[subnet] = closer
        } else if here < served * margin {
          routed[subnet] = nil
        }
      }
    }
    for (subnet, handOff) in peerHandOffs where routed[subnet] == nil { routed[subnet] = handOff.peer }
    let newRoutes = routed.map { Route(subnet: $0.key, via: $0.value) }.sorted { $0.subnet < $1.subnet }
    guard newRoutes != routes else { return }
    routes = newRoutes
    out.append(.updateRoutes(newRoutes))
  }

  /// The child with a site in its subtree closest to `subnet` and less than `bound` ms from it (ignoring
  /// `other`); nil if there is none. Handed the subnet, that child hands it on down to the site.
  private func closestChild(to subnet: SubnetID, within bound: Double, other: ICONID? = nil) -> ICONID? {
    var best: (child: ICONID, latency: Double)?
    for childID in sortedChildren where childID != other {
      guard let latency = subtreeLatency(from: subnet, to: childID) else { continue }
      if latency < (best?.latency ?? bound) { best = (childID, latency) }
    }
    return best?.child
  }

  /// The lowest latency from `subnet` to a site of `child`'s subtree; nil if none is known.
  private func subtreeLatency(from subnet: SubnetID, to child: ICONID) -> Double? {
    guard let record = children[child] else { return nil }
    var best = latencies.latency(from: subnet, to: record.site)
    for site in record.sites {
      if let latency = latencies.latency(from: subnet, to: site), latency < best ?? .infinity {
        best = latency
      }
    }
    return best
  }

  /// The paper's progressive redirection (Fig. 3): the subnets this ICON serves itself whose clients a
  /// site of a child's subtree is closer to by more than the migration threshold, each with that child,
  /// so the ICON nearest to new clients sees them and can adapt to them locally.
  func closerChildren() -> [(subnet: SubnetID, to: ICONID)] {
    // without latency estimates no child is known to be closer
    guard !children.isEmpty, !latencies.isEmpty else { return [] }
    return subnetsToHand().compactMap { subnet, bound in
      closestChild(to: subnet, within: bound).map { (subnet, $0) }
    }
  }

  /// Redirects the clients of the `handed` subnets to the children given; each child holds a subnet
  /// handed to it for a reservation period without reporting it.
  mutating func hand(_ handed: [(subnet: SubnetID, to: ICONID)], now: Instant, into out: inout [Directive]) {
    let holdUntil = now + reservationPeriod
    for (subnet, child) in handed { children[child]?.delegated[subnet] = holdUntil }
    release(handed, into: &out)
  }

  /// The subnets this ICON serves itself (at or above the minimum rate), each with the latency another
  /// ICON must beat to be handed it: the one observed, less the migration threshold.
  func subnetsToHand() -> [(subnet: SubnetID, bound: Double)] {
    let margin = 1 - policy.migrationThreshold
    var result: [(subnet: SubnetID, bound: Double)] = []
    for (position, subnet) in demand.subnets.enumerated() {
      let observation = demand.observation(at: position)
      if observation.rate >= policy.minimumSubnetRate {
        result.append((subnet, observation.latency * margin))
      }
    }
    return result
  }

  /// Stops serving the `handed` subnets here and publishes the routes that send their clients on.
  mutating func release(_ handed: [(subnet: SubnetID, to: ICONID)], into out: inout [Directive]) {
    guard !handed.isEmpty else { return }
    for (subnet, to) in handed { out.append(.note(.redirected(subnet: subnet, to: to))) }
    let subnets = handed.map(\.subnet)
    demand.forget(subnets)
    assignedSubnets.removeAll { subnets.contains($0) }
    publishRoutes(into: &out)
  }

  /// Gives up children silent for the heartbeat timeout; true if any was.
  @discardableResult
  mutating func detectLostChildren(now: Instant, into out: inout [Directive]) -> Bool {
    var lost: [ICONID] = []
    let timeout = policy.heartbeatTimeout
    forEachChild { childID, child in
      if now - child.lastHeard > timeout { lost.append(childID) }
    }
    for childID in lost.sorted() { loseChild(childID, now: now, into: &out) }
    return !lost.isEmpty
  }

  /// Gives up `childID` and takes its clients back; the caller publishes the new routes.
  mutating func loseChild(_ childID: ICONID, now: Instant, into out: inout [Directive]) {
    guard let lost = children.removeValue(forKey: childID) else { return }
    // the lost child's descendants still run and will re-attach: keep their sites reserved meanwhile
    for orphanSite in lost.sites where orphanSite != lost.site {
      reservations[orphanSite] = now + reservationPeriod
    }
    out.append(.note(.childLost(childID)))
    out.append(.redirectClients(of: childID, site: lost.site, to: id))
  }

  private mutating func receiveAdoption(
    _ adoption: Adoption, from sender: ICONID, now: Instant, into out: inout [Directive]
  ) {
    children[sender] = nil
    balance += adoption.remainder
    for child in adoption.children where child.id != id {
      children[child.id] = ChildRecord(site: child.site, lastHeard: now, subnets: child.subnets)
    }
    out.append(.note(.adopted(from: sender, children: adoption.children.map(\.id))))
    publishRoutes(into: &out)
    serveFundingQueue(into: &out)
  }

  private mutating func receiveReparent(
    _ reparent: Reparent, from sender: ICONID, now: Instant, into out: inout [Directive]
  ) {
    guard sender == parent else {
      out.append(.rejected(.notFromParent(.reparent, sender: sender, receiver: id)))
      return
    }
    parent = reparent.newParent
    parentSite = reparent.parentSite
    ancestors = reparent.ancestors
    parentsChildren = reparent.siblings
    lastAck = now
    pendingFunding = nil
  }
}

extension Message {
  /// Messages that only make sense within the sender's epoch; older epochs are rejected.
  var isTreeControl: Bool {
    switch self {
    case .reportAck, .policyUpdate, .reparent, .siteClaimReply, .attachAccepted: true
    default: false
    }
  }
}
