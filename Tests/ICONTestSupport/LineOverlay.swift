import ICONCore
import ICONSim

/// A small world for whole-overlay tests: yards and client subnets at positions on a line, a
/// millisecond per unit of distance plus one, run by the project's one ``Simulation``.
public struct LineOverlay: Sendable {
  /// A yard: its name, position, price per 30 s slot and capacity.
  public struct Site: Sendable {
    public var name: String
    public var position: Double
    public var price: Money
    public var capacity: Int
  }

  /// The yards.
  public var sites: [Site] = []
  /// Client subnets with their positions and request rates.
  public var subnets: [(subnet: SubnetID, position: Double, rate: Double)] = []

  /// An empty line.
  public init() {}

  /// Adds a yard.
  public mutating func addSite(_ name: String, position: Double, price: Money, capacity: Int = 4) {
    sites.append(Site(name: name, position: position, price: price, capacity: capacity))
  }

  /// Adds a client subnet sending `rate` req/s.
  public mutating func addSubnet(_ subnet: SubnetID, position: Double, rate: Double) {
    subnets.append((subnet, position, rate))
  }

  /// A simulation of origins deployed at once, each `(id, site, budget)`; launches take 800 ms at the
  /// yard and fail with `launchFailureRate`; crashed ICONs' yards tell no one (silence alone reveals
  /// them). Engines draw their seeds from `seed`.
  public func simulation(
    origins: [(id: ICONID, site: String, budget: Money)], policy: OwnerPolicy, seed: UInt64,
    launchFailureRate: Double = 0
  ) -> Simulation {
    let positions = sites.map(\.position) + subnets.map(\.position)
    let simulated = sites.enumerated().map { node, site in
      SimulatedSite(
        offer: SiteOffer(
          site: SiteID(site.name), pricePerSlot: site.price, slot: .seconds(30), freeCapacity: site.capacity),
        node: node)
    }
    let workload = Workload(
      populations: subnets.enumerated().map {
        Workload.Population(subnet: $1.subnet, node: sites.count + $0, rate: $1.rate)
      })
    var random = SplitMix64(seed: seed)
    let configurations = origins.map { origin in
      EngineConfiguration.origin(
        id: origin.id, application: "app",
        site: simulated.first { $0.offer.site.rawValue == origin.site }!.offer, policy: policy,
        budget: origin.budget, seed: random.next())
    }
    return Simulation(
      network: LineNetwork(positions: positions), sites: simulated, workload: workload,
      deployment: .init(icons: configurations),
      settings: .init(
        policy: policy, seed: random.next(), deployDelay: .milliseconds(800), deathReport: nil,
        launchFailureRate: launchFailureRate))
  }
}

/// Nodes on a line: the delay between two is their distance in milliseconds, plus one.
final class LineNetwork: NetworkModel {
  let positions: [Double]

  init(positions: [Double]) { self.positions = positions }

  func delay(_ a: Int, _ b: Int) -> Double { abs(positions[a] - positions[b]) + 1 }
}
