import Foundation
import ICONTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

extension LiveClusters {
  /// `icon demo`, run as a user runs it.
  @Suite(.timeLimit(.minutes(2)))
  struct DemoTests {
    /// Live processes the demo started: yards and agents (their files are in its folder) and workloads
    /// (their environment names a demo ICON).
    static func demoProcesses() -> Set<Int32> {
      let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
      return Set(
        entries.compactMap(Int32.init).filter { pid in
          guard let cmdline = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else {
            return false
          }
          let environment = FileManager.default.contents(atPath: "/proc/\(pid)/environ") ?? Data()
          let arguments = String(decoding: cmdline, as: UTF8.self)
          let variables = String(decoding: environment, as: UTF8.self).split(separator: "\0")
          return arguments.contains("icon-demo-") || variables.contains { $0.hasPrefix("ICON_ID=demo") }
        })
    }

    /// What one `icon demo --json` run left: its exit status, summary, report page and the demo
    /// processes still alive half a second after it ended. (Sendable by hand: the summary holds only
    /// JSON values, read once the run has ended.)
    struct Run: @unchecked Sendable {
      var pid: Int32
      var status: Int32
      var summary: [String: Any]
      var page: String
      var left: Set<Int32>

      func number(_ key: String) -> Double { (summary[key] as? NSNumber)?.doubleValue ?? .nan }

      /// The report's list of failed requests by reason (empty when none failed).
      var failures: String {
        guard let start = page.range(of: "<h2>Failed requests</h2>") else { return "" }
        let rest = page[start.upperBound...]
        return String(rest[..<(rest.range(of: "</ul>")?.upperBound ?? rest.endIndex)])
      }
    }

    /// Runs `icon demo` with `arguments` to its end, on a thread of its own.
    static func demo(_ arguments: [String]) async throws -> Run {
      try await offThePool { try demoBlocking(arguments) }
    }

    private static func demoBlocking(_ arguments: [String]) throws -> Run {
      let before = demoProcesses()
      let report = FileManager.default.temporaryDirectory.appendingPathComponent(
        "icon-demo-\(UUID().uuidString).html")
      defer { try? FileManager.default.removeItem(at: report) }
      let process = Process()
      process.executableURL = IconProgram.url
      process.arguments = ["demo", "--json", "--report", report.path] + arguments
      let output = Pipe()
      process.standardOutput = output
      process.standardError = FileHandle.nullDevice
      try process.run()
      let data = output.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      Thread.sleep(forTimeInterval: 0.5)
      let summary = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
      return Run(
        pid: process.processIdentifier, status: process.terminationStatus, summary: summary,
        page: (try? String(contentsOf: report, encoding: .utf8)) ?? "",
        left: demoProcesses().subtracting(before))
    }

    @Test func aThirtySecondDemoPlacesItsICONsNearTheOptimumAndLeavesNoProcessBehind() async throws {
      let run = try await Self.demo(["--duration", "30"])
      #expect(run.status == 0)
      #expect(
        Set(run.summary.keys) == [
          "duration_s", "requests", "failed_requests", "initial_mean_latency_ms", "final_mean_latency_ms",
          "modelled_mean_latency_ms", "optimal_mean_latency_ms", "instances", "migrations", "replications",
          "terminations",
          "budget_total", "budget_spent", "budget_conserved", "long_lived_processes", "memory_growth_max",
        ])
      #expect(run.summary["failed_requests"] as? Int == 0, "\(run.failures)")
      #expect(run.summary["budget_conserved"] as? Bool == true)
      #expect(run.number("requests") > 1000)
      // placement quality from the latency model alone: a busy machine slows requests, not the model
      let (initial, modelled, optimal) = (
        run.number("initial_mean_latency_ms"), run.number("modelled_mean_latency_ms"),
        run.number("optimal_mean_latency_ms")
      )
      #expect(modelled <= 0.5 * initial, "initial \(initial) ms measured, final placement \(modelled) ms")
      #expect(modelled <= 1.2 * optimal, "final placement \(modelled) ms, optimum \(optimal) ms")
      #expect(run.left.isEmpty, "still running: \(run.left.sorted())")
      #expect(run.page.components(separatedBy: "<svg").count - 1 == 3)
      #expect(run.page.contains("Mean client latency") && run.page.contains("<table>"))
    }

    @Test func underChaosTheOverlayRepairsItselfAndNoCreditIsLost() async throws {
      let run = try await Self.demo(["--duration", "30", "--chaos"])
      #expect(run.status == 0)
      #expect(run.summary["failed_requests"] as? Int == 0, "\(run.failures)")
      #expect(run.summary["budget_conserved"] as? Bool == true)
      let (modelled, optimal) = (
        run.number("modelled_mean_latency_ms"), run.number("optimal_mean_latency_ms")
      )
      #expect(modelled <= 1.5 * optimal, "final placement \(modelled) ms, optimum \(optimal) ms")
      #expect(run.page.contains("kill -9 of demo (the origin)"), "the origin's agent was killed")
      #expect(run.left.isEmpty, "still running: \(run.left.sorted())")
    }

    @Test func withoutAnEngineTheContainerDemoSaysHowToStartOne() throws {
      let process = Process()
      process.executableURL = IconProgram.url
      process.arguments = ["demo", "--driver", "engine", "--engine", "unix:///nonexistent/engine.sock"]
      let errors = Pipe()
      process.standardOutput = FileHandle.nullDevice
      process.standardError = errors
      try process.run()
      let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      #expect(process.terminationStatus != 0)
      #expect(
        message.contains("no container engine answers at unix:///nonexistent/engine.sock"), "\(message)")
      #expect(message.contains("scripts/podman-service.sh start") && message.contains("build-demo-image.sh"))
    }

    @Test(arguments: [SIGINT, SIGTERM])
    func aStopSignalStopsEveryProcessTheDemoStarted(signal: Int32) async throws {
      // on a thread of its own: it waits for the demo's processes and for the demo to end
      let (started, status, left) = try await offThePool {
        let before = Self.demoProcesses()
        let process = Process()
        process.executableURL = IconProgram.url
        process.arguments = ["demo", "--duration", "60", "--json", "--report", "/dev/null"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(30)
        while Self.demoProcesses().subtracting(before).count < 8, Date() < deadline {
          Thread.sleep(forTimeInterval: 0.2)
        }
        let started = Self.demoProcesses().subtracting(before)
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        Thread.sleep(forTimeInterval: 0.5)
        return (started, process.terminationStatus, Self.demoProcesses().subtracting(before))
      }
      #expect(started.count >= 8, "six yards, the origin's agent and its workload")
      #expect(status == 128 + signal)
      #expect(left.isEmpty, "still running: \(left.sorted())")
    }
  }
}
