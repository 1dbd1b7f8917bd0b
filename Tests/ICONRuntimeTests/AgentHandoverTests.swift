import ICONCore
import ICONRuntime
import Testing

/// The agent's hand-over and termination, transition by transition, with time passed in.
@Suite struct AgentHandoverTests {
  static let ttl = Duration.seconds(60)
  static let target = "http://target"

  /// A serving agent whose migration launch answered from ``target`` and whose engine ordered the move.
  static func draining(at now: Instant = .zero) -> AgentHandover {
    var handover = AgentHandover(fresh: true)
    handover.migrationLaunched(at: target)
    #expect(handover.moveOrdered(stubTTL: ttl, now: now) == .pauseClients(target: target))
    return handover
  }

  @Test func aFreshICONServesAndAMigrationTargetWaits() {
    #expect(AgentHandover(fresh: true).phase == .serving)
    #expect(AgentHandover(fresh: true).observes)
    #expect(AgentHandover(fresh: false).phase == .standby)
    #expect(!AgentHandover(fresh: false).observes)
  }

  @Test func aMoveWithoutALaunchedTargetDoesNothing() {
    var handover = AgentHandover(fresh: true)
    #expect(handover.moveOrdered(stubTTL: Self.ttl, now: .zero) == nil)
    #expect(handover.phase == .serving)
  }

  @Test func theEngineGoesOnlyOnceNoRequestIsInFlightAndTheReplicasReported() {
    var handover = Self.draining(at: .seconds(100))
    #expect(handover.isDraining && !AgentHandover(fresh: true).isDraining)
    #expect(handover.engineAway == nil, "the engine still answers messages while clients drain")
    #expect(handover.drainProgress(inFlight: 2, replicasStarting: false, now: .seconds(101)) == nil)
    #expect(handover.drainProgress(inFlight: 0, replicasStarting: true, now: .seconds(101)) == nil)
    #expect(
      handover.drainProgress(inFlight: 0, replicasStarting: false, now: .seconds(102))
        == .sendEngine(target: Self.target, stubTTL: Self.ttl))
    #expect(handover.phase == .packing(target: Self.target, stubTTL: Self.ttl))
    #expect(!handover.isDraining)
    #expect(handover.engineAway == nil)
    handover.engineTaken()
    #expect(handover.engineAway == Self.target)
    #expect(handover.engineSent() == .leave(location: Self.target, stubTTL: Self.ttl))
    #expect(handover.phase == .moved(Self.target))
    #expect(handover.engineAway == Self.target)
    #expect(handover.drainProgress(inFlight: 0, replicasStarting: false, now: .seconds(103)) == nil)
  }

  @Test func replicasStillStartingAreWaitedForUntilTheDeadlineOnly() {
    var handover = Self.draining(at: .seconds(100))
    let deadline = Instant.seconds(100) + AgentHandover.replicaWait
    #expect(handover.drainProgress(inFlight: 0, replicasStarting: true, now: deadline + .seconds(-1)) == nil)
    // requests in flight are always waited for
    #expect(handover.drainProgress(inFlight: 1, replicasStarting: true, now: deadline) == nil)
    #expect(
      handover.drainProgress(inFlight: 0, replicasStarting: true, now: deadline)
        == .sendEngine(target: Self.target, stubTTL: Self.ttl))
  }

  @Test func clientsAreServedPausedRedirectedOrSentToTheStubByPhase() {
    var handover = Self.draining()
    #expect(handover.observes)
    _ = handover.drainProgress(inFlight: 0, replicasStarting: false, now: .zero)
    handover.engineTaken()
    #expect(!handover.observes, "the engine left")
    _ = handover.engineSent()
    #expect(handover.phase == .moved(Self.target))

    var ending = AgentHandover(fresh: true)
    ending.terminated(location: "http://parent")
    #expect(ending.phase == .terminating(location: "http://parent"))
    #expect(!ending.observes)
    ending.heirInformed()
    #expect(ending.phase == .terminated("http://parent"))
    ending.terminated(location: "http://other")
    #expect(ending.phase == .terminated("http://parent"), "a stub stays a stub")
  }

  @Test func anArrivingEngineServesOnceItsWorkloadIsRestoredUnlessItMovedOnOrEnded() {
    var target = AgentHandover(fresh: false)
    let arrived = target.engineArrived()
    let again = target.engineArrived()
    #expect(arrived)
    #expect(!again, "a second takeover is refused")
    #expect(target.workloadRestored(engineActive: true) == .serve)
    #expect(target.phase == .serving)

    var ended = AgentHandover(fresh: false)
    _ = ended.engineArrived()
    #expect(ended.workloadRestored(engineActive: false) == nil)
    #expect(ended.phase == .arriving)

    var movingOn = AgentHandover(fresh: false)
    _ = movingOn.engineArrived()
    movingOn.migrationLaunched(at: "http://next")
    #expect(movingOn.moveOrdered(stubTTL: Self.ttl, now: .zero) == .pauseClients(target: "http://next"))
    #expect(movingOn.workloadRestored(engineActive: true) == nil)
    var serving = AgentHandover(fresh: true)
    let taken = serving.engineArrived()
    #expect(!taken, "a serving ICON takes no engine over")
  }
}
