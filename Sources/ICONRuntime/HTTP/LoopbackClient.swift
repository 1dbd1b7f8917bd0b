import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import Synchronization

/// A client as a user's browser would be one: sends from a chosen source address (so an agent sees its
/// subnet), keeps its connections alive, follows redirects and `ICON-Location` hints, and reports what
/// happened. It speaks plain HTTP/1.1 over SwiftNIO, so what it measures is the servers, not itself.
public struct LoopbackClient: Sendable {
  /// What one request came to.
  public struct Outcome: Sendable {
    /// The final status, or nil when no answer came.
    public var status: Int?
    /// The final body.
    public var body: String
    /// The base URL that finally answered.
    public var servedBy: String
    /// A closer ICON the answer named in its `ICON-Location` header (hint mode).
    public var hint: String?
    /// How many redirects were followed.
    public var redirects: Int
    /// Whether a connection failure was retried.
    public var retried: Bool
    /// From sending to the final answer, as the network and the servers made it: the time from each
    /// request leaving to its answer arriving (and any new connection's set-up), plus the wait before a
    /// retry; the client's own scheduling is left out, as a browser's timing API leaves it out.
    public var latency: Duration
    /// What went wrong, when no answer came.
    public var failure: String?

    /// Where a client that remembers where it was sent asks next: the closer ICON a hint named, else the
    /// one that answered; after a failure, `entry` again, as a user goes back to the address they were
    /// given.
    public func nextTarget(entry: String) -> String {
      status == nil ? entry : hint ?? servedBy
    }
  }

  /// The address requests are sent from, such as `127.0.2.10`.
  public var source: String
  private let connections = KeptConnections()

  /// A client sending from `source`.
  public init(source: String) { self.source = source }

  /// How many redirects one request follows; one more is a failure, as in a browser.
  public static let redirectLimit = 5

  /// Sends `method` to `base` + `path`, following up to ``redirectLimit`` redirects and retrying once,
  /// 300 ms later, on a failed connection.
  public func send(_ method: HTTPMethod = .GET, base: String, path: String, body: String? = nil) async
    -> Outcome
  {
    var spent = Duration.zero
    var target = base + path
    var redirects = 0
    var visited: [String] = []
    var retried = false
    while true {
      do {
        let response = try await exchange(method, target: target, body: body, spent: &spent)
        if [301, 302, 307, 308].contains(response.status),
          let location = response.headers.first(name: "Location")
        {
          guard redirects < Self.redirectLimit else {
            return Outcome(
              status: nil, body: "", servedBy: baseURL(of: base + path), hint: nil, redirects: redirects,
              retried: retried, latency: spent,
              failure:
                "more than \(Self.redirectLimit) redirects: \((visited + [baseURL(of: target), location]).joined(separator: " → "))"
            )
          }
          visited.append(baseURL(of: target))
          redirects += 1
          target = URL(string: location, relativeTo: URL(string: target))?.absoluteString ?? location
          continue
        }
        return Outcome(
          status: response.status, body: String(buffer: response.body), servedBy: baseURL(of: target),
          hint: response.headers.first(name: "ICON-Location"), redirects: redirects, retried: retried,
          latency: spent, failure: nil)
      } catch {
        if !retried {
          retried = true
          try? await Task.sleep(for: .milliseconds(300))
          spent += .milliseconds(300)
          continue
        }
        return Outcome(
          status: nil, body: "", servedBy: baseURL(of: target), hint: nil, redirects: redirects,
          retried: retried, latency: spent, failure: "\(error)")
      }
    }
  }

  /// One request and its answer, on a kept connection when there is one. A kept connection the server
  /// has closed meanwhile is replaced at once, as browsers do; only a fresh connection's failure counts.
  private func exchange(_ method: HTTPMethod, target: String, body: String?, spent: inout Duration)
    async throws -> PlainAnswer
  {
    guard let url = URL(string: target), let host = url.host,
      let port = url.port ?? (url.scheme == "http" ? 80 : nil)
    else { throw LoopbackFailure.badURL(target) }
    var head = HTTPRequestHead(version: .http1_1, method: method, uri: url.path.isEmpty ? "/" : url.path)
    if let query = url.query { head.uri += "?" + query }
    head.headers.add(name: "Host", value: "\(host):\(port)")
    head.headers.add(name: "Content-Length", value: "\(body?.utf8.count ?? 0)")
    let payload = body.map { ByteBuffer(string: $0) }
    let key = "\(host):\(port)"
    if let kept = connections.take(key) {
      if let answer = try? await Self.ask(kept, head: head, body: payload) {
        spent += answer.wireTime
        if answer.keepAlive { connections.keep(kept, for: key) } else { kept.close(promise: nil) }
        return answer
      }
      kept.close(promise: nil)
    }
    let connecting = ContinuousClock.now
    let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
      .connectTimeout(.seconds(5))
      .bind(to: try SocketAddress(ipAddress: source, port: 0))
      .channelInitializer { channel in
        channel.eventLoop.makeCompletedFuture {
          try channel.pipeline.syncOperations.addHTTPClientHandlers()
          try channel.pipeline.syncOperations.addHandler(AnswerHandler())
        }
      }
      .connect(host: host, port: port).get()
    spent += ContinuousClock.now - connecting
    do {
      let answer = try await Self.ask(channel, head: head, body: payload)
      spent += answer.wireTime
      if answer.keepAlive { connections.keep(channel, for: key) } else { channel.close(promise: nil) }
      return answer
    } catch {
      channel.close(promise: nil)
      throw error
    }
  }

