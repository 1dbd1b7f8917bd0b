import ICONCore
import ICONLedger

/// Turns one engine step into the records of the ICON's ledger: money in from the event (a message
/// carrying money, the owner's grant, the budget it started with, a failed launch's refund) and money
/// out in the directives (messages carrying money, a replica's budget). Lease payments are written by
/// the agent with their signed orders; they only count here. A step whose balance change the records
/// do not explain is reported, never papered over.
struct MoneyTrail {
  let icon: ICONID
  let application: ApplicationID

  /// What the event brings in: the amount and who from, as the engine would take it.
  enum Source {
    case none
    /// The budget a new ICON starts with: the owner's grant (an origin) or its parent's (a replica).
    case opening(from: String, grant: OwnerGrant?)
    /// A message carrying money.
    case message(from: ICONID)
    /// The owner's grant.
    case grant(OwnerGrant)
    /// A draw on the owner's standing allowance.
    case allowance(Allowance)
    /// A launch that failed: its budget is back, from the replica that never started.
    case refund(from: ICONID)
  }

  /// The records of a step that changed the balance from `before` to `after` on `source`, with the
  /// directives it returned. Returns nil when the records cannot explain the change.
  func records(source: Source, directives: [Directive], before: Money, after: Money) -> [LedgerRecord]? {
    var out: [LedgerRecord] = []
    var paidOut = Money.zero
    for directive in directives {
      switch directive {
      case .send(let envelope) where envelope.message.money > .zero:
        out.append(record(.moneyOut, envelope.message.money, envelope.to.rawValue))
        paidOut += envelope.message.money
      case .launch(let launch) where launch.money > .zero:
        guard case .replica(let child) = launch.purpose else { return nil }
        out.append(record(.moneyOut, launch.money, child.id.rawValue, reference: launch.launchID))
        paidOut += launch.money
      case .payLease(_, let amount):
        paidOut += amount
      default: break
      }
    }
    let taken = after + paidOut - before
    guard taken >= .zero else { return nil }
    if taken == .zero { return out }
    let incoming: LedgerRecord
    switch source {
    case .none: return nil
    case .opening(let from, let grant): incoming = record(.opening, taken, from, grant: grant)
    case .message(let sender): incoming = record(.moneyIn, taken, sender.rawValue)
    case .grant(let grant):
      guard grant.amount == taken else { return nil }
      incoming = record(.ownerGrant, taken, LedgerRecord.owner, grant: grant)
    case .allowance(let allowance):
      incoming = LedgerRecord(
        .allowanceDraw, icon: icon, application: application, amount: taken, counterparty: LedgerRecord.owner,
        reference: allowance.id, allowance: allowance)
    case .refund(let child): incoming = record(.refund, taken, child.rawValue)
    }
    return [incoming] + out
  }

  private func record(
    _ kind: LedgerRecord.Kind, _ amount: Money, _ counterparty: String, reference: String? = nil,
    grant: OwnerGrant? = nil
  ) -> LedgerRecord {
    LedgerRecord(
      kind, icon: icon, application: application, amount: amount, counterparty: counterparty,
      reference: reference, grant: grant)
  }
}
