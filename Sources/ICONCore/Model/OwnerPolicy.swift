/// The owner's parameters: the only way an owner steers its ICONs. They flow down the tree; a newer
/// `version` replaces an older one.
///
/// Thresholds are explained with worked examples in `docs/decisions.md`.
public struct OwnerPolicy: Hashable, Codable, Sendable, CustomReflectable {
  /// The values, held by reference: copies of one policy (every ICON of a tree holds one) share one block
  /// of memory, and the engines and messages that hold a policy stay small. A change makes a new block.
  private var storage: Storage

  /// Increases with every change the owner makes; ICONs keep the highest version they have seen.
  public var version: UInt64 {
    get { storage.values.version }
    set { change { $0.version = newValue } }
  }
  /// `w` in Eq. (1): 0 cares only about cost, 1 only about latency.
  public var weight: Double {
    get { storage.values.weight }
    set { change { $0.weight = newValue } }
  }
  /// Money per slot that counts as one unit of cost in the utility.
  public var priceScale: Money {
    get { storage.values.priceScale }
    set { change { $0.priceScale = newValue } }
  }
  /// Demand-weighted latency (req/s × ms) that counts as one unit of latency in the utility.
  public var latencyScale: Double {
    get { storage.values.latencyScale }
    set { change { $0.latencyScale = newValue } }
  }
  /// Minimum relative utility improvement, `(U_here - U_there) / U_here`, for a migration.
  public var migrationThreshold: Double {
    get { storage.values.migrationThreshold }
    set { change { $0.migrationThreshold = newValue } }
  }
  /// Minimum relative utility improvement for deploying a replica.
  public var replicationThreshold: Double {
    get { storage.values.replicationThreshold }
    set { change { $0.replicationThreshold = newValue } }
  }
  /// Minimum relative utility improvement for a replica an ICON deploys as it settles on the clients its
  /// own last action left it (with ``actionsPerDecision`` above one; see `docs/decisions.md`).
  public var settlingThreshold: Double {
    get { storage.values.settlingThreshold }
    set { change { $0.settlingThreshold = newValue } }
  }
  /// An ICON whose value (utility saved by its existence, see `docs/decisions.md`) falls below this
  /// terminates.
  public var terminationThreshold: Double {
    get { storage.values.terminationThreshold }
    set { change { $0.terminationThreshold = newValue } }
  }
  /// How often a child reports to its parent (and the parent acknowledges).
  public var reportPeriod: Duration {
    get { storage.values.reportPeriod }
    set { change { $0.reportPeriod = newValue } }
  }
  /// How often an ICON evaluates migration, replication and termination.
  public var decisionPeriod: Duration {
    get { storage.values.decisionPeriod }
    set { change { $0.decisionPeriod = newValue } }
  }
  /// Time constant of the exponential smoothing of per-subnet rates and latencies.
  public var smoothingWindow: Duration {
    get { storage.values.smoothingWindow }
    set { change { $0.smoothingWindow = newValue } }
  }
  /// Quiet time after an ICON starts or acts before it may act again.
  public var actionCooldown: Duration {
    get { storage.values.actionCooldown }
    set { change { $0.actionCooldown = newValue } }
  }
  /// Reports (or acknowledgements) missed in a row before a peer is declared failed.
  public var missedReportsBeforeFailure: Int {
    get { storage.values.missedReportsBeforeFailure }
    set { change { $0.missedReportsBeforeFailure = newValue } }
  }
  /// Subnets whose smoothed rate is below this (req/s) are ignored by decisions.
  public var minimumSubnetRate: Double {
    get { storage.values.minimumSubnetRate }
    set { change { $0.minimumSubnetRate = newValue } }
  }
  /// An ICON asks for funds when its balance covers fewer than this many slots.
  public var founderingSlots: Int64 {
    get { storage.values.founderingSlots }
    set { change { $0.founderingSlots = newValue } }
  }
  /// How many slots' worth an ICON asks for when foundering.
  public var fundingRequestSlots: Int64 {
    get { storage.values.fundingRequestSlots }
    set { change { $0.fundingRequestSlots = newValue } }
  }
  /// A replica is only deployed if it can be given at least this many slots' worth of budget.
  public var replicaMinimumSlots: Int64 {
    get { storage.values.replicaMinimumSlots }
    set { change { $0.replicaMinimumSlots = newValue } }
  }
  /// How long a redirect stub left behind a moved or terminated ICON answers.
  public var stubTTL: Duration {
    get { storage.values.stubTTL }
    set { change { $0.stubTTL = newValue } }
  }
  /// How long a soft-terminated ICON stays restorable at its yard.
  public var softTerminationPeriod: Duration {
    get { storage.values.softTerminationPeriod }
    set { change { $0.softTerminationPeriod = newValue } }
  }
  /// How long an ICON waits for an answer to a site claim or an attach request.
  public var requestTimeout: Duration {
    get { storage.values.requestTimeout }
    set { change { $0.requestTimeout = newValue } }
  }
  /// How long an election collects candidates before the winner is chosen.
  public var electionWindow: Duration {
    get { storage.values.electionWindow }
    set { change { $0.electionWindow = newValue } }
  }
  /// How many replications (to different sites, for disjoint client groups) one decision may start.
  public var actionsPerDecision: Int {
    get { storage.values.actionsPerDecision }
    set { change { $0.actionsPerDecision = newValue } }
  }

