import ICONCore
import Testing

/// Failure detection, re-attachment, origin election and epochs.
@Suite struct EngineRecoveryTests {
  func summary(_ engine: ICONEngine) -> Report { engine.summary() }

  @Test func aParentSilentForKReportPeriodsIsGivenUpAndTheGrandparentAsked() {
    var child = Fixture.replica("o.1.1", ancestors: ["o.1", "o"], parentSite: "metro", seed: 5)
    _ = child.at(0, .started)
    #expect(ICONEngine.messages(child.at(15, .timer(.heartbeat))).map(\.0) == ["o.1"])  // 15 s: not yet
    let directives = child.at(15.5, .timer(.heartbeat))
    expectDirectives(
      directives,
      [
        .note(.parentLost("o.1")),
        .send(Fixture.envelope(.attachRequest(child.summary()), from: "o.1.1", to: "o")),
        .setTimer(.attachTimeout, at: .seconds(25.5)),
        .setTimer(.heartbeat, at: .seconds(20.5)),
      ])
    let ack = ParentAck(origin: "o", parentSite: "cloud", ancestors: ["o"], siblings: ["o.2"], policy: nil)
    expectDirectives(
      child.at(16, .received(Fixture.envelope(.attachAccepted(ack), from: "o", to: "o.1.1"))),
      [.cancelTimer(.attachTimeout), .note(.reattached(to: "o"))])
    #expect(child.parent == "o")
    #expect(child.ancestors == ["o"])
    #expect(child.siblings == ["o.2"])
    #expect(child.recovery == nil)
  }

