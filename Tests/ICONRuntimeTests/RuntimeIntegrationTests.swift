import Foundation
import ICONCore
import ICONLedger
import ICONRuntime
import ICONTrust
import Testing

#if canImport(Glibc)
  import Glibc
#endif

extension LiveClusters {
  /// Three or four real yards on loopback, real agent and workload processes, real HTTP clients sending
  /// from their own subnets. Every assertion is about what those clients, yards and agents observe.
  @Suite(.timeLimit(.minutes(3)))
  struct RuntimeIntegrationTests {
    /// Paris, between the two client groups, is dear: moving the origin there never beats a replica
    /// in Madrid.
    static let yards = [("stockholm", "Stockholm", 1.0), ("paris", "Paris", 6.0), ("madrid", "Madrid", 2.0)]

    /// Deploys the origin at Stockholm, with Stockholm clients running; returns the origin's URL.
    private func deployOrigin(
      _ cluster: RuntimeCluster, discovery: AppManifest.Discovery = .redirect, missedReports: Int = 3
    ) async throws -> String {
      let reply = try await cluster.owner.deploy(
        cluster.manifest(discovery: discovery, missedReports: missedReports), yard: cluster.url("stockholm"))
      return reply.url
    }

    /// An origin at Stockholm with clients there and in Madrid (sending from hosts `host` of their
    /// subnets), and the Madrid replica that the Madrid clients were served by (nil if none within 30 s).
    func originWithMadridReplica(host: Int, missedReports: Int = 3) async throws -> (
      cluster: RuntimeCluster, origin: String, local: ClientLoop, far: ClientLoop, replica: InstanceRecord?
    ) {
      let cluster = try await RuntimeCluster(yards: Self.yards)
      let origin = try await deployOrigin(cluster, missedReports: missedReports)
      let local = ClientLoop()
      let far = ClientLoop()
      await local.start(source: "127.0.1.\(host)", base: origin)
      await far.start(source: "127.0.2.\(host)", base: origin)
      var replica: InstanceRecord?
      _ = await cluster.eventually(within: .seconds(30)) {
        guard let last = await far.outcomes.last, last.status == 200 else { return false }
        replica = try await cluster.instances("madrid").first {
          $0.url == last.servedBy && $0.state == .running
        }
        return replica != nil
      }
      return (cluster, origin, local, far, replica)
    }

    /// Kills `replica` and waits up to `limit` for `origin` to give it up: whether it did, and how many
    /// seconds after the kill by the origin's own record of the loss (infinite if none was recorded).
    private func killAndAwaitLoss(
      of replica: InstanceRecord, at origin: String, in cluster: RuntimeCluster, within limit: Duration
    ) async -> (noticed: Bool, after: Double) {
      kill(replica.pid, SIGKILL)
      let killedAt = Date().timeIntervalSince1970
      var lostAt: Double?
      let noticed = await cluster.eventually(within: limit) {
        let status = try await OwnerClient.status(at: origin)
        lostAt = status.recentEvents.last { $0.event.hasPrefix("childLost(\(replica.icon))") }?.at
        return status.children[replica.icon] == nil
      }
      return (noticed, (lostAt ?? .infinity) - killedAt)
    }

    /// The counter value a `POST /count` answered with.
    private static func count(in outcome: LoopbackClient.Outcome) -> Int? {
      struct Count: Decodable { var count: Int }
      return try? JSONDecoder().decode(Count.self, from: Data(outcome.body.utf8)).count
    }

    @Test func aFarSubnetGetsAReplicaNearItThatServesIt() async throws {
      let cluster = try await RuntimeCluster(yards: Self.yards)
      let origin = try await deployOrigin(cluster)
      let local = ClientLoop()
      let far = ClientLoop()
      await local.start(source: "127.0.1.10", base: origin)
      await far.start(source: "127.0.2.10", base: origin)
      let servedInMadrid = await cluster.eventually(within: .seconds(30)) {
        guard let last = await far.outcomes.last, last.status == 200 else { return false }
        return await cluster.yard(serving: last.servedBy) == "madrid"
      }
      try await Task.sleep(for: .seconds(1))
      await local.stop()
      await far.stop()
      let outcomes = await far.outcomes
      let localOutcomes = await local.outcomes
      await cluster.shutdown()
      #expect(servedInMadrid)
      let lastFive = outcomes.suffix(5)
      #expect(lastFive.allSatisfy { $0.status == 200 && $0.body.contains("Madrid") })
      #expect(
        localOutcomes.suffix(5).allSatisfy { $0.body.contains("Stockholm") },
        "\(localOutcomes.suffix(5).map { "\($0.status.map(String.init) ?? "-") \($0.body) \($0.failure ?? "")" })"
      )
      // served in Madrid, the far clients feel far less latency than at first
      let first = outcomes.prefix(5).map { $0.latency.inSeconds }.reduce(0, +)
      let last = lastFive.map { $0.latency.inSeconds }.reduce(0, +)
      #expect(last < first / 2)
      #expect(await far.failures.isEmpty)
    }

