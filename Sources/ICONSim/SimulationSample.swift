import ICONCore

/// The state of a simulation at one instant, as the time series records it.
public struct SimulationSample: Hashable, Sendable {
  /// When.
  public var time: Instant
  /// Request-weighted mean one-way latency clients experience, in ms.
  public var meanLatency: Double
  /// Requests per second being served.
  public var requestRate: Double
  /// Live ICONs.
  public var instances: Int
  /// Instances that serve at least one client.
  public var servingInstances: Int
  /// Messages sent between ICONs so far.
  public var messages: Int
  /// Money spent on leases so far.
  public var spent: Money
  /// Money held by live ICONs.
  public var balance: Money
}
