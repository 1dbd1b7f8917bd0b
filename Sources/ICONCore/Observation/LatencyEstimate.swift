/// One latency estimate from a client subnet to a site.
public struct LatencyEstimate: Hashable, Codable, Sendable {
  /// The client subnet.
  public var subnet: SubnetID
  /// The site.
  public var site: SiteID
  /// Estimated latency in milliseconds.
  public var milliseconds: Double

  /// An estimate of `milliseconds` from `subnet` to `site`.
  public init(subnet: SubnetID, site: SiteID, milliseconds: Double) {
    self.subnet = subnet
    self.site = site
    self.milliseconds = milliseconds
  }
}
