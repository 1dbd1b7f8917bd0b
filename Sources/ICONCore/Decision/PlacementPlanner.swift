/// The decision rules of paper §4.2, as pure functions of what one ICON knows.
///
/// - **Terminate** when the ICON's *value* — the utility its clients would lose if its fallback (the
///   parent, whose lease is paid anyway) served them, minus its own utility — is below the termination
///   threshold.
/// - **Migrate** to the candidate site with the lowest utility for the ICON's own demand, if it improves
///   the current utility by more than the migration threshold (relative) and the balance pays a slot there
///   (an ICON without clients that may not terminate weighs the price alone).
/// - **Replicate** to the candidate site that, serving the subnets it is closer to, lowers the combined
///   utility of parent and replica by more than the replication threshold (relative), if the budget
///   can give the replica `replicaMinimumSlots` slots and still keep the parent `founderingSlots`.
///
/// When both migration and replication pass their thresholds, the larger relative gain wins.
public struct PlacementPlanner: Sendable {
  /// The owner's utility function.
  public var utility: any PlacementUtility
  /// The owner's policy.
  public var policy: OwnerPolicy

  /// A planner scoring with `utility` under `policy`.
  public init(utility: any PlacementUtility = WeightedCostLatency(), policy: OwnerPolicy) {
    self.utility = utility
    self.policy = policy
  }

  /// What one ICON sees when it decides.
  public struct Situation: Sendable {
    /// Its own site.
    public var site: SiteOffer
    /// Its own demand (smoothed), one entry per subnet in subnet order, at the latencies observed here.
    public var demand: [ServedDemand]
    /// Estimates from subnets to candidate sites.
    public var latencies: LatencyTable
    /// Sites it may move to or replicate at (free, not used by the application, not just denied).
    public var candidates: [SiteOffer]
    /// Its balance.
    public var balance: Money
    /// Where its clients would go if it terminated; `nil` if it may not terminate.
    public var fallbackSite: SiteID?

    /// A situation; see the properties for the meaning of each argument (`demand` is put in subnet
    /// order if it is not).
    public init(
      site: SiteOffer, demand: [ServedDemand], latencies: LatencyTable, candidates: [SiteOffer],
      balance: Money, fallbackSite: SiteID?
    ) {
      self.site = site
      let ordered = zip(demand, demand.dropFirst()).allSatisfy { $0.subnet < $1.subnet }
      self.demand = ordered ? demand : demand.sorted { $0.subnet < $1.subnet }
      self.latencies = latencies
      self.candidates = candidates
      self.balance = balance
      self.fallbackSite = fallbackSite
    }

    /// A situation with the demand given per subnet.
    public init(
      site: SiteOffer, demand: [SubnetID: SubnetObservation], latencies: LatencyTable,
      candidates: [SiteOffer], balance: Money, fallbackSite: SiteID?
    ) {
      self.init(
        site: site,
        demand: demand.map { ServedDemand(subnet: $0.key, observation: $0.value) },
        latencies: latencies, candidates: candidates, balance: balance, fallbackSite: fallbackSite)
    }
  }

  /// The decision for `situation`.
  public func decide(_ situation: Situation) -> PlacementDecision {
    // with nowhere to go and no fallback to hand the clients to, there is nothing to weigh
    guard !situation.candidates.isEmpty || situation.fallbackSite != nil else { return .stay }
    let here = servedDemand(situation)
    let currentUtility = score(situation.site.site, price: situation.site.pricePerSlot, here)

    if let value = value(of: situation, here: here, currentUtility: currentUtility),
      value < policy.terminationThreshold
    {
      return .terminate(value: value)
    }
    // with no clients left (an origin, which may not terminate), a move is weighed by price alone
    guard currentUtility > 0 else { return .stay }

    let candidates = freeCandidates(situation)
    var best = PlacementDecision.stay
    var bestGain = 0.0
    for offer in candidates {
      if let gain = migrationGain(to: offer, here: here, currentUtility: currentUtility, situation),
        gain > policy.migrationThreshold, gain > bestGain
      {
        best = .migrate(target: offer, gain: gain)
        bestGain = gain
      }
      if let replica = replication(at: offer, here: here, currentUtility: currentUtility, situation),
        replica.gain > policy.replicationThreshold, replica.gain > bestGain
      {
        best = .replicate(
          target: offer, subnets: replica.subnets, budget: replica.budget, gain: replica.gain)
        bestGain = replica.gain
      }
    }
    return best
  }

