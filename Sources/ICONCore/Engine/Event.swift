/// Something that happens to an ICON. The shell hands each event to ``ICONEngine/handle(_:now:)``.
public enum Event: Hashable, Sendable {
  /// The ICON's instance is running: arm timers and pay the first lease slot.
  case started
  /// The ICON runs again after a pause in which it could hear nobody (a migration's hand-over): the
  /// pause is not its peers' silence.
  case resumed
  /// A timer the engine set has fired.
  case timer(TimerID)
  /// A message from another ICON.
  case received(Envelope)
  /// Requests this ICON served, per client subnet, since the last sample.
  case traffic([TrafficSample])
  /// Offers from yards (discovery); an unusable one (see ``SiteOffer/problem``) is refused.
  case offers([SiteOffer])
  /// Latency estimates from client subnets to sites (probes, tomography or a model).
  case latencies([LatencyEstimate])
  /// Everything discovery knows at once, replacing what the engine knew: shells that share one
  /// catalogue among many engines share its storage too. Taken as it is: for shells that built it
  /// themselves (the simulator), not for what came from the network.
  case catalogue(offers: [SiteID: SiteOffer], latencies: LatencyTable)
  /// An instance the engine asked for is running.
  case launchSucceeded(launchID: String)
  /// An instance the engine asked for could not be started.
  case launchFailed(launchID: String, reason: String)
  /// The owner's command, accepted only by an origin.
  case owner(OwnerCommand)
  /// A peer's instance died: its yard found the process gone and the shell saw that it no longer
  /// answers. A child is given up, and a lost parent repaired, at once instead of after their silence.
  case peerDied(ICONID)
}

/// What an owner can tell an origin.
public enum OwnerCommand: Hashable, Codable, Sendable {
  /// Replace the policy; its version must be newer than the current one.
  case updatePolicy(OwnerPolicy)
  /// Add money to the application's budget.
  case addBudget(Money)
}
