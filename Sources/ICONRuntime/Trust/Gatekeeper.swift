import Foundation
import ICONCore
import ICONTrust
import Synchronization

/// Checks the credentials of the requests one receiver (a yard or an agent) is sent: signature,
/// audience, time and, once those hold, that the nonce is fresh. Counts what it refused, by kind.
final class Gatekeeper: Sendable {
  /// What requests to this receiver must be signed for.
  let audience: String
  private let state = Mutex((replays: ReplayGuard(), refused: [String: Int]()))
  private let clock: @Sendable () -> Int64
  private let counted: @Sendable (TrustFailure) -> Void

  /// A gatekeeper for `audience`, reading the time from `clock` (ns since 1970) and telling `counted`
  /// of each refusal besides counting it.
  init(
    audience: String, clock: @escaping @Sendable () -> Int64 = Gatekeeper.wallClock,
    counted: @escaping @Sendable (TrustFailure) -> Void = { _ in }
  ) {
    self.audience = audience
    self.clock = clock
    self.counted = counted
  }

  /// Nanoseconds since 1970.
  static let wallClock: @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970 * 1e9) }

  /// The principal that signed `method target` with `body`, whose credential is `header`.
  func admit(
    _ header: String?, method: String, target: String, body: Data,
    owner: (ApplicationID) -> PublicKey?, operators: Set<PublicKey> = []
  ) throws(TrustFailure) -> Principal {
    do throws(TrustFailure) {
      guard let header else { throw TrustFailure.missing }
      let credential = try Credential(header: header)
      let now = clock()
      let principal = try CredentialCheck.verify(
        credential, method: method, target: target, body: body, audience: audience, now: now, owner: owner,
        operators: operators)
      try state.withLock { state throws(TrustFailure) in
        try state.replays.admit(
          credential.key.description + credential.nonce, signedAt: credential.at, now: now)
      }
      return principal
    } catch {
      refuse(error)
      throw error
    }
  }

  /// Counts a refusal of kind `failure` (also one a caller made after admitting).
  func refuse(_ failure: TrustFailure) {
    state.withLock { $0.refused[failure.kind, default: 0] += 1 }
    counted(failure)
  }

  /// Requests refused so far, by kind.
  var refused: [String: Int] { state.withLock { $0.refused } }
}

/// How a request is signed: by whom, and for which receiver.
public struct Signing: Sendable {
  /// The signer.
  public var signer: RequestSigner
  /// The receiver: an ICON's id, or a yard's audience (``YardIdentity/audience(of:)``).
  public var audience: String

  /// Requests by `signer` for `audience`.
  public init(_ signer: RequestSigner, for audience: String) {
    self.signer = signer
    self.audience = audience
  }

  /// The credential header for `method url` with `body`.
  func header(method: String, url: String, body: Data) -> String {
    signer.credential(
      method: method, target: requestTarget(of: url), body: body, audience: audience,
      now: Gatekeeper.wallClock()
    ).header
  }
}
