import ICONCore
import Synchronization

/// The client subnets an agent has handed to its yard finder, so that each is handed once: checked on
/// every new client connection, so a lock and a set. Bounded: when full it starts over, and the finder,
/// which keeps its own bounded state, hears of subnets again.
final class SubnetsSeen: Sendable {
  private let seen = Mutex(Set<SubnetID>())
  /// The most subnets remembered.
  static let limit = 4096

  /// Whether `subnet` was not seen before (and is now).
  func isNew(_ subnet: SubnetID) -> Bool {
    seen.withLock {
      if $0.count >= Self.limit { $0.removeAll(keepingCapacity: true) }
      return $0.insert(subnet).inserted
    }
  }
}
