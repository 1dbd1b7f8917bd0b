import Foundation
import ICONCore
import ICONLedger
import ICONTrust
import NIOCore
import NIOHTTP1
import Testing

@testable import ICONRuntime

#if canImport(Glibc)
  import Glibc
#endif

extension LiveClusters {
  /// The attacks of a stranger who reaches a yard and an agent, sent to real processes on loopback:
  /// each is refused with the status that says why, and nothing changes.
  @Suite(.timeLimit(.minutes(3)))
  struct AttackTests {
    let client = JSONClient()

    /// The status and message of `method url` with `body`, signed by `signer` for `audience` at `at`
    /// (now by default), or carrying `header` as its credential.
    func send(
      _ method: HTTPMethod, _ url: String, body: Data? = nil, signer: RequestSigner? = nil,
      audience: String = "",
      at: Int64? = nil, header: String? = nil
    ) async -> (status: Int, message: String) {
      var headers: [(String, String)] = []
      if let signer {
        let credential = signer.credential(
          method: method.rawValue, target: requestTarget(of: url), body: body ?? Data(), audience: audience,
          now: at ?? Int64(Date().timeIntervalSince1970 * 1e9))
        headers.append((Credential.headerName, credential.header))
      }
      if let header { headers.append((Credential.headerName, header)) }
      return await outcome {
        try await client.exchange(method, url, body: body, timeout: .seconds(20), headers: headers)
      }
    }

