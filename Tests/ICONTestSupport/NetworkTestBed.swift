import Foundation

#if canImport(Glibc)
  import Glibc

  /// Hosts and routers as Linux network namespaces, joined by veth links, with IP forwarding in the
  /// routers and static routes along shortest paths, so that a trace from one host to another sees
  /// every router on the way. Each link is a /30 of 198.51.100.0/24 unless given another (of
  /// 203.0.113.0/24 or 192.0.2.0/24, documentation ranges too, so that clients sit in /24s of their
  /// own): nothing
  /// leaves the test bed, no namespace gets a route out of the machine, and the namespaces are removed
  /// when the test bed goes, also when a test fails. Namespaces left by a test that was killed are
  /// removed by the next test bed.
  public final class NetworkTestBed: @unchecked Sendable {
    /// The nodes, by name: whether each forwards.
    public let routers: Set<String>
    /// The links, in order: each a /30 network, its first node at the network's address + 1, its
    /// second at + 2.
    public let links: [(String, String)]
    /// The first three bytes of each link's network, and its last byte.
    private let networks: [(prefix: String, base: Int)]
    private let prefix: String
    private var made: [String] = []

    /// Whether namespaces can be made here (root, iproute2, a kernel that allows it); tests skip
    /// saying so when not.
    public static let isAvailable: Bool = {
      guard getuid() == 0, let ip = ipProgram else { return false }
      let name = "icon-tb-probe-\(getpid())"
      defer { _ = run(ip, ["netns", "del", name]) }
      return run(ip, ["netns", "add", name]).status == 0
    }()

    static let ipProgram = ["/usr/sbin/ip", "/sbin/ip", "/usr/bin/ip"].first {
      FileManager.default.isExecutableFile(atPath: $0)
    }

    /// Makes a test bed of `nodes` (those in `routers` forward) joined by `links`. Link k's /30 is
    /// `networks[k]` when given (a network address such as `203.0.113.8`, whose second host is then
    /// .10, where a load generator's first client sends from), else the next free one of
    /// 198.51.100.0/24.
    public init(
      nodes: [String], routers: Set<String>, links: [(String, String)], networks: [Int: String] = [:]
    )
      throws
    {
      guard Self.ipProgram != nil else { throw TestBedFailure("iproute2 (`ip`) is not installed") }
      guard links.count - networks.count <= 64 else {
        throw TestBedFailure("at most 64 links fit 198.51.100.0/24")
      }
      self.routers = routers
      self.links = links
      var next = 0
      self.networks = try links.indices.map { index in
        guard let given = networks[index] else {
          defer { next += 4 }
          return ("198.51.100", next)
        }
        let bytes = given.split(separator: ".")
        guard bytes.count == 4, let last = Int(bytes[3]), last % 4 == 0, last < 256 else {
          throw TestBedFailure("\(given) is not the network address of a /30")
        }
        return (bytes.prefix(3).joined(separator: "."), last)
      }
      prefix = "icon-tb-\(getpid())-\(UInt16.random(in: 0...UInt16.max))-"
      Self.removeAbandoned()
      do {
        for node in nodes {
          try ip(["netns", "add", namespace(node)])
          made.append(namespace(node))
          try ip(["-n", namespace(node), "link", "set", "lo", "up"])
          // no rate limit on ICMP errors, so that every probe of a trace is answered
          try inside(node, ["sysctl", "-q", "-w", "net.ipv4.icmp_ratelimit=0"])
          try inside(node, ["sysctl", "-q", "-w", "net.ipv4.ip_forward=\(routers.contains(node) ? 1 : 0)"])
        }
        for (index, link) in links.enumerated() {
          let interface = "e\(index)"
          try ip([
            "link", "add", interface, "netns", namespace(link.0), "type", "veth", "peer", "name", interface,
            "netns",
            namespace(link.1),
          ])
          for (node, end) in [(link.0, 1), (link.1, 2)] {
            try ip([
              "-n", namespace(node), "addr", "add", "\(host(index, end))/30", "dev", interface,
            ])
            try ip(["-n", namespace(node), "link", "set", interface, "up"])
          }
        }
        for node in nodes { try route(node) }
      } catch {
        remove()
        throw error
      }
    }

    deinit { remove() }

    /// The namespace that is `node`.
    public func namespace(_ node: String) -> String { prefix + node }

    /// The address of `node` on its link to `neighbor`.
    public func address(of node: String, toward neighbor: String) -> String {
      for (index, link) in links.enumerated() {
        if link == (node, neighbor) { return host(index, 1) }
        if link == (neighbor, node) { return host(index, 2) }
      }
      fatalError("\(node) and \(neighbor) are not linked")
    }

    /// The first address of `node`: where a host is reached.
    public func address(of node: String) -> String {
      guard
        let (index, link) = links.enumerated().first(where: { $0.element.0 == node || $0.element.1 == node })
      else { fatalError("\(node) has no link") }
      return host(index, link.0 == node ? 1 : 2)
    }

    /// Every address of `node`, one per link.
    public func addresses(of node: String) -> [String] {
      links.enumerated().compactMap { index, link in
        link.0 == node ? host(index, 1) : link.1 == node ? host(index, 2) : nil
      }
    }

    /// The address `end` (1 or 2; 0 is the network) of link `index`.
    private func host(_ index: Int, _ end: Int) -> String {
      "\(networks[index].prefix).\(networks[index].base + end)"
    }

    /// The command line that runs `arguments` inside `node`.
    public func command(in node: String, _ arguments: [String]) -> [String] {
      [Self.ipProgram!, "netns", "exec", namespace(node)] + arguments
    }

    /// Starts `arguments` inside `node`, output to `log` when given.
    public func start(in node: String, _ arguments: [String], log: String? = nil) throws -> ChildProcess {
      try ChildProcess(Self.ipProgram!, ["netns", "exec", namespace(node)] + arguments, log: log)
    }

    /// Runs `arguments` inside `node` to the end, on a thread of its own: its status and output.
    @discardableResult
    public func run(in node: String, _ arguments: [String]) async throws -> (status: Int32, output: String) {
      let command = self.command(in: node, arguments)
      return try await offThePool { Self.run(command[0], Array(command.dropFirst())) }
    }

    /// Routes to every link subnet that `node` is not on, through the neighbour that starts a shortest
    /// path to it (paths go on only through routers).
    private func route(_ node: String) throws {
      var firstHop: [String: String] = [:]
      var queue: [String] = []
      for neighbor in neighbors(of: node) where firstHop[neighbor] == nil {
        firstHop[neighbor] = neighbor
        queue.append(neighbor)
      }
      var index = 0
      while index < queue.count {
        let current = queue[index]
        index += 1
        guard routers.contains(current) else { continue }
        for next in neighbors(of: current) where next != node && firstHop[next] == nil {
          firstHop[next] = firstHop[current]
          queue.append(next)
        }
      }
      for (linkIndex, link) in links.enumerated() where link.0 != node && link.1 != node {
        // the nearer end decides the way
        guard
          let end = [link.0, link.1].min(by: {
            (queue.firstIndex(of: $0) ?? .max) < (queue.firstIndex(of: $1) ?? .max)
          }),
          let hop = firstHop[end]
        else { continue }
        try ip([
          "-n", namespace(node), "route", "add", "\(host(linkIndex, 0))/30", "via",
          address(of: hop, toward: node),
        ])
      }
    }

    private func neighbors(of node: String) -> [String] {
      links.compactMap { $0.0 == node ? $0.1 : $0.1 == node ? $0.0 : nil }
    }

    private func ip(_ arguments: [String]) throws {
      let result = Self.run(Self.ipProgram!, arguments)
      guard result.status == 0 else {
        throw TestBedFailure("ip \(arguments.joined(separator: " ")): \(result.output)")
      }
    }

    private func inside(_ node: String, _ arguments: [String]) throws {
      let command = self.command(in: node, arguments)
      let result = Self.run(command[0], Array(command.dropFirst()))
      guard result.status == 0 else {
        throw TestBedFailure("\(arguments.joined(separator: " ")): \(result.output)")
      }
    }

    /// Kills every process still running inside the namespaces (agents and workloads that yards
    /// started, too), then removes the namespaces.
    private func remove() {
      for namespace in made.reversed() { Self.delete(namespace) }
      made = []
    }

    private static func delete(_ namespace: String) {
      for pid in run(ipProgram!, ["netns", "pids", namespace]).output.split(separator: "\n") {
        if let pid = Int32(pid) { kill(pid, SIGKILL) }
      }
      _ = run(ipProgram!, ["netns", "del", namespace])
    }

    /// Removes the namespaces of test beds whose process is gone.
    private static func removeAbandoned() {
      guard let ip = ipProgram else { return }
      for line in run(ip, ["netns", "list"]).output.split(separator: "\n") {
        let name = String(line.split(separator: " ").first ?? "")
        let parts = name.split(separator: "-")
        guard name.hasPrefix("icon-tb-"), parts.count >= 4, let pid = Int32(parts[2]), kill(pid, 0) != 0
        else {
          continue
        }
        delete(name)
      }
    }

    /// Runs `program` with `arguments` to the end: its status, and its output and errors together.
    static func run(_ program: String, _ arguments: [String]) -> (status: Int32, output: String) {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: program)
      process.arguments = arguments
      let output = Pipe()
      process.standardOutput = output
      process.standardError = output
      do { try process.run() } catch { return (-1, "\(error)") }
      let data = output.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
  }

  /// A test bed that could not be made.
  public struct TestBedFailure: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
  }
#endif
