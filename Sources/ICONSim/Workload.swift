import Foundation
import ICONCore

/// Client populations, one subnet per topology node, and how their request rates change over time:
/// hotspot shifts, a diurnal cycle and flash crowds.
public struct Workload: Sendable {
  /// A client population.
  public struct Population: Hashable, Sendable {
    /// Its subnet.
    public var subnet: SubnetID
    /// The network node it sits at.
    public var node: Int
    /// Requests per second before any change.
    public var rate: Double

    /// A population of `rate` req/s at `node`.
    public init(subnet: SubnetID, node: Int, rate: Double) {
      self.subnet = subnet
      self.node = node
      self.rate = rate
    }
  }

  /// From `at` on, these subnets send at these rates (others keep theirs).
  public struct Shift: Hashable, Sendable {
    /// When the shift happens.
    public var at: Instant
    /// New rates.
    public var rates: [SubnetID: Double]

    /// A shift at `at` to `rates`.
    public init(at: Instant, rates: [SubnetID: Double]) {
      self.at = at
      self.rates = rates
    }
  }

  /// A temporary surge of one subnet's demand.
  public struct FlashCrowd: Hashable, Sendable {
    /// The subnet.
    public var subnet: SubnetID
    /// When the surge starts.
    public var start: Instant
    /// How long it lasts.
    public var duration: Duration
    /// Factor applied to the subnet's rate meanwhile.
    public var multiplier: Double

    /// A surge of `multiplier` × the rate of `subnet` from `start` for `duration`.
    public init(subnet: SubnetID, start: Instant, duration: Duration, multiplier: Double) {
      self.subnet = subnet
      self.start = start
      self.duration = duration
      self.multiplier = multiplier
    }
  }

  /// The populations, in a fixed order.
  public var populations: [Population]
  /// Rate changes, in time order.
  public var shifts: [Shift]
  /// Relative amplitude of a sinusoidal daily cycle (0 = none; 0.5 swings between 50% and 150%).
  public var diurnalAmplitude: Double
  /// Period of the cycle.
  public var diurnalPeriod: Duration
  /// Surges.
  public var flashCrowds: [FlashCrowd]

  /// A workload; only the populations are required.
  public init(
    populations: [Population], shifts: [Shift] = [], diurnalAmplitude: Double = 0,
    diurnalPeriod: Duration = .seconds(86_400), flashCrowds: [FlashCrowd] = []
  ) {
    self.populations = populations
    self.shifts = shifts.sorted { $0.at < $1.at }
    self.diurnalAmplitude = diurnalAmplitude
    self.diurnalPeriod = diurnalPeriod
    self.flashCrowds = flashCrowds
  }

  /// True when no rate ever changes.
  public var isStatic: Bool { shifts.isEmpty && diurnalAmplitude == 0 && flashCrowds.isEmpty }

  /// Each population's rate at `time`, in the order of `populations`.
  public func rates(at time: Instant) -> [Double] {
    // the latest shift that names a subnet sets its rate (a table of every rate is not built each call)
    let latestFirst = shifts.filter { $0.at <= time }.reversed()
    let daily =
      diurnalAmplitude == 0
      ? 1 : 1 + diurnalAmplitude * sin(2 * Double.pi * time.seconds / diurnalPeriod.inSeconds)
    return populations.map { population in
      var rate = population.rate
      for shift in latestFirst {
        if let shifted = shift.rates[population.subnet] {
          rate = shifted
          break
        }
      }
      rate *= daily
      for crowd in flashCrowds
      where crowd.subnet == population.subnet && crowd.start <= time && time < crowd.start + crowd.duration {
        rate *= crowd.multiplier
      }
      return max(0, rate)
    }
  }
}
