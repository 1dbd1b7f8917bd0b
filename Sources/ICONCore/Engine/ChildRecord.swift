/// What a parent knows about one child.
public struct ChildRecord: Hashable, Codable, Sendable {
  /// Where the child runs.
  public var site: SiteID
  /// When the child was last heard from.
  public var lastHeard: Instant
  /// The child's latest report, if any arrived yet (its lists are kept in `sites` and `subnets`).
  public var report: Report?
  /// Client subnets the child's subtree reports serving (or was handed at replication).
  public var subnets: [SubnetID]
  /// Sites the child's subtree reports using.
  public var sites: [SiteID]
  /// The version of the subtree lists `subnets` and `sites` hold; `nil` if the child has not reported
  /// them (they were handed to it).
  public var listsVersion: UInt64?
  /// New client subnets the parent redirected to this child because its site is closer to them, each
  /// with the instant until which the redirection holds without the child reporting the subnet.
  public var delegated: [SubnetID: Instant] = [:]

  /// A child at `site`, heard from at `lastHeard`, serving `subnets`; the lists of `report`, if it
  /// carries them, are taken in place of `subnets`.
  public init(site: SiteID, lastHeard: Instant, report: Report? = nil, subnets: [SubnetID]) {
    self.site = site
    self.lastHeard = lastHeard
    self.report = report
    self.subnets = subnets
    self.sites = []
    self.listsVersion = nil
    if let report { takeLists(of: report) }
  }

  /// Takes the subtree lists `report` carries, with their version; returns false, keeping the lists
  /// held, if it carries none.
  @discardableResult
  mutating func takeLists(of report: Report) -> Bool {
    guard let reportedSubnets = report.subtreeSubnets, let reportedSites = report.subtreeSites else {
      return false
    }
    subnets = reportedSubnets
    sites = reportedSites
    listsVersion = report.listsVersion
    return true
  }

  /// Every subnet the parent routes to this child.
  public var routedSubnets: Set<SubnetID> { Set(subnets).union(delegated.keys) }
}
