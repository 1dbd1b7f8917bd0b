import Foundation
import ICONCore
import ICONDiscovery
import ICONFormats
import ICONTopology

/// What an owner deploys: the workload, the policy, the budget and where the application may run.
/// Written as YAML by the owner (see ``AppManifest/load(path:)``), carried as JSON between yards and
/// agents.
public struct AppManifest: Hashable, Codable, Sendable {
  /// How clients find a closer ICON.
  public enum Discovery: String, Hashable, Codable, Sendable, CaseIterable {
    /// Answer with a 307 to the closest ICON.
    case redirect
    /// Serve the request and name the closer ICON in an `ICON-Location` header.
    case hint
  }

  /// The wrapped HTTP service.
  public struct Workload: Hashable, Codable, Sendable {
    /// The command and its arguments; the first word `icon` means this very program. The service
    /// must listen on `127.0.0.1` at the port in the `PORT` environment variable. With an ``image``,
    /// the container's command (empty: the image's own).
    public var command: [String]
    /// True when the service offers `GET`/`PUT /_icon/state`, so its state moves with a migration.
    public var stateHooks: Bool
    /// An OCI image to run the service from, as a container, at yards that run an engine
    /// (`icon yard --driver engine`); nil runs ``command`` as a process.
    public var image: String?
    /// The container's memory limit, in MiB.
    public var memoryMiB: Int?
    /// The container's CPU limit, in CPUs.
    public var cpus: Double?

    /// Why the container limits cannot be used (as the manifest's reader also checks, for JSON that
    /// did not come from a manifest), or nil.
    public var limitsProblem: String? {
      if let memoryMiB, !(1...1_048_576).contains(memoryMiB) { return "memory_mib must be 1…1048576" }
      if let cpus, !(cpus.isFinite && (0.01...1024).contains(cpus)) { return "cpus must be 0.01…1024" }
      return nil
    }

    /// A workload run by `command`.
    public init(command: [String], stateHooks: Bool = false) {
      self.command = command
      self.stateHooks = stateHooks
    }

    /// A workload run from `image` as a container.
    public init(
      image: String, command: [String] = [], stateHooks: Bool = false, memoryMiB: Int? = nil,
      cpus: Double? = nil
    ) {
      self.command = command
      self.stateHooks = stateHooks
      self.image = image
      self.memoryMiB = memoryMiB
      self.cpus = cpus
    }
  }

  /// The application's name, also its identity in the overlay.
  public var name: String
  /// The service every ICON wraps.
  public var workload: Workload
  /// The owner's policy.
  public var policy: OwnerPolicy
  /// The whole budget, handed to the origin.
  public var budget: Money
  /// How clients are sent to closer ICONs.
  public var discovery: Discovery
  /// Base URLs of the yards ICONs may use: the whole list (``YardDiscoverySettings/Mode/static``), or
  /// seeds beside the yards found along the paths to clients (`both`).
  public var yards: [String]
  /// How ICONs find yards.
  public var yardDiscovery: YardDiscoverySettings
  /// Where latency estimates come from.
  public var latency: LatencySettings
  /// Seed of the origin's decisions; replicas derive theirs.
  public var seed: UInt64

  /// A manifest; every argument but the name and workload has a default.
  public init(
    name: String, workload: Workload, policy: OwnerPolicy = OwnerPolicy(), budget: Money = 100,
    discovery: Discovery = .redirect, yards: [String] = [], yardDiscovery: YardDiscoverySettings? = nil,
    latency: LatencySettings = LatencySettings(), seed: UInt64 = 1
  ) {
    self.name = name
    self.workload = workload
    self.policy = policy
    self.budget = budget
    self.discovery = discovery
    self.yards = yards
    self.yardDiscovery = yardDiscovery ?? YardDiscoverySettings(mode: yards.isEmpty ? .dns : .static)
    self.latency = latency
    self.seed = seed
  }
}

/// How ICONs find yards: from the manifest's list, along the paths to their clients through DNS (the
/// routers' names, then `_edge._tcp` SRV records of their domains), or both.
public struct YardDiscoverySettings: Hashable, Codable, Sendable {
  /// Where yards come from.
  public enum Mode: String, Hashable, Codable, Sendable, CaseIterable {
    /// The manifest's `yards` only.
    case `static`
    /// Yards found along the paths to clients only.
    case dns
    /// Both: the list as seeds.
    case both

    /// Whether the manifest's list counts.
    public var usesList: Bool { self != .dns }
    /// Whether yards are looked for along the paths to clients.
    public var usesDNS: Bool { self != .static }
  }

