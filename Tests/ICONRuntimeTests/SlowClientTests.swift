import Foundation
import Hummingbird
import HummingbirdTesting
import ICONCore
import ICONTestSupport
import Logging
import NIOCore
import NIOHTTP1
import Testing

@testable import ICONRuntime

#if canImport(Glibc)
  import Glibc
#endif

/// Slow and silent clients (slowloris) at every server: the plain HTTP server (redirect stubs, the
/// demo workload), the agent's front and the yard's API.
@Suite(.timeLimit(.minutes(1)))
struct SlowClientTests {
  static let limits = ConnectionLimits(
    headTimeout: .milliseconds(400), bodyPause: .milliseconds(400), maximumConnections: 4)

  /// A head that trickles in a byte every 100 ms, a connection that says nothing, and a body that
  /// stops: each is closed within about the limit, however long the client would go on.
  static func slowClientsAreCut(port: Int) throws -> (trickling: Bool, silent: Bool, paused: Bool) {
    let trickling = try RawConnection(port: port).isCutWhileTrickling(after: "GET / HTTP/1.1\r\n")
    let silent = try RawConnection(port: port)
    let paused = try RawConnection(port: port)
    paused.send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n0123456789")
    return (trickling, silent.closedByServer(within: 1.5), paused.closedByServer(within: 1.5))
  }

  @Test func thePlainServerCutsSlowClientsAndCapsConnections() async throws {
    let server = try await PlainHTTPServer.bind(host: "127.0.0.1", port: 0, limits: Self.limits) {
      [PlainRequestHandlerForTests()]
    }
    let port = server.localAddress?.port ?? 0
    let (trickling, silent, paused) = try await offThePool { try Self.slowClientsAreCut(port: port) }
    try await server.close()
    #expect(trickling && silent && paused, "\(trickling) \(silent) \(paused)")
  }

  /// Four connections fill a server capped at four: a fifth is closed at once, and once one of the four
  /// goes the server serves again. (Time-outs long here, so that a slow machine cannot free a place
  /// before the fifth arrives.)
  @Test func thePlainServerCapsConnections() async throws {
    let limits = ConnectionLimits(headTimeout: .seconds(60), bodyPause: .seconds(60), maximumConnections: 4)
    let count = ConnectionCount(maximum: limits.maximumConnections)
    let server = try await PlainHTTPServer.bind(host: "127.0.0.1", port: 0, limits: limits, count: count) {
      [PlainRequestHandlerForTests()]
    }
    let port = server.localAddress?.port ?? 0
    var held = try (0..<4).map { _ in try RawConnection(port: port) }
    for _ in 0..<500 where count.current < 4 { try await Task.sleep(for: .milliseconds(10)) }
    let fifth = try RawConnection(port: port)
    let refused = try await offThePool { fifth.closedByServer(within: 5) }
    held.removeLast()
    for _ in 0..<500 where count.current > 3 { try await Task.sleep(for: .milliseconds(10)) }
    let served = try await JSONClient().exchange(
      .GET, "http://127.0.0.1:\(port)/", body: nil, timeout: .seconds(5))
    try await server.close()
    #expect(refused && count.refusedCount >= 1, "open \(count.current), refused \(count.refusedCount)")
    #expect(String(decoding: served, as: UTF8.self) == "ok")
    _ = held
  }

  @Test func theAgentFrontCutsSlowClients() async throws {
    let node = try AgentNodeTests.agent(.fresh(AgentNodeTests.origin))
    await node.start(url: "http://agent.test")
    let server = try await AgentFront(node: node, workloadPort: 1).bind(
      host: "127.0.0.1", port: 0, limits: Self.limits)
    let port = server.localAddress?.port ?? 0
    let (trickling, silent, paused) = try await offThePool { try Self.slowClientsAreCut(port: port) }
    try await server.close()
    #expect(trickling && silent && paused, "\(trickling) \(silent) \(paused)")
  }

  @Test func theYardCutsSlowClients() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("icon-yard-\(UUID())")
    defer { try? FileManager.default.removeItem(at: folder) }
    var settings = YardSettings(
      name: "paris", site: "Paris", price: 2, capacity: 1, dataDirectory: folder.path, allowedPrograms: [])
    settings.connectionLimits = Self.limits
    let yard = try Yard(settings: settings, driver: YardAPITests.RecordingDriver())
    let application = YardServer(yard: yard).application(logger: Logger(label: "test"))
    try await application.test(.live) { client in
      let port = try #require(client.port)
      let trickling = try RawConnection(port: port).isCutWhileTrickling(after: "GET /v1/health HTTP/1.1\r\n")
      let silent = try RawConnection(port: port)
      #expect(trickling)
      #expect(silent.closedByServer(within: 1.5))
    }
  }
}

/// Answers every request with `ok`.
final class PlainRequestHandlerForTests: ChannelInboundHandler {
  typealias InboundIn = HTTPServerRequestPart
  typealias OutboundOut = HTTPServerResponsePart

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    guard case .end = unwrapInboundIn(data) else { return }
    PlainResponse(status: .ok, headers: [:], body: ByteBuffer(string: "ok")).write(
      on: context, version: .http1_1, keepAlive: false)
  }
}
