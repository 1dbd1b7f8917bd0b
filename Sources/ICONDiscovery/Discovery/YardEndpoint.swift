/// Where a discovered yard listens: an address and a port from its SRV record and address lookup.
public struct YardEndpoint: Hashable, Sendable, Comparable, CustomStringConvertible {
  public let address: IPAddress
  public let port: Int

  public init(address: IPAddress, port: Int) {
    self.address = address
    self.port = port
  }

  /// Its base URL, `http://198.51.100.7:8080`.
  public var url: String { address.isIPv4 ? "http://\(address):\(port)" : "http://[\(address)]:\(port)" }

  public var description: String { url }

  public static func < (lhs: YardEndpoint, rhs: YardEndpoint) -> Bool {
    (lhs.address, lhs.port) < (rhs.address, rhs.port)
  }
}

/// A yard found on the paths to clients.
public struct DiscoveredYard: Hashable, Sendable {
  public let endpoint: YardEndpoint
  /// The SRV target it was announced under.
  public let target: DNSName
  /// The domain whose `_edge._tcp` record announced it.
  public let domain: DNSName
  /// The TXT hints of that domain's `_edge._tcp` name (`price=2`, `key=…`), as key and value.
  public let hints: [String: String]
  /// For each client subnet on whose path it lies, the hop (1 = next to this ICON) of the nearest
  /// router in its domain.
  public let hops: [String: Int]
}
