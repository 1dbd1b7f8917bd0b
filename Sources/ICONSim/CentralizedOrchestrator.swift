import Foundation
import ICONCore
import ICONTopology

/// The centralized baseline: every instance reports its per-subnet traffic to one controller each
/// report period (the requests it served over the period and when each subnet's last one came, as the
/// ICONs count theirs); each decision period the controller smooths the demand, optimises the whole
/// placement (the same utility, k-median for every k) and sends start and stop commands, which take the
/// network delay to arrive, then waits the policy's action cooldown. Clients always reach the nearest
/// live instance.
public final class CentralizedOrchestrator {
  /// What an instance reports of one client: its mean rate over the report period, when its first
  /// and last requests in the period came, and its longest silence in between.
  private struct Served {
    var rate = 0.0
    var firstRequest: Instant
    var lastRequest: Instant
    var longestGap = Duration.zero
  }

  /// What the controller knows of one client's requests from the reports.
  private struct Heard {
    var first: Instant
    var last: Instant
    var longestGap = Duration.zero
  }

  private enum Item {
    case report(instance: Int, takenAt: Instant, clients: [Int: Served])
    case decide
    case reportRound
    case traffic
    case start(site: Int)
    case stop(site: Int)
    case sample
  }

  /// The network.
  public let network: any NetworkModel
  /// Candidate sites.
  public let sites: [SimulatedSite]
  /// The clients.
  public let workload: Workload
  /// The controller's node.
  public let controller: Int
  /// Policy (periods, smoothing, weights, migration threshold).
  public let policy: OwnerPolicy
  /// Time a site needs to start an instance after the command arrives.
  public let deployDelay: Duration
  /// How often the time series is sampled.
  public let sampleInterval: Duration
  /// How often clients' requests arrive at the instances, as the ICON simulation delivers them.
  public let trafficInterval: Duration
  /// The time series.
  public private(set) var samples: [SimulationSample] = []
  /// Reports and commands sent.
  public private(set) var messagesSent = 0
  /// The current time.
  public private(set) var now = Instant.zero
  /// Indices (into `sites`) of the running instances.
  public private(set) var running: Set<Int>

  private var queue = EventQueue<Item>()
  private var latestReports: [Int: [Int: Served]] = [:]
  /// What each running instance has served since its last report.
  private var servedSinceReport: [Int: [Int: Served]] = [:]
  private var smoothed: [Double]
  /// Each client's requests as far as the reports say, while it counts.
  private var heard: [Heard?]
  /// For a client judged gone: its last request then (only a later one counts it again).
  private var goneAfter: [Instant?]
  /// When the latest report the controller has was taken: what it knows of clients' silence ends there.
  private var reportsTaken = Instant.zero
  private var planned: Set<Int>
  private var optimisedFor: [Double] = []
  private var lastCommands: Instant?
  private let latency: [[Double]]

  /// A controller at `controller` with one instance at `initialSite` (an index into `sites`).
  public init(
    network: any NetworkModel, sites: [SimulatedSite], workload: Workload, controller: Int, initialSite: Int,
    policy: OwnerPolicy, deployDelay: Duration = .zero, sampleInterval: Duration = .seconds(1),
    trafficInterval: Duration = .milliseconds(100)
  ) {
    self.network = network
    self.sites = sites
    self.workload = workload
    self.controller = controller
    self.policy = policy
    self.deployDelay = deployDelay
    self.sampleInterval = sampleInterval
    self.trafficInterval = trafficInterval
    running = [initialSite]
    planned = [initialSite]
    smoothed = Array(repeating: 0, count: workload.populations.count)
    heard = Array(repeating: nil, count: workload.populations.count)
    goneAfter = Array(repeating: nil, count: workload.populations.count)
    latency = workload.populations.map { population in sites.map { network.delay(population.node, $0.node) } }
    schedule(.sample, at: .zero)
    schedule(.reportRound, at: .zero + policy.reportPeriod)
    // traffic at the instant of a report round counts in the next round's report
    queue.schedule(.traffic, at: .zero, rank: 0)
    schedule(.decide, at: .zero + policy.decisionPeriod)
  }

  /// Runs until `end`.
  public func run(until end: Instant) {
    while let next = queue.next(notAfter: end) {
      now = next.at
      step(next.item)
    }
    now = end
  }

  private func schedule(_ item: Item, at time: Instant) { queue.schedule(item, at: time) }

  /// The running instance nearest to client population `client`.
  private func nearest(_ client: Int, among instances: Set<Int>) -> Int? {
    instances.min { (latency[client][$0], $0) < (latency[client][$1], $1) }
  }

