import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// A container engine speaking the Docker Engine API v1.41 — Docker, or the compatible service
/// `podman system service` offers — over a unix socket or TCP. Only documented endpoints are used:
///
/// - `GET /version`
/// - `POST /containers/create?name=`, `POST /containers/{id}/start`, `POST /containers/{id}/stop?t=`,
///   `DELETE /containers/{id}?force=`, `GET /containers/{id}/json`, `GET /containers/{id}/logs`,
///   `POST /containers/{id}/wait`, `GET /containers/json?all=true&filters=`
/// - `POST /commit?container=&repo=&tag=`, `GET /images/{name}/get`, `POST /images/load`,
///   `GET /images/{name}/json`, `GET /images/json`, `DELETE /images/{name}`
public struct ContainerEngine: Sendable {
  /// The engine's address as given: `unix:///PATH` or `tcp://HOST:PORT`.
  public let address: String
  private let base: String
  private let http: HTTPClient

  /// The API version this client speaks.
  public static let apiVersion = "v1.41"

  /// `ICON_ENGINE`, else `DOCKER_HOST`, else Docker's usual socket.
  public static var defaultAddress: String {
    let environment = ProcessInfo.processInfo.environment
    return environment["ICON_ENGINE"] ?? environment["DOCKER_HOST"] ?? "unix:///var/run/docker.sock"
  }

  /// A client of the engine at `address` (`unix:///PATH` or `tcp://HOST:PORT`).
  public init(address: String, http: HTTPClient = JSONClient.sharedHTTP) throws {
    if address.hasPrefix("unix://") {
      let path = String(address.dropFirst("unix://".count))
      guard path.hasPrefix("/"),
        let encoded = path.addingPercentEncoding(withAllowedCharacters: .alphanumerics)
      else { throw RuntimeFailure("engine address \(address): expected unix:///ABSOLUTE/PATH") }
      base = "http+unix://\(encoded)"
    } else if address.hasPrefix("tcp://") {
      base = "http://" + address.dropFirst("tcp://".count)
    } else {
      throw RuntimeFailure("engine address \(address): expected unix:///PATH or tcp://HOST:PORT")
    }
    self.address = address
    self.http = http
  }

  /// What a container is created from.
  public struct ContainerSpec: Sendable {
    /// The image.
    public var image: String
    /// The command; nil keeps the image's own.
    public var command: [String]?
    /// Environment variables.
    public var environment: [String: String] = [:]
    /// Labels (how a yard knows its containers).
    public var labels: [String: String] = [:]
    /// Memory limit in bytes.
    public var memoryBytes: Int64?
    /// CPU limit in billionths of a CPU.
    public var nanoCPUs: Int64?

    /// A container of `image`.
    public init(image: String) { self.image = image }
  }

  /// A container's state (`GET /containers/{id}/json`).
  public struct ContainerState: Sendable {
    /// The id.
    public var id: String
    /// Running now.
    public var running: Bool
    /// The main process's id on the host (0 when not running).
    public var pid: Int32
    /// Its labels.
    public var labels: [String: String]
    /// The image it was created from.
    public var image: String
  }

  /// A listed container (`GET /containers/json`).
  public struct ContainerSummary: Sendable {
    /// The id.
    public var id: String
    /// Its labels.
    public var labels: [String: String]
    /// `running`, `exited`, `created`, …
    public var state: String
  }

  /// Why the engine refused, or could not be reached.
  public struct Failure: Error, CustomStringConvertible, Sendable {
    /// The HTTP status, nil when the engine could not be reached.
    public var status: Int?
    /// What went wrong, in words a provider can act on.
    public var description: String
  }

  // MARK: Endpoints

  /// The engine's version: also a check that it answers.
  public func version() async throws -> String {
    struct Version: Decodable {
      var version: String
      enum CodingKeys: String, CodingKey { case version = "Version" }
    }
    return try JSONDecoder().decode(Version.self, from: try await call(.GET, "/version")).version
  }

