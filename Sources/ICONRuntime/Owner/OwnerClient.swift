import Foundation
import ICONCore
import ICONLedger
import ICONTrust

/// What an application owner does from outside: deploy the origin, look at the tree, steer by
/// parameters and add money. It talks to yards and agents over their HTTP APIs and signs with the
/// owner's key, whose fingerprint is part of the application's id.
public struct OwnerClient: Sendable {
  let client = JSONClient()
  /// The owner's key.
  public let key: SigningKey

  /// An owner client signing with `key`.
  public init(key: SigningKey) { self.key = key }

  /// The owner's key file: `$ICON_OWNER_KEY`, else `$XDG_CONFIG_HOME/icon/owner.key`, else
  /// `~/.config/icon/owner.key`.
  public static var defaultKeyFile: String {
    let environment = ProcessInfo.processInfo.environment
    if let path = environment["ICON_OWNER_KEY"], !path.isEmpty { return path }
    let config =
      environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (NSHomeDirectory() + "/.config")
    return config + "/icon/owner.key"
  }

  /// The id of this owner's application `name`.
  public func application(_ name: String) -> ApplicationID {
    ApplicationIdentity.application(name: name, owner: key.publicKey)
  }

  /// The yard's signed offer at `yard`.
  public func offer(at yard: String) async throws -> YardOffer {
    let offer = try await client.get("\(yard)/v1/offer", as: YardOffer.self)
    guard offer.isSigned else {
      throw RuntimeFailure("the yard at \(yard) sent an offer its key did not sign")
    }
    return offer
  }

  /// Deploys `manifest`'s origin at the yard at `yard`; returns where it answers. The origin's key is
  /// made here, certified by the owner and sealed to that yard.
  public func deploy(_ manifest: AppManifest, yard: String) async throws -> DeployReply {
    let offer = try await offer(at: yard)
    return try await client.send(
      .POST, "\(yard)/v1/instances", body: try deployment(of: manifest, at: offer), as: DeployReply.self,
      timeout: .seconds(40),
      signing: Signing(RequestSigner(key: key, application: application(manifest.name)), for: offer.audience))
  }

  /// The request deploying `manifest`'s origin at the yard of `offer`.
  public func deployment(of manifest: AppManifest, at offer: YardOffer) throws -> DeployRequest {
    let yard = offer.url
    let application = application(manifest.name)
    let icon = ApplicationIdentity.origin(of: application)
    let engine = EngineConfiguration.origin(
      id: icon, application: application, site: offer.offer, policy: manifest.policy,
      budget: manifest.budget, seed: manifest.seed)
    var manifest = manifest
    if !manifest.yards.contains(yard) { manifest.yards.append(yard) }
    let originKey = SigningKey()
    let chain = CertificateChain.origin(of: application, key: originKey.publicKey, owner: key)
    let now = Gatekeeper.wallClock()
    return DeployRequest(
      icon: icon, manifest: manifest, start: .fresh(engine), peers: [:], owner: key.publicKey,
      credentials: try .sealing(originKey, chain: chain, for: icon, to: offer),
      agreement: Agreement(
        offer: offer, icon: icon, application: application, chain: chain, key: originKey, now: now),
      grant: OwnerGrant(application: application, amount: manifest.budget, owner: key, now: now))
  }

  /// The instances of this owner's application `name` at the yard at `yard`.
  public func instances(of name: String, at yard: String) async throws -> [InstanceRecord] {
    let offer = try await offer(at: yard)
    return try await client.get(
      "\(yard)/v1/instances", as: [InstanceRecord].self,
      signing: Signing(RequestSigner(key: key, application: application(name)), for: offer.audience))
  }

  /// What this owner's application `name` paid and holds in escrow at the yard at `yard`.
  public func ledger(of name: String, at yard: String) async throws -> YardLedger {
    let offer = try await offer(at: yard)
    return try await client.get(
      "\(yard)/v1/ledger", as: YardLedger.self,
      signing: Signing(RequestSigner(key: key, application: application(name)), for: offer.audience))
  }

  /// The status of the origin of this owner's application `name`, found through the yard at `yard`
  /// and proven by the origin's own signature.
  public func origin(of name: String, yard: String) async throws -> AgentStatus {
    let application = application(name)
    let candidates = try await instances(of: name, at: yard)
    guard !candidates.isEmpty else {
      throw RuntimeFailure(
        "the yard at \(yard) knows no ICON of \(name) deployed with the key \(key.publicKey.fingerprint) "
          + "(\(Self.defaultKeyFile) unless ICON_OWNER_KEY or --key says otherwise)")
    }
    for candidate in candidates.sorted(by: { ($0.state == .running ? 0 : 1) < ($1.state == .running ? 0 : 1) }
    ) {
      for url in [candidate.url, candidate.stubLocation].compactMap({ $0 }) {
        guard let status = try? await verifiedStatus(at: url, of: application) else { continue }
        if status.parent == nil && status.mode == "serving" { return status }
        if let originURL = status.originURL,
          let origin = try? await verifiedStatus(at: originURL, of: application), origin.parent == nil
        {
          return origin
        }
      }
    }
    throw RuntimeFailure("no live ICON of \(application) answers from the yard at \(yard)")
  }

