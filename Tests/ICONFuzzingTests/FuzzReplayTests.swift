import Foundation
import ICONFuzzing
import Testing

/// Every fuzz harness on its seeds and on every input that ever crashed it (`Tests/FuzzCorpus/HARNESS/`,
/// where `bench/fuzz.sh` leaves what it finds): each runs to the end.
@Suite struct FuzzReplayTests {
  @Test(arguments: FuzzHarness.allCases)
  func seedsAndPastCrashesRunToTheEnd(harness: FuzzHarness) throws {
    let seeds = harness.seeds
    #expect(!seeds.isEmpty, "no seeds for \(harness.rawValue)")
    for seed in seeds { harness.run(seed) }
    let folder = "Tests/FuzzCorpus/\(harness.rawValue)"
    for file in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
      harness.run(try #require(FileManager.default.contents(atPath: "\(folder)/\(file)")))
    }
  }
}
