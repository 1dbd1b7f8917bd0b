import Foundation
import ICONCore
import ICONLedger
import ICONRuntime
import ICONTrust
import Testing

extension LiveClusters {
  /// Malformed manifests, requests and control messages get a 4xx that says what is wrong, and the yard
  /// and agent keep serving.
  @Suite(.timeLimit(.minutes(2)))
  struct BadInputTests {
    let client = JSONClient()

    func status(_ method: String, _ url: String, body: String?, signing: Signing? = nil) async -> (
      Int, String
    ) {
      await outcome {
        try await client.exchange(
          .init(rawValue: method), url, body: body.map { Data($0.utf8) }, timeout: .seconds(20),
          signing: signing)
      }
    }

    @Test func aYardAnswersBadRequestsWithWhatIsWrongAndKeepsServing() async throws {
      let cluster = try await RuntimeCluster(yards: [("paris", "Paris", 1.0)])
      let yard = cluster.url("paris")
      let offer = try await cluster.owner.offer(at: yard)
      let asOwner = Signing(
        RequestSigner(key: cluster.owner.key, application: cluster.application()), for: offer.audience)
      let garbage = await status("POST", "\(yard)/v1/instances", body: "{not json")
      let missing = await status("POST", "\(yard)/v1/instances", body: #"{"icon": "x"}"#)
      let unknown = await status("GET", "\(yard)/v1/nothing", body: nil)
      let lease = await status(
        "POST", "\(yard)/v1/instances/ghost/lease",
        body: String(
          decoding: try JSONEncoder().encode(
            LeaseOrder(agreement: "a", icon: "ghost", slot: 0, amount: 5, time: 0, key: SigningKey())),
          as: UTF8.self), signing: asOwner)
      var manifest = cluster.manifest()
      manifest.workload.command = ["icon", "no-such-command"]
      let deploy = try cluster.owner.deployment(of: manifest, at: offer)
      let failing = await status(
        "POST", "\(yard)/v1/instances",
        body: String(decoding: try JSONEncoder().encode(deploy), as: UTF8.self), signing: asOwner)
      var wrongID = deploy
      wrongID.icon = "other"
      let mismatch = await status(
        "POST", "\(yard)/v1/instances",
        body: String(decoding: try JSONEncoder().encode(wrongID), as: UTF8.self), signing: asOwner)
      let health = await status("GET", "\(yard)/v1/health", body: nil)
      let records = try await cluster.instances("paris")
      await cluster.shutdown()
      #expect(garbage.0 == 400 && garbage.1.contains("not valid JSON"))
      #expect(missing.0 == 400 && missing.1.contains("missing `manifest`"))
      #expect(unknown.0 == 404 && unknown.1.contains("POST /v1/instances"))
      #expect(lease.0 == 404 && lease.1.contains("no instance ghost"), "\(lease)")
      #expect(failing.0 == 502 && failing.1.contains("the agent did not start"))
      #expect(mismatch.0 == 400 && mismatch.1.contains("`other` is not an ICON of"), "\(mismatch)")
      #expect(health.0 == 200)
      #expect(records.allSatisfy { $0.state != .running })
    }

    @Test func anAgentRejectsMalformedAndMisaddressedControlMessages() async throws {
      let cluster = try await RuntimeCluster(yards: [("paris", "Paris", 1.0)])
      let reply = try await cluster.owner.deploy(cluster.manifest(), yard: cluster.url("paris"))
      // signed by the owner, so that what is wrong is the content
      let asOwner = Signing(
        RequestSigner(key: cluster.owner.key, application: cluster.application()), for: reply.icon.rawValue)
      let garbage = await status("POST", "\(reply.url)/_icon/messages", body: "[]", signing: asOwner)
      let envelope = Envelope(
        application: "someone-else", from: "intruder", to: reply.icon, epoch: 1,
        message: .locationChanged("Paris"))
      let post = ControlPost(envelope: envelope, sender: PeerAddress(url: "http://127.0.0.1:9"), peers: [:])
      let foreign = await status(
        "POST", "\(reply.url)/_icon/messages",
        body: String(decoding: try JSONEncoder().encode(post), as: UTF8.self), signing: asOwner)
      let owner = await status(
        "POST", "\(reply.url)/_icon/owner", body: #"{"fly": {}}"#, signing: asOwner)
      let unknown = await status("GET", "\(reply.url)/_icon/nothing", body: nil)
      let stillServing = await LoopbackClient(source: "127.0.3.9").send(base: reply.url, path: "/")
      await cluster.shutdown()
      #expect(garbage.0 == 400 && garbage.1.contains("malformed ControlPost"))
      #expect(foreign.0 == 403 && foreign.1.contains("intruder must be signed by it"), "\(foreign)")
      #expect(owner.0 == 400 && owner.1.contains("malformed OwnerInstruction"))
      #expect(unknown.0 == 404 && unknown.1.contains("/_icon/status"))
      #expect(stillServing.status == 200)
    }
  }
}
