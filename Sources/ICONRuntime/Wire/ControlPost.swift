import ICONCore

/// One control message between agents, as posted to `/_icon/messages`: the engine's envelope plus the
/// sender's address and the addresses it knows, so the tree's directory spreads with its traffic.
public struct ControlPost: Codable, Sendable {
  /// The engine's message.
  public var envelope: Envelope
  /// Where the sender answers.
  public var sender: PeerAddress
  /// Addresses the sender knows.
  public var peers: [ICONID: PeerAddress]

  /// A post of `envelope` from `sender`, carrying `peers`.
  public init(envelope: Envelope, sender: PeerAddress, peers: [ICONID: PeerAddress]) {
    self.envelope = envelope
    self.sender = sender
    self.peers = peers
  }
}
