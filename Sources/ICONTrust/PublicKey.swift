import Crypto
import Foundation

/// An Ed25519 public key: who an owner, a yard or an ICON is. Written as unpadded base64url text.
public struct PublicKey: Hashable, Sendable, Codable, CustomStringConvertible, Comparable {
  /// The key's 32 bytes.
  public let rawValue: Data

  /// The key with these 32 bytes; nil for any other length or bytes that are not a point.
  public init?(rawValue: Data) {
    guard rawValue.count == 32, (try? Curve25519.Signing.PublicKey(rawRepresentation: rawValue)) != nil
    else { return nil }
    self.rawValue = rawValue
  }

  /// The key written as `text` (base64url, as ``description`` writes it).
  public init?(text: String) {
    guard let data = Base64URL.decode(text) else { return nil }
    self.init(rawValue: data)
  }

  /// Base64url without padding: 43 characters.
  public var description: String { Base64URL.encode(rawValue) }

  /// A short, stable name of the key: the first 8 bytes of its SHA-256, in hex (16 characters).
  public var fingerprint: String {
    Hex.encode(SHA256.hash(data: rawValue).prefix(8))
  }

  /// Whether `signature` is this key's over `message`.
  public func verifies(_ signature: Data, over message: Data) -> Bool {
    guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: rawValue) else { return false }
    return key.isValidSignature(signature, for: message)
  }

  public static func < (lhs: PublicKey, rhs: PublicKey) -> Bool { lhs.description < rhs.description }

  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let key = PublicKey(text: text) else {
      throw DecodingError.dataCorrupted(
        .init(
          codingPath: decoder.codingPath, debugDescription: "not an Ed25519 public key: `\(text.prefix(60))`")
      )
    }
    self = key
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}

/// Base64url without padding (RFC 4648 §5).
enum Base64URL {
  static func encode(_ data: Data) -> String {
    data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(
      of: "/", with: "_"
    )
    .replacingOccurrences(of: "=", with: "")
  }

  static func decode(_ text: String) -> Data? {
    guard text.count <= 1 << 20,
      text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
    else { return nil }
    var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
    base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
    return Data(base64Encoded: base64)
  }
}

/// Lower-case hex text of bytes.
public enum Hex {
  private static let digits = Array("0123456789abcdef".utf8)

  /// `bytes` as hex text.
  public static func encode<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> String {
    var text: [UInt8] = []
    text.reserveCapacity(64)
    for byte in bytes {
      text.append(digits[Int(byte >> 4)])
      text.append(digits[Int(byte & 0x0f)])
    }
    return String(decoding: text, as: UTF8.self)
  }

  /// `count` bytes from the system's random source, as hex text: an identifier no one can guess.
  public static func random(bytes count: Int) -> String {
    var generator = SystemRandomNumberGenerator()
    return encode((0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) })
  }
}
