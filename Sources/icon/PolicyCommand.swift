import ArgumentParser
import Foundation
import ICONCore

/// `icon policy`: prints an owner policy as JSON.
struct PolicyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "policy",
    abstract: "Print the owner policy (defaults, or with your changes) as JSON.",
    discussion: """
      Every ICON of an application follows one owner policy. Durations are in seconds, money in \
      credits. See docs/decisions.md for what each threshold does, with worked examples.
      """
  )

  @OptionGroup var parameters: PolicyOptions

  func run() throws {
    let policy = try parameters.policy()
    print(try PolicyJSON.render(policy))
  }
}

/// The owner parameters most often changed, as command-line options.
struct PolicyOptions: ParsableArguments {
  @Option(help: "Weight w of latency against cost, between 0 and 1.")
  var weight: Double?
  @Option(help: "Relative utility improvement needed to migrate, in [0, 1).")
  var migrationThreshold: Double?
  @Option(help: "Relative utility improvement needed to replicate, in [0, 1).")
  var replicationThreshold: Double?
  @Option(help: "Value below which an ICON terminates (utility units).")
  var terminationThreshold: Double?
  @Option(help: "Credits per slot that count as one unit of cost.")
  var priceScale: Double?
  @Option(help: "Demand-weighted latency (req/s × ms) that counts as one unit of latency.")
  var latencyScale: Double?

  /// The default policy with the given options applied; throws a validation error naming each problem.
  func policy() throws -> OwnerPolicy {
    var policy = OwnerPolicy()
    apply(to: &policy)
    let problems = policy.problems
    guard problems.isEmpty else { throw ValidationError(problems.joined(separator: "\n")) }
    return policy
  }

  /// Sets the given options on `policy`.
  func apply(to policy: inout OwnerPolicy) {
    if let weight { policy.weight = weight }
    if let migrationThreshold { policy.migrationThreshold = migrationThreshold }
    if let replicationThreshold { policy.replicationThreshold = replicationThreshold }
    if let terminationThreshold { policy.terminationThreshold = terminationThreshold }
    if let priceScale { policy.priceScale = .credits(priceScale) }
    if let latencyScale { policy.latencyScale = latencyScale }
  }
}

/// Renders a policy for people: seconds and credits rather than the wire encoding.
enum PolicyJSON {
  static func render(_ policy: OwnerPolicy) throws -> String {
    let fields: [String: Any] = [
      "version": policy.version,
      "weight": policy.weight,
      "price_scale_credits": policy.priceScale.credits,
      "latency_scale_req_ms": policy.latencyScale,
      "migration_threshold": policy.migrationThreshold,
      "replication_threshold": policy.replicationThreshold,
      "termination_threshold": policy.terminationThreshold,
      "report_period_s": policy.reportPeriod.inSeconds,
      "decision_period_s": policy.decisionPeriod.inSeconds,
      "smoothing_window_s": policy.smoothingWindow.inSeconds,
      "action_cooldown_s": policy.actionCooldown.inSeconds,
      "missed_reports_before_failure": policy.missedReportsBeforeFailure,
      "minimum_subnet_rate": policy.minimumSubnetRate,
      "foundering_slots": policy.founderingSlots,
      "funding_request_slots": policy.fundingRequestSlots,
      "replica_minimum_slots": policy.replicaMinimumSlots,
      "stub_ttl_s": policy.stubTTL.inSeconds,
      "soft_termination_period_s": policy.softTerminationPeriod.inSeconds,
      "request_timeout_s": policy.requestTimeout.inSeconds,
      "election_window_s": policy.electionWindow.inSeconds,
      "actions_per_decision": policy.actionsPerDecision,
    ]
    let data = try JSONSerialization.data(withJSONObject: fields, options: [.prettyPrinted, .sortedKeys])
    return String(decoding: data, as: UTF8.self)
  }
}
