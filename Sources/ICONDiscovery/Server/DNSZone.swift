/// Records a server answers for with authority: what `icon demo` announces its yards and names its
/// backbone's routers with.
public struct DNSZone: Sendable {
  private var records: [DNSName: [DNSRecord]] = [:]

  public init(_ records: [DNSRecord] = []) {
    for record in records { add(record) }
  }

  /// Adds `record`.
  public mutating func add(_ record: DNSRecord) { records[record.name, default: []].append(record) }

  /// The response to `query`: its records of the type asked, "no such name" for a name the zone does
  /// not hold, "format error" for anything but one question.
  public func answer(_ query: DNSMessage) -> DNSMessage {
    var flags = DNSMessage.Flags()
    flags.isResponse = true
    flags.isAuthoritative = true
    flags.wantsRecursion = query.flags.wantsRecursion
    var response = DNSMessage(id: query.id, flags: flags, questions: query.questions)
    guard query.questions.count == 1, query.flags.opcode == 0, !query.flags.isResponse else {
      response.flags.responseCode = 1
      return response
    }
    let question = query.questions[0]
    guard let held = records[question.name] else {
      response.flags.responseCode = 3
      return response
    }
    response.answers = held.filter { $0.type == question.type }
    return response
  }
}
