import Foundation
import ICONCore
import Testing

@Test func debugScratch() {
  let outcome = RandomScenario(seed: 110, activePeriod: .seconds(130), quietPeriod: .seconds(0)).run(
    recordTrace: true)
  for line in outcome.harness.trace
  where
    (line.contains("edge0")
    && (line.contains("launch") || line.contains("Claim") || line.contains("migrat")
      || line.contains("replicat") || line.contains("adopt") || line.contains("reattach")
      || line.contains("elected") || line.contains("Lost")))
    || line.contains("Lost") || line.contains("elect")
  {
    print("DBG", line.prefix(330))
  }
}
