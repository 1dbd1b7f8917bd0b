/// A parent's answer to a report or an attach request: the heartbeat child ICONs watch, and the tree
/// knowledge they need for recovery.
public struct ParentAck: Hashable, Codable, Sendable {
  /// The origin of the tree.
  public var origin: ICONID
  /// Where the parent runs.
  public var parentSite: SiteID
  /// The receiver's ancestors, nearest first: its parent, grandparent, …, the origin.
  public var ancestors: [ICONID]
  /// The receiver's siblings (its recovery links), sorted.
  public var siblings: [ICONID]
  /// The parent's policy, included when it is newer than the child's.
  public var policy: OwnerPolicy? {
    get { newerPolicy?.policy }
    set { newerPolicy = newValue.map(PolicyBox.init) }
  }
  /// Kept out of line: most acknowledgements carry no policy, and every copy of one stays small.
  private var newerPolicy: PolicyBox?

  enum CodingKeys: String, CodingKey {
    case origin, parentSite, ancestors, siblings
    case newerPolicy = "policy"
  }

  /// An acknowledgement; see the properties for the meaning of each argument.
  public init(
    origin: ICONID, parentSite: SiteID, ancestors: [ICONID], siblings: [ICONID], policy: OwnerPolicy?
  ) {
    self.origin = origin
    self.parentSite = parentSite
    self.ancestors = ancestors
    self.siblings = siblings
    self.newerPolicy = policy.map(PolicyBox.init)
  }
}

/// An owner policy held by reference, for messages that only sometimes carry one; it compares, hashes
/// and encodes as the policy itself.
final class PolicyBox: Hashable, Codable, Sendable {
  let policy: OwnerPolicy

  init(_ policy: OwnerPolicy) { self.policy = policy }

  init(from decoder: any Decoder) throws { policy = try OwnerPolicy(from: decoder) }

  func encode(to encoder: any Encoder) throws { try policy.encode(to: encoder) }

  static func == (lhs: PolicyBox, rhs: PolicyBox) -> Bool { lhs.policy == rhs.policy }

  func hash(into hasher: inout Hasher) { policy.hash(into: &hasher) }
}