  /// Creates a container named `name` (host networking, never privileged, without the capabilities an
  /// HTTP service does not need, no new privileges, nothing of the host mounted); returns its id.
  public func create(name: String, _ spec: ContainerSpec) async throws -> String {
    struct HostConfig: Encodable {
      var networkMode = "host"
      var memory: Int64?
      var nanoCPUs: Int64?
      var privileged = false
      /// What an engine grants by default that a service on a high port does not need; it keeps those
      /// a workload's own files need (chown, permission overrides, setuid/setgid, kill).
      var capDrop = [
        "NET_RAW", "NET_BIND_SERVICE", "MKNOD", "SETFCAP", "SETPCAP", "SYS_CHROOT", "AUDIT_WRITE",
      ]
      var securityOpt = ["no-new-privileges"]
      enum CodingKeys: String, CodingKey {
        case networkMode = "NetworkMode", memory = "Memory", nanoCPUs = "NanoCpus", privileged = "Privileged",
          capDrop = "CapDrop", securityOpt = "SecurityOpt"
      }
    }
    struct Body: Encodable {
      var image: String
      var command: [String]?
      var environment: [String]
      var labels: [String: String]
      var hostConfig: HostConfig
      enum CodingKeys: String, CodingKey {
        case image = "Image", command = "Cmd", environment = "Env", labels = "Labels", hostConfig =
          "HostConfig"
      }
    }
    let body = Body(
      image: spec.image, command: spec.command,
      environment: spec.environment.sorted { $0.key < $1.key }.map { "\($0)=\($1)" }, labels: spec.labels,
      hostConfig: HostConfig(memory: spec.memoryBytes, nanoCPUs: spec.nanoCPUs))
    let encodedName = name.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? name
    do {
      let data = try await call(.POST, "/containers/create?name=\(encodedName)", json: body)
      return try JSONDecoder().decode(Identified.self, from: data).id
    } catch let failure as Failure where failure.status == 404 {
      throw Failure(
        status: 404,
        description:
          "no image \(spec.image) in the engine at \(address) (the demo's is built by scripts/build-demo-image.sh): \(failure.description)"
      )
    } catch let failure as Failure
      where failure.status == 409 || failure.description.contains("already in use")
    {
      throw Failure(
        status: 409, description: "a container named \(name) already exists: \(failure.description)")
    }
  }

  /// Starts a created container.
  public func start(_ id: String) async throws { _ = try await call(.POST, "/containers/\(id)/start") }

  /// Stops a container: SIGTERM, then SIGKILL after `seconds`.
  public func stop(_ id: String, seconds: Int) async throws {
    _ = try await call(.POST, "/containers/\(id)/stop?t=\(seconds)", timeout: .seconds(Int64(seconds) + 10))
  }

  /// Removes a container (and stops it first with `force`).
  public func remove(_ id: String, force: Bool = true) async throws {
    _ = try await call(.DELETE, "/containers/\(id)?force=\(force)", timeout: .seconds(30))
  }

  /// A container's state.
  public func inspect(_ id: String) async throws -> ContainerState {
    struct Inspected: Decodable {
      struct State: Decodable {
        var running: Bool
        var pid: Int32
        enum CodingKeys: String, CodingKey { case running = "Running", pid = "Pid" }
      }
      struct Config: Decodable {
        var labels: [String: String]?
        var image: String
        enum CodingKeys: String, CodingKey { case labels = "Labels", image = "Image" }
      }
      var id: String
      var state: State
      var config: Config
      enum CodingKeys: String, CodingKey { case id = "Id", state = "State", config = "Config" }
    }
    let inspected = try JSONDecoder().decode(
      Inspected.self, from: try await call(.GET, "/containers/\(id)/json"))
    return ContainerState(
      id: inspected.id, running: inspected.state.running, pid: inspected.state.pid,
      labels: inspected.config.labels ?? [:], image: inspected.config.image)
  }

  /// Waits until the container stops; returns its exit status.
  public func wait(_ id: String, timeout: Duration = .seconds(60)) async throws -> Int {
    struct Waited: Decodable {
      var statusCode: Int
      enum CodingKeys: String, CodingKey { case statusCode = "StatusCode" }
    }
    return try JSONDecoder().decode(
      Waited.self, from: try await call(.POST, "/containers/\(id)/wait", timeout: timeout)
    ).statusCode
  }

  /// Standard output and error so far, as text.
  public func logs(_ id: String) async throws -> String {
    Self.demultiplex(try await call(.GET, "/containers/\(id)/logs?stdout=true&stderr=true"))
  }

