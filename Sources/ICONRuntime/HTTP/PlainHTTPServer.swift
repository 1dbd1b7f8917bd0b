import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import Synchronization

/// An HTTP answer built in full before it is written.
package struct PlainResponse: Sendable {
  package var status: HTTPResponseStatus
  package var headers: HTTPHeaders
  package var body: ByteBuffer

  /// A response with `status`, `headers` and `body`.
  package init(status: HTTPResponseStatus, headers: HTTPHeaders, body: ByteBuffer) {
    self.status = status
    self.headers = headers
    self.body = body
  }

  /// A JSON body.
  /// `text` as a 200 of media type `contentType`.
  package static func text(_ text: String, contentType: String) -> PlainResponse {
    PlainResponse(status: .ok, headers: ["content-type": contentType], body: ByteBuffer(string: text))
  }

  package static func json<Body: Encodable>(_ body: Body, status: HTTPResponseStatus = .ok) -> PlainResponse {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let data = (try? encoder.encode(body)) ?? Data("{}".utf8)
    return PlainResponse(
      status: status, headers: ["content-type": "application/json"], body: ByteBuffer(bytes: data))
  }

  /// An error as `{"error": {"message": ...}}`.
  package static func error(_ status: HTTPResponseStatus, _ message: String) -> PlainResponse {
    struct Inner: Encodable { var message: String }
    struct Body: Encodable { var error: Inner }
    return json(Body(error: Inner(message: message)), status: status)
  }

  /// A 307 to `base` followed by `uri`.
  package static func redirect(to base: String, uri: String) -> PlainResponse {
    PlainResponse(status: .temporaryRedirect, headers: ["location": base + uri], body: ByteBuffer())
  }

  /// Writes the answer on a server connection's `context`, closing it afterwards unless `keepAlive`.
  package func write(on context: ChannelHandlerContext, version: HTTPVersion, keepAlive: Bool) {
    guard context.channel.isActive else { return }
    var headers = headers
    headers.replaceOrAdd(name: "content-length", value: String(body.readableBytes))
    if !keepAlive { headers.replaceOrAdd(name: "connection", value: "close") }
    let head = HTTPResponseHead(version: version, status: status, headers: headers)
    context.write(NIOAny(HTTPServerResponsePart.head(head)), promise: nil)
    if body.readableBytes > 0 {
      context.write(NIOAny(HTTPServerResponsePart.body(.byteBuffer(body))), promise: nil)
    }
    let written = context.writeAndFlush(NIOAny(HTTPServerResponsePart.end(nil)))
    if !keepAlive {
      written.assumeIsolated().whenComplete { _ in context.close(promise: nil) }
    }
  }
}

