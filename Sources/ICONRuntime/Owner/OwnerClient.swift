import Foundation
import ICONCore

/// What an application owner does from outside: deploy the origin, look at the tree, steer by
/// parameters and add money. It talks to yards and agents over their HTTP APIs.
public struct OwnerClient: Sendable {
  private let client = JSONClient()

  /// An owner client.
  public init() {}

  /// Deploys `manifest`'s origin at the yard at `yard`; returns where it answers.
  public func deploy(_ manifest: AppManifest, yard: String) async throws -> DeployReply {
    let offer = try await client.get("\(yard)/v1/offer", as: YardOffer.self)
    let icon = ICONID(manifest.name)
    let engine = EngineConfiguration.origin(
      id: icon, application: ApplicationID(manifest.name), site: offer.offer, policy: manifest.policy,
      budget: manifest.budget, seed: manifest.seed)
    var manifest = manifest
    if !manifest.yards.contains(yard) { manifest.yards.append(yard) }
    let request = DeployRequest(icon: icon, manifest: manifest, start: .fresh(engine), peers: [:])
    return try await client.send(
      .POST, "\(yard)/v1/instances", body: request, as: DeployReply.self, timeout: .seconds(40))
  }

  /// The status of the origin of `application`, found through the yard at `yard`.
  public func origin(of application: String, yard: String) async throws -> AgentStatus {
    let instances = try await client.get("\(yard)/v1/instances", as: [InstanceRecord].self)
    let candidates = instances.filter { $0.application.rawValue == application }
    guard !candidates.isEmpty else {
      throw RuntimeFailure("the yard at \(yard) knows no ICON of \(application)")
    }
    for candidate in candidates.sorted(by: { ($0.state == .running ? 0 : 1) < ($1.state == .running ? 0 : 1) }
    ) {
      for url in [candidate.url, candidate.stubLocation].compactMap({ $0 }) {
        guard let status = try? await status(at: url) else { continue }
        if status.parent == nil && status.mode == "serving" { return status }
        if let originURL = status.originURL, let origin = try? await self.status(at: originURL) {
          return origin
        }
      }
    }
    throw RuntimeFailure("no live ICON of \(application) answers from the yard at \(yard)")
  }

  /// The status of the agent at `url`, following a moved ICON.
  public func status(at url: String) async throws -> AgentStatus {
    var url = url
    for _ in 0..<5 {
      do {
        return try await client.get("\(url)/_icon/status", as: AgentStatus.self, timeout: .seconds(3))
      } catch let error as HTTPStatusError where error.movedTo != nil {
        url = error.movedTo!
      }
    }
    throw RuntimeFailure("\(url) keeps redirecting")
  }

  /// The whole tree under `root`, depth first, with each ICON's depth.
  public func tree(from root: AgentStatus) async -> [(depth: Int, status: AgentStatus)] {
    var result: [(Int, AgentStatus)] = []
    var stack: [(Int, AgentStatus)] = [(0, root)]
    while let (depth, status) = stack.popLast() {
      result.append((depth, status))
      for child in status.children.keys.sorted().reversed() {
        // a dead child's address may lead to another ICON: only the child itself counts
        guard let url = status.children[child], let childStatus = try? await self.status(at: url),
          childStatus.icon == child
        else {
          continue
        }
        stack.append((depth + 1, childStatus))
      }
    }
    return result
  }

  /// Sends `command` to the origin at `url`.
  public func command(_ command: OwnerCommand, origin url: String) async throws {
    try await client.send(.POST, "\(url)/_icon/owner", body: command)
  }
}
