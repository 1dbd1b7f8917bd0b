import Foundation
import ICONTrust

/// A yard's operator, on the yard's own host: signs with the yard's key from its data folder and so
/// sees every instance and every application's ledger.
public struct YardOperator: Sendable {
  private let signing: Signing
  private let client = JSONClient()

  /// The operator of the yard whose data folder is `dataDirectory`.
  public init(dataDirectory: String) throws {
    let key = try SigningKey.load(at: YardSettings.keyFile(in: dataDirectory))
    signing = Signing(
      RequestSigner(key: key, application: nil), for: YardIdentity.audience(of: key.publicKey))
  }

  /// Every instance of the yard at `url`.
  public func instances(at url: String) async throws -> [InstanceRecord] {
    try await client.get("\(url)/v1/instances", as: [InstanceRecord].self, signing: signing)
  }

  /// The yard's whole ledger.
  public func ledger(at url: String) async throws -> YardLedger {
    try await client.get("\(url)/v1/ledger", as: YardLedger.self, signing: signing)
  }
}
