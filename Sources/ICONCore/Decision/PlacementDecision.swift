/// What an ICON decided at a decision tick.
public enum PlacementDecision: Hashable, Codable, Sendable {
  /// Nothing beats staying as it is.
  case stay
  /// Move to `target`.
  case migrate(target: SiteOffer, gain: Double)
  /// Start a child at `target` for `subnets`, giving it `budget`.
  case replicate(target: SiteOffer, subnets: [SubnetID], budget: Money, gain: Double)
  /// Terminate: the ICON's value fell below the termination threshold.
  case terminate(value: Double)
}
