import AsyncHTTPClient
import Foundation
import HTTPTypes
import Hummingbird
import ICONCore
import NIOCore
import NIOHTTP1

/// The agent's HTTP face: the control API under `/_icon/` and, for every other path, the client proxy
/// that meters demand per subnet, redirects clients to closer ICONs and forwards the rest to the
/// workload.
struct AgentServer: Sendable {
  let node: AgentNode
  let routing: ClientRouting
  let meter: TrafficMeter
  let latency: (any LatencySource)?
  let site: SiteID
  let discovery: AppManifest.Discovery
  let workloadPort: Int
  let upstream: HTTPClient

  /// A server for `node`, whose workload listens on `workloadPort`.
  init(node: AgentNode, workloadPort: Int) async {
    self.node = node
    routing = node.routing
    meter = node.meter
    latency = node.latency
    site = node.configuration.site.site
    discovery = node.configuration.deployment.manifest.discovery
    self.workloadPort = workloadPort
    upstream = Self.upstreamClient
  }

  static let upstreamClient: HTTPClient = {
    var configuration = HTTPClient.Configuration()
    configuration.redirectConfiguration = .disallow
    configuration.decompression = .disabled
    configuration.connectionPool = .init(
      idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: 512)
    return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
  }()

  /// Answers one request.
  func respond(_ request: Request, context: PeerAwareContext) async -> Response {
    do {
      if request.uri.path.hasPrefix("/_icon/") { return try await control(request) }
      return try await serveClient(request, context: context)
    } catch let problem as RequestProblem {
      return problem.response
    } catch {
      return Responses.error(.badGateway, "the workload did not answer: \(error)")
    }
  }

  // MARK: Control API

  private func control(_ request: Request) async throws -> Response {
    switch (request.method, request.uri.path) {
    case (.get, "/_icon/health"):
      return Responses.json(["status": routing.mode.name])
    case (.get, "/_icon/status"):
      return Responses.json(await node.status())
    case (.post, "/_icon/messages"):
      let post = try await Responses.decode(ControlPost.self, from: request)
      return answer(await node.receive(post), uri: "/_icon/messages")
    case (.post, "/_icon/owner"):
      let command = try await Responses.decode(OwnerCommand.self, from: request)
      return answer(await node.obey(command), uri: "/_icon/owner")
    case (.post, "/_icon/takeover"):
      let takeover = try await Responses.decode(Takeover.self, from: request)
      do {
        try await node.takeOver(takeover)
      } catch {
        return Responses.error(.conflict, "takeover refused: \(error)")
      }
      return Responses.json(["status": "serving"])
    default:
      return Responses.error(
        .notFound,
        "no such control endpoint: \(request.method) \(request.uri.path) (GET /_icon/health, GET /_icon/status, "
          + "POST /_icon/messages, POST /_icon/owner, POST /_icon/takeover)")
    }
  }

  private func answer(_ delivery: AgentNode.Delivery, uri: String) -> Response {
    switch delivery {
    case .accepted: Responses.json(["status": "accepted"], status: .accepted)
    case .moved(let url): Responses.redirect(to: url, uri: uri)
    case .notReady: Responses.error(.serviceUnavailable, "this ICON is not running here yet")
    case .rejected(let reason): Responses.error(.conflict, reason)
    }
  }

  // MARK: Clients

  private func serveClient(_ request: Request, context: PeerAwareContext) async throws -> Response {
    let started = ContinuousClock.now
    let subnet = context.remoteAddress?.ipAddress.flatMap { ClientSubnet.of(address: $0) }
    let delay = subnet.map { latency?.responseDelay(subnet: $0, site: site) ?? .zero } ?? .zero
    var mode = routing.enter()
    while mode == .paused {
      try await Task.sleep(for: .milliseconds(2))
      mode = routing.enter()
    }
    switch mode {
    case .serving:
      break
    case .standby, .paused:
      return Responses.error(.serviceUnavailable, "this ICON is starting")
    case .moved(let url):
      try await Task.sleep(for: delay)
      return Responses.redirect(to: url, uri: request.uri.description)
    case .stub(let url):
      try await Task.sleep(for: delay)
      guard let url else { return Responses.error(.gone, "this service has left this site") }
      return Responses.redirect(to: url, uri: request.uri.description)
    }
    defer { routing.leave() }
    let closer = routing.closer(for: subnet)
    if discovery == .redirect, let closer {
      try await Task.sleep(for: delay)
      return Responses.redirect(to: closer, uri: request.uri.description)
    }
    var response = try await forward(request)
    if let closer { response.headers[HTTPField.Name("ICON-Location")!] = closer }
    try await Task.sleep(for: delay)
    if let subnet {
      let elapsed = ContinuousClock.now - started
      meter.record(subnet, milliseconds: Double(elapsed.nanoseconds) / 1e6)
    }
    return response
  }

  private func forward(_ request: Request) async throws -> Response {
    var outgoing = HTTPClientRequest(url: "http://127.0.0.1:\(workloadPort)\(request.uri.description)")
    outgoing.method = HTTPMethod(rawValue: request.method.rawValue)
    for field in request.headers where !Self.hopByHop.contains(field.name.canonicalName) {
      outgoing.headers.add(name: field.name.rawName, value: field.value)
    }
    let bytes = try await request.body.collect(upTo: 64 << 20)
    if bytes.readableBytes > 0 { outgoing.body = .bytes(bytes) }
    let reply = try await upstream.execute(outgoing, timeout: .seconds(60))
    let content = try await reply.body.collect(upTo: 64 << 20)
    var headers = HTTPFields()
    for (name, value) in reply.headers where !Self.hopByHop.contains(name.lowercased()) {
      if let field = HTTPField.Name(name) { headers.append(HTTPField(name: field, value: value)) }
    }
    return Response(
      status: .init(code: Int(reply.status.code)), headers: headers, body: .init(byteBuffer: content))
  }

  private static let hopByHop: Set<String> = [
    "connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade", "te", "trailer",
    "content-length",
  ]
}
