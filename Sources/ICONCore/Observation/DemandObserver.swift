import Foundation

/// Turns raw traffic samples into per-subnet request rates and latencies, smoothed with an exponential
/// moving average so that decisions do not flicker with momentary demand (paper §4.2, "Stability").
public struct DemandObserver: Hashable, Codable, Sendable {
  private struct Pending: Hashable, Codable, Sendable {
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
  /// factor is `1 - exp(-Δt / window)`, so the result does not depend on how often the fold runs; a
  /// subnet seen for the first time starts at its observed rate and latency.
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
      guard var entry = observations[subnet] else {
        // a new subnet starts at what was seen, rather than ramping up from zero
        observations[subnet] = SubnetObservation(
          rate: observedRate, latency: seen.totalLatency / Double(seen.requests))
        continue
      }
      let meanLatency = seen.requests > 0 ? seen.totalLatency / Double(seen.requests) : entry.latency
      entry.latency += alpha * (meanLatency - entry.latency)
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
