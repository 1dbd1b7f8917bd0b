import ICONCore
import Testing

/// Random runs of several engines over the in-memory bus: money is conserved exactly, no balance goes
/// negative, the tree repairs into a forest rooted at origins, and a seed fixes the whole trace.
@Suite struct OverlayPropertyTests {
  static let seedCount: UInt64 = 1_000

  @Test(arguments: 0..<10)
  func invariantsHoldOverManySeeds(batch: Int) {
    let perBatch = Self.seedCount / 10
    for seed in UInt64(batch) * perBatch..<UInt64(batch + 1) * perBatch {
      let outcome = RandomScenario(seed: seed).run()
      #expect(outcome.violations.isEmpty, "seed \(seed): \(outcome.violations.joined(separator: "\n"))")
    }
  }

  @Test func runsExerciseEveryMechanism() {
    var seen: Set<String> = []
    for seed in 0..<UInt64(100) {
      for (_, note) in RandomScenario(seed: seed).run().harness.notes {
        seen.insert(String(describing: note).prefix { $0 != "(" }.description)
      }
    }
    for mechanism in [
      "replicated", "migrated", "terminated", "childLost", "parentLost", "reattached", "elected",
      "adopted", "policyApplied", "launchFailed",
    ] {
      #expect(seen.contains(mechanism), "no run exercised \(mechanism)")
    }
  }

  @Test func sameSeedGivesSameTrace() {
    for seed in [UInt64(7), 42, 1234] {
      let first = RandomScenario(seed: seed).run(recordTrace: true).harness.trace
      let second = RandomScenario(seed: seed).run(recordTrace: true).harness.trace
      #expect(first.count > 100)
      #expect(first == second)
    }
    let other = RandomScenario(seed: 8).run(recordTrace: true).harness.trace
    #expect(other != RandomScenario(seed: 7).run(recordTrace: true).harness.trace)
  }
}
