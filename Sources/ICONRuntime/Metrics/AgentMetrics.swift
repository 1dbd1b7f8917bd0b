import CoreMetrics
import ICONCore
import Synchronization

/// What an agent counts and shows at `GET /_icon/metrics`: client requests by outcome and their
/// duration, decisions by kind, control messages by direction and kind, refusals by reason, lease
/// payments, discovery work, and, read when scraped, its balance, the utility of its site and its
/// busiest client subnets (at most ``topSubnets`` of them).
final class AgentMetrics: Sendable {
  private let registry = MetricsRegistry()
  /// Client requests proxied to the workload and answered.
  let served: CoreMetrics.Counter
  /// Client requests sent elsewhere: to a closer child, or after the ICON moved or terminated.
  let redirected: CoreMetrics.Counter
  /// Client requests that failed here: the workload did not answer, or the ICON was not yet running.
  let failed: CoreMetrics.Counter
  /// How long served requests took as their clients felt it.
  let duration: CoreMetrics.Timer
  private let subnetGauges = Mutex<[SubnetID: CoreMetrics.Gauge]>([:])

  /// The most client subnets shown by name; the rest only count in the totals.
  static let topSubnets = 10

  init() {
    let outcome = "icon_client_requests_total"
    served = registry.counter(outcome, [("outcome", "served")])
    redirected = registry.counter(outcome, [("outcome", "redirected")])
    failed = registry.counter(outcome, [("outcome", "failed")])
    duration = registry.timer("icon_client_request_duration_seconds")
  }

  /// The engine noted `note`: a migration, replication, termination, election and the like.
  func noted(_ note: EngineNote) {
    registry.counter("icon_decisions_total", [("kind", note.kind)]).increment()
  }

  /// A control message went out to a peer.
  func sent(_ message: Message) {
    registry.counter("icon_control_messages_total", [("direction", "sent"), ("kind", message.kind)])
      .increment()
  }

  /// A control message came in and was accepted.
  func received(_ message: Message) {
    registry.counter("icon_control_messages_total", [("direction", "received"), ("kind", message.kind)])
      .increment()
  }

  /// A control request was refused: by the engine (a ``Refusal`` kind) or at the door (a trust failure).
  func refused(_ reason: String) {
    registry.counter("icon_control_refused_total", [("reason", reason)]).increment()
  }

  /// A lease slot was paid.
  func leasePaid(_ amount: Money) {
    registry.counter("icon_lease_payments_total").increment()
    registry.amountCounter("icon_lease_paid_credits_total").increment(by: amount.credits)
  }

  /// Discovery did one piece of work: a path trace, a DNS lookup of a type, an offer check.
  func discovered(_ kind: String) {
    registry.counter("icon_discovery_lookups_total", [("kind", kind)]).increment()
  }

  /// What is read when scraped.
  struct Reading {
    var balance: Money
    var spent: Money
    var utility: Double?
    var children: Int
    var requestsPerSecond: Double
    var subnets: [SubnetID: Double]
  }

  /// The metrics in Prometheus's text format, with `reading` as the gauges' values.
  func text(with reading: Reading) -> String {
    registry.gauge("icon_balance_credits").record(reading.balance.credits)
    registry.gauge("icon_spent_credits").record(reading.spent.credits)
    registry.gauge("icon_children").record(reading.children)
    registry.gauge("icon_requests_per_second").record(reading.requestsPerSecond)
    if let utility = reading.utility { registry.gauge("icon_site_utility").record(utility) }
    let top = reading.subnets.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(Self.topSubnets)
    subnetGauges.withLock { gauges in
      for subnet in Set(gauges.keys).subtracting(top.map(\.key)) {
        gauges.removeValue(forKey: subnet)?.destroy()
      }
      for (subnet, rate) in top {
        let gauge =
          gauges[subnet] ?? registry.gauge("icon_subnet_requests_per_second", [("subnet", subnet.rawValue)])
        gauges[subnet] = gauge
        gauge.record(rate)
      }
    }
    return registry.text
  }
}
