/// One way of serving some demand: from a site, at a price, with the latencies clients would see there.
public struct PlacementCandidate: Hashable, Sendable {
  /// The site considered.
  public var site: SiteID
  /// The lease per slot the placement adds (zero for a site whose lease is paid anyway).
  public var price: Money
  /// Free capacity the site advertises.
  public var freeCapacity: Int
  /// The demand it would serve, with latencies as seen from `site`.
  public var demand: [ServedDemand]

  /// A candidate serving `demand` from `site` for `price` per slot.
  public init(site: SiteID, price: Money, freeCapacity: Int = 1, demand: [ServedDemand]) {
    self.site = site
    self.price = price
    self.freeCapacity = freeCapacity
    self.demand = demand
  }

  /// Total requests per second served (Σ λ_i).
  public var totalRate: Double { demand.reduce(0) { $0 + $1.rate } }

  /// Demand-weighted latency Σ λ_i · l_ij, in req/s × ms.
  public var weightedLatency: Double { demand.reduce(0) { $0 + $1.rate * $1.latency } }
}
