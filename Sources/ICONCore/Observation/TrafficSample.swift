/// Requests an ICON served for one client subnet since the previous sample, with their summed latency.
public struct TrafficSample: Hashable, Codable, Sendable {
  /// The client subnet.
  public var subnet: SubnetID
  /// Number of requests served.
  public var requests: Int
  /// Sum of the latencies (ms) those requests experienced end to end.
  public var totalLatency: Double

  /// A sample of `requests` requests from `subnet` whose latencies add up to `totalLatency` ms.
  public init(subnet: SubnetID, requests: Int, totalLatency: Double) {
    self.subnet = subnet
    self.requests = requests
    self.totalLatency = totalLatency
  }
}
