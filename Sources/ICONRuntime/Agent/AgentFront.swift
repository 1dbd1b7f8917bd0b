import Foundation
import ICONCore
import ICONTrust
import NIOCore
import NIOHTTP1
import NIOPosix
import ServiceLifecycle

/// The agent's HTTP face, written directly on SwiftNIO so the proxy path costs little: the control
/// API under `/_icon/` and, for every other path, the client proxy that meters demand per subnet,
/// redirects clients to closer ICONs and forwards the rest to the workload over a kept-alive
/// connection per client connection.
struct AgentFront: Sendable {
  let node: AgentNode
  let routing: ClientRouting
  let meter: TrafficMeter
  let latency: any LatencySource
  let site: SiteID
  let discovery: AppManifest.Discovery
  let workloadPort: Int

  /// A front for `node`, whose workload listens on `workloadPort`.
  init(node: AgentNode, workloadPort: Int) {
    self.node = node
    routing = node.routing
    meter = node.meter
    latency = node.latency
    site = node.configuration.site.site
    discovery = node.configuration.deployment.manifest.discovery
    self.workloadPort = workloadPort
  }

  /// Binds `host:port` (0 picks one) and serves until the channel closes, holding clients to `limits`.
  func bind(host: String, port: Int, limits: ConnectionLimits = .standard) async throws -> any Channel {
    let front = self
    return try await PlainHTTPServer.bind(host: host, port: port, limits: limits) {
      ClientConnectionHandler(front: front)
    }
  }

  // MARK: Control API

  /// Answers a control request: `path` is its normalised path, `head` the request as it came. Every
  /// request but health and status is signed: messages by the ICON they come from, owner commands by
  /// the owner, a takeover by this very ICON. A status asked with `?challenge=HEX` is signed by this
  /// ICON's key, so that its owner knows it talks to the real ICON.
  func control(_ head: HTTPRequestHead, path: String, body: ByteBuffer) async -> PlainResponse {
    let method = head.method
    if case .moved(let url) = routing.mode, path != "/_icon/health" {
      return .redirect(to: url, uri: head.uri)
    }
    do {
      switch (method, path) {
      case (.GET, "/_icon/health"):
        return .json(["status": routing.mode.name])
      case (.GET, "/_icon/status"):
        return signedStatus(await node.status(), challenge: ControlPath.query(head.uri, "challenge"))
      case (.POST, "/_icon/messages"), (.POST, "/_icon/owner"), (.POST, "/_icon/takeover"),
        (.POST, "/_icon/peer-died"):
        let principal = try node.authenticate(
          head.headers.first(name: Credential.headerName), method: method.rawValue, target: head.uri,
          body: Data(buffer: body))
        switch path {
        case "/_icon/messages":
          let post = try Responses.decode(ControlPost.self, from: body)
          return answer(await node.receive(post, from: principal), uri: head.uri)
        case "/_icon/owner":
          let instruction = try Responses.decode(OwnerInstruction.self, from: body)
          return answer(await node.obey(instruction, from: principal), uri: head.uri)
        case "/_icon/peer-died":
          // from a yard's operator; believed only once the peer's own address no longer answers
          guard case .operator = principal else {
            throw TrustFailure.forbidden("a death is reported by a yard's operator, not by \(principal)")
          }
          let death = try Responses.decode(PeerDeath.self, from: body)
          await node.peerReportedDead(death.icon)
          return .json(["status": "accepted"], status: .accepted)
        default:
          let takeover = try Responses.decode(Takeover.self, from: body)
          do {
            try await node.takeOver(takeover, from: principal)
          } catch let failure as TrustFailure {
            throw failure
          } catch {
            return .error(.conflict, "takeover refused: \(error)")
          }
          return .json(["status": "serving"])
        }
      default:
        return .error(
          .notFound,
          "no such control endpoint: \(method) \(path) (GET /_icon/health, GET /_icon/status, "
            + "POST /_icon/messages, POST /_icon/owner, POST /_icon/peer-died, POST /_icon/takeover)")
      }
    } catch let problem as RequestProblem {
      return problem.plain
    } catch let failure as TrustFailure {
      return .error(HTTPResponseStatus(statusCode: failure.status), failure.description)
    } catch {
      return .error(.badRequest, "\(error)")
    }
  }

