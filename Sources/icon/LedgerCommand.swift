import ArgumentParser
import Foundation
import ICONCore
import ICONLedger
import ICONRuntime
import ICONTrust

/// `icon ledger`: check the hash-chained ledgers yards and ICONs keep.
struct LedgerCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ledger",
    abstract: "Check a yard's or an ICON's ledger for edited, removed or reordered entries.",
    subcommands: [Verify.self])

  struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Verify the hash chains and signatures of a ledger file.",
      discussion: """
        A yard keeps one chain per application in DATA/yard.sqlite, signed with DATA/yard.key; an ICON \\
        keeps its own in ledger.sqlite in its folder at the yard (DATA/instances/ICON), signed with its \\
        key, which its first agreement names. Every entry carries the hash of the one before and the \\
        keeper's signature: an entry whose content was edited, one that was removed and one that was \\
        moved are each named. The exit status is 1 when any chain is not intact.

        Examples:
          icon ledger verify /tmp/yard-paris                 # a yard's data folder
          icon ledger verify /tmp/yard-paris/instances/shop~3f9a2c7e5b1d0a44.1
          icon ledger verify yard.sqlite --key BASE64URL     # against a key known from elsewhere
        """)

    @Argument(help: "A yard's data folder or yard.sqlite, or an ICON's folder or ledger.sqlite.")
    var path: String
    @Option(
      help:
        "The keeper's public key (default: DATA/yard.key beside a yard's database; an ICON's from its agreement)."
    )
    var key: String?

    func run() throws {
      let (file, chains) = try LedgerFileReader.read(path: path)
      let given = try key.map { text in
        guard let key = PublicKey(text: text) else {
          throw ValidationError("--key is not a public key: \(text)")
        }
        return key
      }
      let yardKey = try? SigningKey.load(
        at: ((file as NSString).deletingLastPathComponent as NSString).appendingPathComponent("yard.key")
      ).publicKey
      guard !chains.isEmpty else {
        print("\(file): no ledger entries")
        return
      }
      var intact = true
      for (name, entries) in chains {
        let keeper: PublicKey? =
          given ?? (file.hasSuffix("yard.sqlite") ? yardKey : Self.agreedKey(in: entries))
        guard let keeper else {
          print("\(name): \(entries.count) entries, no key to check them with (give --key)")
          intact = false
          continue
        }
        let faults = LedgerVerification.verify(entries, keeper: keeper).faults
        let label = "\(ApplicationIdentity.shortName(of: ICONID(name))) (\(name))"
        if faults.isEmpty {
          print("\(label): \(entries.count) entries, intact, kept by \(keeper.fingerprint)")
        } else {
          intact = false
          print("\(label): \(entries.count) entries, NOT intact:")
          for fault in faults { print("  \(fault)") }
        }
      }
      if !intact { throw ExitCode(1) }
    }

    /// The key an ICON's ledger is kept with: the last link of the chain in its first agreement (the
    /// owner's audit also checks that chain against the owner's key).
    static func agreedKey(in entries: [LedgerEntry]) -> PublicKey? {
      entries.lazy.compactMap { try? $0.decodedRecord().agreement?.chain.certificates.last?.key }.first
    }
  }
}