  /// How the paths to clients are learnt.
  public enum Paths: String, Hashable, Codable, Sendable, CaseIterable {
    /// Traced on the network (UDP probes and the ICMP errors they raise).
    case traced
    /// From the emulated latency's topology: the backbone's nodes on the way (loopback has no routers).
    case modelled
  }

  public var mode: Mode
  /// The DNS server to ask, `HOST:PORT`; nil asks the servers of `/etc/resolv.conf`.
  public var server: String?
  /// How paths are learnt; nil: modelled when latency is emulated, traced when it is measured.
  public var paths: Paths?

  public init(mode: Mode, server: String? = nil, paths: Paths? = nil) {
    self.mode = mode
    self.server = server
    self.paths = paths
  }
}

/// Where an agent's latency figures come from.
public struct LatencySettings: Hashable, Codable, Sendable {
  /// The two sources.
  public enum Mode: String, Hashable, Codable, Sendable, CaseIterable {
    /// Round-trip times of accepted TCP connections, from the kernel.
    case measured
    /// A topology model: sites and client subnets sit at nodes, and every response is delayed by the
    /// modelled round trip.
    case emulated
  }

  /// The source.
  public var mode: Mode
  /// Topology file (Zoo GML or node-link JSON) for `emulated`, as an absolute path.
  public var topology: String?
  /// Delay added per hop, in milliseconds.
  public var perHopMilliseconds: Double
  /// Site label → topology node label; a site missing here is looked up by its own label.
  public var sites: [String: String]
  /// Client subnet (`A.B.C.0/24` or an IPv6 /48) → topology node label.
  public var subnets: [String: String]

  /// Settings for `mode`.
  public init(
    mode: Mode = .measured, topology: String? = nil, perHopMilliseconds: Double = 0,
    sites: [String: String] = [:], subnets: [String: String] = [:]
  ) {
    self.mode = mode
    self.topology = topology
    self.perHopMilliseconds = perHopMilliseconds
    self.sites = sites
    self.subnets = subnets
  }
}

extension AppManifest {
  static let keys = [
    "name", "workload", "policy", "budget", "discovery", "yards", "yard_discovery", "latency", "seed",
  ]

  /// Reads a YAML manifest; errors name the file, the line and what was expected. A relative
  /// topology path is taken from the manifest's folder.
  public static func load(path: String) throws -> AppManifest {
    let text: String
    do {
      text = try String(contentsOfFile: path, encoding: .utf8)
    } catch {
      throw ManifestError(
        file: path, line: nil, problem: "cannot read the file (\(error.localizedDescription))")
    }
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    return try parse(text, file: path, folder: folder)
  }

  /// Reads a YAML manifest from `text`; `file` names it in errors.
  public static func parse(_ text: String, file: String, folder: String) throws -> AppManifest {
    let root = try YAMLValue.parse(text, file: file)
    let fields = try root.mapping(allowed: keys)
    guard let nameField = fields["name"] else { throw root.error("missing `name`") }
    let name = try nameField.string()
    guard name.range(of: "^[a-z0-9][a-z0-9-]{0,62}$", options: .regularExpression) != nil else {
      throw nameField.error("expected a name of lower-case letters, digits and dashes, got `\(name)`")
    }
    guard let workloadField = fields["workload"] else { throw root.error("missing `workload`") }
    var manifest = AppManifest(name: name, workload: try readWorkload(workloadField))
    if let field = fields["policy"] { manifest.policy = try OwnerPolicy(yaml: field) }
    if let field = fields["budget"] { manifest.budget = .credits(try field.number(in: 0...1e12)) }
    if let field = fields["discovery"] {
      let text = try field.string()
      guard let mode = Discovery(rawValue: text) else {
        throw field.error("expected `redirect` or `hint`, got `\(text)`")
      }
      manifest.discovery = mode
    }
    if let field = fields["yards"] {
      manifest.yards = try field.sequence().map { entry in
        let url = try entry.string()
        guard url.hasPrefix("http://") else { throw entry.error("expected a URL like http://host:port") }
        return url
      }
    }
    manifest.yardDiscovery = try readYardDiscovery(fields["yard_discovery"], yards: manifest.yards)
    if let field = fields["latency"] { manifest.latency = try readLatency(field, folder: folder) }
    if let field = fields["seed"] { manifest.seed = UInt64(max(0, try field.integer())) }
    return manifest
  }

