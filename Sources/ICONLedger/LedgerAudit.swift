import Foundation
import ICONCore
import ICONTrust

/// One ledger as the auditor read it: one application's chain at a yard, or one ICON's at a yard.
public struct LedgerCopy: Hashable, Sendable {
  /// Who keeps it.
  public enum Keeper: Hashable, Sendable, CustomStringConvertible {
    /// The yard named `name`, whose key is `key`.
    case yard(name: String, key: PublicKey)
    /// The ICON `icon`, while it ran at the yard named `yard`.
    case icon(ICONID, yard: String)

    public var description: String {
      switch self {
      case .yard(let name, _): "yard \(name)'s ledger"
      case .icon(let icon, let yard): "\(ApplicationIdentity.shortName(of: icon))'s ledger at yard \(yard)"
      }
    }
  }

  /// Who keeps it.
  public var keeper: Keeper
  /// Its entries, in the order stored.
  public var entries: [LedgerEntry]

  /// The ledger of `keeper` holding `entries`.
  public init(keeper: Keeper, entries: [LedgerEntry]) {
    self.keeper = keeper
    self.entries = entries
  }
}

/// The owner's budget reconciled from the ledgers alone, and every disagreement found.
public struct AuditReport: Hashable, Codable, Sendable {
  /// Money the owner gave: grants, and draws on standing allowances.
  public var given = Money.zero
  /// Leases the yards recorded.
  public var spent = Money.zero
  /// The ICONs' balances.
  public var held = Money.zero
  /// What yards hold for dead ICONs' heirs.
  public var escrow = Money.zero
  /// Money one side sent that the other has not recorded yet.
  public var inFlight = Money.zero
  /// Grants and allowance draws counted.
  public var grants = 0
  /// Ledgers and entries read.
  public var ledgers = 0
  /// Entries read.
  public var entries = 0
  /// Each disagreement, in words that name the parties.
  public var disagreements: [String] = []

  /// Whether the budget adds up to the micro-credit: given = spent + held + escrow + in flight.
  public var balances = false

  /// An empty report.
  public init() {}

  /// Whether every ledger is intact, every party agrees and the budget adds up to the micro-credit.
  public var isExact: Bool { disagreements.isEmpty && balances }
}

/// Reconciles an application's budget from its yards' and ICONs' ledgers: verifies every chain and every
/// signature, matches each payment and transfer with the other side's record, checks each payment
/// against the price the yard signed, and sums given, spent, held, in escrow and in flight.
public struct LedgerAudit: Sendable {
  /// The application.
  public let application: ApplicationID
  /// Its owner's key.
  public let owner: PublicKey

  /// An audit of `application`, owned by `owner`.
  public init(application: ApplicationID, owner: PublicKey) {
    self.application = application
    self.owner = owner
  }

  /// The report over `ledgers`, read at `now` (nanoseconds since 1970).
  public func audit(_ ledgers: [LedgerCopy], now: Int64) -> AuditReport {
    var books = Books(audit: self)
    for ledger in ledgers { books.read(ledger) }
    return books.settle(now: now)
  }
}

/// The audit's working state.
private struct Books {
  let audit: LedgerAudit
  var report = AuditReport()
  /// Agreements by id, with the ICON key they certify (nil: not valid).
  var agreements: [String: (agreement: Agreement, key: PublicKey?)] = [:]
  /// Intact records of yards, per yard key; of ICONs, per ledger.
  var yardRecords: [(yard: String, key: PublicKey, records: [LedgerRecord])] = []
  var iconRecords:
    [(keeper: LedgerCopy.Keeper, icon: ICONID, yard: String, head: Data?, records: [LedgerRecord])] =
      []
  /// When each allowance draw was written, by its place in ``iconRecords``.
  var drawTimes: [Int: [Int64]] = [:]
  /// Whose ledgers were read: ICONs, and yards by key.
  var iconsRead = Set<ICONID>()
  var yardsRead = Set<PublicKey>()
  var overflowed = false

  init(audit: LedgerAudit) { self.audit = audit }

  mutating func note(_ text: String) { report.disagreements.append(text) }

  /// The intact records of `ledger` whose amounts are in range; the others are named.
  mutating func inRange(_ records: [(entry: LedgerEntry, record: LedgerRecord)], of keeper: LedgerCopy.Keeper)
    -> [(entry: LedgerEntry, record: LedgerRecord)]
  {
    records.filter { entry, record in
      guard record.amount >= .zero, record.amount <= Money.limit else {
        note("\(keeper): entry \(entry.sequence) moves \(record.amount), outside 0…\(Money.limit)")
        return false
      }
      return true
    }
  }