  /// Up to `limit` decisions for one tick: the best one, and — while it is a replication — further
  /// replicas, chosen like a facility location: each new replica takes the subnets it serves better than
  /// whichever site serves them so far (here or a replica chosen before it), and is added only if the
  /// combined utility improves by more than the replication threshold; Lloyd's rounds then move each
  /// replica to where its clients are best served and give every client the nearest site. Budgets are
  /// shared out at the end, in proportion to each replica's expected utility.
  public func plan(_ situation: Situation, limit: Int) -> [PlacementDecision] {
    let first = decide(situation)
    switch first {
    case .stay: return []
    case .migrate, .terminate: return [first]
    case .replicate(let target, let subnets, _, let gain):
      guard limit > 1 else { return [first] }
      return replicas(startingWith: target, serving: Set(subnets), gain: gain, situation, limit: limit)
    }
  }

  /// A site and the demand it would serve, with latencies to it.
  private struct Assignment {
    var offer: SiteOffer
    var demand: [ServedDemand]
    var gain = 0.0
    /// The ICON's own site (scored as the single decision rules score it).
    var isHere = false
  }

  private func replicas(
    startingWith target: SiteOffer, serving subnets: Set<SubnetID>, gain: Double, _ situation: Situation,
    limit: Int
  ) -> [PlacementDecision] {
    var here = Assignment(offer: situation.site, demand: [], isHere: true)
    var firstReplica = Assignment(offer: target, demand: [], gain: gain)
    for served in servedDemand(situation) {
      if subnets.contains(served.subnet),
        let latency = situation.latencies.latency(from: served.subnet, to: target.site)
      {
        firstReplica.demand.append(served.at(latency: latency))
      } else {
        here.demand.append(served)
      }
    }
    var replicas = [firstReplica]
    let keep = situation.site.pricePerSlot * policy.founderingSlots
    let free = freeCandidates(situation)
    var candidates = free.filter { $0.site != target.site }
    while replicas.count < limit {
      let current = utility(of: [here] + replicas)
      guard current > 0 else { break }
      let committed = replicas.reduce(Money.zero) { $0 + minimumBudget(at: $1.offer) }
      var best: (index: Int, here: Assignment, replicas: [Assignment], utility: Double, gain: Double)?
      for (index, offer) in candidates.enumerated()
      where committed + minimumBudget(at: offer) <= situation.balance - keep {
        var newHere = here
        var newReplicas = replicas
        var added = Assignment(offer: offer, demand: [])
        take(from: &newHere, into: &added, situation.latencies)
        for position in newReplicas.indices {
          take(from: &newReplicas[position], into: &added, situation.latencies)
        }
        guard !added.demand.isEmpty else { continue }
        let after = utility(of: [newHere] + newReplicas + [added])
        guard after < (best?.utility ?? current) else { continue }
        // judged like the sites that lose clients would judge it themselves: relative to their utility
        let losers = zip([here] + replicas, [newHere] + newReplicas).filter {
          $0.0.demand.count != $0.1.demand.count
        }
        let before = utility(of: losers.map(\.0))
        best = (index, newHere, newReplicas + [added], after, before > 0 ? (current - after) / before : 0)
      }
      guard let best, best.gain > policy.replicationThreshold else { break }
      here = best.here
      replicas = best.replicas
      replicas[replicas.count - 1].gain = best.gain
      candidates.remove(at: best.index)
    }
    refine(here: &here, replicas: &replicas, candidates: free, situation)
    candidates.removeAll { offer in replicas.contains { $0.offer.site == offer.site } }
    var decisions = budgets(for: replicas.filter { !$0.demand.isEmpty }, here: here, situation, keep: keep)
    // what stays here may be served better elsewhere: move in the same tick rather than the next
    if decisions.count < limit, !here.demand.isEmpty {
      let spent = decisions.reduce(Money.zero) { total, decision in
        guard case .replicate(_, _, let budget, _) = decision else { return total }
        return total + budget
      }
      var rest = situation
      rest.demand = situation.demand.filter { served in here.demand.contains { $0.subnet == served.subnet } }
      rest.candidates = candidates
      rest.balance = situation.balance - spent
      rest.fallbackSite = nil
      if case .migrate(let target, let gain) = decide(rest) {
        decisions.append(.migrate(target: target, gain: gain))
      }
    }
    return decisions
  }

  /// The sites other than its own where the ICON could start an instance, in site order.
  private func freeCandidates(_ situation: Situation) -> [SiteOffer] {
    situation.candidates.filter { $0.site != situation.site.site && $0.freeCapacity > 0 }
      .sorted { $0.site < $1.site }
  }

  /// The most rounds of ``refine(here:replicas:candidates:_:)``.
  static let refinementRounds = 8

