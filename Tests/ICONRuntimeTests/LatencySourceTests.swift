import Foundation
import ICONCore
import ICONRuntime
import Testing

@Suite struct LatencySourceTests {
  @Test func measuredEstimatesUseTheTriangleLowerBoundForOtherSites() {
    let measured = MeasuredLatency(site: "Stockholm")
    measured.recordConnection(subnet: "127.0.2.0/24", roundTripMilliseconds: 50)
    measured.recordProbe(site: "Madrid", roundTripMilliseconds: 48)
    measured.recordProbe(site: "Paris", roundTripMilliseconds: 35)
    let estimates = measured.estimates(sites: ["Madrid", "Paris", "Stockholm", "Unprobed"])
    let bySite = Dictionary(uniqueKeysWithValues: estimates.map { ($0.site, $0.milliseconds) })
    #expect(bySite == ["Stockholm": 50, "Madrid": 2, "Paris": 15])
    #expect(estimates.allSatisfy { $0.subnet == "127.0.2.0/24" })
    // a slower probe raises the figure only slowly; a faster one counts at once
    measured.recordProbe(site: "Paris", roundTripMilliseconds: 135)
    let raised = measured.estimates(sites: ["Paris"]).first?.milliseconds ?? 0
    #expect(abs(raised - 5) < 1e-9)
    measured.recordProbe(site: "Paris", roundTripMilliseconds: 20)
    let lowered = measured.estimates(sites: ["Paris"]).first?.milliseconds ?? 0
    #expect(abs(lowered - 30) < 1e-9)
    #expect(measured.responseDelay(subnet: "127.0.2.0/24", site: "Stockholm") == .zero)
  }

  @Test func emulatedLatencyIsTheModelledRoundTrip() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "icon-latency-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("europe.json")
    try RuntimeCluster.topology.write(to: file, atomically: true, encoding: .utf8)
    let emulated = try EmulatedLatency(
      settings: LatencySettings(mode: .emulated, topology: file.path, subnets: ["127.0.2.0/24": "Madrid"]))
    let here = try #require(emulated.roundTrip(subnet: "127.0.2.0/24", site: "Madrid"))
    let far = try #require(emulated.roundTrip(subnet: "127.0.2.0/24", site: "Stockholm"))
    #expect(here == 0)
    // Madrid–Paris–Frankfurt–Stockholm is about 2,900 km: 14.5 ms one way at 200 km/ms
    #expect(far > 26 && far < 32, "\(far)")
    #expect(
      emulated.responseDelay(subnet: "127.0.2.0/24", site: "Stockholm") == .microseconds(Int64(far * 1000)))
    #expect(emulated.estimates(sites: ["Madrid", "Nowhere"]).count == 1)
    #expect(throws: ManifestError.self) {
      try EmulatedLatency(
        settings: LatencySettings(mode: .emulated, topology: file.path, subnets: ["127.0.9.0/24": "Atlantis"])
      )
    }
  }
}
