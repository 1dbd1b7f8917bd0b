import Foundation
import ICONCore
import Testing

@testable import ICONRuntime

/// An agent in process, with its clock injected and no sockets: what control messages, owner commands
/// and a takeover do to it. Nothing it would send leaves: its background work is not run.
@Suite struct AgentNodeTests {
  static let now = Instant.seconds(1_000)
  static let manifest = AppManifest(name: "shop", workload: .init(command: ["true"]))
  static let origin = EngineConfiguration.origin(
    id: "shop", application: "shop", site: SiteOffer(site: "Paris"), budget: 10, seed: 1)

  static func agent(_ start: AgentStart, generation: UInt64 = 0) throws -> AgentNode {
    let deployment = DeployRequest(
      icon: "shop", manifest: manifest, start: start, peers: [:], generation: generation)
    return try AgentNode(
      configuration: AgentConfiguration(
        deployment: deployment, yard: "http://yard.test", site: SiteOffer(site: "Paris")),
      folder: nil, clock: { now })
  }

  static func post(_ message: Message, to icon: ICONID = "shop") -> ControlPost {
    ControlPost(
      envelope: Envelope(application: "shop", from: "shop.1", to: icon, epoch: 1, message: message),
      sender: PeerAddress(url: "http://child.test"), peers: [:])
  }

  @Test func aFreshOriginServesObeysItsOwnerAndRefusesByReason() async throws {
    let node = try Self.agent(.fresh(Self.origin))
    await node.start(url: "http://agent.test")
    let status = await node.status()
    #expect(status.mode == "serving" && status.origin == "shop")
    let added = await node.obey(.addBudget(5))
    guard case .accepted = added else {
      Issue.record("adding money: \(added)")
      return
    }
    #expect(await node.status().balance > status.balance)
    let stale = await node.obey(.updatePolicy(OwnerPolicy()))
    guard case .rejected(.stalePolicy(version: 1, current: 1)) = stale else {
      Issue.record("a policy of the same version: \(stale)")
      return
    }
    let misaddressed = await node.receive(Self.post(.locationChanged("Rome"), to: "shop.9"))
    guard case .rejected(.misaddressed(to: "shop.9", deliveredTo: "shop")) = misaddressed else {
      Issue.record("a message for another ICON: \(misaddressed)")
      return
    }
    await node.shutdown()
  }

  @Test func aMigrationTargetWaitsForItsEngineThenServesAndTakesNoSecond() async throws {
    let node = try Self.agent(.standby, generation: 1)
    await node.start(url: "http://target.test")
    #expect(await node.status().mode == "standby")
    let early = await node.receive(Self.post(.locationChanged("Rome")))
    guard case .notReady = early else {
      Issue.record("a message before the engine: \(early)")
      return
    }

    var engine = ICONEngine(Self.origin)
    _ = engine.handle(.started, now: Self.now)
    let takeover = Takeover(
      snapshot: try engine.snapshot(), timers: [], workloadState: nil, peers: [:], workloadImage: nil)
    try await node.takeOver(takeover)
    #expect(await node.status().mode == "serving")
    #expect(await node.status().balance == engine.balance)
    await #expect(throws: RuntimeFailure.self) { try await node.takeOver(takeover) }
    await node.shutdown()
  }
}
