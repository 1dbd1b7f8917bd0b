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

  /// Calibrates on `samples` shortest-path searches.
  public init(topology: Topology, model: LatencyModel = LatencyModel(), samples: Int = 16, seed: UInt64 = 1) {
    self.topology = topology
    self.model = model
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
    let kilometres = LatencyModel.greatCircleKilometres(topology.nodes[a], topology.nodes[b])
    return kilometres * stretch / model.kilometresPerMillisecond + model.perHopMilliseconds
      * Double(hopCount(a, b))
  }

  /// The estimated number of hops between two nodes.
  public func hopCount(_ a: Int, _ b: Int) -> Int {
    guard a != b else { return 0 }
    return max(
      1,
      Int(
        (LatencyModel.greatCircleKilometres(topology.nodes[a], topology.nodes[b]) / kilometresPerHop)
          .rounded()))
  }
}
