import Crypto
import Foundation
import ICONCore

/// An ICON's private key sealed (HPKE, X25519 with ChaCha20-Poly1305) to the yard that will host it:
/// only that yard can open it, and only for that ICON. A deployer creates the key of a new ICON,
/// certifies it, and hands it over sealed; a migrating ICON hands its own key to its next yard.
public struct SealedKey: Hashable, Codable, Sendable {
  /// HPKE's encapsulated key.
  public var encapsulated: Data
  /// The sealed 32-byte seed.
  public var ciphertext: Data

  private static let suite = HPKE.Ciphersuite.Curve25519_SHA256_ChachaPoly

  private static func info(_ icon: ICONID) -> Data { Data("icon-sealed-key-v1 \(icon.rawValue)".utf8) }

  /// `key` sealed for `icon` to the yard whose sealing key is `recipient`.
  public static func seal(_ key: SigningKey, for icon: ICONID, to recipient: SealingKey) throws -> SealedKey {
    var sender = try HPKE.Sender(
      recipientKey: try Curve25519.KeyAgreement.PublicKey(rawRepresentation: recipient.rawValue),
      ciphersuite: suite, info: info(icon))
    let ciphertext = try sender.seal(key.seed)
    return SealedKey(encapsulated: sender.encapsulatedKey, ciphertext: ciphertext)
  }

  /// Opens the key of `icon` with the yard's identity.
  public func open(for icon: ICONID, with yard: YardIdentity) throws(TrustFailure) -> SigningKey {
    do {
      var recipient = try HPKE.Recipient(
        privateKey: yard.agreementKey, ciphersuite: Self.suite, info: Self.info(icon),
        encapsulatedKey: encapsulated)
      return try SigningKey(seed: try recipient.open(ciphertext))
    } catch {
      throw .malformed("the sealed key of \(icon) does not open with this yard's key")
    }
  }
}

/// A yard's public X25519 key, to which keys of the ICONs it hosts are sealed.
public struct SealingKey: Hashable, Codable, Sendable {
  /// Its 32 bytes.
  public let rawValue: Data

  init(rawValue: Data) { self.rawValue = rawValue }

  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let data = Base64URL.decode(text), data.count == 32 else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "not an X25519 public key"))
    }
    rawValue = data
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(Base64URL.encode(rawValue))
  }
}

/// A yard's keys: one to sign (its identity, its offers, its operator's requests) and one, derived
/// from it, that keys of hosted ICONs are sealed to.
public struct YardIdentity: Sendable {
  /// The signing key.
  public let signing: SigningKey
  let agreementKey: Curve25519.KeyAgreement.PrivateKey

  /// The identity with `signing` as its key.
  public init(signing: SigningKey) {
    self.signing = signing
    var material = Data("icon-yard-agreement-v1".utf8)
    material.append(signing.seed)
    agreementKey = try! Curve25519.KeyAgreement.PrivateKey(
      rawRepresentation: Data(SHA256.hash(data: material)))
  }

  /// The key that ICON keys are sealed to.
  public var sealingKey: SealingKey { SealingKey(rawValue: agreementKey.publicKey.rawRepresentation) }

  /// The audience requests to this yard are signed for.
  public var audience: String { Self.audience(of: signing.publicKey) }

  /// The audience requests to the yard with `key` are signed for.
  public static func audience(of key: PublicKey) -> String { "yard:\(key)" }
}
