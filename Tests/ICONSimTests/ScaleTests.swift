import ICONCore
import ICONSim
import ICONTopology
import Testing

@Suite struct ScaleTests {
  @Test func randomGeometricGraphsAreConnectedAndGeographic() {
    let topology = SyntheticTopology.randomGeometric(nodes: 500, seed: 3)
    #expect(topology.nodes.count == 500)
    #expect(topology.components().count == 1)
    #expect(
      topology.nodes.allSatisfy { (35..<70).contains($0.latitude) && (-10..<40).contains($0.longitude) })
    #expect(topology.links.count >= 500 * 3 / 2)
    let again = SyntheticTopology.randomGeometric(nodes: 500, seed: 3)
    #expect(again.links == topology.links)
  }

  @Test func theGeographicModelIsCalibratedOnTheGraph() {
    let topology = SyntheticTopology.randomGeometric(nodes: 400, seed: 5)
    let network = GeographicNetwork(topology: topology, model: LatencyModel(perHopMilliseconds: 1))
    #expect(network.stretch >= 1 && network.stretch < 2)
    #expect(network.kilometresPerHop > 0)
    let far = LatencyModel.greatCircleKilometres(topology.nodes[0], topology.nodes[1])
    #expect(abs(network.delay(0, 1) - (far * network.stretch / 200 + Double(network.hopCount(0, 1)))) < 1e-9)
    #expect(network.delay(7, 7) == 0)
  }

  @Test func aSmallScaleRunCountsItsEventsAndRepeatsThemExactly() {
    let experiment = ScaleExperiment(nodes: 200, icons: 50, clients: 500, duration: .seconds(60), seed: 2)
    let first = experiment.run()
    // 50 ICONs for 60 s: at least a heartbeat, a report and a traffic batch each per 5 s
    #expect(first.events > 50 * 12 * 3)
    #expect(first.peakResidentMegabytes > 0)
    let simulation = experiment.makeSimulation()
    simulation.run(until: .seconds(60))
    #expect(simulation.engineEvents == first.events)
    #expect(simulation.liveEngines.count == 50)
    #expect(simulation.accountedMoney == simulation.ownerTotal)
    #expect(simulation.samples.last!.requestRate == 500)
  }

  @Test func iconsSharingANodeShareItsClientsSoNoneIsIdleAndTerminates() {
    // five ICONs per node: an idle one would rightly terminate once warmed up (60 s here), and the run
    // would measure a smaller overlay than asked for
    let experiment = ScaleExperiment(nodes: 40, icons: 200, clients: 4_000, duration: .seconds(150), seed: 3)
    let simulation = experiment.makeSimulation()
    simulation.run(until: .seconds(150))
    #expect(simulation.liveEngines.count == 200)
    #expect(simulation.samples.last!.servingInstances == 200)
    #expect(!simulation.notes.contains { if case .terminated = $0.note { true } else { false } })
  }
}
