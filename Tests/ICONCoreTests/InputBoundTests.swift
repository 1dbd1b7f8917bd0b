import ICONCore
import ICONTestSupport
import Testing

/// Every table that other parties' input fills stays within ``ICONEngine/inputLimit``, however many
/// distinct keys arrive: attached children, site claims passed up, funding requests waiting, client
/// subnets with latency estimates.
@Suite struct InputBoundTests {
  static let limit = ICONEngine.inputLimit

  /// Tens of seconds of computing in a debug build: on a thread of its own, not on one of Swift's two
  /// shared ones, as the property runs do.
  @Test func orphansBeyondTheLimitAreNotAdopted() async throws {
    let (children, refused) = try await offThePool {
      var origin = Fixture.origin()
      _ = origin.at(0, .started)
      for index in 0..<(Self.limit + 10) {
        Fixture.attach(ICONID("o.\(index + 1)"), to: &origin, report: Fixture.report(site: "edge"), at: 1)
      }
      let refused = origin.at(
        2, .received(Fixture.envelope(.attachRequest(Fixture.report(site: "edge")), from: "o.99999", to: "o"))
      )
      return (origin.children.count, refused.contains(.rejected(.full(what: "children", limit: Self.limit))))
    }
    #expect(children == Self.limit)
    #expect(refused)
  }

  @Test func claimsAndFundingRequestsWaitingAreBounded() {
    // a replica with one child passes claims up to its parent, which never answers
    var middle = HostileInputTests.replica()
    Fixture.attach("o.1.1", to: &middle, report: Fixture.report(site: "metro"), at: 1)
    var refusedClaims = 0
    for index in 0..<(Self.limit + 10) {
      let claim = SiteClaim(claimID: "o.1.1#\(index)", requester: "o.1.1", site: SiteID("site-\(index)"))
      let out = middle.at(2, .received(Fixture.envelope(.siteClaim(claim), from: "o.1.1", to: "o.1")))
      if out.contains(.rejected(.full(what: "site claims passed up", limit: Self.limit))) {
        refusedClaims += 1
      }
    }
    var refusedFunding = 0
    for index in 0..<(Self.limit + 10) {
      let request = FundingRequest(requestID: "o.1.1$\(index)", requester: "o.1.1", amount: 1_000)
      let out = middle.at(3, .received(Fixture.envelope(.fundingRequest(request), from: "o.1.1", to: "o.1")))
      if out.contains(.rejected(.full(what: "funding requests waiting", limit: Self.limit))) {
        refusedFunding += 1
      }
    }
    #expect(refusedClaims == 10)
    #expect(refusedFunding == 10)
  }

  @Test func latencyEstimatesKeepTheSubnetsServedFirst() {
    var origin = Fixture.origin()
    _ = origin.at(0, .started)
    _ = origin.at(1, .traffic([Fixture.sample("aa-served", 10, latency: 5)]))
    _ = origin.at(2, .timer(.decision))
    let estimates = (0..<(Self.limit + 500)).map {
      LatencyEstimate(subnet: SubnetID("net-\($0)"), site: "cloud", milliseconds: 3)
    }
    _ = origin.at(
      3, .latencies(estimates + [LatencyEstimate(subnet: "aa-served", site: "cloud", milliseconds: 3)]))
    #expect(origin.latencies.subnetCount == Self.limit)
    #expect(origin.latencies.latency(from: "aa-served", to: "cloud") == 3)
  }
}
