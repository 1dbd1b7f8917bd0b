/// What a child tells its parent each report period, aggregated over its whole subtree (paper §3.1):
/// request rates are summed, latency is averaged weighted by requests.
public struct Report: Hashable, Codable, Sendable {
  /// Increases with every report the child sends.
  public var sequence: UInt64
  /// Where the child runs.
  public var site: SiteID
  /// Requests per second served by the child and all its descendants.
  public var requestRate: Double
  /// Mean latency (ms) over the same requests, weighted by request rate.
  public var meanLatency: Double
  /// Requests per second the child serves itself.
  public var ownRate: Double
  /// The child's balance.
  public var balance: Money
  /// Money the child could hand back without foundering itself.
  public var spare: Money
  /// Number of ICONs in the subtree, the child included.
  public var subtreeSize: Int
  /// Sites used by the subtree, sorted; `nil` when the parent already holds the lists of
  /// `listsVersion` (a report carries the lists only when they changed).
  public var subtreeSites: [SiteID]?
  /// Client subnets served in the subtree, sorted, which the parent routes to this child; `nil` with
  /// `subtreeSites`.
  public var subtreeSubnets: [SubnetID]?
  /// The newest policy version the child has.
  public var policyVersion: UInt64
  /// The version of the subtree's lists: it changes whenever they do.
  public var listsVersion: UInt64

  /// A report; see the properties for the meaning of each argument.
  public init(
    sequence: UInt64, site: SiteID, requestRate: Double, meanLatency: Double, ownRate: Double,
    balance: Money, spare: Money, subtreeSize: Int, subtreeSites: [SiteID]?, subtreeSubnets: [SubnetID]?,
    policyVersion: UInt64, listsVersion: UInt64 = 0
  ) {
    self.sequence = sequence
    self.site = site
    self.requestRate = requestRate
    self.meanLatency = meanLatency
    self.ownRate = ownRate
    self.balance = balance
    self.spare = spare
    self.subtreeSize = subtreeSize
    self.subtreeSites = subtreeSites
    self.subtreeSubnets = subtreeSubnets
    self.policyVersion = policyVersion
    self.listsVersion = listsVersion
  }
}
