import Foundation
import ICONCore
import ICONTestSupport
import Testing

/// Runs the built `icon` binary as a child process, as a user would.
struct IconBinary {
  static let url = IconProgram.url

  struct Result {
    var status: Int32
    var output: String
    var error: String
  }

  static func run(_ arguments: [String]) throws -> Result { try run(at: url.path, arguments) }

  /// Runs `program` with `arguments`.
  static func run(at program: String, _ arguments: [String]) throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    try process.run()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
      error: String(decoding: errorData, as: UTF8.self))
  }

}

@Suite struct CommandLineTests {
  @Test func icon_policyPrintsEveryParameterItIsGiven() throws {
    let arguments = ChangedPolicy.values.flatMap { ["--set", "\($0.parameter.key)=\($0.value)"] }
    let result = try IconBinary.run(["policy"] + arguments)
    #expect(result.status == 0, "\(result.error)")
    let printed = try #require(
      try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    #expect(Set(printed.keys) == Set(OwnerParameter.all.map(\.key) + ["version"]))
    for (parameter, value) in ChangedPolicy.values {
      #expect((printed[parameter.key] as? NSNumber)?.doubleValue == value, "\(parameter.key)")
    }
    let refused = try IconBinary.run(["policy", "--set", "foundering_slots=9223372036854775807"])
    #expect(refused.status != 0 && refused.error.contains("foundering_slots must be in [1, 1000000]"))
  }

