/// One owner parameter, declared once: its key (in YAML files, `icon policy` and `--set`), unit, valid
/// range and what it does. Validation, YAML reading, `icon policy` and the table in `docs/scenarios.md`
/// all come from ``all``; the default is the value of a fresh ``OwnerPolicy``.
public struct OwnerParameter: Sendable, Identifiable {
  /// The key owners write: snake_case, with `_s` on durations in seconds.
  public let key: String
  /// What the number counts.
  public let unit: Unit
  /// The values that are allowed.
  public let range: ClosedRange<Double>
  /// Whether the upper end of `range` is excluded.
  public let excludesUpperBound: Bool
  /// Whether the lower end of `range` is excluded.
  public let excludesLowerBound: Bool
  /// One line on what the parameter does.
  public let summary: String
  private let field: Field

  public var id: String { key }

  /// What an owner parameter counts, which decides how it is written and stored.
  public enum Unit: String, Sendable {
    /// A duration, written in seconds.
    case seconds = "s"
    /// Money, written in credits (stored to the micro-credit).
    case credits
    /// A plain number.
    case number
    /// A whole number.
    case count
  }

  /// Where a parameter lives in a policy, with its stored type.
  private enum Field: Sendable {
    case duration(any WritableKeyPath<OwnerPolicy, Duration> & Sendable)
    case number(any WritableKeyPath<OwnerPolicy, Double> & Sendable)
    case money(any WritableKeyPath<OwnerPolicy, Money> & Sendable)
    case count(any WritableKeyPath<OwnerPolicy, Int> & Sendable)
    case slots(any WritableKeyPath<OwnerPolicy, Int64> & Sendable)
  }

  private init(
    _ key: String, _ field: Field, _ range: ClosedRange<Double>, excludingLower: Bool = false,
    excludingUpper: Bool = false, _ summary: String
  ) {
    self.key = key
    self.field = field
    self.range = range
    self.excludesLowerBound = excludingLower
    self.excludesUpperBound = excludingUpper
    self.summary = summary
    switch field {
    case .duration: unit = .seconds
    case .number: unit = .number
    case .money: unit = .credits
    case .count, .slots: unit = .count
    }
  }

  /// The parameter's value in `policy`, in its unit.
  public func value(in policy: OwnerPolicy) -> Double {
    switch field {
    case .duration(let path): policy[keyPath: path].inSeconds
    case .number(let path): policy[keyPath: path]
    case .money(let path): policy[keyPath: path].credits
    case .count(let path): Double(policy[keyPath: path])
    case .slots(let path): Double(policy[keyPath: path])
    }
  }

  /// The parameter's default: its value in a fresh policy.
  public var defaultValue: Double { value(in: OwnerPolicy()) }

  /// Why `value` cannot be this parameter's value ("must be in [0, 1], got 2"), or nil when it can.
  public func problem(with value: Double) -> String? {
    let inRange =
      range.contains(value) && !(excludesLowerBound && value == range.lowerBound)
      && !(excludesUpperBound && value == range.upperBound)
    if !inRange { return "must be in \(rangeDescription), got \(Self.format(value))" }
    if unit == .count, value.rounded() != value { return "must be a whole number, got \(value)" }
    return nil
  }

  /// Sets the parameter in `policy` to `value`, which must pass ``problem(with:)``.
  public func set(_ value: Double, in policy: inout OwnerPolicy) {
    precondition(problem(with: value) == nil, problem(with: value) ?? "")
    switch field {
    case .duration(let path): policy[keyPath: path] = .seconds(value)
    case .number(let path): policy[keyPath: path] = value
    case .money(let path): policy[keyPath: path] = .credits(value)
    case .count(let path): policy[keyPath: path] = Int(value)
    case .slots(let path): policy[keyPath: path] = Int64(value)
    }
  }

  /// The valid values, as intervals are written: `[0, 1)`, `(0, 86400]`.
  public var rangeDescription: String {
    (excludesLowerBound ? "(" : "[") + Self.format(range.lowerBound) + ", " + Self.format(range.upperBound)
      + (excludesUpperBound ? ")" : "]")
  }

  /// A number as owners write it: whole numbers without a fraction.
  public static func format(_ value: Double) -> String {
    value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
  }