  /// The status as JSON; signed for `challenge` when one was given (hex, at most 64 characters).
  private func signedStatus(_ status: AgentStatus, challenge: String?) -> PlainResponse {
    var response = PlainResponse.json(status)
    if let challenge, (1...64).contains(challenge.count), challenge.allSatisfy(\.isHexDigit) {
      let credential = node.signer.credential(
        method: "GET", target: "/_icon/status", body: Data(buffer: response.body),
        audience: OwnerClient.statusAudience(challenge), now: Gatekeeper.wallClock())
      response.headers.add(name: Credential.headerName, value: credential.header)
    }
    return response
  }

  private func answer(_ delivery: AgentNode.Delivery, uri: String) -> PlainResponse {
    switch delivery {
    case .accepted: .json(["status": "accepted"], status: .accepted)
    case .moved(let url): .redirect(to: url, uri: uri)
    case .notReady: .error(.serviceUnavailable, "this ICON is not running here yet")
    case .rejected(let refusal): .error(.conflict, refusal.description)
    case .unauthorized(let failure):
      .error(HTTPResponseStatus(statusCode: failure.status), failure.description)
    }
  }

  /// The modelled round trip a response to `subnet` must carry.
  func delay(for subnet: SubnetID?) -> TimeAmount {
    guard let subnet else { return .zero }
    return .nanoseconds(latency.responseDelay(subnet: subnet, site: site).nanoseconds)
  }
}

/// One client connection: reads whole requests, decides per request, answers in order.
final class ClientConnectionHandler: ChannelInboundHandler {
  typealias InboundIn = HTTPServerRequestPart
  typealias OutboundOut = HTTPServerResponsePart

  private let front: AgentFront
  private var head: HTTPRequestHead?
  private var body: ByteBuffer?
  private var clientAddress: String?
  private var subnet: SubnetID?
  private var upstream: (any Channel)?
  private var upstreamHandler: UpstreamHandler?
  private var roundTripMeasured = false
  private static let bodyLimit = 64 << 20
  /// How long a request waits at an ICON still arriving (its workload on the way) before a 503.
  private static let standbyPatience = TimeAmount.seconds(8)

  init(front: AgentFront) { self.front = front }

  func channelActive(context: ChannelHandlerContext) {
    clientAddress = context.channel.remoteAddress?.ipAddress
    subnet = clientAddress.flatMap { ClientSubnet.of(address: $0) }
    if let clientAddress, let subnet { front.node.clientArrived(address: clientAddress, subnet: subnet) }
    context.fireChannelActive()
  }

