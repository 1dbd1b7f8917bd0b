/// An IPv4 or IPv6 address: 4 or 16 bytes in network order.
public struct IPAddress: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The address's bytes: 4 for IPv4, 16 for IPv6.
  public let bytes: [UInt8]

  /// The address of 4 or 16 `bytes`; nil for any other count.
  public init?(bytes: [UInt8]) {
    guard bytes.count == 4 || bytes.count == 16 else { return nil }
    self.bytes = bytes
  }

  /// The address written as `198.51.100.7` or `2001:db8::1`; nil when `text` is neither.
  public init?(_ text: String) {
    if let v4 = Self.parseIPv4(Substring(text)) {
      bytes = v4
    } else if let v6 = Self.parseIPv6(text) {
      bytes = v6
    } else {
      return nil
    }
  }

  /// Whether it is an IPv4 address.
  public var isIPv4: Bool { bytes.count == 4 }

  public var description: String {
    if isIPv4 { return bytes.map(String.init).joined(separator: ".") }
    let groups = stride(from: 0, to: 16, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
    // the longest run of two or more zero groups becomes "::"
    var best = (start: -1, count: 0)
    var index = 0
    while index < 8 {
      guard groups[index] == 0 else {
        index += 1
        continue
      }
      var end = index
      while end < 8 && groups[end] == 0 { end += 1 }
      if end - index > best.count && end - index >= 2 { best = (index, end - index) }
      index = end
    }
    let hex = groups.map { String($0, radix: 16) }
    guard best.start >= 0 else { return hex.joined(separator: ":") }
    let head = hex[..<best.start].joined(separator: ":")
    let tail = hex[(best.start + best.count)...].joined(separator: ":")
    return head + "::" + tail
  }

  public static func < (lhs: IPAddress, rhs: IPAddress) -> Bool {
    lhs.bytes.lexicographicallyPrecedes(rhs.bytes)
  }

  private static func parseIPv4(_ text: Substring) -> [UInt8]? {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 4 else { return nil }
    var bytes: [UInt8] = []
    for part in parts {
      guard (1...3).contains(part.count), part.allSatisfy(\.isASCII), let value = UInt8(part) else {
        return nil
      }
      bytes.append(value)
    }
    return bytes
  }

  private static func parseIPv6(_ text: String) -> [UInt8]? {
    guard text.contains(":"), text.count <= 45 else { return nil }
    let halves = text.components(separatedBy: "::")
    guard halves.count <= 2 else { return nil }
    func groups(_ part: String) -> [UInt8]? {
      guard !part.isEmpty else { return [] }
      var bytes: [UInt8] = []
      let pieces = part.split(separator: ":", omittingEmptySubsequences: false)
      for (index, piece) in pieces.enumerated() {
        if index == pieces.count - 1, piece.contains("."), let v4 = parseIPv4(piece) {
          bytes += v4
        } else {
          guard (1...4).contains(piece.count), piece.allSatisfy(\.isHexDigit),
            let value = UInt16(piece, radix: 16)
          else { return nil }
          bytes += [UInt8(value >> 8), UInt8(value & 0xff)]
        }
      }
      return bytes
    }
    guard let head = groups(halves[0]) else { return nil }
    if halves.count == 1 { return head.count == 16 ? head : nil }
    guard let tail = groups(halves[1]), head.count + tail.count <= 14 else { return nil }
    return head + [UInt8](repeating: 0, count: 16 - head.count - tail.count) + tail
  }
}
