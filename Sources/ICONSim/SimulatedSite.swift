import ICONCore

/// A yard in the simulation: an offer at a network node.
public struct SimulatedSite: Hashable, Sendable {
  /// The yard's offer.
  public var offer: SiteOffer
  /// The network node it runs at.
  public var node: Int

  /// A yard with `offer` at `node`.
  public init(offer: SiteOffer, node: Int) {
    self.offer = offer
    self.node = node
  }
}
