import ICONCore
import ICONSim
import ICONTestSupport
import ICONTopology
import Testing

@Suite struct SimulationTests {
  /// An owner who values latency: 100 req/s·ms count as much as one credit per slot.
  static let policy = OwnerPolicy {
    $0.latencyScale = 100
    $0.reportPeriod = .seconds(2)
    $0.decisionPeriod = .seconds(4)
    $0.smoothingWindow = .seconds(8)
    $0.actionCooldown = .seconds(20)
  }

  /// GEANT 2012 with a yard at every node (1 credit per 60 s slot, the origin's "cloud" at DE for 0.2)
  /// and clients at Lisbon-, Athens- and Helsinki-side nodes.
  func geant(
    seed: UInt64, shiftAt: Instant? = nil, deathReport: Duration? = .milliseconds(200),
    yardDiscovery: Simulation.YardDiscovery = .full
  ) throws -> Simulation {
    let topology = try Topology.load(path: ShippedTopologies.geant2012)
    let paths = PathLatencies(topology: topology, model: LatencyModel(perHopMilliseconds: 0.5))
    let sites = topology.nodes.indices.map { node in
      SimulatedSite(
        offer: SiteOffer(
          site: SiteID(topology.nodes[node].label),
          pricePerSlot: topology.nodes[node].label == "DE" ? .credits(0.2) : 1),
        node: node)
    }
    let populations = ["PT", "GR", "FI", "IE"].map { label in
      Workload.Population(
        subnet: SubnetID(label), node: topology.node(named: label)!, rate: label == "IE" ? 0 : 80)
    }
    let shifts = shiftAt.map { [Workload.Shift(at: $0, rates: ["PT": 0, "IE": 80])] } ?? []
    return Simulation(
      network: paths, sites: sites, workload: Workload(populations: populations, shifts: shifts),
      originSite: "DE",
      settings: Simulation.Settings(
        policy: Self.policy, budget: 500, seed: seed, deathReport: deathReport, yardDiscovery: yardDiscovery))
  }

  /// With path discovery an ICON knows only its own site, its parent's knowledge, and the yards on
  /// the shortest paths to the clients that reached it; the lookups are counted; it still spreads
  /// toward its clients.
  @Test func withPathDiscoveryIconsKnowOnlyTheYardsOnTheirClientsPaths() throws {
    let topology = try Topology.load(path: ShippedTopologies.geant2012)
    let paths = PathLatencies(topology: topology, model: LatencyModel(perHopMilliseconds: 0.5))
    let simulation = try geant(seed: 3, yardDiscovery: .path)
    simulation.run(until: .seconds(3))
    let origin = try #require(simulation.liveEngines.first)
    let onPaths = Set(
      ["PT", "GR", "FI"].flatMap {
        paths.path(from: topology.node(named: "DE")!, to: topology.node(named: $0)!)
      }
      .map { SiteID(topology.nodes[$0].label) })
    #expect(Set(origin.offers.keys) == onPaths, "\(origin.offers.keys.sorted())")
    #expect(onPaths.count < topology.nodes.count)
    #expect(simulation.discoveryLookups > 0)
    simulation.run(until: .seconds(400))
    let first = simulation.samples[1]
    let last = simulation.samples.last!
    #expect(last.meanLatency < 0.5 * first.meanLatency, "latency \(first.meanLatency) → \(last.meanLatency)")
    #expect(simulation.accountedMoney == simulation.ownerTotal)
    for engine in simulation.liveEngines { #expect(engine.offers.count < topology.nodes.count) }
  }

  @Test func iconsSpreadTowardTheirClientsAndMoneyIsConserved() throws {
    let simulation = try geant(seed: 3)
    simulation.run(until: .seconds(400))
    let first = simulation.samples[1]
    let last = simulation.samples.last!
    #expect(last.instances > 1)
    #expect(last.meanLatency < 0.5 * first.meanLatency, "latency \(first.meanLatency) → \(last.meanLatency)")
    #expect(simulation.accountedMoney == simulation.ownerTotal)
    #expect(simulation.notes.contains { if case .replicated = $0.note { true } else { false } })
  }

  @Test func aHotspotShiftIsFollowed() throws {
    let simulation = try geant(seed: 4, shiftAt: .seconds(300))
    simulation.run(until: .seconds(299))
    let before = simulation.samples.last!.meanLatency
    simulation.run(until: .seconds(301))
    let shifted = simulation.samples.last!.meanLatency
    simulation.run(until: .seconds(700))
    #expect(shifted > before)
    #expect(simulation.samples.last!.meanLatency < shifted)
    #expect(simulation.accountedMoney == simulation.ownerTotal)
  }

  @Test func theSameSeedGivesTheSameRunAndAnotherSeedAnotherRun() throws {
    func trace(_ seed: UInt64) throws -> [String] {
      let simulation = try geant(seed: seed)
      var lines: [String] = []
      simulation.onDirective = { time, icon, directive in
        lines.append("\(time.nanoseconds) \(icon) \(directive)")
      }
      simulation.run(until: .seconds(200))
      return lines
    }
    let first = try trace(5)
    #expect(first.count > 100)
    #expect(first == (try trace(5)))
    #expect(first != (try trace(6)))
  }

  @Test func crashesArePlannedAndRepaired() throws {
    let simulation = try geant(seed: 7)
    simulation.scheduleCrash(of: nil, at: .seconds(200))
    simulation.scheduleCrash(of: "origin", at: .seconds(250))
    simulation.run(until: .seconds(500))
    #expect(
      simulation.notes.contains { if case .childLost = $0.note { true } else { false } }
        || simulation.notes.contains { if case .elected = $0.note { true } else { false } })
    let live = simulation.liveEngines
    #expect(live.filter(\.isOrigin).count >= 1)
    #expect(simulation.accountedMoney == simulation.ownerTotal)
  }

  @Test func aCrashedIconsYardTellsItsParentAtOnceUnlessYardsAreSilent() throws {
    var noticedAfter: [Double?] = []
    for deathReport in [Duration.milliseconds(200), nil] {
      let simulation = try geant(seed: 3, deathReport: deathReport)
      simulation.run(until: .seconds(300))
      guard let victim = simulation.liveEngines.first(where: { !$0.isOrigin && $0.children.isEmpty }) else {
        Issue.record("no replica to crash")
        return
      }
      simulation.scheduleCrash(of: victim.id, at: .seconds(301))
      simulation.run(until: .seconds(340))
      let lost = simulation.notes.first { note in
        if case .childLost(victim.id) = note.note { true } else { false }
      }
      noticedAfter.append(lost.map { ($0.time - .seconds(301)).inSeconds })
    }
    // with the yard's report: within its 0.2 s and the network delay; without: after missed reports
    #expect((noticedAfter[0] ?? .infinity) < 1, "\(noticedAfter)")
    #expect((noticedAfter[1] ?? 0) >= Self.policy.heartbeatTimeout.inSeconds, "\(noticedAfter)")
  }
}
