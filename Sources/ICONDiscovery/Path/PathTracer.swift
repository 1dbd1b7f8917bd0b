import NIOPosix

#if canImport(Glibc)
  import Glibc
#endif

/// Traces the path to an address as traceroute does, without privileges: UDP datagrams with time-to-live
/// 1 to ``maximumHops`` go out at once, each carrying its TTL; the ICMP errors they raise (time exceeded
/// from each router, port unreachable from the destination) come back on the socket's error queue
/// (`IP_RECVERR`, `IPV6_RECVERR`), with the address of the host that sent them.
public struct PathTracer: Sendable {
  /// The longest path traced.
  public var maximumHops: Int
  /// How long to wait for the answers after the probes went out.
  public var wait: Duration
  /// The first destination port; a probe of TTL t goes to `basePort + t`.
  public var basePort: Int

  public init(maximumHops: Int = 16, wait: Duration = .milliseconds(600), basePort: Int = 33434) {
    self.maximumHops = max(1, min(maximumHops, 64))
    self.wait = wait
    self.basePort = basePort
  }

  /// The path to `destination`; throws when no probe could be sent.
  public func trace(to destination: IPAddress) async throws -> TracedPath {
    let tracer = self
    return try await NIOThreadPool.singleton.runIfActive { try tracer.traceBlocking(to: destination) }
  }

  /// Sends the probes and collects the errors they raise, blocking the calling thread.
  func traceBlocking(to destination: IPAddress) throws -> TracedPath {
    let v4 = destination.isIPv4
    let socket = Glibc.socket(v4 ? AF_INET : AF_INET6, Int32(SOCK_DGRAM.rawValue), 0)
    guard socket >= 0 else {
      throw PathTraceError("cannot open a UDP socket: \(String(cString: strerror(errno)))")
    }
    defer { close(socket) }
    var on: Int32 = 1
    let level = v4 ? Int32(IPPROTO_IP) : Int32(IPPROTO_IPV6)
    let receiveErrors = v4 ? Int32(IP_RECVERR) : Int32(IPV6_RECVERR)
    let timeToLive = v4 ? Int32(IP_TTL) : Int32(IPV6_UNICAST_HOPS)
    guard setsockopt(socket, level, receiveErrors, &on, socklen_t(MemoryLayout<Int32>.size)) == 0 else {
      throw PathTraceError("cannot ask for ICMP errors: \(String(cString: strerror(errno)))")
    }
    let nonce = UInt32.random(in: 0...UInt32.max)
    var sent = 0
    for ttl in 1...maximumHops {
      var hops = Int32(ttl)
      setsockopt(socket, level, timeToLive, &hops, socklen_t(MemoryLayout<Int32>.size))
      let payload = Self.payload(ttl: ttl, nonce: nonce)
      // an error an earlier probe raised fails the next send once (and is cleared by it): send again
      for _ in 0..<3 {
        let result = Self.withSocketAddress(destination, port: basePort + ttl) { address, length in
          sendto(socket, payload, payload.count, 0, address, length)
        }
        if result == payload.count {
          sent += 1
          break
        }
      }
    }
    guard sent > 0 else {
      throw PathTraceError("cannot send to \(destination): \(String(cString: strerror(errno)))")
    }
    var hops = [IPAddress?](repeating: nil, count: maximumHops)
    var reachedAt: Int?
    let deadline = ContinuousClock.now + wait
    while ContinuousClock.now < deadline {
      let left = deadline - ContinuousClock.now
      let milliseconds = Int32(
        max(1, left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000))
      var descriptor = pollfd(fd: socket, events: 0, revents: 0)
      guard poll(&descriptor, 1, milliseconds) > 0 else { continue }
      reading: while true {
        let report: ErrorReport
        switch Self.readError(socket, v4: v4) {
        case .empty: break reading
        case .other: continue reading
        case .report(let read): report = read
        }
        guard let ttl = Self.ttl(in: report.payload, nonce: nonce), ttl <= maximumHops else { continue }
        switch report.kind {
        case .timeExceeded: hops[ttl - 1] = report.sender
        case .unreachable where report.sender == destination: reachedAt = min(reachedAt ?? ttl, ttl)
        case .unreachable: hops[ttl - 1] = report.sender
        }
      }
      // all hops before the destination answered: nothing more to wait for
      if let reachedAt, hops[..<(reachedAt - 1)].allSatisfy({ $0 != nil }) { break }
    }
    let length = reachedAt.map { $0 - 1 } ?? (hops.lastIndex { $0 != nil }.map { $0 + 1 } ?? 0)
    return TracedPath(
      destination: destination, hops: Array(hops.prefix(length)), reachedDestination: reachedAt != nil)
  }

