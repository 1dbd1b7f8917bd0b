import Foundation

/// Runs `work`, which blocks (making namespaces, starting servers, waiting for a program to end), on a
/// thread of its own: Swift's concurrency shares a thread per core among every test that runs at once,
/// and a test that blocks one of them for seconds stalls the others' timers and servers.
public func offThePool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
  try await withCheckedThrowingContinuation { continuation in
    Thread.detachNewThread { continuation.resume(with: Result { try work() }) }
  }
}
