import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// A small stateful HTTP service to wrap in ICONs: a counter and a key-value store, with the state
/// hooks (`GET`/`PUT /_icon/state`) that let a migration carry its state along.
///
/// - `GET /` greets and names the site; `POST /count` adds one and returns the count; `GET /count`
/// - `PUT /kv/{key}` stores the body; `GET /kv/{key}` returns it
public enum DemoWorkload {
  /// The whole state.
  public struct State: Codable, Sendable {
    /// The counter.
    public var count = 0
    /// Stored values.
    public var values: [String: String] = [:]
  }

  /// Serves on `127.0.0.1:port` until SIGTERM, or until the agent that started it is gone.
  public static func run(port: Int, site: String) async throws {
    let state = StateBox()
    let logger = Logger(label: "icon.workload")
    let application = Application(
      responder: CallbackResponder { request, _ in await respond(request, state: state, site: site) }
        as CallbackResponder<BasicRequestContext>,
      configuration: .init(address: .hostname("127.0.0.1", port: port), serverName: nil), logger: logger)
    let parent = getppid()
    let watchdog = Task {
      while !Task.isCancelled {
        try? await Task.sleep(for: .seconds(1))
        if getppid() != parent { exit(0) }
      }
    }
    defer { watchdog.cancel() }
    try await application.runService()
  }

  static func respond(_ request: Request, state: StateBox, site: String) async -> Response {
    let path = request.uri.path
    var request = request
    switch (request.method, path) {
    case (.get, "/"):
      let count = state.value.withLock { $0.count }
      return text("icon demo workload at \(site): count \(count)\n")
    case (.post, "/count"):
      let count = state.value.withLock { state -> Int in
        state.count += 1
        return state.count
      }
      return Responses.json(["count": count])
    case (.get, "/count"):
      let count = state.value.withLock { $0.count }
      return Responses.json(["count": count])
    case (.get, "/_icon/state"):
      return Responses.json(state.value.withLock { $0 })
    case (.put, "/_icon/state"):
      do {
        let restored = try await Responses.decode(State.self, from: request)
        state.value.withLock { $0 = restored }
        return Responses.json(["status": "restored"])
      } catch let problem as RequestProblem {
        return problem.response
      } catch {
        return Responses.error(.badRequest, "\(error)")
      }
    case (.put, _) where path.hasPrefix("/kv/"):
      guard let body = try? await request.collectBody(upTo: 1 << 20) else {
        return Responses.error(.contentTooLarge, "values are at most 1 MiB")
      }
      let key = String(path.dropFirst(4))
      state.value.withLock { $0.values[key] = String(buffer: body) }
      return Responses.json(["stored": key])
    case (.get, _) where path.hasPrefix("/kv/"):
      guard let value = state.value.withLock({ $0.values[String(path.dropFirst(4))] }) else {
        return Responses.error(.notFound, "no value stored under \(path.dropFirst(4))")
      }
      return text(value)
    default:
      return Responses.error(.notFound, "try GET /, POST /count, GET /count, PUT or GET /kv/KEY")
    }
  }

  /// The state behind a lock, shareable with the request handlers.
  final class StateBox: Sendable {
    let value = Mutex(State())
  }

  private static func text(_ text: String) -> Response {
    Response(
      status: .ok, headers: [.contentType: "text/plain; charset=utf-8"],
      body: .init(byteBuffer: ByteBuffer(string: text)))
  }
}
