import Testing

@testable import ICONDiscovery

/// The discovery state machine's transitions, with time passed in.
struct YardDiscoveryTests {
  static let second: Int64 = 1_000_000_000
  static func name(_ text: String) -> DNSName { try! DNSName(text) }
  static func address(_ text: String) -> IPAddress { IPAddress(text)! }
  static let client = address("198.51.100.30")
  static let r1 = address("198.51.100.2")
  static let r2 = address("198.51.100.6")

  static func answer(_ question: DNSQuestion, _ data: [DNSRecordData], ttl: UInt32 = 300) -> DNSAnswer {
    DNSAnswer(
      question: question, records: data.map { DNSRecord(question.name, question.type, ttl: ttl, $0) },
      nameExists: true)
  }

  static func ptr(_ router: IPAddress) -> DNSQuestion { DNSQuestion(DNSName.reverse(of: router), .ptr) }
  static func srv(_ domain: String) -> DNSQuestion { DNSQuestion(name("_edge._tcp.\(domain)"), .srv) }
  static func txt(_ domain: String) -> DNSQuestion { DNSQuestion(name("_edge._tcp.\(domain)"), .txt) }

  /// A discovery that traced one subnet through r1 (isp-a.test) and r2 (isp-b.test), with every
  /// lookup answered: isp-b announces a yard, isp-a none.
  static func discovered(now: Int64 = 0) -> (YardDiscovery, YardEndpoint) {
    var discovery = YardDiscovery()
    _ = discovery.clientSeen("s1", address: client, now: now)
    _ = discovery.traced(
      "s1", .success(TracedPath(destination: client, hops: [r1, r2], reachedDestination: true)), now: now)
    _ = discovery.answered(ptr(r1), .success(answer(ptr(r1), [.name(name("r1.isp-a.test"))])), now: now)
    _ = discovery.answered(ptr(r2), .success(answer(ptr(r2), [.name(name("core.r2.isp-b.test"))])), now: now)
    for domain in ["isp-a.test", "r2.isp-b.test"] {
      _ = discovery.answered(
        srv(domain), .success(DNSAnswer(question: srv(domain), records: [], nameExists: false)), now: now)
      _ = discovery.answered(
        txt(domain), .success(DNSAnswer(question: txt(domain), records: [], nameExists: false)), now: now)
    }
    _ = discovery.answered(
      txt("isp-b.test"), .success(answer(txt("isp-b.test"), [.text(["price=2", "key=abc"])])), now: now)
    let target = name("yard.isp-b.test")
    _ = discovery.answered(
      srv("isp-b.test"),
      .success(
        answer(
          srv("isp-b.test"), [.service(ServiceLocation(priority: 0, weight: 0, port: 8080, target: target))])),
      now: now)
    _ = discovery.answered(
      DNSQuestion(target, .aaaa),
      .success(DNSAnswer(question: DNSQuestion(target, .aaaa), records: [], nameExists: true)),
      now: now)
    let work = discovery.answered(
      DNSQuestion(target, .a),
      .success(answer(DNSQuestion(target, .a), [.address(address("198.51.100.22"))])), now: now)
    let endpoint = YardEndpoint(address: address("198.51.100.22"), port: 8080)
    #expect(work == [.checkOffer(endpoint, hints: ["price": "2", "key": "abc"])])
    return (discovery, endpoint)
  }

