import Crypto
import Foundation
import ICONCore
import ICONDemo
import ICONTestSupport
import NIOCore
import Testing

@testable import ICONRuntime

#if canImport(Glibc)
  import Glibc
#endif

/// The agent as a reverse proxy, over real sockets on loopback: in process, in front of the demo
/// workload (which streams `/bytes/N`, takes `/sink` and echoes WebSockets at `/echo`).
@Suite(.serialized, .timeLimit(.minutes(2)))
struct ProxyTests {
  /// A serving agent in front of a fresh demo workload; `routes` send subnets to children.
  final class Proxy: Sendable {
    let agent: AgentFront
    let front: any Channel
    let workload: any Channel
    var port: Int { front.localAddress?.port ?? 0 }
    var workloadPort: Int { workload.localAddress?.port ?? 0 }

    init(routes: [SubnetID: (ICONID, String)] = [:]) async throws {
      workload = try await DemoWorkload.bind(port: 0, site: "here")
      let node = try AgentNodeTests.agent(.fresh(AgentNodeTests.origin))
      await node.start(url: "http://agent.test")
      agent = AgentFront(node: node, workloadPort: workload.localAddress?.port ?? 0)
      agent.routing.update(
        routes: routes.mapValues(\.0),
        urls: Dictionary(uniqueKeysWithValues: routes.values.map { ($0.0, $0.1) }))
      front = try await agent.bind(host: "127.0.0.1", port: 0)
    }

    func close() async throws {
      try await front.close()
      try await workload.close()
    }
  }

