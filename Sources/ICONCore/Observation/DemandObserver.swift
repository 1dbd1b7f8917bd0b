import Foundation

/// Turns raw traffic samples into per-subnet request rates and latencies, smoothed with an exponential
/// moving average so that decisions do not flicker with momentary demand (paper §4.2, "Stability").
///
/// Observed subnets are kept in subnet order, each with the samples recorded for it since the last fold,
/// so a fold and a sum over subnets walk one array and hash nothing; only recording a sample looks its
/// subnet up.
public struct DemandObserver: Hashable, Codable, Sendable {
  private struct Pending: Hashable, Codable, Sendable {
    var requests = 0
    var totalLatency = 0.0

    mutating func add(_ sample: TrafficSample) {
      requests += sample.requests
      totalLatency += sample.totalLatency
    }
  }

  /// An observed subnet's smoothed observation and the samples not yet folded into it.
  private struct Tally: Hashable, Codable, Sendable {
    var observation: SubnetObservation
    var pending = Pending()
    /// How long the subnet has sent nothing.
    var silence: Double = 0
    /// How long it has been observed.
    var observed: Double = 0
    /// Its longest gap that ended with requests: the silence before a fold that brought some and the span
    /// since the fold before it, in which they may have come at any time.
    var longestGap: Double = 0

    /// True once the subnet's rate has faded to nothing and no new samples came in: it is dropped.
    var hasFaded: Bool { observation.rate < 1e-3 && pending.requests == 0 }
  }

  private var lastFold: Instant?
  /// The observed subnets, sorted: the order in which sums over subnets are taken, so they come out the
  /// same in every process.
  public private(set) var subnets: [SubnetID] = []
  /// The tally of each subnet in `subnets`, at the same position.
  private var tallies: [Tally] = []
  /// The position of each observed subnet in `subnets`.
  private var positions: [SubnetID: Int] = [:]
  /// Samples of subnets not observed yet.
  private var arrivals: [SubnetID: Pending] = [:]
  /// True if any sample was recorded since the last fold (some may have been forgotten since).
  private var recordedSinceFold = false
  /// Changes whenever the set of observed subnets does.
  public private(set) var subnetsVersion: UInt64 = 0

  /// An observer that has seen nothing yet.
  public init() {}

  /// Smoothed observations by subnet, as of the last ``fold(now:window:)``.
  public var observations: [SubnetID: SubnetObservation] {
    Dictionary(uniqueKeysWithValues: zip(subnets, tallies.lazy.map(\.observation)))
  }

  /// The smoothed demand of each subnet, in subnet order, at the latencies observed.
  public var orderedDemand: [ServedDemand] {
    zip(subnets, tallies).map { ServedDemand(subnet: $0, observation: $1.observation) }
  }

  /// The smoothed demand of the subnets still sending at `now`, in subnet order, at the latencies
  /// observed: all but the quiet ones, steady subnets (observed for a whole `window`, their longest gap
  /// shorter than this silence) silent since the fold that brought their latest requests for as long
  /// as their rate would take to send ``missedRequestsOfAQuietSubnet`` requests. Folded as each batch
  /// comes, that fold is the batch.
  public func sendingDemand(now: Instant, window: Duration) -> [ServedDemand] {
    let sinceFold = lastFold.map { (now - $0).inSeconds } ?? 0
    return zip(subnets, tallies).compactMap { subnet, tally in
      let silence = tally.pending.requests > 0 ? 0 : tally.silence + sinceFold
      let steady = tally.observed >= window.inSeconds && silence > tally.longestGap
      let quiet = steady && silence * tally.observation.rate >= Self.missedRequestsOfAQuietSubnet
      return quiet ? nil : ServedDemand(subnet: subnet, observation: tally.observation)
    }
  }

  /// True if some subnet's smoothed rate is at least `rate`.
  public func servesAny(atLeast rate: Double) -> Bool { tallies.contains { $0.observation.rate >= rate } }

  /// The observation of `subnets[position]`.
  public func observation(at position: Int) -> SubnetObservation { tallies[position].observation }

  /// The observation of `subnet`, if it is observed.
  public func observation(of subnet: SubnetID) -> SubnetObservation? {
    positions[subnet].map { tallies[$0].observation }
  }

  /// Records a sample; it takes effect at the next fold.
  public mutating func record(_ sample: TrafficSample) {
    guard sample.requests > 0 else { return }
    recordedSinceFold = true
    if let position = positions[sample.subnet] {
      tallies[position].pending.add(sample)
    } else {
      arrivals[sample.subnet, default: Pending()].add(sample)
    }
  }

  /// Records samples; with them in subnet order, as a shell that feeds the same clients every time can
  /// keep them, each subnet already observed is found without a lookup.
  public mutating func record(_ samples: [TrafficSample]) {
    var next = 0
    for sample in samples where sample.requests > 0 {
      if next < subnets.count, subnets[next] == sample.subnet {
        recordedSinceFold = true
        tallies[next].pending.add(sample)
        next += 1
      } else {
        record(sample)
        next = positions[sample.subnet].map { $0 + 1 } ?? next
      }
    }
  }

