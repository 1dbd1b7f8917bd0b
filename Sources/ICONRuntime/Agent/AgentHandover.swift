import ICONCore

/// Where an agent's ICON stands, as a value: serving, handing its engine over to a migration target
/// (or receiving it there), or terminated behind a stub. Transitions take the time and what the agent
/// observes, and return what the agent must do; the agent keeps the sockets, the engine and the timers.
///
///     standby ─ engine arrives ─▶ arriving ─ workload restored ─▶ serving
///     serving ─ move ordered (target launched) ─▶ draining ─ no request in flight, no replica
///       starting (or the deadline) ─▶ packing ─ engine taken ─▶ handingOver ─ engine sent ─▶ moved
///     serving ─ terminated ─▶ terminating ─ messages to the heir flushed ─▶ terminated
package struct AgentHandover: Equatable, Sendable {
  /// The phases of an agent's ICON.
  package enum Phase: Equatable, Sendable {
    /// A migration target waiting for the ICON's engine.
    case standby
    /// The engine arrived; the workload's file system and state follow before clients are served.
    case arriving
    /// The engine runs here and clients are served.
    case serving
    /// The engine ordered the move to `target`: new requests wait while those in flight finish and
    /// the replicas it launches report, until `deadline` at the latest for the replicas.
    case draining(target: String, stubTTL: Duration, deadline: Instant)
    /// The workload's state (and container) is being collected; the engine still runs here.
    case packing(target: String, stubTTL: Duration)
    /// The engine is on its way to `target`; messages to the ICON are sent on there.
    case handingOver(target: String, stubTTL: Duration)
    /// The ICON lives at this URL; the agent answers with redirects.
    case moved(String)
    /// The ICON terminated; messages to its heir go out before its stub sends clients to `location`.
    case terminating(location: String?)
    /// The ICON's stub sends clients to this URL (or answers 410 Gone).
    case terminated(String?)
  }

  /// What a transition asks the agent to do.
  package enum Effect: Equatable, Sendable {
    /// Pause clients and let the requests in flight finish: the ICON's address is now `target`.
    case pauseClients(target: String)
    /// Send the engine, its timers and the workload's state to `target`.
    case sendEngine(target: String, stubTTL: Duration)
    /// Stop the workload and have the yard keep a stub to `location` for `stubTTL`.
    case leave(location: String, stubTTL: Duration)
    /// Start serving clients and observing traffic and yards.
    case serve
  }

  /// How long a move waits for the replicas being launched to report before the engine goes anyway.
  package static let replicaWait = Duration.seconds(30)

  /// The current phase.
  package private(set) var phase: Phase
  /// The instance a migration launch started, until the engine orders the move there.
  package private(set) var launchedTarget: String?

  /// A fresh ICON serves at once; a migration target waits for the engine.
  package init(fresh: Bool) { phase = fresh ? .serving : .standby }

  /// How client requests are treated in this phase.
  var clientMode: ClientRouting.Mode {
    switch phase {
    case .standby, .arriving: .standby
    case .serving, .terminating: .serving
    case .draining, .packing, .handingOver: .paused
    case .moved(let target): .moved(target)
    case .terminated(let location): .stub(location)
    }
  }

  /// Where the engine went, once it left: control messages are sent on there.
  package var engineAway: String? {
    switch phase {
    case .handingOver(let target, _), .moved(let target): target
    default: nil
    }
  }

  /// Whether traffic is sampled and yards are polled: while the engine runs here.
  package var observes: Bool {
    switch phase {
    case .serving, .draining, .packing: true
    default: false
    }
  }

  /// Whether a move waits for requests in flight and starting replicas.
  package var isDraining: Bool {
    if case .draining = phase { true } else { false }
  }

  /// A migration launch answered from `url`.
  package mutating func migrationLaunched(at url: String) { launchedTarget = url }

  /// The engine ordered the move to the instance it launched: clients pause. Nothing happens without a
  /// launched target, or when the engine is not running here.
  package mutating func moveOrdered(stubTTL: Duration, now: Instant) -> Effect? {
    guard phase == .serving || phase == .arriving, let target = launchedTarget else { return nil }
    launchedTarget = nil
    phase = .draining(target: target, stubTTL: stubTTL, deadline: now + Self.replicaWait)
    return .pauseClients(target: target)
  }

  /// While draining, whether the engine may go: no request is in flight, and no replica it launched
  /// is still starting (or `now` is past the deadline for them).
  package mutating func drainProgress(inFlight: Int, replicasStarting: Bool, now: Instant) -> Effect? {
    guard case .draining(let target, let stubTTL, let deadline) = phase, inFlight == 0,
      !replicasStarting || now >= deadline
    else { return nil }
    phase = .packing(target: target, stubTTL: stubTTL)
    return .sendEngine(target: target, stubTTL: stubTTL)
  }

  /// The engine's snapshot was taken: from now on it belongs to the target.
  package mutating func engineTaken() {
    guard case .packing(let target, let stubTTL) = phase else { return }
    phase = .handingOver(target: target, stubTTL: stubTTL)
  }

  /// The engine was handed to the target (or given up on): this agent answers for it with redirects.
  package mutating func engineSent() -> Effect? {
    guard case .handingOver(let target, let stubTTL) = phase else { return nil }
    phase = .moved(target)
    return .leave(location: target, stubTTL: stubTTL)
  }

  /// The engine terminated the ICON; its stub will send clients to `location`.
  package mutating func terminated(location: String?) {
    switch phase {
    case .serving, .arriving, .draining: phase = .terminating(location: location)
    default: break
    }
  }

  /// The messages to the heir went out: the stub answers.
  package mutating func heirInformed() {
    guard case .terminating(let location) = phase else { return }
    phase = .terminated(location)
  }

  /// The engine arrives from the migration's source; refused unless this agent waits for it.
  package mutating func engineArrived() -> Bool {
    guard phase == .standby else { return false }
    phase = .arriving
    return true
  }

  /// The workload's file system and state arrived: serve, unless the engine meanwhile terminated
  /// (`engineActive` false) or ordered a move on.
  package mutating func workloadRestored(engineActive: Bool) -> Effect? {
    guard phase == .arriving, engineActive else { return nil }
    phase = .serving
    return .serve
  }
}
