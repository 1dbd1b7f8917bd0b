import ICONCore
import Testing

@Suite struct UtilityTests {
  let policy = OwnerPolicy()

  @Test func equationOneWeighsNormalisedCostAgainstDemandWeightedLatency() {
    let candidate = PlacementCandidate(
      site: "edge", price: 2,
      demand: [
        ServedDemand(subnet: "a", rate: 100, latency: 10), ServedDemand(subnet: "b", rate: 50, latency: 40),
      ])
    // (1 - 0.5) * 2 / 1 + 0.5 * (100*10 + 50*40) / 1000 = 1 + 1.5
    #expect(WeightedCostLatency().utility(of: candidate, policy: policy) == 2.5)
  }

  @Test func weightZeroCaresOnlyAboutCostAndOneOnlyAboutLatency() {
    let candidate = PlacementCandidate(
      site: "edge", price: 3, demand: [ServedDemand(subnet: "a", rate: 20, latency: 50)])
    var costOnly = policy
    costOnly.weight = 0
    var latencyOnly = policy
    latencyOnly.weight = 1
    #expect(WeightedCostLatency().utility(of: candidate, policy: costOnly) == 3)
    #expect(WeightedCostLatency().utility(of: candidate, policy: latencyOnly) == 1)
  }

  @Test func scalesMakeTheWeightMeaningful() {
    var scaled = policy
    scaled.priceScale = 4
    scaled.latencyScale = 500
    let candidate = PlacementCandidate(
      site: "edge", price: 2, demand: [ServedDemand(subnet: "a", rate: 10, latency: 100)])
    // 0.5 * 2/4 + 0.5 * 1000/500
    #expect(WeightedCostLatency().utility(of: candidate, policy: scaled) == 1.25)
  }

  @Test func capacityPenaltyAddsExcessDemandAndExcludesFullSites() {
    let utility = CapacityPenalty(
      base: WeightedCostLatency(), comfortableRate: 100, penaltyPerExcessRequest: 0.01)
    let busy = PlacementCandidate(
      site: "edge", price: 0, freeCapacity: 1, demand: [ServedDemand(subnet: "a", rate: 150, latency: 0)])
    #expect(utility.utility(of: busy, policy: policy) == 0.5)
    var full = busy
    full.freeCapacity = 0
    #expect(utility.utility(of: full, policy: policy) == .infinity)
  }

  @Test func moneyIsExactAndPrintsInCredits() {
    #expect(Money.credits(1.5) + Money.credits(0.25) == Money(microcredits: 1_750_000))
    #expect(Money(7).share(1.0 / 3.0) == Money(microcredits: 2_333_333))
    #expect(Money(microcredits: 1_234_567).description == "1.234567")
    #expect(Money(microcredits: -5).description == "-0.000005")
    #expect(Money.credits(61.875).description == "61.875")
    #expect(Money(2).description == "2.00")
  }

  @Test func policyProblemsNameEachBadParameter() {
    var bad = OwnerPolicy()
    bad.weight = 1.5
    bad.migrationThreshold = -0.1
    bad.reportPeriod = .zero
    bad.missedReportsBeforeFailure = 0
    #expect(
      bad.problems == [
        "weight must be in [0, 1], got 1.5", "migration_threshold must be in [0, 1), got -0.1",
        "report_period_s must be in (0, 86400], got 0",
        "missed_reports_before_failure must be in [1, 1000], got 0",
      ])
    #expect(OwnerPolicy().problems.isEmpty)
  }
}
