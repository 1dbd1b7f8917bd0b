import ICONCore

extension OwnerPolicy {
  /// Reads a policy mapping (snake_case keys, seconds, credits) on top of `base`; every problem names
  /// the file and line.
  package init(yaml value: YAMLValue, over base: OwnerPolicy = OwnerPolicy()) throws {
    let seconds: [(String, WritableKeyPath<OwnerPolicy, Duration>)] = [
      ("report_period_s", \.reportPeriod), ("decision_period_s", \.decisionPeriod),
      ("smoothing_window_s", \.smoothingWindow), ("action_cooldown_s", \.actionCooldown),
      ("stub_ttl_s", \.stubTTL),
      ("soft_termination_period_s", \.softTerminationPeriod), ("request_timeout_s", \.requestTimeout),
      ("election_window_s", \.electionWindow),
    ]
    let numbers: [(String, WritableKeyPath<OwnerPolicy, Double>)] = [
      ("weight", \.weight), ("latency_scale", \.latencyScale), ("migration_threshold", \.migrationThreshold),
      ("replication_threshold", \.replicationThreshold), ("termination_threshold", \.terminationThreshold),
      ("minimum_subnet_rate", \.minimumSubnetRate),
    ]
    let slots: [(String, WritableKeyPath<OwnerPolicy, Int64>)] = [
      ("foundering_slots", \.founderingSlots), ("funding_request_slots", \.fundingRequestSlots),
      ("replica_minimum_slots", \.replicaMinimumSlots),
    ]
    let entries = try value.mapping(
      allowed: seconds.map(\.0) + numbers.map(\.0) + slots.map(\.0) + [
        "price_scale", "missed_reports_before_failure",
      ])
    var policy = base
    for (key, path) in seconds {
      if let field = entries[key] { policy[keyPath: path] = .seconds(try field.number()) }
    }
    for (key, path) in numbers { if let field = entries[key] { policy[keyPath: path] = try field.number() } }
    for (key, path) in slots {
      if let field = entries[key] { policy[keyPath: path] = Int64(try field.integer()) }
    }
    if let field = entries["price_scale"] { policy.priceScale = .credits(try field.number()) }
    if let field = entries["missed_reports_before_failure"] {
      policy.missedReportsBeforeFailure = try field.integer()
    }
    guard policy.problems.isEmpty else { throw value.error(policy.problems.joined(separator: "; ")) }
    self = policy
  }
}
