/// What a parent knows about one child.
public struct ChildRecord: Hashable, Codable, Sendable {
  /// Where the child runs.
  public var site: SiteID
  /// When the child was last heard from.
  public var lastHeard: Instant
  /// The child's latest report, if any arrived yet.
  public var report: Report?
  /// Client subnets the child's subtree reports serving (or was handed at replication).
  public var subnets: [SubnetID]
  /// New client subnets the parent redirected to this child because its site is closer to them, each
  /// with the instant until which the redirection holds without the child reporting the subnet.
  public var delegated: [SubnetID: Instant] = [:]

  /// A child at `site`, heard from at `lastHeard`, serving `subnets`.
  public init(site: SiteID, lastHeard: Instant, report: Report? = nil, subnets: [SubnetID]) {
    self.site = site
    self.lastHeard = lastHeard
    self.report = report
    self.subnets = subnets
  }

  /// Every subnet the parent routes to this child.
  public var routedSubnets: Set<SubnetID> { Set(subnets).union(delegated.keys) }
}
