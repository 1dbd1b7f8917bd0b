import Foundation
import ICONCore
import ICONTopology

/// Delays for graphs too large for a path search per message: the great-circle distance times a stretch
/// factor, plus a per-hop delay for an estimated hop count. Stretch and km per hop are measured on the
/// graph itself, from shortest-path searches out of a sample of nodes.
public final class GeographicNetwork: NetworkModel {
  /// The topology.
  public let topology: Topology
  /// The delay model.
  public let model: LatencyModel
  /// Mean ratio of path length to great-circle distance, measured.
  public let stretch: Double
  /// Mean great-circle km covered per hop, measured.
  public let kilometresPerHop: Double

  /// Each node's latitude and longitude in radians and the cosine of its latitude: a delay needs no
  /// more than two sines, a square root and an arcsine.
  private let positions: [(latitude: Double, longitude: Double, cosLatitude: Double)]

  /// Calibrates on `samples` shortest-path searches.
  public init(topology: Topology, model: LatencyModel = LatencyModel(), samples: Int = 16, seed: UInt64 = 1) {
    self.topology = topology
    self.model = model
    positions = topology.nodes.map { node in
      let radians = Double.pi / 180
      return (node.latitude * radians, node.longitude * radians, cos(node.latitude * radians))
    }
    let paths = PathLatencies(
      topology: topology, model: LatencyModel(kilometresPerMillisecond: model.kilometresPerMillisecond),
      cacheLimit: 1)
    var random = SplitMix64(seed: seed)
    var pathKilometres = 0.0
    var directKilometres = 0.0
    var hops = 0.0
    for _ in 0..<samples {
      let source = Int.random(in: 0..<topology.nodes.count, using: &random)
      let delays = paths.delays(from: source)
      let hopCounts = paths.hops(from: source)
      for target in topology.nodes.indices where target != source && delays[target].isFinite {
        pathKilometres += delays[target] * model.kilometresPerMillisecond
        directKilometres += LatencyModel.greatCircleKilometres(topology.nodes[source], topology.nodes[target])
        hops += Double(hopCounts[target])
      }
    }
    stretch = directKilometres > 0 ? pathKilometres / directKilometres : 1
    kilometresPerHop = hops > 0 ? directKilometres / hops : 1
  }

  public func delay(_ a: Int, _ b: Int) -> Double {
    guard a != b else { return 0 }
    let kilometres = distance(a, b)
    return kilometres * stretch / model.kilometresPerMillisecond + model.perHopMilliseconds
      * Double(hops(kilometres))
  }

  /// The estimated number of hops between two nodes.
  public func hopCount(_ a: Int, _ b: Int) -> Int { a == b ? 0 : hops(distance(a, b)) }

  private func hops(_ kilometres: Double) -> Int { max(1, Int((kilometres / kilometresPerHop).rounded())) }

  /// Great-circle kilometres between two nodes (haversine over the node positions prepared at start, as
  /// `LatencyModel.greatCircleKilometres` computes it).
  private func distance(_ a: Int, _ b: Int) -> Double {
    let (from, to) = (positions[a], positions[b])
    let halfLatitude = sin((to.latitude - from.latitude) / 2)
    let halfLongitude = sin((to.longitude - from.longitude) / 2)
    let h = halfLatitude * halfLatitude + from.cosLatitude * to.cosLatitude * halfLongitude * halfLongitude
    return 2 * 6371 * asin(min(1, sqrt(h)))
  }
}
