import NIOCore
import NIOHTTP1
import NIOPosix

/// The kept-alive connections to the workload, one pool per event loop: a client request on a loop
/// takes an idle connection of that loop (or opens one), and gives it back when its response has
/// ended, so that requests of many client connections share a few workload connections and never hop
/// between threads.
final class WorkloadPools: Sendable {
  private let pools: [ObjectIdentifier: WorkloadPool]

  /// Pools for every loop of `group`, to the workload at `127.0.0.1:port`.
  init(group: any EventLoopGroup, port: Int) {
    var pools: [ObjectIdentifier: WorkloadPool] = [:]
    for loop in group.makeIterator() { pools[ObjectIdentifier(loop)] = WorkloadPool(loop: loop, port: port) }
    self.pools = pools
  }

  /// The pool of `loop`.
  func pool(for loop: any EventLoop) -> WorkloadPool {
    guard let pool = pools[ObjectIdentifier(loop)] else {
      preconditionFailure("a client connection on a loop the agent's front did not make")
    }
    return pool
  }
}

/// The idle workload connections of one event loop; used only on that loop.
final class WorkloadPool: @unchecked Sendable {
  /// The most idle connections kept; more are closed when given back.
  static let idleLimit = 128

  private let loop: any EventLoop
  private let port: Int
  private var idle: [WorkloadConnection] = []

  init(loop: any EventLoop, port: Int) {
    self.loop = loop
    self.port = port
  }

  /// An idle connection still open, if there is one.
  func takeIdle() -> WorkloadConnection? {
    loop.preconditionInEventLoop()
    while let connection = idle.popLast() {
      if connection.isReusable { return connection }
    }
    return nil
  }

  /// Opens a new connection; `done` is called on the loop.
  func open(_ done: @escaping (Result<WorkloadConnection, any Error>) -> Void) {
    ClientBootstrap(group: loop)
      .channelOption(.tcpOption(.tcp_nodelay), value: 1)
      .channelInitializer { channel in
        channel.eventLoop.makeCompletedFuture {
          let pipeline = channel.pipeline.syncOperations
          try pipeline.addHandler(HTTPRequestEncoder(), name: WorkloadConnection.PipelineName.encoder)
          try pipeline.addHandler(
            ByteToMessageHandler(HTTPResponseDecoder(leftOverBytesStrategy: .forwardBytes)),
            name: WorkloadConnection.PipelineName.decoder)
          try pipeline.addHandler(WorkloadConnection(), name: WorkloadConnection.PipelineName.handler)
        }
      }
      .connect(host: "127.0.0.1", port: port)
      .assumeIsolated()
      .whenComplete { result in
        done(
          result.flatMap { channel in
            Result { try channel.pipeline.syncOperations.handler(type: WorkloadConnection.self) }
          })
      }
  }

  /// Gives back a connection whose last response has ended.
  func giveBack(_ connection: WorkloadConnection) {
    loop.preconditionInEventLoop()
    guard connection.isReusable, idle.count < Self.idleLimit else {
      connection.close()
      return
    }
    idle.append(connection)
  }
}

/// One connection to the workload: sends a client's request and hands the parts of the response to
/// the client connection that sent it, one exchange at a time.
final class WorkloadConnection: ChannelInboundHandler, RemovableChannelHandler {
  typealias InboundIn = HTTPClientResponsePart
  typealias OutboundOut = HTTPClientRequestPart

  enum PipelineName {
    static let encoder = "workload-encoder"
    static let decoder = "workload-decoder"
    static let handler = "workload"
    /// The HTTP handlers, in the order they come out when the connection switches protocols.
    static let http = [handler, encoder, decoder]
  }

  private var context: ChannelHandlerContext?
  private var failed = false
  /// The client connection whose exchange this is, until its response ends.
  var client: ClientConnectionHandler?

  /// The channel, while the handler is in its pipeline.
  var channel: (any Channel)? { context?.channel }

  /// Open, not failed and not in an exchange.
  var isReusable: Bool { !failed && client == nil && context?.channel.isActive == true }

  /// Whether more can be written now without queueing beyond the channel's watermark.
  var isWritable: Bool { context?.channel.isWritable ?? false }

  func handlerAdded(context: ChannelHandlerContext) { self.context = context }

  func handlerRemoved(context: ChannelHandlerContext) { self.context = nil }

  /// Writes `part` of the request (flushed by ``flush()``).
  func write(_ part: HTTPClientRequestPart) {
    context?.write(wrapOutboundOut(part), promise: nil)
  }

  /// Sends what was written.
  func flush() { context?.flush() }

  /// Reads from the workload, or stops reading (while the client cannot take more).
  func setReading(_ reading: Bool) {
    _ = try? context?.channel.syncOptions?.setOption(.autoRead, value: reading)
  }

  /// Closes the connection; it is never reused.
  func close() {
    failed = true
    context?.close(promise: nil)
  }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    guard let client else {
      // nobody asked: the workload speaks out of turn
      close()
      return
    }
    switch unwrapInboundIn(data) {
    case .head(let head): client.workloadSent(head)
    case .body(let body): client.workloadSent(body)
    case .end:
      self.client = nil
      client.workloadEnded(self)
    }
  }

  func channelReadComplete(context: ChannelHandlerContext) {
    client?.workloadPaused()
  }

  func channelWritabilityChanged(context: ChannelHandlerContext) {
    client?.workloadWritabilityChanged(context.channel.isWritable)
    context.fireChannelWritabilityChanged()
  }

  func channelInactive(context: ChannelHandlerContext) {
    fail(ProxyFailure("the workload closed the connection"))
    context.fireChannelInactive()
  }

  func errorCaught(context: ChannelHandlerContext, error: any Error) {
    fail(error)
    context.close(promise: nil)
  }

  private func fail(_ error: any Error) {
    failed = true
    guard let client else { return }
    self.client = nil
    client.workloadFailed(error)
  }
}

/// Why a proxied request failed.
struct ProxyFailure: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}

/// Moves bytes from one connection to another as they come, once both have left HTTP behind (after a
/// `101 Switching Protocols`, such as a WebSocket's): reading stops while the other side cannot take
/// more, and either side closing closes both.
final class ByteSplice: ChannelInboundHandler {
  typealias InboundIn = ByteBuffer

  private let peer: any Channel

  init(peer: any Channel) { self.peer = peer }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    peer.write(unwrapInboundIn(data), promise: nil)
  }

  func channelReadComplete(context: ChannelHandlerContext) {
    peer.flush()
    context.fireChannelReadComplete()
  }

  func channelWritabilityChanged(context: ChannelHandlerContext) {
    _ = try? peer.syncOptions?.setOption(.autoRead, value: context.channel.isWritable)
    context.fireChannelWritabilityChanged()
  }

  func channelInactive(context: ChannelHandlerContext) {
    peer.close(promise: nil)
    context.fireChannelInactive()
  }

  func errorCaught(context: ChannelHandlerContext, error: any Error) {
    context.close(promise: nil)
  }
}

extension ChannelPipeline.SynchronousOperations {
  /// Takes the handlers `names` out, in order.
  func removeHandlers(_ names: [String]) {
    for name in names { removeHandler(name: name, promise: nil) }
  }
}