  /// The default policy: every parameter has a default that works without configuration
  /// (`icon policy` prints them).
  public init() { storage = Storage(Values()) }

  /// The default policy with the changes `configure` makes: `OwnerPolicy { $0.weight = 0.8 }`.
  public init(_ configure: (inout OwnerPolicy) -> Void) {
    self.init()
    configure(&self)
  }

  /// How long without a report or acknowledgement before a peer counts as failed.
  public var heartbeatTimeout: Duration { storage.heartbeatTimeout }

  /// What is wrong with this policy, one sentence per problem; empty when it is usable.
  public var problems: [String] {
    OwnerParameter.all.compactMap { parameter in
      parameter.problem(with: parameter.value(in: self)).map { "\(parameter.key) \($0)" }
    }
  }

  /// The stored values of a policy (see the properties of the same names).
  private struct Values: Hashable, Codable, Sendable {
    var version: UInt64 = 1
    var weight: Double = 0.5
    var priceScale: Money = 1
    var latencyScale: Double = 1_000
    var migrationThreshold: Double = 0.15
    var replicationThreshold: Double = 0.15
    var settlingThreshold: Double = 0.10
    var terminationThreshold: Double = 0
    var reportPeriod: Duration = .seconds(5)
    var decisionPeriod: Duration = .seconds(10)
    var smoothingWindow: Duration = .seconds(30)
    var actionCooldown: Duration = .seconds(60)
    var missedReportsBeforeFailure: Int = 3
    var minimumSubnetRate: Double = 0.5
    var founderingSlots: Int64 = 2
    var fundingRequestSlots: Int64 = 5
    var replicaMinimumSlots: Int64 = 3
    var stubTTL: Duration = .seconds(300)
    var softTerminationPeriod: Duration = .seconds(600)
    var requestTimeout: Duration = .seconds(10)
    var electionWindow: Duration = .seconds(5)
    var actionsPerDecision: Int = 1
  }

  private final class Storage: Sendable {
    let values: Values
    /// Worked out once: every heartbeat asks for it, and multiplying a `Duration` is slow.
    let heartbeatTimeout: Duration

    init(_ values: Values) {
      self.values = values
      heartbeatTimeout = values.reportPeriod * values.missedReportsBeforeFailure
    }
  }

  private mutating func change(_ body: (inout Values) -> Void) {
    var values = storage.values
    body(&values)
    storage = Storage(values)
  }

  public static func == (lhs: OwnerPolicy, rhs: OwnerPolicy) -> Bool {
    lhs.storage === rhs.storage || lhs.storage.values == rhs.storage.values
  }

  public func hash(into hasher: inout Hasher) { storage.values.hash(into: &hasher) }

  /// Encoded as its values: one object with a key per property.
  public init(from decoder: any Decoder) throws { storage = Storage(try Values(from: decoder)) }

  public func encode(to encoder: any Encoder) throws { try storage.values.encode(to: encoder) }

  /// The values, shown as a plain struct of them would show (and the same in every process).
  public var customMirror: Mirror {
    Mirror(self, children: Mirror(reflecting: storage.values).children, displayStyle: .struct)
  }
}