/// A small HTTP/1.1 server on SwiftNIO whose answers are computed at once on the connection's event
/// loop: no hop to another thread, so an answer costs little even in a debug build. The demo workload
/// and the yards' redirect stubs use it.
package struct PlainHTTPServer: Sendable {
  /// Computes the answer to one whole request.
  package typealias Answer = @Sendable (_ head: HTTPRequestHead, _ body: ByteBuffer) -> PlainResponse

  /// The event loops every server's connections run on.
  package static var group: MultiThreadedEventLoopGroup { .singleton }

  /// Largest request body accepted.
  package static let bodyLimit = 16 << 20

  package let answer: Answer
  /// Makes, per connection, a handler that comes before the answer and may serve some requests itself
  /// (streaming them, say), passing the others on.
  package let streams: (@Sendable () -> any ChannelInboundHandler)?

  /// A server that answers each request with `answer`, unless the handler `streams` makes took it.
  package init(answer: @escaping Answer, streams: (@Sendable () -> any ChannelInboundHandler)? = nil) {
    self.answer = answer
    self.streams = streams
  }

  /// Binds `host:port` (0 picks one); the server runs until the returned channel is closed.
  package func bind(host: String, port: Int, connections: OpenConnections? = nil) async throws -> any Channel
  {
    let answer = answer
    let streams = streams
    return try await Self.bind(host: host, port: port, connections: connections) {
      (streams.map { [$0()] } ?? []) + [PlainRequestHandler(answer: answer)]
    }
  }

  /// Binds an HTTP/1.1 server on `host:port` (0 picks one) whose every connection ends in the handlers
  /// `handlers()` makes, and is kept in `connections` while open; it runs until the returned channel is
  /// closed. Connections are held to `limits`, counted in `count` (one of its own unless given).
  package static func bind(
    host: String, port: Int, connections: OpenConnections? = nil, limits: ConnectionLimits = .standard,
    count: ConnectionCount? = nil, handlers: @escaping @Sendable () -> [any ChannelHandler]
  ) async throws -> any Channel {
    let count = count ?? ConnectionCount(maximum: limits.maximumConnections)
    return try await ServerBootstrap(group: group)
      .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
      .serverChannelOption(.backlog, value: 1024)
      .childChannelOption(.tcpOption(.tcp_nodelay), value: 1)
      .childChannelInitializer { channel in
        guard count.admit(channel) else { return channel.close() }
        connections?.insert(channel)
        return channel.eventLoop.makeCompletedFuture {
          try configure(channel.pipeline.syncOperations, limits: limits, handlers: handlers())
        }
      }
      .bind(host: host, port: port).get()
  }

  /// The largest request head a server reads (request line and header fields); a longer one is answered
  /// 431 and the connection closed.
  package static let headLimit = 32 << 10

  /// Sets up a server connection's pipeline: HTTP/1.1 with pipelined requests answered in order,
  /// heads held to ``headLimit``, malformed requests answered 400 (431 for heads too large), clients
  /// held to `limits`, and `handlers` last. The HTTP handlers and the last of `handlers` are named (see
  /// ``PipelineName``), so that a connection that switches protocols can take HTTP out of its way.
  package static func configure(
    _ pipeline: ChannelPipeline.SynchronousOperations, limits: ConnectionLimits,
    handlers: [any ChannelHandler]
  ) throws {
    var headLimits = NIOHTTPDecoderLimitConfiguration()
    headLimits.maxHeaderListSize = headLimit
    headLimits.maxHeaderFieldSize = headLimit
    try pipeline.addHandler(HTTPResponseEncoder(), name: PipelineName.encoder)
    try pipeline.addHandler(
      ByteToMessageHandler(
        HTTPRequestDecoder(
          leftOverBytesStrategy: .forwardBytes, informationalResponseStrategy: .drop,
          limitConfiguration: headLimits)), name: PipelineName.decoder)
    try pipeline.addHandler(HTTPServerPipelineHandler(), name: PipelineName.pipelining)
    try pipeline.addHandler(ProtocolErrorAnswer(), name: PipelineName.errors)
    try pipeline.addHandler(RequestDeadlines(limits: limits), name: PipelineName.deadlines)
    for (index, handler) in handlers.enumerated() {
      try pipeline.addHandler(handler, name: index == handlers.count - 1 ? PipelineName.handler : nil)
    }
  }

  /// The names of a server connection's handlers, in pipeline order.
  package enum PipelineName {
    package static let encoder = "http-encoder"
    package static let decoder = "http-decoder"
    package static let pipelining = "http-pipelining"
    package static let errors = "http-errors"
    package static let deadlines = "deadlines"
    package static let handler = "handler"
  }

  /// Serves on `host:port` until the calling task is cancelled; then closes the kept connections too,
  /// so that no client is answered by a server that has stopped.
  package func serve(host: String, port: Int) async throws {
    let connections = OpenConnections()
    let channel = try await bind(host: host, port: port, connections: connections)
    try await withTaskCancellationHandler {
      try await channel.closeFuture.get()
    } onCancel: {
      channel.close(promise: nil)
      connections.closeAll()
    }
  }
}

/// The connections a server has accepted and not yet seen closed.
package final class OpenConnections: Sendable {
  private let channels = Mutex<[ObjectIdentifier: any Channel]>([:])

  /// Keeps `channel` until it closes.
  package func insert(_ channel: any Channel) {
    let key = ObjectIdentifier(channel)
    channels.withLock { $0[key] = channel }
    channel.closeFuture.whenComplete { _ in _ = self.channels.withLock { $0.removeValue(forKey: key) } }
  }

  /// Closes every open connection.
  package func closeAll() {
    for channel in channels.withLock({ Array($0.values) }) { channel.close(promise: nil) }
  }
}

/// Collects a request and writes its answer.
private final class PlainRequestHandler: ChannelInboundHandler, RemovableChannelHandler {
  typealias InboundIn = HTTPServerRequestPart
  typealias OutboundOut = HTTPServerResponsePart

  private let answer: PlainHTTPServer.Answer
  private var head: HTTPRequestHead?
  private var body = ByteBuffer()
  private var tooLarge = false

  init(answer: @escaping PlainHTTPServer.Answer) { self.answer = answer }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    switch unwrapInboundIn(data) {
    case .head(let requestHead):
      head = requestHead
      body.clear()
      tooLarge = false
    case .body(var chunk):
      tooLarge = tooLarge || body.readableBytes + chunk.readableBytes > PlainHTTPServer.bodyLimit
      if !tooLarge { body.writeBuffer(&chunk) }
    case .end:
      guard let requestHead = head else { return }
      head = nil
      let response =
        tooLarge
        ? PlainResponse.error(.payloadTooLarge, "bodies are at most \(PlainHTTPServer.bodyLimit >> 20) MiB")
        : answer(requestHead, body)
      response.write(
        on: context, version: requestHead.version, keepAlive: requestHead.isKeepAlive && !tooLarge)
    }
  }
}
