/// The owner's parameters: the only way an owner steers its ICONs. They flow down the tree; a newer
/// `version` replaces an older one.
///
/// Thresholds are explained with worked examples in `docs/decisions.md`.
public struct OwnerPolicy: Hashable, Codable, Sendable {
  /// Increases with every change the owner makes; ICONs keep the highest version they have seen.
  public var version: UInt64
  /// `w` in Eq. (1): 0 cares only about cost, 1 only about latency.
  public var weight: Double
  /// Money per slot that counts as one unit of cost in the utility.
  public var priceScale: Money
  /// Demand-weighted latency (req/s × ms) that counts as one unit of latency in the utility.
  public var latencyScale: Double
  /// Minimum relative utility improvement, `(U_here - U_there) / U_here`, for a migration.
  public var migrationThreshold: Double
  /// Minimum relative utility improvement for deploying a replica.
  public var replicationThreshold: Double
  /// An ICON whose value (utility saved by its existence, see `docs/decisions.md`) falls below this
  /// terminates.
  public var terminationThreshold: Double
  /// How often a child reports to its parent (and the parent acknowledges).
  public var reportPeriod: Duration
  /// How often an ICON evaluates migration, replication and termination.
  public var decisionPeriod: Duration
  /// Time constant of the exponential smoothing of per-subnet rates and latencies.
  public var smoothingWindow: Duration
  /// Quiet time after an ICON starts or acts before it may act again.
  public var actionCooldown: Duration
  /// Reports (or acknowledgements) missed in a row before a peer is declared failed.
  public var missedReportsBeforeFailure: Int
  /// Subnets whose smoothed rate is below this (req/s) are ignored by decisions.
  public var minimumSubnetRate: Double
  /// An ICON asks for funds when its balance covers fewer than this many slots.
  public var founderingSlots: Int64
  /// How many slots' worth an ICON asks for when foundering.
  public var fundingRequestSlots: Int64
  /// A replica is only deployed if it can be given at least this many slots' worth of budget.
  public var replicaMinimumSlots: Int64
  /// How long a redirect stub left behind a moved or terminated ICON answers.
  public var stubTTL: Duration
  /// How long a soft-terminated ICON stays restorable at its yard.
  public var softTerminationPeriod: Duration
  /// How long an ICON waits for an answer to a site claim or an attach request.
  public var requestTimeout: Duration
  /// How long an election collects candidates before the winner is chosen.
  public var electionWindow: Duration
  /// How many replications (to different sites, for disjoint client groups) one decision may start.
  public var actionsPerDecision: Int

  /// A policy; every parameter has a default that works without configuration.
  public init(
    version: UInt64 = 1,
    weight: Double = 0.5,
    priceScale: Money = 1,
    latencyScale: Double = 1_000,
    migrationThreshold: Double = 0.15,
    replicationThreshold: Double = 0.15,
    terminationThreshold: Double = 0,
    reportPeriod: Duration = .seconds(5),
    decisionPeriod: Duration = .seconds(10),
    smoothingWindow: Duration = .seconds(30),
    actionCooldown: Duration = .seconds(60),
    missedReportsBeforeFailure: Int = 3,
    minimumSubnetRate: Double = 0.5,
    founderingSlots: Int64 = 2,
    fundingRequestSlots: Int64 = 5,
    replicaMinimumSlots: Int64 = 3,
    stubTTL: Duration = .seconds(300),
    softTerminationPeriod: Duration = .seconds(600),
    requestTimeout: Duration = .seconds(10),
    electionWindow: Duration = .seconds(5),
    actionsPerDecision: Int = 1
  ) {
    self.version = version
    self.weight = weight
    self.priceScale = priceScale
    self.latencyScale = latencyScale
    self.migrationThreshold = migrationThreshold
    self.replicationThreshold = replicationThreshold
    self.terminationThreshold = terminationThreshold
    self.reportPeriod = reportPeriod
    self.decisionPeriod = decisionPeriod
    self.smoothingWindow = smoothingWindow
    self.actionCooldown = actionCooldown
    self.missedReportsBeforeFailure = missedReportsBeforeFailure
    self.minimumSubnetRate = minimumSubnetRate
    self.founderingSlots = founderingSlots
    self.fundingRequestSlots = fundingRequestSlots
    self.replicaMinimumSlots = replicaMinimumSlots
    self.stubTTL = stubTTL
    self.softTerminationPeriod = softTerminationPeriod
    self.requestTimeout = requestTimeout
    self.electionWindow = electionWindow
    self.actionsPerDecision = actionsPerDecision
  }

  /// How long without a report or acknowledgement before a peer counts as failed.
  public var heartbeatTimeout: Duration { reportPeriod * missedReportsBeforeFailure }

  /// What is wrong with this policy, one sentence per problem; empty when it is usable.
  public var problems: [String] {
    var found: [String] = []
    if !(0...1).contains(weight) { found.append("weight must be between 0 and 1, got \(weight)") }
    if priceScale <= .zero { found.append("priceScale must be positive") }
    if !(latencyScale > 0) { found.append("latencyScale must be positive") }
    for (name, value) in [
      ("migrationThreshold", migrationThreshold), ("replicationThreshold", replicationThreshold),
    ] where !(0..<1).contains(value) {
      found.append("\(name) must be in [0, 1), got \(value)")
    }
    if !terminationThreshold.isFinite { found.append("terminationThreshold must be finite") }
    for (name, value) in [
      ("reportPeriod", reportPeriod), ("decisionPeriod", decisionPeriod),
      ("smoothingWindow", smoothingWindow), ("requestTimeout", requestTimeout),
      ("electionWindow", electionWindow),
    ] where value <= .zero {
      found.append("\(name) must be positive")
    }
    if actionCooldown < .zero { found.append("actionCooldown must not be negative") }
    if missedReportsBeforeFailure < 1 { found.append("missedReportsBeforeFailure must be at least 1") }
    if actionsPerDecision < 1 { found.append("actionsPerDecision must be at least 1") }
    if minimumSubnetRate < 0 { found.append("minimumSubnetRate must not be negative") }
    if founderingSlots < 1 || fundingRequestSlots < 1 || replicaMinimumSlots < 1 {
      found.append("founderingSlots, fundingRequestSlots and replicaMinimumSlots must be at least 1")
    }
    return found
  }
}