    @Test func inHintModeTheOriginServesAndNamesTheCloserReplica() async throws {
      let cluster = try await RuntimeCluster(yards: Self.yards)
      let origin = try await deployOrigin(cluster, discovery: .hint)
      let local = ClientLoop()
      let far = ClientLoop()
      await local.start(source: "127.0.1.60", base: origin)
      await far.start(source: "127.0.2.60", base: origin)
      let servedInMadrid = await cluster.eventually(within: .seconds(30)) {
        guard let last = await far.outcomes.last, last.status == 200 else { return false }
        return await cluster.yard(serving: last.servedBy) == "madrid"
      }
      await local.stop()
      await far.stop()
      let outcomes = await far.outcomes
      await cluster.shutdown()
      #expect(servedInMadrid)
      #expect(
        outcomes.allSatisfy { $0.redirects == 0 && $0.status == 200 },
        "\(outcomes.filter { $0.redirects != 0 || $0.status != 200 }.map { ($0.status, $0.redirects, $0.failure) })"
      )
      // the origin itself answered the request that carried the hint
      let hinted = outcomes.first { $0.hint != nil }
      #expect(hinted?.servedBy == origin)
      #expect(hinted?.body.contains("Stockholm") == true)
    }

    @Test func aMigrationKeepsTheStateAndLosesNoRequest() async throws {
      let cluster = try await RuntimeCluster(yards: Self.yards)
      let origin = try await deployOrigin(cluster)
      let far = ClientLoop()
      await far.start(source: "127.0.2.20", base: origin, path: "/count", method: .POST)
      let moved = await cluster.eventually(within: .seconds(30)) {
        guard let last = await far.outcomes.last, last.status == 200 else { return false }
        return await cluster.yard(serving: last.servedBy) == "madrid"
      }
      try await Task.sleep(for: .seconds(1))
      await far.stop()
      let outcomes = await far.outcomes
      let stockholm = try await cluster.instances("stockholm")
      await cluster.shutdown()
      #expect(moved)
      #expect(
        outcomes.allSatisfy { $0.status == 200 },
        "failed: \(outcomes.filter { $0.status != 200 }.map(\.failure))")
      // every POST counted once, in order, across the move: the counter's state came along
      let counts = outcomes.compactMap(Self.count(in:))
      #expect(counts == Array(1...outcomes.count))
      #expect(stockholm.first { $0.icon == cluster.origin() }?.state == .stub)
    }

    @Test func anIdleReplicaTerminatesAndItsStubRedirectsItsClients() async throws {
      let (cluster, origin, local, far, replica) = try await originWithMadridReplica(host: 30)
      let replicaURL = replica?.url
      await far.stop()
      let terminated = await cluster.eventually(within: .seconds(30)) {
        try await cluster.instances("madrid").contains { $0.url == replicaURL && $0.state == .stub }
      }
      let client = LoopbackClient(source: "127.0.2.31")
      let afterwards = await client.send(base: replicaURL ?? origin, path: "/")
      await local.stop()
      await cluster.shutdown()
      #expect(replicaURL != nil)
      #expect(terminated)
      #expect(afterwards.status == 200)
      #expect(afterwards.redirects >= 1)
      #expect(afterwards.servedBy == origin)
    }

    @Test func aSoftTerminatedReplicasStateComesBackWithTheNextReplicaThere() async throws {
      let cluster = try await RuntimeCluster(yards: Self.yards)
      let origin = try await deployOrigin(cluster)
      let local = ClientLoop()
      await local.start(source: "127.0.1.80", base: origin)
      func countsServedInMadrid(_ loop: ClientLoop) async -> [Int] {
        var counts: [Int] = []
        for outcome in await loop.outcomes where outcome.status == 200 {
          guard await cluster.yard(serving: outcome.servedBy) == "madrid" else { continue }
          if let count = Self.count(in: outcome) { counts.append(count) }
        }
        return counts
      }
      // a first wave of Madrid clients gets a replica there, which counts their requests
      let first = ClientLoop()
      await first.start(source: "127.0.2.80", base: origin, path: "/count", method: .POST)
      _ = await cluster.eventually(within: .seconds(30)) { await countsServedInMadrid(first).count >= 20 }
      await first.stop()
      let firstCounts = await countsServedInMadrid(first)
      // idle, it terminates softly: the yard keeps its state
      let softlyGone = await cluster.eventually(within: .seconds(30)) {
        try await cluster.instances("madrid").contains { $0.state == .stub && $0.restorableUntil != nil }
      }
      // a second wave: the next replica in Madrid starts from where the first one stopped
      let second = ClientLoop()
      await second.start(source: "127.0.2.81", base: origin, path: "/count", method: .POST)
      _ = await cluster.eventually(within: .seconds(30)) { await !countsServedInMadrid(second).isEmpty }
      await second.stop()
      await local.stop()
      let secondCounts = await countsServedInMadrid(second)
      let madrid = try await cluster.instances("madrid")
      await cluster.shutdown()
      #expect(firstCounts.count >= 20)
      #expect(softlyGone)
      #expect(madrid.filter { $0.state == .running || $0.state == .stub }.count >= 2)
      let resumedAt = try #require(secondCounts.first)
      #expect(resumedAt == (firstCounts.last ?? 0) + 1, "first wave ended at \(firstCounts.last ?? 0)")
    }

    @Test func aKilledReplicaIsNoticedByItsParentAndItsClientsAreRedirected() async throws {
      // two missed reports: a loss is certain within three report periods
      let (cluster, origin, local, far, replica) = try await originWithMadridReplica(
        host: 40, missedReports: 2)
      guard let replica else {
        await cluster.shutdown()
        Issue.record("no replica started in Madrid")
        return
      }
      let (noticed, noticedAfter) = await killAndAwaitLoss(
        of: replica, at: origin, in: cluster, within: .seconds(10))
      // money sent to the dead replica's stub is kept only if its own tree signed it: a stranger's
      // deposit (half the largest amount) would otherwise be minted and returned to the origin
      let transfer = ControlPost(
        envelope: Envelope(
          application: cluster.application(), from: ICONID("\(replica.icon).1"), to: replica.icon, epoch: 1,
          message: .budgetTransfer(BudgetTransfer(amount: Money(microcredits: .max / 2), reason: "minted"))),
        sender: PeerAddress(url: "http://127.0.0.1:9"), peers: [:])
      _ = await cluster.eventually(within: .seconds(5)) {
        try await cluster.instances("madrid").first { $0.icon == replica.icon }?.state != .running
      }
      var deposits: [Int] = []
      for signing in [
        nil,
        Signing(
          RequestSigner(key: SigningKey(), application: cluster.application()), for: replica.icon.rawValue),
      ] {
        let body = try JSONEncoder().encode(transfer)
        deposits.append(
          await outcome {
            try await JSONClient().exchange(
              .POST, "\(replica.url)/_icon/messages", body: body, timeout: .seconds(5), signing: signing)
          }.status)
      }
      let redirected = await cluster.eventually(within: .seconds(10)) {
        let outcome = await LoopbackClient(source: "127.0.2.41").send(base: replica.url, path: "/")
        return outcome.status == 200 && outcome.servedBy != replica.url
      }
      // the replica's balance died with it; its yard returns it from escrow to the origin
      var books = (paid: Money.zero, escrow: Money.zero, held: Money.zero)
      let conserved = await cluster.eventually(within: .seconds(10)) {
        books = (.zero, .zero, try await OwnerClient.status(at: origin).balance)
        for (name, _, _) in Self.yards {
          let ledger = try await cluster.ledger(name)
          books.paid += ledger.paid.values.reduce(.zero, +)
          books.escrow += ledger.escrow.values.reduce(.zero, +)
        }
        return books.escrow == .zero && books.paid + books.held == 1000
      }
      await local.stop()
      await far.stop()
      await cluster.shutdown()
      #expect(deposits == [503, 503], "a stranger's deposit to a dead ICON's stub: \(deposits)")
      #expect(noticed)
      // by the parent's own clock: within three report periods of 0.5 s
      #expect(noticedAfter < 1.5, "noticed after \(noticedAfter) s")
      #expect(redirected)
      #expect(conserved, "paid \(books.paid), in escrow \(books.escrow), held by the origin \(books.held)")
    }

    @Test func aYardTellsTheParentOfAChildsDeathLongBeforeItsSilenceWould() async throws {
      // twenty missed reports: silence alone would take ten seconds to tell
      let (cluster, origin, local, far, replica) = try await originWithMadridReplica(
        host: 45, missedReports: 20)
      guard let replica else {
        await cluster.shutdown()
        Issue.record("no replica started in Madrid")
        return
      }
      // a report from anyone but a yard's operator is refused
      let death = try JSONEncoder().encode(PeerDeath(icon: replica.icon))
      let anonymous = await outcome {
        try await JSONClient().exchange(.POST, "\(origin)/_icon/peer-died", body: death, timeout: .seconds(5))
      }.status
      // a false report, even from a yard, is checked against the replica itself, which still answers
      let madrid = try SigningKey.load(
        at: YardSettings.keyFile(in: cluster.yards["madrid"]!.data.path))
      try await JSONClient().send(
        .POST, "\(origin)/_icon/peer-died", body: PeerDeath(icon: replica.icon),
        signing: Signing(RequestSigner(key: madrid, application: nil), for: cluster.origin().rawValue))
      let keptWhileAlive = try await OwnerClient.status(at: origin).children[replica.icon] != nil
      let (noticed, noticedAfter) = await killAndAwaitLoss(
        of: replica, at: origin, in: cluster, within: .seconds(8))
      let served = await LoopbackClient(source: "127.0.2.46").send(base: replica.url, path: "/")
      await local.stop()
      await far.stop()
      await cluster.shutdown()
      #expect(anonymous == 401)
      #expect(keptWhileAlive)
      #expect(noticed)
      #expect(noticedAfter < 3, "noticed after \(noticedAfter) s")
      #expect(served.status == 200 && served.servedBy == origin, "\(served)")
    }

    @Test func measuredLatencyComesFromTheKernelAndProbes() async throws {
      let cluster = try await RuntimeCluster(yards: Self.yards)
      var manifest = cluster.manifest()
      manifest.latency = LatencySettings(mode: .measured)
      let reply = try await cluster.owner.deploy(manifest, yard: cluster.url("paris"))
      let loop = ClientLoop()
      await loop.start(source: "127.0.4.1", base: reply.url)
      var estimates: [LatencyEstimate] = []
      let measured = await cluster.eventually(within: .seconds(10)) {
        estimates = try await OwnerClient.status(at: reply.url).latencyEstimates
        return Set(estimates.map(\.site)) == ["Madrid", "Paris", "Stockholm"]
      }
      await loop.stop()
      await cluster.shutdown()
      #expect(measured, "\(estimates)")
      #expect(estimates.allSatisfy { $0.subnet == "127.0.4.0/24" })
      // loopback: the kernel's round trip is well under a millisecond, but not nothing
      let here = estimates.first { $0.site == "Paris" }?.milliseconds ?? -1
      #expect(here > 0 && here < 5, "\(here)")
    }

    @Test func aKilledOriginIsReplacedByAnElectedReplicaThatTakesItsClients() async throws {
      let (cluster, origin, local, far, replica) = try await originWithMadridReplica(host: 95)
      let originRecord = try await cluster.instances("stockholm").first { $0.icon == cluster.origin() }
      guard let replica, let originRecord else {
        await cluster.shutdown()
        Issue.record("no replica started in Madrid")
        return
      }
      await local.stop()
      kill(originRecord.pid, SIGKILL)
      let owner = cluster.owner
      let elected = await cluster.eventually(within: .seconds(20)) {
        let status = try await OwnerClient.status(at: replica.url)
        return status.parent == nil && status.origin == replica.icon
      }
      let redirected = await cluster.eventually(within: .seconds(10)) {
        let outcome = await LoopbackClient(source: "127.0.1.96").send(base: origin, path: "/")
        return outcome.status == 200 && outcome.servedBy == replica.url
      }
      let found = try? await owner.origin(of: "shop", yard: cluster.url("stockholm"))
      await far.stop()
      await cluster.shutdown()
      #expect(elected)
      #expect(redirected)
      #expect(found?.icon == replica.icon)
    }

    @Test func aDeadIconsStubPointedElsewhereSendsClientsOnKeptConnectionsThereToo() async throws {
      let cluster = try await RuntimeCluster(yards: Self.yards)
      let origin = try await deployOrigin(cluster)
      let record = try await cluster.instances("stockholm").first { $0.icon == cluster.origin() }
      guard let record else {
        await cluster.shutdown()
        Issue.record("the origin did not start")
        return
      }
      kill(record.pid, SIGKILL)
      let failed = await cluster.eventually(within: .seconds(10)) {
        try await cluster.instances("stockholm").first { $0.icon == cluster.origin() }?.state == .failed
      }
      // the tree names an heir, then (after an election, say) another one; a client keeps its connection
      let stub = "\(cluster.url("stockholm"))/v1/instances/\(cluster.origin())/stub"
      let client = LoopbackClient(source: "127.0.1.97")
      var servedBy: [String] = []
      for heir in [cluster.url("paris"), cluster.url("madrid")] {
        try await JSONClient().send(
          .POST, stub, body: StubRequest(location: heir, ttlSeconds: 60),
          signing: try await cluster.asOwner(at: "stockholm"))
        servedBy.append(await client.send(base: origin, path: "/").servedBy)
      }
      // once the stub expires, nobody answers there, not even on the kept connection
      try await JSONClient().send(
        .POST, stub, body: StubRequest(location: nil, ttlSeconds: 0),
        signing: try await cluster.asOwner(at: "stockholm"))
      let ended = await cluster.eventually(within: .seconds(5)) {
        try await cluster.instances("stockholm").first { $0.icon == cluster.origin() }?.state == .ended
      }
      let afterwards = await client.send(base: origin, path: "/")
      await cluster.shutdown()
      #expect(failed)
      #expect(servedBy == [cluster.url("paris"), cluster.url("madrid")])
      #expect(ended)
      #expect(afterwards.status == nil, "answered \(afterwards.status.map(String.init) ?? "")")
    }

    @Test func aParentsLossReportLeavesALiveIconServingAndStubsADeadOne() async throws {
      let cluster = try await RuntimeCluster(yards: Self.yards)
      let origin = try await deployOrigin(cluster)
      let stub = "\(cluster.url("stockholm"))/v1/instances/\(cluster.origin())/stub"
      let lost = StubRequest(location: cluster.url("paris"), ttlSeconds: 60, reportedLost: true)
      var refusal: HTTPStatusError?
      do {
        try await JSONClient().send(
          .POST, stub, body: lost, signing: try await cluster.asOwner(at: "stockholm"))
      } catch let error as HTTPStatusError {
        refusal = error
      }
      let stateAfterRefusal = try await cluster.instances("stockholm").first { $0.icon == cluster.origin() }?
        .state
      let served = await LoopbackClient(source: "127.0.1.98").send(base: origin, path: "/")
      let record = try await cluster.instances("stockholm").first { $0.icon == cluster.origin() }
      if let record { kill(record.pid, SIGKILL) }
      let died = await cluster.eventually(within: .seconds(10)) {
        try await cluster.instances("stockholm").first { $0.icon == cluster.origin() }?.state != .running
      }
      try await JSONClient().send(
        .POST, stub, body: lost, signing: try await cluster.asOwner(at: "stockholm"))
      let redirected = await LoopbackClient(source: "127.0.1.98").send(base: origin, path: "/")
      await cluster.shutdown()
      #expect(refusal?.status == 409)
      #expect(refusal?.message.contains("alive") == true, "\(refusal?.message ?? "")")
      #expect(stateAfterRefusal == .running)
      #expect(served.status == 200 && served.servedBy == origin, "\(served)")
      #expect(died)
      #expect(redirected.servedBy == cluster.url("paris"), "\(redirected)")
    }

    @Test func aClientReachingAnArrivingIconWaitsForItsEngineAndIsServed() async throws {
      let cluster = try await RuntimeCluster(yards: Self.yards)
      let manifest = cluster.manifest()
      // the origin's next instance, asked for by the origin itself, as a migration would
      let application = cluster.application()
      let key = SigningKey()
      let chain = CertificateChain.origin(of: application, key: key.publicKey, owner: cluster.owner.key)
      let itself = RequestSigner(key: key, application: application, chain: chain)
      let paris = try await cluster.owner.offer(at: cluster.url("paris"))
      let arriving = try await JSONClient().send(
        .POST, "\(cluster.url("paris"))/v1/instances",
        body: DeployRequest(
          icon: cluster.origin(), manifest: manifest, start: .standby, peers: [:], generation: 1,
          owner: cluster.owner.key.publicKey,
          credentials: try .sealing(key, chain: chain, for: cluster.origin(), to: paris),
          agreement: Agreement(
            offer: paris, icon: cluster.origin(), application: application, chain: chain, key: key,
            now: Int64(Date().timeIntervalSince1970 * 1e9))),
        as: DeployReply.self, timeout: .seconds(40), signing: Signing(itself, for: paris.audience))
      let asked = ContinuousClock.now
      let answer = Task { await LoopbackClient(source: "127.0.1.99").send(base: arriving.url, path: "/") }
      try await Task.sleep(for: .seconds(1))
      var engine = ICONEngine(
        .origin(
          id: cluster.origin(), application: application, site: SiteOffer(site: "Paris"),
          policy: manifest.policy,
          budget: manifest.budget, seed: 1))
      _ = engine.handle(.started, now: Instant(nanoseconds: Int64(Date().timeIntervalSince1970 * 1e9)))
      try await JSONClient().send(
        .POST, "\(arriving.url)/_icon/takeover", body: Takeover(snapshot: try engine.snapshot()),
        signing: Signing(itself, for: cluster.origin().rawValue))
      let outcome = await answer.value
      let waited = ContinuousClock.now - asked
      await cluster.shutdown()
      #expect(outcome.status == 200, "\(outcome)")
      #expect(outcome.servedBy == arriving.url)
      #expect(waited >= .seconds(1), "answered after \(waited), before the engine arrived")
    }

    @Test func anInstanceThatCannotPayItsLeaseIsEvicted() async throws {
      let cluster = try await RuntimeCluster(yards: [("paris", "Paris", 1.0)], slot: 1)
      var manifest = cluster.manifest()
      manifest.budget = .zero
      let reply = try await cluster.owner.deploy(manifest, yard: cluster.url("paris"))
      let servedAtFirst = await LoopbackClient(source: "127.0.3.90").send(base: reply.url, path: "/")
      let evicted = await cluster.eventually(within: .seconds(15)) {
        try await cluster.instances("paris").first { $0.icon == cluster.origin() }?.state == .ended
      }
      let afterwards = await LoopbackClient(source: "127.0.3.90").send(base: reply.url, path: "/")
      let record = try await cluster.instances("paris").first { $0.icon == cluster.origin() }
      await cluster.shutdown()
      #expect(servedAtFirst.status == 200)
      #expect(evicted)
      #expect(record?.paid == .zero)
      #expect(afterwards.status == nil)
    }

    @Test func aRestartedYardKeepsItsStubsAndLeases() async throws {
      let cluster = try await RuntimeCluster(yards: Self.yards)
      let origin = try await deployOrigin(cluster)
      let far = ClientLoop()
      await far.start(source: "127.0.2.50", base: origin)
      let moved = await cluster.eventually(within: .seconds(30)) {
        try await cluster.instances("stockholm").contains { $0.icon == cluster.origin() && $0.state == .stub }
      }
      await far.stop()
      let before = try await cluster.instances("stockholm")
      let ledgerBefore = try await cluster.ledger("stockholm")
      // the host goes down: yard and the agent serving the stub die; the yard comes back on its data
      for instance in before { kill(instance.pid, SIGKILL) }
      try await cluster.restartYard("stockholm")
      let after = try await cluster.instances("stockholm")
      let ledgerAfter = try await cluster.ledger("stockholm")
      let stubAnswers = await cluster.eventually(within: .seconds(5)) {
        let outcome = await LoopbackClient(source: "127.0.2.51").send(base: origin, path: "/")
        return outcome.status == 200 && outcome.redirects == 1 && outcome.servedBy != origin
      }
      await cluster.shutdown()
      #expect(moved)
      let stub = after.first { $0.icon == cluster.origin() }
      #expect(stub?.state == .stub)
      #expect(stub?.stubLocation == before.first { $0.icon == cluster.origin() }?.stubLocation)
      #expect(stub?.paid == before.first { $0.icon == cluster.origin() }?.paid)
      #expect((ledgerAfter.paid[cluster.application()] ?? .zero) > .zero)
      #expect(
        ledgerAfter.paid[cluster.application()] ?? .zero >= ledgerBefore.paid[cluster.application()] ?? .zero)
      #expect(stubAnswers)
    }
  }
}
