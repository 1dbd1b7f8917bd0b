import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A real dnsmasq (Debian's) serving the records it is given, and nothing else: on a loopback port of
/// its own, or on port 53 of a test-bed host; UDP and TCP, authoritative for the zones named, never
/// forwarding.
public final class Dnsmasq: Sendable {
  public let port: Int
  private let process: ChildProcess

  /// Whether dnsmasq is installed; tests that need it say so when it is not.
  public static var isInstalled: Bool { executable != nil }

  private static var executable: String? {
    ["/usr/sbin/dnsmasq", "/usr/bin/dnsmasq"].first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// Starts dnsmasq at `address` with `options` such as `--srv-host=…`, `--ptr-record=…`,
  /// `--txt-record=…`, `--host-record=…`, answering "no such name" for the rest of `zones`; inside
  /// `node` of `bed` (on port 53) when given.
  public init(
    address: String = "127.0.0.1", options: [String], zones: [String], in bed: (NetworkTestBed, String)? = nil
  ) throws {
    guard let executable = Self.executable else { throw DnsmasqMissing() }
    var lastError = ""
    for _ in 0..<5 {
      let port = bed == nil ? try Self.freePort(address) : 53
      let log = FileManager.default.temporaryDirectory.appendingPathComponent("dnsmasq-\(UUID()).log").path
      defer { try? FileManager.default.removeItem(atPath: log) }
      let arguments =
        [
          executable, "--keep-in-foreground", "--conf-file=/dev/null", "--no-resolv", "--no-hosts",
          "--no-poll",
          "--bind-interfaces", "--listen-address=\(address)", "--port=\(port)", "--pid-file=",
          "--user=root", "--group=root", "--log-facility=-",
        ] + zones.map { "--local=/\($0)/" } + options
      let command = bed.map { $0.0.command(in: $0.1, arguments) } ?? arguments
      let process = try ChildProcess(command[0], Array(command.dropFirst()), log: log)
      // it serves once it says it started (its sockets are bound by then)
      for _ in 0..<250 where process.isRunning {
        if (try? String(contentsOfFile: log, encoding: .utf8))?.contains("started, version") == true {
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

  public struct DnsmasqMissing: Error {}
  public struct DnsmasqFailed: Error { public let message: String }

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

}