  /// Folds the samples recorded since the previous fold into the smoothed observations. The smoothing
  /// factor is `1 - exp(-Δt / window)`, so the result does not depend on how often the fold runs; a
  /// subnet seen for the first time starts at its observed rate and latency.
  public mutating func fold(now: Instant, window: Duration) {
    defer {
      if recordedSinceFold { clearPending() }
      lastFold = now
    }
    guard let last = lastFold else { return }
    let elapsed = (now - last).inSeconds
    guard elapsed > 0 else { return }
    let alpha = 1 - exp(-elapsed / max(window.inSeconds, 1e-9))
    var dropped = false
    for position in tallies.indices {
      let seen = tallies[position].pending
      let entry = tallies[position].observation
      let observedRate = Double(seen.requests) / elapsed
      let meanLatency = seen.requests > 0 ? seen.totalLatency / Double(seen.requests) : entry.latency
      tallies[position].observation.latency += alpha * (meanLatency - entry.latency)
      tallies[position].observation.rate += alpha * (observedRate - entry.rate)
      tallies[position].observed += elapsed
      if seen.requests > 0 {
        // the batch's requests came at some time since the previous fold: as long a gap may have ended
        let gap = tallies[position].silence + elapsed
        tallies[position].longestGap = max(tallies[position].longestGap, gap)
        tallies[position].silence = 0
      } else {
        tallies[position].silence += elapsed
      }
      // as a new subnet counts at once, a gone one stops counting at once, rather than fading over
      // several windows
      let tally = tallies[position]
      if Self.hasGone(
        silence: tally.silence, rate: tally.observation.rate, window: window.inSeconds,
        observed: tally.observed,
        longestGap: tally.longestGap)
      {
        tallies[position].observation.rate = 0
      }
      if tallies[position].hasFaded { dropped = true }
    }
    guard dropped || !arrivals.isEmpty else { return }
    var kept = zip(subnets, tallies).filter { !$0.1.hasFaded }
    // subnets seen for the first time start at what was seen, rather than ramping up from zero
    for (subnet, seen) in arrivals {
      let observation = SubnetObservation(
        rate: Double(seen.requests) / elapsed, latency: seen.totalLatency / Double(seen.requests))
      kept.append((subnet, Tally(observation: observation)))
    }
    replaceSubnets(with: kept)
  }

  /// Requests a subnet would have sent at its smoothed rate in a silence that says it has gone: a
  /// steady (Poisson) source at that rate stays silent so long with probability e⁻¹⁰.
  public static let missedRequestsOfAGoneSubnet = 10.0

  /// Requests a steady subnet would have sent at its smoothed rate in a silence that makes it quiet:
  /// likely gone (a steady source at that rate stays silent so long with probability e⁻³), though not
  /// counted gone yet. New clients are placed without the quiet subnets: when clients move, the new
  /// subnets' first requests come while the old ones' silence is too short to count them gone.
  public static let missedRequestsOfAQuietSubnet = 3.0

  /// True once a subnet silent for `silence` seconds, at smoothed `rate` requests per second, has gone:
  /// it has been silent for a whole smoothing `window`; or it has been steady (`observed` for a whole
  /// window, its `longestGap` of silence less than half this one) and silent for as long as its rate
  /// would take to send ``missedRequestsOfAGoneSubnet`` requests. A busy, steady subnet that stops is
  /// noticed in a fraction of the window; a sparse or bursty one keeps counting for the whole window.
  public static func hasGone(
    silence: Double, rate: Double, window: Double, observed: Double, longestGap: Double
  ) -> Bool {
    if silence >= window { return true }
    let steady = observed >= window && silence > 2 * longestGap
    return steady && silence * rate >= missedRequestsOfAGoneSubnet
  }

  /// Forgets subnets, for example after their clients were handed to a replica.
  public mutating func forget(_ forgotten: some Sequence<SubnetID>) {
    let forgotten = Set(forgotten)
    for subnet in forgotten { arrivals[subnet] = nil }
    guard forgotten.contains(where: { positions[$0] != nil }) else { return }
    replaceSubnets(with: zip(subnets, tallies).filter { !forgotten.contains($0.0) })
  }

  /// After a move: the latencies observed so far were those of the old site, so each subnet's latency
  /// (and that of samples not yet folded) becomes `estimate` at the new site, where one is known.
  public mutating func relocate(estimate: (SubnetID) -> Double?) {
    for (position, subnet) in subnets.enumerated() {
      guard let latency = estimate(subnet) else { continue }
      tallies[position].observation.latency = latency
      tallies[position].pending.totalLatency = latency * Double(tallies[position].pending.requests)
    }
    for position in arrivals.indices {
      if let latency = estimate(arrivals.keys[position]) {
        arrivals.values[position].totalLatency = latency * Double(arrivals.values[position].requests)
      }
    }
  }

  /// Takes `entries` as the observed subnets, in subnet order.
  private mutating func replaceSubnets(with entries: [(SubnetID, Tally)]) {
    let sorted = entries.sorted { $0.0 < $1.0 }
    subnets = sorted.map(\.0)
    tallies = sorted.map(\.1)
    positions = Dictionary(uniqueKeysWithValues: subnets.enumerated().map { ($1, $0) })
    subnetsVersion += 1
  }

  /// Drops the samples not folded yet.
  private mutating func clearPending() {
    for position in tallies.indices where tallies[position].pending.requests > 0 {
      tallies[position].pending = Pending()
    }
    if !arrivals.isEmpty { arrivals = [:] }
    recordedSinceFold = false
  }
}
