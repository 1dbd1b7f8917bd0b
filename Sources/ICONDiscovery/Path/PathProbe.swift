/// Traces the path from here to an address: ``PathTracer`` on a real network, a model of one
/// elsewhere (the runtime's emulated latency).
public protocol PathProbe: Sendable {
  /// The path to `destination`; throws when it cannot be traced.
  func trace(to destination: IPAddress) async throws -> TracedPath
}

extension PathTracer: PathProbe {}
