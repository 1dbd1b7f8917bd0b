/// The decision rules of paper §4.2, as pure functions of what one ICON knows.
///
/// - **Terminate** when the ICON's *value* — the utility its clients would lose if its fallback (the
///   parent, whose lease is paid anyway) served them, minus its own utility — is below the termination
///   threshold.
/// - **Migrate** to the candidate site with the lowest utility for the ICON's own demand, if it improves
///   the current utility by more than the migration threshold (relative) and the balance pays a slot there.
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
    /// Its own demand per subnet (smoothed); latencies are the observed ones.
    public var demand: [SubnetID: SubnetObservation]
    /// Estimates from subnets to candidate sites.
    public var latencies: LatencyTable
    /// Sites it may move to or replicate at (free, not used by the application, not just denied).
    public var candidates: [SiteOffer]
    /// Its balance.
    public var balance: Money
    /// Where its clients would go if it terminated; `nil` if it may not terminate.
    public var fallbackSite: SiteID?

    /// A situation; see the properties for the meaning of each argument.
    public init(
      site: SiteOffer, demand: [SubnetID: SubnetObservation], latencies: LatencyTable,
      candidates: [SiteOffer], balance: Money, fallbackSite: SiteID?
    ) {
      self.site = site
      self.demand = demand
      self.latencies = latencies
      self.candidates = candidates
      self.balance = balance
      self.fallbackSite = fallbackSite
    }
  }

  /// The decision for `situation`.
  public func decide(_ situation: Situation) -> PlacementDecision {
    // with nowhere to go and no fallback to hand the clients to, there is nothing to weigh
    guard !situation.candidates.isEmpty || situation.fallbackSite != nil else { return .stay }
    let demand = situation.demand.filter { $0.value.rate >= policy.minimumSubnetRate }
      .sorted { $0.key < $1.key }
    let here = demand.map { ServedDemand(subnet: $0.key, rate: $0.value.rate, latency: $0.value.latency) }
    let currentUtility = score(situation.site.site, price: situation.site.pricePerSlot, here)

    if let value = value(of: situation, here: here, currentUtility: currentUtility),
      value < policy.terminationThreshold
    {
      return .terminate(value: value)
    }
    guard !here.isEmpty, currentUtility > 0 else { return .stay }

    let candidates = situation.candidates.filter { $0.site != situation.site.site && $0.freeCapacity > 0 }
      .sorted { $0.site < $1.site }
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
  /// replications for the client groups and sites left, each judged against what remains here.
  public func plan(_ situation: Situation, limit: Int) -> [PlacementDecision] {
    var remaining = situation
    var decisions: [PlacementDecision] = []
    while decisions.count < limit {
      let next = decide(remaining)
      switch next {
      case .stay:
        return decisions
      case .migrate, .terminate:
        return decisions.isEmpty ? [next] : decisions
      case .replicate(let target, let subnets, let budget, _):
        decisions.append(next)
        for subnet in subnets { remaining.demand[subnet] = nil }
        remaining.candidates.removeAll { $0.site == target.site }
        remaining.balance -= budget
        remaining.fallbackSite = nil
      }
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
  private func value(of situation: Situation, here: [ServedDemand], currentUtility: Double) -> Double? {
    guard let fallback = situation.fallbackSite else { return nil }
    var there: [ServedDemand] = []
    for served in here {
      guard let latency = situation.latencies.latency(from: served.subnet, to: fallback) else {
        return nil
      }
      there.append(ServedDemand(subnet: served.subnet, rate: served.rate, latency: latency))
    }
    return score(fallback, price: .zero, there) - currentUtility
  }

  private func migrationGain(
    to offer: SiteOffer, here: [ServedDemand], currentUtility: Double, _ situation: Situation
  ) -> Double? {
    guard offer.pricePerSlot <= situation.balance else { return nil }
    var there: [ServedDemand] = []
    for served in here {
      guard let latency = situation.latencies.latency(from: served.subnet, to: offer.site) else {
        return nil
      }
      there.append(ServedDemand(subnet: served.subnet, rate: served.rate, latency: latency))
    }
    let target = score(offer.site, price: offer.pricePerSlot, there, freeCapacity: offer.freeCapacity)
    return (currentUtility - target) / currentUtility
  }

  private func replication(
    at offer: SiteOffer, here: [ServedDemand], currentUtility: Double, _ situation: Situation
  ) -> (subnets: [SubnetID], budget: Money, gain: Double)? {
    var moved: [ServedDemand] = []
    var kept: [ServedDemand] = []
    for served in here {
      if let latency = situation.latencies.latency(from: served.subnet, to: offer.site),
        latency < served.latency
      {
        moved.append(ServedDemand(subnet: served.subnet, rate: served.rate, latency: latency))
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

    let minimum = offer.pricePerSlot * policy.replicaMinimumSlots
    let keep = situation.site.pricePerSlot * policy.founderingSlots
    let available = situation.balance - keep
    guard minimum <= available else { return nil }
    let total = replicaUtility + parentUtility
    let proportional = situation.balance.share(total > 0 ? replicaUtility / total : 0.5)
    let budget = min(max(proportional, minimum), available)
    return (moved.map(\.subnet), budget, gain)
  }
}
