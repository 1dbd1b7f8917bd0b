import Foundation
import ICONCore
import ICONLedger
import ICONTrust
import Testing

@testable import ICONRuntime

/// An agent in process, with its clock injected and no sockets: what control messages, owner commands
/// and a takeover do to it. Nothing it would send leaves: its background work is not run.
@Suite struct AgentNodeTests {
  static let now = Instant.seconds(1_000)
  static let manifest = AppManifest(name: "shop", workload: .init(command: ["true"]))
  static let owner = SigningKey()
  static let application = ApplicationIdentity.application(name: "shop", owner: owner.publicKey)
  static let originID = ApplicationIdentity.origin(of: application)
  static let child = ICONID("\(originID).1")
  static let origin = EngineConfiguration.origin(
    id: originID, application: application, site: SiteOffer(site: "Paris"), budget: 10, seed: 1)
  static let yard = YardIdentity(signing: SigningKey())

  static func agent(_ start: AgentStart, generation: UInt64 = 0, folder: URL? = nil) throws -> AgentNode {
    let key = SigningKey()
    let credentials = ICONCredentials(
      chain: .origin(of: application, key: key.publicKey, owner: owner),
      sealedKey: try SealedKey.seal(key, for: originID, to: yard.sealingKey))
    let offer = YardOffer(
      name: "test", url: "http://yard.test", offer: SiteOffer(site: "Paris"), yard: yard, now: now.nanoseconds
    )
    let deployment = DeployRequest(
      icon: originID, manifest: manifest, start: start, peers: [:], generation: generation,
      owner: owner.publicKey, credentials: credentials,
      agreement: Agreement(
        offer: offer, icon: originID, application: application, chain: credentials.chain, key: key,
        now: now.nanoseconds))
    return try AgentNode(
      configuration: AgentConfiguration(
        deployment: deployment, yard: "http://yard.test", yardKey: yard.signing.publicKey,
        site: SiteOffer(site: "Paris")),
      key: key, folder: folder, clock: { now })
  }

  /// An origin whose budget runs out asks its owner, which the tree shows; a standing allowance then
  /// pays at once, and the ledger keeps the draw with the allowance the owner signed.
  @Test func anOriginWithoutMoneyAsksItsOwnerAndDrawsOnItsAllowance() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("icon-agent-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var broke = Self.origin
    broke.budget = .zero
    let node = try Self.agent(.fresh(broke), folder: folder)
    let background = Task { await node.work.run() }
    defer { background.cancel() }
    await node.start(url: "http://agent.test")
    let asking = await node.status()
    let allowance = Allowance(
      application: Self.application, amount: 100, periodSeconds: 86_400,
      until: Self.now.nanoseconds + 86_400_000_000_000, owner: Self.owner, now: Self.now.nanoseconds)
    let taken = await node.obey(.allowance(allowance), from: .owner(Self.application))
    var after = await node.status()
    for _ in 0..<100 where after.pendingOwnerFunds != .zero || after.balance == .zero {
      try await Task.sleep(for: .milliseconds(20))
      after = await node.status()
    }
    await node.shutdown()
    let records = try ICONLedgerFile(folder: folder, icon: Self.originID).entries().map {
      try $0.decodedRecord()
    }
    guard case .accepted = taken else {
      Issue.record("the allowance: \(taken)")
      return
    }
    #expect((asking.pendingOwnerFunds ?? .zero) > .zero)
    #expect(after.pendingOwnerFunds == .zero && after.allowance != nil && after.balance > .zero)
    #expect(records.contains { $0.kind == .allowanceDraw && $0.allowance == allowance })
    #expect(records.first?.kind == .agreement)
  }

  static func post(_ message: Message, to icon: ICONID = originID) -> ControlPost {
    ControlPost(
      envelope: Envelope(application: application, from: child, to: icon, epoch: 1, message: message),
      sender: PeerAddress(url: "http://child.test"), peers: [:])
  }

  @Test func aFreshOriginServesObeysItsOwnerAndRefusesByReason() async throws {
    let node = try Self.agent(.fresh(Self.origin))
    await node.start(url: "http://agent.test")
    let status = await node.status()
    #expect(status.mode == "serving" && status.origin == Self.originID)
    let grant = OwnerInstruction.grant(
      OwnerGrant(application: Self.application, amount: 5, owner: Self.owner, now: Self.now.nanoseconds))
    let impostor = await node.obey(grant, from: .icon(Self.child, Self.application))
    guard case .unauthorized(.forbidden) = impostor else {
      Issue.record("a command signed by an ICON: \(impostor)")
      return
    }
    let added = await node.obey(grant, from: .owner(Self.application))
    guard case .accepted = added else {
      Issue.record("adding money: \(added)")
      return
    }
    // the same grant counts once
    #expect(await node.status().balance == status.balance + 5)
    let again = await node.obey(grant, from: .owner(Self.application))
    guard case .accepted = again else {
      Issue.record("the same grant again: \(again)")
      return
    }
    let forged = await node.obey(
      .grant(
        OwnerGrant(application: Self.application, amount: 5, owner: SigningKey(), now: Self.now.nanoseconds)),
      from: .owner(Self.application))
    guard case .unauthorized(.forbidden) = forged else {
      Issue.record("a grant another key signed: \(forged)")
      return
    }
    let stale = await node.obey(.policy(OwnerPolicy()), from: .owner(Self.application))
    guard case .rejected(.stalePolicy(version: 1, current: 1)) = stale else {
      Issue.record("a policy of the same version: \(stale)")
      return
    }
    let misaddressed = await node.receive(
      Self.post(.locationChanged("Rome"), to: "shop.9"), from: .icon(Self.child, Self.application))
    guard case .rejected(.misaddressed(to: "shop.9", deliveredTo: Self.originID)) = misaddressed else {
      Issue.record("a message for another ICON: \(misaddressed)")
      return
    }
    let posing = await node.receive(
      Self.post(.locationChanged("Rome")), from: .icon(ICONID("\(Self.originID).2"), Self.application))
    guard case .unauthorized(.forbidden) = posing else {
      Issue.record("a message signed by another ICON than its sender: \(posing)")
      return
    }
    await node.shutdown()
  }

  @Test func aMigrationTargetWaitsForItsEngineThenServesAndTakesNoSecond() async throws {
    let node = try Self.agent(.standby, generation: 1)
    await node.start(url: "http://target.test")
    #expect(await node.status().mode == "standby")
    let early = await node.receive(
      Self.post(.locationChanged("Rome")), from: .icon(Self.child, Self.application))
    guard case .notReady = early else {
      Issue.record("a message before the engine: \(early)")
      return
    }

    var engine = ICONEngine(Self.origin)
    _ = engine.handle(.started, now: Self.now)
    let takeover = Takeover(
      snapshot: try engine.snapshot(), timers: [], workloadState: nil, peers: [:], workloadImage: nil)
    await #expect(throws: TrustFailure.self) {
      try await node.takeOver(takeover, from: .icon(Self.child, Self.application))
    }
    let itself = Principal.icon(Self.originID, Self.application)
    try await node.takeOver(takeover, from: itself)
    #expect(await node.status().mode == "serving")
    #expect(await node.status().balance == engine.balance)
    await #expect(throws: RuntimeFailure.self) { try await node.takeOver(takeover, from: itself) }
    await node.shutdown()
  }
}
