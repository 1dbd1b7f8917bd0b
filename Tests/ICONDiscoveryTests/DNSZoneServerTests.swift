import Testing

@testable import ICONDiscovery

/// The project's own authoritative server, asked by the project's resolver over real UDP on loopback.
@Suite(.timeLimit(.minutes(1)))
struct DNSZoneServerTests {
  static func name(_ text: String) -> DNSName { try! DNSName(text) }

  @Test func itAnswersFromItsZoneAndSaysWhatItDoesNotHold() async throws {
    let service = Self.name("_edge._tcp.frankfurt.demo")
    let router = DNSName.reverse(of: IPAddress("127.255.0.3")!)
    let server = try await DNSZoneServer.start(
      DNSZone([
        DNSRecord(
          service, .srv, ttl: 60,
          .service(
            ServiceLocation(priority: 0, weight: 1, port: 7001, target: Self.name("yard.frankfurt.demo")))),
        DNSRecord(Self.name("yard.frankfurt.demo"), .a, ttl: 60, .address(IPAddress("127.0.0.1")!)),
        DNSRecord(router, .ptr, ttl: 60, .name(Self.name("core.frankfurt.demo"))),
      ]))
    let resolver = DNSResolver(ResolverConfiguration(servers: [server.address]))
    let located = try await resolver.lookup(service, .srv)
    #expect(located.records.count == 1 && located.nameExists)
    #expect(
      try await resolver.lookup(router, .ptr).records.map(\.data) == [.name(Self.name("core.frankfurt.demo"))]
    )
    // a name it holds, of another type: no records; a name it does not hold: no such name
    let none = try await resolver.lookup(service, .txt)
    #expect(none.nameExists && none.records.isEmpty)
    #expect(try await resolver.lookup(Self.name("nowhere.demo"), .srv).nameExists == false)
    try await server.stop()
  }

  @Test func queriesThatAreNotOneQuestionGetAFormatError() {
    let zone = DNSZone()
    var query = DNSMessage.query(Self.name("a.demo"), .a, id: 9)
    query.questions.append(DNSQuestion(Self.name("b.demo"), .a))
    let answer = zone.answer(query)
    #expect(answer.flags.responseCode == 1 && answer.id == 9 && answer.flags.isResponse)
  }
}
