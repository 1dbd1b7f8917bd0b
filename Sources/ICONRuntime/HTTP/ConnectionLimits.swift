import NIOCore
import NIOHTTP1
import Synchronization

/// How long a client may take and how many connections a server holds, so that a slow or silent
/// client (slowloris) cannot hold a server's resources for long.
package struct ConnectionLimits: Hashable, Sendable {
  /// The longest a connection may wait for a request's head to be complete: after it opened, and after
  /// the previous response. An idle kept connection is closed after it too.
  package var headTimeout: TimeAmount
  /// The longest a request's body may pause between two chunks.
  package var bodyPause: TimeAmount
  /// The most connections open at once; one more is closed as soon as it is accepted.
  package var maximumConnections: Int

  /// Limits of `headTimeout`, `bodyPause` and `maximumConnections`.
  package init(headTimeout: TimeAmount, bodyPause: TimeAmount, maximumConnections: Int) {
    self.headTimeout = headTimeout
    self.bodyPause = bodyPause
    self.maximumConnections = maximumConnections
  }

  /// What servers use unless told otherwise: 30 s for a head, 30 s of silence within a body, 4,096
  /// connections.
  package static let standard = ConnectionLimits(
    headTimeout: .seconds(30), bodyPause: .seconds(30), maximumConnections: 4096)
}

/// The connections a server holds open, against its cap.
package final class ConnectionCount: Sendable {
  private let open = Atomic<Int>(0)
  private let refused = Atomic<Int>(0)
  let maximum: Int

  /// A count capped at `maximum`.
  package init(maximum: Int) { self.maximum = maximum }

  /// Takes a place for `channel`, given back when it closes; false (and counted as refused) when the
  /// server is full.
  func admit(_ channel: any Channel) -> Bool {
    guard open.add(1, ordering: .relaxed).newValue <= maximum else {
      open.subtract(1, ordering: .relaxed)
      refused.add(1, ordering: .relaxed)
      return false
    }
    channel.closeFuture.whenComplete { _ in self.open.subtract(1, ordering: .relaxed) }
    return true
  }

  /// Connections open now.
  package var current: Int { open.load(ordering: .relaxed) }
  /// Connections closed at once because the server was full.
  package var refusedCount: Int { refused.load(ordering: .relaxed) }
}

/// Closes a connection whose client is too slow: it must complete each request's head within the head
/// timeout (counted from when the connection opened or the previous response ended) and may not pause
/// longer than the body pause within a body. Sits after HTTP decoding and pipelining, so that it sees
/// one request at a time and the end of its response. Requests come far more often than deadlines
/// pass, so a request only moves the deadline; one timer per connection checks it when it is due.
final class RequestDeadlines: ChannelDuplexHandler, RemovableChannelHandler {
  typealias InboundIn = HTTPServerRequestPart
  typealias InboundOut = HTTPServerRequestPart
  typealias OutboundIn = HTTPServerResponsePart
  typealias OutboundOut = HTTPServerResponsePart

  private let limits: ConnectionLimits
  /// When the connection is closed unless something moves it; nil while the server computes an
  /// answer.
  private var deadline: NIODeadline?
  private var timer: Scheduled<Void>?
  private var timerDue = NIODeadline.distantFuture

  init(limits: ConnectionLimits) { self.limits = limits }

  func handlerAdded(context: ChannelHandlerContext) {
    if context.channel.isActive { arm(limits.headTimeout, context: context) }
  }

  func handlerRemoved(context: ChannelHandlerContext) {
    timer?.cancel()
    timer = nil
  }

  func channelActive(context: ChannelHandlerContext) {
    arm(limits.headTimeout, context: context)
    context.fireChannelActive()
  }

  func channelInactive(context: ChannelHandlerContext) {
    timer?.cancel()
    timer = nil
    context.fireChannelInactive()
  }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    switch unwrapInboundIn(data) {
    case .head, .body: arm(limits.bodyPause, context: context)
    // the server computes the answer: no deadline until it is written
    case .end: deadline = nil
    }
    context.fireChannelRead(data)
  }

  func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
    if case .end = unwrapOutboundIn(data) { arm(limits.headTimeout, context: context) }
    context.write(data, promise: promise)
  }

  private func arm(_ timeout: TimeAmount, context: ChannelHandlerContext) {
    let due = NIODeadline.now() + timeout
    deadline = due
    // a timer due later than the new deadline is brought forward
    if timer == nil || timerDue > due {
      timer?.cancel()
      schedule(at: due, context: context)
    }
  }

  /// Wakes at `due`: closes the connection if its deadline has passed, else sleeps until it will.
  private func schedule(at due: NIODeadline, context: ChannelHandlerContext) {
    timerDue = due
    timer = context.eventLoop.assumeIsolated().scheduleTask(deadline: due) {
      self.timer = nil
      guard let deadline = self.deadline else { return }
      if deadline <= .now() {
        context.close(promise: nil)
      } else {
        self.schedule(at: deadline, context: context)
      }
    }
  }
}

/// Answers a request the HTTP decoder could not read: 431 when its head is too large, 400 otherwise,
/// unless a response has already begun, and closes the connection.
final class ProtocolErrorAnswer: ChannelDuplexHandler, RemovableChannelHandler {
  typealias InboundIn = HTTPServerRequestPart
  typealias InboundOut = HTTPServerRequestPart
  typealias OutboundIn = HTTPServerResponsePart
  typealias OutboundOut = HTTPServerResponsePart

  private var responseUnfinished = false

  func errorCaught(context: ChannelHandlerContext, error: any Error) {
    if let parserError = error as? HTTPParserError, !responseUnfinished {
      let status: HTTPResponseStatus =
        parserError == .headerOverflow ? .requestHeaderFieldsTooLarge : .badRequest
      let headers = HTTPHeaders([("connection", "close"), ("content-length", "0")])
      context.write(
        wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: status, headers: headers))),
        promise: nil)
      context.writeAndFlush(wrapOutboundOut(.end(nil))).assumeIsolated().whenComplete { _ in
        context.close(promise: nil)
      }
    }
    context.fireErrorCaught(error)
  }

  func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
    switch unwrapOutboundIn(data) {
    case .head(let head): responseUnfinished = head.status.code >= 200
    case .body: break
    case .end: responseUnfinished = false
    }
    context.write(data, promise: promise)
  }
}