  private func step(_ item: Item) {
    switch item {
    case .sample:
      let rates = workload.rates(at: now)
      var weighted = 0.0
      var total = 0.0
      var servers: Set<Int> = []
      for client in rates.indices where rates[client] > 0 {
        guard let server = nearest(client, among: running) else { continue }
        weighted += rates[client] * latency[client][server]
        total += rates[client]
        servers.insert(server)
      }
      samples.append(
        SimulationSample(
          time: now, meanLatency: total > 0 ? weighted / total : 0, requestRate: total,
          instances: running.count,
          servingInstances: servers.count,
          messages: messagesSent, spent: .zero, balance: .zero))
      schedule(.sample, at: now + sampleInterval)
    case .traffic:
      let rates = workload.rates(at: now)
      let share = trafficInterval.inSeconds / policy.reportPeriod.inSeconds
      for client in rates.indices where rates[client] > 0 {
        guard let server = nearest(client, among: running) else { continue }
        var served =
          servedSinceReport[server, default: [:]][client] ?? Served(firstRequest: now, lastRequest: now)
        served.longestGap = max(served.longestGap, now - served.lastRequest - trafficInterval)
        served.rate += rates[client] * share
        served.lastRequest = now
        servedSinceReport[server, default: [:]][client] = served
      }
      queue.schedule(.traffic, at: now + trafficInterval, rank: 0)
    case .reportRound:
      for instance in running.sorted() {
        messagesSent += 1
        let delay = network.delay(sites[instance].node, controller)
        let clients = servedSinceReport[instance] ?? [:]
        schedule(.report(instance: instance, takenAt: now, clients: clients), at: now + .milliseconds(delay))
      }
      servedSinceReport = [:]
      schedule(.reportRound, at: now + policy.reportPeriod)
    case .report(let instance, let takenAt, let clients):
      latestReports[instance] = clients
      reportsTaken = max(reportsTaken, takenAt)
      for (client, served) in clients {
        guard var known = heard[client] else {
          heard[client] = Heard(first: served.firstRequest, last: served.lastRequest)
          continue
        }
        if served.firstRequest > known.last {
          known.longestGap = max(known.longestGap, served.firstRequest - known.last - trafficInterval)
        }
        known.longestGap = max(known.longestGap, served.longestGap)
        known.last = max(known.last, served.lastRequest)
        heard[client] = known
      }
    case .decide:
      decide()
      schedule(.decide, at: now + policy.decisionPeriod)
    case .start(let site):
      running.insert(site)
    case .stop(let site):
      if running.count > 1 { running.remove(site) }
      latestReports[site] = nil
    }
  }

  private func decide() {
    var demand = Array(repeating: 0.0, count: workload.populations.count)
    // each client is served by one instance; a report from before its switch must not count it twice
    for report in latestReports.values {
      for (client, served) in report where goneAfter[client].map({ served.lastRequest > $0 }) ?? true {
        demand[client] = max(demand[client], served.rate)
      }
    }
    let alpha = 1 - exp(-policy.decisionPeriod.inSeconds / policy.smoothingWindow.inSeconds)
    for client in demand.indices {
      // as an ICON does: a client not counted yet starts at what was reported
      smoothed[client] += (smoothed[client] == 0 ? 1 : alpha) * (demand[client] - smoothed[client])
      if demand[client] > 0 { goneAfter[client] = nil }
      // and by the same rule, a client silent long enough has gone
      if let known = heard[client],
        DemandObserver.hasGone(
          silence: (reportsTaken - known.last - trafficInterval).inSeconds, rate: smoothed[client],
          window: policy.smoothingWindow.inSeconds, observed: (reportsTaken - known.first).inSeconds,
          longestGap: known.longestGap.inSeconds)
      {
        smoothed[client] = 0
        goneAfter[client] = known.last
        heard[client] = nil
      }
    }
    let activeClients = smoothed.filter { $0 >= policy.minimumSubnetRate }.count
    guard activeClients > 0 else { return }
    // like an ICON, the controller lets a change settle for the policy's cooldown before the next one
    if let lastCommands, now - lastCommands < policy.actionCooldown { return }
    // the placement only changes when the demand does: skip the optimisation while it moved < 1%
    let change = zip(smoothed, optimisedFor).reduce(0.0) { $0 + abs($1.0 - $1.1) }
    let total = smoothed.reduce(0, +)
    if optimisedFor.count == smoothed.count, change < 0.01 * total { return }
    optimisedFor = smoothed
    let problem = KMedian(weights: smoothed, latency: latency)
    var best = (sites: Array(planned), utility: utility(of: Array(planned)))
    let current = best.utility
    for candidate in problem.heuristics(upTo: activeClients) {
      let value = utility(of: candidate)
      if value < best.utility { best = (candidate, value) }
    }
    guard current > 0, (current - best.utility) / current > policy.migrationThreshold else { return }
    let target = Set(best.sites)
    // make before break: old instances stop once every new one runs (or their stop command arrives)
    var lastStart = now
    for site in target.subtracting(planned).sorted() {
      messagesSent += 1
      let running = now + .milliseconds(network.delay(controller, sites[site].node)) + deployDelay
      schedule(.start(site: site), at: running)
      lastStart = max(lastStart, running)
    }
    for site in planned.subtracting(target).sorted() {
      messagesSent += 1
      let arrival = now + .milliseconds(network.delay(controller, sites[site].node))
      schedule(.stop(site: site), at: max(arrival, lastStart))
    }
    planned = target
    lastCommands = now
  }

  /// Eq. (1) summed over the instances of a placement, for the smoothed demand.
  private func utility(of placement: [Int]) -> Double {
    let price = placement.reduce(0.0) { $0 + sites[$1].offer.pricePerSlot.credits }
    var weightedLatency = 0.0
    for client in smoothed.indices where smoothed[client] > 0 {
      weightedLatency += smoothed[client] * placement.map { latency[client][$0] }.min()!
    }
    return (1 - policy.weight) * price / policy.priceScale.credits + policy.weight * weightedLatency
      / policy.latencyScale
  }
}
