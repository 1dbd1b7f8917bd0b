import Foundation
import ICONCore

/// One link of an ICON's credentials: `subject` holds `key`, signed by the issuer (the owner for the
/// origin, else the ICON of the previous link, its parent at launch).
public struct Certificate: Hashable, Codable, Sendable {
  /// The ICON certified.
  public var subject: ICONID
  /// Its key.
  public var key: PublicKey
  /// The issuer's signature over ``signedBytes(application:)``.
  public var signature: Data

  /// What the issuer signs: the application, the subject and its key.
  public func signedBytes(application: ApplicationID) -> Data {
    Canonical.bytes(["icon-certificate-v1", application.rawValue, subject.rawValue, key.description])
  }
}

/// The certificates from the owner's key to one ICON's key: the origin's first, each next one issued
/// by the holder of the one before for a child of its own. Its length is bounded by
/// ``maximumLength``; a migrating ICON keeps its key and its chain.
public struct CertificateChain: Hashable, Codable, Sendable {
  /// The links, the origin's first.
  public var certificates: [Certificate]
  /// The longest chain accepted: the depth of the deepest tree.
  public static let maximumLength = 32

  /// The chain of an origin holding `key`, issued by `owner`.
  public static func origin(of application: ApplicationID, key: PublicKey, owner: SigningKey)
    -> CertificateChain
  {
    CertificateChain(certificates: [
      Certificate.issued(
        subject: ApplicationIdentity.origin(of: application), key: key, application: application, by: owner)
    ])
  }

  /// This chain extended to `child` holding `key`, issued by `issuer` (the key this chain ends at).
  public func extended(
    to child: ICONID, key: PublicKey, application: ApplicationID, issuer: SigningKey
  ) -> CertificateChain {
    CertificateChain(
      certificates: certificates + [
        Certificate.issued(subject: child, key: key, application: application, by: issuer)
      ])
  }

  /// The ICON this chain certifies.
  public var subject: ICONID? { certificates.last?.subject }

  /// Checks every link and returns the ICON certified and its key. Each link must name a child of the
  /// link before (the first, the origin), be signed by the key of the link before (the first, by
  /// `owner`), and the chain may be at most ``maximumLength`` long.
  public func verify(application: ApplicationID, owner: PublicKey) throws(TrustFailure) -> (
    subject: ICONID, key: PublicKey
  ) {
    guard !certificates.isEmpty else { throw .badChain("is empty") }
    guard certificates.count <= Self.maximumLength else {
      throw .badChain("is \(certificates.count) links long (at most \(Self.maximumLength))")
    }
    var issuerKey = owner
    var issuer: ICONID?
    for certificate in certificates {
      if let issuer {
        guard ApplicationIdentity.isChild(certificate.subject, of: issuer) else {
          throw .badChain("names \(certificate.subject) under \(issuer), which is not its parent's name")
        }
      } else {
        guard certificate.subject == ApplicationIdentity.origin(of: application) else {
          throw .badChain("begins at \(certificate.subject), not at the origin of \(application)")
        }
      }
      guard issuerKey.verifies(certificate.signature, over: certificate.signedBytes(application: application))
      else {
        throw .badChain(
          "has a link for \(certificate.subject) not signed by \(issuer.map { "\($0)" } ?? "the owner of \(application)")"
        )
      }
      issuerKey = certificate.key
      issuer = certificate.subject
    }
    return (certificates[certificates.count - 1].subject, issuerKey)
  }
}

extension Certificate {
  /// A certificate of `subject` holding `key`, signed by `issuer`.
  static func issued(subject: ICONID, key: PublicKey, application: ApplicationID, by issuer: SigningKey)
    -> Certificate
  {
    var certificate = Certificate(subject: subject, key: key, signature: Data())
    certificate.signature = issuer.sign(certificate.signedBytes(application: application))
    return certificate
  }
}

/// Unambiguous bytes to sign: each field's length (4 bytes, big-endian), then its UTF-8 bytes.
public enum Canonical {
  public static func bytes(_ fields: [String]) -> Data {
    var data = Data()
    for field in fields {
      let utf8 = Array(field.utf8)
      withUnsafeBytes(of: UInt32(utf8.count).bigEndian) { data.append(contentsOf: $0) }
      data.append(contentsOf: utf8)
    }
    return data
  }
}
