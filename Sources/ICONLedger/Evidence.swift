import Crypto
import Foundation
import ICONCore
import ICONTrust

/// An ICON takes up a yard's signed offer: the offer as the yard signed it, the ICON's certificate chain
/// from the owner's key, and the ICON's signature. It fixes the price per slot and the slot's length for
/// as long as the ICON stays at the yard.
public struct Agreement: Hashable, Codable, Sendable {
  /// The yard's offer, with the yard's signature.
  public var offer: YardOffer
  /// The ICON.
  public var icon: ICONID
  /// Its application.
  public var application: ApplicationID
  /// The ICON's certificate chain from the owner's key.
  public var chain: CertificateChain
  /// When the ICON accepted (nanoseconds since 1970).
  public var accepted: Int64
  /// The ICON's signature over the rest.
  public var signature: Data

  /// `icon`, holding `key` certified by `chain`, accepts `offer` at `now`.
  public init(
    offer: YardOffer, icon: ICONID, application: ApplicationID, chain: CertificateChain, key: SigningKey,
    now: Int64
  ) {
    self.offer = offer
    self.icon = icon
    self.application = application
    self.chain = chain
    accepted = now
    signature = Data()
    signature = key.sign(signedBytes)
  }

  private var signedBytes: Data {
    Canonical.bytes([
      "icon-agreement-v1", offer.digest, icon.rawValue, application.rawValue, String(accepted),
    ])
  }

  /// The agreement's id: a digest of what was signed.
  public var id: String { Hex.encode(SHA256.hash(data: signedBytes + signature).prefix(16)) }

  /// The ICON's key, if its chain leads to `owner` and names this ICON, the yard signed the offer, the
  /// ICON signed the agreement, and it was made while the offer stood; otherwise why not.
  public func verify(owner: PublicKey) -> Result<PublicKey, LedgerFault> {
    guard offer.isSigned else { return .failure(.unsigned("the offer of yard \(offer.name)")) }
    let certified: (subject: ICONID, key: PublicKey)
    do {
      certified = try chain.verify(application: application, owner: owner)
    } catch {
      return .failure(.unsigned("agreement \(id): \(error)"))
    }
    guard certified.subject == icon else {
      return .failure(.unsigned("agreement \(id): the chain certifies \(certified.subject), not \(icon)"))
    }
    guard certified.key.verifies(signature, over: signedBytes) else {
      return .failure(.unsigned("agreement \(id): not signed by \(icon)"))
    }
    guard accepted <= offer.validUntil else {
      return .failure(.unsigned("agreement \(id): accepted after the offer of yard \(offer.name) expired"))
    }
    return .success(certified.key)
  }
}

/// One slot's payment under an ``Agreement``, signed by the paying ICON. Retrying sends the same order,
/// so a yard cannot be paid twice for one slot.
public struct LeaseOrder: Hashable, Codable, Sendable {
  /// The agreement paid under.
  public var agreement: String
  /// The paying ICON.
  public var icon: ICONID
  /// The slot's number under the agreement, from 0.
  public var slot: Int64
  /// The amount.
  public var amount: Money
  /// When it was signed (nanoseconds since 1970).
  public var time: Int64
  /// The ICON's signature.
  public var signature: Data

  /// `icon` pays `amount` for slot `slot` of `agreement`, signing with `key`.
  public init(agreement: String, icon: ICONID, slot: Int64, amount: Money, time: Int64, key: SigningKey) {
    self.agreement = agreement
    self.icon = icon
    self.slot = slot
    self.amount = amount
    self.time = time
    signature = Data()
    signature = key.sign(signedBytes)
  }

  var signedBytes: Data {
    Canonical.bytes([
      "icon-lease-v1", agreement, icon.rawValue, String(slot), String(amount.microcredits), String(time),
    ])
  }

  /// The payment's id: one per slot of an agreement.
  public var id: String { "\(agreement)/\(slot)" }

