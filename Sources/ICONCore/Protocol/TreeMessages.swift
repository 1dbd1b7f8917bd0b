/// A terminating ICON hands its children, clients and remaining budget to its parent (paper §4.2).
public struct Adoption: Hashable, Codable, Sendable {
  /// The children to adopt, with their sites.
  public var children: [AdoptedChild]
  /// The remaining budget, now the parent's.
  public var remainder: Money
  /// Why the ICON terminates.
  public var reason: String

  /// Hands over `children` and `remainder`.
  public init(children: [AdoptedChild], remainder: Money, reason: String) {
    self.children = children
    self.remainder = remainder
    self.reason = reason
  }
}

/// A child being handed to a new parent, as the new parent should record it until its first report.
public struct AdoptedChild: Hashable, Codable, Sendable {
  /// The child.
  public var id: ICONID
  /// Where it runs.
  public var site: SiteID
  /// The client subnets its subtree serves.
  public var subnets: [SubnetID]

  /// A child `id` at `site` serving `subnets`.
  public init(id: ICONID, site: SiteID, subnets: [SubnetID]) {
    self.id = id
    self.site = site
    self.subnets = subnets
  }
}

/// Tells a child that its parent terminated and who its parent is now.
public struct Reparent: Hashable, Codable, Sendable {
  /// The new parent.
  public var newParent: ICONID
  /// Where the new parent runs.
  public var parentSite: SiteID
  /// The child's new ancestors, nearest first.
  public var ancestors: [ICONID]
  /// The child's new siblings as far as the sender knows them, sorted: its recovery links until the new
  /// parent's first acknowledgement (should the new parent fail before that, the election needs them).
  public var siblings: [ICONID]

  /// Re-parents to `newParent`.
  public init(newParent: ICONID, parentSite: SiteID, ancestors: [ICONID], siblings: [ICONID] = []) {
    self.newParent = newParent
    self.parentSite = parentSite
    self.ancestors = ancestors
    self.siblings = siblings
  }
}

/// A candidate in an origin election, or (in ``Message/originElected(_:)``) its winner.
public struct ElectionCall: Hashable, Codable, Sendable {
  /// The epoch the election is for; the winner becomes origin at this epoch.
  public var epoch: UInt64
  /// The candidate.
  public var candidate: ICONID
  /// Where the candidate runs.
  public var site: SiteID
  /// The origin the caller lost, when it knows: the lost origin's other children join the election on
  /// hearing it, even before they notice the loss and even when they do not know the caller as a sibling.
  public var lostOrigin: ICONID?

  /// `candidate` at `site` stands in the election for `epoch`, called because `lostOrigin` was lost.
  public init(epoch: UInt64, candidate: ICONID, site: SiteID, lostOrigin: ICONID? = nil) {
    self.epoch = epoch
    self.candidate = candidate
    self.site = site
    self.lostOrigin = lostOrigin
  }
}
