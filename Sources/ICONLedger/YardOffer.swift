import Crypto
import Foundation
import ICONCore
import ICONTrust

/// A yard's public description: who runs it, where, and what it charges (`GET /v1/offer`), signed by
/// the yard's key. Requests to the yard are signed for that key, and keys of the ICONs it is to host
/// are sealed to its sealing key.
public struct YardOffer: Hashable, Codable, Sendable {
  /// The yard's name.
  public var name: String
  /// Its base URL.
  public var url: String
  /// Site, price per slot, slot length and free capacity.
  public var offer: SiteOffer
  /// The yard's identity.
  public var key: PublicKey
  /// Where keys of ICONs it hosts are sealed to.
  public var sealingKey: SealingKey
  /// Until when the yard stands by this offer (nanoseconds since 1970): an agreement must be made
  /// before then, and keeps the offer's price for as long as it lasts.
  public var validUntil: Int64
  /// The yard's signature over the rest.
  public var signature: Data

  /// How long a yard stands by an offer it signs.
  public static let validity = Duration.seconds(60)

  /// An offer signed by `yard` at `now` (nanoseconds since 1970), valid for ``validity``.
  public init(name: String, url: String, offer: SiteOffer, yard: YardIdentity, now: Int64) {
    self.name = name
    self.url = url
    self.offer = offer
    validUntil = now.addingReportingOverflow(Self.validity.nanoseconds).partialValue
    key = yard.signing.publicKey
    sealingKey = yard.sealingKey
    signature = Data()
    signature = yard.signing.sign(signedBytes)
  }

  private var signedBytes: Data {
    Canonical.bytes([
      "icon-offer-v1", name, url, offer.site.rawValue, String(offer.pricePerSlot.microcredits),
      String(offer.slot.nanoseconds), String(offer.freeCapacity), key.description,
      sealingKey.rawValue.base64EncodedString(), String(validUntil),
    ])
  }

  /// Whether the yard's key signed the offer as it reads.
  public var isSigned: Bool { key.verifies(signature, over: signedBytes) }

  /// A digest naming this offer as signed.
  public var digest: String { Hex.encode(SHA256.hash(data: signedBytes + signature).prefix(16)) }

  /// The audience requests to this yard are signed for.
  public var audience: String { YardIdentity.audience(of: key) }
}
