import NIOCore
import NIOPosix

/// Serves a ``DNSZone`` over UDP: each datagram that is a query gets the zone's answer; anything else is
/// dropped. Answers longer than 512 bytes are cut to the header and question with the truncation bit.
public final class DNSZoneServer: Sendable {
  private let channel: any Channel

  /// Where it listens.
  public let address: DNSServerAddress

  private init(channel: any Channel, address: DNSServerAddress) {
    self.channel = channel
    self.address = address
  }

  /// Serves `zone` at `host:port` (0 picks a free port).
  public static func start(
    _ zone: DNSZone, host: String = "127.0.0.1", port: Int = 0,
    group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
  ) async throws -> DNSZoneServer {
    let channel = try await DatagramBootstrap(group: group)
      .channelInitializer { channel in
        channel.eventLoop.makeCompletedFuture {
          try channel.pipeline.syncOperations.addHandler(Responder(zone: zone))
        }
      }
      .bind(host: host, port: port).get()
    guard let local = channel.localAddress, let ip = local.ipAddress, let bound = local.port,
      let address = IPAddress(ip)
    else { throw DNSFormatError("the server's socket has no address") }
    return DNSZoneServer(channel: channel, address: DNSServerAddress(address, port: bound))
  }

  /// Stops serving.
  public func stop() async throws { try await channel.close() }

  private final class Responder: ChannelInboundHandler, Sendable {
    typealias InboundIn = AddressedEnvelope<ByteBuffer>
    typealias OutboundOut = AddressedEnvelope<ByteBuffer>
    let zone: DNSZone

    init(zone: DNSZone) { self.zone = zone }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
      let envelope = unwrapInboundIn(data)
      guard let query = try? DNSMessage(decoding: Array(buffer: envelope.data)) else { return }
      var response = zone.answer(query)
      guard var bytes = try? response.encoded() else { return }
      if bytes.count > 512 {
        response.answers = []
        response.flags.isTruncated = true
        guard let cut = try? response.encoded() else { return }
        bytes = cut
      }
      context.writeAndFlush(
        wrapOutboundOut(
          AddressedEnvelope(remoteAddress: envelope.remoteAddress, data: ByteBuffer(bytes: bytes))),
        promise: nil)
    }
  }
}