  /// Every container, running or not, that carries `label` (`KEY=VALUE`).
  public func list(label: String) async throws -> [ContainerSummary] {
    struct Listed: Decodable {
      var id: String
      var labels: [String: String]?
      var state: String
      enum CodingKeys: String, CodingKey { case id = "Id", labels = "Labels", state = "State" }
    }
    let filters =
      #"{"label":["\#(label)"]}"#.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    let listed = try JSONDecoder().decode(
      [Listed].self, from: try await call(.GET, "/containers/json?all=true&filters=\(filters)"))
    return listed.map { ContainerSummary(id: $0.id, labels: $0.labels ?? [:], state: $0.state) }
  }

  /// Commits a container's file system to the image `repository:tag`.
  public func commit(_ id: String, repository: String, tag: String) async throws {
    _ = try await call(
      .POST, "/commit?container=\(id)&repo=\(repository)&tag=\(tag)", json: [String: String](),
      timeout: .seconds(120))
  }

  /// The image `name` as a tar archive (`docker save`).
  public func save(image name: String) async throws -> Data {
    try await call(.GET, "/images/\(name)/get", timeout: .seconds(300))
  }

  /// Loads a tar archive made by ``save(image:)``.
  public func load(archive: Data) async throws {
    _ = try await call(
      .POST, "/images/load", body: archive, contentType: "application/x-tar", timeout: .seconds(300))
  }

  /// Whether the engine has the image `name`.
  public func hasImage(_ name: String) async throws -> Bool {
    do {
      _ = try await call(.GET, "/images/\(name)/json")
      return true
    } catch let failure as Failure where failure.status == 404 {
      return false
    }
  }

  /// The names (`REPOSITORY:TAG`) of the images whose names start with `prefix`.
  public func images(named prefix: String) async throws -> [String] {
    struct Listed: Decodable {
      var tags: [String]?
      enum CodingKeys: String, CodingKey { case tags = "RepoTags" }
    }
    return try JSONDecoder().decode([Listed].self, from: try await call(.GET, "/images/json"))
      .flatMap { $0.tags ?? [] }.filter { $0.hasPrefix(prefix) }
  }

  /// Removes the image `name`, unless a container still uses it.
  public func removeImage(_ name: String) async throws {
    _ = try await call(.DELETE, "/images/\(name)", timeout: .seconds(60))
  }

  // MARK: Transport

  /// `{"Id": …}`, as `create` answers.
  private struct Identified: Decodable {
    var id: String
    enum CodingKeys: String, CodingKey { case id = "Id" }
  }

  private func call<Body: Encodable>(
    _ method: HTTPMethod, _ path: String, json body: Body, timeout: Duration = .seconds(30)
  ) async throws -> Data {
    try await call(
      method, path, body: try JSONEncoder().encode(body), contentType: "application/json", timeout: timeout)
  }

  private func call(
    _ method: HTTPMethod, _ path: String, body: Data? = nil, contentType: String? = nil,
    timeout: Duration = .seconds(30)
  ) async throws -> Data {
    var request = HTTPClientRequest(url: "\(base)/\(Self.apiVersion)\(path)")
    request.method = method
    // a unix socket has no host name, and engines want the header all the same
    if base.hasPrefix("http+unix://") { request.headers.replaceOrAdd(name: "Host", value: "localhost") }
    if let body {
      request.body = .bytes(ByteBuffer(bytes: body))
      if let contentType { request.headers.add(name: "Content-Type", value: contentType) }
    }
    let response: HTTPClientResponse
    do {
      response = try await http.execute(request, timeout: .nanoseconds(timeout.nanoseconds))
    } catch {
      throw Failure(
        status: nil,
        description:
          "cannot reach the container engine at \(address): \(JSONClient.reason(error, timeout: timeout)). "
          + "Start one, for example `podman system service --time=0 \(address)`, or name another with --engine"
      )
    }
    let data = Data(buffer: try await response.body.collect(upTo: 2 << 30))
    let status = Int(response.status.code)
    guard (200..<300).contains(status) else {
      struct Message: Decodable { var message: String }
      let message =
        (try? JSONDecoder().decode(Message.self, from: data).message)
        ?? String(decoding: data.prefix(300), as: UTF8.self)
      throw Failure(
        status: status, description: "the engine answered \(status) to \(method) \(path): \(message)")
    }
    return data
  }

  /// The text of a log stream, which is multiplexed (8-byte frame headers) unless the container has a
  /// terminal.
  static func demultiplex(_ data: Data) -> String {
    let bytes = [UInt8](data)
    var text: [UInt8] = []
    var index = 0
    while index + 8 <= bytes.count, [0, 1, 2].contains(bytes[index]),
      bytes[index + 1...index + 3] == [0, 0, 0]
    {
      let size = bytes[index + 4...index + 7].reduce(0) { $0 << 8 | Int($1) }
      let end = min(bytes.count, index + 8 + size)
      text += bytes[(index + 8)..<end]
      index = end
    }
    if index < bytes.count { text += bytes[index...] }
    return String(decoding: text, as: UTF8.self)
  }
}
