import Testing

@testable import ICONDiscovery

/// The DNS wire format: what the codec writes, that it reads back what it wrote, and that hostile
/// bytes are refused with a reason.
struct DNSMessageTests {
  static func name(_ text: String) -> DNSName { try! DNSName(text) }

  @Test func aQueryIsWrittenAsRFC1035Says() throws {
    let bytes = try DNSMessage.query(Self.name("Example.TEST"), .a, id: 0x1234).encoded()
    let expected: [UInt8] =
      [0x12, 0x34, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0, 7] + Array("example".utf8) + [4] + Array("test".utf8)
      + [0, 0, 1, 0, 1]
    #expect(bytes == expected)
  }

  /// A response with every record type discovery reads survives the round trip, and names repeated
  /// in it are written as pointers.
  @Test func everyRecordTypeRoundTripsWithCompression() throws {
    let service = Self.name("_edge._tcp.provider.test")
    var flags = DNSMessage.Flags()
    flags.isResponse = true
    flags.isAuthoritative = true
    let message = DNSMessage(
      id: 7, flags: flags, questions: [DNSQuestion(service, .srv)],
      answers: [
        DNSRecord(
          service, .srv, ttl: 60,
          .service(
            ServiceLocation(priority: 1, weight: 5, port: 8080, target: Self.name("yard.provider.test")))),
        DNSRecord(service, .txt, ttl: 60, .text(["price=2", "capacity=4", ""])),
      ],
      authorities: [
        DNSRecord(Self.name("provider.test"), .ns, ttl: 300, .name(Self.name("ns.provider.test")))
      ],
      additionals: [
        DNSRecord(Self.name("yard.provider.test"), .a, ttl: 60, .address(IPAddress("198.51.100.7")!)),
        DNSRecord(Self.name("yard.provider.test"), .aaaa, ttl: 60, .address(IPAddress("2001:db8::7")!)),
        DNSRecord(
          Self.name("7.100.51.198.in-addr.arpa"), .ptr, ttl: 60, .name(Self.name("yard.provider.test"))),
        DNSRecord(Self.name("provider.test"), .other(99), ttl: 60, .raw([1, 2, 3])),
      ])
    let bytes = try message.encoded()
    #expect(try DNSMessage(decoding: bytes) == message)
    let uncompressed =
      12 + message.questions.count * 4 + message.questions.map(\.name.wireLength).reduce(0, +)
    #expect(
      bytes.contains(0xc0),
      "no compression pointer in \(bytes.count) bytes (\(uncompressed) for the question)")
    #expect(bytes.count < 330, "\(bytes.count) bytes: names were not compressed")
  }

  @Test func namesAreCheckedAndCompareWithoutCase() throws {
    #expect(try DNSName("A.Example.Test.") == DNSName("a.example.test"))
    #expect(try DNSName(".") == .root)
    #expect(try DNSName("a.b.c").parent == DNSName("b.c"))
    #expect(try DNSName("yard.p.test").isWithin(DNSName("P.test")))
    #expect(throws: DNSFormatError.self) { try DNSName("a..b") }
    #expect(throws: DNSFormatError.self) { try DNSName(String(repeating: "x", count: 64) + ".test") }
    #expect(throws: DNSFormatError.self) {
      try DNSName(Array(repeating: "abcdefg", count: 40).joined(separator: "."))
    }
    #expect(throws: DNSFormatError.self) { try DNSName("sp ace.test") }
    #expect(DNSName.reverse(of: IPAddress("198.51.100.7")!).description == "7.100.51.198.in-addr.arpa")
    #expect(
      DNSName.reverse(of: IPAddress("2001:db8::1")!).description
        == "1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa")
  }

  @Test func addressesParseAndPrint() {
    for text in [
      "198.51.100.7", "2001:db8::1", "::1", "::", "2001:db8:0:1:1:1:1:1", "fe80::1:0:0:2", "::ffff:c633:6407",
    ] {
      #expect(IPAddress(text)?.description == text, "\(text)")
    }
    #expect(IPAddress("::ffff:198.51.100.7")?.description == "::ffff:c633:6407")
    for bad in [
      "", "1.2.3", "1.2.3.256", "01234.1.1.1", "1::2::3", "12345::", "1:2:3:4:5:6:7:8:9", "x.y.z.w",
    ] {
      #expect(IPAddress(bad) == nil, "\(bad)")
    }
  }

  /// Bytes that are not a message, each refused with what is wrong and where.
  @Test(arguments: [
    ([0x00, 0x01], "the message ends early"),
    // a question whose name points at itself
    (header(questions: 1) + [0xc0, 12, 0, 1, 0, 1], "not before it"),
    // a pointer forward
    (header(questions: 1) + [0xc0, 40, 0, 1, 0, 1], "not before it"),
    // a label of the reserved type 01
    (header(questions: 1) + [0x41, 0, 0, 1, 0, 1], "reserved type"),
    // a label longer than what is left
    (header(questions: 1) + [9, 0x61, 0x61], "runs past"),
    // a name longer than 255 bytes through pointers to itself, each one level up
    (header(questions: 4) + longName(), "longer than 255"),
    // 2,000 answers claimed
    ([0, 1, 0x81, 0, 0, 0, 0x07, 0xd0, 0, 0, 0, 0], "at most 1024"),
    // an A record of five bytes
    (header(answers: 1) + [0, 0, 1, 0, 1, 0, 0, 0, 60, 0, 5, 1, 2, 3, 4, 5], "5 bytes, 4 expected"),
    // record data longer than the message
    (header(answers: 1) + [0, 0, 16, 0, 1, 0, 0, 0, 60, 0, 200, 3, 0x61, 0x62, 0x63], "200 bytes"),
    // a TXT string running past its record
    (header(answers: 1) + [0, 0, 16, 0, 1, 0, 0, 0, 60, 0, 3, 9, 0x61, 0x62], "runs past its record"),
    // a TXT string that is not UTF-8
    (header(answers: 1) + [0, 0, 16, 0, 1, 0, 0, 0, 60, 0, 3, 2, 0xff, 0xfe], "not UTF-8"),
    // a PTR whose name ends before its stated length
    (header(answers: 1) + [0, 0, 12, 0, 1, 0, 0, 0, 60, 0, 4, 1, 0x61, 0, 0], "4 bytes, 3 read"),
    // a label holding a control character
    (header(questions: 1) + [2, 0x61, 0x0a, 0, 0, 1, 0, 1], "printable ASCII"),
    // bytes after the last record
    (header() + [1, 2], "after the last record"),
  ])
  func hostileBytesAreRefusedWithAReason(bytes: [UInt8], reason: String) {
    #expect {
      try DNSMessage(decoding: bytes)
    } throws: { error in
      (error as? DNSFormatError)?.description.contains(reason) == true
    }
  }

  /// A 12-byte response header with the counts given.
  static func header(questions: UInt8 = 0, answers: UInt8 = 0) -> [UInt8] {
    [0, 1, 0x81, 0x80, 0, questions, 0, answers, 0, 0, 0, 0]
  }

  /// Four questions, each a 63-byte label followed by a pointer to the question before it: the
  /// fourth name is 257 bytes long.
  static func longName() -> [UInt8] {
    var bytes: [UInt8] = []
    var previous: Int?
    for _ in 0..<4 {
      let start = 12 + bytes.count
      bytes += [63] + [UInt8](repeating: 0x61, count: 63)
      if let previous { bytes += [0xc0, UInt8(previous)] } else { bytes.append(0) }
      bytes += [0, 1, 0, 1]
      previous = start
    }
    return bytes
  }

  @Test func recordsWhoseDataDoesNotFitTheirTypeAreNotWritten() {
    let record = DNSRecord(Self.name("a.test"), .a, ttl: 1, .address(IPAddress("2001:db8::1")!))
    #expect(throws: DNSFormatError.self) { try DNSMessage(id: 1, answers: [record]).encoded() }
    let long = DNSRecord(Self.name("a.test"), .txt, ttl: 1, .text([String(repeating: "x", count: 256)]))
    #expect(throws: DNSFormatError.self) { try DNSMessage(id: 1, answers: [long]).encoded() }
  }

  @Test func aTTLWithTheTopBitSetCountsAsZero() throws {
    let bytes = Self.header(answers: 1) + [0, 0, 1, 0, 1, 0x80, 0, 0, 0, 0, 4, 198, 51, 100, 7]
    #expect(try DNSMessage(decoding: bytes).answers.first?.ttl == 0)
  }
}
