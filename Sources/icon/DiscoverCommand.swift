import ArgumentParser
import Foundation
import ICONDiscovery
import ICONRuntime

/// `icon discover`: the pieces ICONs find yards with, one at a time, for a provider or an owner to see
/// what an ICON would see from where it runs.
struct DiscoverCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "discover",
    abstract: "Trace the path to a client and look up the DNS records ICONs find yards by.",
    discussion: """
      An ICON finds yards along the paths to its clients: it traces the path to a client subnet, \
      looks up each router's name (PTR), and asks each domain above it for `_edge._tcp.DOMAIN` (SRV, \
      with TXT for hints). These commands run each step from the host they run on.
      """,
    subcommands: [Yards.self, Path.self, Lookup.self])

  struct Yards: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "Find the yards on the paths from this host to the clients at ADDRESS…, as an ICON here would.",
      discussion: """
        For each client address: the path to it, each router's name (PTR), `_edge._tcp` SRV and TXT \
        records of the domains above those names, the yards' addresses, and each yard's signed offer. \
        Prints every yard whose offer is usable, with the hop of the router that led to it on each \
        client's path; what was refused goes to standard error with the reason.

        Examples:
          icon discover yards 198.51.100.30 203.0.113.40
          icon discover yards 198.51.100.30 --dns 198.51.100.53:53 --json
        """)

    @Argument(help: "Client addresses (IPv4 or IPv6).")
    var addresses: [String]
    @Option(name: .customLong("dns"), help: "The DNS server to ask, HOST:PORT (default: /etc/resolv.conf).")
    var server: String?
    @Option(help: "Seconds to wait for discovery to settle.")
    var wait = 10.0
    @Flag(
      help:
        "Print JSON: {yards: [{url, name, site, domain, hops: {subnet: hop}}], paths: {subnet: [router]}}.")
    var json = false

    func run() async throws {
      let clients = try addresses.map { text in
        guard let address = IPAddress(text) else {
          throw ValidationError("not an IPv4 or IPv6 address: \(text)")
        }
        return address
      }
      let resolver = DNSResolver(try Lookup.configuration(server: server))
      let finder = YardFinder(resolver: resolver) { line in
        FileHandle.standardError.write(Data((line + "\n").utf8))
      }
      for client in clients { await finder.clientSeen(client) }
      let deadline = ContinuousClock.now + .seconds(wait)
      while await !finder.isIdle, ContinuousClock.now < deadline {
        try await Task.sleep(for: .milliseconds(20))
      }
      let yards = await finder.yards
      let paths = await finder.paths
      if json {
        let object: [String: Any] = [
          "yards": yards.map { found in
            [
              "url": found.yard.endpoint.url, "name": found.offer.name,
              "site": found.offer.offer.site.rawValue,
              "domain": found.yard.domain.description, "hops": found.yard.hops,
            ] as [String: Any]
          },
          "paths": paths.mapValues { $0.map(\.description) },
        ]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        print(String(decoding: data, as: UTF8.self))
        return
      }
      for (subnet, routers) in paths.sorted(by: { $0.key < $1.key }) {
        print(
          "path to \(subnet): \(routers.isEmpty ? "(no routers)" : routers.map(\.description).joined(separator: " -> "))"
        )
      }
      if yards.isEmpty { print("no yards found on these paths") }
      for found in yards {
        let hops = found.yard.hops.sorted { $0.key < $1.key }.map { "\($0.key) at hop \($0.value)" }
        print(
          "\(found.offer.name) (\(found.offer.offer.site)) at \(found.yard.endpoint.url), announced by \(found.yard.domain): "
            + hops.joined(separator: ", "))
      }
    }
  }

  struct Path: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Trace the routers between this host and ADDRESS (UDP probes, no privileges needed).",
      discussion: """
        Probes of every TTL from 1 to --hops go out at once; each router on the way answers "time \
        exceeded", the destination "port unreachable". Hops that do not answer within --wait show as *.

        Examples:
          icon discover path 198.51.100.7
          icon discover path 2001:db8::7 --hops 8 --json
        """)

    @Argument(help: "The IPv4 or IPv6 address to trace to.")
    var address: String
    @Option(help: "The most hops probed (1 to 64).")
    var hops = 16
    @Option(help: "Milliseconds to wait for answers after the probes went out.")
    var wait = 600
    @Flag(help: "Print the path as JSON: {destination, hops (null where none answered), reached}.")
    var json = false

    func validate() throws {
      guard IPAddress(address) != nil else {
        throw ValidationError("not an IPv4 or IPv6 address: \(address)")
      }
      guard (1...64).contains(hops) else { throw ValidationError("--hops must be from 1 to 64, not \(hops)") }
      guard (1...60_000).contains(wait) else { throw ValidationError("--wait must be from 1 to 60000 ms") }
    }

    func run() async throws {
      let path = try await PathTracer(maximumHops: hops, wait: .milliseconds(wait)).trace(
        to: IPAddress(address)!)
      if json {
        let object: [String: Any] = [
          "destination": path.destination.description,
          "hops": path.hops.map { $0.map { $0.description as Any } ?? NSNull() },
          "reached": path.reachedDestination,
        ]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        print(String(decoding: data, as: UTF8.self))
        return
      }
      for (index, hop) in path.hops.enumerated() { print("\(index + 1)\t\(hop?.description ?? "*")") }
      print(
        path.reachedDestination
          ? "\(path.hops.count + 1)\t\(path.destination) (destination)"
          : "destination \(path.destination) did not answer within \(hops) hops")
    }
  }

  struct Lookup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Look up NAME's records as an ICON would (SRV, PTR, TXT, A or AAAA).",
      discussion: """
        Asks the servers in /etc/resolv.conf, or the one given with --dns; UDP first, TCP when the \
        answer was truncated. An address as NAME with --type ptr looks up its reverse name.

        Examples:
          icon discover lookup _edge._tcp.example.net
          icon discover lookup 198.51.100.1 --type ptr --dns 127.0.0.1:5353
        """)

    @Argument(help: "The name to look up (or an address, with --type ptr).")
    var name: String
    @Option(help: "The record type: srv, ptr, txt, a or aaaa.")
    var type = "srv"
    @Option(name: .customLong("dns"), help: "The DNS server to ask, HOST:PORT (default: /etc/resolv.conf).")
    var server: String?

    func run() async throws {
      let types: [String: DNSRecordType] = ["srv": .srv, "ptr": .ptr, "txt": .txt, "a": .a, "aaaa": .aaaa]
      guard let recordType = types[type.lowercased()] else {
        throw ValidationError("--type must be one of srv, ptr, txt, a, aaaa; not \(type)")
      }
      let question: DNSName
      if recordType == .ptr, let address = IPAddress(name) {
        question = DNSName.reverse(of: address)
      } else {
        do { question = try DNSName(name) } catch {
          throw ValidationError("\(name) is not a DNS name: \(error)")
        }
      }
      let answer = try await DNSResolver(try Self.configuration(server: server)).lookup(question, recordType)
      guard answer.nameExists else {
        print("\(question): no such name")
        throw ExitCode(1)
      }
      if answer.records.isEmpty { print("\(question): no \(type.uppercased()) records") }
      for record in answer.records { print("\(record.name)\t\(record.ttl)\t\(Self.text(record.data))") }
    }

    /// The resolver configuration: `--dns` when given, else the system's.
    static func configuration(server: String?) throws -> ResolverConfiguration {
      guard let server else { return try ResolverConfiguration.system() }
      guard let address = DNSServerAddress(server) else {
        throw ValidationError("--dns must be HOST:PORT with an IP address, not \(server)")
      }
      return ResolverConfiguration(servers: [address])
    }

    static func text(_ data: DNSRecordData) -> String {
      switch data {
      case .address(let address): "\(address)"
      case .name(let name): "\(name)"
      case .service(let service): "\(service.priority) \(service.weight) \(service.port) \(service.target)"
      case .text(let strings): strings.map { "\"\($0)\"" }.joined(separator: " ")
      case .raw(let bytes): "\(bytes.count) bytes"
      }
    }
  }
}
