import ICONTopology

/// Delays and hop counts between the network nodes clients, yards and ICONs sit at.
public protocol NetworkModel: AnyObject {
  /// Number of nodes.
  var nodeCount: Int { get }
  /// One-way delay in ms between two nodes (`.infinity` if unreachable).
  func delay(_ a: Int, _ b: Int) -> Double
  /// Network hops between two nodes (-1 if unreachable).
  func hopCount(_ a: Int, _ b: Int) -> Int
}

extension PathLatencies: NetworkModel {
  public var nodeCount: Int { topology.nodes.count }

  public func hopCount(_ a: Int, _ b: Int) -> Int { hops(from: a)[b] }
}
