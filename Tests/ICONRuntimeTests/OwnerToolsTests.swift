import Foundation
import ICONCore
import ICONRuntime
import ICONTestSupport
import Testing

extension LiveClusters {
  /// The owner's commands, run as the `icon` program against real yards and agents.
  @Suite(.timeLimit(.minutes(2)))
  struct OwnerToolsTests {
    /// Runs `icon arguments`, as the owner whose key is in `ownerKey` when given.
    func icon(_ arguments: [String], ownerKey: String? = nil) throws -> (status: Int32, output: String) {
      let process = Process()
      process.executableURL = IconProgram.url
      process.arguments = arguments
      if let ownerKey {
        process.environment = ProcessInfo.processInfo.environment.merging(["ICON_OWNER_KEY": ownerKey]) { $1 }
      }
      let output = Pipe()
      process.standardOutput = output
      process.standardError = output
      try process.run()
      let data = output.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func deployTreeSetAndBudgetWorkOnARunningTree() async throws {
      let cluster = try await RuntimeCluster(yards: LiveClusters.RuntimeIntegrationTests.yards)
      let manifestFile = cluster.folder.appendingPathComponent("app.yaml")
      let manifest = cluster.manifest()
      let yaml = """
        name: shop
        workload: {command: [icon, workload], state_hooks: true}
        budget: 1000
        yards: [\(manifest.yards.joined(separator: ", "))]
        latency:
          mode: emulated
          topology: europe.json
          subnets: {127.0.1.0/24: Stockholm, 127.0.2.0/24: Madrid}
        policy: {report_period_s: 0.5, decision_period_s: 0.5, smoothing_window_s: 1, action_cooldown_s: 1,
                 latency_scale: 10}
        """
      try yaml.write(to: manifestFile, atomically: true, encoding: .utf8)
      let deployed = try icon(
        ["app", "deploy", "-f", manifestFile.path, "--yard", cluster.url("stockholm")],
        ownerKey: cluster.ownerKeyFile)
      let origin = String(deployed.output.split(separator: " ").last ?? "").trimmingCharacters(
        in: .whitespacesAndNewlines)
      let local = ClientLoop()
      let far = ClientLoop()
      await local.start(source: "127.0.1.70", base: origin)
      await far.start(source: "127.0.2.70", base: origin)
      let grew = await cluster.eventually(within: .seconds(30)) {
        try await !OwnerClient.status(at: origin).children.isEmpty
      }
      let tree = try icon(
        ["app", "tree", "shop", "--yard", cluster.url("madrid")], ownerKey: cluster.ownerKeyFile)
      let before = try await OwnerClient.status(at: origin)
      let set = try icon(
        ["app", "set", "shop", "--yard", cluster.url("stockholm"), "--set", "weight=0.7"],
        ownerKey: cluster.ownerKeyFile)
      let budget = try icon(
        ["app", "budget", "shop", "--yard", cluster.url("stockholm"), "--add", "50"],
        ownerKey: cluster.ownerKeyFile)
      let childURL = before.children.values.first ?? origin
      let propagated = await cluster.eventually(within: .seconds(10)) {
        try await OwnerClient.status(at: childURL).policy?.weight == 0.7
      }
      let after = try await OwnerClient.status(at: origin)
      let refused = try icon(
        ["app", "set", "shop", "--yard", cluster.url("stockholm"), "--set", "weight=3"],
        ownerKey: cluster.ownerKeyFile)
      await local.stop()
      await far.stop()
      await cluster.shutdown()
      #expect(deployed.status == 0 && origin.hasPrefix("http://127.0.0.1:"), "\(deployed.output)")
      #expect(grew)
      #expect(tree.status == 0)
      #expect(tree.output.contains("Stockholm") && tree.output.contains("Madrid"), "\(tree.output)")
      #expect(set.status == 0, "\(set.output)")
      #expect(budget.status == 0, "\(budget.output)")
      #expect(propagated)
      #expect(after.policy?.version == 2)
      // the 50 credits arrived, less at most a few lease slots paid meanwhile
      let gained = after.balance + after.spent - (before.balance + before.spent)
      #expect(gained >= 50, "\(gained)")
      #expect(refused.status != 0 && refused.output.contains("weight"), "\(refused.output)")
    }
  }
}