  @Test func theDocsListEveryOwnerParameterAsIcon_policyDoes() throws {
    let table = try IconBinary.run(["policy", "--table"])
    let docs = try String(
      contentsOf: IconProgram.packageRoot.appendingPathComponent("docs/scenarios.md"), encoding: .utf8)
    #expect(table.status == 0)
    #expect(table.output.split(separator: "\n").count == OwnerParameter.all.count + 2)
    #expect(
      docs.contains(table.output), "docs/scenarios.md should hold the table `icon policy --table` prints")
  }

  /// A rename over `/dev/null` would leave a plain file in its place (and every later `> /dev/null`
  /// filling it): output files that are devices are written, not replaced.
  @Test func anOutputFileThatIsADeviceStaysOne() throws {
    let result = try IconBinary.run([
      "sim", "messages", "--topology", ShippedTopologies.geant2012, "--icons", "4", "--seeds", "1",
      "--plot", "/dev/null",
    ])
    let type = try FileManager.default.attributesOfItem(atPath: "/dev/null")[.type] as? FileAttributeType
    #expect(result.status == 0, "\(result.error)")
    #expect(type == .typeCharacterSpecial)
  }

  @Test func theBuiltInDecisionExampleRunsWithoutArguments() throws {
    let result = try IconBinary.run(["decide"])
    #expect(result.status == 0)
    #expect(result.output.contains("decision: replicate to lisbon-edge for lisbon"))
  }

  @Test func decideShowsTheWholePlanOfOneDecisionWhenItMayTakeSeveralActions() throws {
    let situation = [
      "decide", "--site", "cloud:1", "--client", "w:100:12", "--client", "e:100:12", "--candidate", "west:1",
      "--candidate", "east:1", "--latency", "w:west:1", "--latency", "w:east:90", "--latency", "e:east:1",
      "--latency", "e:west:90",
    ]
    let one = try IconBinary.run(situation)
    #expect(one.status == 0, "\(one.error)")
    #expect(one.output.contains("decision: stay") && !one.output.contains("plan for one decision"))
    let two = try IconBinary.run(situation + ["--set", "actions_per_decision=2"])
    #expect(two.status == 0, "\(two.error)")
    #expect(two.output.contains("decision: stay"), "\(two.output)")
    #expect(two.output.contains("plan for one decision (up to 2 actions):\n  replicate to "), "\(two.output)")
    #expect(two.output.contains("\n  migrate to "), "\(two.output)")
  }

  @Test func aYardOnEveryInterfaceAdvertisesAnAddressOthersCanReach() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("icon-advertise-\(UUID())")
    defer { try? FileManager.default.removeItem(at: folder) }
    let base = ["yard", "--name", "edge", "--site", "Paris", "--data", folder.path, "--listen", "0.0.0.0:0"]
    let unreachable = try IconBinary.run(base)
    #expect(unreachable.status != 0 && unreachable.error.contains("--advertise"), "\(unreachable.error)")
    let nowhere = try IconBinary.run(base + ["--advertise", "http://0.0.0.0:7001"])
    #expect(nowhere.status != 0 && nowhere.error.contains("not 0.0.0.0"), "\(nowhere.error)")
    let process = Process()
    process.executableURL = IconBinary.url
    process.arguments = base + ["--advertise", "http://198.51.100.7:7001"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    defer {
      process.terminate()
      process.waitUntilExit()
    }
    var advertised = ""
    for _ in 0..<200 where !advertised.hasSuffix("\n") {
      try await Task.sleep(for: .milliseconds(50))
      advertised = (try? String(contentsOf: folder.appendingPathComponent("yard.url"), encoding: .utf8)) ?? ""
    }
    #expect(advertised == "http://198.51.100.7:7001\n")
  }

  @Test func keysAreMadeOnceAndShownPublicOnly() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("icon-keys-\(UUID())")
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("owner.key").path
    let first = try IconBinary.run(["keys", "--file", file])
    let second = try IconBinary.run(["keys", "--file", file])
    let key = first.output.split(separator: "\n").first { $0.hasPrefix("public key:") }
    #expect(first.status == 0 && first.output.contains("(created)"), "\(first.error)")
    #expect(key != nil && second.output.contains(key!) && !second.output.contains("(created)"))
    let secret = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").last ?? ""
    #expect(!first.output.contains(secret), "the private key was printed")
    #expect((try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int) == 0o600)
  }

  @Test func badInputIsExplained() throws {
    let result = try IconBinary.run(["decide", "--site", "cloud"])
    #expect(result.status != 0)
    #expect(result.error.contains("--site cloud: expected SITE:PRICE"))
    let missing = try IconBinary.run(["topo", "info", "/nonexistent.gml"])
    #expect(missing.status != 0)
    #expect(missing.error.contains("/nonexistent.gml: cannot read the file"))
  }

  @Test func scaleRunsOnTheThreadsAskedForOrSaysWhyNot() throws {
    let size = [
      "sim", "scale", "--nodes", "300", "--icons", "600", "--clients", "3000", "--sim-seconds", "30",
    ]
    let two = try IconBinary.run(size + ["--threads", "2"])
    #expect(two.status == 0)
    #expect(two.output.hasPrefix("events,wall_seconds,events_per_second,peak_rss_mb\n"))
    #expect(two.error.contains("ran on 2 thread(s)"))
    let one = try IconBinary.run(size + ["--threads", "1"])
    #expect(one.error.contains("ran on 1 thread(s), holding 600 ICONs\n"))
    // the same events on one thread as on two
    let events = { (result: IconBinary.Result) in
      result.output.split(separator: "\n").last?.split(separator: ",").first
    }
    #expect(events(one) == events(two))
    let many = try IconBinary.run(size + ["--threads", "64"])
    #expect(many.error.contains("the tree does not split into 64 even parts"))
    let none = try IconBinary.run(size + ["--threads", "0"])
    #expect(none.status != 0)
    #expect(none.error.contains("--threads must be at least 1"))
  }

  @Test func topoInfoReportsTheInterconnect() throws {
    let result = try IconBinary.run(["topo", "info", ShippedTopologies.interconnect])
    #expect(result.status == 0)
    #expect(result.output.contains("nodes: 1157"))
    #expect(result.output.contains("most central node (fewest mean hops): DE"))
    #expect(result.output.contains("mean one-way latency to all nodes 6.72 ms"))
  }

  @Test func theSameCommandWithTheSameSeedPrintsTheSameBytes() throws {
    let arguments = [
      "sim", "messages", "--topology", ShippedTopologies.geant2012, "--icons", "4,8,16",
      "--seeds", "3", "--seed", "9",
    ]
    let first = try IconBinary.run(arguments)
    let second = try IconBinary.run(arguments)
    #expect(first.status == 0)
    #expect(
      first.output.hasPrefix("icons,design,root_messages,total_messages,message_hops,max_node_messages\n"))
    #expect(first.output.split(separator: "\n").count == 7)
    #expect(first.output == second.output)
    let other = try IconBinary.run(Array(arguments.dropLast()) + ["10"])
    #expect(other.output != first.output)
  }

  @Test func messagesAsJsonAndPlot() throws {
    let plot = FileManager.default.temporaryDirectory.appendingPathComponent("icon-\(UUID()).svg")
    defer { try? FileManager.default.removeItem(at: plot) }
    let result = try IconBinary.run([
      "sim", "messages", "--topology", ShippedTopologies.geant2012, "--icons", "4,8",
      "--seeds", "2",
      "--format", "json", "--plot", plot.path,
    ])
    #expect(result.status == 0)
    let rows = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]]
    #expect(rows?.count == 4)
    #expect(rows?.first?["root_messages"] as? Int == 4)
    let svg = try String(contentsOf: plot, encoding: .utf8)
    #expect(svg.hasPrefix("<svg") && svg.contains("centralized") && svg.contains("</svg>"))
    // piped, the run says nothing besides its result
    #expect(result.error.isEmpty, "\(result.error)")
  }

  /// A small sweep: one row per network and seed, the goal's figures on standard error, and the CDF.
  @Test func aSmallSweepPrintsARowPerRunAndTheGoalsFigures() throws {
    let plot = FileManager.default.temporaryDirectory.appendingPathComponent("icon-\(UUID()).svg")
    defer { try? FileManager.default.removeItem(at: plot) }
    let result = try IconBinary.run([
      "sim", "sweep", "--sizes", "40", "--seeds", "1", "--shipped", "-", "--half", "10", "--plot", plot.path,
    ])
    #expect(result.status == 0, "\(result.error)")
    let lines = result.output.split(separator: "\n")
    #expect(lines.first?.hasPrefix("network,family,nodes,seed,icon_adaptation_ms") == true)
    #expect(lines.first?.hasSuffix("icon_utility,centralized_utility,utility_ratio") == true)
    #expect(lines.dropFirst().map { $0.split(separator: ",").first! } == ["rg-40", "waxman-40", "ba-40"])
    #expect(result.error.contains("3 runs") && result.error.contains("ICONs within 10% of their optimum"))
    let svg = try String(contentsOf: plot, encoding: .utf8)
    #expect(svg.contains("adaptation time") && svg.contains("final mean latency"))
    // the axis spans 1/8 to 8 whatever the ratios (a tie at 0 ms makes one of millions)
    #expect(
      svg.contains(">0.12</text>") && svg.contains(">8</text>") && !svg.contains(">16</text>"), "\(svg)")
    let bad = try IconBinary.run(["sim", "sweep", "--zoo", "/nonexistent-folder"])
    #expect(bad.status != 0 && bad.error.contains("nonexistent-folder"), "\(bad.error)")
  }

  /// On a terminal (a pseudo-terminal from util-linux's `script`), the same run draws a progress bar
  /// in place on standard error, up to 100%.
  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
  func progressIsDrawnOnATerminal() throws {
    let command = [
      IconBinary.url.path, "sim", "messages", "--topology", ShippedTopologies.geant2012, "--icons", "4,8",
      "--seeds", "2",
    ]
    .joined(separator: " ")
    let result = try IconBinary.run(at: "/usr/bin/script", ["-qec", command + " > /dev/null", "/dev/null"])
    #expect(result.status == 0)
    #expect(
      result.output.contains("\rmessages [") && result.output.contains("100% (4/4)"), "\(result.output)")
  }
}

