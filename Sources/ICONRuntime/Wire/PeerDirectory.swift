import ICONCore

/// Where an ICON's agent answers, and how many times it has moved (a newer generation wins).
public struct PeerAddress: Hashable, Codable, Sendable {
  /// The agent's base URL, such as `http://127.0.0.1:8080`.
  public var url: String
  /// Incremented by the ICON itself on every migration.
  public var generation: UInt64

  /// An address at `url`, generation `generation`.
  public init(url: String, generation: UInt64 = 0) {
    self.url = url
    self.generation = generation
  }
}

/// The agent URLs an ICON knows, learned from deployments and gossiped with every control message. It
/// holds at most ``capacity`` ICONs: once full, it updates those it knows and ignores new ones.
public struct PeerDirectory: Hashable, Codable, Sendable {
  /// The most ICONs a directory holds.
  public static let capacity = 4096

  /// Known addresses by ICON.
  public private(set) var addresses: [ICONID: PeerAddress] = [:]

  /// An empty directory.
  public init() {}

  /// The address of `icon`, if known.
  public subscript(icon: ICONID) -> PeerAddress? { addresses[icon] }

  /// Records `address` for `icon` unless a newer generation is already known.
  public mutating func learn(_ icon: ICONID, at address: PeerAddress) {
    if let known = addresses[icon] {
      if known.generation > address.generation { return }
    } else if addresses.count >= Self.capacity {
      return
    }
    addresses[icon] = address
  }

  /// Records that `icon` answers at `location` now, one generation past the last known. A generation
  /// gossiped from elsewhere can be any number, so the count stops at the largest rather than overflow.
  public mutating func learn(_ icon: ICONID, movedTo location: String) {
    guard addresses[icon] != nil || addresses.count < Self.capacity else { return }
    let (next, overflow) = (addresses[icon]?.generation ?? 0).addingReportingOverflow(1)
    addresses[icon] = PeerAddress(url: location, generation: overflow ? .max : next)
  }

  /// Learns every entry of `other`.
  public mutating func merge(_ other: [ICONID: PeerAddress]) {
    for (icon, address) in other { learn(icon, at: address) }
  }
}
