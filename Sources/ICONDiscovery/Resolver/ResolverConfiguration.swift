import Foundation

/// Which DNS servers to ask, how long to wait for each answer and how often to ask again: read from
/// `/etc/resolv.conf` by default, as the C library does, or given (`--dns HOST:PORT`).
public struct ResolverConfiguration: Hashable, Sendable {
  /// The servers, asked in turn.
  public var servers: [DNSServerAddress]
  /// How long to wait for one answer.
  public var timeout: Duration
  /// How many rounds over all servers before giving up.
  public var attempts: Int

  /// The most servers kept (the C library's limit).
  public static let maximumServers = 3

  public init(servers: [DNSServerAddress], timeout: Duration = .seconds(2), attempts: Int = 2) {
    self.servers = servers
    self.timeout = timeout
    self.attempts = attempts
  }

  /// The configuration in the resolv.conf `text` of `file`: its `nameserver` lines (at most three; none
  /// means the local host) and the `timeout:` and `attempts:` options. Other lines are the C library's
  /// business and are skipped; a malformed nameserver or option is an error naming its line.
  public init(resolvConf text: String, file: String) throws(ResolverConfigurationError) {
    var servers: [DNSServerAddress] = []
    var timeout = 5
    var attempts = 2
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
      guard let keyword = words.first, !keyword.hasPrefix("#"), !keyword.hasPrefix(";") else { continue }
      let place = "\(file):\(index + 1)"
      switch keyword {
      case "nameserver":
        guard words.count >= 2, let server = DNSServerAddress(String(words[1])), server.port == 53 else {
          throw ResolverConfigurationError("\(place): expected `nameserver ADDRESS` with an IP address")
        }
        if servers.count < Self.maximumServers { servers.append(server) }
      case "options":
        for option in words.dropFirst() {
          let parts = option.split(separator: ":", maxSplits: 1)
          guard parts.count == 2, parts[0] == "timeout" || parts[0] == "attempts" else { continue }
          guard let value = Int(parts[1]), (1...30).contains(value) else {
            throw ResolverConfigurationError("\(place): expected `\(parts[0]):N` with N from 1 to 30")
          }
          if parts[0] == "timeout" { timeout = value } else { attempts = value }
        }
      default: continue
      }
    }
    if servers.isEmpty { servers = [DNSServerAddress(IPAddress("127.0.0.1")!)] }
    self.init(servers: servers, timeout: .seconds(timeout), attempts: attempts)
  }

  /// The system's configuration, from `path`.
  public static func system(path: String = "/etc/resolv.conf") throws(ResolverConfigurationError)
    -> ResolverConfiguration
  {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ResolverConfigurationError("\(path): cannot be read; give a server with --dns HOST:PORT")
    }
    return try ResolverConfiguration(resolvConf: String(decoding: data, as: UTF8.self), file: path)
  }
}

/// Why a resolver configuration cannot be used, with the file and line.
public struct ResolverConfigurationError: Error, Equatable, Sendable, CustomStringConvertible {
  public let description: String
  public init(_ description: String) { self.description = description }
}
