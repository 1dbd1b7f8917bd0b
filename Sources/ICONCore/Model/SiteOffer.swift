/// What a yard offers at one site: the lease price per time slot, the slot length and its free capacity.
public struct SiteOffer: Hashable, Codable, Sendable {
  /// The site the yard runs at.
  public var site: SiteID
  /// The lease charged for each started slot.
  public var pricePerSlot: Money
  /// The length of one lease slot.
  public var slot: Duration
  /// How many more instances the yard will host.
  public var freeCapacity: Int

  /// An offer; every argument but the site has a default.
  public init(
    site: SiteID, pricePerSlot: Money = 1, slot: Duration = .seconds(60), freeCapacity: Int = 16
  ) {
    self.site = site
    self.pricePerSlot = pricePerSlot
    self.slot = slot
    self.freeCapacity = freeCapacity
  }
}
