/// One instance's life at a yard, as a value: its state and the instants that end its stub, its
/// restorable period and its lease. Transitions take the time (seconds since 1970) and what the driver
/// sees, change the state, and say what the yard must do; the yard keeps SQLite and the driver calls.
///
///     starting ─ started ─▶ running ─ leaves a stub ─▶ stub ─ stub expires ─▶ stopped ─▶ ended
///        │                    │ ▲                        │ (restorable)
///        └ start fails ─▶ failed   └ agent dies (heir known: stub to the heir; else failed)
///     running ─ lease unpaid for two slots ─▶ ended;  any ─ removed ─▶ ended
package struct InstanceLifecycle: Equatable, Sendable {
  /// What the instance is doing.
  package var state: InstanceRecord.State
  /// When the stub stops answering.
  package var stubExpires: Double?
  /// Until when a soft-terminated instance can be restored.
  package var restorableUntil: Double?
  /// Whether the agent died (rather than left with a stub it asked for).
  package var died = false

  /// An instance in `state`, with the instants that end its stub and its restorable period.
  package init(
    state: InstanceRecord.State, stubExpires: Double? = nil, restorableUntil: Double? = nil,
    died: Bool = false
  ) {
    self.state = state
    self.stubExpires = stubExpires
    self.restorableUntil = restorableUntil
    self.died = died
  }

  /// What a transition asks the yard to do.
  package enum Effect: Equatable, Sendable {
    /// The agent died: discard its workload, hold its balance in escrow, send its clients to its heir.
    case handleDeath
    /// Serve the stub the yard answers with itself (its agent is gone).
    case serveStub
    /// The stub expired: stop serving it and stop the instance, keeping the workload when restorable.
    case endStub(keepWorkload: Bool)
    /// The restorable period is over: discard the workload and its saved state.
    case discard
    /// The lease went unpaid: stop the instance.
    case evict
  }

  /// Slots without a payment, plus this many seconds, before an instance is evicted.
  package static let leaseGraceSlots = 2.0
  package static let leaseGraceSeconds = 2.0

  /// Why a deploy of this ICON cannot start here now, or nil when it can.
  package func deployRefusal(at url: String) -> String? {
    state == .running || state == .starting ? "already runs here at \(url)" : nil
  }

  /// The driver failed to start the instance.
  package mutating func startFailed() { state = .failed }

  /// The agent listens.
  package mutating func started() { state = .running }

  /// The yard came back up: an instance that was starting, or whose agent is gone, died; a stub whose
  /// agent is gone and has time left is served by the yard again.
  package func yardRestarted(now: Double, isAlive: () -> Bool) -> Effect? {
    switch state {
    case .starting: .handleDeath
    case .running where !isAlive(): .handleDeath
    case .stub where (stubExpires ?? 0) > now && !isAlive(): .serveStub
    default: nil
    }
  }

  /// The periodic check, at `now`: a dead agent, an expired stub or restorable period, an unpaid lease.
  /// `paidAt` is the last payment (or the creation, before the first); `slot` the lease's length.
  package mutating func tidy(now: Double, paidAt: Double, slot: Double, isAlive: () -> Bool) -> Effect? {
    switch state {
    case .running where !isAlive():
      return .handleDeath
    case .stub where (stubExpires ?? 0) <= now:
      let restorable = (restorableUntil ?? 0) > now
      state = restorable ? .stopped : .ended
      return .endStub(keepWorkload: restorable)
    case .stopped where (restorableUntil ?? 0) <= now:
      state = .ended
      return .discard
    case .running where now - paidAt > slot * Self.leaseGraceSlots + Self.leaseGraceSeconds:
      state = .ended
      return .evict
    default:
      return nil
    }
  }

  /// The agent died. With a known heir the yard's stub sends clients there for `ttl`; without one
  /// the instance waits, failed, for the ICON elected in its place.
  package mutating func agentDied(heirKnown: Bool, now: Double, ttl: Double) {
    died = true
    state = heirKnown ? .stub : .failed
    stubExpires = heirKnown ? now + ttl : nil
  }

  /// The ICON asks for a stub (it moved or terminated), or a peer reports it lost. A report of loss is
  /// refused while the agent runs here: only the ICON itself leaves its stub.
  package mutating func leaveStub(
    now: Double, ttl: Double, restorable: Double, reportedLost: Bool, isAlive: () -> Bool
  ) throws(YardProblem) {
    guard ttl >= 0, restorable >= 0 else {
      throw .invalid("ttlSeconds and restorableSeconds must not be negative")
    }
    if reportedLost, state == .running, isAlive() {
      throw .conflict("the ICON is alive here: it keeps serving, and leaves its own stub when it goes")
    }
    state = .stub
    stubExpires = now + ttl
    restorableUntil = restorable > 0 ? now + restorable : nil
  }

  /// Its saved state went into a new replica: it is no longer restorable.
  package mutating func restored() { restorableUntil = nil }

  /// The owner or the provider removed it.
  package mutating func removed() { state = .ended }
}

extension YardStore.Row {
  /// The row's lifecycle fields as one value.
  var lifecycle: InstanceLifecycle {
    get {
      InstanceLifecycle(
        state: instanceState, stubExpires: stubExpires, restorableUntil: restorableUntil, died: died)
    }
    set {
      state = newValue.state.rawValue
      stubExpires = newValue.stubExpires
      restorableUntil = newValue.restorableUntil
      died = newValue.died
    }
  }
}