  /// Adds `amount` to `total`, saturating; true if it overflowed.
  static func add(_ amount: Money, to total: inout Money) -> Bool {
    let (sum, overflow) = total.microcredits.addingReportingOverflow(amount.microcredits)
    total = Money(microcredits: overflow ? (amount.microcredits > 0 ? .max : .min) : sum)
    return overflow
  }

  /// The agreement, checked once.
  mutating func check(_ agreement: Agreement) -> PublicKey? {
    if let known = agreements[agreement.id] { return known.key }
    var key: PublicKey?
    if agreement.application != audit.application {
      note("agreement \(agreement.id) is for \(agreement.application), not \(audit.application)")
    } else {
      switch agreement.verify(owner: audit.owner) {
      case .success(let verified): key = verified
      case .failure(let fault): note(fault.description)
      }
    }
    agreements[agreement.id] = (agreement, key)
    return key
  }

  mutating func read(_ ledger: LedgerCopy) {
    report.ledgers += 1
    report.entries += ledger.entries.count
    switch ledger.keeper {
    case .yard(let name, let key):
      let (records, faults) = LedgerVerification.verify(ledger.entries, keeper: key)
      for fault in faults { note("\(ledger.keeper): \(fault)") }
      let own = inRange(records, of: ledger.keeper).map(\.record).filter {
        $0.application == audit.application
      }
      for record in own { if let agreement = record.agreement { _ = check(agreement) } }
      yardRecords.append((name, key, own))
      yardsRead.insert(key)
    case .icon(let icon, let yard):
      // the ICON's key comes from its agreement, which its chain ties to the owner
      let agreement = ledger.entries.lazy.compactMap { try? $0.decodedRecord().agreement }
        .first { $0.icon == icon }
      guard let agreement, let key = check(agreement) else {
        note("\(ledger.keeper): no valid agreement of \(icon) to learn its key from")
        return
      }
      let (records, faults) = LedgerVerification.verify(ledger.entries, keeper: key)
      for fault in faults { note("\(ledger.keeper): \(fault)") }
      let kept = inRange(records, of: ledger.keeper)
      let own = kept.map(\.record)
      drawTimes[iconRecords.count] = kept.filter { $0.record.kind == .allowanceDraw }.map(\.entry.time)
      if own.contains(where: { $0.icon != icon || $0.application != audit.application }) {
        note("\(ledger.keeper): records of another ICON or application")
      }
      iconRecords.append((ledger.keeper, icon, yard, records.last?.entry.hash, own))
      iconsRead.insert(icon)
    }
  }