  @Test func pipelinedRequestsAreAnsweredInOrder() async throws {
    let proxy = try await Proxy()
    let port = proxy.port
    let text = try await offThePool {
      let connection = try RawConnection(port: port)
      connection.send(
        "PUT /kv/a HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nfirst"
          + "GET /kv/a HTTP/1.1\r\nHost: x\r\n\r\n"
          + "GET /bytes/3 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
      return connection.readToEnd()
    }
    try await proxy.close()
    #expect(text.components(separatedBy: "HTTP/1.1 200 OK").count == 4, "\(text)")
    let stored = try #require(text.range(of: "{\"stored\":\"a\"}"), "\(text)")
    let value = try #require(text.range(of: "\r\n\r\nfirst"), "\(text)")
    let bytes = try #require(text.range(of: "\r\n\r\nxxx"), "\(text)")
    #expect(stored.upperBound <= value.lowerBound && value.upperBound <= bytes.lowerBound)
  }

  @Test func chunkedBodiesPassBothWays() async throws {
    let proxy = try await Proxy()
    let port = proxy.port
    let (upload, download) = try await offThePool {
      let connection = try RawConnection(port: port)
      connection.send("PUT /sink HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
      for size in [5, 4096, 70_000] {
        connection.send(String(size, radix: 16) + "\r\n" + String(repeating: "y", count: size) + "\r\n")
        usleep(20_000)
      }
      connection.send("0\r\n\r\n")
      let upload = connection.readHead() + String(decoding: connection.read(18), as: UTF8.self)
      connection.send("GET /bytes/100000?chunked HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
      return (upload, connection.readToEnd())
    }
    try await proxy.close()
    #expect(upload.contains("{\"received\":74101}"), "\(upload)")
    let (head, body) = try #require(Self.split(download))
    #expect(head.lowercased().contains("transfer-encoding: chunked"), "\(head)")
    #expect((try? Self.dechunk(body))?.count == 100_000, "\(download.prefix(300))")
  }

  @Test func headsOverTheLimitAreRefusedWith431() async throws {
    let proxy = try await Proxy()
    let port = proxy.port
    let reply = try await offThePool {
      let connection = try RawConnection(port: port)
      connection.send(
        "GET / HTTP/1.1\r\nHost: x\r\nX-Big: \(String(repeating: "a", count: PlainHTTPServer.headLimit))\r\n\r\n"
      )
      return connection.readToEnd()
    }
    try await proxy.close()
    #expect(reply.hasPrefix("HTTP/1.1 431"), "\(reply.prefix(100))")
  }

  @Test func aClientThatLeavesEndsItsRequestAtTheWorkload() async throws {
    let proxy = try await Proxy()
    let (port, workloadPort) = (proxy.port, proxy.workloadPort)
    let during = try await offThePool {
      let connection = try RawConnection(port: port)
      connection.send("GET /bytes/\(1 << 30) HTTP/1.1\r\nHost: x\r\n\r\n")
      _ = connection.readHead()
      _ = connection.drain(1 << 20)
      return Self.establishedConnections(toPort: workloadPort)
    }
    // the client is gone: the workload's connection goes too, and is not kept for another request
    var after = -1
    for _ in 0..<40 {
      after = Self.establishedConnections(toPort: workloadPort)
      if after == 0 { break }
      try await Task.sleep(for: .milliseconds(50))
    }
    try await proxy.close()
    #expect(during == 1)
    #expect(after == 0)
  }

  @Test func aWebSocketTalksThroughTheAgent() async throws {
    let proxy = try await Proxy()
    let port = proxy.port
    let key = Data((0..<16).map { _ in UInt8.random(in: 0...255) }).base64EncodedString()
    let (head, echoes) = try await offThePool {
      let connection = try RawConnection(port: port)
      connection.send(
        "GET /echo HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
          + "Sec-WebSocket-Key: \(key)\r\nSec-WebSocket-Version: 13\r\n\r\n")
      let head = connection.readHead()
      var echoes: [String] = []
      for message in ["hello icon", String(repeating: "long ", count: 100)] {
        connection.sendTextFrame(message)
        echoes.append(connection.readTextFrame())
      }
      return (head, echoes)
    }
    try await proxy.close()
    let accept = Data(Insecure.SHA1.hash(data: Data((key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").utf8)))
      .base64EncodedString()
    #expect(head.hasPrefix("HTTP/1.1 101"), "\(head)")
    #expect(head.lowercased().contains("sec-websocket-accept: \(accept.lowercased())"), "\(head)")
    #expect(echoes == ["hello icon", String(repeating: "long ", count: 100)])
  }

  /// Forty client connections one after another, a request each: the workload sees only the few
  /// connections the agent keeps (one per event loop at most), not one per client.
  @Test func workloadConnectionsArePooledAcrossClients() async throws {
    let proxy = try await Proxy()
    let (port, workloadPort) = (proxy.port, proxy.workloadPort)
    let answered = try await offThePool {
      (0..<40).filter { _ in
        guard let connection = try? RawConnection(port: port) else { return false }
        connection.send("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        return connection.readToEnd().hasPrefix("HTTP/1.1 200")
      }.count
    }
    let kept = Self.establishedConnections(toPort: workloadPort)
    try await proxy.close()
    #expect(answered == 40)
    let loops = Array(PlainHTTPServer.group.makeIterator()).count
    #expect((1...loops).contains(kept), "\(kept) workload connections for \(loops) event loops")
  }

  /// Many requests at once from two client subnets, pipelined on several connections: the agent meters
  /// every request it served to its subnet, and redirects every request of the subnet a child serves.
  @Test func meteringAndRedirectsStayExactUnderLoad() async throws {
    let child = ICONID("\(AgentNodeTests.originID).1")
    let proxy = try await Proxy(routes: [SubnetID("127.0.2.0/24"): (child, "http://child.test")]
    )
    _ = proxy.agent.meter.drain()
    let port = proxy.port
    let perConnection = 250
    let replies = try await withThrowingTaskGroup(of: (String, String).self) { group in
      for source in ["127.0.1.7", "127.0.1.8", "127.0.2.7", "127.0.2.8"] {
        group.addTask {
          try await offThePool {
            let connection = try RawConnection(port: port, source: source)
            let request = "GET /count HTTP/1.1\r\nHost: x\r\n\r\n"
            connection.send(
              String(repeating: request, count: perConnection - 1)
                + "GET /count HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            return (source, connection.readToEnd())
          }
        }
      }
      return try await group.reduce(into: []) { $0.append($1) }
    }
    let samples = proxy.agent.meter.drain()
    try await proxy.close()
    for (source, reply) in replies {
      let status = source.hasPrefix("127.0.1.") ? "HTTP/1.1 200 OK" : "HTTP/1.1 307 Temporary Redirect"
      #expect(reply.components(separatedBy: status).count - 1 == perConnection, "\(source)")
    }
    let redirects = replies.map {
      $0.1.components(separatedBy: "location: http://child.test/count").count - 1
    }
    #expect(redirects.reduce(0, +) == 2 * perConnection)
    #expect(samples.map(\.subnet.description) == ["127.0.1.0/24"])
    #expect(samples.first?.requests == 2 * perConnection)
  }

  // MARK: Helpers

  /// Head and body of a whole response.
  static func split(_ response: String) -> (String, String)? {
    guard let end = response.range(of: "\r\n\r\n") else { return nil }
    return (String(response[..<end.lowerBound]), String(response[end.upperBound...]))
  }

  /// The payload of a chunked body.
  static func dechunk(_ body: String) throws -> [UInt8] {
    var bytes = Array(body.utf8)[...]
    var payload: [UInt8] = []
    while true {
      guard let lineEnd = bytes.firstIndex(of: UInt8(ascii: "\r")),
        let size = Int(String(decoding: bytes[bytes.startIndex..<lineEnd], as: UTF8.self), radix: 16)
      else { throw RuntimeFailure("not chunked: \(String(decoding: bytes.prefix(40), as: UTF8.self))") }
      let start = lineEnd + 2
      if size == 0 { return payload }
      payload += bytes[start..<start + size]
      bytes = bytes[(start + size + 2)...]
    }
  }

  /// Connections established to `port` on loopback, as the kernel lists them.
  static func establishedConnections(toPort port: Int) -> Int {
    // read to the end: the kernel hands the table out a page at a time
    let table = String(
      decoding: FileHandle(forReadingAtPath: "/proc/net/tcp")?.readDataToEndOfFile() ?? Data(), as: UTF8.self)
    let local = String(format: ":%04X", port)
    return table.split(separator: "\n").dropFirst().filter { line in
      let fields = line.split(separator: " ")
      return fields.count > 3 && fields[1].hasSuffix(local) && fields[3] == "01"
    }.count
  }
}

/// A real agent process (started by a real yard) in front of the demo workload: bodies of a gibibyte
/// stream through it both ways while its memory stays flat.
@Suite(.timeLimit(.minutes(3)))
struct ProxyMemoryTests {
  @Test func aGibibyteEachWayRaisesTheAgentsMemoryByLessThan64MiB() async throws {
    let cluster = try await RuntimeCluster(yards: [("paris", "Paris", 1.0)])
    let reply = try await cluster.owner.deploy(cluster.manifest(), yard: cluster.url("paris"))
    let pid = try #require(try await cluster.instances("paris").first?.pid)
    let port = try #require(URL(string: reply.url)?.port)
    let gibibyte = 1 << 30
    let warmedUp = try await offThePool {
      let connection = try RawConnection(port: port)
      connection.send("GET /bytes/1000000 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
      return connection.readToEnd().count
    }
    let before = try #require(Self.memory(of: pid, "VmRSS"))
    // the peak from here on (Linux: writing 5 to clear_refs resets VmHWM)
    try "5".write(toFile: "/proc/\(pid)/clear_refs", atomically: false, encoding: .utf8)
    let (downloaded, uploaded) = try await offThePool {
      let connection = try RawConnection(port: port)
      connection.send("GET /bytes/\(gibibyte) HTTP/1.1\r\nHost: x\r\n\r\n")
      _ = connection.readHead()
      let downloaded = connection.drain(gibibyte)
      connection.send(
        "PUT /sink HTTP/1.1\r\nHost: x\r\nContent-Length: \(gibibyte)\r\nConnection: close\r\n\r\n")
      let block = [UInt8](repeating: UInt8(ascii: "y"), count: 1 << 20)
      for _ in 0..<(gibibyte / block.count) where !connection.send(block) { break }
      return (downloaded, connection.readToEnd())
    }
    let peak = try #require(Self.memory(of: pid, "VmHWM"))
    await cluster.shutdown()
    #expect(warmedUp > 1_000_000)
    #expect(downloaded == gibibyte)
    #expect(uploaded.contains("{\"received\":\(gibibyte)}"), "\(uploaded.prefix(300))")
    #expect(peak - before < 64 << 20, "resident \(before >> 20) MiB before, \(peak >> 20) MiB at the peak")
  }

  /// A memory figure of process `pid` from /proc (`VmRSS`, `VmHWM`), in bytes.
  static func memory(of pid: Int32, _ field: String) -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("\(field):") }),
      let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "")
    else { return nil }
    return kilobytes << 10
  }
}