@Suite struct ScenarioCommandTests {
  @Test func aScenarioPrintsItsTimeSeriesAndDrawsIt() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("icon-run-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let scenario = directory.appendingPathComponent("small.yaml")
    try """
    topology: \(ShippedTopologies.geant2012)
    duration_s: 30
    workload:
      clients:
        - { node: PT, rate: 50 }
    """.write(to: scenario, atomically: true, encoding: .utf8)
    let plot = directory.appendingPathComponent("small.svg").path
    let first = try IconBinary.run(["sim", "run", scenario.path, "--plot", plot])
    #expect(first.status == 0, "\(first.error)")
    let lines = first.output.split(separator: "\n")
    let header =
      "time_s,mean_latency_ms,static_latency_ms,optimal_latency_ms,request_rate,instances,"
      + "serving_instances,messages,spent,balance"
    #expect(lines.first.map(String.init) == header)
    #expect(lines.count == 32)
    #expect(FileManager.default.fileExists(atPath: plot))
    #expect(try IconBinary.run(["sim", "run", scenario.path, "--plot", plot]).output == first.output)

    let broken = directory.appendingPathComponent("broken.yaml")
    try "topology: x.gml\nduration_s: 1\nworkload: { clients: [] }\n".write(
      to: broken, atomically: true, encoding: .utf8)
    let failure = try IconBinary.run(["sim", "run", broken.path])
    #expect(failure.status != 0)
    #expect(failure.error.contains("broken.yaml:1: topology: cannot load the topology"))
  }
}
