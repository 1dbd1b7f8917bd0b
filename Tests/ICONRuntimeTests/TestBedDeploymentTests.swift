import Foundation
import ICONCore
import ICONTestSupport
import Testing

/// An application deployed with no yard list on a routed test bed (``ProviderTestBed``): its ICONs
/// find the yards along their clients' paths through DNS and place themselves there, never at the
/// decoy provider.
@Suite(.serialized, .timeLimit(.minutes(3)))
struct TestBedDeploymentTests {
  /// The test bed as a topology for emulated latency: every node at one place, 10 ms per hop.
  static func topology(_ bed: NetworkTestBed) -> String {
    let nodes = Set(bed.links.flatMap { [$0.0, $0.1] }).sorted().map {
      "{\"id\": \"\($0)\", \"pos\": [0, 0]}"
    }
    let links = bed.links.map { "{\"source\": \"\($0.0)\", \"target\": \"\($0.1)\"}" }
    return "{\"nodes\": [\(nodes.joined(separator: ", "))], \"links\": [\(links.joined(separator: ", "))]}"
  }

  @Test(.enabled(if: NetworkTestBed.isAvailable && Dnsmasq.isInstalled, "needs root, iproute2 and dnsmasq"))
  func iconsPlaceThemselvesAtTheYardsOnTheirClientsPaths() async throws {
    let bed = try await ProviderTestBed.make()
    let dns = try await ProviderTestBed.dns(bed)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("icon-testbed-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var processes = try await ProviderTestBed.startYards(["p1", "p2", "p3", "p4"], in: bed, folder: folder)
    defer { processes.forEach { $0.stop() } }
    try Self.topology(bed).write(
      to: folder.appendingPathComponent("bed.json"), atomically: true, encoding: .utf8)
    let manifest = """
      name: shop
      workload: {command: [icon, workload], state_hooks: true}
      budget: 1000
      yard_discovery: {mode: dns, dns: "\(bed.address(of: "dns")):\(dns.port)", paths: traced}
      latency:
        mode: emulated
        topology: bed.json
        per_hop_ms: 10
        subnets: {"192.0.2.0/24": c1, "203.0.113.0/24": c2}
      policy: {report_period_s: 0.5, decision_period_s: 0.5, smoothing_window_s: 1, action_cooldown_s: 1, latency_scale: 10}
      """
    try manifest.write(to: folder.appendingPathComponent("shop.yaml"), atomically: true, encoding: .utf8)
    let owner = [
      "--yard", "http://\(bed.address(of: "p1")):7001", "--key",
      folder.appendingPathComponent("owner.key").path,
    ]
    let deployed = try await bed.run(
      in: "c1",
      [IconProgram.url.path, "app", "deploy", "-f", folder.appendingPathComponent("shop.yaml").path] + owner)
    try #require(deployed.status == 0, "\(deployed.output)")
    let origin = try #require(
      deployed.output.split(separator: " ").last.map {
        String($0).trimmingCharacters(in: .whitespacesAndNewlines)
      })
    // the first client group, then the second as well
    processes.append(
      try bed.start(
        in: "c1",
        [
          IconProgram.url.path, "load", "--target", origin, "--population", "192.0.2.0/24:20:1", "--duration",
          "120",
        ],
        log: folder.appendingPathComponent("c1.log").path))
    try await Task.sleep(for: .seconds(4))
    processes.append(
      try bed.start(
        in: "c2",
        [
          IconProgram.url.path, "load", "--target", origin, "--population", "203.0.113.0/24:40:1",
          "--duration", "120",
        ],
        log: folder.appendingPathComponent("c2.log").path))
    var sites: [String] = []
    var tree = ""
    for _ in 0..<60 {
      try await Task.sleep(for: .seconds(1))
      tree = try await bed.run(in: "c1", [IconProgram.url.path, "app", "tree", "shop", "--json"] + owner)
        .output
      sites = Self.sites(inTree: tree)
      if sites.contains("p3") { break }
    }
    let logs = ["c1", "c2", "p1", "p3"].map { name in
      "\(name): "
        + ((try? String(contentsOf: folder.appendingPathComponent("\(name).log"), encoding: .utf8)) ?? "")
        .suffix(1500)
    }
    #expect(
      sites.contains("p3"),
      "no ICON came to p3, on the path to the new client group: \(tree)\n\(logs.joined(separator: "\n"))")
    #expect(!sites.contains("p4"), "an ICON went to the decoy: \(tree)")
    // what the ICONs found lies on their clients' paths: never the decoy
    let discovered = Set(Self.discoveredSites(inTree: tree))
    #expect(discovered.contains("p3") && discovered.isSubset(of: ["p1", "p2", "p3"]), "\(discovered)")
  }

  /// The sites of the yards the ICONs in `icon app tree --json` output found.
  static func discoveredSites(inTree json: String) -> [String] {
    guard let rows = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]] else {
      return []
    }
    return rows.flatMap {
      ($0["discoveredYards"] as? [[String: Any]] ?? []).compactMap { $0["site"] as? String }
    }
  }

  /// The sites of the ICONs in `icon app tree --json` output.
  static func sites(inTree json: String) -> [String] {
    guard let rows = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]] else {
      return []
    }
    return rows.compactMap { $0["site"] as? String }
  }
}