  @Test func anOrphanWhoseSiteTheTreeFilledMeanwhileHandsEverythingToItsNewParent() {
    // the origin placed "o.2" at edge while "o.1.1", also at edge, was cut off from the tree
    var origin = Fixture.origin()
    _ = origin.at(0, .started)
    Fixture.attach("o.2", to: &origin, report: Fixture.report(site: "edge"))
    Fixture.attach("o.3", to: &origin, report: Fixture.report(site: "metro", sites: ["metro", "harbour"]))
    let answer = { (site: SiteID, orphan: ICONID) -> ParentAck? in
      var adopting = origin
      let orphanReport = Fixture.report(site: site)
      for case (let to, .attachAccepted(let ack)) in ICONEngine.messages(
        adopting.at(1, .received(Fixture.envelope(.attachRequest(orphanReport), from: orphan, to: "o"))))
      where to == orphan {
        return ack
      }
      return nil
    }
    #expect(answer("edge", "o.1.1")?.siteHeldBy == "o.2")
    #expect(answer("harbour", "o.1.1")?.siteHeldBy == "o.3", "a site deeper in a child's subtree")
    #expect(answer("cloud", "o.1.1")?.siteHeldBy == "o", "the adopter's own site")
    #expect(answer("harbour", "o.3")?.siteHeldBy == nil, "a child re-attaching is not its own rival")
    #expect(answer("nowhere", "o.1.1")?.siteHeldBy == nil)

    var orphan = Fixture.replica("o.1.1", ancestors: ["o.1", "o"], parentSite: "metro", budget: 30, seed: 5)
    _ = orphan.at(0, .started)
    _ = orphan.at(15.5, .timer(.heartbeat))
    var ack = ParentAck(origin: "o", parentSite: "cloud", ancestors: ["o"], siblings: ["o.2"], policy: nil)
    ack.siteHeldBy = "o.2"
    let directives = orphan.at(16, .received(Fixture.envelope(.attachAccepted(ack), from: "o", to: "o.1.1")))
    #expect(orphan.lifecycle == .terminated)
    #expect(orphan.balance == .zero)
    #expect(
      ICONEngine.messages(directives).contains {
        if case .adopt(let adoption) = $0.1 { $0.0 == "o" && adoption.remainder > .zero } else { false }
      })
    #expect(
      directives.contains {
        if case .stop(_, _, let redirectTo, _) = $0 { redirectTo == "o" } else { false }
      })
  }

  @Test func aParentNoticesAChildSilentForKReportPeriodsAndRedirectsItsClients() {
    var origin = Fixture.origin()
    _ = origin.at(0, .started)
    Fixture.attach("o.1", to: &origin, report: Fixture.report(site: "edge", subnets: ["a"]), at: 1)
    #expect(origin.at(16, .timer(.heartbeat)) == [.setTimer(.heartbeat, at: .seconds(21))])
    expectDirectives(
      origin.at(16.5, .timer(.heartbeat)),
      [
        .note(.childLost("o.1")), .redirectClients(of: "o.1", site: "edge", to: "o"), .updateRoutes([]),
        .setTimer(.heartbeat, at: .seconds(21.5)),
      ])
  }

  @Test func aPauseForAHandOverIsNotTheSilenceOfChildrenOrParent() {
    var origin = Fixture.origin()
    _ = origin.at(0, .started)
    Fixture.attach("o.1", to: &origin, report: Fixture.report(site: "edge", subnets: ["a"]), at: 1)
    var paused = origin
    // the migrating ICON was in transit from 2 s to 16.5 s: its first heartbeat after resuming
    // finds nobody lost; without the resume, the child would be given up
    _ = paused.at(16.5, .resumed)
    #expect(paused.at(16.5, .timer(.heartbeat)).allSatisfy { if case .note = $0 { false } else { true } })
    #expect(paused.children["o.1"] != nil)
    #expect(origin.at(16.5, .timer(.heartbeat)).contains(.note(.childLost("o.1"))))
    var child = Fixture.replica("o.1.1", ancestors: ["o.1", "o"], parentSite: "metro", seed: 5)
    _ = child.at(0, .started)
    _ = child.at(15.5, .resumed)
    #expect(!child.at(15.5, .timer(.heartbeat)).contains(.note(.parentLost("o.1"))))
  }

  @Test func theSitesOfALostChildsDescendantsStayReservedUntilTheyReattach() {
    var origin = Fixture.origin()
    _ = origin.at(0, .started)
    let report = Fixture.report(site: "edge", subnets: ["a"], sites: ["edge", "metro"], size: 2)
    Fixture.attach("o.1", to: &origin, report: report, at: 1)
    _ = origin.at(16.5, .timer(.heartbeat))
    #expect(origin.children.isEmpty)
    #expect(origin.occupiedSites(now: .seconds(17)) == ["cloud", "metro"])
    #expect(origin.summary().subtreeSites == ["cloud", "metro"])
    #expect(origin.occupiedSites(now: .seconds(16.5 + 120)) == ["cloud"])
  }

  /// Children "o.1" and "o.2" of origin "o", which has failed; each knows the other as sibling.
  func orphans() -> (ICONEngine, ICONEngine) {
    var first = Fixture.replica("o.1", ancestors: ["o"], seed: 11)
    var second = Fixture.replica("o.2", ancestors: ["o"], site: SiteOffer(site: "metro"), seed: 12)
    _ = first.at(0, .started)
    _ = second.at(0, .started)
    let toFirst = ParentAck(
      origin: "o", parentSite: "cloud", ancestors: ["o"], siblings: ["o.2"], policy: nil)
    let toSecond = ParentAck(
      origin: "o", parentSite: "cloud", ancestors: ["o"], siblings: ["o.1"], policy: nil)
    _ = first.at(1, .received(Fixture.envelope(.reportAck(toFirst), from: "o", to: "o.1")))
    _ = second.at(1, .received(Fixture.envelope(.reportAck(toSecond), from: "o", to: "o.2")))
    return (first, second)
  }

  @Test func theOrphansOfAFailedOriginElectTheLowestIdAtTheNextEpoch() {
    var (first, second) = orphans()
    let call = ElectionCall(epoch: 2, candidate: "o.1", site: "edge", lostOrigin: "o")
    expectDirectives(
      first.at(17, .timer(.heartbeat)),
      [
        .note(.parentLost("o")),
        .send(Fixture.envelope(.electionCall(call), from: "o.1", to: "o")),
        .send(Fixture.envelope(.electionCall(call), from: "o.1", to: "o.2")),
        .setTimer(.electionDeadline, at: .seconds(22)),
        .setTimer(.heartbeat, at: .seconds(22)),
      ])
    // the sibling joins before noticing the failure itself
    let reply = ElectionCall(epoch: 2, candidate: "o.2", site: "metro", lostOrigin: "o")
    expectDirectives(
      second.at(17.1, .received(Fixture.envelope(.electionCall(call), from: "o.1", to: "o.2"))),
      [
        .send(Fixture.envelope(.electionCall(reply), from: "o.2", to: "o.1")),
        .setTimer(.electionDeadline, at: .seconds(22.1)),
      ])
    expectDirectives(
      first.at(17.2, .received(Fixture.envelope(.electionCall(reply), from: "o.2", to: "o.1"))), [])

    let won = ElectionCall(epoch: 2, candidate: "o.1", site: "edge")
    expectDirectives(
      first.at(22, .timer(.electionDeadline)),
      [
        .note(.elected(epoch: 2)),
        // the failed origin's clients are sent to the new one
        .redirectClients(of: "o", site: "cloud", to: "o.1"),
        .send(Fixture.envelope(.originElected(won), from: "o.1", to: "o.2", epoch: 2)),
      ])
    #expect(first.isOrigin)
    #expect(first.epoch == 2)

    expectDirectives(
      second.at(22.1, .timer(.electionDeadline)),
      [
        .send(Fixture.envelope(.attachRequest(second.summary()), from: "o.2", to: "o.1", epoch: 2)),
        .setTimer(.attachTimeout, at: .seconds(32.1)),
      ])
    let ack = first.at(
      22.2, .received(Fixture.envelope(.attachRequest(second.summary()), from: "o.2", to: "o.1", epoch: 2)))
    guard case .send(let accepted) = ack.last else {
      Issue.record("expected an acceptance, got \(ack)")
      return
    }
    expectDirectives(
      second.at(22.3, .received(accepted)), [.cancelTimer(.attachTimeout), .note(.reattached(to: "o.1"))])
    #expect(second.parent == "o.1")
    #expect(second.origin == "o.1")
    #expect(first.children.keys.sorted() == ["o.2"])

    // orders from the old origin's epoch are now refused
    let stale = ParentAck(origin: "o", parentSite: "cloud", ancestors: ["o"], siblings: [], policy: nil)
    expectDirectives(
      second.at(23, .received(Fixture.envelope(.reportAck(stale), from: "o", to: "o.2", epoch: 1))),
      [.rejected(.staleEpoch(from: "o", epoch: 1, current: 2))])
  }

  @Test func anOriginThatWasOnlySlowStepsDownWhenItHearsOfTheNewOne() {
    var origin = Fixture.origin()
    _ = origin.at(0, .started)
    let announcement = ElectionCall(epoch: 2, candidate: "o.1", site: "edge")
    let directives = origin.at(
      30, .received(Fixture.envelope(.originElected(announcement), from: "o.1", to: "o", epoch: 2)))
    expectDirectives(
      directives,
      [
        .note(.steppedDown(newOrigin: "o.1")), .cancelTimer(.electionDeadline),
        .send(Fixture.envelope(.attachRequest(origin.summary()), from: "o", to: "o.1", epoch: 2)),
        .setTimer(.attachTimeout, at: .seconds(40)),
      ])
    #expect(!origin.isOrigin)
    expectDirectives(
      origin.at(
        31,
        .received(
          Fixture.envelope(
            .originElected(ElectionCall(epoch: 1, candidate: "x", site: "s")), from: "x", to: "o", epoch: 2))),
      [.rejected(.staleAnnouncement(candidate: "x", epoch: 1, current: 2))])
  }

  @Test func anOriginThatStepsDownForItsOwnChildNoLongerCountsItAsAChild() {
    var origin = Fixture.origin()
    var child = Fixture.replica("o.1", ancestors: ["o"], seed: 11)
    _ = origin.at(0, .started)
    _ = child.at(0, .started)
    _ = origin.at(1, .received(Fixture.envelope(.attachRequest(child.summary()), from: "o.1", to: "o")))
    #expect(origin.children.keys.sorted() == ["o.1"])
    // the origin falls silent (a long migration, say): its only child elects itself
    _ = child.at(17, .timer(.heartbeat))
    _ = child.at(22, .timer(.electionDeadline))
    #expect(child.isOrigin && child.epoch == 2)
    let announcement = ElectionCall(epoch: 2, candidate: "o.1", site: "edge")
    let asked = origin.at(
      30, .received(Fixture.envelope(.originElected(announcement), from: "o.1", to: "o", epoch: 2)))
    guard case .send(let request) = asked.first(where: { if case .send = $0 { true } else { false } }) else {
      Issue.record("expected an attach request, got \(asked)")
      return
    }
    guard case .send(let accepted) = child.at(30.1, .received(request)).last else {
      Issue.record("expected an acceptance")
      return
    }
    _ = origin.at(30.2, .received(accepted))
    #expect(origin.parent == "o.1")
    #expect(origin.children.isEmpty, "\(origin.children.keys.sorted())")
    #expect(child.children.keys.sorted() == ["o"])
  }

  @Test func whenEveryAncestorIsSilentTheOrphanElectsAmongItsSiblings() {
    var child = Fixture.replica("o.1.1", ancestors: ["o.1", "o"], seed: 5)
    _ = child.at(0, .started)
    _ = child.at(16, .timer(.heartbeat))  // asks o
    let call = ElectionCall(epoch: 2, candidate: "o.1.1", site: "edge", lostOrigin: "o")
    expectDirectives(
      child.at(26, .timer(.attachTimeout)),
      [
        .send(Fixture.envelope(.electionCall(call), from: "o.1.1", to: "o")),
        .setTimer(.electionDeadline, at: .seconds(31)),
      ])
    expectDirectives(child.at(31, .timer(.electionDeadline)), [.note(.elected(epoch: 2))])
    #expect(child.isOrigin)
  }

  @Test func adoptingAnAncestorIsRefused() {
    var child = Fixture.replica("o.1.1", ancestors: ["o.1", "o"])
    _ = child.at(0, .started)
    let report = Fixture.origin().summary()
    expectDirectives(
      child.at(1, .received(Fixture.envelope(.attachRequest(report), from: "o", to: "o.1.1"))),
      [.rejected(.adoptionCycle(orphan: "o", receiver: "o.1.1"))])
  }

  @Test func electionCallsThatDoNotConcernAnIconAreRefused() {
    var child = Fixture.replica("o.1.1", ancestors: ["o.1", "o"])
    _ = child.at(0, .started)
    let call = ElectionCall(epoch: 2, candidate: "stranger", site: "s")
    expectDirectives(
      child.at(1, .received(Fixture.envelope(.electionCall(call), from: "stranger", to: "o.1.1"))),
      [.rejected(.electionNotConcerning(candidate: "stranger", epoch: 2, receiver: "o.1.1"))])
  }

  @Test func aChildOfTheLostOriginJoinsTheElectionOfASiblingItDidNotKnow() {
    // "o.3" was adopted by the origin just before it failed: "o.2" never heard of it
    var (_, second) = orphans()
    let call = ElectionCall(epoch: 2, candidate: "o.3", site: "metro", lostOrigin: "o")
    expectDirectives(
      second.at(17, .received(Fixture.envelope(.electionCall(call), from: "o.3", to: "o.2"))),
      [
        .send(
          Fixture.envelope(
            .electionCall(ElectionCall(epoch: 2, candidate: "o.2", site: "metro", lostOrigin: "o")),
            from: "o.2",
            to: "o.1")),
        .setTimer(.electionDeadline, at: .seconds(22)),
      ])
    #expect(second.recovery == .electing(epoch: 2, candidates: ["o.2", "o.3"]))
    // a grandchild of the lost origin is not orphaned by it
    var grandchild = Fixture.replica("o.2.1", ancestors: ["o.2", "o"])
    _ = grandchild.at(0, .started)
    expectDirectives(
      grandchild.at(17, .received(Fixture.envelope(.electionCall(call), from: "o.3", to: "o.2.1"))),
      [.rejected(.electionNotConcerning(candidate: "o.3", epoch: 2, receiver: "o.2.1"))])
  }

  @Test func aLateOrphanIsToldOfTheNewOriginAndAttachesInsteadOfFoundingASecondTree() {
    var (first, second) = orphans()
    _ = first.at(17, .timer(.heartbeat))
    _ = first.at(22, .timer(.electionDeadline))
    #expect(first.isOrigin && first.epoch == 2)
    // "o.2" missed the call and notices the loss only now
    _ = second.at(30, .timer(.heartbeat))
    let late = ElectionCall(epoch: 2, candidate: "o.2", site: "metro", lostOrigin: "o")
    let answer = ElectionCall(epoch: 2, candidate: "o.1", site: "edge")
    let answered = first.at(30.1, .received(Fixture.envelope(.electionCall(late), from: "o.2", to: "o.1")))
    expectDirectives(
      answered, [.send(Fixture.envelope(.originElected(answer), from: "o.1", to: "o.2", epoch: 2))])
    expectDirectives(
      second.at(30.2, .received(Fixture.envelope(.originElected(answer), from: "o.1", to: "o.2", epoch: 2))),
      [
        .cancelTimer(.electionDeadline),
        .send(Fixture.envelope(.attachRequest(second.summary()), from: "o.2", to: "o.1", epoch: 2)),
        .setTimer(.attachTimeout, at: .seconds(40.2)),
      ])
    #expect(second.origin == "o.1")
  }

  @Test func twoOriginsOfOneEpochSettleOnTheLowerIdentifier() {
    var (first, second) = orphans()
    // both elections closed without hearing of each other
    _ = first.at(17, .timer(.heartbeat))
    _ = first.at(22, .timer(.electionDeadline))
    _ = second.at(17, .timer(.heartbeat))
    _ = second.at(22, .timer(.electionDeadline))
    #expect(first.isOrigin && second.isOrigin)
    let fromSecond = ElectionCall(epoch: 2, candidate: "o.2", site: "metro")
    let fromFirst = ElectionCall(epoch: 2, candidate: "o.1", site: "edge")
    expectDirectives(
      first.at(23, .received(Fixture.envelope(.originElected(fromSecond), from: "o.2", to: "o.1", epoch: 2))),
      [.send(Fixture.envelope(.originElected(fromFirst), from: "o.1", to: "o.2", epoch: 2))])
    #expect(first.isOrigin)
    let stepDown = second.at(
      23.1, .received(Fixture.envelope(.originElected(fromFirst), from: "o.1", to: "o.2", epoch: 2)))
    #expect(stepDown.contains(.note(.steppedDown(newOrigin: "o.1"))))
    #expect(!second.isOrigin && second.origin == "o.1")
  }

  @Test func claimsWaitingOnALostParentAreGivenUpAtOnce() {
    var replica = Fixture.replicaWithFarClients()
    let own = SiteClaim(claimID: "o.1#1", requester: "o.1", site: "edge")
    #expect(
      replica.at(61, .timer(.decision)).contains(
        .send(Fixture.envelope(.siteClaim(own), from: "o.1", to: "o"))))
    _ = replica.at(
      61,
      .received(
        Fixture.envelope(.attachRequest(Fixture.report(site: "metro", subnets: [])), from: "o.1.1", to: "o.1")
      ))
    let relayed = SiteClaim(claimID: "o.1.1#1", requester: "o.1.1", site: "harbour")
    _ = replica.at(62, .received(Fixture.envelope(.siteClaim(relayed), from: "o.1.1", to: "o.1")))

    let lost = replica.at(63, .timer(.heartbeat))
    let reason = "o, which was to answer, was lost"
    let refusal = SiteClaimReply(claim: relayed, granted: false, reason: reason)
    expectDirectives(
      Array(lost.prefix(4)),
      [
        .note(.parentLost("o")),
        .cancelTimer(.claimTimeout("o.1#1")),
        .note(.claimDenied(site: "edge", reason: reason)),
        .send(Fixture.envelope(.siteClaimReply(refusal), from: "o.1", to: "o.1.1")),
      ])
    #expect(replica.pendingActions.isEmpty)
  }

  @Test func aPeerReportedDeadIsGivenUpAtOnce() {
    var origin = Fixture.origin()
    _ = origin.at(0, .started)
    Fixture.attach("o.1", to: &origin, report: Fixture.report(site: "edge", subnets: ["a"]), at: 1)
    expectDirectives(
      origin.at(2, .peerDied("o.1")),
      [.note(.childLost("o.1")), .redirectClients(of: "o.1", site: "edge", to: "o"), .updateRoutes([])])
    #expect(origin.children.isEmpty)
    expectDirectives(origin.at(3, .peerDied("stranger")), [])

    var child = Fixture.replica("o.1.1", ancestors: ["o.1", "o"], seed: 5)
    _ = child.at(0, .started)
    let lost = child.at(2, .peerDied("o.1"))
    #expect(lost.first == .note(.parentLost("o.1")))
    #expect(child.recovery == .attaching(candidates: ["o"]))
    // the grandparent asked for adoption died too: the next step (here an election) follows at once
    let next = child.at(3, .peerDied("o"))
    #expect(next.contains(.cancelTimer(.attachTimeout)))
    #expect(child.recovery == .electing(epoch: 2, candidates: ["o.1.1"]))
  }
}
