/// The demand of one client subnet and the latency its clients would see from a given site.
public struct ServedDemand: Hashable, Codable, Sendable {
  /// The client subnet.
  public var subnet: SubnetID
  /// Requests per second (λ_i).
  public var rate: Double
  /// Latency in milliseconds experienced by this subnet's clients from the site (l_ij).
  public var latency: Double

  /// Demand of `rate` req/s from `subnet` at `latency` ms.
  public init(subnet: SubnetID, rate: Double, latency: Double) {
    self.subnet = subnet
    self.rate = rate
    self.latency = latency
  }

  /// The demand `observation` records for `subnet`, at the latency it observed.
  public init(subnet: SubnetID, observation: SubnetObservation) {
    self.init(subnet: subnet, rate: observation.rate, latency: observation.latency)
  }

  /// The same demand served from another site, at `latency` ms.
  public func at(latency: Double) -> ServedDemand {
    ServedDemand(subnet: subnet, rate: rate, latency: latency)
  }
}