  /// What an ICMP error said about one probe.
  struct ErrorReport {
    enum Kind { case timeExceeded, unreachable }
    let kind: Kind
    let sender: IPAddress
    let payload: [UInt8]
  }

  /// What the socket's error queue held.
  enum QueueEntry {
    case empty
    /// An error that is not an ICMP report about a probe.
    case other
    case report(ErrorReport)
  }

  /// The next entry of the socket's error queue.
  private static func readError(_ socket: Int32, v4: Bool) -> QueueEntry {
    var payload = [UInt8](repeating: 0, count: 64)
    var control = [UInt8](repeating: 0, count: 512)
    var peer = sockaddr_storage()
    let read = payload.withUnsafeMutableBytes { data in
      control.withUnsafeMutableBytes { control in
        withUnsafeMutablePointer(to: &peer) { peer in
          var vector = iovec(iov_base: data.baseAddress, iov_len: data.count)
          return withUnsafeMutablePointer(to: &vector) { vector in
            var header = msghdr()
            header.msg_name = UnsafeMutableRawPointer(peer)
            header.msg_namelen = socklen_t(MemoryLayout<sockaddr_storage>.size)
            header.msg_iov = vector
            header.msg_iovlen = 1
            header.msg_control = control.baseAddress
            header.msg_controllen = control.count
            let count = recvmsg(socket, &header, Int32(MSG_ERRQUEUE | MSG_DONTWAIT))
            return (count, header.msg_controllen)
          }
        }
      }
    }
    guard read.0 >= 0 else { return .empty }
    guard let error = ExtendedError(control: Array(control.prefix(read.1))) else { return .other }
    return .report(
      ErrorReport(kind: error.kind, sender: error.offender, payload: Array(payload.prefix(read.0))))
  }

  static func payload(ttl: Int, nonce: UInt32) -> [UInt8] {
    [UInt8(ascii: "I"), UInt8(ttl)] + bytes(of: nonce)
  }

  /// The TTL a probe's payload carries, when it is one of this trace's.
  static func ttl(in payload: [UInt8], nonce: UInt32) -> Int? {
    guard payload.count >= 6, payload[0] == UInt8(ascii: "I"), payload[1] >= 1,
      Array(payload[2..<6]) == bytes(of: nonce)
    else { return nil }
    return Int(payload[1])
  }

  private static func bytes(of nonce: UInt32) -> [UInt8] {
    [24, 16, 8, 0].map { UInt8((nonce >> $0) & 0xff) }
  }

  private static func withSocketAddress<Result>(
    _ address: IPAddress, port: Int, _ body: (UnsafePointer<sockaddr>, socklen_t) -> Result
  ) -> Result {
    if address.isIPv4 {
      var socketAddress = sockaddr_in()
      socketAddress.sin_family = sa_family_t(AF_INET)
      socketAddress.sin_port = in_port_t(UInt16(port).bigEndian)
      withUnsafeMutableBytes(of: &socketAddress.sin_addr) { $0.copyBytes(from: address.bytes) }
      return withUnsafePointer(to: &socketAddress) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
          body($0, socklen_t(MemoryLayout<sockaddr_in>.size))
        }
      }
    }
    var socketAddress = sockaddr_in6()
    socketAddress.sin6_family = sa_family_t(AF_INET6)
    socketAddress.sin6_port = in_port_t(UInt16(port).bigEndian)
    withUnsafeMutableBytes(of: &socketAddress.sin6_addr) { $0.copyBytes(from: address.bytes) }
    return withUnsafePointer(to: &socketAddress) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        body($0, socklen_t(MemoryLayout<sockaddr_in6>.size))
      }
    }
  }
}

/// Why a path could not be traced.
public struct PathTraceError: Error, CustomStringConvertible {
  public let description: String
  public init(_ description: String) { self.description = description }
}
