/// A point on the engine's clock, in nanoseconds since an arbitrary origin chosen by the shell.
///
/// The engine never reads a clock: every event comes with the `Instant` at which it happens.
public struct Instant: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
  /// Nanoseconds since the shell's clock origin.
  public var nanoseconds: Int64

  /// Creates an instant `nanoseconds` after the clock origin.
  public init(nanoseconds: Int64) { self.nanoseconds = nanoseconds }

  /// The clock origin.
  public static let zero = Instant(nanoseconds: 0)

  /// An instant `seconds` after the clock origin.
  public static func seconds(_ seconds: Double) -> Instant {
    Instant(nanoseconds: Int64((seconds * 1e9).rounded()))
  }

  /// Seconds since the clock origin.
  public var seconds: Double { Double(nanoseconds) / 1e9 }

  public static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.nanoseconds < rhs.nanoseconds }

  public static func + (lhs: Instant, rhs: Duration) -> Instant {
    Instant(nanoseconds: lhs.nanoseconds + rhs.nanoseconds)
  }

  public static func - (lhs: Instant, rhs: Instant) -> Duration {
    .nanoseconds(lhs.nanoseconds - rhs.nanoseconds)
  }

  public var description: String { "t=\(seconds)s" }
}

extension Duration {
  /// The duration in whole nanoseconds (rounded toward zero), held to Int64's range: a duration decoded
  /// from the network may be longer than Int64 nanoseconds can say.
  public var nanoseconds: Int64 { Int64(clamping: attoseconds / 1_000_000_000) }

  /// The duration in seconds.
  public var inSeconds: Double { Double(nanoseconds) / 1e9 }
}
