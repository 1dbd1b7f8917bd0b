import Hummingbird
import Logging
import ServiceLifecycle

/// Answers for an ICON that left: every request, client or control, gets a 307 to where the ICON
/// went (or 410 Gone). Serves on the port the ICON's agent used, until stopped.
struct RedirectStub: Sendable {
  /// Where requests go; nil answers 410.
  let location: String?

  /// The response to any request.
  func respond(_ request: Request) -> Response {
    guard let location else { return Responses.error(.gone, "this service has left this site") }
    return Responses.redirect(to: location, uri: request.uri.description)
  }

  /// Serves on `host:port` until the task is cancelled.
  func serve(host: String, port: Int, logger: Logger) async throws {
    let application = Application(
      responder: CallbackResponder { request, _ in self.respond(request) }
        as CallbackResponder<BasicRequestContext>,
      configuration: .init(address: .hostname(host, port: port), serverName: nil), logger: logger)
    try await application.runService(gracefulShutdownSignals: [])
  }
}
