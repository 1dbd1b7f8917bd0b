import ICONCore
import ICONRuntime
import ICONTestSupport
import ICONTopology
import Testing

@Suite struct DemoScenarioTests {
  @Test func aScenarioIsSpreadOverAnyTopology() throws {
    let path = SharedTopologies.path("eu_nren/interconnect.gml")
    let scenario = try DemoScenario.from(topology: path)
    let topology = try Topology.load(path: path)
    #expect(scenario.topologyFile == path)
    #expect(scenario.yards.count == 6 && scenario.clients.count == 7)
    #expect(Set(scenario.yards.map(\.name)).count == 6)
    #expect(Set(scenario.yards.map(\.site)).count == 6)
    #expect(scenario.yards[0].price < scenario.yards.dropFirst().map(\.price).min()!)
    let sites = scenario.yards.map(\.site) + scenario.clients.map(\.site)
    #expect(sites.allSatisfy { topology.node(named: $0) != nil })
    #expect(Set(scenario.clients.map(\.subnet)).count == 7)
    #expect(scenario.clients.prefix(4).allSatisfy { $0.before > $0.after })
    #expect(scenario.clients.suffix(3).allSatisfy { $0.after > $0.before })
  }

  @Test func theBuiltInScenarioStandsOnTheBackbone() {
    let topology = EuropeanBackbone.topology()
    let sites = DemoScenario.builtIn.yards.map(\.site) + DemoScenario.builtIn.clients.map(\.site)
    #expect(sites.allSatisfy { topology.node(named: $0) != nil })
    #expect(topology.components().count == 1)
  }
}
