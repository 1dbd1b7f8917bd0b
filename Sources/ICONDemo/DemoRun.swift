import Foundation
import ICONCore
import ICONDashboard
import ICONDiscovery
import ICONLedger
import ICONRuntime
import ICONTopology
import ICONTrust
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// What `icon demo --json` prints.
public struct DemoSummary: Codable, Sendable {
  /// How long the load ran.
  public var durationSeconds: Double
  /// Requests the clients sent.
  public var requests: Int
  /// Requests whose single retry also failed.
  public var failedRequests: Int
  /// Clients' mean latency over the first three seconds.
  public var initialMeanLatencyMilliseconds: Double
  /// Clients' mean latency over the last five seconds.
  public var finalMeanLatencyMilliseconds: Double
  /// What the emulated latency model alone gives the final demand from the final tree's sites, each
  /// client served from the nearest: the placement's quality without this machine's cost per request.
  public var modelledMeanLatencyMilliseconds: Double
  /// The best placement of the final number of instances for the final demand (k-median).
  public var optimalMeanLatencyMilliseconds: Double
  /// ICONs in the final tree.
  public var instances: Int
  /// Migrations, counted from the yards' records.
  public var migrations: Int
  /// Replicas started, counted from the yards' records.
  public var replications: Int
  /// ICONs that terminated.
  public var terminations: Int
  /// The owner's budget, in credits.
  public var budgetTotal: Double
  /// Lease paid to all yards, from their ledgers.
  public var budgetSpent: Double
  /// Whether the owner's audit of every yard's and ICON's ledger finds the books exact.
  public var budgetConserved: Bool
  /// Yards and agents that ran from the end of the warm-up (a fifth of the run) to the end.
  public var longLivedProcesses = 0
  /// The largest growth of resident memory among them from the end of the warm-up to the end, as a
  /// fraction (0.05: 5% more).
  public var memoryGrowth = 0.0

  enum CodingKeys: String, CodingKey {
    case durationSeconds = "duration_s", requests, failedRequests = "failed_requests"
    case initialMeanLatencyMilliseconds = "initial_mean_latency_ms"
    case finalMeanLatencyMilliseconds = "final_mean_latency_ms"
    case modelledMeanLatencyMilliseconds = "modelled_mean_latency_ms"
    case optimalMeanLatencyMilliseconds = "optimal_mean_latency_ms"
    case instances, migrations, replications, terminations
    case budgetTotal = "budget_total", budgetSpent = "budget_spent", budgetConserved = "budget_conserved"
    case longLivedProcesses = "long_lived_processes", memoryGrowth = "memory_growth_max"
  }
}

/// One second of a demo, for its report.
public struct DemoSample: Codable, Sendable {
  /// Seconds since the load began.
  public var time: Double
  /// The clients' mean latency in that second, in milliseconds.
  public var meanLatency: Double
  /// The best placement of as many instances for the demand of the moment, in milliseconds.
  public var optimalLatency: Double
  /// ICONs in the tree.
  public var instances: Int
  /// Credits the ICONs hold.
  public var held: Double
  /// Credits paid to the yards so far.
  public var spent: Double
}

/// Everything a demo run leaves for its report.
public struct DemoReport: Sendable {
  /// The summary.
  public var summary: DemoSummary
  /// One sample per second.
  public var samples: [DemoSample]
  /// The final tree: depth and status of each ICON.
  public var tree: [(depth: Int, status: AgentStatus)]
  /// What chaos did, with the second it happened.
  public var chaos: [(time: Double, event: String)]
  /// The failed requests counted by what went wrong.
  public var failureReasons: [String: Int]

  /// The failure reasons, most frequent first, one per line: `COUNT × REASON`.
  public var failureLines: [String] {
    failureReasons.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.value) × \($0.key)" }
  }
}

