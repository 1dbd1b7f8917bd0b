import Foundation
import ICONTestSupport
import Synchronization
import Testing

@testable import ICONDiscovery

#if canImport(Glibc)
  import Glibc
#endif

/// Lookups against a real dnsmasq on loopback, and against servers that misbehave.
@Suite(.timeLimit(.minutes(1)))
struct DNSResolverTests {
  static func name(_ text: String) -> DNSName { try! DNSName(text) }

  static func resolver(port: Int, timeout: Duration = .seconds(2), attempts: Int = 2) -> DNSResolver {
    DNSResolver(
      ResolverConfiguration(
        servers: [DNSServerAddress(IPAddress("127.0.0.1")!, port: port)], timeout: timeout, attempts: attempts
      ))
  }

  @Test(.enabled(if: Dnsmasq.isInstalled, "dnsmasq is not installed (apt-get install dnsmasq-base)"))
  func everyRecordTypeDiscoveryNeedsComesBackFromDnsmasq() async throws {
    let server = try await offThePool {
      try Dnsmasq(
        options: [
          "--srv-host=_edge._tcp.provider.test,yard.provider.test,8080,1,5",
          "--txt-record=_edge._tcp.provider.test,price=2,capacity=4",
          "--host-record=yard.provider.test,198.51.100.7,2001:db8::7",
          "--ptr-record=1.100.51.198.in-addr.arpa,r1.transit.provider.test",
        ], zones: ["test", "100.51.198.in-addr.arpa"])
    }
    let resolver = Self.resolver(port: server.port)
    let service = try await resolver.lookup(Self.name("_edge._tcp.provider.test"), .srv)
    #expect(
      service.records.map(\.data) == [
        .service(ServiceLocation(priority: 1, weight: 5, port: 8080, target: Self.name("yard.provider.test")))
      ])
    let hints = try await resolver.lookup(Self.name("_edge._tcp.provider.test"), .txt)
    #expect(hints.records.map(\.data) == [.text(["price=2", "capacity=4"])])
    let v4 = try await resolver.lookup(Self.name("YARD.provider.test"), .a)
    #expect(v4.records.map(\.data) == [.address(IPAddress("198.51.100.7")!)])
    let v6 = try await resolver.lookup(Self.name("yard.provider.test"), .aaaa)
    #expect(v6.records.map(\.data) == [.address(IPAddress("2001:db8::7")!)])
    let reverse = try await resolver.lookup(DNSName.reverse(of: IPAddress("198.51.100.1")!), .ptr)
    #expect(reverse.records.map(\.data) == [.name(Self.name("r1.transit.provider.test"))])
    let missing = try await resolver.lookup(Self.name("_edge._tcp.nowhere.test"), .srv)
    #expect(!missing.nameExists && missing.records.isEmpty)
  }

  /// Forty TXT records do not fit the 512 bytes of a plain UDP answer: dnsmasq sets the truncation
  /// bit, and the resolver asks again over TCP and gets them all.
  @Test(.enabled(if: Dnsmasq.isInstalled, "dnsmasq is not installed (apt-get install dnsmasq-base)"))
  func aTruncatedAnswerIsFetchedAgainOverTCP() async throws {
    let strings = (0..<40).map { "hint-\($0)-" + String(repeating: "x", count: 40) }
    let server = try await offThePool {
      try Dnsmasq(options: strings.map { "--txt-record=big.provider.test,\($0)" }, zones: ["test"])
    }
    let answer = try await Self.resolver(port: server.port).lookup(Self.name("big.provider.test"), .txt)
    let received = answer.records.compactMap { record -> String? in
      guard case .text(let parts) = record.data else { return nil }
      return parts.joined()
    }
    #expect(Set(received) == Set(strings))
  }

  /// Why a lookup of `a.test` at `port` failed; empty when it did not.
  static func failure(port: Int, timeout: Duration, attempts: Int) async -> String {
    do {
      _ = try await resolver(port: port, timeout: timeout, attempts: attempts).lookup(name("a.test"), .a)
      return ""
    } catch {
      return error.reason
    }
  }

  @Test func aSilentServerTimesOutAfterEveryAttempt() async throws {
    let silent = try UDPResponder { _ in nil }
    defer { silent.stop() }
    let started = ContinuousClock.now
    #expect(
      await Self.failure(port: silent.port, timeout: .milliseconds(200), attempts: 2).contains(
        "did not answer within"))
    let spent = ContinuousClock.now - started
    // both attempts waited their time, and the lookup ended rather than hung
    #expect(spent >= .milliseconds(400) && spent < .seconds(20), "\(spent)")
    #expect(silent.received == 2)
  }

  /// A server that answers with the query's id and then garbage is refused with the codec's reason; an
  /// answer to another id or another question is ignored as a spoof would be.
  @Test func malformedAndMismatchedAnswersAreRefused() async throws {
    let garbage = try UDPResponder { query in
      Array(query.prefix(2)) + [0x81, 0x80, 0, 1, 0, 0, 0, 0, 0, 0, 0xc0, 12]
    }
    defer { garbage.stop() }
    #expect(
      await Self.failure(port: garbage.port, timeout: .seconds(2), attempts: 1).contains(
        "malformed answer"))
    let spoof = try UDPResponder { query in
      var message = try! DNSMessage(decoding: query)
      message.flags.isResponse = true
      message.id &+= 1
      return try! message.encoded()
    }
    defer { spoof.stop() }
    #expect(
      await Self.failure(port: spoof.port, timeout: .milliseconds(300), attempts: 1).contains(
        "did not answer"))
  }

  @Test func resolvConfIsReadAsTheCLibraryReadsIt() throws {
    let text = """
      # comment
      search example.test
      nameserver 198.51.100.53
      nameserver 2001:db8::53
      options ndots:2 timeout:1 attempts:3
      nameserver 198.51.100.54
      nameserver 198.51.100.55
      """
    let configuration = try ResolverConfiguration(resolvConf: text, file: "resolv.conf")
    #expect(
      configuration.servers.map(\.description) == [
        "198.51.100.53:53", "[2001:db8::53]:53", "198.51.100.54:53",
      ])
    #expect(configuration.timeout == .seconds(1) && configuration.attempts == 3)
    #expect(
      try ResolverConfiguration(resolvConf: "", file: "x").servers.map(\.description) == ["127.0.0.1:53"])
    #expect {
      try ResolverConfiguration(resolvConf: "search a\nnameserver dns.example\n", file: "resolv.conf")
    } throws: { error in
      "\(error)".hasPrefix("resolv.conf:2: expected `nameserver ADDRESS`")
    }
    #expect(throws: ResolverConfigurationError.self) {
      try ResolverConfiguration(resolvConf: "options timeout:0", file: "resolv.conf")
    }
  }

  @Test func serverAddressesParse() {
    #expect(DNSServerAddress("127.0.0.1:5353")?.description == "127.0.0.1:5353")
    #expect(DNSServerAddress("198.51.100.1")?.port == 53)
    #expect(DNSServerAddress("[::1]:5353")?.description == "[::1]:5353")
    #expect(DNSServerAddress("2001:db8::1")?.description == "[2001:db8::1]:53")
    for bad in ["", "host:53", "127.0.0.1:0", "127.0.0.1:70000", "[::1", "[::1]x"] {
      #expect(DNSServerAddress(bad) == nil, "\(bad)")
    }
  }
}

