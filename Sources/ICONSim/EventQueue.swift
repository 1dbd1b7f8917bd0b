import HeapModule
import ICONCore

/// Pending events of a discrete-event simulation, ordered by (time, sequence of scheduling), so events
/// at the same instant run in the order they were scheduled and every run is reproducible.
///
/// Only the events of the next few milliseconds are kept in a heap; later ones wait, unordered, in a ring
/// of buckets of ``bucketWidth`` each, and those beyond the ring in a second heap. A bucket is heapified
/// when its turn comes. With hundreds of thousands of pending events the working heap stays small enough
/// for the cache, and scheduling into a bucket is an append. The order is exactly that of one heap.
///
/// Items wait inline in the heaps and buckets, so a bucket's events lie together in memory when its turn
/// comes: keep items small (a large payload belongs in a ``Slab``, the item holding its slot).
struct EventQueue<Item> {
  private struct Entry: Comparable {
    var at: Instant
    var sequence: Int
    var item: Item
    static func < (lhs: Entry, rhs: Entry) -> Bool {
      lhs.at < rhs.at || (lhs.at == rhs.at && lhs.sequence < rhs.sequence)
    }
    static func == (lhs: Entry, rhs: Entry) -> Bool { lhs.at == rhs.at && lhs.sequence == rhs.sequence }
  }

  /// The time one bucket covers.
  static var bucketWidth: Duration { .nanoseconds(bucketNanoseconds) }
  private static var bucketNanoseconds: Int64 { 10_000_000 }
  /// Buckets in the ring: events up to this many widths ahead of the heap wait in buckets.
  static var bucketCount: Int { 1024 }

  /// Every entry before `horizon`.
  private var near = Heap<Entry>()
  /// Bucket `(cursor + k) % bucketCount` holds the entries in
  /// `[horizon + k × bucketWidth, horizon + (k + 1) × bucketWidth)`.
  private var buckets = [[Entry]](repeating: [], count: EventQueue.bucketCount)
  /// Entries at or after the ring's end.
  private var far = Heap<Entry>()
  private var horizon = Instant.zero
  private var cursor = 0
  /// Entries in the ring's buckets.
  private var bucketed = 0
  private var sequence = 0

  /// Adds `item` to happen at `time`.
  mutating func schedule(_ item: Item, at time: Instant) {
    sequence += 1
    place(Entry(at: time, sequence: sequence, item: item))
  }

  /// Adds `item` to happen at `time`, after every item scheduled without a rank for that instant and, among
  /// those scheduled with a rank for it, in the order of `rank` (not negative). The order then does not
  /// depend on when the item was scheduled.
  mutating func schedule(_ item: Item, at time: Instant, rank: Int) {
    precondition(rank >= 0, "a rank is not negative")
    place(Entry(at: time, sequence: Self.firstRank + rank, item: item))
  }

  /// Where the sequence numbers of ranked items start, past any the queue hands out itself.
  private static var firstRank: Int { 1 << 62 }

  /// Removes and returns the earliest event if it happens no later than `end`.
  mutating func next(notAfter end: Instant) -> (at: Instant, item: Item)? {
    while near.isEmpty {
      guard advance() else { return nil }
    }
    guard let first = near.min, first.at <= end else { return nil }
    _ = near.popMin()
    return (first.at, first.item)
  }

  /// The item that ``next(notAfter:)`` would return now, if it is already at hand (it may not be, even
  /// with items pending).
  var upcoming: Item? { near.min?.item }

  /// Combines every pending item, in no particular order, into one result (without copying them out).
  func reduce<Result>(_ initial: Result, _ next: (Result, Item) -> Result) -> Result {
    var result = initial
    for entry in near.unordered { result = next(result, entry.item) }
    for bucket in buckets where !bucket.isEmpty {
      for entry in bucket { result = next(result, entry.item) }
    }
    for entry in far.unordered { result = next(result, entry.item) }
    return result
  }

  /// Puts `entry` where its time belongs: the heap, a bucket or beyond the ring.
  private mutating func place(_ entry: Entry) {
    let ahead = entry.at.nanoseconds - horizon.nanoseconds
    guard ahead >= 0 else {
      near.insert(entry)
      return
    }
    let offset = ahead / Self.bucketNanoseconds
    if offset < Self.bucketCount {
      buckets[(cursor + Int(offset)) % Self.bucketCount].append(entry)
      bucketed += 1
    } else {
      far.insert(entry)
    }
  }

  /// Moves the next bucket into the heap (after an empty ring, the one holding the earliest event
  /// beyond it); false if no event is left.
  private mutating func advance() -> Bool {
    if bucketed == 0 {
      guard let first = far.min else { return false }
      horizon = first.at
      refillFromFar()
    }
    near = Heap(buckets[cursor])
    bucketed -= buckets[cursor].count
    buckets[cursor].removeAll(keepingCapacity: true)
    horizon = horizon + Self.bucketWidth
    cursor = (cursor + 1) % Self.bucketCount
    refillFromFar()
    return true
  }

  /// Moves the entries beyond the ring that it now reaches into their buckets.
  private mutating func refillFromFar() {
    let ringEnd = horizon.nanoseconds + Self.bucketNanoseconds * Int64(Self.bucketCount)
    while let first = far.min, first.at.nanoseconds < ringEnd {
      _ = far.popMin()
      place(first)
    }
  }
}

/// Values parked under integer slots, free slots reused: large payloads of queued events wait here while
/// the queue moves only their slots.
struct Slab<Value> {
  private var values: [Value?] = []
  private var freeSlots: [Int] = []

  /// Stores `value` and returns its slot.
  mutating func store(_ value: Value) -> Int {
    if let free = freeSlots.popLast() {
      values[free] = value
      return free
    }
    values.append(value)
    return values.count - 1
  }

  /// Removes and returns the value in `slot`.
  mutating func take(_ slot: Int) -> Value {
    freeSlots.append(slot)
    return values[slot].take()!
  }

  /// The value in `slot`, left in place.
  subscript(slot: Int) -> Value { values[slot]! }
}