/// The whole system on one machine: yards at European cities as real processes, an application whose
/// origin starts at a cheap far cloud, clients in distant regions whose hotspot moves halfway.
public final class DemoRun: @unchecked Sendable {
  let duration: Double
  let chaos: Bool
  /// Seconds between two kills, with ``chaos``.
  let chaosPeriod: Double
  /// The clients' rates and numbers, times the scenario's.
  let loadFactor: Double
  let scenario: DemoScenario
  /// Where the yards keep their databases and the instances their logs and purses.
  public let folder: URL
  /// Whether ``folder`` stays after ``shutdown()``, for inspection.
  public let keepFiles: Bool
  /// The engine and image when the workload runs in containers; nil: as processes.
  let containers: DemoContainers?
  /// How the application's ICONs find yards: in the demo's zone along the backbone's paths (`dns`), or
  /// from a list of all of them (`static`).
  let yardDiscovery: YardDiscoverySettings.Mode
  private var yardProcesses: [String: Process] = [:]
  private var yardURLs: [String: String] = [:]
  /// The demo's owner, with a key of its own for the run.
  private let owner = OwnerClient(key: SigningKey())
  private let originURL = Mutex("")

  /// A demo of `scenario` for `duration` seconds, its load `loadFactor` times the scenario's; with
  /// `chaos`, an agent is killed every `chaosPeriod` seconds; with `keepFiles`, the yards' and
  /// instances' files stay; with `containers`, the workload runs in them.
  public init(
    duration: Double, chaos: Bool = false, chaosPeriod: Double = 15, loadFactor: Double = 1,
    scenario: DemoScenario = .builtIn, keepFiles: Bool = false, containers: DemoContainers? = nil,
    yardDiscovery: YardDiscoverySettings.Mode = .dns
  ) {
    self.yardDiscovery = yardDiscovery
    self.duration = duration
    self.chaosPeriod = chaosPeriod
    self.loadFactor = loadFactor
    self.containers = containers
    self.keepFiles = keepFiles
    self.chaos = chaos
    self.scenario = scenario
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("icon-demo-\(getpid())")
  }

  /// Where the dashboard is served (`host`, `port`; port 0 picks one); nil: no dashboard.
  public var dashboard: (host: String, port: Int)? = ("127.0.0.1", 0)

