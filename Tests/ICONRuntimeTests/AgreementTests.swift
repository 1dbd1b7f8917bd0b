import Foundation
import GRDB
import ICONCore
import ICONLedger
import ICONRuntime
import ICONTrust
import Testing

extension LiveClusters {
  /// Signed agreements and hash-chained ledgers on real yards and agents: the owner's audit of a live
  /// tree, and a yard's ledger tampered with, or written by a dishonest yard, as its file lies on disk.
  @Suite(.timeLimit(.minutes(3)))
  struct AgreementTests {
    /// A yard's database, opened beside the yard that keeps it, as its operator (or an intruder on its
    /// host) could.
    struct YardFile {
      let database: DatabaseQueue
      let chain: String

      init(data: URL, application: ApplicationID) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        database = try DatabaseQueue(
          path: data.appendingPathComponent("yard.sqlite").path, configuration: configuration)
        chain = application.rawValue
      }

      /// The stored entries by sequence.
      func rows() throws -> [(sequence: Int64, entry: Data)] {
        try database.read { db in
          try Row.fetchAll(
            db, sql: "SELECT sequence, entry FROM ledger_entry WHERE chain = ? ORDER BY sequence",
            arguments: [chain]
          ).map { ($0["sequence"], $0["entry"]) }
        }
      }

      func set(_ sequence: Int64, to entry: Data) throws {
        try database.write { db in
          try db.execute(
            sql: "UPDATE ledger_entry SET entry = ? WHERE chain = ? AND sequence = ?",
            arguments: [entry, chain, sequence])
        }
      }

      func delete(_ sequence: Int64) throws {
        try database.write { db in
          try db.execute(
            sql: "DELETE FROM ledger_entry WHERE chain = ? AND sequence = ?", arguments: [chain, sequence])
        }
      }

      func insert(_ sequence: Int64, _ entry: Data) throws {
        try database.write { db in
          try db.execute(
            sql: "INSERT INTO ledger_entry (chain, sequence, entry) VALUES (?, ?, ?)",
            arguments: [chain, sequence, entry])
        }
      }
    }

    /// Runs `icon arguments` as the cluster's owner.
    func icon(_ arguments: [String], _ cluster: RuntimeCluster) throws -> (status: Int32, output: String) {
      try OwnerToolsTests().icon(arguments, ownerKey: cluster.ownerKeyFile)
    }

    @Test func theAuditReconcilesALiveTreeAndNamesEveryTampering() async throws {
      // long slots: once the tree stands, the yards' ledgers change rarely while the test edits them
      let cluster = try await RuntimeCluster(yards: RuntimeIntegrationTests.yards, slot: 10)
      let reply = try await cluster.owner.deploy(cluster.manifest(), yard: cluster.url("stockholm"))
      let local = ClientLoop()
      let far = ClientLoop()
      await local.start(source: "127.0.1.71", base: reply.url)
      await far.start(source: "127.0.2.71", base: reply.url)
      let grew = await cluster.eventually(within: .seconds(30)) {
        try await !OwnerClient.status(at: reply.url).children.isEmpty
      }
      // a few slots paid at every yard
      try await Task.sleep(for: .seconds(12))
      await local.stop()
      await far.stop()
      let yards = ["stockholm", "madrid", "paris"].map { cluster.url($0) }
      var honest = AuditReport()
      let exact = await cluster.eventually(within: .seconds(15)) {
        honest = await cluster.owner.audit(of: "shop", from: [yards[0]])
        return honest.isExact && honest.inFlight == .zero
      }
      let audited = try icon(["app", "audit", "shop", "--yard", yards[0]], cluster)
      let stockholm = cluster.folder.appendingPathComponent("stockholm")
      let verified = try icon(["ledger", "verify", stockholm.path], cluster)

      let file = try YardFile(data: stockholm, application: cluster.application())
      let rows = try file.rows()
      // 1. an amount edited in a lease entry (not the last: removing the last leaves a shorter chain,
      // which only the payer's ledger shows)
      let lease = try #require(
        rows.dropLast().first {
          (try? JSONDecoder().decode(LedgerEntry.self, from: $0.entry).decodedRecord().kind) == .lease
        })
      var edited = try JSONDecoder().decode(LedgerEntry.self, from: lease.entry)
      var record = try edited.decodedRecord()
      record.amount = record.amount + record.amount
      edited.record = try JSONEncoder().encode(record)
      try file.set(lease.sequence, to: try JSONEncoder().encode(edited))
      let editedVerify = try icon(["ledger", "verify", stockholm.path], cluster)
      let editedAudit = await cluster.owner.audit(of: "shop", from: [yards[0]])
      try file.set(lease.sequence, to: lease.entry)
      // 2. an entry removed
      try file.delete(lease.sequence)
      let removedVerify = try icon(["ledger", "verify", stockholm.path], cluster)
      let removedAudit = await cluster.owner.audit(of: "shop", from: [yards[0]])
      try file.insert(lease.sequence, lease.entry)
      // 3. two entries swapped
      let (first, second) = (rows[0], rows[1])
      try file.set(first.sequence, to: second.entry)
      try file.set(second.sequence, to: first.entry)
      let movedVerify = try icon(["ledger", "verify", stockholm.path], cluster)
      let movedAudit = await cluster.owner.audit(of: "shop", from: [yards[0]])
      try file.set(first.sequence, to: first.entry)
      try file.set(second.sequence, to: second.entry)
      // the tree lives on meanwhile (an idle replica may end and send its money home): the restored
      // ledgers audit exact once what is in flight has landed
      var restored = AuditReport()
      let settled = await cluster.eventually(within: .seconds(15)) {
        restored = await cluster.owner.audit(of: "shop", from: [yards[0]])
        return restored.isExact
      }

