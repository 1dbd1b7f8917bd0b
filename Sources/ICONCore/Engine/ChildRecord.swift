/// What a parent knows about one child.
public struct ChildRecord: Hashable, Sendable {
  /// Where the child runs.
  public var site: SiteID
  /// When the child was last heard from.
  public var lastHeard: Instant
  /// The child's latest report, if any arrived yet.
  public var report: Report?
  /// Client subnets the parent routes to this child.
  public var subnets: [SubnetID]

  /// A child at `site`, heard from at `lastHeard`, serving `subnets`.
  public init(site: SiteID, lastHeard: Instant, report: Report? = nil, subnets: [SubnetID]) {
    self.site = site
    self.lastHeard = lastHeard
    self.report = report
    self.subnets = subnets
  }
}
