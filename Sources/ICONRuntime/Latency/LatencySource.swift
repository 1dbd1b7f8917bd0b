import ICONCore
import ICONTopology

/// Where an agent's latency figures come from: estimates for the engine, and the delay a response
/// must carry so that clients feel the modelled network.
public protocol LatencySource: Sendable {
  /// Round-trip estimates in milliseconds from every client subnet it knows to each of `sites`.
  func estimates(sites: [SiteID]) -> [LatencyEstimate]
  /// The extra delay of a response to `subnet` served at `site`.
  func responseDelay(subnet: SubnetID, site: SiteID) -> Duration
  /// A client connection from `subnet` had this round trip (kernel TCP_INFO).
  func recordConnection(subnet: SubnetID, roundTripMilliseconds: Double)
  /// A probe from here to `site` had this round trip.
  func recordProbe(site: SiteID, roundTripMilliseconds: Double)
}

extension LatencySource {
  /// Ignored by sources that do not measure.
  public func recordConnection(subnet: SubnetID, roundTripMilliseconds: Double) {}
  /// Ignored by sources that do not measure.
  public func recordProbe(site: SiteID, roundTripMilliseconds: Double) {}
}

/// Latency from a topology model: client subnets and sites sit at nodes, a round trip is twice the
/// shortest-path delay (great-circle distance at 200 km/ms plus a per-hop delay). Loopback has no
/// delay of its own, so the proxy adds the modelled round trip to every response.
public struct EmulatedLatency: LatencySource {
  private let roundTrips: [SubnetID: [Double]]
  /// For each client subnet, the node before each node on its shortest path from the subnet's node.
  private let predecessors: [SubnetID: [Int32]]
  private let nodeOfSite: [SiteID: Int]

  /// A model of `settings` (mode `emulated`); throws when the topology cannot be read or a label
  /// names no node.
  public init(settings: LatencySettings) throws {
    guard let path = settings.topology else {
      throw ManifestError(file: "manifest", line: nil, problem: "emulated latency needs a topology file")
    }
    let topology = try Topology.load(path: path)
    let paths = PathLatencies(
      topology: topology, model: LatencyModel(perHopMilliseconds: settings.perHopMilliseconds))
    var roundTrips: [SubnetID: [Double]] = [:]
    var predecessors: [SubnetID: [Int32]] = [:]
    for (subnet, label) in settings.subnets {
      guard let node = topology.node(named: label) else {
        throw ManifestError(file: path, line: nil, problem: "subnet \(subnet): no node labelled `\(label)`")
      }
      roundTrips[SubnetID(subnet)] = paths.delays(from: node).map { $0 * 2 }
      predecessors[SubnetID(subnet)] = paths.predecessors(from: node)
    }
    var nodeOfSite: [SiteID: Int] = [:]
    for node in topology.nodes.indices { nodeOfSite[SiteID(topology.nodes[node].label)] = node }
    for (site, label) in settings.sites {
      guard let node = topology.node(named: label) else {
        throw ManifestError(file: path, line: nil, problem: "site \(site): no node labelled `\(label)`")
      }
      nodeOfSite[SiteID(site)] = node
    }
    self.roundTrips = roundTrips
    self.predecessors = predecessors
    self.nodeOfSite = nodeOfSite
  }

  /// The nodes on the modelled path from `site` to `subnet`, the site's own node left out and the
  /// subnet's node last (its clients hang off it, as off an access router); nil when either is not
  /// placed or no path joins them.
  public func routers(from site: SiteID, to subnet: SubnetID) -> [Int]? {
    guard let before = predecessors[subnet], var node = nodeOfSite[site], node < before.count else {
      return nil
    }
    var nodes: [Int] = []
    while before[node] >= 0 {
      node = Int(before[node])
      nodes.append(node)
    }
    guard !nodes.isEmpty || roundTrip(subnet: subnet, site: site) == 0 else { return nil }
    return nodes
  }

  /// The modelled round trip from `subnet` to `site`, in milliseconds, when both are placed.
  public func roundTrip(subnet: SubnetID, site: SiteID) -> Double? {
    guard let delays = roundTrips[subnet], let node = nodeOfSite[site] else { return nil }
    return delays[node]
  }

  public func estimates(sites: [SiteID]) -> [LatencyEstimate] {
    roundTrips.keys.sorted().flatMap { subnet in
      sites.compactMap { site in
        roundTrip(subnet: subnet, site: site).map {
          LatencyEstimate(subnet: subnet, site: site, milliseconds: $0)
        }
      }
    }
  }

  public func responseDelay(subnet: SubnetID, site: SiteID) -> Duration {
    guard let milliseconds = roundTrip(subnet: subnet, site: site), milliseconds.isFinite else {
      return .zero
    }
    return .microseconds(Int64(milliseconds * 1000))
  }
}