  mutating func settle(now: Int64) -> AuditReport {
    countGiven()
    let yardPayments = checkYards(now: now)
    var pairs: [Pair: Money] = [:]
    var escrowed = Set<String>()
    for (_, _, records) in yardRecords {
      for record in records {
        switch record.kind {
        case .escrowIn:
          overflowed = Books.add(record.amount, to: &report.escrow) || overflowed
          if record.counterparty == record.icon.rawValue {
            // a dead ICON's balance, taken from its ledger as it ended
            if let reference = record.reference { escrowed.insert(reference) }
          } else {
            // money sent to a dead ICON, kept for its heir
            overflowed =
              Books.add(
                .zero - record.amount,
                to: &pairs[Pair(from: record.counterparty, to: record.icon.rawValue), default: .zero])
              || overflowed
          }
        case .escrowOut:
          // handed on in the dead ICON's name
          overflowed = Books.add(.zero - record.amount, to: &report.escrow) || overflowed
          overflowed =
            Books.add(
              record.amount,
              to: &pairs[Pair(from: record.icon.rawValue, to: record.counterparty), default: .zero])
            || overflowed
        default: break
        }
      }
    }
    for ledger in iconRecords {
      var balance = Money.zero
      for record in ledger.records {
        let signed = Money(microcredits: record.amount.microcredits * record.iconSign)
        overflowed = Books.add(signed, to: &balance) || overflowed
        let me = ledger.icon.rawValue
        switch record.kind {
        case .moneyOut:
          overflowed =
            Books.add(record.amount, to: &pairs[Pair(from: me, to: record.counterparty), default: .zero])
            || overflowed
        case .refund:
          overflowed =
            Books.add(
              .zero - record.amount, to: &pairs[Pair(from: me, to: record.counterparty), default: .zero])
            || overflowed
        case .closing:
          overflowed =
            Books.add(record.amount, to: &pairs[Pair(from: me, to: me), default: .zero]) || overflowed
        case .moneyIn:
          overflowed =
            Books.add(
              .zero - record.amount, to: &pairs[Pair(from: record.counterparty, to: me), default: .zero])
            || overflowed
        case .opening where record.counterparty != LedgerRecord.owner:
          overflowed =
            Books.add(
              .zero - record.amount, to: &pairs[Pair(from: record.counterparty, to: me), default: .zero])
            || overflowed
        case .lease:
          if let order = record.order, yardPayments[order.id] == nil {
            let yard = order.agreement
            let payee = agreements[yard]?.agreement.offer
            if let payee, yardsRead.contains(payee.key) {
              note(
                "\(ApplicationIdentity.shortName(of: ledger.icon)) paid \(record.amount) for slot \(order.slot) "
                  + "to yard \(payee.name), which has not recorded it (in flight or lost)")
            }
            overflowed = Books.add(record.amount, to: &report.inFlight) || overflowed
          }
        default: break
        }
      }
      if let head = ledger.head, escrowed.contains(Hex.encode(head)) {
        checkEscrow(of: ledger.icon, at: ledger.yard, balance: balance, head: head)
      } else {
        overflowed = Books.add(balance, to: &report.held) || overflowed
      }
    }
    for (pair, difference) in pairs.sorted(by: { $0.key < $1.key }) where difference != .zero {
      let from = partyName(pair.from, yards: yardRecords)
      let to = partyName(pair.to, yards: yardRecords)
      if difference > .zero {
        overflowed = Books.add(difference, to: &report.inFlight) || overflowed
        if pair.from == pair.to {
          note(
            "\(from) left a yard with \(difference) that no later ledger of it has received (in flight or lost)"
          )
        } else {
          note("\(from) sent \(difference) to \(to) that \(to) has not recorded (in flight or lost)")
        }
      } else {
        note(
          "\(to) recorded \(Money(microcredits: 0 &- difference.microcredits)) from \(from) that \(from) never sent"
        )
      }
    }
    if overflowed { note("the amounts overflow: the ledgers hold more money than can exist") }
    var accounted = Money.zero
    for part in [report.spent, report.held, report.escrow, report.inFlight] {
      overflowed = Books.add(part, to: &accounted) || overflowed
    }
    report.balances = !overflowed && report.given == accounted
    if !report.balances, !overflowed {
      note(
        "the books are off by \(Money(microcredits: report.given.microcredits &- accounted.microcredits)): given \(report.given), accounted for \(accounted)"
      )
    }
    return report
  }

  /// Grants and allowance draws, each counted once, each checked against the owner's signature.
  mutating func countGiven() {
    var grants = Set<String>()
    var draws: [String: (allowance: Allowance, periods: [Int64: Money])] = [:]
    for (index, ledger) in iconRecords.enumerated() {
      var times = drawTimes[index] ?? []
      for record in ledger.records {
        if let grant = record.grant, record.kind == .ownerGrant || record.kind == .opening {
          guard grant.application == audit.application, grant.isSigned(by: audit.owner),
            grant.amount == record.amount
          else {
            note("\(ledger.keeper): a grant of \(record.amount) the owner did not sign")
            continue
          }
          if grants.insert(grant.id).inserted {
            overflowed = Books.add(grant.amount, to: &report.given) || overflowed
            report.grants += 1
          }
        } else if record.kind == .allowanceDraw {
          let time = times.isEmpty ? -1 : times.removeFirst()
          guard let allowance = record.allowance, allowance.application == audit.application,
            allowance.isSigned(by: audit.owner), let period = allowance.period(at: time)
          else {
            note(
              "\(ledger.keeper): a draw of \(record.amount) on no allowance the owner signed, or outside it")
            continue
          }
          var entry = draws[allowance.id] ?? (allowance, [:])
          overflowed = Books.add(record.amount, to: &entry.periods[period, default: .zero]) || overflowed
          draws[allowance.id] = entry
          overflowed = Books.add(record.amount, to: &report.given) || overflowed
          report.grants += 1
        }
      }
    }
    for (id, entry) in draws.sorted(by: { $0.key < $1.key }) {
      for (period, drawn) in entry.periods.sorted(by: { $0.key < $1.key })
      where drawn > entry.allowance.amount {
        note(
          "the origin drew \(drawn) in period \(period + 1) of allowance \(id), above its \(entry.allowance.amount)"
        )
      }
    }
  }

