import Foundation
import ICONCore
import ICONTestSupport
import Testing

/// An application deployed with no yard list on a routed test bed: its ICONs find the yards along
/// their clients' paths through DNS and place themselves there, never at the decoy provider.
@Suite(.serialized, .timeLimit(.minutes(3)))
struct TestBedDeploymentTests {
  /// The providers' hosts, their domains and the routers in them: p1 (isp-a, behind r1) is where the
  /// origin starts, p2 (isp-b) hangs off r2 on the way to both client groups, p3 (isp-c) off r3 on the
  /// way to c2 only, and the decoy p4 (isp-d) off r1 with no router of its domain on any path.
  static let providers = [
    ("p1", "isp-a", "r1"), ("p2", "isp-b", "r2"), ("p3", "isp-c", "r3"), ("p4", "isp-d", "r1"),
  ]

  static func testBed() throws -> NetworkTestBed {
    try NetworkTestBed(
      nodes: ["p1", "r1", "r2", "r3", "c1", "c2", "p2", "p3", "p4", "dns"], routers: ["r1", "r2", "r3"],
      links: [
        ("p1", "r1"), ("r1", "r2"), ("r2", "r3"), ("r2", "c1"), ("r3", "c2"), ("r2", "p2"), ("r3", "p3"),
        ("r1", "p4"), ("r1", "dns"),
      ], networks: [3: "192.0.2.8", 4: "203.0.113.8"])
  }

  /// The zone the test bed's DNS server serves: router names in their providers' domains, and each
  /// provider's `_edge._tcp` record and yard.
  static func zone(_ bed: NetworkTestBed) -> [String] {
    var options: [String] = []
    for (router, domain) in [("r1", "isp-a"), ("r2", "isp-b"), ("r3", "isp-c")] {
      for address in bed.addresses(of: router) {
        let reverse = address.split(separator: ".").reversed().joined(separator: ".") + ".in-addr.arpa"
        options.append("--ptr-record=\(reverse),\(router).core.\(domain).test")
      }
    }
    for (provider, domain, _) in providers {
      options += [
        "--srv-host=_edge._tcp.\(domain).test,yard.\(domain).test,7001,0,1",
        "--host-record=yard.\(domain).test,\(bed.address(of: provider))",
      ]
    }
    return options
  }

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
    let bed = try Self.testBed()
    let dns = try Dnsmasq(
      address: bed.address(of: "dns"), options: Self.zone(bed),
      zones: ["test", "100.51.198.in-addr.arpa", "2.0.192.in-addr.arpa", "113.0.203.in-addr.arpa"],
      in: (bed, "dns"))
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("icon-testbed-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var processes: [ChildProcess] = []
    defer { processes.forEach { $0.stop() } }
    for (provider, _, _) in Self.providers {
      let data = folder.appendingPathComponent(provider)
      processes.append(
        try bed.start(
          in: provider,
          [
            IconProgram.url.path, "yard", "--name", provider, "--site", provider, "--price", "1",
            "--listen", "\(bed.address(of: provider)):7001", "--data", data.path, "--allow-program", "icon",
          ], log: folder.appendingPathComponent("\(provider).log").path))
    }
    for (provider, _, _) in Self.providers {
      let ready = folder.appendingPathComponent(provider).appendingPathComponent("yard.url")
      for _ in 0..<500 where !FileManager.default.fileExists(atPath: ready.path) {
        try await Task.sleep(for: .milliseconds(20))
      }
      try #require(
        FileManager.default.fileExists(atPath: ready.path), "the yard in \(provider) did not start")
    }
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
    let deployed = bed.run(
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
      tree = bed.run(in: "c1", [IconProgram.url.path, "app", "tree", "shop", "--json"] + owner).output
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
