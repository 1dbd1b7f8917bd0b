/// A message between two ICONs of one application, with everything needed to reject it when it is
/// malformed, misaddressed or stale.
public struct Envelope: Hashable, Codable, Sendable {
  /// The wire format version this build speaks.
  public static let currentVersion = 1

  /// Wire format version of this envelope.
  public var version: Int
  /// The application both ICONs belong to.
  public var application: ApplicationID
  /// Sender.
  public var from: ICONID
  /// Receiver.
  public var to: ICONID
  /// The sender's origin epoch; raised by every origin election.
  public var epoch: UInt64
  /// The payload.
  public var message: Message

  /// An envelope in the current wire format.
  public init(
    application: ApplicationID, from: ICONID, to: ICONID, epoch: UInt64, message: Message,
    version: Int = Envelope.currentVersion
  ) {
    self.version = version
    self.application = application
    self.from = from
    self.to = to
    self.epoch = epoch
    self.message = message
  }
}