  private static func readWorkload(_ value: YAMLValue) throws -> Workload {
    let fields = try value.mapping(allowed: ["command", "image", "state_hooks", "memory_mib", "cpus"])
    guard fields["command"] != nil || fields["image"] != nil else {
      throw value.error("missing `command` (a process) or `image` (a container)")
    }
    var command: [String] = []
    if let commandField = fields["command"] {
      if case .sequence = commandField.node {
        command = try commandField.sequence().map { try $0.string() }
      } else {
        command = try commandField.string().split(separator: " ").map(String.init)
      }
      guard !command.isEmpty else { throw commandField.error("expected a command") }
    }
    var stateHooks = false
    if let field = fields["state_hooks"] {
      guard let flag = field.node.bool else { throw field.error("expected true or false") }
      stateHooks = flag
    }
    guard let imageField = fields["image"] else {
      for key in ["memory_mib", "cpus"] where fields[key] != nil {
        throw fields[key]!.error("limits apply to containers: give `image` too")
      }
      return Workload(command: command, stateHooks: stateHooks)
    }
    let image = try imageField.string()
    guard !image.isEmpty, !image.contains(where: \.isWhitespace) else {
      throw imageField.error("expected an image name, such as localhost/icon-demo-workload:latest")
    }
    return Workload(
      image: image, command: command, stateHooks: stateHooks,
      memoryMiB: try fields["memory_mib"].map { Int(try $0.number(in: 1...1_048_576)) },
      cpus: try fields["cpus"]?.number(in: 0.01...1024))
  }

  /// `yard_discovery: MODE`, or a mapping of `mode`, `dns` (HOST:PORT) and `paths` (traced or
  /// modelled); without it, `static` when
  /// `yards` lists any and `dns` when not.
  private static func readYardDiscovery(_ value: YAMLValue?, yards: [String]) throws -> YardDiscoverySettings
  {
    var settings = YardDiscoverySettings(mode: yards.isEmpty ? .dns : .static)
    guard let value else { return settings }
    func mode(_ field: YAMLValue) throws -> YardDiscoverySettings.Mode {
      let text = try field.string()
      guard let mode = YardDiscoverySettings.Mode(rawValue: text) else {
        throw field.error("expected `static`, `dns` or `both`, got `\(text)`")
      }
      return mode
    }
    if case .mapping = value.node {
      let fields = try value.mapping(allowed: ["mode", "dns", "paths"])
      if let field = fields["mode"] { settings.mode = try mode(field) }
      if let field = fields["dns"] {
        let server = try field.string()
        guard DNSServerAddress(server) != nil else {
          throw field.error("expected a DNS server as HOST:PORT with an IP address, got `\(server)`")
        }
        settings.server = server
      }
      if let field = fields["paths"] {
        let text = try field.string()
        guard let paths = YardDiscoverySettings.Paths(rawValue: text) else {
          throw field.error("expected `traced` or `modelled`, got `\(text)`")
        }
        settings.paths = paths
      }
    } else {
      settings.mode = try mode(value)
    }
    if settings.mode == .static && yards.isEmpty {
      throw value.error("`static` discovery needs a `yards` list; use `dns` to find yards along client paths")
    }
    return settings
  }

  private static func readLatency(_ value: YAMLValue, folder: String) throws -> LatencySettings {
    let fields = try value.mapping(allowed: ["mode", "topology", "per_hop_ms", "sites", "subnets"])
    var settings = LatencySettings()
    if let field = fields["mode"] {
      let text = try field.string()
      guard let mode = LatencySettings.Mode(rawValue: text) else {
        throw field.error("expected `measured` or `emulated`, got `\(text)`")
      }
      settings.mode = mode
    }
    if let field = fields["topology"] {
      let path = try field.string()
      settings.topology =
        path.hasPrefix("/") ? path : URL(fileURLWithPath: folder).appendingPathComponent(path).path
    }
    if let field = fields["per_hop_ms"] { settings.perHopMilliseconds = try field.number(in: 0...10_000) }
    if let field = fields["sites"] { settings.sites = try labels(field) }
    if let field = fields["subnets"] {
      for (subnet, node) in try labels(field) {
        guard let canonical = ClientSubnet.normalise(subnet) else {
          throw field.error("expected subnets like 127.0.1.0/24 or 2001:db8:1::/48, got `\(subnet)`")
        }
        settings.subnets[canonical.rawValue] = node
      }
    }
    if settings.mode == .emulated && settings.topology == nil {
      throw value.error("emulated latency needs a `topology` file")
    }
    return settings
  }

  private static func labels(_ value: YAMLValue) throws -> [String: String] {
    guard case .mapping(let mapping) = value.node else { throw value.error("expected a mapping") }
    var result: [String: String] = [:]
    for (key, entry) in mapping {
      guard let name = key.string, let label = entry.string else { throw value.error("expected text") }
      result[name] = label
    }
    return result
  }
}

/// A manifest that cannot be used, with the file, the line and what was expected.
public typealias ManifestError = ICONTopology.InputFileError
