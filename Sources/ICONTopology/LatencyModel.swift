import Foundation

/// How link lengths become one-way delays: great-circle distance (or the link's stated `dist`) at
/// `kilometresPerMillisecond` (light in fibre: 200 km/ms) plus a fixed cost per hop.
public struct LatencyModel: Hashable, Sendable {
  /// Propagation speed.
  public var kilometresPerMillisecond: Double
  /// Delay added by every link traversed (switching, queueing).
  public var perHopMilliseconds: Double

  /// A model; the defaults give the pure propagation delay of the Topology Zoo reference figures.
  public init(kilometresPerMillisecond: Double = 200, perHopMilliseconds: Double = 0) {
    self.kilometresPerMillisecond = kilometresPerMillisecond
    self.perHopMilliseconds = perHopMilliseconds
  }

  /// One-way delay of `link` in ms.
  public func delay(of link: TopologyLink, in topology: Topology) -> Double {
    let kilometres =
      link.distanceKm ?? Self.greatCircleKilometres(topology.nodes[link.a], topology.nodes[link.b])
    return kilometres / kilometresPerMillisecond + perHopMilliseconds
  }

  /// Great-circle distance between two nodes (haversine, Earth radius 6371 km).
  public static func greatCircleKilometres(_ a: TopologyNode, _ b: TopologyNode) -> Double {
    let radians = Double.pi / 180
    let dLatitude = (b.latitude - a.latitude) * radians
    let dLongitude = (b.longitude - a.longitude) * radians
    let h =
      sin(dLatitude / 2) * sin(dLatitude / 2) + cos(a.latitude * radians) * cos(b.latitude * radians)
      * sin(dLongitude / 2) * sin(dLongitude / 2)
    return 2 * 6371 * asin(min(1, sqrt(h)))
  }
}
