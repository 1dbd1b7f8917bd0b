/// The timers an engine sets. Setting a timer that is already set moves it.
public enum TimerID: Hashable, Codable, Sendable {
  /// Report to the parent, check heartbeats, fold observations.
  case heartbeat
  /// Evaluate migration, replication and termination.
  case decision
  /// A lease slot ends: pay the next one.
  case leaseSlot
  /// A site claim got no answer.
  case claimTimeout(String)
  /// An attach request got no answer.
  case attachTimeout
  /// The election stops collecting candidates.
  case electionDeadline
}
