import Foundation
import ICONCore
import ICONTrust
import NIOCore
import NIOHTTP1
import NIOPosix
import ServiceLifecycle

/// The agent's HTTP face, written directly on SwiftNIO so the proxy path costs little: the control
/// API under `/_icon/` and, for every other path, the client proxy (``ClientConnectionHandler``) that
/// meters demand per subnet, redirects clients to closer ICONs and streams the rest to the workload
/// over pooled, kept-alive connections.
struct AgentFront: Sendable {
  let node: AgentNode
  let routing: ClientRouting
  let meter: TrafficMeter
  let metrics: AgentMetrics
  let latency: any LatencySource
  let site: SiteID
  let discovery: AppManifest.Discovery
  let workloadPort: Int
  let workloadPools: WorkloadPools

  /// A front for `node`, whose workload listens on `workloadPort`.
  init(node: AgentNode, workloadPort: Int) {
    self.node = node
    routing = node.routing
    meter = node.meter
    metrics = node.metrics
    latency = node.latency
    site = node.configuration.site.site
    discovery = node.configuration.deployment.manifest.discovery
    self.workloadPort = workloadPort
    workloadPools = WorkloadPools(group: PlainHTTPServer.group, port: workloadPort)
  }

  /// Binds `host:port` (0 picks one) and serves until the channel closes, holding clients to `limits`.
  func bind(host: String, port: Int, limits: ConnectionLimits = .standard) async throws -> any Channel {
    let front = self
    return try await PlainHTTPServer.bind(host: host, port: port, limits: limits) {
      [ClientConnectionHandler(front: front)]
    }
  }

  // MARK: Control API

  /// Answers a control request: `path` is its normalised path, `head` the request as it came. Every
  /// request but health and status is signed: messages by the ICON they come from, owner commands by
  /// the owner, a takeover by this very ICON. A status asked with `?challenge=HEX` is signed by this
  /// ICON's key, so that its owner knows it talks to the real ICON.
  func control(_ head: HTTPRequestHead, path: String, body: ByteBuffer) async -> PlainResponse {
    let method = head.method
    if case .moved(let url) = routing.mode, path != "/_icon/health" {
      return .redirect(to: url, uri: head.uri)
    }
    do {
      switch (method, path) {
      case (.GET, "/_icon/health"):
        return .json(["status": routing.mode.name])
      case (.GET, "/_icon/status"):
        return signed(
          .json(await node.status()), path: path, challenge: ControlPath.query(head.uri, "challenge"))
      case (.GET, "/_icon/explain"):
        return signed(
          .json(await node.explanation()), path: path, challenge: ControlPath.query(head.uri, "challenge"))
      case (.GET, "/_icon/metrics"):
        return .text(await node.metricsText(), contentType: MetricsRegistry.contentType)
      case (.POST, "/_icon/messages"), (.POST, "/_icon/owner"), (.POST, "/_icon/takeover"),
        (.POST, "/_icon/peer-died"):
        let principal = try node.authenticate(
          head.headers.first(name: Credential.headerName), method: method.rawValue, target: head.uri,
          body: Data(buffer: body))
        switch path {
        case "/_icon/messages":
          let post = try Responses.decode(ControlPost.self, from: body)
          return answer(await node.receive(post, from: principal), uri: head.uri)
        case "/_icon/owner":
          let instruction = try Responses.decode(OwnerInstruction.self, from: body)
          return answer(await node.obey(instruction, from: principal), uri: head.uri)
        case "/_icon/peer-died":
          // from a yard's operator; believed only once the peer's own address no longer answers
          guard case .operator = principal else {
            throw TrustFailure.forbidden("a death is reported by a yard's operator, not by \(principal)")
          }
          let death = try Responses.decode(PeerDeath.self, from: body)
          await node.peerReportedDead(death.icon)
          return .json(["status": "accepted"], status: .accepted)
        default:
          let takeover = try Responses.decode(Takeover.self, from: body)
          do {
            try await node.takeOver(takeover, from: principal)
          } catch let failure as TrustFailure {
            throw failure
          } catch {
            return .error(.conflict, "takeover refused: \(error)")
          }
          return .json(["status": "serving"])
        }
      default:
        return .error(
          .notFound,
          "no such control endpoint: \(method) \(path) (GET /_icon/health, GET /_icon/status, "
            + "GET /_icon/explain, GET /_icon/metrics, "
            + "POST /_icon/messages, POST /_icon/owner, POST /_icon/peer-died, POST /_icon/takeover)")
      }
    } catch let problem as RequestProblem {
      return problem.plain
    } catch let failure as TrustFailure {
      return .error(HTTPResponseStatus(statusCode: failure.status), failure.description)
    } catch {
      return .error(.badRequest, "\(error)")
    }
  }

  /// `response` to `GET path`, signed for `challenge` when one was given (hex, at most 64 characters).
  private func signed(_ response: PlainResponse, path: String, challenge: String?) -> PlainResponse {
    var response = response
    if let challenge, (1...64).contains(challenge.count), challenge.allSatisfy(\.isHexDigit) {
      let credential = node.signer.credential(
        method: "GET", target: path, body: Data(buffer: response.body),
        audience: OwnerClient.statusAudience(challenge), now: Gatekeeper.wallClock())
      response.headers.add(name: Credential.headerName, value: credential.header)
    }
    return response
  }

  private func answer(_ delivery: AgentNode.Delivery, uri: String) -> PlainResponse {
    switch delivery {
    case .accepted: .json(["status": "accepted"], status: .accepted)
    case .moved(let url): .redirect(to: url, uri: uri)
    case .notReady: .error(.serviceUnavailable, "this ICON is not running here yet")
    case .rejected(let refusal): .error(.conflict, refusal.description)
    case .unauthorized(let failure):
      .error(HTTPResponseStatus(statusCode: failure.status), failure.description)
    }
  }

  /// The modelled round trip a response to `subnet` must carry.
  func delay(for subnet: SubnetID?) -> TimeAmount {
    guard let subnet else { return .zero }
    return .nanoseconds(latency.responseDelay(subnet: subnet, site: site).nanoseconds)
  }
}

/// Serves an ``AgentFront`` channel until graceful shutdown.
struct AgentFrontService: Service {
  let channel: any Channel

  func run() async throws {
    try await withGracefulShutdownHandler {
      try await channel.closeFuture.get()
    } onGracefulShutdown: {
      channel.close(promise: nil)
    }
  }
}
