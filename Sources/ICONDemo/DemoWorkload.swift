import Foundation
import ICONRuntime
import NIOCore
import NIOHTTP1
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// A small stateful HTTP service to wrap in ICONs: a counter and a key-value store, with the state
/// hooks (`GET`/`PUT /_icon/state`) that let a migration carry its state along.
///
/// - `GET /` greets and names the site; `POST /count` adds one and returns the count; `GET /count`
/// - `PUT /kv/{key}` stores the body; `GET /kv/{key}` returns it
/// - `PUT /files/{name}` writes the body to a file (in `$ICON_FILES`, else `./files`); `GET /files/{name}`
///   reads it. Files are not part of the state hooks: in a container they move with its file system.
/// - `GET /bytes/N`, `PUT /sink` and the WebSocket `GET /echo` stream (``WorkloadStreams``).
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
    // as process 1 of a container, SIGTERM would otherwise be ignored
    signal(SIGTERM) { _ in _exit(0) }
    let channel = try await bind(port: port, site: site)
    let parent = getppid()
    while getppid() == parent, channel.isActive {
      try await Task.sleep(for: .seconds(1))
    }
    channel.close(promise: nil)
  }

  /// Serves on `127.0.0.1:port` (0 picks one) until the returned channel is closed.
  public static func bind(port: Int, site: String) async throws -> any Channel {
    let state = Mutex(State())
    let files = URL(fileURLWithPath: ProcessInfo.processInfo.environment["ICON_FILES"] ?? "files")
    return try await PlainHTTPServer(
      answer: { head, body in respond(head, body, state: state, site: site, files: files) },
      streams: { WorkloadStreams() }
    ).bind(host: "127.0.0.1", port: port)
  }

  static func respond(
    _ head: HTTPRequestHead, _ body: ByteBuffer, state: borrowing Mutex<State>, site: String, files: URL
  )
    -> PlainResponse
  {
    let path = String(head.uri.prefix { $0 != "?" })
    switch (head.method, path) {
    case (.GET, "/"):
      let count = state.withLock { $0.count }
      return text("icon demo workload at \(site): count \(count)\n")
    case (.GET, "/whoami"):
      // the client's address as its agent reports it
      return .json(["forwardedFor": head.headers.first(name: "x-forwarded-for") ?? ""])
    case (.POST, "/count"):
      let count = state.withLock { state -> Int in
        state.count += 1
        return state.count
      }
      return .json(["count": count])
    case (.GET, "/count"):
      return .json(["count": state.withLock { $0.count }])
    case (.GET, "/_icon/state"):
      return .json(state.withLock { $0 })
    case (.PUT, "/_icon/state"):
      do {
        let restored = try Responses.decode(State.self, from: body)
        state.withLock { $0 = restored }
        return .json(["status": "restored"])
      } catch let problem as RequestProblem {
        return problem.plain
      } catch {
        return .error(.badRequest, "\(error)")
      }
    case (.PUT, _) where path.hasPrefix("/kv/"):
      let key = String(path.dropFirst(4))
      state.withLock { $0.values[key] = String(buffer: body) }
      return .json(["stored": key])
    case (.GET, _) where path.hasPrefix("/kv/"):
      guard let value = state.withLock({ $0.values[String(path.dropFirst(4))] }) else {
        return .error(.notFound, "no value stored under \(path.dropFirst(4))")
      }
      return text(value)
    case (.PUT, _) where path.hasPrefix("/files/"), (.GET, _) where path.hasPrefix("/files/"):
      let name = String(path.dropFirst(7))
      guard !name.isEmpty, !name.hasPrefix("."),
        name.allSatisfy({ $0.isLetter || $0.isNumber || "._-".contains($0) })
      else { return .error(.badRequest, "a file name is letters, digits, '.', '_' and '-'") }
      let file = files.appendingPathComponent(name)
      if head.method == .PUT {
        do {
          try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
          try Data(buffer: body).write(to: file, options: .atomic)
          return .json(["written": name])
        } catch {
          return .error(.internalServerError, "cannot write \(file.path): \(error.localizedDescription)")
        }
      }
      guard let data = FileManager.default.contents(atPath: file.path) else {
        return .error(.notFound, "no file \(name)")
      }
      return text(String(decoding: data, as: UTF8.self))
    default:
      return .error(
        .notFound, "try GET /, POST /count, GET /count, PUT or GET /kv/KEY, PUT or GET /files/NAME")
    }
  }

  private static func text(_ text: String) -> PlainResponse {
    PlainResponse(
      status: .ok, headers: ["content-type": "text/plain; charset=utf-8"], body: ByteBuffer(string: text))
  }
}
