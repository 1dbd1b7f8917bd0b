import Foundation

#if canImport(Glibc)
  import Glibc

  /// The routed test bed the discovery tests share. p1 (provider isp-a, behind r1) reaches client c1
  /// (192.0.2.8/30) through r1 and r2, and client c2 (203.0.113.8/30, another /24) through r3 as well;
  /// p2 (isp-b) hangs off r2 on the way to both, p3 (isp-c) off r3 on the way to c2 only, and the decoy
  /// p4 (isp-d) off r1, with no router of its domain on any path; the DNS server off r1. Each router's
  /// addresses are named in its provider's domain, and each provider announces a yard on port 7001.
  public enum ProviderTestBed {
    /// The providers' hosts and domains.
    public static let providers = [("p1", "isp-a"), ("p2", "isp-b"), ("p3", "isp-c"), ("p4", "isp-d")]
    /// The routers and the domains their names are in.
    public static let routers = [("r1", "isp-a"), ("r2", "isp-b"), ("r3", "isp-c")]
    /// The zones the DNS server answers for with authority.
    public static let zones = [
      "test", "100.51.198.in-addr.arpa", "2.0.192.in-addr.arpa", "113.0.203.in-addr.arpa",
    ]

    /// Makes the test bed.
    public static func make() async throws -> NetworkTestBed {
      try await offThePool {
        try NetworkTestBed(
          nodes: ["p1", "r1", "r2", "r3", "c1", "c2", "p2", "p3", "p4", "dns"], routers: ["r1", "r2", "r3"],
          links: [
            ("p1", "r1"), ("r1", "r2"), ("r2", "r3"), ("r2", "c1"), ("r3", "c2"), ("r2", "p2"), ("r3", "p3"),
            ("r1", "p4"), ("r1", "dns"),
          ], networks: [3: "192.0.2.8", 4: "203.0.113.8"])
      }
    }

    /// dnsmasq's options for the zone: every router address's name, and each provider's `_edge._tcp`
    /// record and yard.
    public static func zone(_ bed: NetworkTestBed) -> [String] {
      var options: [String] = []
      for (router, domain) in routers {
        for address in bed.addresses(of: router) {
          let reverse = address.split(separator: ".").reversed().joined(separator: ".") + ".in-addr.arpa"
          options.append("--ptr-record=\(reverse),\(router).core.\(domain).test")
        }
      }
      for (provider, domain) in providers {
        options += [
          "--srv-host=_edge._tcp.\(domain).test,yard.\(domain).test,7001,0,1",
          "--host-record=yard.\(domain).test,\(bed.address(of: provider))",
          "--txt-record=_edge._tcp.\(domain).test,price=1",
        ]
      }
      return options
    }

    /// The DNS server, in its host.
    public static func dns(_ bed: NetworkTestBed) async throws -> Dnsmasq {
      try await offThePool {
        try Dnsmasq(address: bed.address(of: "dns"), options: zone(bed), zones: zones, in: (bed, "dns"))
      }
    }

    /// Starts a real yard (`icon yard`, programs allowed: `icon`) in each of `hosts`, its data and log
    /// in `folder`, and waits until each serves.
    public static func startYards(_ hosts: [String], in bed: NetworkTestBed, folder: URL) async throws
      -> [ChildProcess]
    {
      try await offThePool { try startYardsBlocking(hosts, in: bed, folder: folder) }
    }

    private static func startYardsBlocking(_ hosts: [String], in bed: NetworkTestBed, folder: URL) throws
      -> [ChildProcess]
    {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      let yards = try hosts.map { host in
        try bed.start(
          in: host,
          [
            IconProgram.url.path, "yard", "--name", host, "--site", host, "--price", "1", "--listen",
            "\(bed.address(of: host)):7001", "--data", folder.appendingPathComponent(host).path,
            "--allow-program",
            "icon",
          ], log: folder.appendingPathComponent("\(host).log").path)
      }
      for host in hosts {
        let ready = folder.appendingPathComponent(host).appendingPathComponent("yard.url")
        for _ in 0..<500 where !FileManager.default.fileExists(atPath: ready.path) { usleep(20_000) }
        guard FileManager.default.fileExists(atPath: ready.path) else {
          throw TestBedFailure("the yard in \(host) did not start")
        }
      }
      return yards
    }
  }
#endif
