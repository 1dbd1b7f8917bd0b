import Crypto
import Foundation
import ICONCore

/// The signature on one HTTP request (sent in the ``headerName`` header): who signed, for whom, when,
/// and over which method, path and body. Binding the audience (the receiving ICON or yard), the time
/// and a fresh nonce is what makes a forged, altered, misdirected, stale or replayed request fail.
public struct Credential: Codable, Sendable {
  /// The signer's key.
  public var key: PublicKey
  /// For an ICON: its certificate chain, ending at ``key``.
  public var chain: CertificateChain?
  /// The application the signer acts for; nil for a yard's operator.
  public var application: ApplicationID?
  /// Who the request is for: an ICON's id, or `yard:KEY` for a yard.
  public var audience: String
  /// When it was signed, in nanoseconds since 1970.
  public var at: Int64
  /// 16 random bytes, in hex.
  public var nonce: String
  /// The signature over ``signedBytes(method:target:body:)``.
  public var signature: Data

  /// The HTTP header carrying it.
  public static let headerName = "ICON-Credential"
  /// The longest header accepted, in bytes.
  static let headerLimit = 32 << 10

  /// What the signer signs.
  func signedBytes(method: String, target: String, body: Data) -> Data {
    Canonical.bytes([
      "icon-request-v1", method, target, audience, application?.rawValue ?? "", String(at), nonce,
      Hex.encode(SHA256.hash(data: body)), key.description,
      chain?.subject?.rawValue ?? "",
    ])
  }

  /// The header's value: the credential as JSON in base64url.
  public var header: String { Base64URL.encode((try? JSONEncoder().encode(self)) ?? Data()) }

  /// The credential in a header's value.
  public init(header: String) throws(TrustFailure) {
    guard header.utf8.count <= Self.headerLimit else {
      throw .malformed("the header is longer than \(Self.headerLimit) bytes")
    }
    guard let data = Base64URL.decode(header) else { throw .malformed("the header is not base64url") }
    do {
      self = try JSONDecoder().decode(Credential.self, from: data)
    } catch {
      throw .malformed("\(error)".prefix(200).description)
    }
  }

  init(
    key: PublicKey, chain: CertificateChain?, application: ApplicationID?, audience: String, at: Int64,
    nonce: String
  ) {
    self.key = key
    self.chain = chain
    self.application = application
    self.audience = audience
    self.at = at
    self.nonce = nonce
    signature = Data()
  }
}

/// Who a verified request came from.
public enum Principal: Hashable, Sendable, CustomStringConvertible {
  /// The owner of the application.
  case owner(ApplicationID)
  /// An ICON of the application, certified up to its owner.
  case icon(ICONID, ApplicationID)
  /// A yard's operator, by the yard's key.
  case `operator`(PublicKey)

  /// The application it acts for (none for an operator).
  public var application: ApplicationID? {
    switch self {
    case .owner(let application), .icon(_, let application): application
    case .operator: nil
    }
  }

  public var description: String {
    switch self {
    case .owner(let application): "the owner of \(application)"
    case .icon(let icon, _): "ICON \(icon)"
    case .operator(let key): "the operator of yard \(key.fingerprint)"
    }
  }
}

/// An identity that signs requests: an owner's key, a yard operator's key, or an ICON's key with its
/// chain.
public struct RequestSigner: Sendable {
  /// The private key.
  public let key: SigningKey
  /// For an ICON, its chain.
  public let chain: CertificateChain?
  /// The application it acts for (nil for a yard's operator).
  public let application: ApplicationID?

  /// A signer with `key`, acting for `application` (as its owner, or as the ICON `chain` certifies).
  public init(key: SigningKey, application: ApplicationID?, chain: CertificateChain? = nil) {
    self.key = key
    self.application = application
    self.chain = chain
  }

  /// A credential for `method target` with `body`, for `audience`, signed at `now` (ns since 1970).
  public func credential(method: String, target: String, body: Data, audience: String, now: Int64)
    -> Credential
  {
    var credential = Credential(
      key: key.publicKey, chain: chain, application: application, audience: audience, at: now,
      nonce: Hex.random(bytes: 16))
    credential.signature = key.sign(credential.signedBytes(method: method, target: target, body: body))
    return credential
  }
}

/// Checks credentials for one receiver: the audience it answers to, the owners' keys it knows, and
/// the fresh nonces it has seen (a ``ReplayGuard``).
public struct CredentialCheck: Sendable {
  /// How far a signing time may be from this host's clock.
  public static let window: Int64 = 120_000_000_000

  /// Verifies `credential` for `method target` with `body`, sent to `audience` at `now`. `owner` gives
  /// the key of an application's owner (nil: an application this receiver does not serve);
  /// `operators` are the yards' keys it accepts as operators. The nonce is not checked here.
  public static func verify(
    _ credential: Credential, method: String, target: String, body: Data, audience: String, now: Int64,
    owner: (ApplicationID) -> PublicKey?, operators: Set<PublicKey> = []
  ) throws(TrustFailure) -> Principal {
    guard credential.audience == audience else {
      throw .misdirected(expected: audience, got: String(credential.audience.prefix(100)))
    }
    let (skew, overflow) = now.subtractingReportingOverflow(credential.at)
    guard !overflow, (-window...window).contains(skew) else {
      throw .stale(seconds: overflow ? .max : skew / 1_000_000_000)
    }
    guard credential.nonce.count == 32, credential.nonce.allSatisfy(\.isHexDigit) else {
      throw .malformed("the nonce is not 16 bytes of hex")
    }
    guard
      credential.key.verifies(
        credential.signature, over: credential.signedBytes(method: method, target: target, body: body))
    else { throw .altered }
    guard let application = credential.application else {
      guard operators.contains(credential.key) else {
        throw .forged("signed by \(credential.key.fingerprint), which is not a yard's operator known here")
      }
      return .operator(credential.key)
    }
    // an application's id names its owner's key: one with nothing here is known by that alone
    let implied = {
      credential.chain == nil
        && ApplicationIdentity.application(
          name: ApplicationIdentity.name(of: application), owner: credential.key)
          == application
        ? credential.key : nil
    }
    guard let ownerKey = owner(application) ?? implied() else {
      throw .forbidden("\(application.rawValue.prefix(100)) is not served here")
    }
    guard let chain = credential.chain else {
      guard credential.key == ownerKey else {
        throw .forged("signed by \(credential.key.fingerprint), not by the owner of \(application)")
      }
      return .owner(application)
    }
    let (subject, key) = try chain.verify(application: application, owner: ownerKey)
    guard key == credential.key else { throw .badChain("certifies another key than the signer's") }
    return .icon(subject, application)
  }
}