  /// Lloyd's refinement of a greedy plan (the greedy one-replica-at-a-time choice keeps early replicas
  /// where they served best before later ones took clients from them): each replica moves to the
  /// candidate that serves its own clients best, then every client goes to the nearest of this ICON's
  /// site and the replicas; rounds go on while the combined utility falls.
  private func refine(
    here: inout Assignment, replicas: inout [Assignment], candidates: [SiteOffer], _ situation: Situation
  ) {
    guard !replicas.isEmpty else { return }
    let observedHere = Dictionary(servedDemand(situation).map { ($0.subnet, $0) }) { first, _ in first }
    var current = utility(of: [here] + replicas)
    for _ in 0..<Self.refinementRounds {
      var trial = replicas
      var used = Set(trial.map(\.offer.site)).union([here.offer.site])
      for index in trial.indices {
        guard let moved = bestSite(for: trial[index], among: candidates, excluding: used, situation.latencies)
        else { continue }
        used.remove(trial[index].offer.site)
        used.insert(moved.offer.site)
        trial[index] = moved
      }
      var trialHere = here
      reassign(here: &trialHere, replicas: &trial, observedHere: observedHere, situation.latencies)
      let after = utility(of: [trialHere] + trial)
      guard after < current - 1e-9 * current else { break }
      (here, replicas, current) = (trialHere, trial, after)
    }
  }

  /// `assignment` moved to the candidate (not in `used`) that serves its demand with the lowest
  /// utility, if that is lower than where it is; nil otherwise.
  private func bestSite(
    for assignment: Assignment, among candidates: [SiteOffer], excluding used: Set<SiteID>,
    _ latencies: LatencyTable
  ) -> Assignment? {
    guard !assignment.demand.isEmpty else { return nil }
    var best = (
      assignment: assignment,
      utility: score(
        assignment.offer.site, price: assignment.offer.pricePerSlot, assignment.demand,
        freeCapacity: assignment.offer.freeCapacity)
    )
    var moved = false
    for offer in candidates where !used.contains(offer.site) {
      var demand: [ServedDemand] = []
      demand.reserveCapacity(assignment.demand.count)
      for served in assignment.demand {
        guard let latency = latencies.latency(from: served.subnet, to: offer.site) else { break }
        demand.append(served.at(latency: latency))
      }
      guard demand.count == assignment.demand.count else { continue }
      let utility = score(offer.site, price: offer.pricePerSlot, demand, freeCapacity: offer.freeCapacity)
      if utility < best.utility {
        best = (Assignment(offer: offer, demand: demand, gain: assignment.gain), utility)
        moved = true
      }
    }
    return moved ? best.assignment : nil
  }

  /// Gives every client of `here` and `replicas` to the nearest of them (the ICON's own site at the
  /// latency observed here), keeping it where it is on a tie.
  private func reassign(
    here: inout Assignment, replicas: inout [Assignment], observedHere: [SubnetID: ServedDemand],
    _ latencies: LatencyTable
  ) {
    let everyone = ([here] + replicas).enumerated().flatMap { position, assignment in
      assignment.demand.map { (served: $0, at: position) }
    }
    here.demand = []
    for index in replicas.indices { replicas[index].demand = [] }
    for (served, current) in everyone.sorted(by: { $0.served.subnet < $1.served.subnet }) {
      var best = (position: current, latency: served.latency)
      if current != 0, let observed = observedHere[served.subnet], observed.latency < best.latency {
        best = (0, observed.latency)
      }
      for (index, replica) in replicas.enumerated() where index + 1 != current {
        if let latency = latencies.latency(from: served.subnet, to: replica.offer.site),
          latency < best.latency
        {
          best = (index + 1, latency)
        }
      }
      if best.position == 0 {
        here.demand.append(observedHere[served.subnet] ?? served.at(latency: best.latency))
      } else {
        replicas[best.position - 1].demand.append(served.at(latency: best.latency))
      }
    }
  }

  /// Moves to `added` the demand of `from` that `added` serves with lower latency.
  private func take(from: inout Assignment, into added: inout Assignment, _ latencies: LatencyTable) {
    from.demand.removeAll { served in
      guard let latency = latencies.latency(from: served.subnet, to: added.offer.site),
        latency < served.latency
      else { return false }
      added.demand.append(served.at(latency: latency))
      return true
    }
  }

  /// The ICON's demand that decisions weigh (subnets at or above the minimum rate), in subnet order,
  /// at the latencies observed here.
  func servedDemand(_ situation: Situation) -> [ServedDemand] {
    situation.demand.filter { $0.rate >= policy.minimumSubnetRate }
  }

