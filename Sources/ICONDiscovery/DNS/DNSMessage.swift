/// A DNS message (RFC 1035 §4): a header, questions and three sections of records.
public struct DNSMessage: Hashable, Sendable {
  /// The header's flags.
  public struct Flags: Hashable, Sendable {
    public var isResponse = false
    public var opcode: UInt8 = 0
    public var isAuthoritative = false
    public var isTruncated = false
    public var wantsRecursion = true
    public var offersRecursion = false
    /// The response code: 0 no error, 1 format error, 2 server failure, 3 no such name, 5 refused.
    public var responseCode: UInt8 = 0

    public init() {}

    init(bits: UInt16) {
      isResponse = bits & 0x8000 != 0
      opcode = UInt8((bits >> 11) & 0x0f)
      isAuthoritative = bits & 0x0400 != 0
      isTruncated = bits & 0x0200 != 0
      wantsRecursion = bits & 0x0100 != 0
      offersRecursion = bits & 0x0080 != 0
      responseCode = UInt8(bits & 0x000f)
    }

    var bits: UInt16 {
      var bits = UInt16(opcode & 0x0f) << 11 | UInt16(responseCode & 0x0f)
      if isResponse { bits |= 0x8000 }
      if isAuthoritative { bits |= 0x0400 }
      if isTruncated { bits |= 0x0200 }
      if wantsRecursion { bits |= 0x0100 }
      if offersRecursion { bits |= 0x0080 }
      return bits
    }
  }

  /// The most records of all sections a message may hold; more is refused as hostile.
  public static let maximumRecords = 1024
  /// The largest message: what a TCP length prefix can say.
  public static let maximumLength = 65535

  public var id: UInt16
  public var flags: Flags
  public var questions: [DNSQuestion]
  public var answers: [DNSRecord]
  public var authorities: [DNSRecord]
  public var additionals: [DNSRecord]

  public init(
    id: UInt16, flags: Flags = Flags(), questions: [DNSQuestion] = [], answers: [DNSRecord] = [],
    authorities: [DNSRecord] = [], additionals: [DNSRecord] = []
  ) {
    self.id = id
    self.flags = flags
    self.questions = questions
    self.answers = answers
    self.authorities = authorities
    self.additionals = additionals
  }

  /// A query for `type` records of `name`.
  public static func query(_ name: DNSName, _ type: DNSRecordType, id: UInt16) -> DNSMessage {
    DNSMessage(id: id, questions: [DNSQuestion(name, type)])
  }

  /// The message's bytes, names compressed; throws when a record's data cannot be written.
  public func encoded() throws(DNSFormatError) -> [UInt8] {
    var writer = DNSWriter()
    writer.u16(id)
    writer.u16(flags.bits)
    for count in [questions.count, answers.count, authorities.count, additionals.count] {
      guard count <= Self.maximumRecords else { throw DNSFormatError("\(count) entries in one section") }
      writer.u16(UInt16(count))
    }
    for question in questions {
      writer.name(question.name)
      writer.u16(question.type.code)
      writer.u16(question.recordClass)
    }
    for record in answers + authorities + additionals { try writer.record(record) }
    guard writer.bytes.count <= Self.maximumLength else {
      throw DNSFormatError("a message of \(writer.bytes.count) bytes (at most \(Self.maximumLength))")
    }
    return writer.bytes
  }

  /// The message in `bytes`, or the reason they are not one. Every count, length and pointer is
  /// checked; compression pointers must point backwards, so no message can make the reader loop.
  public init(decoding bytes: [UInt8]) throws(DNSFormatError) {
    guard bytes.count <= Self.maximumLength else {
      throw DNSFormatError("a message of \(bytes.count) bytes (at most \(Self.maximumLength))")
    }
    var reader = DNSReader(bytes: bytes)
    id = try reader.u16()
    flags = Flags(bits: try reader.u16())
    let counts = [try reader.u16(), try reader.u16(), try reader.u16(), try reader.u16()].map(Int.init)
    guard counts.reduce(0, +) <= Self.maximumRecords else {
      throw DNSFormatError("\(counts.reduce(0, +)) entries (at most \(Self.maximumRecords))", at: 4)
    }
    questions = []
    for _ in 0..<counts[0] {
      let name = try reader.name()
      questions.append(
        DNSQuestion(name, DNSRecordType(code: try reader.u16()), recordClass: try reader.u16()))
    }
    answers = try (0..<counts[1]).map { _ throws(DNSFormatError) in try reader.record() }
    authorities = try (0..<counts[2]).map { _ throws(DNSFormatError) in try reader.record() }
    additionals = try (0..<counts[3]).map { _ throws(DNSFormatError) in try reader.record() }
    guard reader.offset == bytes.count else {
      throw DNSFormatError("\(bytes.count - reader.offset) bytes after the last record", at: reader.offset)
    }
  }
}
