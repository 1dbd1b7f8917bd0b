/// What an engine wants its shell to do. The shell carries directives out in order.
public enum Directive: Hashable, Sendable {
  /// Deliver a message.
  case send(Envelope)
  /// Fire `TimerID` at the instant (replacing an earlier setting of the same timer).
  case setTimer(TimerID, at: Instant)
  /// Forget a timer.
  case cancelTimer(TimerID)
  /// Start an instance at a yard.
  indirect case launch(Launch)
  /// The migration target is up: copy the workload's state from `from` to `to`, switch clients over,
  /// leave a redirect stub at `from` for `stubTTL`, stop the old instance.
  case completeMigration(from: SiteID, to: SiteID, stubTTL: Duration)
  /// Stop this ICON's instance at `site`, keep it restorable for `restorableFor` (soft termination),
  /// and leave a stub redirecting its clients to `redirectTo` for `stubTTL`.
  case stop(site: SiteID, restorableFor: Duration, redirectTo: ICONID?, stubTTL: Duration)
  /// Send the clients of a lost ICON (at `site`) to `to` instead.
  case redirectClients(of: ICONID, site: SiteID, to: ICONID)
  /// From now on, requests from these subnets go to these child ICONs; others are served here.
  case updateRoutes([Route])
  /// Pay the lease for the slot starting now.
  case payLease(site: SiteID, amount: Money)
  /// Ask the owner for more money (the origin could not fund a request).
  case requestOwnerFunds(Money)
  /// Log or count something.
  case note(EngineNote)
  /// An input was misaddressed, stale, from the wrong peer or not allowed now; nothing changed.
  case rejected(Refusal)
}

/// Requests from `subnet` are redirected to `via`, a child whose subtree serves them.
public struct Route: Hashable, Codable, Sendable {
  /// The client subnet.
  public var subnet: SubnetID
  /// The ICON to redirect to: a child, or an ICON of the tree at a site this one was denied.
  public var via: ICONID

  /// Routes `subnet` via `via`.
  public init(subnet: SubnetID, via: ICONID) {
    self.subnet = subnet
    self.via = via
  }
}
