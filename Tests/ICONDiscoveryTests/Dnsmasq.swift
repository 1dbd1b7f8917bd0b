import Foundation
import ICONTestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// A real dnsmasq (Debian's) serving the records it is given, and nothing else, on a loopback port of
/// its own: UDP and TCP, authoritative for the zones named, never forwarding.
final class Dnsmasq {
  let port: Int
  private let process: ChildProcess

  /// Whether dnsmasq is installed; tests that need it say so when it is not.
  static var isInstalled: Bool { executable != nil }

  private static var executable: String? {
    ["/usr/sbin/dnsmasq", "/usr/bin/dnsmasq"].first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// Starts dnsmasq at `address` with `options` such as `--srv-host=…`, `--ptr-record=…`,
  /// `--txt-record=…`, `--host-record=…`, answering "no such name" for the rest of `zones`.
  init(address: String = "127.0.0.1", options: [String], zones: [String]) throws {
    guard let executable = Self.executable else { throw DnsmasqMissing() }
    var lastError = ""
    for _ in 0..<5 {
      let port = try Self.freePort(address)
      let log = FileManager.default.temporaryDirectory.appendingPathComponent("dnsmasq-\(port).log").path
      defer { try? FileManager.default.removeItem(atPath: log) }
      let process = try ChildProcess(
        executable,
        [
          "--keep-in-foreground", "--conf-file=/dev/null", "--no-resolv", "--no-hosts", "--no-poll",
          "--bind-interfaces", "--listen-address=\(address)", "--port=\(port)", "--pid-file=",
          "--user=root", "--group=root", "--log-facility=-",
        ] + zones.map { "--local=/\($0)/" } + options, log: log)
      // it serves once it answers on TCP
      for _ in 0..<100 where process.isRunning {
        if Self.accepts(address, port) {
          self.port = port
          self.process = process
          return
        }
        usleep(20_000)
      }
      process.stop()
      lastError = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
    }
    throw DnsmasqFailed(message: lastError)
  }

  deinit { process.stop() }

  struct DnsmasqMissing: Error {}
  struct DnsmasqFailed: Error { let message: String }

  /// A port free for both UDP and TCP at `address` just now.
  private static func freePort(_ address: String) throws -> Int {
    let socket = Glibc.socket(AF_INET, Int32(SOCK_DGRAM.rawValue), 0)
    defer { close(socket) }
    var local = sockaddr_in()
    local.sin_family = sa_family_t(AF_INET)
    local.sin_addr.s_addr = inet_addr(address)
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &local) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        Glibc.bind(socket, $0, length) == 0 ? getsockname(socket, $0, &length) : -1
      }
    }
    return Int(UInt16(bigEndian: local.sin_port))
  }

  private static func accepts(_ address: String, _ port: Int) -> Bool {
    let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(socket) }
    var remote = sockaddr_in()
    remote.sin_family = sa_family_t(AF_INET)
    remote.sin_port = in_port_t(UInt16(port).bigEndian)
    remote.sin_addr.s_addr = inet_addr(address)
    return withUnsafePointer(to: &remote) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
      }
    }
  }
}
