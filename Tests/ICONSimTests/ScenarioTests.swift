import Foundation
import ICONCore
import ICONSim
import ICONTestSupport
import Testing

@Suite struct ScenarioTests {
  static let body = """
    latency: { per_hop_ms: 0.5 }
    duration_s: 120
    seed: 3
    origin: DE
    budget: 300
    sites: { price: 1, prices: { DE: 0.2 } }
    policy: { latency_scale: 100, report_period_s: 2, decision_period_s: 4, smoothing_window_s: 8, action_cooldown_s: 20 }
    workload:
      clients:
        - { node: PT, rate: 80 }
        - { node: FI, rate: 80 }
      shifts:
        - { at_s: 60, rates: { PT: 0 } }
    failures:
      - { at_s: 50, crash: random }
    """

  /// Writes `body` (after a `topology:` line) to a temporary file and returns its path.
  func write(_ body: String, topology: String = ShippedTopologies.geant2012) throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("scenario-\(UUID()).yaml")
    try ("topology: \(topology)\n" + body).write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  @Test func everyOwnerParameterIsReadFromAScenario() throws {
    let path = try write("duration_s: 10\npolicy: \(ChangedPolicy.yaml)\nworkload: { clients: [] }\n")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let scenario = try Scenario.load(path: path)
    #expect(ChangedPolicy.mismatches(in: scenario.settings.policy).isEmpty)
  }

  @Test func aScenarioFileRunsAsItSays() throws {
    let path = try write(Self.body)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let scenario = try Scenario.load(path: path)
    #expect(scenario.duration == .seconds(120))
    #expect(scenario.settings.policy.latencyScale == 100)
    #expect(scenario.sites.count == 40)
    #expect(
      scenario.sites.first { $0.offer.site.rawValue.hasPrefix("DE#") }?.offer.pricePerSlot == .credits(0.2))
    #expect(scenario.workload.rates(at: .seconds(61)) == [0, 80])
    let simulation = scenario.makeSimulation()
    simulation.run(until: .zero + scenario.duration)
    #expect(simulation.samples.count == 121)
    #expect(simulation.accountedMoney == simulation.ownerTotal)
    let baselines = scenario.baselines(for: simulation.samples)
    #expect(baselines.count == simulation.samples.count)
    #expect(baselines.allSatisfy { $0.optimalLatency <= $0.staticLatency + 1e-9 })
    // once the ICONs have spread, they beat the origin alone
    #expect(simulation.samples[100].meanLatency < baselines[100].staticLatency)
    #expect(simulation.notes.contains { if case .replicated = $0.note { true } else { false } })
    // the crash at 50 s takes the only replica; its parent notices and takes its clients back
    #expect(simulation.notes.contains { if case .childLost = $0.note { true } else { false } })
  }

  @Test(arguments: [
    ("duration_s: 10\nworkload: { clients: [] }\ncolour: red\n", 4, "unknown key `colour`"),
    (
      "duration_s: 10\norigin: Atlantis\nworkload: { clients: [] }\n", 3,
      "origin: no node labelled `Atlantis`"
    ),
    ("workload: { clients: [] }\n", 1, "missing `duration_s`"),
    (
      "duration_s: 10\npolicy: { weight: 2 }\nworkload: { clients: [] }\n", 3,
      "policy.weight: must be in [0, 1], got 2"
    ),
    ("duration_s: ten\nworkload: { clients: [] }\n", 2, "duration_s: expected a number"),
    (
      "duration_s: 10\nworkload:\n  clients:\n    - { node: PT }\n", 5,
      "workload.clients[0]: expected `node` and `rate`"
    ),
    ("duration_s: 10\nworkload: { clients: [ {node: PT, rate: 1} ]\n", 4, "not valid YAML"),
    (
      "duration_s: 10\ndeath_report_s: soon\nworkload: { clients: [] }\n", 3,
      "death_report_s: expected a number of seconds or `off`"
    ),
    (
      "duration_s: 10\nyard_discovery: dns\nworkload: { clients: [] }\n", 3,
      "yard_discovery: expected `full` or `path`, got `dns`"
    ),
  ])
  func badScenariosNameLineAndProblem(body: String, line: Int, problem: String) throws {
    let path = try write(body)
    defer { try? FileManager.default.removeItem(atPath: path) }
    do {
      _ = try Scenario.load(path: path)
      Issue.record("expected an error for \(body)")
    } catch let error as ScenarioError {
      #expect(error.file == path)
      #expect(error.line == line, "\(error)")
      #expect(error.problem.contains(problem), "\(error)")
    }
  }

  @Test func aMissingTopologyIsReportedAtItsLine() throws {
    let path = try write("duration_s: 10\nworkload: { clients: [] }\n", topology: "/nonexistent.gml")
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(
      throws: ScenarioError(
        file: path, line: 1,
        problem: "topology: cannot load the topology: /nonexistent.gml: cannot read the file")
    ) {
      try Scenario.load(path: path)
    }
  }
}
