/// A parent's answer to a report or an attach request: the heartbeat child ICONs watch, and the tree
/// knowledge they need for recovery.
public struct ParentAck: Hashable, Codable, Sendable {
  /// The origin of the tree.
  public var origin: ICONID
  /// Where the parent runs.
  public var parentSite: SiteID
  /// The receiver's ancestors, nearest first: its parent, grandparent, …, the origin.
  public var ancestors: [ICONID]
  /// The receiver's siblings (its recovery links), sorted; the receiver may be named among them (a
  /// parent sends all its children one list, its children), and ignores its own name.
  public var siblings: [ICONID]
  /// The parent's policy, included when it is newer than the child's.
  public var policy: OwnerPolicy?
  /// The version of the receiver's subtree lists the parent holds (`nil`: none): the receiver's reports
  /// leave the lists out while they stay at this version.
  public var listsVersion: UInt64?
  /// In the answer to an attach request only: the ICON of the adopting subtree that already runs at the
  /// orphan's site (the tree placed it there while the orphan was cut off). The orphan then terminates,
  /// handing clients, children and money to its new parent, so that no two ICONs of one tree share a site.
  public var siteHeldBy: ICONID?

  /// An acknowledgement; see the properties for the meaning of each argument.
  public init(
    origin: ICONID, parentSite: SiteID, ancestors: [ICONID], siblings: [ICONID], policy: OwnerPolicy?,
    listsVersion: UInt64? = nil, siteHeldBy: ICONID? = nil
  ) {
    self.origin = origin
    self.parentSite = parentSite
    self.ancestors = ancestors
    self.siblings = siblings
    self.policy = policy
    self.listsVersion = listsVersion
    self.siteHeldBy = siteHeldBy
  }
}
