/// An instance the engine asks its shell to start at a yard.
public struct Launch: Hashable, Codable, Sendable {
  /// Reported back in ``Event/launchSucceeded(launchID:)`` or ``Event/launchFailed(launchID:reason:)``.
  public var launchID: String
  /// The yard's offer the instance runs under.
  public var site: SiteOffer
  /// What the instance is for.
  public var purpose: Purpose

  /// Why an instance is started.
  public enum Purpose: Hashable, Codable, Sendable {
    /// A new replica: a full ICON that becomes a child of the launching one.
    case replica(EngineConfiguration)
    /// The launching ICON moves here; its state is copied when the instance is up.
    case migration
  }

  /// A launch of `purpose` at `site`.
  public init(launchID: String, site: SiteOffer, purpose: Purpose) {
    self.launchID = launchID
    self.site = site
    self.purpose = purpose
  }

  /// The money this launch carries to a new replica (in flight until the replica starts).
  public var money: Money {
    if case .replica(let configuration) = purpose { return configuration.budget }
    return .zero
  }
}
