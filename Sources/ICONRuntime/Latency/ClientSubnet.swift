import ICONCore

/// The subnet a client address belongs to, as the engine counts demand: IPv4 /24, IPv6 /48.
public enum ClientSubnet {
  /// The subnet of `address` (`127.0.1.9` → `127.0.1.0/24`, `2001:db8:1:…` → `2001:db8:1::/48`),
  /// or nil when it is not an IP address.
  public static func of(address: String) -> SubnetID? {
    if let octets = ipv4(address) { return SubnetID("\(octets[0]).\(octets[1]).\(octets[2]).0/24") }
    if let groups = ipv6(address) {
      return SubnetID(
        "\(String(groups[0], radix: 16)):\(String(groups[1], radix: 16)):\(String(groups[2], radix: 16))::/48"
      )
    }
    return nil
  }

  /// The subnet written as `cidr` in canonical form, or nil when it is not a /24 or /48.
  public static func normalise(_ cidr: String) -> SubnetID? {
    let parts = cidr.split(separator: "/")
    guard parts.count == 2, let subnet = of(address: String(parts[0])) else { return nil }
    return subnet.rawValue.hasSuffix("/\(parts[1])") ? subnet : nil
  }

  static func ipv4(_ text: String) -> [UInt8]? {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 4 else { return nil }
    let octets = parts.compactMap { UInt8($0) }
    return octets.count == 4 ? octets : nil
  }

  static func ipv6(_ text: String) -> [UInt16]? {
    let address = text.split(separator: "%").first.map(String.init) ?? text
    guard address.contains(":") else { return nil }
    let halves = address.components(separatedBy: "::")
    guard halves.count <= 2 else { return nil }
    func groups(_ part: String) -> [UInt16]? {
      part.isEmpty
        ? []
        : part.split(separator: ":", omittingEmptySubsequences: false).map { UInt16($0, radix: 16) }
          .reduce(into: [UInt16]?([])) { result, group in
            if let group { result?.append(group) } else { result = nil }
          }
    }
    guard let head = groups(halves[0]) else { return nil }
    if halves.count == 1 { return head.count == 8 ? head : nil }
    guard let tail = groups(halves[1]), head.count + tail.count < 8 else { return nil }
    return head + Array(repeating: 0, count: 8 - head.count - tail.count) + tail
  }
}
