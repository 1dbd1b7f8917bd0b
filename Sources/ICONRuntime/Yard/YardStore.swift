import Foundation
import GRDB
import ICONCore
import ICONLedger
import ICONTrust

/// A yard's durable state in one SQLite file: instances, their stubs, agreements, leases and a
/// hash-chained ledger per application, signed with the yard's key. Every change is one transaction
/// with the ledger entry that records it, so a yard that crashes and restarts on the same file loses
/// nothing it recorded.
final class YardStore: Sendable {
  private let database: DatabaseQueue
  /// The yard's key, which signs its ledgers.
  private let keeper: SigningKey

  /// Opens (or creates) the store at `path`, keeping ledgers signed with `keeper`.
  init(path: String, keeper: SigningKey) throws {
    database = try DatabaseQueue(path: path)
    self.keeper = keeper
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      try db.create(table: "instance") { table in
        table.primaryKey("icon", .text)
        table.column("application", .text).notNull()
        table.column("state", .text).notNull()
        table.column("url", .text).notNull()
        table.column("pid", .integer).notNull()
        table.column("workloadPID", .integer).notNull()
        table.column("configuration", .blob).notNull()
        table.column("stubLocation", .text)
        table.column("stubExpires", .double)
        table.column("restorableUntil", .double)
        table.column("created", .double).notNull()
      }
      try db.create(table: "lease") { table in
        table.autoIncrementedPrimaryKey("id")
        table.column("icon", .text).notNull().indexed()
        table.column("application", .text).notNull()
        table.column("microcredits", .integer).notNull()
        table.column("paid", .double).notNull()
      }
    }
    migrator.registerMigration("v2: escrow") { db in
      try db.alter(table: "instance") { table in
        table.add(column: "container", .text)
        table.add(column: "committedImage", .text)
        table.add(column: "died", .boolean).notNull().defaults(to: false)
        table.add(column: "escrow", .integer).notNull().defaults(to: 0)
        table.add(column: "escrowHeir", .text)
      }
    }
    migrator.registerMigration("v3: owners") { db in
      try db.alter(table: "instance") { table in table.add(column: "owner", .text) }
      try db.alter(table: "lease") { table in
        table.add(column: "coversSlot", .boolean).notNull().defaults(to: true)
      }
    }
    migrator.registerMigration("v4: agreements") { db in
      try LedgerTable.create(in: db)
      try db.create(table: "agreement") { table in
        table.primaryKey("id", .text)
        table.column("icon", .text).notNull()
        table.column("application", .text).notNull()
        table.column("price", .integer).notNull()
        table.column("key", .text).notNull()
      }
      try db.alter(table: "lease") { table in
        table.add(column: "payment", .text)
        table.add(column: "receipt", .blob)
      }
      try db.create(index: "lease_payment", on: "lease", columns: ["payment"], unique: true)
    }
    try migrator.migrate(database)
  }

  /// The time ledger entries are written at: nanoseconds since 1970.
  private static var now: Int64 { Int64(Date().timeIntervalSince1970 * 1e9) }

  /// Appends `records` to their applications' ledgers, in the transaction of `db`.
  private func record(_ records: [LedgerRecord], in db: Database) throws {
    for record in records {
      try LedgerTable.append(record, to: record.application.rawValue, keeper: keeper, at: Self.now, in: db)
    }
  }

  /// Records `agreement`, made by the ICON holding `key`, once.
  func recordAgreement(_ agreement: Agreement, key: PublicKey) throws {
    try database.write { db in
      guard
        try Bool.fetchOne(db, sql: "SELECT 1 FROM agreement WHERE id = ?", arguments: [agreement.id]) == nil
      else { return }
      try db.execute(
        sql: "INSERT INTO agreement (id, icon, application, price, key) VALUES (?, ?, ?, ?, ?)",
        arguments: [
          agreement.id, agreement.icon.rawValue, agreement.application.rawValue,
          agreement.offer.offer.pricePerSlot.microcredits, key.description,
        ])
      try record(
        [
          LedgerRecord(
            .agreement, icon: agreement.icon, application: agreement.application,
            counterparty: agreement.icon.rawValue, agreement: agreement)
        ], in: db)
    }
  }

  /// The agreement `id`: its ICON, price per slot and the ICON's key.
  func agreement(_ id: String) throws -> (icon: ICONID, price: Money, key: PublicKey?)? {
    try database.read { db in
      try GRDB.Row.fetchOne(db, sql: "SELECT icon, price, key FROM agreement WHERE id = ?", arguments: [id])
        .map {
          (ICONID($0["icon"] as String), Money(microcredits: $0["price"]), PublicKey(text: $0["key"]))
        }
    }
  }

  /// One row of the `instance` table.
  struct Row: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "instance"
    var icon: String
    var application: String
    /// The owner's public key (nil for instances recorded before owners were: only the operator may
    /// act on those).
    var owner: String?
    var state: String
    var url: String
    var pid: Int32
    var workloadPID: Int32
    var configuration: Data
    var stubLocation: String?
    var stubExpires: Double?
    var restorableUntil: Double?
    var created: Double
    /// The workload's container, when it runs in one.
    var container: String?
    /// The image its container was committed to when it migrated away.
    var committedImage: String?
    /// Whether the agent died (rather than left with a stub of its own asking).
    var died = false
    /// Micro-credits a dead instance left, or that were sent to it since, held until they reach its heir.
    var escrow: Int64 = 0
    /// The heir's address: the dead instance's parent, or the ICON that took over its address.
    var escrowHeir: String?

    var port: Int { Int(url.split(separator: ":").last ?? "") ?? 0 }
    var instanceState: InstanceRecord.State { InstanceRecord.State(rawValue: state) ?? .failed }
  }

  /// Inserts or replaces `row`.
  func save(_ row: Row) throws {
    try database.write { try row.save($0) }
  }

  /// The row of `icon`.
  func row(_ icon: ICONID) throws -> Row? {
    try database.read { try Row.fetchOne($0, key: icon.rawValue) }
  }

  /// Every row.
  func rows() throws -> [Row] {
    try database.read { try Row.order(Column("created")).fetchAll($0) }
  }

  /// Changes `icon`'s row with `change`, in one transaction with the ledger entries `records`.
  @discardableResult
  func update(_ icon: ICONID, recording records: [LedgerRecord] = [], _ change: @Sendable (inout Row) -> Void)
    throws -> Row?
  {
    try database.write { db in
      guard var row = try Row.fetchOne(db, key: icon.rawValue) else { return nil }
      change(&row)
      try row.update(db)
      try record(records, in: db)
      return row
    }
  }

  /// Forgets all but the newest `limit` records of instances whose agent never started.
  func forgetFailedStarts(keeping limit: Int) throws {
    try database.write { db in
      try db.execute(
        sql: """
          DELETE FROM instance WHERE state = 'failed' AND pid = 0 AND icon NOT IN (
            SELECT icon FROM instance WHERE state = 'failed' AND pid = 0 ORDER BY created DESC LIMIT ?)
          """,
        arguments: [limit])
    }
  }

  /// The owner's key of `application`, if it has an instance here.
  func owner(of application: ApplicationID) throws -> PublicKey? {
    try database.read { db in
      try String.fetchOne(
        db, sql: "SELECT owner FROM instance WHERE application = ? AND owner IS NOT NULL LIMIT 1",
        arguments: [application.rawValue])
    }
    .flatMap(PublicKey.init(text:))
  }

  /// Adds `money` from `sender` to what `icon` holds in escrow, unless the sum would pass
  /// ``Money/limit``; returns whether it did.
  func addEscrow(_ money: Money, to icon: ICONID, from sender: ICONID) throws -> Bool {
    try database.write { db in
      guard var row = try Row.fetchOne(db, key: icon.rawValue) else { return false }
      let (total, overflow) = row.escrow.addingReportingOverflow(money.microcredits)
      guard !overflow, total <= Money.limit.microcredits else { return false }
      row.escrow = total
      try row.update(db)
      try record(
        [
          LedgerRecord(
            .escrowIn, icon: icon, application: ApplicationID(row.application), amount: money,
            counterparty: sender.rawValue)
        ], in: db)
      return true
    }
  }

  /// Records the lease `order` of `application` with this yard's `receipt`, once: an order paid before
  /// answers with the receipt it got then. `coversSlot` when it is at least a slot's price, so that it
  /// counts as paying for one.
  func recordLease(
    _ order: LeaseOrder, application: ApplicationID, receipt: Data, at time: Double, coversSlot: Bool
  )
    throws -> Data
  {
    try database.write { db in
      if let earlier = try Data.fetchOne(
        db, sql: "SELECT receipt FROM lease WHERE payment = ?", arguments: [order.id])
      {
        return earlier
      }
      try db.execute(
        sql: """
          INSERT INTO lease (icon, application, microcredits, paid, coversSlot, payment, receipt)
          VALUES (?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          order.icon.rawValue, application.rawValue, order.amount.microcredits, time, coversSlot, order.id,
          receipt,
        ])
      try record(
        [
          LedgerRecord(
            .lease, icon: order.icon, application: application, amount: order.amount,
            counterparty: order.icon.rawValue, reference: order.id, order: order, receipt: receipt)
        ], in: db)
      return receipt
    }
  }

  /// The ledger of `application`.
  func ledgerEntries(of application: ApplicationID) throws -> [LedgerEntry] {
    try database.read { try LedgerTable.entries(of: application.rawValue, in: $0) }
  }

  /// Total paid and the time of the last payment of a whole slot, per ICON. Sums saturate at
  /// `Int64.max` micro-credits rather than fail.
  func leases() throws -> [String: (paid: Money, last: Double?)] {
    try database.read { db in
      var result: [String: (paid: Money, last: Double?)] = [:]
      for row in try GRDB.Row.fetchAll(db, sql: "SELECT icon, microcredits, paid, coversSlot FROM lease") {
        let icon: String = row["icon"]
        var entry = result[icon] ?? (.zero, nil)
        entry.paid = Money(microcredits: Self.saturatingSum(entry.paid.microcredits, row["microcredits"]))
        if row["coversSlot"] as Bool { entry.last = max(entry.last ?? 0, row["paid"]) }
        result[icon] = entry
      }
      return result
    }
  }

  private static func saturatingSum(_ a: Int64, _ b: Int64) -> Int64 {
    let (sum, overflow) = a.addingReportingOverflow(b)
    return overflow ? (b > 0 ? .max : .min) : sum
  }

  /// Micro-credits held in escrow per application.
  func escrow() throws -> [ApplicationID: Money] {
    try sums(sql: "SELECT application, escrow AS amount FROM instance WHERE escrow > 0")
  }

  /// Total paid per application.
  func ledger() throws -> [ApplicationID: Money] {
    try sums(sql: "SELECT application, microcredits AS amount FROM lease")
  }

  /// The `amount` column summed per `application`, saturating.
  private func sums(sql: String) throws -> [ApplicationID: Money] {
    try database.read { db in
      var result: [ApplicationID: Money] = [:]
      for row in try GRDB.Row.fetchAll(db, sql: sql) {
        let application = ApplicationID(row["application"] as String)
        result[application] = Money(
          microcredits: Self.saturatingSum(result[application]?.microcredits ?? 0, row["amount"]))
      }
      return result
    }
  }
}
