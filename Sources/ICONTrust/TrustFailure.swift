/// Why a signed request, certificate or key was refused. Each case says what was wrong in words a
/// user can act on; ``status`` is the HTTP status a server answers it with.
public enum TrustFailure: Error, Hashable, Sendable, CustomStringConvertible {
  /// The request carries no credential.
  case missing
  /// The credential or a key could not be read.
  case malformed(String)
  /// Signed for someone else: a message or command sent to (or replayed at) the wrong receiver.
  case misdirected(expected: String, got: String)
  /// Signed too long ago or too far in the future.
  case stale(seconds: Int64)
  /// The signature does not match the content: altered on the way, or signed over something else.
  case altered
  /// A valid signature, but by a key this receiver does not trust for this application.
  case forged(String)
  /// The certificate chain does not lead to the owner's key.
  case badChain(String)
  /// Seen before.
  case replayed
  /// Too many fresh requests to remember; try again.
  case busy
  /// Authenticated, but not allowed to do this.
  case forbidden(String)
  /// A key file that cannot be used.
  case unusableKeyFile(String, String)

  public var description: String {
    switch self {
    case .missing: "unauthenticated: the request carries no ICON-Credential header"
    case .malformed(let reason): "unauthenticated: the credential is malformed: \(reason)"
    case .misdirected(let expected, let got): "misdirected: signed for \(got), this is \(expected)"
    case .stale(let seconds): "stale: signed \(seconds) s away from this host's clock (at most 120 s)"
    case .altered: "altered: the signature does not match the content"
    case .forged(let reason): "forged: \(reason)"
    case .badChain(let reason): "forged: the certificate chain \(reason)"
    case .replayed: "replayed: this request was seen before"
    case .busy: "busy: too many fresh requests to check for replays; try again"
    case .forbidden(let reason): "forbidden: \(reason)"
    case .unusableKeyFile(let path, let reason): "key file \(path): \(reason)"
    }
  }

  /// A short name of the kind of failure, for counting refusals.
  public var kind: String {
    switch self {
    case .missing: "missing"
    case .malformed: "malformed"
    case .misdirected: "misdirected"
    case .stale: "stale"
    case .altered: "altered"
    case .forged, .badChain: "forged"
    case .replayed: "replayed"
    case .busy: "busy"
    case .forbidden: "forbidden"
    case .unusableKeyFile: "key file"
    }
  }

  /// 401 for what fails authentication, 403 for an authenticated party that may not do this, 503 when busy.
  public var status: Int {
    switch self {
    case .forbidden: 403
    case .busy: 503
    case .unusableKeyFile: 500
    default: 401
    }
  }
}
