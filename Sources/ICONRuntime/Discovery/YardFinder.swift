import Foundation
import ICONCore
import ICONDiscovery
import ICONLedger

/// Finds yards along the paths to clients, for real: runs a ``YardDiscovery`` with a ``PathTracer``,
/// a ``DNSResolver`` and offers fetched from the yards it finds, each of which must be signed by the
/// yard's key, name the address DNS gave, and (when the domain's TXT record names a key) be signed by
/// that key.
public actor YardFinder {
  private var discovery: YardDiscovery
  private let tracer: any PathProbe
  private let resolver: DNSResolver
  private let client = JSONClient()
  private let clock: @Sendable () -> Int64
  private let log: @Sendable (String) -> Void
  private let counted: @Sendable (String) -> Void
  private var offers: [YardEndpoint: YardOffer] = [:]
  private var running = 0

  /// A finder asking `resolver`, tracing with `tracer`, reading time from `clock` (nanoseconds),
  /// writing what it refuses to `log` and telling `counted` the kind of each piece of work it does
  /// (`trace`, a DNS record type such as `SRV`, `offer`).
  public init(
    resolver: DNSResolver, tracer: any PathProbe = PathTracer(), limits: YardDiscovery.Limits = .init(),
    clock: @escaping @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970 * 1e9) },
    log: @escaping @Sendable (String) -> Void, counted: @escaping @Sendable (String) -> Void = { _ in }
  ) {
    discovery = YardDiscovery(limits: limits)
    self.tracer = tracer
    self.resolver = resolver
    self.clock = clock
    self.log = log
    self.counted = counted
  }

  /// A request came from `address`: its subnet's path is followed.
  public func clientSeen(_ address: IPAddress) {
    guard let subnet = ClientSubnet.of(address: address.description) else { return }
    perform(discovery.clientSeen(subnet.rawValue, address: address, now: clock()))
  }

  /// Lets time-driven work happen: retraces, expired answers, retries.
  public func tick() { perform(discovery.tick(now: clock())) }

  /// The yards found, with their checked offers.
  public var yards: [(yard: DiscoveredYard, offer: YardOffer)] {
    discovery.yards.compactMap { yard in offers[yard.endpoint].map { (yard, $0) } }
  }

  /// The routers on the path to each subnet followed.
  public var paths: [String: [IPAddress]] { discovery.paths }

  /// Whether nothing is under way: no trace, lookup or offer check.
  public var isIdle: Bool { running == 0 }

  private func perform(_ work: [YardDiscovery.Work]) {
    for note in discovery.takeNotes() { log("discovery: \(note.subject): \(note.reason)") }
    for item in work {
      running += 1
      Task { await self.carryOut(item) }
    }
  }

  private func carryOut(_ work: YardDiscovery.Work) async {
    let next: [YardDiscovery.Work]
    switch work {
    case .trace(let subnet, let address):
      counted("trace")
      let result: Result<TracedPath, PathTraceError>
      do { result = .success(try await tracer.trace(to: address)) } catch let error as PathTraceError {
        result = .failure(error)
      } catch {
        result = .failure(PathTraceError("\(error)"))
      }
      next = discovery.traced(subnet, result, now: clock())
    case .lookup(let question):
      counted("\(question.type)")
      let result: Result<DNSAnswer, DNSLookupError>
      do { result = .success(try await resolver.lookup(question.name, question.type)) } catch {
        result = .failure(error)
      }
      next = discovery.answered(question, result, now: clock())
    case .checkOffer(let endpoint, let hints):
      counted("offer")
      let problem = await check(endpoint, hints: hints)
      next = discovery.offerChecked(endpoint, problem: problem, now: clock())
    }
    running -= 1
    perform(next)
  }

  /// Fetches the offer at `endpoint`: nil when it is usable, else why not.
  private func check(_ endpoint: YardEndpoint, hints: [String: String]) async -> String? {
    let offer: YardOffer
    do {
      offer = try await client.get("\(endpoint.url)/v1/offer", as: YardOffer.self, timeout: .seconds(2))
    } catch {
      return "no offer: \(error)"
    }
    guard offer.isSigned else { return "the offer is not signed by the key it names" }
    if let problem = offer.offer.problem { return "the offer is unusable: \(problem)" }
    guard offer.url == endpoint.url else {
      return "the offer names \(offer.url), not \(endpoint.url) as DNS does"
    }
    if let key = hints["key"], key != offer.key.description {
      return "the offer is signed by \(offer.key), not by the key \(key) its domain's TXT record names"
    }
    offers[endpoint] = offer
    return nil
  }
}
