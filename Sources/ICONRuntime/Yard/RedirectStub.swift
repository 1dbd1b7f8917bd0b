import ICONCore
import NIOCore
import NIOHTTP1
import Synchronization

/// Answers for an ICON that left: its clients get a 307 to where it went (or 410 Gone). For an ICON
/// that moved or terminated, control messages are redirected too. For one that died, they get 503, as
/// a dead process would give no answer, except messages carrying money, which `deposit` keeps for the
/// ICON's heir. Serves on the port the ICON's agent used, until stopped. Its location can change while
/// it serves: clients on kept connections get the new one with their next request.
final class RedirectStub: Sendable {
  private let target: Mutex<String?>
  /// For a dead ICON: keeps the money of a signed control message (head and body) sent to it; false if
  /// it cannot or may not.
  typealias Deposit = @Sendable (HTTPRequestHead, ByteBuffer) -> Bool
  let deposit: Deposit?

  /// A stub sending clients to `location` (nil answers 410).
  init(location: String?, deposit: Deposit?) {
    target = Mutex(location)
    self.deposit = deposit
  }

  /// Where requests go; nil answers 410.
  var location: String? {
    get { target.withLock { $0 } }
    set { target.withLock { $0 = newValue } }
  }

  /// The response to a request with `head` and `body`.
  func respond(_ head: HTTPRequestHead, body: ByteBuffer) -> PlainResponse {
    let uri = head.uri
    if let deposit, uri.hasPrefix("/_icon/") {
      if head.method == .POST, uri == "/_icon/messages", deposit(head, body) {
        return .json(["status": "held in escrow by the yard"], status: .accepted)
      }
      return .error(.serviceUnavailable, "this ICON died; its yard keeps only money sent to it")
    }
    guard let location = location else { return .error(.gone, "this service has left this site") }
    return .redirect(to: location, uri: uri)
  }

  /// Serves on `host:port` until the task is cancelled.
  func serve(host: String, port: Int) async throws {
    try await PlainHTTPServer { head, body in self.respond(head, body: body) }
      .serve(host: host, port: port)
  }
}
