import Foundation
import ICONCore
import Testing

@Suite struct MessageCodingTests {
  static let report = Report(
    sequence: 3, site: "edge", requestRate: 12.5, meanLatency: 7.25, ownRate: 2, balance: .credits(3.5),
    spare: 1, subtreeSize: 2, subtreeSites: ["edge", "metro"], subtreeSubnets: ["10.0.1.0/24"],
    policyVersion: 4)
  static let ack = ParentAck(
    origin: "o", parentSite: "cloud", ancestors: ["o"], siblings: ["o.2"], policy: OwnerPolicy())
  static let request = FundingRequest(requestID: "o.1$1", requester: "o.1", amount: 10)
  static let claim = SiteClaim(claimID: "o.1#2", requester: "o.1", site: "edge")

  static let everyMessage: [Message] = [
    .report(report), .reportAck(ack),
    .policyUpdate(
      OwnerPolicy {
        $0.version = 7
        $0.weight = 0.25
      }),
    .siteClaim(claim), .siteClaimReply(SiteClaimReply(claim: claim, granted: false, reason: "in use")),
    .fundingRequest(request), .budgetGrant(BudgetGrant(request: request, amount: 10)),
    .budgetRecall(BudgetRecall(amount: 4)), .budgetTransfer(BudgetTransfer(amount: 4, reason: "recalled")),
    .attachRequest(report), .attachAccepted(ack),
    .adopt(
      Adoption(
        children: [AdoptedChild(id: "o.1.1", site: "metro", subnets: ["a"])], remainder: 9, reason: "idle")),
    .reparent(Reparent(newParent: "o", parentSite: "cloud", ancestors: ["o"])), .locationChanged("harbour"),
    .electionCall(ElectionCall(epoch: 2, candidate: "o.1", site: "edge")),
    .originElected(ElectionCall(epoch: 2, candidate: "o.1", site: "edge")),
  ]

  @Test(arguments: everyMessage)
  func everyMessageSurvivesAJsonRoundTrip(message: Message) throws {
    let envelope = Envelope(application: "shop", from: "o", to: "o.1", epoch: 3, message: message)
    let decoded = try JSONDecoder().decode(Envelope.self, from: JSONEncoder().encode(envelope))
    #expect(decoded == envelope)
  }

  @Test func malformedEnvelopesAreDescribedWithAReason() {
    func problem(_ text: String) -> String? {
      do {
        _ = try JSONDecoder().decode(Envelope.self, from: Data(text.utf8))
        return nil
      } catch {
        return DecodingProblem.describe(error)
      }
    }
    #expect(problem("{not json") != nil)
    #expect(problem(#"{"version":1,"application":"shop"}"#) == "missing `from`")
  }

  @Test func misaddressedForeignAndFutureMessagesAreRejected() {
    var child = Fixture.replica("o.1", ancestors: ["o"])
    let update = Message.locationChanged("x")
    expectDirectives(
      child.at(
        0,
        .received(Envelope(application: "shop", from: "o", to: "o.1", epoch: 1, message: update, version: 2))),
      [.rejected(.unsupportedVersion(2, speaks: 1))])
    expectDirectives(
      child.at(0, .received(Envelope(application: "blog", from: "o", to: "o.1", epoch: 1, message: update))),
      [.rejected(.wrongApplication("blog", serves: "shop"))])
    expectDirectives(
      child.at(0, .received(Envelope(application: "shop", from: "o", to: "o.9", epoch: 1, message: update))),
      [.rejected(.misaddressed(to: "o.9", deliveredTo: "o.1"))])
  }

  @Test func moneyCarriedByMessagesIsVisibleToShells() {
    #expect(Message.budgetTransfer(BudgetTransfer(amount: 4, reason: "r")).money == 4)
    #expect(Message.budgetGrant(BudgetGrant(request: Self.request, amount: 10)).money == 10)
    #expect(Message.report(Self.report).money == .zero)
  }
}
