/// Where a DNS server listens: an IP address and a port (53 unless told).
public struct DNSServerAddress: Hashable, Sendable, CustomStringConvertible {
  public let address: IPAddress
  public let port: Int

  public init(_ address: IPAddress, port: Int = 53) {
    self.address = address
    self.port = port
  }

  /// `HOST`, `HOST:PORT` or `[IPv6]:PORT`, with HOST an IP address; nil when `text` is none of these.
  public init?(_ text: String) {
    var host = Substring(text)
    var port = 53
    if host.hasPrefix("[") {
      guard let close = host.firstIndex(of: "]") else { return nil }
      let rest = host[host.index(after: close)...]
      host = host[host.index(after: host.startIndex)..<close]
      if !rest.isEmpty {
        guard rest.hasPrefix(":"), let value = Int(rest.dropFirst()) else { return nil }
        port = value
      }
    } else if host.filter({ $0 == ":" }).count == 1, let colon = host.firstIndex(of: ":") {
      guard let value = Int(host[host.index(after: colon)...]) else { return nil }
      port = value
      host = host[..<colon]
    }
    guard (1...65535).contains(port), let address = IPAddress(String(host)) else { return nil }
    self.init(address, port: port)
  }

  public var description: String { address.isIPv4 ? "\(address):\(port)" : "[\(address)]:\(port)" }
}
