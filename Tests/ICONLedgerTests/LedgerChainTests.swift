import Foundation
import ICONCore
import ICONLedger
import ICONTrust
import Testing

/// One application with an origin at one yard: the keys, the agreement and both ledgers, built the way
/// the runtime builds them.
struct LedgerWorld {
  let owner = SigningKey()
  let yard = YardIdentity(signing: SigningKey())
  let originKey = SigningKey()
  let application: ApplicationID
  let origin: ICONID
  let chain: CertificateChain
  let offer: YardOffer
  let agreement: Agreement
  let start: Int64 = 1_800_000_000_000_000_000
  let price: Money = 1

  init() {
    application = ApplicationIdentity.application(name: "shop", owner: owner.publicKey)
    origin = ApplicationIdentity.origin(of: application)
    chain = CertificateChain.origin(of: application, key: originKey.publicKey, owner: owner)
    offer = YardOffer(
      name: "edge", url: "http://127.0.0.1:1",
      offer: SiteOffer(site: "paris", pricePerSlot: price, slot: .seconds(5), freeCapacity: 4), yard: yard,
      now: start)
    agreement = Agreement(
      offer: offer, icon: origin, application: application, chain: chain, key: originKey, now: start + 1)
  }

  /// The origin's ledger and the yard's after the origin started with `budget` and paid `slots` slots.
  func ledgers(budget: Money = 100, slots: Int64 = 3) throws -> (icon: [LedgerEntry], yard: [LedgerEntry]) {
    var icon: [LedgerEntry] = []
    var yardEntries: [LedgerEntry] = []
    func append(_ record: LedgerRecord, to entries: inout [LedgerEntry], key: SigningKey, at time: Int64)
      throws
    {
      entries.append(try LedgerEntry(after: entries.last, record: record, time: time, keeper: key))
    }
    let grant = OwnerGrant(application: application, amount: budget, owner: owner, now: start)
    try append(
      LedgerRecord(
        .agreement, icon: origin, application: application, counterparty: offer.key.description,
        agreement: agreement), to: &icon, key: originKey, at: start + 2)
    try append(
      LedgerRecord(
        .agreement, icon: origin, application: application, counterparty: origin.rawValue,
        agreement: agreement), to: &yardEntries, key: yard.signing, at: start + 2)
    try append(
      LedgerRecord(
        .opening, icon: origin, application: application, amount: budget, counterparty: LedgerRecord.owner,
        grant: grant), to: &icon, key: originKey, at: start + 3)
    for slot in 0..<slots {
      let time = start + 4 + slot * 5_000_000_000
      let order = LeaseOrder(
        agreement: agreement.id, icon: origin, slot: slot, amount: price, time: time, key: originKey)
      let receipt = order.receipt(by: yard.signing)
      try append(
        LedgerRecord(
          .lease, icon: origin, application: application, amount: price,
          counterparty: offer.key.description, reference: order.id, order: order, receipt: receipt),
        to: &icon, key: originKey, at: time)
      try append(
        LedgerRecord(
          .lease, icon: origin, application: application, amount: price, counterparty: origin.rawValue,
          reference: order.id, order: order, receipt: receipt), to: &yardEntries, key: yard.signing, at: time)
    }
    return (icon, yardEntries)
  }

  func audit(icon: [LedgerEntry], yard entries: [LedgerEntry], now: Int64? = nil) -> AuditReport {
    LedgerAudit(application: application, owner: owner.publicKey).audit(
      [
        LedgerCopy(keeper: .yard(name: "edge", key: yard.signing.publicKey), entries: entries),
        LedgerCopy(keeper: .icon(origin, yard: "edge"), entries: icon),
      ], now: now ?? start + 60_000_000_000)
  }
}

@Suite("A ledger's hash chain")
struct LedgerChainTests {
  @Test("an intact chain verifies, and each entry links to the one before")
  func intact() throws {
    let world = LedgerWorld()
    let (icon, yard) = try world.ledgers()
    #expect(LedgerVerification.verify(yard, keeper: world.yard.signing.publicKey).faults.isEmpty)
    #expect(LedgerVerification.verify(icon, keeper: world.originKey.publicKey).faults.isEmpty)
    #expect(icon[1].previous == icon[0].hash && icon[0].previous == LedgerEntry.genesis)
    // another key did not keep it
    #expect(LedgerVerification.verify(yard, keeper: world.owner.publicKey).faults.count == yard.count)
  }

