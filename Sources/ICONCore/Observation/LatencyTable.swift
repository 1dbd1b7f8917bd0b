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

  /// The number of subnets with estimates.
  public var subnetCount: Int { estimates.count }

  /// Forgets subnets until at most `limit` remain: first those not in `preferred`, lowest first, then
  /// the lowest of the rest.
  public mutating func keep(atMost limit: Int, preferring preferred: Set<SubnetID>) {
    guard estimates.count > limit else { return }
    let order = estimates.keys.sorted {
      (preferred.contains($0) ? 1 : 0, $0) < (preferred.contains($1) ? 1 : 0, $1)
    }
    for subnet in order.prefix(estimates.count - limit) { estimates[subnet] = nil }
  }

  /// True if no estimate is known.
  public var isEmpty: Bool { estimates.isEmpty }

  /// The estimates from `subnet` to every site that has one (one lookup for a subnet weighed against
  /// many sites).
  public func estimates(from subnet: SubnetID) -> [SiteID: Double] { estimates[subnet] ?? [:] }

  /// The estimate from `subnet` to `site`, if one is known.
  public func latency(from subnet: SubnetID, to site: SiteID) -> Double? {
    estimates[subnet]?[site]
  }
}
