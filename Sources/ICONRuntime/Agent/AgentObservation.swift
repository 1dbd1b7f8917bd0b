import ServiceLifecycle

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