  @Test("an edited amount is named as an edited entry, even with its hash recomputed")
  func edited() throws {
    let world = LedgerWorld()
    var (_, yard) = try world.ledgers()
    var record = try yard[2].decodedRecord()
    record.amount = 5
    yard[2].record = try JSONEncoder().encode(record)
    #expect(
      LedgerVerification.verify(yard, keeper: world.yard.signing.publicKey).faults == [.edited(sequence: 3)])
    yard[2].hash = yard[2].digest
    #expect(
      LedgerVerification.verify(yard, keeper: world.yard.signing.publicKey).faults == [.edited(sequence: 3)])
  }

  @Test("a removed entry is named as missing, a moved one as out of order")
  func removedAndMoved() throws {
    let world = LedgerWorld()
    let (_, yard) = try world.ledgers()
    var removed = yard
    removed.remove(at: 1)
    #expect(
      LedgerVerification.verify(removed, keeper: world.yard.signing.publicKey).faults == [
        .missing(sequence: 2)
      ])
    var moved = yard
    moved.swapAt(1, 2)
    #expect(
      LedgerVerification.verify(moved, keeper: world.yard.signing.publicKey).faults == [
        .reordered(sequence: 2)
      ])
  }
}

@Suite("The owner's audit")
struct LedgerAuditTests {
  @Test("honest ledgers balance to the micro-credit")
  func honest() throws {
    let world = LedgerWorld()
    let (icon, yard) = try world.ledgers()
    let report = world.audit(icon: icon, yard: yard)
    #expect(report.disagreements == [])
    #expect(report.isExact)
    #expect(report.given == 100 && report.spent == 3 && report.held == 97 && report.inFlight == .zero)
  }

  @Test("tampering with a yard's ledger is named, and the books no longer balance")
  func tampered() throws {
    let world = LedgerWorld()
    let (icon, yard) = try world.ledgers()
    var removed = yard
    removed.remove(at: 2)
    let report = world.audit(icon: icon, yard: removed)
    #expect(!report.isExact)
    #expect(report.disagreements.contains { $0.contains("entry 3 is missing") })
    #expect(report.disagreements.contains { $0.contains("has not recorded it") })
  }

  @Test("a yard charging above its signed price is caught, even signing in the ICON's name")
  func overcharged() throws {
    let world = LedgerWorld()
    let (icon, honest) = try world.ledgers()
    var yard = honest
    // the yard holds the keys of the ICONs it hosts: the worst it can do is sign an order itself
    let order = LeaseOrder(
      agreement: world.agreement.id, icon: world.origin, slot: 3, amount: 2,
      time: world.start + 20_000_000_000,
      key: world.originKey)
    yard.append(
      try LedgerEntry(
        after: yard.last,
        record: LedgerRecord(
          .lease, icon: world.origin, application: world.application, amount: 2,
          counterparty: world.origin.rawValue, reference: order.id, order: order,
          receipt: order.receipt(by: world.yard.signing)), time: order.time, keeper: world.yard.signing))
    let report = world.audit(icon: icon, yard: yard)
    #expect(report.disagreements.contains { $0.contains("charged shop~") || $0.contains("above the 1.0") })
    #expect(report.disagreements.contains { $0.contains("ledger lacks") })
    #expect(!report.isExact)
  }

  @Test("a draw on an allowance above its amount per period is named")
  func allowance() throws {
    let world = LedgerWorld()
    let (kept, yard) = try world.ledgers()
    var icon = kept
    let allowance = Allowance(
      application: world.application, amount: 10, periodSeconds: 86_400,
      until: world.start + 86_400_000_000_000 * 7,
      owner: world.owner, now: world.start)
    for amount: Money in [6, 6] {
      icon.append(
        try LedgerEntry(
          after: icon.last,
          record: LedgerRecord(
            .allowanceDraw, icon: world.origin, application: world.application, amount: amount,
            counterparty: LedgerRecord.owner, reference: allowance.id, allowance: allowance),
          time: world.start + 30_000_000_000, keeper: world.originKey))
    }
    let report = world.audit(icon: icon, yard: yard)
    #expect(report.given == 112 && report.balances)
    #expect(report.disagreements.contains { $0.contains("above its 10") })
  }
}
