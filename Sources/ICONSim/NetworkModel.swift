import ICONTopology

/// One-way delays between the network nodes clients, yards and ICONs sit at.
public protocol NetworkModel: AnyObject {
  /// One-way delay in ms between two nodes (`.infinity` if unreachable).
  func delay(_ a: Int, _ b: Int) -> Double
}

extension PathLatencies: NetworkModel {}