  /// The least budget a replica at `offer` is started with: `replicaMinimumSlots` slots there.
  private func minimumBudget(at offer: SiteOffer) -> Money { offer.pricePerSlot * policy.replicaMinimumSlots }

  /// The combined utility of `assignments`.
  private func utility(of assignments: [Assignment]) -> Double {
    assignments.reduce(0) { total, assignment in
      total
        + score(
          assignment.offer.site, price: assignment.offer.pricePerSlot, assignment.demand,
          freeCapacity: assignment.isHere ? 1 : assignment.offer.freeCapacity)
    }
  }

  /// Replications with budgets: each replica gets its share of the balance in proportion to its
  /// expected utility, at least `replicaMinimumSlots` slots, while the ICON keeps `keep` and the
  /// replicas after it their minimum.
  private func budgets(for replicas: [Assignment], here: Assignment, _ situation: Situation, keep: Money)
    -> [PlacementDecision]
  {
    let total = utility(of: [here] + replicas)
    var remaining = situation.balance
    var decisions: [PlacementDecision] = []
    for (position, replica) in replicas.enumerated() {
      let minimum = minimumBudget(at: replica.offer)
      let reservedForRest = replicas[(position + 1)...].reduce(Money.zero) {
        $0 + minimumBudget(at: $1.offer)
      }
      let available = remaining - keep - reservedForRest
      guard minimum <= available else { break }
      let own = utility(of: [replica])
      let budget = min(max(situation.balance.share(total > 0 ? own / total : 0.5), minimum), available)
      remaining -= budget
      decisions.append(
        .replicate(
          target: replica.offer, subnets: replica.demand.map(\.subnet).sorted(), budget: budget,
          gain: replica.gain))
    }
    return decisions
  }

  /// The utility of serving `demand` from `site` at `price`.
  public func score(_ site: SiteID, price: Money, _ demand: [ServedDemand], freeCapacity: Int = 1)
    -> Double
  {
    utility.utility(
      of: PlacementCandidate(site: site, price: price, freeCapacity: freeCapacity, demand: demand),
      policy: policy)
  }

  /// The ICON's value: what its clients would cost at the fallback (lease already paid there) minus
  /// what they cost here. `nil` when it may not terminate or a latency to the fallback is unknown.
  func value(of situation: Situation, here: [ServedDemand], currentUtility: Double) -> Double? {
    guard let fallback = situation.fallbackSite else { return nil }
    var there: [ServedDemand] = []
    for served in here {
      guard let latency = situation.latencies.latency(from: served.subnet, to: fallback) else {
        return nil
      }
      there.append(served.at(latency: latency))
    }
    return score(fallback, price: .zero, there) - currentUtility
  }

  func migrationGain(
    to offer: SiteOffer, here: [ServedDemand], currentUtility: Double, _ situation: Situation
  ) -> Double? {
    guard offer.pricePerSlot <= situation.balance else { return nil }
    var there: [ServedDemand] = []
    for served in here {
      guard let latency = situation.latencies.latency(from: served.subnet, to: offer.site) else {
        return nil
      }
      there.append(served.at(latency: latency))
    }
    let target = score(offer.site, price: offer.pricePerSlot, there, freeCapacity: offer.freeCapacity)
    return (currentUtility - target) / currentUtility
  }

  func replication(
    at offer: SiteOffer, here: [ServedDemand], currentUtility: Double, _ situation: Situation
  ) -> (subnets: [SubnetID], budget: Money, gain: Double)? {
    var moved: [ServedDemand] = []
    var kept: [ServedDemand] = []
    for served in here {
      if let latency = situation.latencies.latency(from: served.subnet, to: offer.site),
        latency < served.latency
      {
        moved.append(served.at(latency: latency))
      } else {
        kept.append(served)
      }
    }
    guard !moved.isEmpty else { return nil }
    let replicaUtility = score(
      offer.site, price: offer.pricePerSlot, moved, freeCapacity: offer.freeCapacity)
    let parentUtility = score(situation.site.site, price: situation.site.pricePerSlot, kept)
    let gain = (currentUtility - replicaUtility - parentUtility) / currentUtility
    guard gain > 0 else { return nil }

    let minimum = minimumBudget(at: offer)
    let keep = situation.site.pricePerSlot * policy.founderingSlots
    let available = situation.balance - keep
    guard minimum <= available else { return nil }
    let total = replicaUtility + parentUtility
    let proportional = situation.balance.share(total > 0 ? replicaUtility / total : 0.5)
    let budget = min(max(proportional, minimum), available)
    return (moved.map(\.subnet), budget, gain)
  }
}