  /// The parameter with this key.
  public static func named(_ key: String) -> OwnerParameter? { all.first { $0.key == key } }

  private static let day = 86_400.0

  /// Every owner parameter, in the order `icon policy` and the docs list them.
  public static let all: [OwnerParameter] = [
    OwnerParameter("weight", .number(\.weight), 0...1, "w in Eq. (1): 0 weighs only cost, 1 only latency"),
    OwnerParameter(
      "price_scale", .money(\.priceScale), 0...1e9, excludingLower: true,
      "credits per slot that count as one unit of cost"),
    OwnerParameter(
      "latency_scale", .number(\.latencyScale), 0...1e12, excludingLower: true,
      "demand-weighted latency (req/s × ms) that counts as one unit of latency"),
    OwnerParameter(
      "migration_threshold", .number(\.migrationThreshold), 0...1, excludingUpper: true,
      "relative utility gain (U_here - U_j) / U_here needed to migrate"),
    OwnerParameter(
      "replication_threshold", .number(\.replicationThreshold), 0...1, excludingUpper: true,
      "relative utility gain needed to deploy a replica"),
    OwnerParameter(
      "settling_threshold", .number(\.settlingThreshold), 0...1, excludingUpper: true,
      "relative utility gain needed to deploy a replica while settling on the clients an ICON's own last "
        + "action left it (with actions_per_decision above 1)"),
    OwnerParameter(
      "termination_threshold", .number(\.terminationThreshold), -1e9...1e9,
      "an ICON whose value (utility its existence saves) is below this terminates"),
    OwnerParameter(
      "report_period_s", .duration(\.reportPeriod), 0...day, excludingLower: true,
      "how often a child reports to its parent (and is acknowledged)"),
    OwnerParameter(
      "decision_period_s", .duration(\.decisionPeriod), 0...day, excludingLower: true,
      "how often an ICON weighs migrating, replicating and terminating"),
    OwnerParameter(
      "smoothing_window_s", .duration(\.smoothingWindow), 0...day, excludingLower: true,
      "time constant of the smoothing of per-subnet rates and latencies"),
    OwnerParameter(
      "action_cooldown_s", .duration(\.actionCooldown), 0...day,
      "quiet time after an ICON starts or acts before it may act again"),
    OwnerParameter(
      "missed_reports_before_failure", .count(\.missedReportsBeforeFailure), 1...1_000,
      "reports (or acknowledgements) missed in a row before a peer counts as failed"),
    OwnerParameter(
      "minimum_subnet_rate", .number(\.minimumSubnetRate), 0...1e9,
      "subnets with a smoothed rate below this (req/s) are ignored by decisions"),
    OwnerParameter(
      "foundering_slots", .slots(\.founderingSlots), 1...1_000_000,
      "an ICON asks for funds when its balance covers fewer slots than this"),
    OwnerParameter(
      "funding_request_slots", .slots(\.fundingRequestSlots), 1...1_000_000,
      "how many slots' worth a foundering ICON asks for"),
    OwnerParameter(
      "replica_minimum_slots", .slots(\.replicaMinimumSlots), 1...1_000_000,
      "a replica is deployed only with at least this many slots' worth of budget"),
    OwnerParameter(
      "stub_ttl_s", .duration(\.stubTTL), 0...(30 * day),
      "how long a redirect stub left behind a moved or terminated ICON answers"),
    OwnerParameter(
      "soft_termination_period_s", .duration(\.softTerminationPeriod), 0...(30 * day),
      "how long a terminated ICON stays restorable at its yard"),
    OwnerParameter(
      "request_timeout_s", .duration(\.requestTimeout), 0...day, excludingLower: true,
      "how long an ICON waits for an answer to a site claim or an attach request"),
    OwnerParameter(
      "election_window_s", .duration(\.electionWindow), 0...day, excludingLower: true,
      "how long an election collects candidates before choosing the winner"),
    OwnerParameter(
      "actions_per_decision", .count(\.actionsPerDecision), 1...100,
      "how many actions one decision may take: replications (to different sites, for disjoint "
        + "clients), and a move for what stays; above 1 the ICON also weighs its whole placement at once "
        + "(docs/decisions.md)"),
  ]
}
