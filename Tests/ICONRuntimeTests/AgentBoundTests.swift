import Foundation
import ICONCore
import ICONTrust
import Testing

@testable import ICONRuntime

/// What an agent keeps per client subnet and per peer stays bounded, however many distinct keys arrive.
@Suite struct AgentBoundTests {
  @Test func theMeterCountsRequestsFromTooManySubnetsWithoutASubnetEach() {
    let meter = TrafficMeter()
    for index in 0..<(TrafficMeter.subnetLimit + 1000) {
      meter.record(SubnetID("10.\(index / 256).\(index % 256).0/24"), milliseconds: 1)
    }
    let samples = meter.drain()
    #expect(samples.count == TrafficMeter.subnetLimit)
    #expect(meter.unmetered == 1000 && meter.served == TrafficMeter.subnetLimit + 1000)
  }

  @Test func measuredLatencyKeepsAtMostItsLimitOfSubnets() {
    let latency = MeasuredLatency(site: "Paris")
    for index in 0..<(MeasuredLatency.subnetLimit + 1000) {
      latency.recordConnection(
        subnet: SubnetID("10.\(index / 256).\(index % 256).0/24"), roundTripMilliseconds: 2)
    }
    #expect(latency.subnetCount == MeasuredLatency.subnetLimit)
  }

  /// A child that floods its parent with reports while never reading the answers: the parent's queue to
  /// it stops growing at its limit.
  @Test func aPeerThatNeverReadsFillsItsQueueOnlyToTheLimit() async throws {
    let node = try AgentNodeTests.agent(.fresh(AgentNodeTests.origin))
    await node.start(url: "http://agent.test")
    let child = AgentNodeTests.child
    let report = Report(
      sequence: 1, site: "Paris", requestRate: 0, meanLatency: 0, ownRate: 0, balance: .zero, spare: .zero,
      subtreeSize: 1, subtreeSites: ["Paris"], subtreeSubnets: [], policyVersion: 1)
    _ = await node.receive(
      AgentNodeTests.post(.attachRequest(report)), from: .icon(child, AgentNodeTests.application))
    for sequence in 2..<(UInt64(AgentNode.queueLimit) + 500) {
      var next = report
      next.sequence = sequence
      _ = await node.receive(
        AgentNodeTests.post(.report(next)), from: .icon(child, AgentNodeTests.application))
    }
    let queued = await node.queued
    await node.shutdown()
    #expect(queued.peers <= AgentNode.queuesLimit)
    #expect(queued.messages <= AgentNode.queueLimit)
    #expect(queued.messages >= AgentNode.queueLimit - 5, "the flood did reach the queue: \(queued)")
  }
}