    /// The response to `request`, sent as written to 127.0.0.1:`port` from `source` ("" if none came).
    static func raw(port: Int, source: String = "127.0.0.1", _ request: String) -> String {
      let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
      defer { close(socket) }
      var local = sockaddr_in()
      local.sin_family = sa_family_t(AF_INET)
      local.sin_addr.s_addr = inet_addr(source)
      var address = sockaddr_in()
      address.sin_family = sa_family_t(AF_INET)
      address.sin_port = in_port_t(UInt16(port).bigEndian)
      address.sin_addr.s_addr = inet_addr("127.0.0.1")
      let connected = withUnsafePointer(to: &local) { local in
        withUnsafePointer(to: &address) { address in
          local.withMemoryRebound(to: sockaddr.self, capacity: 1) { local in
            address.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
              bind(socket, local, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
                && connect(socket, address, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
          }
        }
      }
      guard connected else { return "" }
      let bytes = Array(request.utf8)
      _ = Glibc.send(socket, bytes, bytes.count, 0)
      var response: [UInt8] = []
      var buffer = [UInt8](repeating: 0, count: 4096)
      while true {
        let count = recv(socket, &buffer, buffer.count, 0)
        guard count > 0 else { break }
        response += buffer.prefix(count)
      }
      return String(decoding: response, as: UTF8.self)
    }

    /// The status code of `GET target` sent as written to 127.0.0.1:`port` (0 if none came).
    static func rawStatus(port: Int, target: String) -> Int {
      let response = raw(port: port, "GET \(target) HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
      return Int(response.split(separator: " ").dropFirst().first ?? "") ?? 0
    }

    @Test func aStrangerCannotRunCodeRemoveReadOrRedirectAtAYard() async throws {
      let cluster = try await RuntimeCluster(yards: [("paris", "Paris", 1.0)])
      let yard = cluster.url("paris")
      let reply = try await cluster.owner.deploy(cluster.manifest(), yard: yard)
      let offer = try await cluster.owner.offer(at: yard)
      let origin = cluster.origin()
      let stranger = OwnerClient(key: SigningKey())
      let strangerSigner = RequestSigner(key: stranger.key, application: stranger.application("shop"))
      let marker = cluster.folder.appendingPathComponent("owned")

      // 1. remote command execution: unsigned, then as a customer of its own with a shell command
      var manifest = cluster.manifest()
      manifest.workload.command = ["sh", "-c", "touch \(marker.path); exec icon workload"]
      let rce = try JSONEncoder().encode(try stranger.deployment(of: manifest, at: offer))
      let unsigned = await send(.POST, "\(yard)/v1/instances", body: rce)
      let shell = await send(
        .POST, "\(yard)/v1/instances", body: rce, signer: strangerSigner, audience: offer.audience)
      // posing as the owner's application: its id, the stranger's signature
      var posing = try cluster.owner.deployment(of: cluster.manifest(), at: offer)
      posing.manifest.workload.command = ["icon", "workload"]
      let pose = await send(
        .POST, "\(yard)/v1/instances", body: try JSONEncoder().encode(posing),
        signer: RequestSigner(key: stranger.key, application: cluster.application()), audience: offer.audience
      )
      // ids that name files, and limits that would trap
      var dots = try stranger.deployment(of: cluster.manifest(), at: offer)
      dots.icon = ".."
      let dotted = await send(
        .POST, "\(yard)/v1/instances", body: try JSONEncoder().encode(dots), signer: strangerSigner,
        audience: offer.audience)
      var huge = try stranger.deployment(of: cluster.manifest(), at: offer)
      huge.manifest.workload = .init(image: "localhost/anything", cpus: 1e19)
      let trap = await send(
        .POST, "\(yard)/v1/instances", body: try JSONEncoder().encode(huge), signer: strangerSigner,
        audience: offer.audience)

      // 2. the owner's instance: removed, stubbed away, leased, committed, replaced, listed
      let instance = "\(yard)/v1/instances/\(origin)"
      let removeUnsigned = await send(.DELETE, instance)
      let remove = await send(.DELETE, instance, signer: strangerSigner, audience: offer.audience)
      let stubBody = try JSONEncoder().encode(StubRequest(location: "http://127.0.0.1:9", ttlSeconds: 0))
      let stub = await send(
        .POST, "\(instance)/stub", body: stubBody, signer: strangerSigner, audience: offer.audience)
      let leaseBody = try JSONEncoder().encode(
        LeaseOrder(
          agreement: "any", icon: origin, slot: 0, amount: 1, time: Int64(Date().timeIntervalSince1970 * 1e9),
          key: SigningKey()))
      let lease = await send(
        .POST, "\(instance)/lease", body: leaseBody, signer: strangerSigner, audience: offer.audience)
      let commit = await send(
        .POST, "\(instance)/commit", body: Data("{}".utf8), signer: strangerSigner, audience: offer.audience)
      let image = WorkloadImage(
        yard: "http://127.0.0.1:9", yardKey: offer.key, image: "localhost/icon-moved:x")
      let swap = await send(
        .POST, "\(instance)/workload",
        body: try JSONEncoder().encode(WorkloadReplacement(image: image, port: 1, authorization: "")),
        signer: strangerSigner, audience: offer.audience)
      let listing = await send(.GET, "\(yard)/v1/instances")
      let ledger = await send(.GET, "\(yard)/v1/ledger")
      let export = await send(.GET, "\(yard)/v1/images/icon-moved:anything")
      // the owner's own signed request, sent a second time by someone who saw it
      let ownerSigner = RequestSigner(key: cluster.owner.key, application: cluster.application())
      let seen = ownerSigner.credential(
        method: "GET", target: "/v1/instances", body: Data(), audience: offer.audience,
        now: Int64(Date().timeIntervalSince1970 * 1e9))
      let original = await send(.GET, "\(yard)/v1/instances", header: seen.header)
      let replayed = await send(.GET, "\(yard)/v1/instances", header: seen.header)
      // a request signed for another yard
      let misdirected = await send(
        .GET, "\(yard)/v1/instances", signer: ownerSigner, audience: "yard:elsewhere")
      let hugeLease = await send(
        .POST, "\(instance)/lease",
        body: try JSONEncoder().encode(
          LeaseOrder(
            agreement: "any", icon: origin, slot: 0, amount: Money(microcredits: .max),
            time: Int64(Date().timeIntervalSince1970 * 1e9), key: cluster.owner.key)),
        signer: ownerSigner, audience: offer.audience)

      let after = try await cluster.instances("paris")
      let served = await LoopbackClient(source: "127.0.3.9").send(base: reply.url, path: "/")
      await cluster.shutdown()

      #expect(unsigned.status == 401, "\(unsigned)")
      #expect(shell.status == 403 && shell.message.contains("`sh` is not one"), "\(shell)")
      #expect(pose.status == 401 && pose.message.hasPrefix("forged"), "\(pose)")
      #expect(dotted.status == 400, "\(dotted)")
      #expect(trap.status == 400 && trap.message.contains("cpus"), "\(trap)")
      #expect(!FileManager.default.fileExists(atPath: marker.path), "the shell command ran")
      #expect(removeUnsigned.status == 401 && remove.status == 403, "\(removeUnsigned) \(remove)")
      #expect(stub.status == 403 && lease.status == 403 && commit.status == 403, "\(stub) \(lease) \(commit)")
      #expect(swap.status == 403, "\(swap)")
      #expect(listing.status == 401 && ledger.status == 401 && export.status == 401)
      #expect(original.status == 200 && replayed.status == 401 && replayed.message.hasPrefix("replayed"))
      #expect(misdirected.status == 401 && misdirected.message.hasPrefix("misdirected"), "\(misdirected)")
      #expect(hugeLease.status == 400, "\(hugeLease)")
      #expect(
        after.map(\.icon) == [origin] && after.first?.state == .running && after.first?.paid ?? 0 < 1000)
      #expect(served.status == 200)
    }

    @Test func aStrangerCannotSteerAnOriginOrReachItsWorkloadsHooks() async throws {
      let cluster = try await RuntimeCluster(yards: [("paris", "Paris", 1.0)])
      let reply = try await cluster.owner.deploy(cluster.manifest(), yard: cluster.url("paris"))
      let before = try await OwnerClient.status(at: reply.url)
      let audience = reply.icon.rawValue
      let owner = RequestSigner(key: cluster.owner.key, application: cluster.application())
      let stranger = RequestSigner(key: SigningKey(), application: cluster.application())
      let url = "\(reply.url)/_icon/owner"
      var policy = before.policy ?? OwnerPolicy()
      policy.version = .max
      let lockout = try JSONEncoder().encode(OwnerInstruction.policy(policy))
      let now = Int64(Date().timeIntervalSince1970 * 1e9)
      let mint = try JSONEncoder().encode(
        OwnerInstruction.grant(
          OwnerGrant(application: cluster.application(), amount: 1_000_000, owner: SigningKey(), now: now)))

      let unsigned = await send(.POST, url, body: mint)
      let forged = await send(.POST, url, body: mint, signer: stranger, audience: audience)
      let genuine = owner.credential(
        method: "POST", target: "/_icon/owner",
        body: Data(
          try JSONEncoder().encode(
            OwnerInstruction.grant(
              OwnerGrant(application: cluster.application(), amount: 1, owner: cluster.owner.key, now: now)))),
        audience: audience, now: Int64(Date().timeIntervalSince1970 * 1e9))
      let altered = await send(.POST, url, body: mint, header: genuine.header)
      let misdirected = await send(.POST, url, body: lockout, signer: owner, audience: "\(audience).7")
      let stale = await send(
        .POST, url, body: lockout, signer: owner, audience: audience,
        at: Int64(Date().timeIntervalSince1970 * 1e9) - 600_000_000_000)
      let addOne = try JSONEncoder().encode(
        OwnerInstruction.grant(
          OwnerGrant(application: cluster.application(), amount: 1, owner: cluster.owner.key, now: now)))
      // the owner's own signature on the request, over a grant someone else signed
      let smuggled = await send(.POST, url, body: mint, signer: owner, audience: audience)
      let once = owner.credential(
        method: "POST", target: "/_icon/owner", body: addOne, audience: audience,
        now: Int64(Date().timeIntervalSince1970 * 1e9))
      let first = await send(.POST, url, body: addOne, header: once.header)
      let replayed = await send(.POST, url, body: addOne, header: once.header)
      // a forged election and a forged request for budget, from an ICON no one certified
      let election = ControlPost(
        envelope: Envelope(
          application: cluster.application(), from: ICONID("\(reply.icon).9"), to: reply.icon, epoch: 99,
          message: .originElected(
            ElectionCall(epoch: 99, candidate: ICONID("\(reply.icon).9"), site: "Paris"))),
        sender: PeerAddress(url: "http://127.0.0.1:9"), peers: [:])
      let elected = await send(
        .POST, "\(reply.url)/_icon/messages", body: try JSONEncoder().encode(election), signer: stranger,
        audience: audience)
      // an orphan asking to be adopted (and funded), its chain made up by the stranger
      let orphanKey = SigningKey()
      let madeUp = CertificateChain.origin(
        of: cluster.application(), key: SigningKey().publicKey, owner: SigningKey()
      )
      .extended(
        to: ICONID("\(reply.icon).9"), key: orphanKey.publicKey, application: cluster.application(),
        issuer: SigningKey())
      let report = Report(
        sequence: 1, site: "Paris", requestRate: 1, meanLatency: 1, ownRate: 1, balance: .zero, spare: .zero,
        subtreeSize: 1, subtreeSites: nil, subtreeSubnets: nil, policyVersion: 1)
      let attach = ControlPost(
        envelope: Envelope(
          application: cluster.application(), from: ICONID("\(reply.icon).9"), to: reply.icon, epoch: 1,
          message: .attachRequest(report)),
        sender: PeerAddress(url: "http://127.0.0.1:9"), peers: [:])
      let adopted = await send(
        .POST, "\(reply.url)/_icon/messages", body: try JSONEncoder().encode(attach),
        signer: RequestSigner(key: orphanKey, application: cluster.application(), chain: madeUp),
        audience: audience)
      // control paths spelled otherwise never reach the workload's state hooks
      let port = Int(reply.url.split(separator: ":").last ?? "") ?? 0
      let hooks = ["http://elsewhere/_icon/state", "/%5Ficon/state", "/_ICON/state", "/x/../_icon/state"].map
      {
        Self.rawStatus(port: port, target: $0)
      }
      // what a client claims to be forwarded for is replaced by the address it connected from
      let whoami = Self.raw(
        port: port, source: "127.0.3.7",
        "GET /whoami HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: 198.51.100.66\r\nConnection: close\r\n\r\n")
      let after = try await OwnerClient.status(at: reply.url)
      await cluster.shutdown()

      #expect(whoami.contains(#""forwardedFor":"127.0.3.7""#), "\(whoami)")
      #expect(!whoami.contains("198.51.100.66"))
      #expect(unsigned.status == 401 && unsigned.message.hasPrefix("unauthenticated"), "\(unsigned)")
      #expect(forged.status == 401 && forged.message.hasPrefix("forged"), "\(forged)")
      #expect(altered.status == 401 && altered.message.hasPrefix("altered"), "\(altered)")
      #expect(misdirected.status == 401 && misdirected.message.hasPrefix("misdirected"), "\(misdirected)")
      #expect(stale.status == 401 && stale.message.hasPrefix("stale"), "\(stale)")
      #expect(first.status == 200 && replayed.status == 401 && replayed.message.hasPrefix("replayed"))
      #expect(smuggled.status == 403 && smuggled.message.contains("grant is not signed"), "\(smuggled)")
      #expect(elected.status == 401 && elected.message.hasPrefix("forged"), "\(elected)")
      #expect(
        adopted.status == 401 && adopted.message.hasPrefix("forged: the certificate chain"), "\(adopted)")
      #expect(hooks.allSatisfy { $0 == 404 }, "\(hooks)")
      #expect(
        after.policy?.version == before.policy?.version && after.parent == nil && after.origin == reply.icon)
      // one credit came from the owner's genuine command; lease payments only take
      #expect(after.balance + after.spent == before.balance + before.spent + 1)
      #expect((after.refusedRequests["forged"] ?? 0) >= 3 && after.refusedRequests["replayed"] == 1)
      #expect(after.children.isEmpty, "the made-up orphan was adopted")
    }

