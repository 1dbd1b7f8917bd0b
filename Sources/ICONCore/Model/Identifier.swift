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