  @Test func aNewSubnetIsTracedOnceAndEachRouterLookedUp() {
    var discovery = YardDiscovery()
    #expect(
      discovery.clientSeen("s1", address: Self.client, now: 0) == [.trace(subnet: "s1", address: Self.client)]
    )
    // more requests while the trace runs ask for nothing more
    #expect(discovery.clientSeen("s1", address: Self.client, now: 1).isEmpty)
    let work = discovery.traced(
      "s1",
      .success(
        TracedPath(destination: Self.client, hops: [Self.r1, nil, Self.r2], reachedDestination: true)), now: 2
    )
    #expect(work == [.lookup(Self.ptr(Self.r1)), .lookup(Self.ptr(Self.r2))])
    #expect(discovery.paths["s1"] == [Self.r1, Self.r2])
  }

  /// A router's name leads to the domains above it (not the top-level one), each asked for its
  /// `_edge._tcp` hints and yards.
  @Test func aRoutersNameLeadsToTheServiceRecordsOfTheDomainsAboveIt() {
    var discovery = YardDiscovery()
    _ = discovery.clientSeen("s1", address: Self.client, now: 0)
    _ = discovery.traced(
      "s1", .success(TracedPath(destination: Self.client, hops: [Self.r1], reachedDestination: true)), now: 0)
    let work = discovery.answered(
      Self.ptr(Self.r1), .success(Self.answer(Self.ptr(Self.r1), [.name(Self.name("fra.r1.isp-a.test"))])),
      now: 0)
    #expect(
      work == [
        .lookup(Self.txt("r1.isp-a.test")), .lookup(Self.srv("r1.isp-a.test")),
        .lookup(Self.txt("isp-a.test")),
        .lookup(Self.srv("isp-a.test")),
      ])
  }

  @Test func aYardWhoseOfferIsUsableIsFoundWithItsPlaceOnThePath() {
    var (discovery, endpoint) = Self.discovered()
    #expect(discovery.yards.isEmpty)
    #expect(discovery.offerChecked(endpoint, problem: nil, now: 0).isEmpty)
    let yard = discovery.yards.first
    #expect(discovery.yards.count == 1)
    #expect(yard?.endpoint.url == "http://198.51.100.22:8080")
    #expect(yard?.domain == Self.name("isp-b.test") && yard?.hints == ["price": "2", "key": "abc"])
    #expect(yard?.hops == ["s1": 2])
  }

  @Test func aYardWithABadOfferIsDroppedWithItsReasonAndAskedAgainLater() {
    var (discovery, endpoint) = Self.discovered()
    _ = discovery.offerChecked(
      endpoint, problem: "the offer is not signed by the key its TXT record names", now: 0)
    #expect(discovery.yards.isEmpty)
    #expect(
      discovery.takeNotes().map(\.reason) == ["the offer is not signed by the key its TXT record names"])
    #expect(discovery.tick(now: 29 * Self.second).isEmpty)
    #expect(
      discovery.tick(now: 30 * Self.second) == [.checkOffer(endpoint, hints: ["price": "2", "key": "abc"])])
  }

  @Test func answersAreCachedForTheirTTLWithinLimits() {
    var (discovery, endpoint) = Self.discovered()
    _ = discovery.offerChecked(endpoint, problem: nil, now: 0)
    #expect(discovery.tick(now: 299 * Self.second).isEmpty)
    // the answers of 300 s expire together, empty ones too; the chain is asked again from its start
    let due = discovery.tick(now: 300 * Self.second)
    #expect(due == [.lookup(Self.ptr(Self.r1)), .lookup(Self.ptr(Self.r2))])
    let ptr = Self.ptr(Self.r2)
    let next = discovery.answered(
      ptr, .success(Self.answer(ptr, [.name(Self.name("core.r2.isp-b.test"))])), now: 300 * Self.second)
    #expect(next.contains(.lookup(Self.srv("isp-b.test"))))
    // while the answers are being asked again, the yard found stays
    #expect(discovery.yards.count == 1)
  }

  @Test func pathsAreTracedAgainWhenOldAndFailedTracesRetriedLater() {
    var discovery = YardDiscovery()
    _ = discovery.clientSeen("s1", address: Self.client, now: 0)
    _ = discovery.traced(
      "s1", .failure(PathTraceError("cannot send to 198.51.100.30: Network is unreachable")), now: 0)
    #expect(discovery.clientSeen("s1", address: Self.client, now: 10 * Self.second).isEmpty)
    #expect(discovery.tick(now: 30 * Self.second) == [.trace(subnet: "s1", address: Self.client)])
    _ = discovery.traced(
      "s1", .success(TracedPath(destination: Self.client, hops: [], reachedDestination: true)),
      now: 31 * Self.second)
    #expect(discovery.tick(now: 630 * Self.second).isEmpty)
    #expect(discovery.tick(now: 631 * Self.second) == [.trace(subnet: "s1", address: Self.client)])
  }

  @Test func tracesAreRateLimited() {
    var discovery = YardDiscovery()
    var traces = 0
    for index in 0..<40 {
      traces += discovery.clientSeen("s\(index)", address: Self.client, now: Int64(index)).count
    }
    #expect(traces == 30)
    // a minute after the first ones, as many go out again as went out in that first nanosecond
    #expect(discovery.tick(now: 60 * Self.second).count == 1)
    #expect(discovery.tick(now: 61 * Self.second).count == 9)
  }

  /// A hostile answer with a thousand addresses for a yard: two are asked for offers; and no more yards
  /// are asked than the limit, however many domains announce them.
  @Test func addressesPerTargetAndYardsAskedAreBounded() {
    var limits = YardDiscovery.Limits()
    limits.yards = 3
    var discovery = YardDiscovery(limits: limits)
    _ = discovery.clientSeen("s1", address: Self.client, now: 0)
    let routers = (1...3).map { Self.address("198.51.100.\(4 * $0 + 2)") }
    _ = discovery.traced(
      "s1", .success(TracedPath(destination: Self.client, hops: routers, reachedDestination: true)), now: 0)
    var checks: [YardEndpoint] = []
    for (index, router) in routers.enumerated() {
      let domain = "isp-\(index).test"
      var work = discovery.answered(
        Self.ptr(router), .success(Self.answer(Self.ptr(router), [.name(Self.name("r.\(domain)"))])), now: 0)
      work += discovery.answered(
        Self.txt(domain), .success(Self.answer(Self.txt(domain), [.text(["price=1"])])), now: 0)
      let target = Self.name("yard.\(domain)")
      work += discovery.answered(
        Self.srv(domain),
        .success(
          Self.answer(
            Self.srv(domain),
            [.service(ServiceLocation(priority: 0, weight: 0, port: UInt16(80 + index), target: target))])),
        now: 0)
      let many = (0..<1000).map {
        DNSRecordData.address(IPAddress(bytes: [203, 0, UInt8($0 / 250), UInt8($0 % 250)])!)
      }
      work += discovery.answered(
        DNSQuestion(target, .a), .success(Self.answer(DNSQuestion(target, .a), many)), now: 0)
      work += discovery.answered(
        DNSQuestion(target, .aaaa),
        .success(DNSAnswer(question: DNSQuestion(target, .aaaa), records: [], nameExists: true)),
        now: 0)
      checks += work.compactMap { if case .checkOffer(let endpoint, _) = $0 { endpoint } else { nil } }
    }
    // two addresses of the first yard, one of the second, and none of the third: three in all
    #expect(checks.count == 3, "\(checks)")
    #expect(discovery.takeNotes().contains { $0.reason.contains("3 yards known already") })
  }

  /// Many distinct subnets and answers: what discovery keeps stays within its limits.
  @Test func subnetsAndAnswersAreBounded() {
    var limits = YardDiscovery.Limits()
    limits.subnets = 8
    limits.cachedAnswers = 16
    limits.tracesPerMinute = 1000
    var discovery = YardDiscovery(limits: limits)
    for index in 0..<100 {
      _ = discovery.clientSeen("s\(index)", address: Self.client, now: Int64(index))
      let question = DNSQuestion(Self.name("n\(index).test"), .a)
      _ = discovery.answered(
        question, .success(Self.answer(question, [.address(Self.client)])), now: Int64(index))
    }
    #expect(discovery.paths.count == 8)
    #expect(discovery.paths.keys.sorted() == (92..<100).map { "s\($0)" }.sorted())
    #expect(discovery.cachedAnswerCount == 16)
    #expect(limits.workPerSubnet == 1 + 16 + 16 * 4 * 2 + 16 * 4 * 4 * 2)
  }
}
