import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// Serves the dashboard: the page at `/`, the state as JSON at `/state`, and live updates as
/// Server-Sent Events at `/events`. The page carries its own script and style: nothing is fetched from
/// elsewhere.
public enum DashboardServer {
  /// Serves `hub` on `host:port` (0 picks a port) until the returned task is cancelled; `listening` is
  /// told the URL once the server listens.
  public static func start(hub: DashboardHub, host: String = "127.0.0.1", port: Int = 0) async throws -> (
    url: String, task: Task<Void, any Error>
  ) {
    var logger = Logger(label: "icon.dashboard")
    logger.logLevel = .warning
    let (urls, listening) = AsyncStream<String>.makeStream()
    let application = Application(
      responder: CallbackResponder { request, _ in await respond(to: request, hub: hub) }
        as CallbackResponder<BasicRequestContext>,
      configuration: .init(address: .hostname(host, port: port), serverName: nil),
      onServerRunning: { channel in
        listening.yield("http://\(host):\(channel.localAddress?.port ?? port)")
        listening.finish()
      },
      logger: logger)
    let task = Task {
      defer { listening.finish() }
      try await withTaskCancellationHandler {
        try await application.runService()
      } onCancel: {
        Task { await hub.close() }
      }
    }
    var iterator = urls.makeAsyncIterator()
    guard let url = await iterator.next() else {
      // the server stopped before it listened: its error says why
      try await task.value
      throw DashboardFailure("the dashboard did not start on \(host):\(port)")
    }
    return (url, task)
  }

  static func respond(to request: Request, hub: DashboardHub) async -> Response {
    guard request.method == .get else { return text("only GET is served here", status: .methodNotAllowed) }
    switch request.uri.path {
    case "/", "/index.html":
      return Response(
        status: .ok, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
        body: .init(byteBuffer: ByteBuffer(string: DashboardPage.html)))
    case "/state":
      let data = (try? JSONEncoder().encode(await hub.state)) ?? Data("{}".utf8)
      return Response(
        status: .ok, headers: [.contentType: "application/json"],
        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    case "/events":
      guard let stream = await hub.listen() else {
        return text("too many dashboards are open; close one", status: .serviceUnavailable)
      }
      return Response(
        status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
        body: ResponseBody { writer in
          for await message in stream { try await writer.write(ByteBuffer(string: message)) }
          try await writer.finish(nil)
        })
    default:
      return text("no such page: \(request.uri.path) (/, /state, /events)", status: .notFound)
    }
  }

  private static func text(_ message: String, status: HTTPResponse.Status) -> Response {
    Response(
      status: status, headers: [.contentType: "text/plain; charset=utf-8"],
      body: .init(byteBuffer: ByteBuffer(string: message + "\n")))
  }
}

/// Why the dashboard could not be served.
public struct DashboardFailure: Error, CustomStringConvertible {
  public var description: String
  init(_ description: String) { self.description = description }
}