  /// Whether `key` signed it.
  public func isSigned(by key: PublicKey) -> Bool { key.verifies(signature, over: signedBytes) }

  /// The yard's acknowledgement of this order, signed with `yard`.
  public func receipt(by yard: SigningKey) -> Data { yard.sign(receiptBytes) }

  /// Whether `receipt` is the acknowledgement of the yard with `key`.
  public func isReceipt(_ receipt: Data, by key: PublicKey) -> Bool {
    key.verifies(receipt, over: receiptBytes)
  }

  private var receiptBytes: Data { Canonical.bytes(["icon-lease-receipt-v1"]) + signedBytes + signature }
}

/// Money the owner gives an application, signed by the owner's key: the origin's first budget, and every
/// addition since (`icon app budget`).
public struct OwnerGrant: Hashable, Codable, Sendable {
  /// The application.
  public var application: ApplicationID
  /// The amount.
  public var amount: Money
  /// Unique per grant (random), so a grant counts once however often it is recorded.
  public var id: String
  /// When it was signed (nanoseconds since 1970).
  public var issued: Int64
  /// The owner's signature.
  public var signature: Data

  /// The owner, holding `owner`, grants `amount` to `application` at `now`.
  public init(application: ApplicationID, amount: Money, owner: SigningKey, now: Int64) {
    self.application = application
    self.amount = amount
    id = Hex.random(bytes: 12)
    issued = now
    signature = Data()
    signature = owner.sign(signedBytes)
  }

  private var signedBytes: Data {
    Canonical.bytes(["icon-grant-v1", application.rawValue, String(amount.microcredits), id, String(issued)])
  }

  /// Whether `owner` signed it, for an amount from zero to ``Money/limit``.
  public func isSigned(by owner: PublicKey) -> Bool {
    amount >= .zero && amount <= Money.limit && owner.verifies(signature, over: signedBytes)
  }
}

/// A standing allowance signed by the owner: the origin may add up to `amount` to the budget in every
/// period (counted from `issued`) without asking, until `until`.
public struct Allowance: Hashable, Codable, Sendable {
  /// The application.
  public var application: ApplicationID
  /// The most per period.
  public var amount: Money
  /// The period's length in seconds.
  public var periodSeconds: Int64
  /// Unique per allowance (random).
  public var id: String
  /// When it was signed, and the periods begin (nanoseconds since 1970).
  public var issued: Int64
  /// When it ends (nanoseconds since 1970).
  public var until: Int64
  /// The owner's signature.
  public var signature: Data

  /// The owner allows `application` `amount` per `period` from `now` until `until`.
  public init(
    application: ApplicationID, amount: Money, periodSeconds: Int64, until: Int64, owner: SigningKey,
    now: Int64
  ) {
    self.application = application
    self.amount = amount
    self.periodSeconds = periodSeconds
    id = Hex.random(bytes: 12)
    issued = now
    self.until = until
    signature = Data()
    signature = owner.sign(signedBytes)
  }

  private var signedBytes: Data {
    Canonical.bytes([
      "icon-allowance-v1", application.rawValue, String(amount.microcredits), String(periodSeconds), id,
      String(issued), String(until),
    ])
  }

  /// Whether `owner` signed it, with an amount within ``Money/limit`` and a period of at least a second.
  public func isSigned(by owner: PublicKey) -> Bool {
    amount > .zero && amount <= Money.limit && periodSeconds >= 1 && until > issued
      && owner.verifies(signature, over: signedBytes)
  }

  /// The number of the period `time` falls in (nil outside the allowance).
  public func period(at time: Int64) -> Int64? {
    let (elapsed, overflow) = time.subtractingReportingOverflow(issued)
    guard !overflow, elapsed >= 0, time < until, periodSeconds >= 1 else { return nil }
    return elapsed / 1_000_000_000 / periodSeconds
  }
}
