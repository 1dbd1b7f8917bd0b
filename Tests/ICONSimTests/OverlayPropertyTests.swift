import Foundation
import ICONCore
import ICONSim
import ICONTestSupport
import Testing

/// Random runs of the overlay in the simulator: money is conserved exactly, no balance goes
/// negative, the tree repairs into a forest rooted at origins, and a seed fixes the whole trace.
///
/// The runs keep a core busy for minutes: each test computes on a thread of its own, one test at a time,
/// so that Swift's shared threads and the other core stay free for the tests that run beside them.
@Suite(.machineTurn, .serialized) struct OverlayPropertyTests {
  static let seedCount: UInt64 = 1_000

  @Test(arguments: 0..<10)
  func invariantsHoldOverManySeeds(batch: Int) async throws {
    let perBatch = Self.seedCount / 10
    let violations = try await offThePool {
      (UInt64(batch) * perBatch..<UInt64(batch + 1) * perBatch).compactMap { seed -> String? in
        let outcome = RandomScenario(seed: seed).run()
        return outcome.violations.isEmpty
          ? nil : "seed \(seed): \(outcome.violations.joined(separator: "\n"))"
      }
    }
    #expect(violations.isEmpty, "\(violations.joined(separator: "\n"))")
  }

  @Test func runsExerciseEveryMechanism() async throws {
    let seen = try await offThePool {
      var seen: Set<String> = []
      for seed in 0..<UInt64(100) {
        for (_, _, note) in RandomScenario(seed: seed).run().simulation.notes {
          seen.insert(String(describing: note).prefix { $0 != "(" }.description)
        }
      }
      return seen
    }
    for mechanism in [
      "replicated", "migrated", "terminated", "childLost", "parentLost", "reattached", "elected",
      "adopted", "policyApplied", "launchFailed",
    ] {
      #expect(seen.contains(mechanism), "no run exercised \(mechanism)")
    }
  }

  @Test func sameSeedGivesSameTrace() async throws {
    let traces = try await offThePool {
      [UInt64(7), 42, 1234, 8].map { seed in
        (
          RandomScenario(seed: seed).run(recordTrace: true).trace,
          RandomScenario(seed: seed).run(recordTrace: true).trace
        )
      }
    }
    for (first, second) in traces.prefix(3) {
      #expect(first.count > 100)
      #expect(first == second)
    }
    #expect(traces[3].0 != traces[0].0)
  }

  /// Hash iteration order differs between processes; a trace that depended on it would differ here.
  @Test func sameSeedGivesSameTraceInAnotherProcess() async throws {
    let environment = ProcessInfo.processInfo.environment
    let (digest, status, other) = try await offThePool { () throws -> (String, Int32, String) in
      let digest = (0..<UInt64(20)).map(Self.traceDigest(seed:)).joined(separator: ",")
      if let path = environment["ICON_TRACE_DIGEST_FILE"] {
        try digest.write(toFile: path, atomically: true, encoding: .utf8)
        return (digest, 0, digest)
      }
      let output = FileManager.default.temporaryDirectory.appendingPathComponent("icon-trace-\(UUID()).txt")
      defer { try? FileManager.default.removeItem(at: output) }
      let child = Process()
      child.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
      child.arguments = [
        "--testing-library", "swift-testing", "--filter", "sameSeedGivesSameTraceInAnotherProcess",
      ]
      var childEnvironment = environment
      childEnvironment["ICON_TRACE_DIGEST_FILE"] = output.path
      childEnvironment["SWIFT_DETERMINISTIC_HASHING"] = nil
      child.environment = childEnvironment
      child.standardOutput = FileHandle.nullDevice
      child.standardError = FileHandle.nullDevice
      try child.run()
      child.waitUntilExit()
      return (digest, child.terminationStatus, (try? String(contentsOf: output, encoding: .utf8)) ?? "")
    }
    #expect(status == 0)
    #expect(other == digest)
  }

  /// FNV-1a over the whole trace of one random run.
  static func traceDigest(seed: UInt64) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for line in RandomScenario(seed: seed).run(recordTrace: true).trace {
      for byte in line.utf8 + [10] {
        hash ^= UInt64(byte)
        hash &*= 0x100_0000_01b3
      }
    }
    return String(hash, radix: 16)
  }
}