  /// The status of the agent at `url`, following a moved ICON; anyone may ask.
  public static func status(at url: String) async throws -> AgentStatus {
    try await followingMoves(from: url) { url in
      try await JSONClient().get("\(url)/_icon/status", as: AgentStatus.self, timeout: .seconds(3))
    }
  }

  /// The status of the ICON of `application` at `url`, signed by that ICON for a fresh challenge:
  /// an impostor cannot answer for it.
  public func verifiedStatus(at url: String, of application: ApplicationID) async throws -> AgentStatus {
    try await verified("/_icon/status", at: url, of: application, as: AgentStatus.self) { $0.icon }
  }

  /// Why the ICON of `application` at `url` decided what it did (`GET /_icon/explain`), signed by it.
  public func explanation(at url: String, of application: ApplicationID) async throws -> ICONExplanation {
    try await verified("/_icon/explain", at: url, of: application, as: ICONExplanation.self) { $0.icon }
  }

  /// `GET path` at the agent at `url`, signed for a fresh challenge by the ICON the answer names
  /// (`icon` reads it), which must be one of `application`'s.
  private func verified<Answer: Decodable>(
    _ path: String, at url: String, of application: ApplicationID, as: Answer.Type,
    icon: (Answer) -> ICONID
  ) async throws -> Answer {
    let owner = key.publicKey
    return try await Self.followingMoves(from: url) { url in
      let challenge = Hex.random(bytes: 16)
      let (data, headers) = try await client.exchangeWithHeaders(
        .GET, "\(url)\(path)?challenge=\(challenge)", timeout: .seconds(3))
      let header = headers.first(name: Credential.headerName)
      let answer = try JSONDecoder().decode(Answer.self, from: data)
      guard let header else { throw RuntimeFailure("\(url) did not sign its answer to \(path)") }
      let principal = try CredentialCheck.verify(
        try Credential(header: header), method: "GET", target: path, body: data,
        audience: Self.statusAudience(challenge), now: Gatekeeper.wallClock(),
        owner: { $0 == application ? owner : nil })
      guard case .icon(icon(answer), application) = principal else {
        throw RuntimeFailure("\(url) answered as \(icon(answer)) but signed as \(principal)")
      }
      return answer
    }
  }

  /// What a status answering `challenge` is signed for.
  static func statusAudience(_ challenge: String) -> String { "status:\(challenge)" }

  private static func followingMoves<Value>(from url: String, _ ask: (String) async throws -> Value)
    async throws -> Value
  {
    var url = url
    for _ in 0..<5 {
      do {
        return try await ask(url)
      } catch let error as HTTPStatusError where error.movedTo != nil {
        url = error.movedTo!
      }
    }
    throw RuntimeFailure("\(url) keeps redirecting")
  }

  /// A grant of `amount` to the application of `origin`, signed now.
  public func grant(_ amount: Money, to origin: AgentStatus) -> OwnerInstruction {
    .grant(
      OwnerGrant(application: origin.application, amount: amount, owner: key, now: Gatekeeper.wallClock()))
  }

  /// A standing allowance of `amount` every `periodSeconds` for `days` days to the application of
  /// `origin`, signed now.
  public func allowance(_ amount: Money, every periodSeconds: Int64, days: Int64, to origin: AgentStatus)
    -> OwnerInstruction
  {
    let now = Gatekeeper.wallClock()
    return .allowance(
      Allowance(
        application: origin.application, amount: amount, periodSeconds: periodSeconds,
        until: now + days * 86_400_000_000_000, owner: key, now: now))
  }

  /// The whole tree under `root`, depth first, with each ICON's depth.
  public func tree(from root: AgentStatus) async -> [(depth: Int, status: AgentStatus)] {
    var result: [(Int, AgentStatus)] = []
    var stack: [(Int, AgentStatus)] = [(0, root)]
    while let (depth, status) = stack.popLast() {
      result.append((depth, status))
      for child in status.children.keys.sorted().reversed() {
        // a dead child's address may lead to another ICON: only the child itself counts
        guard let url = status.children[child],
          let childStatus = try? await verifiedStatus(at: url, of: status.application),
          childStatus.icon == child
        else {
          continue
        }
        stack.append((depth + 1, childStatus))
      }
    }
    return result
  }

  /// Sends `instruction`, signed, to `origin`.
  public func instruct(_ instruction: OwnerInstruction, origin: AgentStatus) async throws {
    try await client.send(
      .POST, "\(origin.url)/_icon/owner", body: instruction,
      signing: Signing(RequestSigner(key: key, application: origin.application), for: origin.icon.rawValue))
  }
}
