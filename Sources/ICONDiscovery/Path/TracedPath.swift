/// The routers between this host and a destination, as one probe saw them.
public struct TracedPath: Hashable, Sendable, CustomStringConvertible {
  /// The address traced to.
  public let destination: IPAddress
  /// The address that answered at each hop, nearest first (index 0 is one hop away); nil where no
  /// answer came. The destination itself is not among them.
  public let hops: [IPAddress?]
  /// Whether the destination itself answered (with "port unreachable").
  public let reachedDestination: Bool

  public init(destination: IPAddress, hops: [IPAddress?], reachedDestination: Bool) {
    self.destination = destination
    self.hops = hops
    self.reachedDestination = reachedDestination
  }

  /// The routers that answered, nearest first, without repeats.
  public var routers: [IPAddress] {
    var seen = Set<IPAddress>()
    return hops.compactMap { $0 }.filter { seen.insert($0).inserted }
  }

  public var description: String {
    let steps =
      hops.map { $0?.description ?? "*" } + [
        reachedDestination ? destination.description : "(\(destination)?)"
      ]
    return steps.joined(separator: " -> ")
  }
}
