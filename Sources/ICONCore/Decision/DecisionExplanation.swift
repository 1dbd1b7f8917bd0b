/// Why an ICON decided what it did at one decision tick: the utility of its own site, each candidate
/// site's utility for moving there and for a replica there, the thresholds and budget checks they met
/// or missed, and the verdict in plain words. Made by ``PlacementPlanner/explain(_:)`` from the same
/// rules as ``PlacementPlanner/decide(_:)`` (and ``PlacementPlanner/plan(_:limit:)`` when it weighs a
/// whole placement), and by ``ICONEngine/explain(now:)`` with what held the
/// decision back, if anything, and the placement with the subtree when new clients are handed on.
public struct DecisionExplanation: Hashable, Codable, Sendable {
  /// The ICON's own site.
  public var site: SiteID
  /// U_here: the utility of serving its demand from its own site (the price alone when it serves no
  /// subnet at or above the minimum rate).
  public var utilityHere: Double
  /// The subnets weighed (those at or above the minimum rate).
  public var subnets: Int
  /// Its balance.
  public var balance: Money
  /// What its clients would lose at its parent's site (nil when it may not terminate).
  public var value: Double?
  /// The owner's thresholds: relative gains for migration and replication, the value for termination.
  public var migrationThreshold: Double
  public var replicationThreshold: Double
  public var terminationThreshold: Double
  /// Every candidate site, in site order.
  public var candidates: [Candidate]
  /// What the rules decide: `stay`, `migrate to S`, `replicate at S`, `terminate`, or the steps of a
  /// whole placement (`replicate at S, migrate to T`).
  public var decision: String
  /// Why, in plain words.
  public var reason: String
  /// What kept the engine from acting on the rules at this tick, if anything (a cool-down, a claim
  /// waiting for its answer, a tree repair).
  public var heldBack: String?

  /// One candidate site, weighed for a move and for a replica.
  public struct Candidate: Hashable, Codable, Sendable {
    public var site: SiteID
    public var pricePerSlot: Money
    public var freeCapacity: Int
    /// U_j: the utility of serving all the ICON's demand from this site (nil when a latency from one of
    /// its subnets to the site is unknown, or a slot there costs more than the balance).
    public var utilityThere: Double?
    /// (U_here − U_j) / U_here.
    public var migrationGain: Double?
    /// The relative gain of a replica here serving the subnets closer to it, parent and replica together.
    public var replicationGain: Double?
    /// The subnets such a replica would serve.
    public var replicaSubnets: [SubnetID]
    /// Whether the balance can start such a replica and still keep the ICON's own slots.
    public var replicaAffordable: Bool
    /// The verdict for this site, in plain words.
    public var verdict: String
  }
}

extension PlacementPlanner {
  /// The decision for `situation`, with every input the rules weighed and why it came out as it did.
  public func explain(_ situation: Situation) -> DecisionExplanation { explained(situation).explanation }

