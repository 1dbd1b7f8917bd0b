/// A domain name, from its most specific label to the one below the root, kept in lower case (names
/// compare without regard to ASCII case). Labels are 1 to 63 printable ASCII characters other than a dot,
/// and the whole name is at most 255 bytes on the wire.
public struct DNSName: Hashable, Sendable, CustomStringConvertible {
  /// The labels, most specific first: `["_edge", "_tcp", "example", "net"]`.
  public let labels: [String]

  /// The root name, `.`.
  public static let root = DNSName(checked: [])

  /// The longest name on the wire, in bytes.
  public static let maximumLength = 255

  /// The name of `text` (`example.net` or `example.net.`), or a reason why it is not one.
  public init(_ text: String) throws(DNSFormatError) {
    var body = Substring(text)
    if body.hasSuffix(".") { body = body.dropLast() }
    if body.isEmpty {
      self = .root
      return
    }
    try self.init(labels: body.split(separator: ".", omittingEmptySubsequences: false).map(String.init))
  }

  /// The name made of `labels`, most specific first, or a reason why they do not make one.
  public init(labels: [String]) throws(DNSFormatError) {
    var length = 1
    for label in labels {
      let bytes = Array(label.utf8)
      guard (1...63).contains(bytes.count) else {
        throw DNSFormatError("a label of \(bytes.count) bytes (1 to 63 allowed)")
      }
      guard bytes.allSatisfy(Self.isLabelByte) else {
        throw DNSFormatError("the label \"\(label)\" holds a character other than printable ASCII")
      }
      length += bytes.count + 1
    }
    guard length <= Self.maximumLength else {
      throw DNSFormatError("a name of \(length) bytes (at most \(Self.maximumLength))")
    }
    self.init(checked: labels.map { $0.lowercased() })
  }

  private init(checked labels: [String]) { self.labels = labels }

  /// Whether `byte` may appear in a label: printable ASCII other than the dot.
  static func isLabelByte(_ byte: UInt8) -> Bool { (0x21...0x7e).contains(byte) && byte != UInt8(ascii: ".") }

  /// Its length on the wire without compression.
  public var wireLength: Int { labels.reduce(1) { $0 + $1.utf8.count + 1 } }

  public var description: String { labels.isEmpty ? "." : labels.joined(separator: ".") }

  /// The name one label up (`example.net` for `a.example.net`); the root has none.
  public var parent: DNSName? { labels.isEmpty ? nil : DNSName(checked: Array(labels.dropFirst())) }

  /// `label` in front of this name, when the result is still a valid name.
  public func prefixed(by prefix: [String]) throws(DNSFormatError) -> DNSName {
    try DNSName(labels: prefix + labels)
  }

  /// Whether this name is `domain` or below it.
  public func isWithin(_ domain: DNSName) -> Bool {
    labels.count >= domain.labels.count && Array(labels.suffix(domain.labels.count)) == domain.labels
  }

  /// The reverse-lookup name of `address`: `4.3.2.1.in-addr.arpa` for 1.2.3.4, and nibbles under
  /// `ip6.arpa` for IPv6.
  public static func reverse(of address: IPAddress) -> DNSName {
    switch address.bytes.count {
    case 4: DNSName(checked: address.bytes.reversed().map { String($0) } + ["in-addr", "arpa"])
    default:
      DNSName(
        checked: address.bytes.reversed().flatMap {
          [String($0 & 0x0f, radix: 16), String($0 >> 4, radix: 16)]
        }
          + ["ip6", "arpa"])
    }
  }
}

/// Why bytes or text are not a DNS message or name: what was expected, and where on the wire.
public struct DNSFormatError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What is wrong, in words.
  public let reason: String
  /// The byte offset in the message where it went wrong, when reading one.
  public let offset: Int?

  public init(_ reason: String, at offset: Int? = nil) {
    self.reason = reason
    self.offset = offset
  }

  public var description: String { offset.map { "\(reason) (at byte \($0))" } ?? reason }
}