/// A UDP socket on loopback that answers each datagram with what `reply` makes of it (nothing for nil).
final class UDPResponder: Sendable {
  let port: Int
  private let socket: Int32
  private let count = Mutex(0)

  /// Datagrams received so far.
  var received: Int { count.withLock { $0 } }

  init(reply: @escaping @Sendable ([UInt8]) -> [UInt8]?) throws {
    let socket = Glibc.socket(AF_INET, Int32(SOCK_DGRAM.rawValue), 0)
    var local = sockaddr_in()
    local.sin_family = sa_family_t(AF_INET)
    local.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &local) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        Glibc.bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0
      }
    }
    guard bound else { throw POSIXError(.EADDRINUSE) }
    self.socket = socket
    port = Int(UInt16(bigEndian: local.sin_port))
    Thread.detachNewThread { [self] in serve(reply) }
  }

  private func serve(_ reply: ([UInt8]) -> [UInt8]?) {
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      var peer = sockaddr_storage()
      var peerLength = socklen_t(MemoryLayout<sockaddr_storage>.size)
      let read = withUnsafeMutablePointer(to: &peer) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
          recvfrom(socket, &buffer, buffer.count, 0, $0, &peerLength)
        }
      }
      guard read > 0 else { return }
      count.withLock { $0 += 1 }
      guard let answer = reply(Array(buffer[..<read])) else { continue }
      _ = withUnsafePointer(to: &peer) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
          sendto(socket, answer, answer.count, 0, $0, peerLength)
        }
      }
    }
  }

  /// Stops serving: the thread's next receive fails.
  func stop() {
    shutdown(socket, Int32(SHUT_RDWR))
    close(socket)
  }
}
