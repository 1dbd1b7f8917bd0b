/// Latency estimates (ms) from client subnets to candidate sites, as learned from probes, network
/// tomography or a topology model. Missing entries mean "unknown", never "zero".
public struct LatencyTable: Hashable, Codable, Sendable {
  private var estimates: [SubnetID: [SiteID: Double]] = [:]

  /// An empty table.
  public init() {}

  /// Records (or replaces) the estimate from `subnet` to `site`.
  public mutating func record(_ estimate: LatencyEstimate) {
    estimates[estimate.subnet, default: [:]][estimate.site] = estimate.milliseconds
  }

  /// True if no estimate is known.
  public var isEmpty: Bool { estimates.isEmpty }

  /// The estimate from `subnet` to `site`, if one is known.
  public func latency(from subnet: SubnetID, to site: SiteID) -> Double? {
    estimates[subnet]?[site]
  }
}
