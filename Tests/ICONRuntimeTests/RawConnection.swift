import Foundation
import ICONRuntime

#if canImport(Glibc)
  import Glibc
#endif

/// A raw TCP connection to a loopback port, to send exactly the bytes a test means (slow clients,
/// pipelined requests, hand-made WebSocket frames) and read exactly what comes back. One thread uses it
/// at a time (Sendable by hand, to hand it to a thread of its own).
final class RawConnection: @unchecked Sendable {
  private let socket: Int32
  /// Bytes received and not yet taken.
  private var received: [UInt8] = []

  /// Connects to `127.0.0.1:port`, from `source` (another loopback address) when given.
  init(port: Int, source: String? = nil) throws {
    socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    let socket = socket
    if let source, Self.with(source, port: 0, { Glibc.bind(socket, $0, $1) }) != 0 {
      close(socket)
      throw RuntimeFailure("cannot send from \(source)")
    }
    guard Self.with("127.0.0.1", port: port, { Glibc.connect(socket, $0, $1) }) == 0 else {
      close(socket)
      throw RuntimeFailure("cannot connect to port \(port)")
    }
  }

  /// Calls `body` with the IPv4 socket address `host:port` and its length.
  private static func with(
    _ host: String, port: Int, _ body: (UnsafePointer<sockaddr>, socklen_t) -> Int32
  ) -> Int32 {
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr(host)
    return withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        body($0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
  }

  deinit { close(socket) }

  /// Sends `text`; false once the server has closed.
  @discardableResult
  func send(_ text: String) -> Bool { send(Array(text.utf8)) }

  /// Sends all of `bytes`; false once the server has closed.
  @discardableResult
  func send(_ bytes: [UInt8]) -> Bool {
    var sent = 0
    while sent < bytes.count {
      let count = bytes.withUnsafeBytes {
        Glibc.send(socket, $0.baseAddress! + sent, $0.count - sent, Int32(MSG_NOSIGNAL))
      }
      guard count > 0 else { return false }
      sent += count
    }
    return true
  }

  /// Sends `head`, then one more byte every 100 ms for 2 s; whether the server closed meanwhile.
  func isCutWhileTrickling(after head: String) -> Bool {
    send(head)
    for _ in 0..<20 {
      send("X")
      if closedByServer(within: 0.1) { return true }
    }
    return false
  }

  /// Whether the server closed the connection within `seconds` (reading and discarding what it sent).
  func closedByServer(within seconds: Double) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    var buffer = [UInt8](repeating: 0, count: 4096)
    while Date() < deadline {
      var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
      let ready = poll(&descriptor, 1, Int32(max(1, deadline.timeIntervalSinceNow * 1000)))
      guard ready > 0 else { continue }
      let read = recv(socket, &buffer, buffer.count, 0)
      if read <= 0 { return true }
    }
    return false
  }

  /// Reads once more (waiting at most `seconds`); false at the end of the stream or on time-out.
  private func fill(within seconds: Double = 10) -> Bool {
    var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
    guard poll(&descriptor, 1, Int32(seconds * 1000)) > 0 else { return false }
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    let read = recv(socket, &buffer, buffer.count, 0)
    guard read > 0 else { return false }
    received += buffer[0..<read]
    return true
  }

  /// Everything until the server closes, as text.
  func readToEnd() -> String {
    while fill() {}
    defer { received = [] }
    return String(decoding: received, as: UTF8.self)
  }

  /// The next `count` bytes, or fewer if the stream ends first.
  func read(_ count: Int) -> [UInt8] {
    while received.count < count, fill() {}
    let taken = Array(received.prefix(count))
    received.removeFirst(taken.count)
    return taken
  }

  /// The next response head (through its blank line), as text; empty if none came.
  func readHead() -> String {
    let end: [UInt8] = Array("\r\n\r\n".utf8)
    var searched = 0
    while true {
      if received.count >= 4 {
        for index in max(0, searched - 3)...(received.count - 4)
        where Array(received[index..<index + 4]) == end {
          let head = String(decoding: received[..<(index + 4)], as: UTF8.self)
          received.removeFirst(index + 4)
          return head
        }
        searched = received.count
      }
      guard fill() else { return "" }
    }
  }

  /// Reads and drops `count` bytes, as fast as they come; how many came before the stream ended (or
  /// stalled for 10 s).
  func drain(_ count: Int) -> Int {
    var left = count - min(count, received.count)
    received.removeFirst(min(count, received.count))
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while left > 0 {
      var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
      guard poll(&descriptor, 1, 10_000) > 0 else { break }
      let read = recv(socket, &buffer, min(buffer.count, left), 0)
      guard read > 0 else { break }
      left -= read
    }
    return count - left
  }
}
