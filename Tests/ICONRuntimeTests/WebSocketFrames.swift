/// WebSocket frames (RFC 6455 §5.2) written and read by hand over a ``RawConnection``: a client's text
/// frames are masked; a server's come unmasked, their length in 7, 16 or 64 bits.
extension RawConnection {
  /// Sends `text` as one masked text frame.
  @discardableResult
  func sendTextFrame(_ text: String) -> Bool {
    let payload = Array(text.utf8)
    let mask = (0..<4).map { _ in UInt8.random(in: 0...255) }
    var frame: [UInt8] = [0x81]
    if payload.count < 126 {
      frame.append(0x80 | UInt8(payload.count))
    } else if payload.count <= 0xFFFF {
      frame += [0x80 | 126, UInt8(payload.count >> 8), UInt8(payload.count & 0xFF)]
    } else {
      frame.append(0x80 | 127)
      frame += (0..<8).reversed().map { UInt8(truncatingIfNeeded: payload.count >> ($0 * 8)) }
    }
    frame += mask
    frame += payload.enumerated().map { $0.element ^ mask[$0.offset % 4] }
    return send(frame)
  }

  /// The text of the next frame from the server (a single, unmasked text frame).
  func readTextFrame() -> String {
    let start = read(2)
    guard start.count == 2, start[0] == 0x81 else { return "not a text frame: \(start)" }
    var length = Int(start[1] & 0x7F)
    if length == 126 {
      length = read(2).reduce(0) { $0 << 8 | Int($1) }
    } else if length == 127 {
      length = read(8).reduce(0) { $0 << 8 | Int($1) }
    }
    return String(decoding: read(length), as: UTF8.self)
  }
}
