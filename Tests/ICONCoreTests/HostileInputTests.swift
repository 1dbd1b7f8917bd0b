import Foundation
import ICONCore
import Testing

/// Numbers from the network that would mint or drain money, or trap an engine, are refused with a
/// reason and change nothing.
@Suite struct HostileInputTests {
  static let huge = Money(microcredits: .max)

  /// A started replica "o.1" at edge, child of "o", with 50 credits less its first lease.
  static func replica() -> ICONEngine {
    var replica = Fixture.replica("o.1", ancestors: ["o"])
    _ = replica.at(0, .started)
    return replica
  }

  /// Found by fuzzing (Tests/FuzzCorpus/owner): a policy whose periods, as decoded, are longer than
  /// Int64 nanoseconds trapped when its problems were listed.
  @Test func aPolicyWithPeriodsBeyondInt64NanosecondsIsRefusedNotATrap() throws {
    var fields = try #require(
      try JSONSerialization.jsonObject(with: try JSONEncoder().encode(OwnerPolicy())) as? [String: Any])
    fields["decisionPeriod"] = [4_659_767_778_871_345_152, 3]
    let decoded = try JSONDecoder().decode(
      OwnerPolicy.self, from: try JSONSerialization.data(withJSONObject: fields))
    #expect(!decoded.problems.isEmpty)
  }

  @Test func aPolicyWhoseSlotCountsOverflowThePriceIsRefused() {
    var replica = Self.replica()
    var policy = Fixture.policy
    policy.version = 2
    policy.founderingSlots = .max
    expectDirectives(
      replica.at(1, .received(Fixture.envelope(.policyUpdate(policy), from: "o", to: "o.1"))),
      [.rejected(.invalidPolicy(["foundering_slots must be in [1, 1000000], got 9.223372036854776e+18"]))])
    // what multiplies the price by the count still works
    _ = replica.at(60, .timer(.leaseSlot))
    #expect(replica.spareMoney >= .zero)
  }

  @Test(arguments: [Money(microcredits: -5_000_000), Money(microcredits: .max), Money.limit + Money(1)])
  func moneyOutsideItsRangeIsRefusedInEveryMessageThatCarriesOrAsksForIt(amount: Money) {
    var replica = Self.replica()
    let before = replica.balance
    let request = FundingRequest(requestID: "o.1#1", requester: "o.1", amount: 1)
    let messages: [Message] = [
      .budgetTransfer(BudgetTransfer(amount: amount, reason: "forged")),
      .budgetGrant(BudgetGrant(request: request, amount: amount)),
      .adopt(Adoption(children: [], remainder: amount, reason: "forged")),
      .budgetRecall(BudgetRecall(amount: amount)),
    ]
    for message in messages {
      expectDirectives(
        replica.at(1, .received(Fixture.envelope(message, from: "o", to: "o.1"))),
        [.rejected(.amountOutOfRange(amount))])
    }
    #expect(replica.balance == before)
  }

  @Test func moneyThatWouldTakeABalancePastTheLimitIsRefused() {
    var replica = Self.replica()
    let before = replica.balance
    expectDirectives(
      replica.at(
        1,
        .received(
          Fixture.envelope(
            .budgetTransfer(BudgetTransfer(amount: Money.limit, reason: "x")), from: "o", to: "o.1"))),
      [.rejected(.amountOutOfRange(Money.limit))])
    #expect(replica.balance == before)
    var origin = Fixture.origin()
    _ = origin.at(0, .started)
    expectDirectives(origin.at(1, .owner(.addBudget(Self.huge))), [.rejected(.amountOutOfRange(Self.huge))])
  }

  @Test func unusableOffersAndLatenciesAreRefusedAndUsableOnesKept() {
    var replica = Self.replica()
    let offers = [
      SiteOffer(site: "minting", pricePerSlot: Money(-1)),
      SiteOffer(site: "dear", pricePerSlot: Self.huge),
      SiteOffer(site: "instant", slot: .zero),
      SiteOffer(site: "full", freeCapacity: -1),
      SiteOffer(site: "fair", pricePerSlot: 2),
    ]
    let directives = replica.at(1, .offers(offers))
    #expect(directives.count == 4)
    #expect(directives.allSatisfy { if case .rejected(.unusableOffer) = $0 { true } else { false } })
    #expect(replica.offers.keys.sorted() == ["fair"])
    let estimates = [
      LatencyEstimate(subnet: "n", site: "fair", milliseconds: .nan),
      LatencyEstimate(subnet: "n", site: "fair", milliseconds: -1),
      LatencyEstimate(subnet: "n", site: "fair", milliseconds: .infinity),
      LatencyEstimate(subnet: "n", site: "fair", milliseconds: 4),
    ]
    #expect(replica.at(1, .latencies(estimates)).count == 3)
    #expect(replica.latencies.latency(from: "n", to: "fair") == 4)
  }
}