  /// Runs the demo; `announce` is told, once each, where the dashboard is served (`dashboard: URL`) and
  /// how to steer the application with the owner's tools (`owner tools: …`), and `show` is handed a
  /// live view of the tree every second.
  public func run(
    announce: @escaping @Sendable (String) -> Void = { _ in }, show: @escaping @Sendable (String) -> Void
  ) async throws -> DemoReport {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let topology: String
    if let file = scenario.topologyFile {
      topology = URL(fileURLWithPath: file).standardizedFileURL.path
    } else {
      topology = folder.appendingPathComponent("europe.json").path
      try EuropeanBackbone.nodeLinkJSON().write(toFile: topology, atomically: true, encoding: .utf8)
    }
    try await containers?.check()
    for spec in scenario.yards { try await startYard(spec) }
    // the yards announce themselves in the demo's zone, and the backbone's nodes have names
    var offers: [YardOffer] = []
    for spec in scenario.yards { offers.append(try await owner.offer(at: yardURLs[spec.name]!)) }
    let network = try Topology.load(path: topology)
    let zoneServer = try await DNSZoneServer.start(
      try DemoZone.zone(
        topology: network,
        model: LatencyModel(perHopMilliseconds: scenario.perHopMilliseconds), offers: offers))
    defer { Task { try? await zoneServer.stop() } }
    let hub = DashboardHub()
    let geography = Geography(
      topology: network,
      subnets: Dictionary(uniqueKeysWithValues: scenario.clients.map { ($0.subnet.rawValue, $0.site) }))
    var dashboardServer: (url: String, task: Task<Void, any Error>)?
    if let dashboard {
      dashboardServer = try await DashboardServer.start(hub: hub, host: dashboard.host, port: dashboard.port)
    }
    defer { dashboardServer?.task.cancel() }
    if let url = dashboardServer?.url { announce("dashboard: \(url)") }
    let manifest = manifest(topology: topology, dns: zoneServer.address)
    let origin = try await owner.deploy(manifest, yard: yardURLs[scenario.yards[0].name]!)
    originURL.withLock { $0 = origin.url }
    let keyFile = folder.appendingPathComponent("owner.key").path
    try owner.key.write(to: keyFile)
    announce(
      "owner tools: icon app tree \(Self.applicationName) --yard \(yardURLs[scenario.yards[0].name]!) --key \(keyFile)"
    )
    let record = LoadRecord()
    let started = ContinuousClock.now
    let half = started + .seconds(duration / 2)
    let end = started + .seconds(duration)
    let optimum = try Optimum(settings: manifest.latency, scenario: scenario)
    let memory = Mutex(ResidentMemory(warmUp: duration / 5))
    let monitor = Task { [owner, yardURLs, duration] in
      var samples: [DemoSample] = []
      while !Task.isCancelled {
        try? await Task.sleep(for: .seconds(1))
        let elapsed = (ContinuousClock.now - started).inSeconds
        let running = await self.running()
        let processes = self.longLived(running)
        memory.withLock { $0.sample(processes, at: elapsed) }
        guard let root = await self.root(among: running) else { continue }
        let tree = await owner.tree(from: root)
        await hub.publish(
          OverlayView(tree: tree.map(\.status), geography: geography, at: Date().timeIntervalSince1970))
        show(Self.view(tree: tree, record: record, elapsed: elapsed))
        var spent = Money.zero
        for url in yardURLs.values {
          spent += (try? await self.ledger(at: url))?.paid.values.reduce(.zero, +) ?? .zero
        }
        let timeline = record.timeline
        samples.append(
          DemoSample(
            time: elapsed, meanLatency: timeline.count >= 2 ? timeline[timeline.count - 2].meanLatency : 0,
            optimalLatency: optimum.latency(instances: tree.count, after: elapsed >= duration / 2),
            instances: tree.count, held: tree.reduce(Money.zero) { $0 + $1.status.balance }.credits,
            spent: spent.credits))
      }
      return samples
    }
    let killer = Task { [chaos] in
      chaos ? await self.wreak(started: started, show: show) : []
    }
    // clients enter at the origin as the demo last found it: after the first origin died and its stub
    // expired, at the one elected in its place
    let generator = LoadGenerator { self.originURL.withLock { $0 } }
    await generator.run(populations(after: false), until: half, into: record)
    await generator.run(populations(after: true), until: end, into: record)
    monitor.cancel()
    killer.cancel()
    let samples = await monitor.value
    let havoc = await killer.value
    var (summary, tree) = try await summarize(
      record: record, manifest: manifest, optimum: optimum)
    (summary.longLivedProcesses, summary.memoryGrowth) = memory.withLock { $0.growth(at: duration) }
    return DemoReport(
      summary: summary, samples: samples, tree: tree, chaos: havoc, failureReasons: record.failureReasons)
  }

  /// Every ``chaosPeriod`` seconds, `kill -9` of a random non-origin agent; at the second time (or the
  /// first, in a short run), the origin's agent instead.
  private func wreak(started: ContinuousClock.Instant, show: @Sendable (String) -> Void) async
    -> [(time: Double, event: String)]
  {
    var random = SplitMix64(seed: 15)
    var events: [(time: Double, event: String)] = []
    let ticks = Int((duration - 1) / chaosPeriod)
    for tick in 0..<ticks {
      try? await Task.sleep(until: started + .seconds(chaosPeriod * Double(tick + 1)))
      guard !Task.isCancelled else { break }
      let running = await running()
      guard let root = await root(among: running) else { break }
      let killOrigin = tick == min(1, ticks - 1)
      let candidates = running.filter { ($0.record.icon == root.icon) == killOrigin }
      guard !candidates.isEmpty else { continue }
      let victim = candidates[Int.random(in: 0..<candidates.count, using: &random)]
      kill(victim.record.pid, SIGKILL)
      let event =
        "chaos: kill -9 of \(ApplicationIdentity.shortName(of: victim.record.icon))\(killOrigin ? " (the origin)" : "") at \(victim.yard)"
      events.append(((ContinuousClock.now - started).inSeconds, event))
      show(event)
    }
    return events
  }