  private static func ask(_ channel: any Channel, head: HTTPRequestHead, body: ByteBuffer?) async throws
    -> PlainAnswer
  {
    let promise = channel.eventLoop.makePromise(of: PlainAnswer.self)
    let timeout = channel.eventLoop.scheduleTask(in: .seconds(10)) {
      promise.fail(LoopbackFailure.timedOut)
    }
    promise.futureResult.whenComplete { _ in timeout.cancel() }
    channel.writeAndFlush(Question(head: head, body: body, answer: promise)).cascadeFailure(to: promise)
    return try await promise.futureResult.get()
  }
}

/// Connections kept alive between requests, one per server.
private final class KeptConnections: Sendable {
  private let idle = Mutex<[String: any Channel]>([:])

  func take(_ key: String) -> (any Channel)? {
    idle.withLock { $0.removeValue(forKey: key) }.flatMap { $0.isActive ? $0 : nil }
  }

  func keep(_ channel: any Channel, for key: String) {
    idle.withLock { $0.updateValue(channel, forKey: key) }?.close(promise: nil)
  }

  deinit { idle.withLock { $0.values.forEach { $0.close(promise: nil) } } }
}

/// Why an exchange failed before an answer came.
enum LoopbackFailure: Error, CustomStringConvertible {
  case badURL(String)
  case timedOut
  case closed

  var description: String {
    switch self {
    case .badURL(let url): "not an http URL: \(url)"
    case .timedOut: "no answer within 10 s"
    case .closed: "the server closed the connection before answering"
    }
  }
}

/// A request on its way, with the promise its answer fulfils.
private struct Question: Sendable {
  var head: HTTPRequestHead
  var body: ByteBuffer?
  var answer: EventLoopPromise<PlainAnswer>
}

/// A whole answer.
private struct PlainAnswer: Sendable {
  var status: Int
  var headers: HTTPHeaders
  var body: ByteBuffer
  var keepAlive: Bool
  /// From the request's last byte leaving to the answer's end arriving, on the event loop.
  var wireTime = Duration.zero
}

/// Writes one request at a time and collects its answer.
private final class AnswerHandler: ChannelDuplexHandler {
  typealias InboundIn = HTTPClientResponsePart
  typealias OutboundIn = Question
  typealias OutboundOut = HTTPClientRequestPart

  private var waiting: EventLoopPromise<PlainAnswer>?
  private var answer: PlainAnswer?
  private var sentAt = ContinuousClock.now

  func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
    let question = unwrapOutboundIn(data)
    waiting = question.answer
    context.write(wrapOutboundOut(.head(question.head)), promise: nil)
    if let body = question.body, body.readableBytes > 0 {
      context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
    }
    context.write(wrapOutboundOut(.end(nil)), promise: promise)
    sentAt = ContinuousClock.now
  }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    switch unwrapInboundIn(data) {
    case .head(let head):
      answer = PlainAnswer(
        status: Int(head.status.code), headers: head.headers,
        body: context.channel.allocator.buffer(capacity: 0),
        keepAlive: head.isKeepAlive)
    case .body(var part):
      answer?.body.writeBuffer(&part)
    case .end:
      if var answer {
        answer.wireTime = ContinuousClock.now - sentAt
        waiting?.succeed(answer)
      }
      waiting = nil
      answer = nil
    }
  }

  func channelInactive(context: ChannelHandlerContext) {
    waiting?.fail(LoopbackFailure.closed)
    waiting = nil
    context.fireChannelInactive()
  }

  func errorCaught(context: ChannelHandlerContext, error: any Error) {
    waiting?.fail(error)
    waiting = nil
    context.close(promise: nil)
  }
}
