import ICONCore
import ICONSim
import ICONTestSupport
import ICONTopology
import Testing

@Suite(.machineTurn) struct AdaptationTests {
  func experiment(seed: UInt64) throws -> AdaptationExperiment {
    let topology = try Topology.load(path: ShippedTopologies.geant2012)
    return AdaptationExperiment(
      paths: PathLatencies(topology: topology), origin: topology.node(named: "DE")!, seed: seed)
  }

  @Test func theShiftMovesEveryRegionAFewMillisecondsAway() throws {
    let experiment = try experiment(seed: 1)
    let workload = experiment.workload()
    #expect(workload.populations.count == 36)
    let before = workload.rates(at: .seconds(1))
    let after = workload.rates(at: .seconds(301))
    #expect(before.filter { $0 > 0 }.count == 18 && after.filter { $0 > 0 }.count == 18)
    #expect(zip(before, after).allSatisfy { $0 == 0 || $1 == 0 })
  }

  @Test func bothDesignsAdaptAndTheCentralizedOneReachesTheOptimum() throws {
    let rows = try experiment(seed: 1).run()
    #expect(rows.map(\.design) == ["centralized", "icon"])
    for row in rows {
      #expect(row.adaptationMilliseconds != nil, "\(row.design) never adapted")
      #expect(row.finalMeanLatency <= 1.1 * row.optimalMeanLatency + 1e-9)
      #expect(row.messages > 0)
    }
    // before the shift both were settled; right after it the old placement is far from the new demand
    let shifted = rows[0].samples.first { $0.time >= .seconds(300.05) }!
    #expect(shifted.meanLatency > 2 * rows[0].optimalMeanLatency)
  }

  @Test func theSameSeedGivesTheSameRows() throws {
    let first = try experiment(seed: 2).run().map {
      [$0.adaptationMilliseconds ?? -1, $0.finalMeanLatency, Double($0.messages)]
    }
    let second = try experiment(seed: 2).run().map {
      [$0.adaptationMilliseconds ?? -1, $0.finalMeanLatency, Double($0.messages)]
    }
    #expect(first == second)
  }
}
