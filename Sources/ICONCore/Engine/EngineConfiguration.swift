/// Everything an ICON engine needs to begin: who it is, where it runs, where it sits in the tree, the
/// owner's policy, its budget and its random seed.
public struct EngineConfiguration: Hashable, Codable, Sendable {
  /// This ICON.
  public var id: ICONID
  /// Its application.
  public var application: ApplicationID
  /// The offer of the yard it starts at.
  public var site: SiteOffer
  /// Its parent; `nil` for an origin.
  public var parent: ICONID?
  /// Where the parent runs.
  public var parentSite: SiteID?
  /// Ancestors, nearest first (parent … origin); empty for an origin.
  public var ancestors: [ICONID]
  /// The origin of its tree.
  public var origin: ICONID
  /// The origin epoch it starts in.
  public var epoch: UInt64
  /// The owner's policy.
  public var policy: OwnerPolicy
  /// Its starting balance.
  public var budget: Money
  /// Seed of its random number generator.
  public var seed: UInt64
  /// Client subnets handed to it by its parent at replication.
  public var subnets: [SubnetID]

  /// A configuration; see the properties for the meaning of each argument.
  public init(
    id: ICONID, application: ApplicationID, site: SiteOffer, parent: ICONID?, parentSite: SiteID?,
    ancestors: [ICONID], origin: ICONID, epoch: UInt64, policy: OwnerPolicy, budget: Money, seed: UInt64,
    subnets: [SubnetID] = []
  ) {
    self.id = id
    self.application = application
    self.site = site
    self.parent = parent
    self.parentSite = parentSite
    self.ancestors = ancestors
    self.origin = origin
    self.epoch = epoch
    self.policy = policy
    self.budget = budget
    self.seed = seed
    self.subnets = subnets
  }

  /// The configuration of an origin ICON, the one an owner deploys. Several origins of one application
  /// make a forest.
  public static func origin(
    id: ICONID, application: ApplicationID, site: SiteOffer, policy: OwnerPolicy = OwnerPolicy(),
    budget: Money, seed: UInt64
  ) -> EngineConfiguration {
    EngineConfiguration(
      id: id, application: application, site: site, parent: nil, parentSite: nil, ancestors: [],
      origin: id, epoch: 1, policy: policy, budget: budget, seed: seed)
  }
}