      // 4. a dishonest yard: its operator writes, in the chain it signs, a slot charged at twice its
      // signed price, and signs the order in the ICON's name with the key it hosts
      let yardKey = try SigningKey.load(at: YardSettings.keyFile(in: stockholm.path))
      let iconKey = try SigningKey.load(
        at: stockholm.appendingPathComponent("instances").appendingPathComponent(cluster.origin().rawValue)
          .appendingPathComponent(AgentConfiguration.keyFile).path)
      let last = try #require(try file.rows().last)
      let previous = try JSONDecoder().decode(LedgerEntry.self, from: last.entry)
      let agreement = try #require(
        try file.rows().lazy.compactMap {
          try JSONDecoder().decode(LedgerEntry.self, from: $0.entry).decodedRecord().agreement
        }
        .first { $0.icon == cluster.origin() })
      let now = Int64(Date().timeIntervalSince1970 * 1e9)
      let overcharge = agreement.offer.offer.pricePerSlot + agreement.offer.offer.pricePerSlot
      let order = LeaseOrder(
        agreement: agreement.id, icon: cluster.origin(), slot: 999, amount: overcharge, time: now,
        key: iconKey)
      let forged = try LedgerEntry(
        after: previous,
        record: LedgerRecord(
          .lease, icon: cluster.origin(), application: cluster.application(), amount: overcharge,
          counterparty: cluster.origin().rawValue, reference: order.id, order: order,
          receipt: order.receipt(by: yardKey)), time: now, keeper: yardKey)
      try file.insert(forged.sequence, try JSONEncoder().encode(forged))
      let dishonestVerify = try icon(["ledger", "verify", stockholm.path], cluster)
      let dishonest = await cluster.owner.audit(of: "shop", from: [yards[0]])
      let dishonestCLI = try icon(["app", "audit", "shop", "--yard", yards[0]], cluster)
      await cluster.shutdown()

      #expect(grew)
      #expect(exact, "\(honest.disagreements)")
      // at least two yards and two ICONs (a yard no ICON made an agreement with is not visited)
      #expect(honest.ledgers >= 4 && honest.given == 1000 && honest.spent > .zero, "\(honest)")
      #expect(
        audited.status == 0 && audited.output.contains("balance to the micro-credit"), "\(audited.output)")
      #expect(verified.status == 0 && verified.output.contains("intact"), "\(verified.output)")
      #expect(editedVerify.status == 1 && editedVerify.output.contains("entry \(lease.sequence) was edited"))
      #expect(editedAudit.disagreements.contains { $0.contains("entry \(lease.sequence) was edited") })
      #expect(
        removedVerify.status == 1 && removedVerify.output.contains("entry \(lease.sequence) is missing"))
      #expect(removedAudit.disagreements.contains { $0.contains("entry \(lease.sequence) is missing") })
      #expect(movedVerify.status == 1 && movedVerify.output.contains("out of order"), "\(movedVerify.output)")
      #expect(
        movedAudit.disagreements.contains { $0.contains("out of order") }, "\(movedAudit.disagreements)")
      #expect(!editedAudit.isExact && !removedAudit.isExact && !movedAudit.isExact)
      #expect(settled, "\(restored.disagreements)")
      // the dishonest yard's chain is intact, for it signed the lie itself; the audit still finds it
      #expect(dishonestVerify.status == 0, "\(dishonestVerify.output)")
      #expect(
        dishonest.disagreements.contains {
          $0.contains("above the \(agreement.offer.offer.pricePerSlot) per slot")
        },
        "\(dishonest.disagreements)")
      #expect(dishonest.disagreements.contains { $0.contains("ledger lacks") })
      #expect(
        dishonestCLI.status == 1 && dishonestCLI.output.contains("disagreement: yard stockholm charged"))
    }
  }
}
