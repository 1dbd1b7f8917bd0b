import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// A client as a user's browser would be one: sends from a chosen source address (so an agent sees its
/// subnet), follows redirects and `ICON-Location` hints, and reports what happened.
public struct LoopbackClient: Sendable {
  /// What one request came to.
  public struct Outcome: Sendable {
    /// The final status, or nil when no answer came.
    public var status: Int?
    /// The final body.
    public var body: String
    /// The base URL that finally answered.
    public var servedBy: String
    /// A closer ICON the answer named in its `ICON-Location` header (hint mode).
    public var hint: String?
    /// How many redirects were followed.
    public var redirects: Int
    /// Whether a connection failure was retried.
    public var retried: Bool
    /// From sending to the final answer.
    public var latency: Duration
    /// What went wrong, when no answer came.
    public var failure: String?
  }

  /// The address requests are sent from, such as `127.0.2.10`.
  public var source: String
  private let http: HTTPClient

  /// A client sending from `source`.
  public init(source: String, http: HTTPClient = JSONClient.sharedHTTP) {
    self.source = source
    self.http = http
  }

  /// Sends `method` to `base` + `path`, following up to five redirects and retrying once, 300 ms
  /// later, on a failed connection.
  public func send(_ method: HTTPMethod = .GET, base: String, path: String, body: String? = nil) async
    -> Outcome
  {
    let started = ContinuousClock.now
    var target = base + path
    var redirects = 0
    var retried = false
    while true {
      var request = HTTPClientRequest(url: target)
      request.method = method
      request.localAddress = source
      if let body { request.body = .bytes(ByteBuffer(string: body)) }
      do {
        let response = try await http.execute(request, timeout: .seconds(10))
        let content = String(buffer: try await response.body.collect(upTo: 16 << 20))
        let status = Int(response.status.code)
        if [301, 302, 307, 308].contains(status), redirects < 5,
          let location = response.headers.first(name: "Location")
        {
          redirects += 1
          target = location
          continue
        }
        return Outcome(
          status: status, body: content, servedBy: baseURL(of: target),
          hint: response.headers.first(name: "ICON-Location"), redirects: redirects, retried: retried,
          latency: ContinuousClock.now - started, failure: nil)
      } catch {
        if !retried {
          retried = true
          try? await Task.sleep(for: .milliseconds(300))
          continue
        }
        return Outcome(
          status: nil, body: "", servedBy: baseURL(of: target), hint: nil, redirects: redirects,
          retried: retried, latency: ContinuousClock.now - started, failure: "\(error)")
      }
    }
  }
}
