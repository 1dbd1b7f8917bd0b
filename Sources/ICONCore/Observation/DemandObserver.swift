import Foundation

/// Turns raw traffic samples into per-subnet request rates and latencies, smoothed with an exponential
/// moving average so that decisions do not flicker with momentary demand (paper §4.2, "Stability").
public struct DemandObserver: Hashable, Sendable {
  private struct Pending: Hashable, Sendable {
    var requests = 0
    var totalLatency = 0.0
  }

  private var pending: [SubnetID: Pending] = [:]
  private var lastFold: Instant?
  /// Smoothed observations by subnet, updated at every ``fold(now:window:)``.
  public private(set) var observations: [SubnetID: SubnetObservation] = [:]

  /// An observer that has seen nothing yet.
  public init() {}

  /// Records a sample; it takes effect at the next fold.
  public mutating func record(_ sample: TrafficSample) {
    guard sample.requests > 0 else { return }
    pending[sample.subnet, default: Pending()].requests += sample.requests
    pending[sample.subnet, default: Pending()].totalLatency += sample.totalLatency
  }

  /// Folds the samples recorded since the previous fold into the smoothed observations. The smoothing
  /// factor is `1 - exp(-Δt / window)`, so the result does not depend on how often the fold runs.
  public mutating func fold(now: Instant, window: Duration) {
    defer {
      pending.removeAll(keepingCapacity: true)
      lastFold = now
    }
    guard let last = lastFold else { return }
    let elapsed = (now - last).inSeconds
    guard elapsed > 0 else { return }
    let alpha = 1 - exp(-elapsed / max(window.inSeconds, 1e-9))
    for subnet in Set(observations.keys).union(pending.keys) {
      let seen = pending[subnet] ?? Pending()
      let observedRate = Double(seen.requests) / elapsed
      var entry = observations[subnet] ?? SubnetObservation(rate: 0, latency: 0)
      let meanLatency = seen.requests > 0 ? seen.totalLatency / Double(seen.requests) : entry.latency
      entry.latency = entry.rate == 0 ? meanLatency : entry.latency + alpha * (meanLatency - entry.latency)
      entry.rate += alpha * (observedRate - entry.rate)
      if entry.rate < 1e-3 && seen.requests == 0 {
        observations[subnet] = nil
      } else {
        observations[subnet] = entry
      }
    }
  }

  /// Forgets a subnet, for example after its clients were handed to a replica.
  public mutating func forget(_ subnets: some Sequence<SubnetID>) {
    for subnet in subnets {
      observations[subnet] = nil
      pending[subnet] = nil
    }
  }
}
