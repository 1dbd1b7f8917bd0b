import ICONCore
import ICONDiscovery
import ICONTestSupport
import Testing

@testable import ICONRuntime

/// Paths on an emulated network: the topology's shortest path from an agent's site to a client
/// subnet's node (its access router, the last hop), as a trace would see it.
struct EmulatedPathsTests {
  /// examples/europe.json: Stockholm – Frankfurt – Paris – Madrid, in a line.
  static func latency() throws -> EmulatedLatency {
    try EmulatedLatency(
      settings: LatencySettings(
        mode: .emulated,
        topology: IconProgram.packageRoot.appendingPathComponent("examples/europe.json").path,
        perHopMilliseconds: 1, subnets: ["127.0.2.0/24": "Madrid", "127.0.1.0/24": "Stockholm"]))
  }

  @Test func theNodesOnTheWayAnswerAsRouters() async throws {
    let latency = try Self.latency()
    #expect(latency.routers(from: "Stockholm", to: "127.0.2.0/24") == [1, 2, 3])
    #expect(latency.routers(from: "Madrid", to: "127.0.2.0/24") == [])
    #expect(latency.routers(from: "Nowhere", to: "127.0.2.0/24") == nil)
    let path = try await EmulatedPaths(latency: latency, from: "Stockholm").trace(
      to: IPAddress("127.0.2.10")!)
    #expect(
      path.hops == [IPAddress("127.255.0.1")!, IPAddress("127.255.0.2")!, IPAddress("127.255.0.3")!]
        && path.reachedDestination)
    await #expect(throws: PathTraceError.self) {
      try await EmulatedPaths(latency: latency, from: "Stockholm").trace(to: IPAddress("127.0.9.10")!)
    }
  }
}
