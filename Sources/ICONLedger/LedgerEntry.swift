import Crypto
import Foundation
import ICONTrust

/// One entry of an append-only ledger. It carries the hash of the entry before it, its own hash over
/// its content and that link, and its keeper's signature over its hash: an entry edited, removed or
/// moved breaks the chain where it happened.
public struct LedgerEntry: Hashable, Codable, Sendable {
  /// Its place in the ledger, from 1.
  public var sequence: Int64
  /// When it was written (nanoseconds since 1970).
  public var time: Int64
  /// The hash of the entry before (32 zero bytes for the first).
  public var previous: Data
  /// The ``LedgerRecord``, as JSON.
  public var record: Data
  /// SHA-256 over the fields above.
  public var hash: Data
  /// The keeper's signature over ``hash``.
  public var signature: Data

  /// The hash the first entry links to.
  public static let genesis = Data(count: 32)

  /// The largest record a ledger accepts, in bytes.
  public static let maximumRecordSize = 64 * 1024

  /// The entry after `previous` (nil: the first) recording `record` at `time`, signed by `keeper`.
  public init(after previous: LedgerEntry?, record: LedgerRecord, time: Int64, keeper: SigningKey) throws {
    sequence = (previous?.sequence ?? 0) + 1
    self.time = time
    self.previous = previous?.hash ?? Self.genesis
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    self.record = try encoder.encode(record)
    hash = Data()
    signature = Data()
    hash = digest
    signature = keeper.sign(hash)
  }

  /// The hash the entry's content gives.
  public var digest: Data {
    Data(
      SHA256.hash(
        data: Canonical.bytes([
          "icon-ledger-v1", String(sequence), String(time), Hex.encode(previous),
          record.base64EncodedString(),
        ])))
  }

  /// The record, decoded.
  public func decodedRecord() throws -> LedgerRecord {
    try JSONDecoder().decode(LedgerRecord.self, from: record)
  }
}

/// What is wrong with a ledger, or with an entry of it, in words that name the entry.
public enum LedgerFault: Error, Hashable, Sendable, CustomStringConvertible {
  /// The entry's content does not give its hash, or its keeper did not sign it: edited.
  case edited(sequence: Int64)
  /// No entry with this number: removed.
  case missing(sequence: Int64)
  /// The entry is out of its place, or does not link to the one before: reordered.
  case reordered(sequence: Int64)
  /// The entry's record cannot be read.
  case unreadable(sequence: Int64, reason: String)
  /// Evidence that someone did not sign, or signed for something else.
  case unsigned(String)

  public var description: String {
    switch self {
    case .edited(let sequence):
      "entry \(sequence) was edited: its content no longer matches its hash and signature"
    case .missing(let sequence): "entry \(sequence) is missing: removed from the ledger"
    case .reordered(let sequence): "entry \(sequence) is out of order: moved from its place in the chain"
    case .unreadable(let sequence, let reason): "entry \(sequence) cannot be read: \(reason)"
    case .unsigned(let what): "not signed as it should be: \(what)"
    }
  }
}

/// Checks a ledger as read, in the order stored.
public enum LedgerVerification {
  /// The readable records of entries that are intact, and a fault for every entry edited, missing,
  /// out of order or unreadable, for a ledger kept by `keeper`.
  public static func verify(_ entries: [LedgerEntry], keeper: PublicKey)
    -> (records: [(entry: LedgerEntry, record: LedgerRecord)], faults: [LedgerFault])
  {
    var faults: [LedgerFault] = []
    var intact: [Int64: LedgerEntry] = [:]
    var seen = Set<Int64>()
    var highest: Int64 = 0
    for entry in entries {
      if entry.sequence < 1 || seen.contains(entry.sequence) || entry.sequence < highest {
        faults.append(.reordered(sequence: entry.sequence))
      }
      seen.insert(entry.sequence)
      highest = max(highest, entry.sequence)
      guard entry.digest == entry.hash, keeper.verifies(entry.signature, over: entry.hash) else {
        faults.append(.edited(sequence: entry.sequence))
        continue
      }
      intact[entry.sequence] = entry
    }
    if highest > 0, highest <= Int64(entries.count) + 1_000_000 {
      for sequence in 1...highest where !seen.contains(sequence) {
        faults.append(.missing(sequence: sequence))
      }
    } else if highest > 0 {
      faults.append(.unreadable(sequence: highest, reason: "numbered far beyond the ledger's length"))
    }
    var records: [(entry: LedgerEntry, record: LedgerRecord)] = []
    for entry in entries.sorted(by: { $0.sequence < $1.sequence }) where intact[entry.sequence] == entry {
      let expected = entry.sequence == 1 ? LedgerEntry.genesis : intact[entry.sequence - 1]?.hash
      if let expected, expected != entry.previous, !faults.contains(.reordered(sequence: entry.sequence)) {
        faults.append(.reordered(sequence: entry.sequence))
      }
      do {
        records.append((entry, try entry.decodedRecord()))
      } catch {
        faults.append(.unreadable(sequence: entry.sequence, reason: "\(error)"))
      }
    }
    return (records, faults)
  }
}
