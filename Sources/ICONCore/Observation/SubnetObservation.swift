/// The smoothed demand and latency of one client subnet as one ICON sees it.
public struct SubnetObservation: Hashable, Codable, Sendable {
  /// Smoothed requests per second.
  public var rate: Double
  /// Smoothed mean latency in ms (meaningful once `rate > 0`).
  public var latency: Double

  /// An observation of `rate` req/s at `latency` ms.
  public init(rate: Double, latency: Double) {
    self.rate = rate
    self.latency = latency
  }
}
