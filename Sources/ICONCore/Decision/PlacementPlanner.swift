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
    /// Sites it may move to or replicate at (free, not used by the application, not just denied), in
    /// site order.
    public var candidates: [SiteOffer]
    /// Its balance.
    public var balance: Money
    /// Where its clients would go if it terminated; `nil` if it may not terminate.
    public var fallbackSite: SiteID?

    /// A situation; see the properties for the meaning of each argument (`demand` is put in subnet
    /// order and `candidates` in site order if they are not).
    public init(
      site: SiteOffer, demand: [ServedDemand], latencies: LatencyTable, candidates: [SiteOffer],
      balance: Money, fallbackSite: SiteID?
    ) {
      self.site = site
      let ordered = zip(demand, demand.dropFirst()).allSatisfy { $0.subnet < $1.subnet }
      self.demand = ordered ? demand : demand.sorted { $0.subnet < $1.subnet }
      self.latencies = latencies
      let sorted = zip(candidates, candidates.dropFirst()).allSatisfy { $0.site < $1.site }
      self.candidates = sorted ? candidates : candidates.sorted { $0.site < $1.site }
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
    decide(situation, reach(situation))
  }

  /// The free candidates of a situation and the latency from each subnet of its served demand to each of
  /// them, looked up once a tick (the rules weigh every pair, some more than once).
  struct Reach {
    /// The free candidates, in site order.
    var free: [SiteOffer]
    /// `latency[c][s]`: from the `s`-th subnet of the served demand to the `c`-th free candidate; nil
    /// when unknown.
    var latency: [[Double?]]
  }

  /// The reach of `situation`.
  func reach(_ situation: Situation) -> Reach {
    let free = freeCandidates(situation)
    return Reach(
      free: free,
      latency: situation.latencies.latencies(
        from: servedDemand(situation).map(\.subnet), to: free.map(\.site)))
  }

  /// The decision for `situation`, whose reach is `reach`.
  func decide(_ situation: Situation, _ reach: Reach) -> PlacementDecision {
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

    var best = PlacementDecision.stay
    var bestGain = 0.0
    for (offer, there) in zip(reach.free, reach.latency) {
      if let gain = migrationGain(
        to: offer, here: here, there: there, currentUtility: currentUtility, balance: situation.balance),
        gain > policy.migrationThreshold, gain > bestGain
      {
        best = .migrate(target: offer, gain: gain)
        bestGain = gain
      }
      if let replica = replication(
        at: offer, here: here, there: there, currentUtility: currentUtility, situation),
        replica.gain > policy.replicationThreshold, replica.gain > bestGain
      {
        best = .replicate(
          target: offer, subnets: replica.subnets, budget: replica.budget, gain: replica.gain)
        bestGain = replica.gain
      }
    }
    return best
  }

  /// How this ICON settles on the clients its last action left it, weighed without the thresholds the
  /// rules apply to small changes of demand: with `limit` above one, replicas added while each lowers the
  /// utility of the sites it takes clients from by more than the settling threshold (Lloyd's rounds over
  /// them, budgets shared out as ``plan(_:limit:)`` shares them); then the move of what stays here to the
  /// site that serves it best, if any gains at all. Empty to stay; `limit` decisions at most.
  public func settle(_ situation: Situation, limit: Int) -> [PlacementDecision] {
    let here = Assignment(offer: situation.site, demand: servedDemand(situation), isHere: true)
    guard utility(of: [here]) > 0 else { return [] }
    return placement(
      here: here, replicas: [], among: freeCandidates(situation), situation, limit: limit,
      bars: (limit > 1 ? policy.settlingThreshold : .infinity, 0), swapping: false
    ).decisions
  }

  /// The move of `here` (whose utility is `currentUtility`) to the site of `candidates` that gains most,
  /// if that gain is above `bar`; `there[c]` holds each subnet's latency to `candidates[c]`.
  private func bestMove(
    of here: [ServedDemand], currentUtility: Double, among candidates: [SiteOffer], there: [[Double?]],
    balance: Money, above bar: Double
  ) -> (target: SiteOffer, gain: Double)? {
    var best: (target: SiteOffer, gain: Double)?
    for (offer, latencies) in zip(candidates, there) {
      if let gain = migrationGain(
        to: offer, here: here, there: latencies, currentUtility: currentUtility, balance: balance),
        gain > max(bar, best?.gain ?? 0)
      {
        best = (offer, gain)
      }
    }
    return best
  }

  /// Up to `limit` decisions for one tick.
  ///
  /// The best single decision, and — while it is a replication — further replicas, chosen like a
  /// facility location: each new replica takes the subnets it serves better than whichever site serves
  /// them so far (here or a replica chosen before it), and is added only if the combined utility improves
  /// by more than the replication threshold; Lloyd's rounds then move each replica to where its clients
  /// are best served and give every client the nearest site, and what stays here may move. Budgets are
  /// shared out at the end, in proportion to each replica's expected utility.
  ///
  /// With `limit` above one the ICON also weighs its whole placement at once, as a controller weighs a
  /// whole placement: replicas added while any improves the combined utility, Lloyd's rounds, then swaps
  /// (a new replica or this ICON moved to another site, every client to the nearest, while one improves
  /// the combined utility), then a move of what stays here; that plan is taken instead when it lowers the
  /// utility more, and by more than the replication threshold (the migration threshold if it only
  /// moves). An origin serving clients it may not hand to a parent finds its way out this way: replicas
  /// for some of them and a move for the rest, where neither alone clears its threshold.
  public func plan(_ situation: Situation, limit: Int) -> [PlacementDecision] {
    let reach = reach(situation)
    let single = single(after: decide(situation, reach), situation, limit: limit, reach)
    return wholePlacement(situation, limit: limit, reach, over: single)?.decisions ?? single.decisions
  }

  /// The whole placement of ``plan(_:limit:)`` with its relative gain, if it wins over `single` (the
  /// single decision and what follows it).
  func wholePlacement(_ situation: Situation, limit: Int, _ reach: Reach, over single: Plan)
    -> (decisions: [PlacementDecision], gain: Double)?
  {
    guard limit > 1, !single.terminates else { return nil }
    let here = Assignment(offer: situation.site, demand: servedDemand(situation), isHere: true)
    let current = utility(of: [here])
    guard current > 0 else { return nil }
    let whole = placement(
      here: here, replicas: [], among: shortlist(reach), situation,
      limit: limit, bars: (0, 0), swapping: true)
    let replicates = whole.decisions.contains { if case .replicate = $0 { true } else { false } }
    let gain = (current - whole.utility) / current
    guard whole.utility < single.utility - 1e-9 * current,
      gain > (replicates ? policy.replicationThreshold : policy.migrationThreshold)
    else { return nil }
    return (whole.decisions, gain)
  }

  /// How a parent places the demand it serves before handing some of it to its subtree: the decisions
  /// (replicas, a move) and which subnets go to which site of the subtree.
  public struct SubtreePlacement: Hashable, Sendable {
    /// Replications and a move, in the order to carry them out.
    public var decisions: [PlacementDecision]
    /// Subnets handed to an instance of the subtree, by the site it runs at.
    public var handed: [SubnetID: SiteID]
    /// The relative gain of the whole change over serving every subnet here.
    public var gain: Double
  }

  /// The placement of this ICON's demand with the sites of its subtree (`subtreeSites`) as facilities
  /// already paid for: clients go to the nearest of this site, the subtree's and new replicas', replicas
  /// added while any improves the combined utility and swapped, as ``plan(_:limit:)`` weighs a whole
  /// placement. Nil unless it starts a replica and the whole change (handing clients on included) gains
  /// more than the replication threshold over serving them all here; handing on alone is the progressive
  /// redirection's job. A parent that new clients reach weighs their placement this way, as a controller
  /// weighs a shift, before handing them on: handed on first, each part is left to an ICON to which the
  /// replicas that would serve it better are each worth too little.
  public func placeWithSubtree(_ situation: Situation, subtreeSites: [SiteOffer], limit: Int)
    -> SubtreePlacement?
  {
    guard limit > 0, !subtreeSites.isEmpty else { return nil }
    var here = Assignment(offer: situation.site, demand: servedDemand(situation), isHere: true)
    let current = utility(of: [here])
    guard current > 0 else { return nil }
    var subtree = subtreeSites.map { Assignment(offer: $0, demand: [], isPaid: true) }
    let observedHere = Dictionary(here.demand.map { ($0.subnet, $0) }) { first, _ in first }
    reassign(here: &here, replicas: &subtree, observedHere: observedHere, situation.latencies)
    let whole = placement(
      here: here, replicas: subtree, among: shortlist(reach(situation)), situation, limit: limit,
      bars: (0, 0), swapping: true)
    guard whole.decisions.contains(where: { if case .replicate = $0 { true } else { false } }) else {
      return nil
    }
    let gain = (current - whole.utility) / current
    guard gain > policy.replicationThreshold else { return nil }
    return SubtreePlacement(decisions: whole.decisions, handed: whole.handed, gain: gain)
  }

  /// The best single decision, `first`, and — while it is a replication — the replicas and the move
  /// that follow it, with the combined utility after them.
  func single(after first: PlacementDecision, _ situation: Situation, limit: Int, _ reach: Reach) -> Plan {
    if case .terminate = first { return Plan(decisions: [first], utility: 0, terminates: true) }
    let here = Assignment(offer: situation.site, demand: servedDemand(situation), isHere: true)
    let current = utility(of: [here])
    switch first {
    case .replicate(let target, let subnets, _, let gain):
      guard limit > 1 else { return Plan(decisions: [first], utility: current * (1 - gain)) }
      var firstReplica = Assignment(offer: target, demand: [], gain: gain)
      var rest = here
      rest.demand.removeAll { served in
        guard subnets.contains(served.subnet),
          let latency = situation.latencies.latency(from: served.subnet, to: target.site)
        else { return false }
        firstReplica.demand.append(served.at(latency: latency))
        return true
      }
      return placement(
        here: rest, replicas: [firstReplica], among: reach.free, situation, limit: limit,
        bars: (policy.replicationThreshold, policy.migrationThreshold), swapping: false)
    case .migrate(_, let gain):
      return Plan(decisions: [first], utility: current * (1 - gain))
    default:
      return Plan(decisions: [], utility: current)
    }
  }

  /// Decisions and the combined utility of the ICON and its replicas once they are carried out.
  struct Plan {
    var decisions: [PlacementDecision]
    var utility: Double
    /// Subnets given to sites of the subtree, by site.
    var handed: [SubnetID: SiteID] = [:]
    /// The ICON terminates (its utility is then not weighed).
    var terminates = false
  }

  /// A site and the demand it would serve, with latencies to it.
  private struct Assignment {
    var offer: SiteOffer
    var demand: [ServedDemand]
    var gain = 0.0
    /// The ICON's own site (scored as the single decision rules score it).
    var isHere = false
    /// A site of the ICON's subtree: its lease is paid, it takes clients at no extra price, stays where
    /// it is and needs no decision.
    var isPaid = false
  }

  /// Replicas added to `replicas` one at a time, each while it lowers the combined utility by more than
  /// `bars.replica` of the utility of the sites it takes clients from, Lloyd's rounds over them, with
  /// `swapping` the swaps of a k-median search (a whole placement, weighed without bars), and a move of
  /// what stays here if it gains more than `bars.move`; `limit` decisions at most. An infinite
  /// `bars.replica` weighs no replica.
  private func placement(
    here start: Assignment, replicas chosen: [Assignment], among free: [SiteOffer], _ situation: Situation,
    limit: Int, bars: (replica: Double, move: Double), swapping: Bool
  ) -> Plan {
    var here = start
    var replicas = chosen
    let keep = situation.site.pricePerSlot * policy.founderingSlots
    var candidates = free.filter { offer in !replicas.contains { $0.offer.site == offer.site } }
    let paid = replicas.filter(\.isPaid).count
    while bars.replica < .infinity, replicas.count - paid < limit {
      let current = utility(of: [here] + replicas)
      guard current > 0 else { break }
      let committed = replicas.reduce(Money.zero) { $0 + ($1.isPaid ? .zero : minimumBudget(at: $1.offer)) }
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
      guard let best, best.gain > bars.replica else { break }
      here = best.here
      replicas = best.replicas
      replicas[replicas.count - 1].gain = best.gain
      candidates.remove(at: best.index)
    }
    refine(here: &here, replicas: &replicas, candidates: free, situation)
    let swappedHere =
      swapping
      ? swap(
        here: &here, replicas: &replicas, candidates: free, mayMove: replicas.count - paid < limit, situation)
      : nil
    candidates.removeAll { offer in replicas.contains { $0.offer.site == offer.site } }
    let subtree = replicas.filter(\.isPaid)
    let funded = replicas.filter { !$0.demand.isEmpty && !$0.isPaid }
    let kept = swappedHere.map { $0.site.pricePerSlot * policy.founderingSlots } ?? keep
    var decisions = budgets(for: funded, here: here, situation, keep: kept)
    var combined = utility(of: [here] + funded + subtree)
    if let swappedHere {
      decisions.append(.migrate(target: swappedHere.site, gain: swappedHere.gain))
    } else if here.demand.isEmpty,
      let busiest = funded.indices.max(by: { funded[$0].demand.count < funded[$1].demand.count })
    {
      // an ICON left with no clients of its own would pay for a site that serves nobody: it moves to the
      // busiest replica's site instead, if it can pay a slot there, and serves those clients itself
      var rest = funded
      let moved = rest.remove(at: busiest)
      let restDecisions = budgets(for: rest, here: moved, situation, keep: keep)
      if moved.offer.pricePerSlot <= situation.balance - spent(by: restDecisions) {
        let after = utility(of: rest + [moved] + subtree)
        decisions = restDecisions + [.migrate(target: moved.offer, gain: (combined - after) / combined)]
        combined = after
      }
    }
    // what stays here may be served better elsewhere: move in the same tick rather than the next
    if swappedHere == nil, decisions.count < limit, !here.demand.isEmpty {
      let handedOut = spent(by: decisions)
      let utilityHere = utility(of: [here])
      if let move = bestMove(
        of: here.demand, currentUtility: utilityHere, among: candidates,
        there: situation.latencies.latencies(from: here.demand.map(\.subnet), to: candidates.map(\.site)),
        balance: situation.balance - handedOut, above: bars.move)
      {
        decisions.append(.migrate(target: move.target, gain: move.gain))
        combined -= utilityHere * move.gain
      }
    }
    var handed: [SubnetID: SiteID] = [:]
    for site in subtree { for served in site.demand { handed[served.subnet] = site.offer.site } }
    return Plan(decisions: decisions, utility: combined, handed: handed)
  }

  /// The budgets the replications among `decisions` hand out.
  private func spent(by decisions: [PlacementDecision]) -> Money {
    decisions.reduce(Money.zero) { total, decision in
      guard case .replicate(_, _, let budget, _) = decision else { return total }
      return total + budget
    }
  }

  /// The sites other than its own where the ICON could start an instance, in site order.
  private func freeCandidates(_ situation: Situation) -> [SiteOffer] {
    situation.candidates.filter { $0.site != situation.site.site && $0.freeCapacity > 0 }
  }

  /// How many of the nearest free candidates of each subnet a whole placement weighs.
  static let shortlistLength = 6

  /// The free candidates among the ``shortlistLength`` nearest to some subnet of the served demand, in
  /// site order: a whole placement weighs these only, as each subnet is served from one of its nearest
  /// sites but for a site between several (an ICON may know thousands of yards and decides several times
  /// a second).
  private func shortlist(_ reach: Reach) -> [SiteOffer] {
    var chosen = Set<Int>()
    for subnet in reach.latency.first?.indices ?? 0..<0 {
      var nearest: [(latency: Double, index: Int)] = []
      for (index, there) in reach.latency.enumerated() {
        guard let latency = there[subnet],
          nearest.count < Self.shortlistLength || latency < nearest[nearest.count - 1].latency
        else { continue }
        let position = nearest.firstIndex { $0.latency > latency } ?? nearest.count
        nearest.insert((latency, index), at: position)
        if nearest.count > Self.shortlistLength { nearest.removeLast() }
      }
      chosen.formUnion(nearest.map(\.index))
    }
    return chosen.sorted().map { reach.free[$0] }
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
      for index in trial.indices where !trial[index].isPaid {
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

  /// The most rounds of ``swap(here:replicas:candidates:mayMove:_:)``.
  static let swapRounds = 8

  /// Swaps, as the optimum baseline's k-median search makes them (Lloyd's rounds move each site for its
  /// own clients only, and stop where moving one site would take clients from another): a new replica,
  /// or with `mayMove` this ICON, moved to another of `candidates`, every client then given to the
  /// nearest site (ties to this ICON, then to the earlier replica); the swap that lowers the combined
  /// utility most is made, round after round, while one does and the balance can start the replicas
  /// (``OwnerPolicy/replicaMinimumSlots``) and keep this ICON (``OwnerPolicy/founderingSlots``) where
  /// they are. Returns the site this ICON moves to, if it does, with the relative gain of the swaps.
  private func swap(
    here: inout Assignment, replicas: inout [Assignment], candidates: [SiteOffer], mayMove: Bool,
    _ situation: Situation
  ) -> (site: SiteOffer, gain: Double)? {
    guard replicas.contains(where: { !$0.isPaid }) || mayMove else { return nil }
    let demand = servedDemand(situation)
    let facilities = [here.offer] + replicas.map(\.offer)
    let occupied = Set(facilities.map(\.site)).union([situation.site.site])
    let sites = facilities + candidates.filter { !occupied.contains($0.site) }
    // latency[site][subnet]; this ICON's own site at the latencies observed here
    let latency =
      [demand.map { Optional($0.latency) }]
      + situation.latencies.latencies(from: demand.map(\.subnet), to: sites.dropFirst().map(\.site))
    let paid = [false] + replicas.map(\.isPaid)
    let gains = [here.gain] + replicas.map(\.gain)
    // the assignments of the sites at `open` (this ICON's first), nil if a subnet has no known latency
    func assignments(_ open: [Int]) -> (here: Assignment, replicas: [Assignment])? {
      var nearest = [(position: Int, latency: Double)]()
      nearest.reserveCapacity(demand.count)
      var counts = Array(repeating: 0, count: open.count)
      for subnet in demand.indices {
        var best: (position: Int, latency: Double)?
        for (position, site) in open.enumerated() {
          if let value = latency[site][subnet], value < best?.latency ?? .infinity {
            best = (position, value)
          }
        }
        guard let best else { return nil }
        nearest.append(best)
        counts[best.position] += 1
      }
      var served = counts.map { count in
        var demand = [ServedDemand]()
        demand.reserveCapacity(count)
        return demand
      }
      for (observed, best) in zip(demand, nearest) {
        served[best.position].append(observed.at(latency: best.latency))
      }
      let placed = open.indices.map { position in
        Assignment(
          offer: sites[open[position]], demand: served[position], gain: gains[position],
          isHere: position == 0, isPaid: paid[position])
      }
      return (placed[0], Array(placed.dropFirst()))
    }
    func affordable(_ open: [Int]) -> Bool {
      let needed = open.indices.dropFirst().reduce(sites[open[0]].pricePerSlot * policy.founderingSlots) {
        $0 + (paid[$1] ? .zero : minimumBudget(at: sites[open[$1]]))
      }
      return needed <= situation.balance
    }
    var open = Array(facilities.indices)
    guard let start = assignments(open).map({ utility(of: [$0.here] + $0.replicas) }), start > 0 else {
      return nil
    }
    var current = start
    for _ in 0..<Self.swapRounds {
      var best: (open: [Int], utility: Double)?
      // a candidate nearer to no client than the sites open now could gain by its price alone: not weighed
      let nearest = demand.indices.map { subnet in
        open.compactMap { latency[$0][subnet] }.min() ?? .infinity
      }
      for candidate in facilities.count..<sites.count where !open.contains(candidate) {
        guard nearest.indices.contains(where: { (latency[candidate][$0] ?? .infinity) < nearest[$0] }) else {
          continue
        }
        for position in open.indices where position == 0 ? mayMove : !paid[position] {
          var trial = open
          trial[position] = candidate
          guard affordable(trial), let placed = assignments(trial) else { continue }
          let after = utility(of: [placed.here] + placed.replicas)
          if after < (best?.utility ?? current) - 1e-9 * current { best = (trial, after) }
        }
      }
      guard let best else { break }
      (open, current) = (best.open, best.utility)
    }
    guard current < start, let placed = assignments(open) else { return nil }
    (here, replicas) = placed
    return open[0] == 0 ? nil : (sites[open[0]], (start - current) / start)
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
    let rows = assignment.demand.map { latencies.row(from: $0.subnet) }
    for offer in candidates where !used.contains(offer.site) {
      let column = latencies.column(of: offer.site)
      var demand: [ServedDemand] = []
      demand.reserveCapacity(assignment.demand.count)
      for (served, row) in zip(assignment.demand, rows) {
        guard let latency = row[column] else { break }
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
    let column = latencies.column(of: added.offer.site)
    from.demand.removeAll { served in
      guard let latency = latencies.row(from: served.subnet)[column],
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
          assignment.offer.site, price: assignment.isPaid ? .zero : assignment.offer.pricePerSlot,
          assignment.demand,
          freeCapacity: assignment.isHere || assignment.isPaid ? 1 : assignment.offer.freeCapacity)
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

  /// The relative gain of serving `here` (whose utility is `currentUtility`) from `offer` instead, where
  /// `there` holds each subnet's latency to it, if `balance` pays a slot there and every latency is known.
  func migrationGain(
    to offer: SiteOffer, here: [ServedDemand], there: [Double?], currentUtility: Double, balance: Money
  ) -> Double? {
    guard offer.pricePerSlot <= balance else { return nil }
    var moved: [ServedDemand] = []
    moved.reserveCapacity(here.count)
    for (served, latency) in zip(here, there) {
      guard let latency else { return nil }
      moved.append(served.at(latency: latency))
    }
    let target = score(offer.site, price: offer.pricePerSlot, moved, freeCapacity: offer.freeCapacity)
    return (currentUtility - target) / currentUtility
  }

  /// A replica at `offer` for the subnets of `here` closer to it (`there`: each one's latency to it),
  /// with its budget and relative gain, if it gains at all and the balance can start it.
  func replication(
    at offer: SiteOffer, here: [ServedDemand], there: [Double?], currentUtility: Double,
    _ situation: Situation
  ) -> (subnets: [SubnetID], budget: Money, gain: Double)? {
    let minimum = minimumBudget(at: offer)
    let keep = situation.site.pricePerSlot * policy.founderingSlots
    let available = situation.balance - keep
    guard minimum <= available,
      zip(here, there).contains(where: { served, latency in latency.map { $0 < served.latency } ?? false })
    else { return nil }
    var moved: [ServedDemand] = []
    var kept: [ServedDemand] = []
    moved.reserveCapacity(here.count)
    kept.reserveCapacity(here.count)
    for (served, latency) in zip(here, there) {
      if let latency, latency < served.latency {
        moved.append(served.at(latency: latency))
      } else {
        kept.append(served)
      }
    }
    let replicaUtility = score(
      offer.site, price: offer.pricePerSlot, moved, freeCapacity: offer.freeCapacity)
    let parentUtility = score(situation.site.site, price: situation.site.pricePerSlot, kept)
    let gain = (currentUtility - replicaUtility - parentUtility) / currentUtility
    guard gain > 0 else { return nil }
    let total = replicaUtility + parentUtility
    let proportional = situation.balance.share(total > 0 ? replicaUtility / total : 0.5)
    let budget = min(max(proportional, minimum), available)
    return (moved.map(\.subnet), budget, gain)
  }
}
