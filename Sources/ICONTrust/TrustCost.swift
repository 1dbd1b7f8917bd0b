import Foundation
import ICONCore

/// What checking signatures costs on this machine: Ed25519 verifications per second as the baseline,
/// and full credential checks (signature, then the certificate chain) for an owner and for ICONs with
/// chains of 1 and 3 links (the origin, a grandchild), measured in one run.
public enum TrustCost {
  /// One measured rate.
  public struct Rate: Sendable {
    /// What was measured.
    public var name: String
    /// Operations per second.
    public var perSecond: Double
  }

  /// Measures each rate for about `seconds`.
  public static func measure(seconds: Double) -> [Rate] {
    let owner = SigningKey()
    let application = ApplicationIdentity.application(name: "bench", owner: owner.publicKey)
    let body = Data(repeating: 7, count: 512)
    let message = Data(repeating: 1, count: 200)
    let signature = owner.sign(message)
    var rates = [
      Rate(
        name: "ed25519 verify (baseline)",
        perSecond: rate(seconds) { _ = owner.publicKey.verifies(signature, over: message) })
    ]
    rates.append(Rate(name: "ed25519 sign", perSecond: rate(seconds) { _ = owner.sign(message) }))
    for depth in [0, 1, 3] {
      var key = owner
      var chain: CertificateChain?
      var subject = ApplicationIdentity.origin(of: application)
      for level in 0..<depth {
        let next = SigningKey()
        if level > 0 { subject = ICONID("\(subject).1") }
        chain =
          chain?.extended(to: subject, key: next.publicKey, application: application, issuer: key)
          ?? .origin(of: application, key: next.publicKey, owner: owner)
        key = next
      }
      let signer = RequestSigner(key: key, application: application, chain: chain)
      let credential = signer.credential(
        method: "POST", target: "/_icon/messages", body: body, audience: "receiver", now: 0)
      // measure the path that succeeds: a check that failed early would be cheap and mean nothing
      precondition(
        (try? CredentialCheck.verify(
          credential, method: "POST", target: "/_icon/messages", body: body, audience: "receiver", now: 0,
          owner: { _ in owner.publicKey })) != nil, "the measured credential does not verify")
      let name =
        depth == 0 ? "credential check, owner" : "credential check, ICON, \(depth)-link chain"
      rates.append(
        Rate(
          name: name,
          perSecond: rate(seconds) {
            _ = try? CredentialCheck.verify(
              credential, method: "POST", target: "/_icon/messages", body: body, audience: "receiver", now: 0,
              owner: { _ in owner.publicKey })
          }))
    }
    return rates
  }

  private static func rate(_ seconds: Double, _ body: () -> Void) -> Double {
    let clock = ContinuousClock()
    let start = clock.now
    var count = 0
    while (clock.now - start) < .milliseconds(Int64(seconds * 1000)) {
      for _ in 0..<50 { body() }
      count += 50
    }
    let elapsed = clock.now - start
    return Double(count)
      / (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
  }
}
