import Crypto
import Foundation
import ICONRuntime
import NIOCore
import NIOHTTP1
import NIOWebSocket

/// The demo workload's streaming routes, served as they come rather than as whole requests:
/// - `GET /bytes/N` sends N bytes (at most 1 TiB), written as fast as the client reads them (chunked,
///   with no length, when asked as `/bytes/N?chunked`);
/// - `PUT` or `POST /sink` reads a body of any size and answers how many bytes it had;
/// - `GET /echo` with `Upgrade: websocket` becomes a WebSocket that sends every message back.
/// Other requests go on to the workload's answer.
final class WorkloadStreams: ChannelInboundHandler, RemovableChannelHandler {
  typealias InboundIn = HTTPServerRequestPart
  typealias InboundOut = HTTPServerRequestPart
  typealias OutboundOut = HTTPServerResponsePart

  private enum Route {
    case passing
    case download(remaining: Int, keepAlive: Bool)
    case sink(received: Int, keepAlive: Bool)
    /// A WebSocket asked for: the switch comes once the request has ended.
    case upgrading(key: String, version: HTTPVersion)
    case finished
  }

  private var route = Route.finished
  private static let chunk = ByteBuffer(repeating: UInt8(ascii: "x"), count: 64 << 10)
  private static let largest = 1 << 40

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    let part = unwrapInboundIn(data)
    switch (part, route) {
    case (.head(let head), _):
      let path = String(head.uri.prefix { $0 != "?" })
      if head.method == .GET, path.hasPrefix("/bytes/"), let count = Int(path.dropFirst(7)),
        (0...Self.largest).contains(count)
      {
        route = .download(remaining: count, keepAlive: head.isKeepAlive)
        // `?chunked`: no length given, so the body goes chunked
        var headers = HTTPHeaders([("content-type", "application/octet-stream")])
        if !head.uri.hasSuffix("?chunked") { headers.add(name: "content-length", value: "\(count)") }
        context.write(
          wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: .ok, headers: headers))),
          promise: nil)
        sendMore(context)
      } else if head.method == .PUT || head.method == .POST, path == "/sink" {
        route = .sink(received: 0, keepAlive: head.isKeepAlive)
      } else if head.method == .GET, path == "/echo",
        head.headers[canonicalForm: "upgrade"].contains(where: { $0.lowercased() == "websocket" }),
        let key = head.headers.first(name: "sec-websocket-key")
      {
        route = .upgrading(key: key, version: head.version)
      } else {
        route = .passing
        context.fireChannelRead(data)
      }
    case (.body(let chunk), .sink(let received, let keepAlive)):
      route = .sink(received: received + chunk.readableBytes, keepAlive: keepAlive)
    case (.end, .sink(let received, let keepAlive)):
      route = .finished
      PlainResponse.json(["received": received]).write(on: context, version: .http1_1, keepAlive: keepAlive)
    case (.end, .upgrading(let key, let version)):
      route = .finished
      becomeWebSocket(context, key: key, version: version)
    case (_, .passing):
      context.fireChannelRead(data)
    case (.body, _), (.end, _):
      break
    }
  }

  func channelWritabilityChanged(context: ChannelHandlerContext) {
    // not from within: the change can come in the middle of the encoder writing a chunk
    if context.channel.isWritable {
      context.eventLoop.assumeIsolated().execute { self.sendMore(context) }
    }
    context.fireChannelWritabilityChanged()
  }

  /// Writes the download's next chunks while the connection takes them.
  private func sendMore(_ context: ChannelHandlerContext) {
    while case .download(let remaining, let keepAlive) = route {
      guard remaining > 0 else {
        route = .finished
        let written = context.writeAndFlush(wrapOutboundOut(.end(nil)))
        if !keepAlive { written.assumeIsolated().whenComplete { _ in context.close(promise: nil) } }
        return
      }
      guard context.channel.isWritable else { break }
      let size = min(remaining, Self.chunk.readableBytes)
      route = .download(remaining: remaining - size, keepAlive: keepAlive)
      context.write(
        wrapOutboundOut(.body(.byteBuffer(Self.chunk.getSlice(at: 0, length: size)!))), promise: nil)
    }
    context.flush()
  }

  /// Answers the upgrade and swaps HTTP for WebSocket frames; the decoder goes last, handing on any
  /// frames that came right after the request.
  private func becomeWebSocket(_ context: ChannelHandlerContext, key: String, version: HTTPVersion) {
    let accept = Data(Insecure.SHA1.hash(data: Data((key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").utf8)))
      .base64EncodedString()
    let headers = HTTPHeaders([
      ("upgrade", "websocket"), ("connection", "upgrade"), ("sec-websocket-accept", accept),
    ])
    context.writeAndFlush(
      wrapOutboundOut(
        .head(HTTPResponseHead(version: version, status: .switchingProtocols, headers: headers))),
      promise: nil)
    let pipeline = context.pipeline.syncOperations
    let names = PlainHTTPServer.PipelineName.self
    do {
      try pipeline.addHandler(WebSocketFrameEncoder())
      try pipeline.addHandler(ByteToMessageHandler(WebSocketFrameDecoder()))
      try pipeline.addHandler(WebSocketEcho())
      for name in [names.handler, names.deadlines, names.errors, names.pipelining, names.encoder] {
        pipeline.removeHandler(name: name, promise: nil)
      }
      pipeline.removeHandler(context: context, promise: nil)
      pipeline.removeHandler(name: names.decoder, promise: nil)
    } catch {
      context.close(promise: nil)
    }
  }
}

/// Sends every text or binary message back, answers pings, and closes when asked.
private final class WebSocketEcho: ChannelInboundHandler {
  typealias InboundIn = WebSocketFrame
  typealias OutboundOut = WebSocketFrame

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    let frame = unwrapInboundIn(data)
    switch frame.opcode {
    case .text, .binary, .continuation:
      context.writeAndFlush(
        wrapOutboundOut(WebSocketFrame(fin: frame.fin, opcode: frame.opcode, data: frame.unmaskedData)),
        promise: nil)
    case .ping:
      context.writeAndFlush(
        wrapOutboundOut(WebSocketFrame(fin: true, opcode: .pong, data: frame.unmaskedData)), promise: nil)
    case .connectionClose:
      context.writeAndFlush(
        wrapOutboundOut(WebSocketFrame(fin: true, opcode: .connectionClose, data: ByteBuffer()))
      )
      .assumeIsolated().whenComplete { _ in context.close(promise: nil) }
    default:
      break
    }
  }

  func errorCaught(context: ChannelHandlerContext, error: any Error) {
    context.close(promise: nil)
  }
}