  /// The running instances at every yard, in the order of the yards' names.
  private func running() async -> [(yard: String, record: InstanceRecord)] {
    var running: [(yard: String, record: InstanceRecord)] = []
    for (name, url) in yardURLs.sorted(by: { $0.key < $1.key }) {
      for record in (try? await instances(at: url)) ?? [] where record.state == .running {
        running.append((name, record))
      }
    }
    return running
  }

  /// The yards' processes and the agents of `running`, by process id, with a name for each.
  private func longLived(_ running: [(yard: String, record: InstanceRecord)]) -> [Int32: String] {
    var processes: [Int32: String] = [:]
    for (name, process) in yardProcesses where process.isRunning {
      processes[process.processIdentifier] = "yard \(name)"
    }
    for (name, record) in running where record.pid > 0 {
      processes[record.pid] = "agent \(ApplicationIdentity.shortName(of: record.icon)) at \(name)"
    }
    return processes
  }

  /// The origin's status: at the last address known, or, when that ICON died, at the origin one of
  /// the `running` ICONs names.
  private func root(among running: [(yard: String, record: InstanceRecord)]) async -> AgentStatus? {
    let known = originURL.withLock { $0 }
    if let status = try? await OwnerClient.status(at: known), status.icon == status.origin { return status }
    for (_, record) in running {
      guard let named = try? await OwnerClient.status(at: record.url).originURL,
        let status = try? await OwnerClient.status(at: named), status.icon == status.origin
      else { continue }
      originURL.withLock { $0 = status.url }
      return status
    }
    return nil
  }

  /// The k-median optimum of the demo's demand over the yards' sites.
  struct Optimum: Sendable {
    let latency: EmulatedLatency
    let scenario: DemoScenario
    /// The yards' sites: the candidates, in the scenario's order.
    let sites: [SiteID]

    init(settings: LatencySettings, scenario: DemoScenario) throws {
      latency = try EmulatedLatency(settings: settings)
      self.scenario = scenario
      sites = scenario.yards.map { SiteID($0.site) }
    }

    /// The best mean latency `instances` ICONs can give the demand before or after the shift.
    func latency(instances: Int, after: Bool) -> Double {
      let problem = problem(after: after)
      return problem.meanLatency(of: problem.heuristic(k: max(1, instances)))
    }

    /// The mean latency ICONs at `sites` give the demand before or after the shift, each client served
    /// from the nearest of them.
    func latency(of chosen: [SiteID], after: Bool) -> Double {
      problem(after: after).meanLatency(of: chosen.compactMap { sites.firstIndex(of: $0) })
    }

    /// Serving the demand from the yards' sites, as a k-median problem over the emulated latencies.
    private func problem(after: Bool) -> KMedian {
      KMedian(
        weights: scenario.clients.map { after ? $0.after : $0.before },
        latency: scenario.clients.map { client in
          sites.map { latency.roundTrip(subnet: client.subnet, site: $0) ?? .infinity }
        })
    }
  }

  /// Stops every process the demo started, removes its containers and images and its files (unless
  /// they are kept); returns the containers the engine would not remove.
  @discardableResult
  public func shutdown() async -> [String] {
    await YardProcess.killAll(
      yardProcesses.map {
        (process: $0.value, url: yardURLs[$0.key] ?? "", data: folder.appendingPathComponent($0.key))
      })
    await killProcessesOfThisRun()
    var left: [String] = []
    if let containers { left = await removeContainersAndImages(at: containers.engine) }
    if !keepFiles { try? FileManager.default.removeItem(at: folder) }
    return left
  }

  /// Removes the containers the demo's yards created and the images their migrations committed.
  /// A yard killed while it was creating a container leaves the engine to finish that request, and
  /// a container whose process is still exiting may refuse removal for a moment: so it sweeps again
  /// until, a second after the yards died, the engine lists none, or 20 s have passed. Returns what is left.
  private func removeContainersAndImages(at engine: ContainerEngine) async -> [String] {
    let labels = yardProcesses.keys.map { "\(EngineDriver.yardLabel)=\(runName(of: $0))" }
    let settled = ContinuousClock.now + .seconds(1)
    let deadline = ContinuousClock.now + .seconds(20)
    var left: [String] = []
    while true {
      var listed = 0
      left = []
      for label in labels {
        for container in (try? await engine.list(label: label)) ?? [] {
          listed += 1
          do { try await engine.remove(container.id) } catch { left.append(container.id) }
        }
      }
      let now = ContinuousClock.now
      if (listed == 0 && now >= settled) || now >= deadline { break }
      try? await Task.sleep(for: .milliseconds(250))
    }
    for yard in yardProcesses.keys {
      let moved = "\(EngineDriver.movedRepository):\(runName(of: yard))-"
      for image in (try? await engine.images(named: moved)) ?? [] {
        try? await engine.removeImage(image)
      }
    }
    return left
  }

