/// The nonces of fresh requests a receiver has seen, each kept until its signing time leaves the
/// window: a request seen again is a replay. At most `capacity` are kept; when every one is still
/// fresh, a new request waits (``TrustFailure/busy``) rather than letting memory grow.
public struct ReplayGuard: Sendable {
  /// Nonce → when it leaves the window (ns since 1970).
  private var seen: [String: Int64] = [:]
  /// The most nonces kept.
  public let capacity: Int
  /// How long a nonce is kept past its signing time, in nanoseconds.
  public let window: Int64

  /// A guard keeping at most `capacity` nonces for `window` ns past their signing time.
  public init(capacity: Int = 100_000, window: Int64 = CredentialCheck.window) {
    self.capacity = capacity
    self.window = window
  }

  /// How many nonces it holds.
  public var count: Int { seen.count }

  /// Admits `nonce`, signed at `at`, at `now`: refuses one seen before and, when full of fresh ones,
  /// any new one.
  public mutating func admit(_ nonce: String, signedAt at: Int64, now: Int64) throws(TrustFailure) {
    guard seen[nonce] == nil else { throw .replayed }
    if seen.count >= capacity { seen = seen.filter { $0.value > now } }
    guard seen.count < capacity else { throw .busy }
    let (expiry, overflow) = at.addingReportingOverflow(window)
    seen[nonce] = overflow ? .max : expiry
  }
}
