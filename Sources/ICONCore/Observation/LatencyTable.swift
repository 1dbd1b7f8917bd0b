/// Latency estimates (ms) from client subnets to candidate sites, as learned from probes, network
/// tomography or a topology model. Missing entries mean "unknown", never "zero".
public struct LatencyTable: Hashable, Sendable {
  private var estimates: [SubnetID: [SiteID: Double]] = [:]

  /// An empty table.
  public init() {}

  /// Records (or replaces) the estimate from `subnet` to `site`.
  public mutating func record(_ estimate: LatencyEstimate) {
    estimates[estimate.subnet, default: [:]][estimate.site] = estimate.milliseconds
  }

  /// The estimate from `subnet` to `site`, if one is known.
  public func latency(from subnet: SubnetID, to site: SiteID) -> Double? {
    estimates[subnet]?[site]
  }
}

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