  /// The environment variable every process of a demo run inherits, naming the run's folder.
  static let runVariable = "ICON_DEMO_RUN"

  /// Kills what the yards' records did not name: an agent a yard was still starting, a workload whose
  /// agent died before it was recorded, a process forked a moment before its parent was killed. All
  /// inherit ``runVariable``; it kills them until a scan finds none (or 10 s have passed).
  private func killProcessesOfThisRun() async {
    let deadline = ContinuousClock.now + .seconds(10)
    while case let pids = Self.processes(withEnvironment: "\(Self.runVariable)=\(folder.path)"),
      !pids.isEmpty,
      ContinuousClock.now < deadline
    {
      for pid in pids { kill(pid, SIGKILL) }
      try? await Task.sleep(for: .milliseconds(50))
    }
  }

  /// Live processes, other than this one, with the environment variable `assignment` (`NAME=VALUE`).
  static func processes(withEnvironment assignment: String) -> [Int32] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return entries.compactMap(Int32.init).filter { pid in
      guard pid != getpid(), let environment = FileManager.default.contents(atPath: "/proc/\(pid)/environ")
      else {
        return false
      }
      return environment.split(separator: 0).contains { $0.elementsEqual(assignment.utf8) }
    }
  }

  /// The instances of the demo's application the yard at `url` records.
  private func instances(at url: String) async throws -> [InstanceRecord] {
    try await owner.instances(of: Self.applicationName, at: url)
  }

  /// What the demo's application paid and holds in escrow at the yard at `url`.
  private func ledger(at url: String) async throws -> YardLedger {
    try await owner.ledger(of: Self.applicationName, at: url)
  }

  /// The demo application's name.
  static let applicationName = "demo"

  /// Lease paid to all yards, and whether the owner's audit of every yard's and ICON's ledger finds the
  /// books exact: `budget` given, and spent, held, in escrow and in flight adding up to it with every
  /// party agreeing. Money in flight (a lease on its way, escrow being returned) is briefly recorded by
  /// one side only, so the audit runs again, up to ten seconds, until it is exact.
  private func books(budget: Money) async throws -> (spent: Money, conserved: Bool) {
    var report = AuditReport()
    for attempt in 0..<20 {
      if attempt > 0 { try await Task.sleep(for: .milliseconds(500)) }
      report = await owner.audit(of: Self.applicationName, from: yardURLs.values.sorted())
      if report.isExact && report.inFlight == .zero && report.given == budget { return (report.spent, true) }
    }
    for disagreement in report.disagreements.prefix(10) { print("audit: \(disagreement)") }
    return (report.spent, false)
  }

  /// The name a yard runs under: with containers, unique to this run, as its containers are labelled
  /// with it in an engine others may share.
  private func runName(of yard: String) -> String { containers == nil ? yard : "\(yard)-\(getpid())" }

  private func startYard(_ spec: DemoScenario.Yard) async throws {
    let arguments =
      ["--allow-program", "icon"]
      + (containers.map { ["--driver", "engine", "--engine", $0.engine.address] } ?? [])
    let (process, url) = try await YardProcess.spawn(
      name: runName(of: spec.name), site: spec.site, price: spec.price, slot: 5,
      data: folder.appendingPathComponent(spec.name), arguments: arguments,
      environment: [Self.runVariable: folder.path])
    yardProcesses[spec.name] = process
    yardURLs[spec.name] = url
  }

  /// The demo's application: no yard list; its ICONs find yards by asking `dns`.
  private func manifest(topology: String, dns: DNSServerAddress) -> AppManifest {
    AppManifest(
      name: Self.applicationName,
      workload: containers.map { .init(image: $0.image, stateHooks: true) }
        ?? .init(command: ["icon", "workload"], stateHooks: true),
      policy: scenario.policy,
      budget: scenario.budget,
      discovery: .redirect,
      yards: yardDiscovery == .static ? scenario.yards.compactMap { yardURLs[$0.name] } : [],
      yardDiscovery: YardDiscoverySettings(mode: yardDiscovery, server: dns.description),
      latency: LatencySettings(
        mode: .emulated, topology: topology, perHopMilliseconds: scenario.perHopMilliseconds,
        subnets: Dictionary(uniqueKeysWithValues: scenario.clients.map { ($0.subnet.rawValue, $0.site) })),
      seed: 1)
  }

  func populations(after: Bool) -> [ClientPopulation] {
    scenario.clients.map {
      ClientPopulation(
        subnet: $0.subnet, clients: max(3, Int((3 * loadFactor).rounded())),
        requestsPerSecond: (after ? $0.after : $0.before) * loadFactor)
    }
  }

  private func summarize(record: LoadRecord, manifest: AppManifest, optimum: Optimum)
    async throws
    -> (DemoSummary, [(depth: Int, status: AgentStatus)])
  {
    guard let root = await root(among: running()) else {
      throw RuntimeFailure("no ICON of the demo answers any more")
    }
    let tree = await owner.tree(from: root)
    var records: [InstanceRecord] = []
    for url in yardURLs.values { records += try await instances(at: url) }
    let (spent, conserved) = try await books(budget: manifest.budget)
    let icons = Set(records.map(\.icon))
    let running = Set(records.filter { $0.state == .running }.map(\.icon))
    let total = record.total
    let seconds = record.timeline.count
    let summary = DemoSummary(
      durationSeconds: duration, requests: total.requests + total.failed, failedRequests: total.failed,
      initialMeanLatencyMilliseconds: record.meanLatency(seconds: 0..<3),
      finalMeanLatencyMilliseconds: record.meanLatency(seconds: (seconds - 5)..<seconds),
      modelledMeanLatencyMilliseconds: optimum.latency(of: tree.map(\.status.site), after: true),
      optimalMeanLatencyMilliseconds: optimum.latency(instances: tree.count, after: true),
      instances: tree.count,
      migrations: records.count - icons.count, replications: icons.count - 1,
      terminations: icons.subtracting(running).count, budgetTotal: manifest.budget.credits,
      budgetSpent: spent.credits, budgetConserved: conserved)
    return (summary, tree)
  }

  static func view(tree: [(depth: Int, status: AgentStatus)], record: LoadRecord, elapsed: Double) -> String {
    let timeline = record.timeline
    let last = timeline.count >= 2 ? timeline[timeline.count - 2] : LoadRecord.Second()
    var lines = [
      String(
        format: "t=%5.1fs  %d req/s  mean latency %.1f ms  failed %d", elapsed, last.requests,
        last.meanLatency,
        record.total.failed),
      "ICON                 SITE         REQ/S  LATENCY_MS    BUDGET",
    ]
    for (depth, status) in tree {
      let name = String(repeating: "  ", count: depth) + ApplicationIdentity.shortName(of: status.icon)
      lines.append(
        name.padding(toLength: 21, withPad: " ", startingAt: 0)
          + status.site.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
          + String(
            format: "%6.1f %11.1f %9.2f", status.requestsPerSecond, status.meanLatencyMilliseconds,
            status.balance.credits))
    }
    // what the ICONs found along the backbone's paths to their clients, and on the way to whom
    var found: [String: Set<String>] = [:]
    for (_, status) in tree {
      for yard in status.discoveredYards ?? [] {
        found["\(yard.name) (\(yard.site))", default: []].formUnion(yard.hops.keys)
      }
    }
    for (yard, subnets) in found.sorted(by: { $0.key < $1.key }) {
      lines.append("found \(yard) on the path to \(subnets.sorted().joined(separator: ", "))")
    }
    return lines.joined(separator: "\n")
  }
}
