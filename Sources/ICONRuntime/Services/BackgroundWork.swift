import ServiceLifecycle

/// Work an actor starts and does not wait for (an agent's launches, posts and outgoing queues; a yard's
/// escrow returns and death reports), run as child tasks of one task group under the process's service
/// group: shutdown cancels it and waits for it, and nothing outlives the process's services. Work
/// submitted before the service runs waits for it.
final class BackgroundWork: Service, Sendable {
  typealias Job = @Sendable () async -> Void
  private let jobs: AsyncStream<Job>
  private let submissions: AsyncStream<Job>.Continuation

  init() { (jobs, submissions) = AsyncStream<Job>.makeStream() }

  /// Runs `job` beside the others.
  func submit(_ job: @escaping Job) { submissions.yield(job) }

  func run() async {
    await cancelWhenGracefulShutdown {
      await withDiscardingTaskGroup { group in
        for await job in self.jobs {
          group.addTask { await job() }
        }
      }
    }
  }
}
