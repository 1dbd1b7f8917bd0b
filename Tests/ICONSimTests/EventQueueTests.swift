import ICONCore
import Testing

@testable import ICONSim

@Suite struct EventQueueTests {
  /// Random schedules, near and far (beyond the ring of buckets), some at the current time and some
  /// before it, interleaved with pops up to random ends: the queue gives the order of a sort by
  /// (time, scheduling order), and nothing after `end`.
  @Test(arguments: [UInt64(1), 2, 3])
  func popsInTimeThenSchedulingOrder(seed: UInt64) {
    var random = SplitMix64(seed: seed)
    var queue = EventQueue<Int>()
    var pending: [(at: Instant, id: Int)] = []
    var now = Instant.zero
    let ringSpan = EventQueue<Int>.bucketWidth.nanoseconds * Int64(EventQueue<Int>.bucketCount)
    var nextID = 0
    for _ in 0..<400 {
      for _ in 0..<Int.random(in: 0..<8, using: &random) {
        let ahead: Int64 =
          switch Int.random(in: 0..<5, using: &random) {
          case 0: 0
          case 1: -Int64.random(in: 0..<1_000_000, using: &random)
          case 2: Int64.random(in: 0..<ringSpan * 3, using: &random)
          default: Int64.random(in: 0..<50_000_000, using: &random)
          }
        let at = Instant(nanoseconds: max(0, now.nanoseconds + ahead))
        queue.schedule(nextID, at: at)
        pending.append((at, nextID))
        nextID += 1
      }
      let end = Instant(nanoseconds: now.nanoseconds + Int64.random(in: 0..<200_000_000, using: &random))
      var popped: [Int] = []
      while let next = queue.next(notAfter: end) {
        #expect(next.at <= end)
        popped.append(next.item)
        now = next.at
      }
      // the reference: stable sort by time keeps the scheduling order of equal times
      let due = pending.enumerated().filter { $0.element.at <= end }
        .sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }
      #expect(popped == due.map(\.element.id))
      pending.removeAll { $0.at <= end }
      now = max(now, end)
    }
    #expect(queue.reduce([]) { $0 + [$1] }.sorted() == pending.map(\.id).sorted())
    #expect(nextID > 1_000)
  }
}

@Suite struct SlabTests {
  /// Values come back from the slots they were stored in, and freed slots are reused before the slab
  /// grows.
  @Test func returnsWhatWasStoredAndReusesFreedSlots() {
    var slab = Slab<String>()
    let first = slab.store("a")
    let second = slab.store("b")
    #expect(first != second)
    #expect(slab[second] == "b")
    #expect(slab.take(first) == "a")
    let third = slab.store("c")
    #expect(third == first, "the freed slot is reused")
    #expect(slab.take(third) == "c")
    #expect(slab.take(second) == "b")
  }

  @Test func rankedItemsComeAfterTheOthersOfTheirInstantInRankOrder() {
    var queue = EventQueue<String>()
    let soon = Instant(nanoseconds: 5_000_000)
    queue.schedule("ranked 7", at: soon, rank: 7)
    queue.schedule("first", at: soon)
    queue.schedule("ranked 2", at: soon, rank: 2)
    queue.schedule("second", at: soon)
    queue.schedule("earlier, ranked", at: Instant(nanoseconds: 1), rank: 9)
    var order: [String] = []
    while let next = queue.next(notAfter: soon) { order.append(next.item) }
    #expect(order == ["earlier, ranked", "first", "second", "ranked 2", "ranked 7"])
  }
}
