import ICONRuntime
import Testing

/// The yard's rules for one instance, without SQLite, drivers or clocks.
@Suite struct InstanceLifecycleTests {
  static let slot = 60.0

  @Test func aDeployIsRefusedOnlyWhileTheICONStartsOrRunsHere() {
    for state: InstanceRecord.State in [.starting, .running] {
      #expect(
        InstanceLifecycle(state: state).deployRefusal(at: "http://y") == "already runs here at http://y")
    }
    for state: InstanceRecord.State in [.stub, .stopped, .failed, .ended] {
      #expect(InstanceLifecycle(state: state).deployRefusal(at: "http://y") == nil)
    }
  }

  @Test func aStartEndsRunningOrFailed() {
    var started = InstanceLifecycle(state: .starting)
    started.started()
    #expect(started.state == .running)
    var failed = InstanceLifecycle(state: .starting)
    failed.startFailed()
    #expect(failed.state == .failed)
  }

  @Test func aRunningInstanceWhoseAgentDiedIsHandledAsDeadBeforeAnythingElse() {
    var lifecycle = InstanceLifecycle(state: .running)
    // dead and long unpaid: the death comes first, its balance goes to escrow
    #expect(lifecycle.tidy(now: 1_000, paidAt: 0, slot: Self.slot, isAlive: { false }) == .handleDeath)
    #expect(lifecycle.state == .running, "the yard records the death with its heir")
    lifecycle.agentDied(heirKnown: true, now: 1_000, ttl: 30)
    #expect(lifecycle == InstanceLifecycle(state: .stub, stubExpires: 1_030, died: true))
    var orphan = InstanceLifecycle(state: .running)
    orphan.agentDied(heirKnown: false, now: 1_000, ttl: 30)
    #expect(orphan == InstanceLifecycle(state: .failed, died: true))
  }

  @Test func anUnpaidLeaseEvictsAfterTwoSlotsAndTwoSeconds() {
    var paid = InstanceLifecycle(state: .running)
    #expect(paid.tidy(now: 122, paidAt: 0, slot: Self.slot, isAlive: { true }) == nil)
    #expect(paid.state == .running)
    #expect(paid.tidy(now: 122.5, paidAt: 0, slot: Self.slot, isAlive: { true }) == .evict)
    #expect(paid.state == .ended)
  }

  @Test func aStubExpiresIntoARestorableStopOrTheEnd() {
    var restorable = InstanceLifecycle(state: .stub, stubExpires: 100, restorableUntil: 500)
    #expect(restorable.tidy(now: 99, paidAt: 0, slot: Self.slot, isAlive: { false }) == nil)
    #expect(
      restorable.tidy(now: 100, paidAt: 0, slot: Self.slot, isAlive: { false })
        == .endStub(keepWorkload: true))
    #expect(restorable.state == .stopped)
    #expect(restorable.tidy(now: 499, paidAt: 0, slot: Self.slot, isAlive: { false }) == nil)
    #expect(restorable.tidy(now: 500, paidAt: 0, slot: Self.slot, isAlive: { false }) == .discard)
    #expect(restorable.state == .ended)

    var gone = InstanceLifecycle(state: .stub, stubExpires: 100)
    #expect(
      gone.tidy(now: 100, paidAt: 0, slot: Self.slot, isAlive: { false }) == .endStub(keepWorkload: false))
    #expect(gone.state == .ended)
    #expect(gone.tidy(now: 10_000, paidAt: 0, slot: Self.slot, isAlive: { false }) == nil)
  }

  @Test func leavingAStubSetsItsExpiryAndTheRestorablePeriod() throws {
    var lifecycle = InstanceLifecycle(state: .running)
    try lifecycle.leaveStub(now: 10, ttl: 300, restorable: 600, reportedLost: false, isAlive: { true })
    #expect(lifecycle == InstanceLifecycle(state: .stub, stubExpires: 310, restorableUntil: 610))
    lifecycle.restored()
    #expect(lifecycle.restorableUntil == nil)
  }

  @Test func aReportOfLossIsRefusedWhileTheAgentRunsAndBadPeriodsAlways() {
    var alive = InstanceLifecycle(state: .running)
    #expect(throws: YardProblem.self) {
      try alive.leaveStub(now: 0, ttl: 60, restorable: 0, reportedLost: true, isAlive: { true })
    }
    #expect(alive.state == .running)
    #expect(throws: YardProblem.self) {
      try alive.leaveStub(now: 0, ttl: -1, restorable: 0, reportedLost: false, isAlive: { true })
    }
    var dead = InstanceLifecycle(state: .running)
    #expect(throws: Never.self) {
      try dead.leaveStub(now: 0, ttl: 60, restorable: 0, reportedLost: true, isAlive: { false })
    }
    #expect(dead.state == .stub)
  }

  @Test func aRestartedYardBuriesWhatWasStartingAndServesStubsWhoseAgentIsGone() {
    #expect(InstanceLifecycle(state: .starting).yardRestarted(now: 0, isAlive: { true }) == .handleDeath)
    #expect(InstanceLifecycle(state: .running).yardRestarted(now: 0, isAlive: { false }) == .handleDeath)
    #expect(InstanceLifecycle(state: .running).yardRestarted(now: 0, isAlive: { true }) == nil)
    let stub = InstanceLifecycle(state: .stub, stubExpires: 50)
    #expect(stub.yardRestarted(now: 10, isAlive: { false }) == .serveStub)
    #expect(stub.yardRestarted(now: 10, isAlive: { true }) == nil)
    #expect(stub.yardRestarted(now: 60, isAlive: { false }) == nil)
  }

  @Test func removingEndsAnyState() {
    var lifecycle = InstanceLifecycle(state: .stub, stubExpires: 5)
    lifecycle.removed()
    #expect(lifecycle.state == .ended)
  }
}
