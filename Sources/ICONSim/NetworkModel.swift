import ICONTopology

/// One-way delays between the network nodes clients, yards and ICONs sit at.
public protocol NetworkModel: AnyObject {
  /// One-way delay in ms between two nodes (`.infinity` if unreachable).
  func delay(_ a: Int, _ b: Int) -> Double
  /// The nodes on the path from `a` to `b`, both included; empty if unreachable.
  func route(_ a: Int, _ b: Int) -> [Int]
}

extension NetworkModel {
  /// A model without paths knows only the ends.
  public func route(_ a: Int, _ b: Int) -> [Int] { a == b ? [a] : [a, b] }
}

extension PathLatencies: NetworkModel {
  public func route(_ a: Int, _ b: Int) -> [Int] { path(from: a, to: b) }
}