    @Test func theOwnerToolsNeverTakeAnImpostorForTheOrigin() async throws {
      let cluster = try await RuntimeCluster(yards: [("paris", "Paris", 1.0)])
      let reply = try await cluster.owner.deploy(cluster.manifest(), yard: cluster.url("paris"))
      let genuine = try await cluster.owner.verifiedStatus(at: reply.url, of: cluster.application())
      // an impostor answers with the genuine status, and even with a proof the origin once gave
      let (copied, headers) = try await client.exchangeWithHeaders(
        .GET, "\(reply.url)/_icon/status?challenge=00ff")
      let proof = headers.first(name: Credential.headerName) ?? ""
      let impostor = PlainHTTPServer { _, _ in
        var response = PlainResponse(
          status: .ok, headers: ["content-type": "application/json"], body: ByteBuffer(data: copied))
        response.headers.add(name: Credential.headerName, value: proof)
        return response
      }
      let port = try FreePort.pick()
      let serving = Task { try await impostor.serve(host: "127.0.0.1", port: port) }
      try await Task.sleep(for: .milliseconds(300))
      var refusal = ""
      do {
        _ = try await cluster.owner.verifiedStatus(at: "http://127.0.0.1:\(port)", of: cluster.application())
      } catch {
        refusal = "\(error)"
      }
      serving.cancel()
      await cluster.shutdown()
      #expect(genuine.icon == reply.icon)
      #expect(refusal.hasPrefix("misdirected"), "\(refusal)")
    }
  }
}
