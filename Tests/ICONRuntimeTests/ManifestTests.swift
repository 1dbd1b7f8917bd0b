import Foundation
import ICONCore
import ICONRuntime
import ICONTestSupport
import Testing

@Suite struct ManifestTests {
  @Test func everyOwnerParameterIsReadFromAManifest() throws {
    let text = "name: shop\nworkload: {command: x}\npolicy: \(ChangedPolicy.yaml)\n"
    let manifest = try AppManifest.parse(text, file: "app.yaml", folder: "/srv/apps")
    #expect(ChangedPolicy.mismatches(in: manifest.policy).isEmpty)
  }

  @Test func aManifestReadsEveryField() throws {
    let text = """
      name: shop
      workload:
        command: icon workload
        state_hooks: true
      budget: 250.5
      discovery: hint
      yards: [http://127.0.0.1:7001]
      seed: 9
      latency:
        mode: emulated
        topology: net.json
        per_hop_ms: 0.5
        subnets: {127.0.2.7/24: Madrid}
      policy:
        weight: 0.8
        report_period_s: 0.5
      """
    let manifest = try AppManifest.parse(text, file: "app.yaml", folder: "/srv/apps")
    #expect(manifest.name == "shop")
    #expect(manifest.workload == .init(command: ["icon", "workload"], stateHooks: true))
    #expect(manifest.budget == .credits(250.5))
    #expect(manifest.discovery == .hint)
    #expect(manifest.yards == ["http://127.0.0.1:7001"])
    #expect(manifest.yardDiscovery == YardDiscoverySettings(mode: .static))
    #expect(manifest.seed == 9)
    #expect(manifest.latency.topology == "/srv/apps/net.json")
    #expect(manifest.latency.subnets == ["127.0.2.0/24": "Madrid"])
    #expect(manifest.policy.weight == 0.8)
    #expect(manifest.policy.reportPeriod == .milliseconds(500))
  }

  /// Without a yard list, ICONs find yards along their clients' paths; with one, they keep to it
  /// unless told to do both.
  @Test func yardDiscoveryDefaultsToTheListOrToDNS() throws {
    let bare = try AppManifest.parse("name: shop\nworkload: {command: x}\n", file: "app.yaml", folder: "/")
    #expect(bare.yardDiscovery == YardDiscoverySettings(mode: .dns))
    let both = try AppManifest.parse(
      "name: shop\nworkload: {command: x}\nyards: [http://127.0.0.1:7001]\n"
        + "yard_discovery: {mode: both, dns: 198.51.100.53:53}\n", file: "app.yaml", folder: "/")
    #expect(both.yardDiscovery == YardDiscoverySettings(mode: .both, server: "198.51.100.53:53"))
    let short = try AppManifest.parse(
      "name: shop\nworkload: {command: x}\nyard_discovery: dns\n", file: "app.yaml", folder: "/")
    #expect(short.yardDiscovery.mode == .dns && short.yardDiscovery.server == nil)
  }

  @Test func aWorkloadMayBeAnImageWithLimits() throws {
    let text = """
      name: boxed
      workload:
        image: localhost/icon-demo-workload:latest
        state_hooks: true
        memory_mib: 256
        cpus: 0.5
      """
    let manifest = try AppManifest.parse(text, file: "app.yaml", folder: "/srv/apps")
    #expect(
      manifest.workload
        == .init(image: "localhost/icon-demo-workload:latest", stateHooks: true, memoryMiB: 256, cpus: 0.5))
    #expect(manifest.workload.command.isEmpty)
  }

  @Test(arguments: [
    (
      "name: shop\nworkload: {command: icon workload, cpus: 1}\n", "app.yaml:2:", "limits apply to containers"
    ),
    (
      "name: shop\nworkload: {state_hooks: true}\n", "app.yaml:2:", "missing `command` (a process) or `image`"
    ),
    ("name: shop\n", "app.yaml:1:", "missing `workload`"),
    ("name: Shop!\nworkload: {command: x}\n", "app.yaml:1:", "lower-case letters"),
    ("name: shop\nworkload: {command: x}\ndiscovery: dns\n", "app.yaml:3:", "expected `redirect` or `hint`"),
    ("name: shop\nworkload: {command: x}\nbudgets: 3\n", "app.yaml:3:", "unknown key `budgets`"),
    ("name: shop\nworkload: {command: x}\nlatency: {mode: emulated}\n", "app.yaml:3:", "needs a `topology`"),
    (
      "name: shop\nworkload: {command: x}\nlatency: {subnets: {10.0.0.0/8: X}}\n", "app.yaml:3:",
      "127.0.1.0/24"
    ),
    ("name: shop\nworkload: {command: x}\npolicy: {weight: 2}\n", "app.yaml:3:", "weight"),
    ("name: [\n", "app.yaml:2:", "not valid YAML"),
    ("name: shop\nworkload: {command: x}\nyard_discovery: static\n", "app.yaml:3:", "needs a `yards` list"),
    (
      "name: shop\nworkload: {command: x}\nyard_discovery: {mode: path}\n", "app.yaml:3:",
      "`static`, `dns` or `both`"
    ),
    ("name: shop\nworkload: {command: x}\nyard_discovery: {dns: ns.example}\n", "app.yaml:3:", "HOST:PORT"),
  ])
  func badManifestsSayWhereAndWhat(text: String, place: String, problem: String) {
    do {
      _ = try AppManifest.parse(text, file: "app.yaml", folder: "/")
      Issue.record("accepted: \(text)")
    } catch {
      let message = String(describing: error)
      #expect(message.hasPrefix(place), "\(message)")
      #expect(message.contains(problem), "\(message)")
    }
  }

  @Test func clientSubnetsAreSlash24AndSlash48() {
    #expect(ClientSubnet.of(address: "127.0.2.9") == "127.0.2.0/24")
    #expect(ClientSubnet.of(address: "2001:db8:42:7::1") == "2001:db8:42::/48")
    #expect(ClientSubnet.of(address: "::1") == "0:0:0::/48")
    #expect(ClientSubnet.of(address: "localhost") == nil)
    #expect(ClientSubnet.of(address: "1.2.3") == nil)
    #expect(ClientSubnet.normalise("10.1.2.3/24") == "10.1.2.0/24")
    #expect(ClientSubnet.normalise("10.1.2.3/16") == nil)
  }
}
