import ICONCore
import Testing

@Suite struct PlacementPlannerTests {
  let planner = PlacementPlanner(policy: OwnerPolicy())
  let cloud = SiteOffer(site: "cloud", pricePerSlot: 1)
  let edge = SiteOffer(site: "edge", pricePerSlot: 2)

  func situation(
    demand: [SubnetID: SubnetObservation], estimates: [(SubnetID, SiteID, Double)], balance: Money = 99,
    fallback: SiteID? = nil, candidates: [SiteOffer]? = nil
  ) -> PlacementPlanner.Situation {
    var table = LatencyTable()
    for (subnet, site, ms) in estimates {
      table.record(LatencyEstimate(subnet: subnet, site: site, milliseconds: ms))
    }
    return PlacementPlanner.Situation(
      site: cloud, demand: demand, latencies: table, candidates: candidates ?? [edge], balance: balance,
      fallbackSite: fallback)
  }

  @Test func migratesWhenAllClientsAreBetterServedElsewhere() {
    // here: 0.5*1 + 0.5*100*50/1000 = 3; edge: 0.5*2 + 0.5*100*5/1000 = 1.25; gain 0.5833…
    let decision = planner.decide(
      situation(demand: ["far": SubnetObservation(rate: 100, latency: 50)], estimates: [("far", "edge", 5)]))
    #expect(decision == .migrate(target: edge, gain: (3 - 1.25) / 3))
  }

