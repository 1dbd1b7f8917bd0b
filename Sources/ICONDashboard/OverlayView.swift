import Foundation
import ICONCore
import ICONRuntime
import ICONTopology
import ICONTrust

/// One reading of a running overlay, as the dashboard draws it: the places on the map, the ICONs of the
/// tree at their sites with their load, latency and balance, and the client groups with their rates.
public struct OverlayView: Codable, Sendable, Equatable {
  /// A named place at its coordinates: a site or a client group's city.
  public struct Place: Codable, Sendable, Equatable {
    public var name: String
    public var latitude: Double
    public var longitude: Double
  }

  /// One ICON of the tree.
  public struct Node: Codable, Sendable, Equatable {
    /// Its full id.
    public var id: String
    /// Its name without the key fingerprint, as `icon app tree` shows it.
    public var name: String
    /// Its parent's name (nil for the origin).
    public var parent: String?
    public var site: String
    public var requestsPerSecond: Double
    public var meanLatencyMilliseconds: Double
    /// Its balance, in credits.
    public var balance: Double
    /// The origin's election epoch it knows.
    public var epoch: UInt64
    /// Requests it refused so far (all kinds).
    public var refused: Int
    /// serving, paused, moved, …
    public var mode: String

    /// An ICON; see the properties for the meaning of each argument.
    public init(
      id: String, name: String, parent: String?, site: String, requestsPerSecond: Double,
      meanLatencyMilliseconds: Double, balance: Double, epoch: UInt64, refused: Int, mode: String
    ) {
      self.id = id
      self.name = name
      self.parent = parent
      self.site = site
      self.requestsPerSecond = requestsPerSecond
      self.meanLatencyMilliseconds = meanLatencyMilliseconds
      self.balance = balance
      self.epoch = epoch
      self.refused = refused
      self.mode = mode
    }
  }

  /// The clients of one subnet.
  public struct ClientGroup: Codable, Sendable, Equatable {
    public var subnet: String
    /// The place they are at (their city when known, else the site of the ICON serving them).
    public var place: String
    public var requestsPerSecond: Double
    /// The ICON that serves most of them.
    public var servedBy: String
  }

  /// The application's id.
  public var application: String
  /// When it was read (seconds since 1970).
  public var at: Double
  public var places: [Place]
  /// Links between places (pairs of names), drawn faintly under the tree.
  public var links: [[String]]
  /// The tree, depth first from the origin.
  public var icons: [Node]
  public var clients: [ClientGroup]

  /// The view of `tree` (depth first, the origin first) on `geography`, read at `at`.
  public init(tree: [AgentStatus], geography: Geography, at: Double) {
    application = tree.first?.application.rawValue ?? ""
    self.at = at
    icons = tree.map { status in
      OverlayView.Node(
        id: status.icon.rawValue, name: ApplicationIdentity.shortName(of: status.icon),
        parent: status.parent.map { ApplicationIdentity.shortName(of: $0) }, site: status.site.rawValue,
        requestsPerSecond: status.requestsPerSecond, meanLatencyMilliseconds: status.meanLatencyMilliseconds,
        balance: status.balance.credits, epoch: status.epoch,
        refused: status.refusedRequests.values.reduce(0, +),
        mode: status.mode)
    }
    var groups: [String: (rate: Double, best: Double, servedBy: String, site: String)] = [:]
    for status in tree {
      for subnet in status.subnets where subnet.requestsPerSecond > 0 {
        let key = subnet.subnet.rawValue
        var group = groups[key] ?? (0, -1, "", status.site.rawValue)
        group.rate += subnet.requestsPerSecond
        if subnet.requestsPerSecond > group.best {
          group = (
            group.rate, subnet.requestsPerSecond, ApplicationIdentity.shortName(of: status.icon),
            status.site.rawValue
          )
        }
        groups[key] = group
      }
    }
    clients = groups.keys.sorted().map { subnet in
      let group = groups[subnet]!
      return ClientGroup(
        subnet: subnet, place: geography.subnetPlaces[subnet] ?? group.site, requestsPerSecond: group.rate,
        servedBy: group.servedBy)
    }
    let used = Set(icons.map(\.site) + clients.map(\.place))
    places = geography.places.filter { geography.drawsAll || used.contains($0.name) }
    let drawn = Set(places.map(\.name))
    links = geography.links.filter { drawn.contains($0[0]) && drawn.contains($0[1]) }
  }
}

/// Where things are: coordinates of sites and cities, the links between them, and the city of each
/// client subnet. Empty when nothing is known; the dashboard then lays the sites out on a ring.
public struct Geography: Sendable {
  public var places: [OverlayView.Place] = []
  public var links: [[String]] = []
  /// Client subnets and the places they are at.
  public var subnetPlaces: [String: String] = [:]
  /// Whether every place is drawn (a backbone), or only those in use.
  public var drawsAll = true

  /// The most places drawn: beyond it, only the places in use.
  public static let placeLimit = 500

  /// No coordinates.
  public init() {}

  /// The nodes of `topology` (by label) and its links; `subnets` maps client subnets to node labels.
  public init(topology: Topology, subnets: [String: String]) {
    places = topology.nodes.map {
      OverlayView.Place(name: $0.label, latitude: $0.latitude, longitude: $0.longitude)
    }
    links = topology.links.map { [topology.nodes[$0.a].label, topology.nodes[$0.b].label] }
    subnetPlaces = subnets
    drawsAll = places.count <= Self.placeLimit
  }

  /// From a manifest: its latency topology and client subnets, when it names them and the file reads.
  public init(manifest: AppManifest) throws {
    guard let file = manifest.latency.topology else {
      self.init()
      return
    }
    self.init(topology: try Topology.load(path: file), subnets: manifest.latency.subnets)
  }
}