  /// ``explain(_:)``'s explanation with the decisions ``plan(_:limit:)`` makes for `situation` (the
  /// policy's actions per decision): what it explains.
  func explained(_ situation: Situation) -> (
    explanation: DecisionExplanation, decisions: [PlacementDecision]
  ) {
    let reach = reach(situation)
    let decision = decide(situation, reach)
    // each free candidate's latencies, by site (they depend on the site alone)
    let reachable = Dictionary(reach.free.indices.map { (reach.free[$0].site, $0) }) { first, _ in first }
    let here = servedDemand(situation)
    let utilityHere = score(situation.site.site, price: situation.site.pricePerSlot, here)
    let value = value(of: situation, here: here, currentUtility: utilityHere)
    let servesClients = here.contains { $0.rate > 0 }
    var candidates: [DecisionExplanation.Candidate] = []
    for offer in situation.candidates
    where offer.site != situation.site.site {
      var candidate = DecisionExplanation.Candidate(
        site: offer.site, pricePerSlot: offer.pricePerSlot, freeCapacity: offer.freeCapacity,
        replicaSubnets: [],
        replicaAffordable: false, verdict: "")
      if utilityHere > 0, offer.freeCapacity > 0, let index = reachable[offer.site] {
        let there = reach.latency[index]
        candidate.migrationGain = migrationGain(
          to: offer, here: here, there: there, currentUtility: utilityHere, balance: situation.balance)
        candidate.utilityThere = candidate.migrationGain.map { utilityHere * (1 - $0) }
        let replica = replication(
          at: offer, here: here, there: there, currentUtility: utilityHere, situation)
        candidate.replicationGain = replica?.gain
        candidate.replicaSubnets = replica?.subnets ?? []
        candidate.replicaAffordable = replica != nil
      }
      candidate.verdict = verdict(for: candidate, offer: offer, servesClients: servesClients, situation)
      candidates.append(candidate)
    }
    var (name, reason) = words(
      for: decision, utilityHere: utilityHere, value: value, servesClients: servesClients, situation)
    let limit = policy.actionsPerDecision
    let single = single(after: decision, situation, limit: limit, reach)
    let whole = wholePlacement(situation, limit: limit, reach, over: single)
    if let whole {
      (name, reason) = words(forWhole: whole.decisions, gain: whole.gain, utilityHere: utilityHere)
    }
    let explanation = DecisionExplanation(
      site: situation.site.site, utilityHere: utilityHere, subnets: here.count, balance: situation.balance,
      value: value, migrationThreshold: policy.migrationThreshold,
      replicationThreshold: policy.replicationThreshold, terminationThreshold: policy.terminationThreshold,
      candidates: candidates, decision: name, reason: reason)
    return (explanation, whole?.decisions ?? single.decisions)
  }

  private func verdict(
    for candidate: DecisionExplanation.Candidate, offer: SiteOffer, servesClients: Bool,
    _ situation: Situation
  ) -> String {
    if offer.freeCapacity <= 0 { return "full: no free slot" }
    var parts: [String] = []
    if !servesClients {
      parts.append("no subnet reaches the minimum rate: a move is weighed by price alone")
    }
    if let gain = candidate.migrationGain {
      let passes = gain > policy.migrationThreshold
      parts.append(
        "a move would gain \(percent(gain)) (\(passes ? "above" : "below") \(percent(policy.migrationThreshold)))"
      )
    } else if offer.pricePerSlot > situation.balance {
      parts.append("a move is beyond the balance (\(offer.pricePerSlot) a slot)")
    } else {
      parts.append("a move cannot be weighed: a latency to this site is unknown")
    }
    if let gain = candidate.replicationGain {
      let passes = gain > policy.replicationThreshold
      parts.append(
        "a replica for \(candidate.replicaSubnets.count) subnet(s) would gain \(percent(gain)) "
          + "(\(passes ? "above" : "below") \(percent(policy.replicationThreshold)))")
    } else {
      parts.append(
        "no replica: no subnet is closer here, or the budget cannot start one and keep this ICON's slots")
    }
    return parts.joined(separator: "; ")
  }

  private func words(
    for decision: PlacementDecision, utilityHere: Double, value: Double?, servesClients: Bool,
    _ situation: Situation
  ) -> (String, String) {
    switch decision {
    case .terminate(let value):
      return (
        "terminate",
        "its clients would lose only \(rounded(value)) in utility at its parent's site, below the termination "
          + "threshold \(rounded(policy.terminationThreshold)): the parent serves them for a lease it pays anyway"
      )
    case .migrate(let target, let gain):
      return (
        "migrate to \(target.site)",
        "serving all its clients from \(target.site) gains \(percent(gain)) on U_here = "
          + "\(rounded(utilityHere)), above the migration threshold \(percent(policy.migrationThreshold)), "
          + "and the balance pays a slot there"
      )
    case .replicate(let target, let subnets, let budget, let gain):
      return (
        "replicate at \(target.site)",
        "a replica at \(target.site) serving \(subnets.count) subnet(s) closer to it lowers the utility of parent "
          + "and replica together by \(percent(gain)), above the replication threshold "
          + "\(percent(policy.replicationThreshold)); it starts with \(budget) credits"
      )
    case .stay:
      if situation.candidates.isEmpty && situation.fallbackSite == nil {
        return ("stay", "it knows no other site and may not terminate: there is nothing to weigh")
      }
      guard servesClients else {
        return (
          "stay",
          "no subnet reaches the minimum rate of \(policy.minimumSubnetRate) requests/s here, and no site is "
            + "cheaper by more than the migration threshold"
        )
      }
      var reason = "no candidate passes its threshold"
      if let value { reason += "; its value \(rounded(value)) is above the termination threshold" }
      return ("stay", reason + " (U_here = \(rounded(utilityHere)))")
    }
  }

