import Foundation
import ICONTestSupport
import Testing

/// Yards found along the paths to clients on a routed test bed (``ProviderTestBed``): routers with names
/// in their providers' domains, a real dnsmasq serving those names and the providers' `_edge._tcp`
/// records, real yards in the provider hosts, and a decoy provider whose domain is on no client's path.
@Suite(.serialized, .timeLimit(.minutes(2)))
struct DiscoveryTestBedTests {
  @Test(.enabled(if: NetworkTestBed.isAvailable && Dnsmasq.isInstalled, "needs root, iproute2 and dnsmasq"))
  func theYardsOnTheClientsPathsAreFoundAndTheDecoyIsNot() async throws {
    let bed = try await ProviderTestBed.make()
    let dns = try await ProviderTestBed.dns(bed)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("icon-discovery-\(UUID())")
    defer { try? FileManager.default.removeItem(at: folder) }
    // no yard in p1: its provider's announcement leads nowhere, and is dropped
    let yards = try await ProviderTestBed.startYards(["p2", "p3", "p4"], in: bed, folder: folder)
    let c1 = bed.address(of: "c1")
    let c2 = bed.address(of: "c2")
    let result = try await bed.run(
      in: "p1",
      [
        IconProgram.url.path, "discover", "yards", c1, c2, "--dns", "\(bed.address(of: "dns")):\(dns.port)",
        "--json",
      ])
    #expect(result.status == 0, "\(result.output)")
    let json = try #require(result.output.split(separator: "\n").last.map { Data($0.utf8) })
    let object = try #require(
      try JSONSerialization.jsonObject(with: json) as? [String: Any], "\(result.output)")
    let found = try #require(object["yards"] as? [[String: Any]])
    let hops = Dictionary(
      uniqueKeysWithValues: found.map { ($0["url"] as? String ?? "", $0["hops"] as? [String: Int] ?? [:]) })
    #expect(
      hops == [
        "http://\(bed.address(of: "p2")):7001": ["192.0.2.0/24": 2, "203.0.113.0/24": 2],
        "http://\(bed.address(of: "p3")):7001": ["203.0.113.0/24": 3],
      ], "\(result.output)")
    #expect(
      result.output.contains("no offer"), "the announcement of isp-a leads to no yard: \(result.output)")
    _ = yards
  }
}
