import ICONCore
import Testing

@Suite struct EngineTerminationTests {
  func grandchildReport() -> Report { Fixture.report(site: "metro", subnets: ["x"], rate: 5, latency: 4) }

  @Test func anIdleReplicaHandsChildrenClientsAndBudgetToItsParent() {
    var replica = Fixture.replica("o.1", ancestors: ["o"], budget: 20)
    _ = replica.at(0, .started)
    Fixture.attach("o.1.1", to: &replica, report: grandchildReport())
    let reason = "value -1.0 below termination threshold 0.0"
    expectDirectives(
      replica.at(61, .timer(.decision)),
      [
        .send(
          Fixture.envelope(
            .adopt(
              Adoption(
                children: [AdoptedChild(id: "o.1.1", site: "metro", subnets: ["x"])], remainder: 18,
                reason: reason)),
            from: "o.1", to: "o")),
        .send(
          Fixture.envelope(
            .reparent(Reparent(newParent: "o", parentSite: "cloud", ancestors: ["o"])), from: "o.1",
            to: "o.1.1")),
        .stop(site: "edge", restorableFor: .seconds(600), redirectTo: "o", stubTTL: .seconds(300)),
        .cancelTimer(.heartbeat), .cancelTimer(.decision), .cancelTimer(.leaseSlot),
        .note(.terminated(reason: reason)),
      ])
    #expect(replica.lifecycle == .terminated)
    #expect(replica.successor == "o")
    expectDirectives(replica.at(62, .timer(.heartbeat)), [.rejected(.terminated("o.1"))])
  }

  @Test func aReplicaThatKnowsNoYardAndNoLatencyStaysWhileItServesClients() {
    var replica = Fixture.replica("o.1", ancestors: ["o"], budget: 20)
    _ = replica.at(0, .started)
    _ = replica.at(2, .traffic([Fixture.sample("x", 10, latency: 4)]))
    _ = replica.at(2, .timer(.heartbeat))
    // the planner, asked, would stay: it has nothing to weigh, and clients are served
    let planner = PlacementPlanner(policy: replica.policy)
    #expect(planner.plan(replica.situation(now: .seconds(61)), limit: 1).isEmpty)
    expectDirectives(replica.at(61, .timer(.decision)), [.setTimer(.decision, at: .seconds(71))])
    #expect(replica.lifecycle == .active)
    // without clients the same replica is worth nothing here and terminates
    var idle = Fixture.replica("o.1", ancestors: ["o"], budget: 20)
    _ = idle.at(0, .started)
    _ = idle.at(61, .timer(.decision))
    #expect(idle.lifecycle == .terminated)
  }

  @Test func theParentAdoptsAndRoutesTheGrandchildren() {
    var origin = Fixture.origin()
    _ = origin.at(0, .started)
    let childReport = Fixture.report(site: "edge", subnets: ["w", "x"], sites: ["edge", "metro"], size: 2)
    Fixture.attach("o.1", to: &origin, report: childReport)
    let adoption = Adoption(
      children: [AdoptedChild(id: "o.1.1", site: "metro", subnets: ["x"])], remainder: 18, reason: "idle")
    expectDirectives(
      origin.at(61, .received(Fixture.envelope(.adopt(adoption), from: "o.1", to: "o"))),
      [.note(.adopted(from: "o.1", children: ["o.1.1"])), .updateRoutes([Route(subnet: "x", via: "o.1.1")])])
    #expect(origin.balance == Money(117))
    #expect(origin.children.keys.sorted() == ["o.1.1"])
  }

  @Test func aTerminatedIconForwardsMoneyAndOrphansToItsSuccessor() {
    var replica = Fixture.replica("o.1", ancestors: ["o"], budget: 20)
    _ = replica.at(0, .started)
    _ = replica.at(61, .timer(.decision))
    expectDirectives(
      replica.at(
        62,
        .received(
          Fixture.envelope(
            .budgetTransfer(BudgetTransfer(amount: 3, reason: "recalled")), from: "o.1.1", to: "o.1"))),
      [
        .send(
          Fixture.envelope(
            .budgetTransfer(BudgetTransfer(amount: 3, reason: "forwarded by o.1")), from: "o.1", to: "o"))
      ])
    let late = Adoption(
      children: [AdoptedChild(id: "o.1.1.1", site: "harbour", subnets: [])], remainder: 0, reason: "idle")
    expectDirectives(
      replica.at(63, .received(Fixture.envelope(.adopt(late), from: "o.1.1", to: "o.1"))),
      [
        .send(Fixture.envelope(.adopt(late), from: "o.1", to: "o")),
        .send(
          Fixture.envelope(
            .reparent(Reparent(newParent: "o", parentSite: "cloud", ancestors: ["o"])), from: "o.1",
            to: "o.1.1.1")),
      ])
    expectDirectives(
      replica.at(64, .received(Fixture.envelope(.report(grandchildReport()), from: "o.1.1", to: "o.1"))),
      [.rejected(.terminated("o.1"))])
  }

  @Test func anOriginNeverTerminatesItself() {
    var origin = Fixture.origin()
    _ = origin.at(0, .started)
    expectDirectives(origin.at(61, .timer(.decision)), [.setTimer(.decision, at: .seconds(71))])
    #expect(origin.lifecycle == .active)
  }

  @Test func aReparentedChildFollowsItsNewParent() {
    var grandchild = Fixture.replica(
      "o.1.1", ancestors: ["o.1", "o"], parentSite: "edge", site: Fixture.cloud)
    _ = grandchild.at(0, .started)
    let order = Reparent(newParent: "o", parentSite: "cloud", ancestors: ["o"], siblings: ["o.2"])
    expectDirectives(
      grandchild.at(5, .received(Fixture.envelope(.reparent(order), from: "o.1", to: "o.1.1"))), [])
    #expect(grandchild.parent == "o")
    #expect(grandchild.ancestors == ["o"])
    #expect(grandchild.siblings == ["o.2"], "its recovery links before the new parent's first ack")
    expectDirectives(
      grandchild.at(6, .received(Fixture.envelope(.reparent(order), from: "o.1", to: "o.1.1"))),
      [.rejected(.notFromParent(.reparent, sender: "o.1", receiver: "o.1.1"))])
  }

  @Test func handedChildrenLearnTheirNewSiblings() {
    // o.1 (sibling of o.2) terminates with two children: each hears of the other and of o.2, so an
    // election right after (should o fail before acknowledging them) reaches them all
    var replica = Fixture.replica("o.1", ancestors: ["o"], budget: 20)
    _ = replica.at(0, .started)
    _ = replica.at(
      1,
      .received(
        Fixture.envelope(
          .reportAck(
            ParentAck(origin: "o", parentSite: "cloud", ancestors: ["o"], siblings: ["o.2"], policy: nil)),
          from: "o", to: "o.1")))
    Fixture.attach("o.1.1", to: &replica, report: grandchildReport())
    Fixture.attach("o.1.2", to: &replica, report: Fixture.report(site: "harbour", subnets: ["y"], rate: 5))
    let orders = ICONEngine.messages(replica.at(61, .timer(.decision))).compactMap {
      receiver, message -> (ICONID, [ICONID])? in
      if case .reparent(let order) = message { (receiver, order.siblings) } else { nil }
    }
    #expect(orders.map(\.0) == ["o.1.1", "o.1.2"])
    #expect(orders.map(\.1) == [["o.1.2", "o.2"], ["o.1.1", "o.2"]])
  }
}
