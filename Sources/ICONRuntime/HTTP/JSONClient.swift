import AsyncHTTPClient
import Foundation
import ICONCore
import ICONTrust
import NIOCore
import NIOHTTP1

/// A reply that was not a success, with the server's own explanation.
public struct HTTPStatusError: Error, CustomStringConvertible, Sendable {
  /// The URL asked.
  public var url: String
  /// The HTTP status.
  public var status: Int
  /// The server's message (the `error.message` of a JSON error body, or the body's text).
  public var message: String
  /// Where a 3xx pointed.
  public var location: String?

  public var description: String { "\(url) answered \(status): \(message)" }

  /// For a 307 or 308: the base URL (`http://host:port`) the answer moved to.
  public var movedTo: String? {
    guard status == 307 || status == 308, let location else { return nil }
    return baseURL(of: location)
  }
}

/// `http://host:port` of a URL.
func baseURL(of url: String) -> String { String(split(url).base) }

/// The request target (path and query) of a URL: `/` when it names none, all of it without a scheme.
func requestTarget(of url: String) -> String {
  guard url.contains("://") else { return url }
  let target = split(url).target
  return target.isEmpty ? "/" : String(target)
}

/// A URL cut where its path begins: `http://host:port` and the rest. A string without a scheme is all
/// base.
private func split(_ url: String) -> (base: Substring, target: Substring) {
  guard let scheme = url.range(of: "://") else { return (url[...], "") }
  let end = url[scheme.upperBound...].firstIndex(of: "/") ?? url.endIndex
  return (url[..<end], url[end...])
}

/// JSON over HTTP between agents, yards and owner tools. Redirects are not followed: callers decide.
public struct JSONClient: Sendable {
  /// The client connections are made with.
  public let http: HTTPClient

  /// A JSON client over `http` (by default one shared, redirect-refusing client).
  public init(http: HTTPClient = JSONClient.sharedHTTP) { self.http = http }

  /// One client for the whole process, with redirects left to the caller.
  public static let sharedHTTP: HTTPClient = {
    var configuration = HTTPClient.Configuration()
    configuration.redirectConfiguration = .disallow
    configuration.timeout = .init(connect: .seconds(2))
    configuration.connectionPool = .init(idleTimeout: .seconds(30))
    return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
  }()

  /// `GET url`, decoded as `Reply`; signed when `signing` is given.
  public func get<Reply: Decodable>(
    _ url: String, as type: Reply.Type, timeout: Duration = .seconds(5), signing: Signing? = nil
  ) async throws -> Reply {
    try JSONDecoder().decode(
      type, from: try await exchange(.GET, url, body: nil, timeout: timeout, signing: signing))
  }

  /// `method url` with `body` as JSON, decoded as `Reply`; signed when `signing` is given.
  public func send<Body: Encodable, Reply: Decodable>(
    _ method: HTTPMethod, _ url: String, body: Body, as type: Reply.Type, timeout: Duration = .seconds(5),
    signing: Signing? = nil
  ) async throws -> Reply {
    let data = try JSONEncoder().encode(body)
    return try JSONDecoder().decode(
      type, from: try await exchange(method, url, body: data, timeout: timeout, signing: signing))
  }

  /// `method url` with `body` as JSON, ignoring the reply's content; signed when `signing` is given.
  public func send<Body: Encodable>(
    _ method: HTTPMethod, _ url: String, body: Body, timeout: Duration = .seconds(5), signing: Signing? = nil
  ) async throws {
    _ = try await exchange(
      method, url, body: try JSONEncoder().encode(body), timeout: timeout, signing: signing)
  }

  /// One exchange, signed when `signing` is given; a status outside 200–299 throws
  /// ``HTTPStatusError``. Answers longer than `limit` bytes are refused.
  public func exchange(
    _ method: HTTPMethod, _ url: String, body: Data?, timeout: Duration, limit: Int = 64 << 20,
    signing: Signing? = nil, headers: [(String, String)] = []
  ) async throws -> Data {
    try await exchangeWithHeaders(
      method, url, body: body, timeout: timeout, limit: limit, signing: signing, headers: headers
    ).body
  }

  /// ``exchange(_:_:body:timeout:limit:signing:headers:)``, also returning the answer's headers.
  public func exchangeWithHeaders(
    _ method: HTTPMethod, _ url: String, body: Data? = nil, timeout: Duration = .seconds(5),
    limit: Int = 64 << 20, signing: Signing? = nil, headers: [(String, String)] = []
  ) async throws -> (body: Data, headers: HTTPHeaders) {
    var request = HTTPClientRequest(url: url)
    request.method = method
    if let signing {
      request.headers.add(
        name: Credential.headerName,
        value: signing.header(method: method.rawValue, url: url, body: body ?? Data()))
    }
    for (name, value) in headers { request.headers.add(name: name, value: value) }
    if let body {
      request.headers.add(name: "Content-Type", value: "application/json")
      request.body = .bytes(ByteBuffer(bytes: body))
    }
    let response: HTTPClientResponse
    do {
      response = try await http.execute(request, timeout: .nanoseconds(timeout.nanoseconds))
    } catch {
      throw RuntimeFailure("cannot reach \(url): \(Self.reason(error, timeout: timeout))")
    }
    let bytes = try await response.body.collect(upTo: limit)
    let data = Data(buffer: bytes)
    guard (200..<300).contains(Int(response.status.code)) else {
      throw HTTPStatusError(
        url: url, status: Int(response.status.code), message: Self.message(in: data),
        location: response.headers.first(name: "Location"))
    }
    return (data, response.headers)
  }

  /// A short reason for a failed connection.
  static func reason(_ error: any Error, timeout: Duration) -> String {
    let text = String(describing: error)
    if text.contains("Connection refused") { return "connection refused (is it running?)" }
    if text.contains("deadlineExceeded") || text.contains("Timeout") { return "no answer within \(timeout)" }
    return text
  }

  static func message(in data: Data) -> String {
    struct ErrorBody: Decodable {
      struct Inner: Decodable { var message: String }
      var error: Inner
    }
    if let body = try? JSONDecoder().decode(ErrorBody.self, from: data) { return body.error.message }
    return String(decoding: data.prefix(500), as: UTF8.self)
  }
}
