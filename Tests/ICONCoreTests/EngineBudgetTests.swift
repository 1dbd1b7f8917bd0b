import ICONCore
import Testing

/// Leases, foundering, funding requests up the tree, recalls and owner funding.
@Suite struct EngineBudgetTests {
  func attach(_ child: ICONID, to parent: inout ICONEngine, spare: Money = 0) {
    Fixture.attach(child, to: &parent, report: Fixture.report(site: "edge", spare: spare))
  }

  @Test func aFounderingReplicaAsksItsParent() {
    var replica = Fixture.replica("o.1", ancestors: ["o"], budget: 5, seed: 6)
    let (jitter, _) = Fixture.startJitter(seed: 6)
    let request = FundingRequest(requestID: "o.1$1", requester: "o.1", amount: 10)
    expectDirectives(
      replica.at(0, .started),
      [
        .setTimer(.heartbeat, at: Instant.zero + jitter),
        .setTimer(.decision, at: Instant.zero + Duration.seconds(10) + jitter),
        .setTimer(.leaseSlot, at: .seconds(60)),
        .payLease(site: "edge", amount: 2),
        .send(Fixture.envelope(.fundingRequest(request), from: "o.1", to: "o")),
      ])
    // one request at a time: the next heartbeat only reports
    #expect(ICONEngine.messages(replica.at(5, .timer(.heartbeat))).map(\.1.isReport) == [true])
    let grant = BudgetGrant(request: request, amount: 10)
    expectDirectives(
      replica.at(6, .received(Fixture.envelope(.budgetGrant(grant), from: "o", to: "o.1"))), [])
    #expect(replica.balance == 13)
  }

  @Test func aParentWithSpareMoneyGrants() {
    var origin = Fixture.origin()
    _ = origin.at(0, .started)
    attach("o.1", to: &origin)
    let request = FundingRequest(requestID: "o.1$1", requester: "o.1", amount: 10)
    expectDirectives(
      origin.at(1, .received(Fixture.envelope(.fundingRequest(request), from: "o.1", to: "o"))),
      [.send(Fixture.envelope(.budgetGrant(BudgetGrant(request: request, amount: 10)), from: "o", to: "o.1"))]
    )
    #expect(origin.balance == 89)
  }

  @Test func aParentWithoutSpareForwardsUpAndRelaysTheGrantDown() {
    var middle = Fixture.replica("o.1", ancestors: ["o"], budget: 20)
    _ = middle.at(0, .started)  // 18 left, spare 12
    attach("o.1.1", to: &middle)
    let request = FundingRequest(requestID: "o.1.1$1", requester: "o.1.1", amount: 15)
    expectDirectives(
      middle.at(1, .received(Fixture.envelope(.fundingRequest(request), from: "o.1.1", to: "o.1"))),
      [.send(Fixture.envelope(.fundingRequest(request), from: "o.1", to: "o"))])
    let grant = BudgetGrant(request: request, amount: 15)
    expectDirectives(
      middle.at(2, .received(Fixture.envelope(.budgetGrant(grant), from: "o", to: "o.1"))),
      [.send(Fixture.envelope(.budgetGrant(grant), from: "o.1", to: "o.1.1"))])
    #expect(middle.balance == 18)
  }

  @Test func theOriginRecallsSpareMoneyFromARichChild() {
    var origin = Fixture.origin(budget: 4)
    _ = origin.at(0, .started)  // 3 left, no spare
    attach("o.1", to: &origin, spare: 2)
    attach("o.2", to: &origin, spare: 40)
    let request = FundingRequest(requestID: "o.1$1", requester: "o.1", amount: 10)
    expectDirectives(
      origin.at(1, .received(Fixture.envelope(.fundingRequest(request), from: "o.1", to: "o"))),
      [.send(Fixture.envelope(.budgetRecall(BudgetRecall(amount: 10)), from: "o", to: "o.2"))])
    expectDirectives(
      origin.at(
        2,
        .received(
          Fixture.envelope(
            .budgetTransfer(BudgetTransfer(amount: 10, reason: "recalled")), from: "o.2", to: "o"))),
      [.send(Fixture.envelope(.budgetGrant(BudgetGrant(request: request, amount: 10)), from: "o", to: "o.1"))]
    )
    #expect(origin.balance == 3)
  }

  @Test func aRecalledChildReturnsOnlyItsSpare() {
    var child = Fixture.replica("o.1", ancestors: ["o"], budget: 20)
    _ = child.at(0, .started)  // 18 left, keeps 3 slots of 2
    expectDirectives(
      child.at(1, .received(Fixture.envelope(.budgetRecall(BudgetRecall(amount: 50)), from: "o", to: "o.1"))),
      [
        .send(
          Fixture.envelope(
            .budgetTransfer(BudgetTransfer(amount: 12, reason: "recalled")), from: "o.1", to: "o"))
      ])
    #expect(child.balance == 6)
  }

  @Test func anOriginThatCannotFundAsksTheOwner() {
    var origin = Fixture.origin(budget: 4)
    _ = origin.at(0, .started)
    attach("o.1", to: &origin)
    let request = FundingRequest(requestID: "o.1$1", requester: "o.1", amount: 10)
    expectDirectives(
      origin.at(1, .received(Fixture.envelope(.fundingRequest(request), from: "o.1", to: "o"))),
      [.requestOwnerFunds(10)])
    expectDirectives(
      origin.at(2, .owner(.addBudget(20))),
      [.send(Fixture.envelope(.budgetGrant(BudgetGrant(request: request, amount: 10)), from: "o", to: "o.1"))]
    )
  }

  @Test func anOriginThatCannotPayItsLeaseAsksTheOwnerAndNeverGoesNegative() {
    var origin = Fixture.origin(budget: 1)
    _ = origin.at(0, .started)
    expectDirectives(
      origin.at(60, .timer(.leaseSlot)),
      [.setTimer(.leaseSlot, at: .seconds(120)), .note(.leaseUnpaid(1)), .requestOwnerFunds(1)])
    #expect(origin.balance == .zero)
  }

  @Test func aReplicaThatCannotPayItsLeaseTerminates() {
    var replica = Fixture.replica("o.1", ancestors: ["o"], budget: 3)
    _ = replica.at(0, .started)
    let directives = replica.at(60, .timer(.leaseSlot))
    #expect(directives.contains(.note(.leaseUnpaid(1))))
    #expect(directives.contains(.note(.terminated(reason: "foundered: cannot pay the lease of 2.00"))))
    #expect(ICONEngine.messages(directives).map(\.0) == ["o"])
    #expect(replica.lifecycle == .terminated)
    #expect(replica.balance == .zero)
  }
}

extension Message {
  var isReport: Bool { if case .report = self { true } else { false } }
}
