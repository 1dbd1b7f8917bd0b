/// A string identifier tagged with the kind of thing it names, so an ICON id can never be passed where a
/// site id is expected.
public struct Identifier<Kind>: Hashable, Comparable, Codable, CodingKeyRepresentable, Sendable,
  ExpressibleByStringLiteral, CustomStringConvertible
{
  /// The raw text of the identifier.
  public let rawValue: String

  /// Wraps `rawValue`.
  public init(_ rawValue: String) { self.rawValue = rawValue }

  public init(stringLiteral value: String) { self.rawValue = value }

  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }

  /// As a dictionary key in JSON, an identifier is its text (so maps keyed by it are JSON objects).
  public var codingKey: any CodingKey { IdentifierKey(stringValue: rawValue) }

  public init?<Key: CodingKey>(codingKey: Key) { self.rawValue = codingKey.stringValue }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

  public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

  /// The hash sets and dictionaries use: the UTF-8 bytes taken eight at a time, each word folded into
  /// the table's seed with SplitMix64's mixer. Identifiers are short, and an engine looks them up on
  /// every event; this costs a fraction of a full `Hasher` run and spreads them as well.
  public func _rawHashValue(seed: Int) -> Int {
    var text = rawValue
    return text.withUTF8 { bytes in
      let raw = UnsafeRawBufferPointer(bytes)
      var hash = Self.mix(UInt64(truncatingIfNeeded: seed) ^ UInt64(raw.count))
      var offset = 0
      while offset + 8 <= raw.count {
        hash = Self.mix(hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        offset += 8
      }
      var tail: UInt64 = 0
      for index in offset..<raw.count { tail |= UInt64(raw[index]) << (8 * UInt64(index - offset)) }
      return Int(truncatingIfNeeded: Self.mix(hash ^ tail))
    }
  }

  /// SplitMix64's finaliser: every input bit affects every output bit.
  private static func mix(_ value: UInt64) -> UInt64 {
    var value = (value ^ (value >> 30)) &* 0xbf58_476d_1ce4_e5b9
    value = (value ^ (value >> 27)) &* 0x94d0_49bb_1331_11eb
    return value ^ (value >> 31)
  }

  public var description: String { rawValue }
}

/// Tags for ``Identifier``.
public enum IdentifierKind {
  /// An application: the set of ICONs one owner manages together.
  public enum Application {}
  /// One ICON (origin or replica).
  public enum ICON {}
  /// A hosting site (a yard run by an edge provider).
  public enum Site {}
  /// A client subnet (IPv4 /24 or IPv6 /48 in the runtime; a topology node in the simulator).
  public enum Subnet {}
}

/// Names an application.
public typealias ApplicationID = Identifier<IdentifierKind.Application>
/// Names one ICON.
public typealias ICONID = Identifier<IdentifierKind.ICON>
/// Names a hosting site.
public typealias SiteID = Identifier<IdentifierKind.Site>
/// Names a client subnet.
public typealias SubnetID = Identifier<IdentifierKind.Subnet>

/// The coding key of an ``Identifier`` used as a dictionary key.
struct IdentifierKey: CodingKey {
  var stringValue: String
  var intValue: Int? { nil }
  init(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { nil }
}
