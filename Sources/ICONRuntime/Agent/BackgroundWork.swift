import ServiceLifecycle

/// Work an actor starts and does not wait for (launches, posts, outgoing queues), run as child tasks of
/// one task group under the process's service group: shutdown cancels it and waits for it, and nothing
/// outlives the agent. Work submitted before the service runs waits for it.
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

/// An agent's observation as a service: every 200 ms the traffic its proxy metered goes to the engine,
/// and yards are polled for offers and latency every ``AgentNode/discoveryPeriod`` (at once when
/// serving begins), while the engine runs at this agent.
struct AgentObservation: Service {
  let node: AgentNode

  func run() async {
    await cancelWhenGracefulShutdown {
      await withDiscardingTaskGroup { group in
        while !Task.isCancelled {
          await node.sampleTraffic()
          if await node.discoveryDue() { group.addTask { await node.discover() } }
          try? await Task.sleep(for: .milliseconds(200))
        }
      }
    }
  }
}
