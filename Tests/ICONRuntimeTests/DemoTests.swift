import Foundation
import ICONTestSupport
import Testing

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

    @Test func aShortDemoReportsItsRunAndLeavesNoProcessBehind() throws {
      let before = Self.demoProcesses()
      let process = Process()
      process.executableURL = IconProgram.url
      let report = FileManager.default.temporaryDirectory.appendingPathComponent(
        "icon-demo-\(UUID().uuidString).html")
      defer { try? FileManager.default.removeItem(at: report) }
      process.arguments = ["demo", "--duration", "12", "--json", "--report", report.path]
      let output = Pipe()
      process.standardOutput = output
      process.standardError = FileHandle.nullDevice
      try process.run()
      let data = output.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      Thread.sleep(forTimeInterval: 0.5)
      let left = Self.demoProcesses().subtracting(before)
      #expect(process.terminationStatus == 0)
      let summary = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
      #expect(
        Set(summary.keys) == [
          "duration_s", "requests", "failed_requests", "initial_mean_latency_ms", "final_mean_latency_ms",
          "optimal_mean_latency_ms", "instances", "migrations", "replications", "terminations",
          "budget_total",
          "budget_spent", "budget_conserved",
        ])
      #expect(summary["failed_requests"] as? Int == 0)
      #expect(summary["budget_conserved"] as? Bool == true)
      #expect((summary["requests"] as? Int ?? 0) > 300)
      let initial = summary["initial_mean_latency_ms"] as? Double ?? 0
      let final = summary["final_mean_latency_ms"] as? Double ?? .infinity
      #expect(final <= 0.5 * initial, "initial \(initial) ms, final \(final) ms")
      #expect(left.isEmpty, "still running: \(left.sorted())")
      let page = try String(contentsOf: report, encoding: .utf8)
      #expect(page.components(separatedBy: "<svg").count - 1 == 3)
      #expect(page.contains("Mean client latency") && page.contains("<table>"))
    }
  }
}
