import ICONCore
import Synchronization

/// Latency from measurement: the kernel's smoothed round-trip time (TCP_INFO) of client connections
/// accepted here, and probes from here to every candidate yard.
///
/// Only this site's latency to a subnet is measured directly. For another site the estimate is the
/// triangle inequality's lower bound |rtt(subnet, here) − rtt(here, site)|: exact when the site lies
/// on the way to the clients, optimistic otherwise. Once an ICON runs at that site, its own
/// measurements replace the guess.
public final class MeasuredLatency: LatencySource {
  private struct Measurements {
    var clients: [SubnetID: Double] = [:]
    var probes: [SiteID: Double] = [:]
  }

  private let site: SiteID
  private let measurements = Mutex(Measurements())

  /// The most client subnets measured.
  static let subnetLimit = ICONEngine.inputLimit

  /// Subnets measured.
  var subnetCount: Int { measurements.withLock { $0.clients.count } }

  /// Measurements taken at `site`.
  public init(site: SiteID) { self.site = site }

  /// Records a client connection's round trip (smoothed: new samples weigh one fifth).
  public func recordConnection(subnet: SubnetID, roundTripMilliseconds: Double) {
    measurements.withLock {
      // bounded: a subnet new beyond the limit takes the place of the lowest
      if $0.clients[subnet] == nil, $0.clients.count >= Self.subnetLimit, let lowest = $0.clients.keys.min() {
        $0.clients[lowest] = nil
      }
      let previous = $0.clients[subnet] ?? roundTripMilliseconds
      $0.clients[subnet] = previous + (roundTripMilliseconds - previous) / 5
    }
  }

  /// Records a probe's round trip to `site`. Queuing only adds delay, so a lower sample counts at
  /// once while higher ones raise the figure slowly.
  public func recordProbe(site: SiteID, roundTripMilliseconds: Double) {
    measurements.withLock {
      let previous = $0.probes[site] ?? roundTripMilliseconds
      $0.probes[site] = min(roundTripMilliseconds, previous * 0.9 + roundTripMilliseconds * 0.1)
    }
  }

  public func estimates(sites: [SiteID]) -> [LatencyEstimate] {
    let known = measurements.withLock { $0 }
    return known.clients.keys.sorted().flatMap { subnet in
      let here = known.clients[subnet]!
      return sites.compactMap { site in
        if site == self.site { return LatencyEstimate(subnet: subnet, site: site, milliseconds: here) }
        guard let probe = known.probes[site] else { return nil }
        return LatencyEstimate(subnet: subnet, site: site, milliseconds: abs(here - probe))
      }
    }
  }

  /// Real networks need no added delay.
  public func responseDelay(subnet: SubnetID, site: SiteID) -> Duration { .zero }
}