  func channelInactive(context: ChannelHandlerContext) {
    upstream?.close(promise: nil)
    upstream = nil
    context.fireChannelInactive()
  }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    switch unwrapInboundIn(data) {
    case .head(let requestHead):
      head = requestHead
      body = nil
    case .body(var chunk):
      if (body?.readableBytes ?? 0) + chunk.readableBytes > Self.bodyLimit {
        head = nil
        return
      }
      if body == nil { body = chunk } else { body!.writeBuffer(&chunk) }
    case .end:
      guard let requestHead = head else {
        write(
          context, PlainResponse.error(.payloadTooLarge, "bodies are at most 64 MiB"), version: .http1_1,
          keepAlive: false)
        return
      }
      head = nil
      dispatch(context, requestHead, body ?? ByteBuffer(), started: .now())
    }
  }

  /// Once per connection, after its first request arrived: the kernel's smoothed round-trip time.
  private func measureRoundTrip(_ context: ChannelHandlerContext) {
    guard !roundTripMeasured, let subnet, let provider = context.channel as? any SocketOptionProvider else {
      return
    }
    roundTripMeasured = true
    let latency = front.latency
    provider.getTCPInfo().whenSuccess { info in
      latency.recordConnection(subnet: subnet, roundTripMilliseconds: Double(info.tcpi_rtt) / 1000)
    }
  }

  private func dispatch(
    _ context: ChannelHandlerContext, _ request: HTTPRequestHead, _ body: ByteBuffer, started: NIODeadline
  ) {
    let keepAlive = request.isKeepAlive
    // control requests never reach the workload, whatever form, encoding or case their path takes
    if let path = ControlPath.control(request.uri) {
      let front = front
      context.eventLoop.makeFutureWithTask {
        await front.control(request, path: path, body: body)
      }
      .assumeIsolated().whenSuccess { response in
        self.write(context, response, version: request.version, keepAlive: keepAlive)
      }
      return
    }
    measureRoundTrip(context)
    let delay = front.delay(for: subnet)
    let (mode, closer) = front.routing.enter(subnet: subnet)
    switch mode {
    case .paused,
      .standby where NIODeadline.now() - started < Self.standbyPatience:
      // clients wait out a migration's pause, and (for a while) an arriving ICON's workload on its way
      context.eventLoop.assumeIsolated().scheduleTask(in: .milliseconds(2)) {
        self.dispatch(context, request, body, started: started)
      }
    case .standby:
      write(
        context, .error(.serviceUnavailable, "this ICON is starting"), version: request.version,
        keepAlive: keepAlive)
    case .moved(let url):
      respond(context, .redirect(to: url, uri: request.uri), after: delay, request: request)
    case .stub(let url):
      let response: PlainResponse =
        url.map { .redirect(to: $0, uri: request.uri) } ?? .error(.gone, "this service has left this site")
      respond(context, response, after: delay, request: request)
    case .serving:
      if front.discovery == .redirect, let closer {
        front.routing.leave()
        respond(context, .redirect(to: closer, uri: request.uri), after: delay, request: request)
        return
      }
      forward(context, request, body, hint: closer, delay: delay, started: started)
    }
  }

  private func respond(
    _ context: ChannelHandlerContext, _ response: PlainResponse, after delay: TimeAmount,
    request: HTTPRequestHead
  ) {
    let keepAlive = request.isKeepAlive
    guard delay > .zero else {
      write(context, response, version: request.version, keepAlive: keepAlive)
      return
    }
    context.eventLoop.assumeIsolated().scheduleTask(in: delay) {
      self.write(context, response, version: request.version, keepAlive: keepAlive)
    }
  }

  // MARK: Proxy

  private func forward(
    _ context: ChannelHandlerContext, _ request: HTTPRequestHead, _ body: ByteBuffer, hint: String?,
    delay: TimeAmount,
    started: NIODeadline
  ) {
    var outgoing = HTTPRequestHead(
      version: .http1_1, method: request.method, uri: request.uri, headers: Self.endToEnd(request.headers))
    outgoing.headers.replaceOrAdd(name: "content-length", value: String(body.readableBytes))
    // the client's address as this agent saw it: what a client claims is not passed on
    outgoing.headers.remove(name: "forwarded")
    outgoing.headers.replaceOrAdd(name: "x-forwarded-for", value: clientAddress ?? "")
    let finish: (Result<(HTTPResponseHead, ByteBuffer), any Error>) -> Void = { result in
      self.front.routing.leave()
      var response: PlainResponse
      switch result {
      case .success(let (head, content)):
        var headers = Self.endToEnd(head.headers)
        if let hint { headers.replaceOrAdd(name: "ICON-Location", value: hint) }
        response = PlainResponse(status: head.status, headers: headers, body: content)
        if let subnet = self.subnet {
          let elapsed = NIODeadline.now() - started + delay
          self.front.meter.record(subnet, milliseconds: Double(elapsed.nanoseconds) / 1e6)
        }
      case .failure(let error):
        self.upstream?.close(promise: nil)
        self.upstream = nil
        response = .error(.badGateway, "the workload did not answer: \(error)")
      }
      self.respond(context, response, after: delay, request: request)
    }
    withUpstream(context) { result in
      switch result {
      case .success(let (channel, handler)):
        handler.expect(finish)
        channel.write(HTTPClientRequestPart.head(outgoing), promise: nil)
        if body.readableBytes > 0 {
          channel.write(HTTPClientRequestPart.body(.byteBuffer(body)), promise: nil)
        }
        channel.writeAndFlush(HTTPClientRequestPart.end(nil), promise: nil)
      case .failure(let error):
        finish(.failure(error))
      }
    }
  }

  /// The kept-alive connection to the workload, made on this connection's event loop.
  private func withUpstream(
    _ context: ChannelHandlerContext,
    _ body: @escaping (Result<(any Channel, UpstreamHandler), any Error>) -> Void
  ) {
    if let upstream, upstream.isActive, let upstreamHandler {
      body(.success((upstream, upstreamHandler)))
      return
    }
    ClientBootstrap(group: context.eventLoop)
      .channelOption(.tcpOption(.tcp_nodelay), value: 1)
      .channelInitializer { channel in
        channel.eventLoop.makeCompletedFuture {
          try channel.pipeline.syncOperations.addHTTPClientHandlers()
          try channel.pipeline.syncOperations.addHandler(UpstreamHandler())
        }
      }
      .connect(host: "127.0.0.1", port: front.workloadPort)
      .assumeIsolated()
      .whenComplete { result in
        switch result {
        case .success(let channel):
          do {
            let handler = try channel.pipeline.syncOperations.handler(type: UpstreamHandler.self)
            self.upstream = channel
            self.upstreamHandler = handler
            body(.success((channel, handler)))
          } catch {
            body(.failure(error))
          }
        case .failure(let error):
          body(.failure(error))
        }
      }
  }

  private func write(
    _ context: ChannelHandlerContext, _ response: PlainResponse, version: HTTPVersion, keepAlive: Bool
  ) {
    response.write(on: context, version: version, keepAlive: keepAlive)
  }

  /// `headers` without the hop-by-hop ones (and without a length, which is set anew).
  private static func endToEnd(_ headers: HTTPHeaders) -> HTTPHeaders {
    var headers = headers
    for name in hopByHop where headers.contains(name: name) { headers.remove(name: name) }
    return headers
  }

  private static let hopByHop = [
    "connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade", "te", "trailer",
    "content-length",
  ]
}

