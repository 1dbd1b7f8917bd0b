import ICONCore
import NIOCore
import NIOHTTP1

/// One client connection of an agent. Each request's head decides where it goes: the control API,
/// an answer here (a redirect, a stub's answer, a refusal), or the workload. A proxied request's body
/// and its response stream through as they come, with bounded buffering both ways: reading from one
/// side stops while the other cannot take more. A `101 Switching Protocols` (a WebSocket) turns the
/// connection into a byte pipe to the workload. Requests are answered in order (pipelining is
/// serialised by the pipeline handler before this one).
final class ClientConnectionHandler: ChannelInboundHandler, RemovableChannelHandler {
  typealias InboundIn = HTTPServerRequestPart
  typealias OutboundOut = HTTPServerResponsePart

  /// Where the request being read goes.
  private enum Stage {
    /// Between requests.
    case idle
    /// A control request, its body collected (nil once over the limit).
    case control(HTTPRequestHead, path: String, ByteBuffer?)
    /// Answered here: the rest of the request is read and dropped.
    case answered
    /// Waiting for the ICON to serve (a migration's pause, or its workload on the way): the head is
    /// held, body parts are queued.
    case waiting(HTTPRequestHead, since: NIODeadline)
    /// Streamed to the workload.
    case proxying
  }

  /// The request being proxied and its response.
  private struct Exchange {
    let started: NIODeadline
    let delay: TimeAmount
    let hint: String?
    let asksUpgrade: Bool
    var workload: WorkloadConnection?
    /// Parts waiting for a workload connection.
    var unsent: [HTTPClientRequestPart] = []
    var requestEnded = false
    var responseBegun = false
    var switching = false
  }

  private let front: AgentFront
  private var context: ChannelHandlerContext?
  private var pool: WorkloadPool?
  private var clientAddress: String?
  private var subnet: SubnetID?
  private var roundTripMeasured = false
  private var stage = Stage.idle
  private var exchange: Exchange?
  /// Body parts read while waiting, and whether the request ended meanwhile.
  private var waitingBody: [ByteBuffer] = []
  private var waitingEnded = false
  /// Bytes read from the client that wait for somewhere to go.
  private var queuedBytes = 0
  /// Whether the request in flight counts in the routing's in-flight requests.
  private var inFlight = false
  private var keepAlive = true
  private var needsWorkloadFlush = false
  private var needsClientFlush = false
  /// Response parts held back until the modelled round trip has passed (nil when not holding).
  private var held: [HTTPServerResponsePart]?
  private var heldBytes = 0
  private var pausedForQueue = false
  private var pausedForWorkload = false

  /// Largest control request body.
  private static let controlBodyLimit = 1 << 20
  /// The most bytes buffered on the way in one direction before reading from the sender stops.
  private static let bufferLimit = 256 << 10
  /// How long a request waits at an ICON still arriving (its workload on the way) before a 503.
  private static let standbyPatience = TimeAmount.seconds(8)

  init(front: AgentFront) { self.front = front }

  func handlerAdded(context: ChannelHandlerContext) {
    self.context = context
    pool = front.workloadPools.pool(for: context.eventLoop)
  }

  func handlerRemoved(context: ChannelHandlerContext) { self.context = nil }

  func channelActive(context: ChannelHandlerContext) {
    clientAddress = context.channel.remoteAddress?.ipAddress
    subnet = clientAddress.flatMap { ClientSubnet.of(address: $0) }
    if let clientAddress, let subnet { front.node.clientArrived(address: clientAddress, subnet: subnet) }
    context.fireChannelActive()
  }

