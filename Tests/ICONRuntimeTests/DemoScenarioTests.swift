import Foundation
import ICONCore
import ICONDemo
import ICONRuntime
import ICONTestSupport
import ICONTopology
import Testing

@Suite struct DemoScenarioTests {
  @Test func aScenarioIsSpreadOverAnyTopology() throws {
    let path = ShippedTopologies.interconnect
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

  @Test func theExampleScenarioFileLoads() throws {
    let scenario = try DemoScenario.load(
      path: IconProgram.packageRoot.appendingPathComponent("examples/demo-scenario.yaml").path)
    #expect(scenario.topologyFile == nil)
    #expect(scenario.yards.map(\.name) == ["cloud", "stockholm", "berlin", "athens"])
    #expect(scenario.clients.map(\.subnet.rawValue) == (21...25).map { "127.0.\($0).0/24" })
    #expect(scenario.budget == 500)
    #expect(scenario.policy.latencyScale == 50)
    #expect(scenario.policy.reportPeriod == DemoScenario.policy.reportPeriod)
  }

  @Test(arguments: [
    (
      "yards:\n  - {name: a, site: Atlantis}\nclients: [{site: Rome, before: 1}]\n",
      "2: yards[0].site: no node labelled `Atlantis`"
    ),
    (
      "yards: [{name: a, site: Rome}]\nclients:\n  - {site: Rome, before: 1, later: 2}\n",
      "3: clients[0]: unknown key `later`"
    ),
    (
      "yards: [{name: a, site: Rome}]\nclients: [{site: Rome, before: 1}]\n",
      "2: clients: some clients must send before the shift and some after it"
    ),
    ("clients: [{site: Rome, before: 1, after: 1}]\n", "missing `yards`"),
  ])
  func aBadScenarioFileIsNamedWithItsLineAndWhatIsWrong(text: String, expected: String) throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("demo-\(UUID().uuidString).yaml")
    try text.write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    let error = #expect(throws: (any Error).self) { try DemoScenario.load(path: file.path) }
    let message = error.map { "\($0)" } ?? ""
    #expect(message.contains(file.lastPathComponent) && message.contains(expected), "\(message)")
  }
}
