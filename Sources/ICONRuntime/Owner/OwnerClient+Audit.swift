import Foundation
import ICONCore
import ICONLedger
import ICONTrust

extension OwnerClient {
  /// The most yards an audit visits, following the agreements it finds.
  public static let auditYardLimit = 64

  /// Every ledger of the application `name`: each yard's (starting from `yards`, then every yard its
  /// ICONs made agreements with) and the ledger of every ICON each yard hosted. A yard that cannot be
  /// read is named in `unreachable`.
  public func ledgers(of name: String, from yards: [String]) async -> (
    ledgers: [LedgerCopy], unreachable: [String]
  ) {
    let application = application(name)
    let signer = RequestSigner(key: key, application: application)
    var queue = yards
    var visited = Set<String>()
    var copies: [LedgerCopy] = []
    var unreachable: [String] = []
    while let yard = queue.first, visited.count < Self.auditYardLimit {
      queue.removeFirst()
      guard visited.insert(yard).inserted else { continue }
      do {
        let offer = try await offer(at: yard)
        let read = copies.count
        let signing = Signing(signer, for: offer.audience)
        let own = try await client.get("\(yard)/v1/ledger/entries", as: LedgerExport.self, signing: signing)
        copies.append(LedgerCopy(keeper: .yard(name: offer.name, key: offer.key), entries: own.entries))
        let instances = try await client.get(
          "\(yard)/v1/instances", as: [InstanceRecord].self, signing: signing)
        for icon in Set(instances.map(\.icon)).sorted() {
          let ledger = try await client.get(
            "\(yard)/v1/instances/\(icon.rawValue)/ledger", as: LedgerExport.self, signing: signing)
          copies.append(LedgerCopy(keeper: .icon(icon, yard: offer.name), entries: ledger.entries))
        }
        // the yards its ICONs agreed with are part of the books too
        for entry in copies[read...].flatMap(\.entries) {
          if let url = (try? entry.decodedRecord())?.agreement?.offer.url, !visited.contains(url) {
            queue.append(url)
          }
        }
      } catch {
        unreachable.append("\(yard): \(error)")
      }
    }
    return (copies, unreachable)
  }

  /// The audit of the application `name` from the ledgers reachable from `yards`.
  public func audit(of name: String, from yards: [String]) async -> AuditReport {
    let (ledgers, unreachable) = await ledgers(of: name, from: yards)
    var report = LedgerAudit(application: application(name), owner: key.publicKey).audit(
      ledgers, now: Gatekeeper.wallClock())
    report.disagreements += unreachable.map { "a yard's ledgers could not be read: \($0)" }
    return report
  }
}
