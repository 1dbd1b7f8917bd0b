import ICONCore
import Testing

/// `explain` reaches the verdict `decide` reaches, with the figures behind it; the engine adds what held
/// a decision back.
@Suite struct DecisionExplanationTests {
  let planner = PlacementPlanner(policy: OwnerPolicy())
  let tests = PlacementPlannerTests()

  @Test func aReplicationIsExplainedWithTheFiguresOfTheRules() {
    // here 3.25; replica (far) 1.25; parent keeps near: 0.75; gain 1.25/3.25 (see PlacementPlannerTests)
    let explanation = planner.explain(
      tests.situation(
        demand: [
          "far": SubnetObservation(rate: 100, latency: 50), "near": SubnetObservation(rate: 100, latency: 5),
        ],
        estimates: [("far", "edge", 5), ("near", "edge", 60)]))
    #expect(explanation.decision == "replicate at edge")
    #expect(explanation.utilityHere == 3.25)
    #expect(explanation.subnets == 2)
    let edge = try! #require(explanation.candidates.first)
    #expect(edge.site == "edge")
    #expect(edge.replicationGain == 1.25 / 3.25)
    #expect(edge.replicaSubnets == ["far"])
    #expect(edge.replicaAffordable)
    // all clients at edge: 0.5*2 + 0.5*(100*5 + 100*60)/1000 = 4.25, worse than here
    #expect(edge.utilityThere == 4.25)
    #expect(edge.verdict.contains("below 15.0%") && edge.verdict.contains("above 15.0%"), "\(edge.verdict)")
    #expect(explanation.reason.contains("above the replication threshold 15.0%"), "\(explanation.reason)")
  }

  @Test func aStayNamesTheGainThatFellShort() {
    // here: 1.1; edge: 1.05 → a move gains 4.5%, below 15%
    let situation = tests.situation(
      demand: ["a": SubnetObservation(rate: 100, latency: 12)], estimates: [("a", "edge", 1)])
    let explanation = planner.explain(situation)
    #expect(explanation.decision == "stay")
    #expect(planner.decide(situation) == .stay)
    let edge = try! #require(explanation.candidates.first)
    #expect(abs((edge.migrationGain ?? 0) - (1.1 - 1.05) / 1.1) < 1e-12)
    #expect(edge.verdict.hasPrefix("a move would gain 4.5% (below 15.0%)"), "\(edge.verdict)")
  }

  @Test func whatTheBudgetRulesOutIsSaid() {
    let explanation = planner.explain(
      tests.situation(
        demand: ["far": SubnetObservation(rate: 100, latency: 50)], estimates: [("far", "edge", 5)],
        balance: 1))
    #expect(explanation.decision == "stay")
    #expect(explanation.candidates.first?.verdict.contains("beyond the balance") == true)
  }

  @Test func aTerminationAndANewIconsSilenceAreExplained() {
    let idle = tests.situation(demand: [:], estimates: [("a", "edge", 1)], fallback: "edge")
    #expect(planner.explain(idle).decision == "terminate")
    let lonely = tests.situation(demand: [:], estimates: [], candidates: [])
    #expect(planner.explain(lonely).reason.contains("nothing to weigh"))
  }

  @Test func theEngineSaysWhatHoldsItsDecisionBack() {
    var origin = EngineLifecycleTests().originWithTwoClientGroups()
    // the start counts as the last action: the cooldown (60 s in the fixture's policy) runs until 60
    #expect(origin.decisionHold(now: .seconds(59)) == .coolingDown(.seconds(1)))
    let held = origin.explain(now: .seconds(59))
    #expect(held.decision == "replicate at edge")
    #expect(held.heldBack == "cooling down after the last action for 1.0 s more")
    #expect(origin.decisionHold(now: .seconds(61)) == nil)
    _ = origin.at(61, .timer(.decision))
    #expect(origin.explain(now: .seconds(61)).heldBack == nil)
  }
}
