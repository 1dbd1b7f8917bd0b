import Testing

/// Suites that keep every core busy and suites whose live processes need the machine take turns: each
/// suite with this trait holds one process-wide turn while it runs, so that neither slows the other.
/// Other suites run beside them as usual.
public struct MachineTurn: SuiteTrait, TestScoping {
  public func provideScope(
    for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
  ) async throws {
    await Turns.shared.take()
    do {
      try await function()
    } catch {
      await Turns.shared.give()
      throw error
    }
    await Turns.shared.give()
  }
}

extension Trait where Self == MachineTurn {
  /// Runs the suite in its own turn: see ``MachineTurn``.
  public static var machineTurn: Self { MachineTurn() }
}

/// One turn at a time, handed on in the order asked for.
private actor Turns {
  static let shared = Turns()
  private var taken = false
  private var waiting: [CheckedContinuation<Void, Never>] = []

  func take() async {
    guard taken else {
      taken = true
      return
    }
    await withCheckedContinuation { waiting.append($0) }
  }

  func give() {
    if waiting.isEmpty { taken = false } else { waiting.removeFirst().resume() }
  }
}
