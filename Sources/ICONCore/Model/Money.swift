/// An amount of the owner's money, in micro-credits.
///
/// Integer arithmetic keeps the budget exactly conserved: splitting, charging and transferring never
/// creates or loses a fraction of a credit.
public struct Money: Hashable, Comparable, Codable, Sendable, CustomStringConvertible,
  ExpressibleByIntegerLiteral, AdditiveArithmetic
{
  /// The amount in micro-credits (one credit is 1,000,000).
  public var microcredits: Int64

  /// An amount of `microcredits`.
  public init(microcredits: Int64) { self.microcredits = microcredits }

  /// An amount of whole credits.
  public init(integerLiteral credits: Int64) { self.microcredits = credits * 1_000_000 }

  /// An amount of `credits`, rounded to the nearest micro-credit.
  public static func credits(_ credits: Double) -> Money {
    Money(microcredits: Int64((credits * 1_000_000).rounded()))
  }

  /// The amount in credits.
  public var credits: Double { Double(microcredits) / 1_000_000 }

  public static let zero = Money(microcredits: 0)

  /// The largest amount a message, an owner command or a balance may hold: a billion credits. Sums of
  /// amounts below it cannot overflow, and anything larger is refused.
  public static let limit = Money(microcredits: 1_000_000_000_000_000)

  public init(from decoder: any Decoder) throws {
    microcredits = try decoder.singleValueContainer().decode(Int64.self)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(microcredits)
  }

  public static func + (lhs: Money, rhs: Money) -> Money {
    Money(microcredits: lhs.microcredits + rhs.microcredits)
  }

  public static func - (lhs: Money, rhs: Money) -> Money {
    Money(microcredits: lhs.microcredits - rhs.microcredits)
  }

  /// `self` times a whole number.
  public static func * (lhs: Money, rhs: Int64) -> Money {
    Money(microcredits: lhs.microcredits * rhs)
  }

  /// The share `fraction` (clamped to 0...1) of this amount, rounded down.
  public func share(_ fraction: Double) -> Money {
    let clamped = min(max(fraction, 0), 1)
    return Money(microcredits: Int64((Double(microcredits) * clamped).rounded(.down)))
  }

  public static func < (lhs: Money, rhs: Money) -> Bool { lhs.microcredits < rhs.microcredits }

  /// Credits with at least two decimals and no trailing zeros beyond them, e.g. `2.00`, `61.875`.
  public var description: String {
    let whole = microcredits / 1_000_000
    let fraction = abs(microcredits % 1_000_000)
    let sign = microcredits < 0 && whole == 0 ? "-" : ""
    var digits = String(fraction)
    digits = String(repeating: "0", count: 6 - digits.count) + digits
    while digits.count > 2 && digits.hasSuffix("0") { digits.removeLast() }
    return "\(sign)\(whole).\(digits)"
  }
}
