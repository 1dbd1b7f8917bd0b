/// An ICMP error as Linux reports it on a socket's error queue: a control message (`IP_RECVERR` or
/// `IPV6_RECVERR`) holding a `struct sock_extended_err` followed by the address of the host that sent
/// it. Read from the bytes, since the C macros that walk control messages do not reach Swift.
struct ExtendedError: Equatable {
  let kind: PathTracer.ErrorReport.Kind
  let offender: IPAddress

  /// `struct cmsghdr` on a 64-bit system: length (8 bytes), level (4), type (4).
  static let headerLength = 16
  /// `struct sock_extended_err`: errno (4), origin, type, code, pad (1 each), info (4), data (4).
  static let errorLength = 16

  /// The first ICMP report among the control messages in `control`; nil when there is none.
  init?(control: [UInt8]) {
    var offset = 0
    while offset + Self.headerLength <= control.count {
      let length = Int(Self.u64(control, offset))
      guard length >= Self.headerLength, offset + length <= control.count else { return nil }
      let level = Self.u32(control, offset + 8)
      let type = Self.u32(control, offset + 12)
      // SOL_IP/IP_RECVERR (0/11) and SOL_IPV6/IPV6_RECVERR (41/25)
      if (level == 0 && type == 11) || (level == 41 && type == 25),
        let error = Self(data: Array(control[(offset + Self.headerLength)..<(offset + length)]))
      {
        self = error
        return
      }
      offset += (length + 7) & ~7
    }
    return nil
  }

  /// The report in a control message's data.
  init?(data: [UInt8]) {
    guard data.count >= Self.errorLength + 8 else { return nil }
    let origin = data[4]
    let type = data[5]
    switch (origin, type) {
    // SO_EE_ORIGIN_ICMP: time exceeded 11, destination unreachable 3
    case (2, 11): kind = .timeExceeded
    case (2, 3): kind = .unreachable
    // SO_EE_ORIGIN_ICMP6: time exceeded 3, destination unreachable 1
    case (3, 3): kind = .timeExceeded
    case (3, 1): kind = .unreachable
    default: return nil
    }
    let family = UInt16(data[16]) | UInt16(data[17]) << 8
    switch family {
    case 2 where data.count >= 24: offender = IPAddress(bytes: Array(data[20..<24]))!
    case 10 where data.count >= 40: offender = IPAddress(bytes: Array(data[24..<40]))!
    default: return nil
    }
  }

  private static func u64(_ bytes: [UInt8], _ at: Int) -> UInt64 {
    (0..<8).reduce(0) { $0 | UInt64(bytes[at + $1]) << (8 * $1) }
  }

  private static func u32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
    (0..<4).reduce(0) { $0 | UInt32(bytes[at + $1]) << (8 * $1) }
  }
}
