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

  /// The highest lease per slot an offer may ask: a million credits (so that a price times any owner
  /// parameter's count of slots stays far below ``Money/limit``'s overflow).
  public static let priceLimit = Money(microcredits: 1_000_000_000_000)

  /// What makes this offer unusable (a price outside `0…priceLimit`, a slot that is not between a
  /// millisecond and a day, a negative capacity), or nil.
  public var problem: String? {
    if pricePerSlot < .zero || SiteOffer.priceLimit < pricePerSlot {
      return "price \(pricePerSlot) is outside 0…\(SiteOffer.priceLimit)"
    }
    if slot < .milliseconds(1) || slot > .seconds(86_400) {
      return "slot \(slot) is not between 1 ms and a day"
    }
    if freeCapacity < 0 { return "capacity \(freeCapacity) is negative" }
    return nil
  }
}