  func channelInactive(context: ChannelHandlerContext) {
    // a client gone ends its request at the workload too
    exchange?.workload?.close()
    exchange = nil
    finishInFlight()
    stage = .idle
    context.fireChannelInactive()
  }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    switch unwrapInboundIn(data) {
    case .head(let head):
      keepAlive = head.isKeepAlive
      if let path = ControlPath.control(head.uri) {
        stage = .control(head, path: path, ByteBuffer())
      } else {
        begin(head, since: .now())
      }
    case .body(let chunk):
      switch stage {
      case .control(let head, let path, let body):
        stage = .idle
        var collected = body
        if var buffer = collected, buffer.readableBytes + chunk.readableBytes <= Self.controlBodyLimit {
          collected = nil
          buffer.writeImmutableBuffer(chunk)
          collected = buffer
        } else {
          collected = nil
        }
        stage = .control(head, path: path, collected)
      case .waiting:
        waitingBody.append(chunk)
        queued(chunk.readableBytes)
      case .proxying:
        send(.body(.byteBuffer(chunk)))
      case .idle, .answered:
        break
      }
    case .end:
      switch stage {
      case .control(let head, let path, let body):
        stage = .idle
        answerControl(head, path: path, body: body)
      case .waiting:
        waitingEnded = true
      case .proxying:
        exchange?.requestEnded = true
        send(.end(nil))
        flushWorkload()
      case .idle, .answered:
        stage = .idle
      }
    }
  }

  func channelReadComplete(context: ChannelHandlerContext) {
    flushWorkload()
    context.fireChannelReadComplete()
  }

  func channelWritabilityChanged(context: ChannelHandlerContext) {
    // a client that reads slowly slows the workload's response down, instead of filling memory
    exchange?.workload?.setReading(context.channel.isWritable)
    context.fireChannelWritabilityChanged()
  }

  // MARK: Deciding

  /// Where a client request goes: waits while the ICON is paused or arriving, is answered here when it
  /// moved, terminated or hands the client to a closer child, and is proxied otherwise.
  private func begin(_ head: HTTPRequestHead, since: NIODeadline) {
    guard let context else { return }
    measureRoundTrip(context)
    let delay = front.delay(for: subnet)
    let (mode, closer) = front.routing.enter(subnet: subnet)
    switch mode {
    case .paused,
      .standby where NIODeadline.now() - since < Self.standbyPatience:
      stage = .waiting(head, since: since)
      context.eventLoop.assumeIsolated().scheduleTask(in: .milliseconds(2)) {
        guard case .waiting(let head, let since) = self.stage else { return }
        self.begin(head, since: since)
      }
    case .standby:
      answerHere(.error(.serviceUnavailable, "this ICON is starting"), after: .zero, head: head)
    case .moved(let url):
      answerHere(.redirect(to: url, uri: head.uri), after: delay, head: head)
    case .stub(let url):
      answerHere(
        url.map { .redirect(to: $0, uri: head.uri) } ?? .error(.gone, "this service has left this site"),
        after: delay, head: head)
    case .serving:
      inFlight = true
      if front.discovery == .redirect, let closer {
        finishInFlight()
        answerHere(.redirect(to: closer, uri: head.uri), after: delay, head: head)
        return
      }
      proxy(head, hint: closer, delay: delay, started: since)
    }
  }

  /// Answers `response` after `delay`; what is left of the request is dropped.
  private func answerHere(_ response: PlainResponse, after delay: TimeAmount, head: HTTPRequestHead) {
    (response.status.code / 100 == 3 ? front.metrics.redirected : front.metrics.failed).increment()
    stage = waitingEnded ? .idle : .answered
    resetWaiting()
    let keepAlive = keepAlive
    guard delay > .zero, let context else {
      if let context { response.write(on: context, version: head.version, keepAlive: keepAlive) }
      return
    }
    context.eventLoop.assumeIsolated().scheduleTask(in: delay) {
      response.write(on: context, version: head.version, keepAlive: keepAlive)
    }
  }

  private func answerControl(_ head: HTTPRequestHead, path: String, body: ByteBuffer?) {
    guard let context else { return }
    let keepAlive = keepAlive
    guard let body else {
      let limit = Self.controlBodyLimit >> 20
      PlainResponse.error(.payloadTooLarge, "control bodies are at most \(limit) MiB")
        .write(on: context, version: head.version, keepAlive: false)
      return
    }
    let front = front
    context.eventLoop.makeFutureWithTask {
      await front.control(head, path: path, body: body)
    }
    .assumeIsolated().whenSuccess { response in
      response.write(on: context, version: head.version, keepAlive: keepAlive)
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

  // MARK: The request, to the workload

  private func proxy(_ head: HTTPRequestHead, hint: String?, delay: TimeAmount, started: NIODeadline) {
    let asksUpgrade = head.headers.contains(name: "upgrade")
    var headers = head.headers
    Self.removeHopByHop(&headers, keepingUpgrade: asksUpgrade)
    // the client's address as this agent saw it: what a client claims is not passed on
    if headers.contains(name: "forwarded") { headers.remove(name: "forwarded") }
    headers.replaceOrAdd(name: "x-forwarded-for", value: clientAddress ?? "")
    if head.headers.contains(name: "expect"),
      head.headers[canonicalForm: "expect"].contains(where: { $0.lowercased() == "100-continue" })
    {
      // the agent takes the body at once; the workload is not asked
      headers.remove(name: "expect")
      context?.writeAndFlush(
        wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: .continue))), promise: nil)
    }
    stage = .proxying
    exchange = Exchange(started: started, delay: delay, hint: hint, asksUpgrade: asksUpgrade)
    let outgoing = HTTPRequestHead(version: .http1_1, method: head.method, uri: head.uri, headers: headers)
    send(.head(outgoing))
    for chunk in waitingBody { send(.body(.byteBuffer(chunk))) }
    if waitingEnded {
      exchange?.requestEnded = true
      send(.end(nil))
    }
    resetWaiting()
    if let connection = pool?.takeIdle() {
      attach(connection)
    } else {
      pool?.open { result in
        switch result {
        case .success(let connection): self.attach(connection)
        case .failure(let error): self.workloadFailed(error)
        }
      }
    }
  }

  /// Sends a part of the request to the workload, or queues it until a connection is there.
  private func send(_ part: HTTPClientRequestPart) {
    guard exchange != nil else { return }
    if let workload = exchange?.workload {
      workload.write(part)
      needsWorkloadFlush = true
      return
    }
    exchange?.unsent.append(part)
    if case .body(.byteBuffer(let chunk)) = part { queued(chunk.readableBytes) }
  }

  private func attach(_ connection: WorkloadConnection) {
    guard exchange != nil, context?.channel.isActive == true else {
      // the client left while the connection was made
      pool?.giveBack(connection)
      return
    }
    connection.client = self
    // a pooled connection may have been left paused by the client before
    connection.setReading(context?.channel.isWritable ?? true)
    exchange?.workload = connection
    for part in exchange?.unsent ?? [] { connection.write(part) }
    exchange?.unsent = []
    connection.flush()
    queuedBytes = 0
    pausedForQueue = false
    pausedForWorkload = !connection.isWritable
    updateReading()
  }

  private func flushWorkload() {
    guard needsWorkloadFlush else { return }
    needsWorkloadFlush = false
    exchange?.workload?.flush()
  }

  /// Counts bytes read that have nowhere to go yet; reading stops beyond the buffer limit.
  private func queued(_ bytes: Int) {
    queuedBytes += bytes
    if queuedBytes > Self.bufferLimit, !pausedForQueue {
      pausedForQueue = true
      updateReading()
    }
  }

  private func resetWaiting() {
    waitingBody = []
    waitingEnded = false
    queuedBytes = 0
    if pausedForQueue {
      pausedForQueue = false
      updateReading()
    }
  }

  /// The exchange is over: reading from the client no longer waits for its workload connection.
  private func stopWaitingForWorkload() {
    guard pausedForWorkload else { return }
    pausedForWorkload = false
    updateReading()
  }

  private func updateReading() {
    _ = try? context?.channel.syncOptions?.setOption(.autoRead, value: !pausedForQueue && !pausedForWorkload)
  }

  // MARK: The response, to the client

  /// The workload can take more of the request body, or cannot.
  func workloadWritabilityChanged(_ writable: Bool) {
    pausedForWorkload = !writable
    updateReading()
  }

  /// The head of the workload's response.
  func workloadSent(_ head: HTTPResponseHead) {
    guard var exchange, let context else { return }
    var headers = head.headers
    if head.status == .switchingProtocols && exchange.asksUpgrade {
      exchange.switching = true
    } else {
      Self.removeHopByHop(&headers, keepingUpgrade: false)
      // a client whose upgrade was refused has a decoder that stopped at it: the connection ends here
      if exchange.asksUpgrade { keepAlive = false }
      if !keepAlive { headers.replaceOrAdd(name: "connection", value: "close") }
    }
    if let hint = exchange.hint { headers.replaceOrAdd(name: "ICON-Location", value: hint) }
    exchange.responseBegun = true
    self.exchange = exchange
    if exchange.delay > .zero {
      held = []
      context.eventLoop.assumeIsolated().scheduleTask(in: exchange.delay) { self.releaseHeld() }
    }
    deliver(.head(HTTPResponseHead(version: .http1_1, status: head.status, headers: headers)))
  }

  /// A part of the workload's response body.
  func workloadSent(_ body: ByteBuffer) {
    deliver(.body(.byteBuffer(body)))
  }

  /// The workload has sent all it had for now.
  func workloadPaused() {
    guard needsClientFlush else { return }
    needsClientFlush = false
    context?.flush()
  }

  /// The workload's response ended: the request is metered, and the connection goes back to the pool
  /// (or becomes a byte pipe after a protocol switch).
  func workloadEnded(_ connection: WorkloadConnection) {
    guard let exchange else { return }
    self.exchange = nil
    stopWaitingForWorkload()
    let elapsed = NIODeadline.now() - exchange.started + exchange.delay
    if let subnet { front.meter.record(subnet, milliseconds: Double(elapsed.nanoseconds) / 1e6) }
    front.metrics.served.increment()
    front.metrics.duration.recordNanoseconds(elapsed.nanoseconds)
    finishInFlight()
    if exchange.switching {
      switchProtocols(to: connection)
      return
    }
    if exchange.requestEnded && !exchange.asksUpgrade {
      pool?.giveBack(connection)
      stage = .idle
    } else {
      // answered before the whole request was sent (or an upgrade refused): the connection's state
      // is unknown, and the rest of the request is dropped
      connection.close()
      stage = exchange.requestEnded ? .idle : .answered
    }
    // last: writing the end lets the next pipelined request in at once
    deliver(.end(nil))
  }

  /// The workload connection failed: a 502 when nothing of the response was sent yet, else the client
  /// connection is closed (a response cut short cannot be mended).
  func workloadFailed(_ error: any Error) {
    guard let exchange, let context else { return }
    self.exchange = nil
    stopWaitingForWorkload()
    finishInFlight()
    front.metrics.failed.increment()
    if exchange.responseBegun {
      context.close(promise: nil)
      return
    }
    stage = exchange.requestEnded ? .idle : .answered
    PlainResponse.error(.badGateway, "the workload did not answer: \(error)")
      .write(on: context, version: .http1_1, keepAlive: keepAlive && exchange.requestEnded)
  }

  /// Writes a part to the client, or holds it while the modelled round trip has not passed yet.
  private func deliver(_ part: HTTPServerResponsePart) {
    if held != nil {
      held?.append(part)
      if case .body(.byteBuffer(let chunk)) = part {
        heldBytes += chunk.readableBytes
        if heldBytes > Self.bufferLimit { exchange?.workload?.setReading(false) }
      }
      return
    }
    guard let context else { return }
    if case .end = part {
      needsClientFlush = false
      // read before writing: the end lets the next pipelined request in, which has its own
      let closing = !keepAlive
      let written = context.writeAndFlush(wrapOutboundOut(part))
      if closing { written.assumeIsolated().whenComplete { _ in context.close(promise: nil) } }
    } else {
      context.write(wrapOutboundOut(part), promise: nil)
      needsClientFlush = true
    }
  }

  private func releaseHeld() {
    guard let parts = held else { return }
    held = nil
    heldBytes = 0
    exchange?.workload?.setReading(context?.channel.isWritable ?? false)
    // the end, when among them, lets the next pipelined request in at once
    for part in parts { deliver(part) }
    workloadPaused()
  }

  private func finishInFlight() {
    guard inFlight else { return }
    inFlight = false
    front.routing.leave()
  }

  /// After a `101 Switching Protocols`: both connections leave HTTP behind and pass bytes to each other.
  /// The order matters: each side's writes must meet no HTTP encoder, and each decoder hands on the
  /// bytes it holds beyond the switch when it is taken out, so decoders go last.
  private func switchProtocols(to connection: WorkloadConnection) {
    guard let context, let workload = connection.channel else {
      connection.close()
      self.context?.close(promise: nil)
      return
    }
    flushHeldAndClient()
    let client = context.pipeline.syncOperations
    let names = PlainHTTPServer.PipelineName.self
    client.removeHandlers([names.deadlines, names.errors, names.pipelining, names.encoder])
    do {
      try workload.pipeline.syncOperations.addHandler(ByteSplice(peer: context.channel))
      workload.pipeline.syncOperations.removeHandlers(WorkloadConnection.PipelineName.http)
      try client.addHandler(ByteSplice(peer: workload))
      client.removeHandlers([names.handler, names.decoder])
    } catch {
      workload.close(promise: nil)
      context.close(promise: nil)
    }
  }

  private func flushHeldAndClient() {
    releaseHeld()
    context?.flush()
  }

  /// Removes the hop-by-hop headers (RFC 9110 §7.6.1), and those the `connection` header names; an
  /// upgrade asked for keeps `upgrade` and `connection: upgrade`.
  private static func removeHopByHop(_ headers: inout HTTPHeaders, keepingUpgrade: Bool) {
    if headers.contains(name: "connection") {
      for name in headers[canonicalForm: "connection"] {
        let name = name.lowercased()
        if name != "upgrade" && name != "close" && name != "keep-alive" && headers.contains(name: name) {
          headers.remove(name: name)
        }
      }
      headers.remove(name: "connection")
    }
    for name in hopByHop where headers.contains(name: name) { headers.remove(name: name) }
    if keepingUpgrade { headers.replaceOrAdd(name: "connection", value: "upgrade") }
    if !keepingUpgrade, headers.contains(name: "upgrade") { headers.remove(name: "upgrade") }
  }

  private static let hopByHop = ["keep-alive", "proxy-connection", "te", "trailer"]
}
