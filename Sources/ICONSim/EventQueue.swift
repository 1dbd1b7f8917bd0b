import HeapModule
import ICONCore

/// Pending events of a discrete-event simulation, ordered by (time, sequence of scheduling), so events
/// at the same instant run in the order they were scheduled and every run is reproducible.
///
/// The heap holds small fixed-size entries; the items themselves (which may carry whole messages) wait
/// in a slab whose free slots are reused, so reordering the heap never copies them.
struct EventQueue<Item> {
  private struct Entry: Comparable {
    var at: Instant
    var sequence: Int
    var slot: Int
    static func < (lhs: Entry, rhs: Entry) -> Bool {
      lhs.at < rhs.at || (lhs.at == rhs.at && lhs.sequence < rhs.sequence)
    }
    static func == (lhs: Entry, rhs: Entry) -> Bool { lhs.at == rhs.at && lhs.sequence == rhs.sequence }
  }

  private var heap = Heap<Entry>()
  private var slab: [Item?] = []
  private var freeSlots: [Int] = []
  private var sequence = 0

  /// Adds `item` to happen at `time`.
  mutating func schedule(_ item: Item, at time: Instant) {
    sequence += 1
    let slot: Int
    if let free = freeSlots.popLast() {
      slot = free
      slab[slot] = item
    } else {
      slot = slab.count
      slab.append(item)
    }
    heap.insert(Entry(at: time, sequence: sequence, slot: slot))
  }

  /// Removes and returns the earliest event if it happens no later than `end`.
  mutating func next(notAfter end: Instant) -> (at: Instant, item: Item)? {
    guard let first = heap.min, first.at <= end else { return nil }
    _ = heap.popMin()
    let item = slab[first.slot].take()!
    freeSlots.append(first.slot)
    return (first.at, item)
  }

  /// Every pending item, in no particular order.
  var items: [Item] { slab.compactMap { $0 } }
}
