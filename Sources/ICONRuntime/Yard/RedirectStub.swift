import NIOHTTP1

/// Answers for an ICON that left: every request, client or control, gets a 307 to where the ICON
/// went (or 410 Gone). Serves on the port the ICON's agent used, until stopped.
struct RedirectStub: Sendable {
  /// Where requests go; nil answers 410.
  let location: String?

  /// The response to a request for `uri`.
  func respond(to uri: String) -> PlainResponse {
    guard let location else { return .error(.gone, "this service has left this site") }
    return .redirect(to: location, uri: uri)
  }

  /// Serves on `host:port` until the task is cancelled.
  func serve(host: String, port: Int) async throws {
    try await PlainHTTPServer { head, _ in respond(to: head.uri) }.serve(host: host, port: port)
  }
}
