import CoreMetrics
import ICONCore

/// What a yard counts and shows at `GET /metrics`: API requests by route and status class, refused
/// requests by reason, deployments, lease payments received, and, read when scraped, its instances by
/// state and its free slots.
final class YardMetrics: Sendable {
  private let registry = MetricsRegistry()

  /// An API request to `route` (a route's name, from a closed set) was answered with `status`.
  func answered(_ route: String, status: Int) {
    registry.counter(
      "icon_yard_requests_total", [("route", route), ("status", "\(min(max(status / 100, 1), 5))xx")]
    )
    .increment()
  }

  /// A request was refused at the door, for a trust failure of kind `reason`.
  func refused(_ reason: String) {
    registry.counter("icon_yard_refused_total", [("reason", reason)]).increment()
  }

  /// An instance was deployed here.
  func deployed() { registry.counter("icon_yard_deployments_total").increment() }

  /// A lease payment of `amount` was recorded.
  func leasePaid(_ amount: Money) {
    registry.counter("icon_yard_lease_payments_total").increment()
    registry.amountCounter("icon_yard_lease_credits_total").increment(by: amount.credits)
  }

  /// The metrics in Prometheus's text format, with `instances` (by state) and `freeSlots` read now.
  func text(instances: [InstanceRecord.State: Int], freeSlots: Int) -> String {
    for state in InstanceRecord.State.allCases {
      registry.gauge("icon_yard_instances", [("state", state.rawValue)]).record(instances[state] ?? 0)
    }
    registry.gauge("icon_yard_free_slots").record(freeSlots)
    return registry.text
  }
}