  /// Every lease a yard recorded, checked: signed by the payer, acknowledged, at most the signed price,
  /// once per slot, and present in the payer's ledger. Returns the payments by id.
  mutating func checkYards(now: Int64) -> [String: Money] {
    var payments: [String: Money] = [:]
    var iconPayments = Set<String>()
    for ledger in iconRecords {
      for record in ledger.records where record.kind == .lease {
        if let id = record.order?.id { iconPayments.insert(id) }
      }
    }
    for (name, key, records) in yardRecords {
      var slotsPaid: [String: Int64] = [:]
      for record in records where record.kind == .lease {
        let payer = ApplicationIdentity.shortName(of: record.icon)
        guard let order = record.order, let (agreement, icon) = agreements[order.agreement],
          order.icon == record.icon,
          agreement.offer.key == key
        else {
          note("yard \(name) recorded a payment of \(record.amount) from \(payer) under no agreement with it")
          continue
        }
        guard let icon, order.isSigned(by: icon), order.amount == record.amount else {
          note("yard \(name) recorded a payment of \(record.amount) from \(payer) that \(payer) did not sign")
          continue
        }
        guard let receipt = record.receipt, order.isReceipt(receipt, by: key) else {
          note("yard \(name) recorded the payment \(order.id) without its acknowledgement")
          continue
        }
        guard payments[order.id] == nil else {
          note("yard \(name) recorded the payment for slot \(order.slot) of \(payer) twice")
          continue
        }
        payments[order.id] = record.amount
        overflowed = Books.add(record.amount, to: &report.spent) || overflowed
        let price = agreement.offer.offer.pricePerSlot
        if record.amount > price {
          note(
            "yard \(name) charged \(payer) \(record.amount) for slot \(order.slot), above the \(price) per slot "
              + "it signed (agreement \(agreement.id))")
        }
        slotsPaid[agreement.id, default: 0] += 1
        if iconsRead.contains(record.icon), !iconPayments.contains(order.id) {
          note(
            "yard \(name) has a payment of \(record.amount) from \(payer) (slot \(order.slot)) that \(payer)'s ledger lacks"
          )
        }
      }
      for (id, count) in slotsPaid.sorted(by: { $0.key < $1.key }) {
        guard let agreement = agreements[id]?.agreement else { continue }
        let slot = max(agreement.offer.offer.slot.nanoseconds, 1)
        let elapsed = max(0, now.subtractingReportingOverflow(agreement.accepted).partialValue)
        if count > elapsed / slot + 2 {
          note(
            "yard \(name) was paid \(count) slots under agreement \(id), more than have begun since it was made"
          )
        }
      }
    }
    return payments
  }

  /// A dead ICON's ledger ended at `head` with `balance`, which its yard must have taken into escrow.
  mutating func checkEscrow(of icon: ICONID, at yard: String, balance: Money, head: Data) {
    let reference = Hex.encode(head)
    let amounts = yardRecords.filter { $0.yard == yard }.flatMap(\.records)
      .filter { $0.kind == .escrowIn && $0.counterparty == icon.rawValue && $0.reference == reference }
      .map(\.amount)
    var taken = Money.zero
    for amount in amounts { overflowed = Books.add(amount, to: &taken) || overflowed }
    if taken != balance {
      note(
        "yard \(yard) took \(taken) of \(ApplicationIdentity.shortName(of: icon)) into escrow, whose ledger shows \(balance)"
      )
      overflowed = Books.add(balance, to: &report.held) || overflowed
      overflowed = Books.add(.zero - taken, to: &report.held) || overflowed
    }
  }
}

/// Money one party sent another, less what the other recorded.
private struct Pair: Hashable, Comparable {
  var from: String
  var to: String
  static func < (lhs: Pair, rhs: Pair) -> Bool { (lhs.from, lhs.to) < (rhs.from, rhs.to) }
}

/// A party in words: a yard's name for its key, an ICON's short name.
private func partyName(_ party: String, yards: [(yard: String, key: PublicKey, records: [LedgerRecord])])
  -> String
{
  if let yard = yards.first(where: { $0.key.description == party }) { return "yard \(yard.yard)" }
  return ApplicationIdentity.shortName(of: ICONID(party))
}