  @Test func replicatesForTheSubnetsAReplicaServesBetter() {
    // here 3.25; replica (far) 1.25; parent keeps near: 0.75; gain 1.25/3.25; share 1.25/2 of 99
    let decision = planner.decide(
      situation(
        demand: [
          "far": SubnetObservation(rate: 100, latency: 50), "near": SubnetObservation(rate: 100, latency: 5),
        ],
        estimates: [("far", "edge", 5), ("near", "edge", 60)]))
    #expect(
      decision
        == .replicate(target: edge, subnets: ["far"], budget: Money.credits(61.875), gain: 1.25 / 3.25))
  }

  @Test func staysWhenTheGainDoesNotBeatTheThreshold() {
    // here: 0.5 + 0.5*100*12/1000 = 1.1; edge: 1 + 0.5*100*1/1000 = 1.05 → gain 4.5% < 15%
    let decision = planner.decide(
      situation(demand: ["a": SubnetObservation(rate: 100, latency: 12)], estimates: [("a", "edge", 1)]))
    #expect(decision == .stay)
  }

  @Test func thresholdIsStrict() {
    var exact = OwnerPolicy()
    exact.migrationThreshold = (3 - 1.25) / 3
    exact.replicationThreshold = 0.99
    let decision = PlacementPlanner(policy: exact).decide(
      situation(demand: ["far": SubnetObservation(rate: 100, latency: 50)], estimates: [("far", "edge", 5)]))
    #expect(decision == .stay)
  }

  @Test func unknownLatencyRulesOutMigrationButNotReplicationForKnownSubnets() {
    let decision = planner.decide(
      situation(
        demand: [
          "far": SubnetObservation(rate: 100, latency: 50), "other": SubnetObservation(rate: 100, latency: 5),
        ],
        estimates: [("far", "edge", 5)]))
    guard case .replicate(_, let subnets, _, _) = decision else {
      Issue.record("expected replication, got \(decision)")
      return
    }
    #expect(subnets == ["far"])
  }

  @Test func replicationNeedsABudgetThatFundsBothIcons() {
    // the replica needs 3 slots at 2 (6) and the parent keeps 2 slots at 1 (2): 8 in all
    let demand: [SubnetID: SubnetObservation] = [
      "far": SubnetObservation(rate: 100, latency: 50), "near": SubnetObservation(rate: 100, latency: 5),
    ]
    let estimates: [(SubnetID, SiteID, Double)] = [("far", "edge", 5), ("near", "edge", 60)]
    #expect(planner.decide(situation(demand: demand, estimates: estimates, balance: .credits(7.99))) == .stay)
    #expect(
      planner.decide(situation(demand: demand, estimates: estimates, balance: 8))
        == .replicate(target: edge, subnets: ["far"], budget: 6, gain: 1.25 / 3.25))
  }

  @Test func migrationNeedsOneSlotAtTheTarget() {
    let decision = planner.decide(
      situation(
        demand: ["far": SubnetObservation(rate: 100, latency: 50)], estimates: [("far", "edge", 5)],
        balance: .credits(1.99)))
    #expect(decision == .stay)
  }

  @Test func fullSitesAreNotCandidates() {
    var full = edge
    full.freeCapacity = 0
    let decision = planner.decide(
      situation(
        demand: ["far": SubnetObservation(rate: 100, latency: 50)], estimates: [("far", "edge", 5)],
        candidates: [full]))
    #expect(decision == .stay)
  }

  @Test func terminatesWhenTheParentServesTheClientsAlmostAsWell() {
    // value = 0.5*10*30/1000 - (0.5*1 + 0.5*10*20/1000) = 0.15 - 0.6 = -0.45 < 0
    let decision = planner.decide(
      situation(
        demand: ["a": SubnetObservation(rate: 10, latency: 20)], estimates: [("a", "parent", 30)],
        fallback: "parent", candidates: []))
    #expect(decision == .terminate(value: 0.15 - 0.6))
  }

  @Test func keepsRunningWhenItSavesMoreThanItsLease() {
    // value = 0.5*100*60/1000 - (0.5 + 0.5*100*10/1000) = 3 - 1 = 2
    let decision = planner.decide(
      situation(
        demand: ["a": SubnetObservation(rate: 100, latency: 10)], estimates: [("a", "parent", 60)],
        fallback: "parent", candidates: []))
    #expect(decision == .stay)
  }

  @Test func anIdleIconTerminatesAndOneWithoutFallbackNever() {
    #expect(
      planner.decide(situation(demand: [:], estimates: [], fallback: "parent")) == .terminate(value: -0.5))
    #expect(planner.decide(situation(demand: [:], estimates: [], fallback: nil)) == .stay)
  }

  @Test func subnetsBelowTheMinimumRateAreIgnored() {
    let decision = planner.decide(
      situation(demand: ["far": SubnetObservation(rate: 0.4, latency: 500)], estimates: [("far", "edge", 1)]))
    #expect(decision == .stay)
  }

  @Test func onePlanMayStartSeveralReplicasForDisjointGroups() {
    let west = SiteOffer(site: "west", pricePerSlot: 2)
    let east = SiteOffer(site: "east", pricePerSlot: 2)
    var situation = situation(
      demand: [
        "w": SubnetObservation(rate: 100, latency: 50), "e": SubnetObservation(rate: 100, latency: 50),
        "home": SubnetObservation(rate: 100, latency: 1),
      ],
      estimates: [
        ("w", "west", 2), ("w", "east", 90), ("e", "east", 2), ("e", "west", 90), ("home", "west", 60),
        ("home", "east", 60),
      ],
      candidates: [west, east])
    situation.balance = 100
    let plan = PlacementPlanner(policy: OwnerPolicy()).plan(situation, limit: 3)
    #expect(plan.count == 2)
    guard case .replicate(let first, let firstSubnets, let firstBudget, _) = plan[0],
      case .replicate(let second, let secondSubnets, _, _) = plan[1]
    else {
      Issue.record("expected two replications, got \(plan)")
      return
    }
    #expect(Set([first.site, second.site]) == ["west", "east"])
    #expect(Set(firstSubnets + secondSubnets) == ["w", "e"])
    #expect(firstBudget < 100)
    #expect(PlacementPlanner(policy: OwnerPolicy()).plan(situation, limit: 1).count == 1)
  }
}
