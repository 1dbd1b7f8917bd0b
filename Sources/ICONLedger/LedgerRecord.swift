import Foundation
import ICONCore

/// What one ledger entry records. An ICON's ledger follows its balance: every entry that moves money
/// names the amount and the other party, and carries the other party's signed evidence where there is
/// some. A yard's ledger records its agreements, the slots paid to it and the money it holds in escrow.
public struct LedgerRecord: Hashable, Codable, Sendable {
  /// What happened.
  public enum Kind: String, Hashable, Codable, Sendable, CaseIterable {
    /// An ICON's ledger begins (at a yard): the money it starts with, from its owner (an origin, with
    /// the ``OwnerGrant``), its parent (a replica) or itself (continued after a migration).
    case opening
    /// An agreement with a yard (no money moves).
    case agreement
    /// A slot's lease paid (ICON: out) or received (yard: in), with the signed ``LeaseOrder``.
    case lease
    /// An ICON's money from another ICON, or from a yard returning escrow.
    case moneyIn
    /// An ICON's money to another ICON (a replica's budget, a grant, a transfer).
    case moneyOut
    /// Money sent to an ICON that never started, back with its sender.
    case refund
    /// The payee's acknowledgement of a lease the ICON paid (no money moves).
    case receipt
    /// Money from the owner, with the ``OwnerGrant``.
    case ownerGrant
    /// Money the origin took under the owner's standing ``Allowance``.
    case allowanceDraw
    /// An ICON's ledger at a yard ends: its balance travels with it to its next yard.
    case closing
    /// A yard takes a dead ICON's balance into escrow.
    case escrowIn
    /// A yard hands escrow on to the dead ICON's heir.
    case escrowOut
  }

  /// What happened.
  public var kind: Kind
  /// The ICON concerned: the ledger's own ICON, or at a yard, the tenant.
  public var icon: ICONID
  /// Its application.
  public var application: ApplicationID
  /// The money moved (zero for an agreement).
  public var amount: Money
  /// The other party: an ICON's id, a yard's key, or `owner`.
  public var counterparty: String
  /// What ties the entry to the other party's: a payment's id, a dead ICON's last ledger hash.
  public var reference: String?
  /// The agreement made (for ``Kind/agreement``).
  public var agreement: Agreement?
  /// The payer's signed order (for ``Kind/lease``).
  public var order: LeaseOrder?
  /// The yard's acknowledgement of ``order``.
  public var receipt: Data?
  /// The owner's grant (for ``Kind/ownerGrant`` and an origin's ``Kind/opening``).
  public var grant: OwnerGrant?
  /// The allowance drawn on (for ``Kind/allowanceDraw``).
  public var allowance: Allowance?

  /// A record of `kind`.
  public init(
    _ kind: Kind, icon: ICONID, application: ApplicationID, amount: Money = .zero, counterparty: String,
    reference: String? = nil, agreement: Agreement? = nil, order: LeaseOrder? = nil, receipt: Data? = nil,
    grant: OwnerGrant? = nil, allowance: Allowance? = nil
  ) {
    self.kind = kind
    self.icon = icon
    self.application = application
    self.amount = amount
    self.counterparty = counterparty
    self.reference = reference
    self.agreement = agreement
    self.order = order
    self.receipt = receipt
    self.grant = grant
    self.allowance = allowance
  }

  /// The counterparty written for the owner.
  public static let owner = "owner"

  /// How the entry changes an ICON's balance: +1 for money in, -1 for money out, 0 for none.
  public var iconSign: Int64 {
    switch kind {
    case .opening, .moneyIn, .refund, .ownerGrant, .allowanceDraw: 1
    case .lease, .moneyOut, .closing: -1
    case .agreement, .receipt, .escrowIn, .escrowOut: 0
    }
  }
}
