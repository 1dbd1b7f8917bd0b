import Foundation
import GRDB
import ICONCore
import ICONLedger
import ICONTrust

/// Hash-chained ledgers in an SQLite table, one chain per name: a yard keeps one per application in its
/// database, an ICON one for itself in `ledger.sqlite` in its folder. Entries are only ever appended,
/// each in the transaction that makes the change it records.
enum LedgerTable {
  /// The table's name.
  static let name = "ledger_entry"

  /// Creates the table.
  static func create(in db: Database) throws {
    try db.create(table: name, ifNotExists: true) { table in
      table.column("chain", .text).notNull()
      table.column("sequence", .integer).notNull()
      table.column("entry", .blob).notNull()
      table.primaryKey(["chain", "sequence"])
    }
  }

  /// Appends `record` to `chain`, signed by `keeper`, at `time` (nanoseconds since 1970).
  @discardableResult
  static func append(
    _ record: LedgerRecord, to chain: String, keeper: SigningKey, at time: Int64, in db: Database
  )
    throws -> LedgerEntry
  {
    let last = try Data.fetchOne(
      db, sql: "SELECT entry FROM \(name) WHERE chain = ? ORDER BY sequence DESC LIMIT 1", arguments: [chain])
    let previous = try last.map { try JSONDecoder().decode(LedgerEntry.self, from: $0) }
    let entry = try LedgerEntry(after: previous, record: record, time: time, keeper: keeper)
    try db.execute(
      sql: "INSERT INTO \(name) (chain, sequence, entry) VALUES (?, ?, ?)",
      arguments: [chain, entry.sequence, try JSONEncoder().encode(entry)])
    return entry
  }

  /// The entries of `chain` in the order stored; an entry that cannot be read is named by its row.
  static func entries(of chain: String, in db: Database) throws -> [LedgerEntry] {
    try Row.fetchAll(
      db, sql: "SELECT sequence, entry FROM \(name) WHERE chain = ? ORDER BY sequence", arguments: [chain]
    )
    .map { row in
      let data: Data = row["entry"]
      guard let entry = try? JSONDecoder().decode(LedgerEntry.self, from: data) else {
        // an unreadable row stands in as an entry that cannot verify, so it is named, not skipped
        var unreadable = try LedgerEntry(
          after: nil,
          record: LedgerRecord(
            .agreement, icon: ICONID(""), application: ApplicationID(""),
            counterparty: ""), time: 0, keeper: SigningKey())
        unreadable.sequence = row["sequence"]
        return unreadable
      }
      return entry
    }
  }

  /// The names of the chains in the table.
  static func chains(in db: Database) throws -> [String] {
    try String.fetchAll(db, sql: "SELECT DISTINCT chain FROM \(name) ORDER BY chain")
  }
}

/// An ICON's own ledger: `ledger.sqlite` in its folder, kept by its agent and read by its yard (the
/// balance of a dead ICON) and by the owner's audit.
final class ICONLedgerFile: Sendable {
  /// The file's name in an instance's folder.
  static let fileName = "ledger.sqlite"
  private let database: DatabaseQueue
  private let chain: String

  /// Opens (or creates) the ledger of `icon` in `folder`.
  init(folder: URL, icon: ICONID) throws {
    database = try DatabaseQueue(path: folder.appendingPathComponent(Self.fileName).path)
    chain = icon.rawValue
    try database.write { db in try LedgerTable.create(in: db) }
  }

  /// Opens the ledger of `icon` in `folder` to read, if there is one.
  static func existing(in folder: URL, icon: ICONID) -> ICONLedgerFile? {
    guard FileManager.default.fileExists(atPath: folder.appendingPathComponent(fileName).path) else {
      return nil
    }
    return try? ICONLedgerFile(folder: folder, icon: icon)
  }

  /// Appends `record`, signed by `key`.
  func append(_ record: LedgerRecord, key: SigningKey, at time: Int64) throws {
    _ = try database.write { try LedgerTable.append(record, to: chain, keeper: key, at: time, in: $0) }
  }

  /// The entries.
  func entries() throws -> [LedgerEntry] {
    try database.read { try LedgerTable.entries(of: chain, in: $0) }
  }

  /// The balance the entries add up to and the last entry's hash, without checking signatures (the
  /// audit does that).
  func head() throws -> (balance: Money, hash: Data?) {
    let entries = try entries()
    var balance: Int64 = 0
    for entry in entries {
      guard let record = try? entry.decodedRecord() else { continue }
      balance = balance &+ record.amount.microcredits &* record.iconSign
    }
    return (Money(microcredits: balance), entries.last?.hash)
  }
}

/// Ledgers read from an SQLite file as found on disk: a yard's database (`yard.sqlite`, one chain per
/// application) or an ICON's `ledger.sqlite`.
public enum LedgerFileReader {
  /// The chains in the file at `path` (a folder holding `yard.sqlite` or `ledger.sqlite` is read too),
  /// each with its entries in the order stored.
  public static func read(path: String) throws -> (
    file: String, chains: [(name: String, entries: [LedgerEntry])]
  ) {
    var file = path
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
      let candidates = ["yard.sqlite", ICONLedgerFile.fileName].map {
        (path as NSString).appendingPathComponent($0)
      }
      guard let found = candidates.first(where: FileManager.default.fileExists(atPath:)) else {
        throw RuntimeFailure("\(path) holds neither yard.sqlite nor \(ICONLedgerFile.fileName)")
      }
      file = found
    }
    guard FileManager.default.fileExists(atPath: file) else { throw RuntimeFailure("\(file): no such file") }
    var configuration = Configuration()
    configuration.readonly = true
    let database = try DatabaseQueue(path: file, configuration: configuration)
    let chains = try database.read { db -> [(name: String, entries: [LedgerEntry])] in
      guard try db.tableExists(LedgerTable.name) else { return [] }
      return try LedgerTable.chains(in: db).map { ($0, try LedgerTable.entries(of: $0, in: db)) }
    }
    return (file, chains)
  }
}
