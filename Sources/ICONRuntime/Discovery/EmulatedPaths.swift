import ICONCore
import ICONDiscovery

/// The paths of an emulated network, as a trace would see them: from an agent's site to a client
/// subnet's node, the topology's shortest path, each node on the way (the subnet's own last, as its
/// clients' access router) answering from a router address of its own (``routerAddress(of:)``). With
/// it, discovery on loopback follows the modelled backbone.
public struct EmulatedPaths: PathProbe {
  let latency: EmulatedLatency
  let site: SiteID

  /// The paths from `site` in `latency`'s model.
  public init(latency: EmulatedLatency, from site: SiteID) {
    self.latency = latency
    self.site = site
  }

  public func trace(to destination: IPAddress) async throws -> TracedPath {
    guard let subnet = ClientSubnet.of(address: destination.description),
      let routers = latency.routers(from: site, to: subnet)
    else { throw PathTraceError("the model places no path from \(site) to \(destination)") }
    return TracedPath(
      destination: destination, hops: routers.map(Self.routerAddress(of:)), reachedDestination: true)
  }

  /// The address topology node `node` answers from: 127.255.0.0/16, one address per node.
  public static func routerAddress(of node: Int) -> IPAddress {
    IPAddress(bytes: [127, 255, UInt8((node >> 8) & 0xff), UInt8(node & 0xff)])!
  }
}
