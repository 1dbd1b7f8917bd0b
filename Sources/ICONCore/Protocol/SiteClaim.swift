/// A request, passed up the tree to the origin, to start an instance at a site. Each ancestor denies it
/// at once if its subtree already uses the site; the origin grants it and reserves the site, so no two
/// ICONs of one application start at the same site at once.
public struct SiteClaim: Hashable, Codable, Sendable {
  /// Unique per requester.
  public var claimID: String
  /// The ICON that wants to start an instance.
  public var requester: ICONID
  /// The site it wants.
  public var site: SiteID

  /// A claim by `requester` for `site`.
  public init(claimID: String, requester: ICONID, site: SiteID) {
    self.claimID = claimID
    self.requester = requester
    self.site = site
  }
}

/// The answer to a ``SiteClaim``, passed back down the path the claim came up.
public struct SiteClaimReply: Hashable, Codable, Sendable {
  /// The claim answered.
  public var claim: SiteClaim
  /// Whether the requester may start at the site.
  public var granted: Bool
  /// Why a claim was denied.
  public var reason: String?
  /// For a site denied as in use: the ICON there, when it is a child of the one denying (never the one
  /// denying, an ancestor that routes the requester's clients to it). The requester may send it the
  /// clients it would serve clearly better.
  public var occupant: ICONID?

  /// An answer to `claim`.
  public init(claim: SiteClaim, granted: Bool, reason: String? = nil, occupant: ICONID? = nil) {
    self.claim = claim
    self.granted = granted
    self.reason = reason
    self.occupant = occupant
  }
}
