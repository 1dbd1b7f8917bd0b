import Foundation

/// Turns raw traffic samples into per-subnet request rates and latencies, smoothed with an exponential
/// moving average so that decisions do not flicker with momentary demand (paper §4.2, "Stability").
public struct DemandObserver: Hashable, Codable, Sendable {
  private struct Pending: Hashable, Codable, Sendable {
    var requests = 0
    var totalLatency = 0.0

    mutating func add(_ sample: TrafficSample) {
      requests += sample.requests
      totalLatency += sample.totalLatency
    }
  }

  private var pending: [SubnetID: Pending] = [:]
  private var lastFold: Instant?
  /// Smoothed observations by subnet, updated at every ``fold(now:window:)``.
  public private(set) var observations: [SubnetID: SubnetObservation] = [:]
  /// The keys of `observations`, sorted: the order in which sums over subnets are taken, so they come
  /// out the same in every process.
  public private(set) var subnets: [SubnetID] = []
  /// Changes whenever the set of observed subnets does.
  public private(set) var subnetsVersion: UInt64 = 0

  /// An observer that has seen nothing yet.
  public init() {}

  /// True if samples were recorded since the last fold.
  public var hasPendingSamples: Bool { !pending.isEmpty }

  /// Records a sample; it takes effect at the next fold.
  public mutating func record(_ sample: TrafficSample) {
    guard sample.requests > 0 else { return }
    pending[sample.subnet, default: Pending()].add(sample)
  }

  /// Folds the samples recorded since the previous fold into the smoothed observations. The smoothing
  /// factor is `1 - exp(-Δt / window)`, so the result does not depend on how often the fold runs; a
  /// subnet seen for the first time starts at its observed rate and latency.
  public mutating func fold(now: Instant, window: Duration) {
    defer {
      if !pending.isEmpty { pending.removeAll(keepingCapacity: true) }
      lastFold = now
    }
    guard let last = lastFold else { return }
    let elapsed = (now - last).inSeconds
    guard elapsed > 0 else { return }
    let alpha = 1 - exp(-elapsed / max(window.inSeconds, 1e-9))
    var dropped: [SubnetID] = []
    var folded = 0
    // walked by hand: `observations.indices` would hold a second reference to the storage, and the
    // first write through it would copy the whole dictionary
    var position = observations.startIndex
    while position != observations.endIndex {
      let subnet = observations.keys[position]
      let seen = pending.isEmpty ? Pending() : pending[subnet] ?? Pending()
      if seen.requests > 0 { folded += 1 }
      let observedRate = Double(seen.requests) / elapsed
      let entry = observations.values[position]
      let meanLatency = seen.requests > 0 ? seen.totalLatency / Double(seen.requests) : entry.latency
      observations.values[position].latency += alpha * (meanLatency - entry.latency)
      observations.values[position].rate += alpha * (observedRate - entry.rate)
      if observations.values[position].rate < 1e-3 && seen.requests == 0 { dropped.append(subnet) }
      observations.formIndex(after: &position)
    }
    for subnet in dropped { observations[subnet] = nil }
    // subnets pending but not folded above are seen for the first time: they start at what was seen,
    // rather than ramping up from zero (a dropped subnet had no samples, so it is not among them)
    let firstSeen = pending.count - folded
    if firstSeen > 0 {
      for (subnet, seen) in pending where observations[subnet] == nil {
        observations[subnet] = SubnetObservation(
          rate: Double(seen.requests) / elapsed, latency: seen.totalLatency / Double(seen.requests))
      }
    }
    if !dropped.isEmpty || firstSeen > 0 { subnetsChanged() }
  }

  /// Forgets a subnet, for example after its clients were handed to a replica.
  public mutating func forget(_ subnets: some Sequence<SubnetID>) {
    var changed = false
    for subnet in subnets {
      if observations.removeValue(forKey: subnet) != nil { changed = true }
      pending[subnet] = nil
    }
    if changed { subnetsChanged() }
  }

  /// After a move: the latencies observed so far were those of the old site, so each subnet's latency
  /// (and that of samples not yet folded) becomes `estimate` at the new site, where one is known.
  public mutating func relocate(estimate: (SubnetID) -> Double?) {
    for position in observations.indices {
      if let latency = estimate(observations.keys[position]) {
        observations.values[position].latency = latency
      }
    }
    for position in pending.indices {
      if let latency = estimate(pending.keys[position]) {
        pending.values[position].totalLatency = latency * Double(pending.values[position].requests)
      }
    }
  }

  private mutating func subnetsChanged() {
    subnets = observations.keys.sorted()
    subnetsVersion += 1
  }
}
