import HeapModule
import ICONCore

/// Pending events of a discrete-event simulation, ordered by (time, sequence of scheduling), so events
/// at the same instant run in the order they were scheduled and every run is reproducible.
struct EventQueue<Item> {
  private struct Entry: Comparable {
    var at: Instant
    var sequence: Int
    var item: Item
    static func < (lhs: Entry, rhs: Entry) -> Bool { (lhs.at, lhs.sequence) < (rhs.at, rhs.sequence) }
    static func == (lhs: Entry, rhs: Entry) -> Bool { (lhs.at, lhs.sequence) == (rhs.at, rhs.sequence) }
  }

  private var heap = Heap<Entry>()
  private var sequence = 0

  /// Adds `item` to happen at `time`.
  mutating func schedule(_ item: Item, at time: Instant) {
    sequence += 1
    heap.insert(Entry(at: time, sequence: sequence, item: item))
  }

  /// Removes and returns the earliest event if it happens no later than `end`.
  mutating func next(notAfter end: Instant) -> (at: Instant, item: Item)? {
    guard let first = heap.min, first.at <= end else { return nil }
    _ = heap.popMin()
    return (first.at, first.item)
  }

  /// Every pending item, in no particular order.
  var items: [Item] { heap.unordered.map(\.item) }
}