  /// The decision and reason for a placement with the subtree (``placeWithSubtree(_:subtreeSites:limit:)``)
  /// that hands `handed` subnets on to children as it starts its replicas.
  func words(forSubtree decisions: [PlacementDecision], handed: Int, gain: Double) -> (String, String) {
    let (steps, replicas) = steps(of: decisions)
    return (
      (["hand \(handed) subnet(s) to children"] + steps).joined(separator: ", "),
      "new clients a child is closer to, placed as a whole with the subtree's sites before they are handed "
        + "on: \(replicas) replica(s)\(replicas < steps.count ? " and a move" : "") with the hand-over lower "
        + "the utility of serving them all here by \(percent(gain)), above the replication threshold "
        + "\(percent(policy.replicationThreshold))"
    )
  }

  /// The decision and reason for the replicas and the move that settle an ICON (``settle(_:limit:)``).
  func words(forSettling decisions: [PlacementDecision]) -> (String, String) {
    let (steps, replicas) = steps(of: decisions)
    var reasons: [String] = []
    if replicas > 0 {
      reasons.append(
        "\(replicas) replica(s) each lower the utility of the sites they take clients from by more than the "
          + "settling threshold \(percent(policy.settlingThreshold))")
    }
    for case .migrate(let target, let gain) in decisions {
      let served = replicas > 0 ? "what stays is" : "they are"
      reasons.append("\(served) served best from \(target.site), \(percent(gain)) better")
    }
    return (
      steps.joined(separator: ", "),
      "its last action changed the clients it serves: observed for a smoothing window, "
        + reasons.joined(separator: ", and ")
        + "; an ICON settles so once, without the thresholds of its rules"
    )
  }

  /// The words for each step of `decisions`, and how many of them are replications.
  private func steps(of decisions: [PlacementDecision]) -> (steps: [String], replicas: Int) {
    var replicas = 0
    let steps = decisions.map { decision in
      switch decision {
      case .replicate(let target, _, _, _):
        replicas += 1
        return "replicate at \(target.site)"
      case .migrate(let target, _): return "migrate to \(target.site)"
      case .terminate: return "terminate"
      case .stay: return "stay"
      }
    }
    return (steps, replicas)
  }

  private func words(forWhole decisions: [PlacementDecision], gain: Double, utilityHere: Double)
    -> (String, String)
  {
    let (steps, replicas) = steps(of: decisions)
    let threshold = replicas > 0 ? policy.replicationThreshold : policy.migrationThreshold
    return (
      steps.joined(separator: ", "),
      "weighed as a whole placement, \(replicas) replica(s)\(replicas < steps.count ? " and a move" : "") "
        + "lower the utility of this ICON and its replicas by \(percent(gain)) of U_here = "
        + "\(rounded(utilityHere)), above the \(replicas > 0 ? "replication" : "migration") threshold "
        + "\(percent(threshold)), and more than the best single decision with what follows it"
    )
  }

  private func percent(_ fraction: Double) -> String {
    fraction.isFinite ? "\((fraction * 1000).rounded() / 10)%" : "\(fraction)"
  }

  private func rounded(_ value: Double) -> String {
    value.isFinite ? "\((value * 1000).rounded() / 1000)" : "\(value)"
  }
}