/// Collects one response at a time from the workload and hands it to whoever expects it.
final class UpstreamHandler: ChannelInboundHandler {
  typealias InboundIn = HTTPClientResponsePart

  private var head: HTTPResponseHead?
  private var body = ByteBuffer()
  private var waiting: ((Result<(HTTPResponseHead, ByteBuffer), any Error>) -> Void)?

  /// The next complete response goes to `handler`.
  func expect(_ handler: @escaping (Result<(HTTPResponseHead, ByteBuffer), any Error>) -> Void) {
    waiting = handler
  }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    switch unwrapInboundIn(data) {
    case .head(let responseHead):
      head = responseHead
      body.clear()
    case .body(var chunk):
      body.writeBuffer(&chunk)
    case .end:
      guard let head, let waiting else { return }
      self.head = nil
      self.waiting = nil
      waiting(.success((head, body)))
      body = ByteBuffer()
    }
  }

  func channelInactive(context: ChannelHandlerContext) {
    fail(RuntimeFailure("the workload closed the connection"))
    context.fireChannelInactive()
  }

  func errorCaught(context: ChannelHandlerContext, error: any Error) {
    fail(error)
    context.close(promise: nil)
  }

  private func fail(_ error: any Error) {
    guard let waiting else { return }
    self.waiting = nil
    waiting(.failure(error))
  }
}

/// Serves an ``AgentFront`` channel until graceful shutdown.
struct AgentFrontService: Service {
  let channel: any Channel

  func run() async throws {
    try await withGracefulShutdownHandler {
      try await channel.closeFuture.get()
    } onGracefulShutdown: {
      channel.close(promise: nil)
    }
  }
}
