import CoreMetrics
import Prometheus

/// One process's metrics (a yard's or an agent's), made through swift-metrics into a Prometheus
/// registry of its own and written in Prometheus's text format. Every label value comes from a small
/// closed set (kinds of message, decision, refusal or route, a top-N of subnets), so the number of
/// series stays bounded whatever the input.
final class MetricsRegistry: Sendable {
  private let registry = PrometheusCollectorRegistry()
  private let factory: PrometheusMetricsFactory

  /// Buckets of the request duration histograms, from 1 ms to 10 s.
  static let durationBuckets: [Duration] = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000].map {
    .milliseconds($0)
  }

  init() {
    var factory = PrometheusMetricsFactory(registry: registry)
    factory.defaultDurationHistogramBuckets = Self.durationBuckets
    self.factory = factory
  }

  /// The counter `name` with `labels` (the same series each time it is asked for).
  func counter(_ name: String, _ labels: [(String, String)] = []) -> CoreMetrics.Counter {
    CoreMetrics.Counter(label: name, dimensions: labels, factory: factory)
  }

  /// A counter of `name` that takes fractions (amounts of money).
  func amountCounter(_ name: String, _ labels: [(String, String)] = []) -> CoreMetrics.FloatingPointCounter {
    CoreMetrics.FloatingPointCounter(label: name, dimensions: labels, factory: factory)
  }

  /// The gauge `name` with `labels`.
  func gauge(_ name: String, _ labels: [(String, String)] = []) -> CoreMetrics.Gauge {
    CoreMetrics.Gauge(label: name, dimensions: labels, factory: factory)
  }

  /// The histogram of durations `name`.
  func timer(_ name: String, _ labels: [(String, String)] = []) -> CoreMetrics.Timer {
    CoreMetrics.Timer(label: name, dimensions: labels, factory: factory)
  }

  /// Every metric in Prometheus's text exposition format (version 0.0.4).
  var text: String { registry.emitToString() }

  /// The media type of ``text``.
  static let contentType = "text/plain; version=0.0.4; charset=utf-8"
}
