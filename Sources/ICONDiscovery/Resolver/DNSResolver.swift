import NIOCore
import NIOPosix

/// Asks DNS servers: over UDP first, over TCP when the answer was truncated; each server in turn,
/// round after round, until one answers. Only an answer to the question asked, with the query's id,
/// from the server asked, counts; a malformed one is refused with its reason.
public struct DNSResolver: Sendable {
  public let configuration: ResolverConfiguration
  private let group: any EventLoopGroup

  public init(
    _ configuration: ResolverConfiguration, group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
  ) {
    self.configuration = configuration
    self.group = group
  }

  /// The `type` records of `name` (following CNAMEs in the answer); an empty answer when the name or
  /// the records do not exist. Throws when no server gave a usable answer.
  public func lookup(_ name: DNSName, _ type: DNSRecordType) async throws(DNSLookupError) -> DNSAnswer {
    let question = DNSQuestion(name, type)
    var problem = "no server to ask"
    for _ in 0..<max(1, configuration.attempts) {
      for server in configuration.servers {
        let query = DNSMessage.query(name, type, id: UInt16.random(in: 0...UInt16.max))
        do {
          var response = try await exchange(query, with: server, overTCP: false)
          if response.flags.isTruncated { response = try await exchange(query, with: server, overTCP: true) }
          switch response.flags.responseCode {
          case 0: return DNSAnswer(question: question, response: response)
          case 3: return DNSAnswer(question: question, records: [], nameExists: false)
          case let code: problem = "\(server) answered with response code \(code)"
          }
        } catch let error as DNSFormatError {
          problem = "\(server) sent a malformed answer: \(error)"
        } catch is TimedOut {
          problem = "\(server) did not answer within \(configuration.timeout)"
        } catch {
          problem = "\(server): \(error)"
        }
      }
    }
    throw DNSLookupError(question: question, reason: problem)
  }

  private struct TimedOut: Error {}

  /// Sends `query` to `server` and returns its answer, within the configured timeout.
  private func exchange(_ query: DNSMessage, with server: DNSServerAddress, overTCP: Bool) async throws
    -> DNSMessage
  {
    let address = try SocketAddress(ipAddress: server.address.description, port: server.port)
    let bytes = try query.encoded()
    let group = group
    return try await withThrowingTaskGroup(of: DNSMessage?.self) { tasks in
      tasks.addTask {
        overTCP
          ? try await Self.exchangeTCP(bytes, for: query, at: address, group: group)
          : try await Self.exchangeUDP(bytes, for: query, at: address, group: group)
      }
      tasks.addTask { [timeout = configuration.timeout] in
        try await Task.sleep(for: timeout)
        return nil
      }
      defer { tasks.cancelAll() }
      guard let first = try await tasks.next(), let response = first else { throw TimedOut() }
      return response
    }
  }

  /// One datagram out, then the first datagram that answers `query` (a connected socket hears only
  /// the server); others are skipped.
  private static func exchangeUDP(
    _ bytes: [UInt8], for query: DNSMessage, at address: SocketAddress, group: any EventLoopGroup
  ) async throws -> DNSMessage {
    let channel = try await DatagramBootstrap(group: group).connect(to: address) { channel in
      channel.eventLoop.makeCompletedFuture {
        try NIOAsyncChannel<AddressedEnvelope<ByteBuffer>, AddressedEnvelope<ByteBuffer>>(
          wrappingChannelSynchronously: channel)
      }
    }
    return try await channel.executeThenClose { inbound, outbound in
      try await outbound.write(AddressedEnvelope(remoteAddress: address, data: ByteBuffer(bytes: bytes)))
      for try await datagram in inbound {
        let response = try DNSMessage(decoding: Array(buffer: datagram.data))
        if response.answers(query) { return response }
      }
      throw DNSFormatError("the server closed without answering")
    }
  }

  /// The query with its two-byte length on a TCP connection, and the answer read back the same way.
  private static func exchangeTCP(
    _ bytes: [UInt8], for query: DNSMessage, at address: SocketAddress, group: any EventLoopGroup
  ) async throws -> DNSMessage {
    let channel = try await ClientBootstrap(group: group).connect(to: address) { channel in
      channel.eventLoop.makeCompletedFuture {
        try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
      }
    }
    return try await channel.executeThenClose { inbound, outbound in
      var framed = ByteBuffer()
      framed.writeInteger(UInt16(bytes.count))
      framed.writeBytes(bytes)
      try await outbound.write(framed)
      var received = ByteBuffer()
      for try await chunk in inbound {
        received.writeImmutableBuffer(chunk)
        guard let length = received.getInteger(at: received.readerIndex, as: UInt16.self) else { continue }
        guard received.readableBytes >= 2 + Int(length) else { continue }
        guard received.readableBytes == 2 + Int(length) else {
          throw DNSFormatError("\(received.readableBytes - 2 - Int(length)) bytes after the answer")
        }
        let response = try DNSMessage(decoding: Array(received.readableBytesView.dropFirst(2)))
        guard response.answers(query) else { throw DNSFormatError("an answer to another question") }
        return response
      }
      throw DNSFormatError("the connection closed after \(received.readableBytes) bytes of the answer")
    }
  }
}

extension DNSMessage {
  /// Whether this message is the response to `query`: its id, the response flag and the same question.
  func answers(_ query: DNSMessage) -> Bool {
    id == query.id && flags.isResponse && flags.opcode == query.flags.opcode && questions == query.questions
  }
}

/// What a lookup found.
public struct DNSAnswer: Hashable, Sendable {
  public let question: DNSQuestion
  /// The records of the type asked, for the name asked or the name its CNAMEs lead to.
  public let records: [DNSRecord]
  /// False when the server said the name does not exist.
  public let nameExists: Bool

  /// The most CNAMEs followed.
  public static let maximumAliases = 8

  public init(question: DNSQuestion, records: [DNSRecord], nameExists: Bool) {
    self.question = question
    self.records = records
    self.nameExists = nameExists
  }

  /// The records of `response` that answer `question`, following its CNAMEs.
  init(question: DNSQuestion, response: DNSMessage) {
    var name = question.name
    var found: [DNSRecord] = []
    for _ in 0...Self.maximumAliases {
      found = response.answers.filter { $0.name == name && $0.type == question.type }
      guard found.isEmpty,
        let alias = response.answers.first(where: { $0.name == name && $0.type == .cname }),
        case .name(let target) = alias.data
      else { break }
      name = target
    }
    self.init(question: question, records: found, nameExists: true)
  }
}

/// No server gave a usable answer to a question: the last reason heard.
public struct DNSLookupError: Error, Hashable, Sendable, CustomStringConvertible {
  public let question: DNSQuestion
  public let reason: String

  public var description: String { "cannot look up \(question.name) (type \(question.type.code)): \(reason)" }
}
