import Foundation
import ICONTestSupport
import Testing

@testable import ICONDiscovery

/// Yards found along the paths to clients on a routed test bed: routers with names in their providers'
/// domains, a real dnsmasq serving those names and the providers' `_edge._tcp` records, real yards in
/// the provider hosts, and a decoy provider whose domain is on no client's path.
@Suite(.serialized, .timeLimit(.minutes(2)))
struct DiscoveryTestBedTests {
  /// p1 reaches client c1 through r1 (isp-a) and r2 (isp-b), and client c2 (another /24) through r3
  /// (isp-c) as well; yards p2, p3 and the decoy p4 hang off r2, r3 and r1; the DNS server off r1.
  static func testBed() throws -> NetworkTestBed {
    try NetworkTestBed(
      nodes: ["p1", "r1", "r2", "r3", "c1", "c2", "p2", "p3", "p4", "dns"], routers: ["r1", "r2", "r3"],
      links: [
        ("p1", "r1"), ("r1", "r2"), ("r2", "r3"), ("r2", "c1"), ("r3", "c2"), ("r2", "p2"), ("r3", "p3"),
        ("r1", "p4"), ("r1", "dns"),
      ], networks: [4: "203.0.113.8"])
  }

  /// The zone: every router address's name, and each provider's `_edge._tcp` record and yard.
  static func zone(_ bed: NetworkTestBed) -> [String] {
    var options: [String] = []
    for (router, domain) in [("r1", "isp-a"), ("r2", "isp-b"), ("r3", "isp-c")] {
      for address in bed.addresses(of: router) {
        options.append(
          "--ptr-record=\(DNSName.reverse(of: IPAddress(address)!)),\(router).core.\(domain).test")
      }
    }
    for (provider, domain) in [("p2", "isp-b"), ("p3", "isp-c"), ("p4", "isp-d")] {
      options += [
        "--srv-host=_edge._tcp.\(domain).test,yard.\(domain).test,8080,0,1",
        "--host-record=yard.\(domain).test,\(bed.address(of: provider))",
        "--txt-record=_edge._tcp.\(domain).test,price=2",
      ]
    }
    return options
  }

  @Test(.enabled(if: NetworkTestBed.isAvailable && Dnsmasq.isInstalled, "needs root, iproute2 and dnsmasq"))
  func theYardsOnTheClientsPathsAreFoundAndTheDecoyIsNot() throws {
    let bed = try Self.testBed()
    let dns = try Dnsmasq(
      address: bed.address(of: "dns"), options: Self.zone(bed),
      zones: ["test", "100.51.198.in-addr.arpa", "113.0.203.in-addr.arpa"], in: (bed, "dns"))
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("icon-discovery-\(UUID())")
    defer { try? FileManager.default.removeItem(at: folder) }
    var yards: [ChildProcess] = []
    for provider in ["p2", "p3", "p4"] {
      let data = folder.appendingPathComponent(provider)
      yards.append(
        try bed.start(
          in: provider,
          [
            IconProgram.url.path, "yard", "--name", provider, "--site", provider, "--listen",
            "\(bed.address(of: provider)):8080", "--data", data.path,
          ]))
    }
    for provider in ["p2", "p3", "p4"] {
      let ready = folder.appendingPathComponent(provider).appendingPathComponent("yard.url")
      for _ in 0..<500 where !FileManager.default.fileExists(atPath: ready.path) { usleep(20_000) }
      #expect(FileManager.default.fileExists(atPath: ready.path), "the yard in \(provider) did not start")
    }
    let c1 = bed.address(of: "c1")
    let c2 = bed.address(of: "c2")
    let result = bed.run(
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
    let subnet1 = c1.split(separator: ".").prefix(3).joined(separator: ".") + ".0/24"
    let subnet2 = c2.split(separator: ".").prefix(3).joined(separator: ".") + ".0/24"
    #expect(
      hops == [
        "http://\(bed.address(of: "p2")):8080": [subnet1: 2, subnet2: 2],
        "http://\(bed.address(of: "p3")):8080": [subnet2: 3],
      ], "\(result.output)")
    _ = yards
  }
}
