import Foundation
import ICONCore
import Synchronization

/// One overlay simulated by several ``Simulation``s side by side, one thread each, every one holding a
/// part of the ICONs (see ``OverlayPartition``).
///
/// No message between parts arrives sooner than the lookahead after it is sent, so a part may run up to
/// the lookahead past the time every other part has reached: nothing still to come from them can arrive
/// before that. Each part runs as far as that allows, then posts the mail it sent to the other parts and
/// says how far it got; it waits only when it is a whole lookahead ahead of another. Mail arriving at
/// the same instant as other events comes after them, in the order of its rank, so the order of events
/// does not depend on which thread ran first: the same parts give the same run every time. (The order of
/// events at the very same instant may differ from a single simulation's.)
public final class PartitionedSimulation {
  /// The parts, in order.
  public let parts: [Simulation]
  /// The least delay of a message between parts.
  public let lookahead: Duration
  /// How far each part has run, in nanoseconds: it has run all its events up to then and posted the
  /// mail they sent.
  private let progress: [Progress]
  /// Mail posted to each part, not yet taken in.
  private let inboxes: [Inbox]

  /// Runs `parts` (part `i` at position `i`), which send one another no message sooner than `lookahead`.
  public init(parts: [Simulation], lookahead: Duration) {
    precondition(!parts.isEmpty, "a partitioned run needs at least one part")
    precondition(lookahead > .zero, "the lookahead of a partitioned run must be positive")
    self.parts = parts
    self.lookahead = lookahead
    progress = parts.map { _ in Progress() }
    inboxes = parts.map { _ in Inbox() }
  }

  /// The time every part has run up to.
  public var now: Instant {
    Instant(nanoseconds: progress.map { $0.nanoseconds.load(ordering: .acquiring) }.min()!)
  }

  /// Events handed to engines so far, over all parts.
  public var engineEvents: Int { parts.reduce(0) { $0 + $1.engineEvents } }

  /// Messages sent between ICONs so far, over all parts.
  public var messagesSent: Int { parts.reduce(0) { $0 + $1.messagesSent } }

  /// Runs every part until `end`.
  public func run(until end: Instant) {
    guard end > now else { return }
    // a part is touched only by its own thread while they run; mail passes through the locked inboxes,
    // and a part's progress is published only after its mail is posted
    let shared = UncheckedSendable(self)
    let helpers = (1..<parts.count).map { index in Thread { shared.value.runPart(index, until: end) } }
    for helper in helpers { helper.start() }
    runPart(0, until: end)
    for part in progress {
      var waiting = Waiting()
      while part.nanoseconds.load(ordering: .acquiring) < end.nanoseconds { waiting.pause() }
    }
  }

  /// Runs part `index` step by step until `end`, each step as far past the others as the lookahead
  /// allows.
  private func runPart(_ index: Int, until end: Instant) {
    var done = progress[index].nanoseconds.load(ordering: .relaxed)
    var waiting = Waiting()
    while done < end.nanoseconds {
      var others = end.nanoseconds
      for other in progress.indices where other != index {
        others = min(others, progress[other].nanoseconds.load(ordering: .acquiring))
      }
      let limit = min(others + lookahead.nanoseconds, end.nanoseconds, done + lookahead.nanoseconds / 16)
      guard limit > done else {
        waiting.pause()
        continue
      }
      waiting = Waiting()
      // mail is taken in after reading how far the others got: all they sent up to then is posted
      parts[index].receive(
        inboxes[index].mail.withLock { mail in
          defer { mail = [] }; return mail
        })
      parts[index].run(until: Instant(nanoseconds: limit))
      for receiver in parts.indices where receiver != index {
        let mail = parts[index].takeMail(for: receiver)
        if !mail.isEmpty { inboxes[receiver].mail.withLock { $0.append(contentsOf: mail) } }
      }
      progress[index].nanoseconds.store(limit, ordering: .releasing)
      done = limit
    }
  }
}

/// How far one part has run.
private final class Progress: Sendable {
  let nanoseconds = Atomic<Int64>(-1)
}

/// Mail posted to one part.
private final class Inbox: Sendable {
  let mail = Mutex<[Simulation.Mail]>([])
}

/// Waiting for another thread: spinning at first, then yielding the processor.
private struct Waiting {
  private var spins = 0

  mutating func pause() {
    spins += 1
    if spins > 1_000 { sched_yield() }
  }
}

/// A value handed to another thread under a discipline the compiler cannot see.
private struct UncheckedSendable<Value>: @unchecked Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
}
