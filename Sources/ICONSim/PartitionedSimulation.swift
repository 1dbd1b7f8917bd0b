import Foundation
import ICONCore
import Synchronization

/// One overlay simulated by several ``Simulation``s side by side, one thread each, every one holding a
/// part of the ICONs (see ``OverlayPartition``).
///
/// No message between parts arrives sooner than the lookahead after it is sent, so the parts run in
/// windows of the lookahead: each runs its own events of the window on its own thread, then they wait
/// for one another and the mail between parts is handed over, part by part in order. Nothing depends on
/// which thread runs first: the same parts give the same run every time. (The order of events at the
/// very same instant may differ from a single simulation's.)
public final class PartitionedSimulation {
  /// The parts, in order.
  public let parts: [Simulation]
  /// The length of a window: the least delay of a message between parts.
  public let lookahead: Duration
  /// The end of the last window run; every part has run all its events up to it.
  public private(set) var now: Instant

  /// Runs `parts` (part `i` at position `i`) in windows of `lookahead`.
  public init(parts: [Simulation], lookahead: Duration) {
    precondition(!parts.isEmpty, "a partitioned run needs at least one part")
    precondition(lookahead > .zero, "the lookahead of a partitioned run must be positive")
    self.parts = parts
    self.lookahead = lookahead
    now = Instant(nanoseconds: -1)
  }

  /// Events handed to engines so far, over all parts.
  public var engineEvents: Int { parts.reduce(0) { $0 + $1.engineEvents } }

  /// Messages sent between ICONs so far, over all parts.
  public var messagesSent: Int { parts.reduce(0) { $0 + $1.messagesSent } }

  /// Runs every part until `end`.
  public func run(until end: Instant) {
    guard end > now else { return }
    let start = now
    let barrier = SpinBarrier(parties: parts.count)
    // each thread touches only its own part during a window, and only the first thread touches any
    // part between the two waits that close it, so the parts are never shared at the same time
    let shared = UncheckedSendable(self)
    let helpers = (1..<parts.count).map { index in
      Thread { shared.value.runWindows(of: index, from: start, until: end, barrier: barrier) }
    }
    for helper in helpers { helper.start() }
    runWindows(of: 0, from: start, until: end, barrier: barrier)
    now = end
  }

  /// Runs part `index` window by window from `start` to `end`; the first part also hands over the mail.
  private func runWindows(of index: Int, from start: Instant, until end: Instant, barrier: SpinBarrier) {
    var windowEnd = start
    while windowEnd < end {
      windowEnd = min(windowEnd + lookahead, end)
      parts[index].run(until: windowEnd)
      barrier.wait()
      if index == 0 { handOverMail() }
      barrier.wait()
    }
  }

  /// Moves the mail of the window just run to the parts it is for.
  private func handOverMail() {
    for receiver in parts.indices {
      for sender in parts.indices where sender != receiver {
        parts[receiver].receive(parts[sender].takeMail(for: receiver))
      }
    }
  }
}

/// A value handed to another thread under a discipline the compiler cannot see.
private struct UncheckedSendable<Value>: @unchecked Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
}

/// Threads wait at it until all `parties` have arrived. It spins, since windows are short, and yields
/// the processor while it waits long.
private final class SpinBarrier: Sendable {
  private let parties: Int
  private let arrived = Atomic<Int>(0)
  private let generation = Atomic<Int>(0)

  init(parties: Int) { self.parties = parties }

  func wait() {
    let current = generation.load(ordering: .acquiring)
    if arrived.wrappingAdd(1, ordering: .acquiringAndReleasing).newValue == parties {
      arrived.store(0, ordering: .relaxed)
      generation.store(current + 1, ordering: .releasing)
      return
    }
    var spins = 0
    while generation.load(ordering: .acquiring) == current {
      spins += 1
      if spins > 1_000 { sched_yield() }
    }
  }
}
