import Foundation
import ICONCore
import ICONRuntime
import Synchronization

/// Clients of one subnet: how many, how often they send, and what.
public struct ClientPopulation: Hashable, Sendable {
  /// The subnet, such as `127.0.12.0/24`; client `n` sends from host `n + 10` in it.
  public var subnet: SubnetID
  /// Concurrent clients.
  public var clients: Int
  /// Requests per second of the whole population.
  public var requestsPerSecond: Double
  /// The path every request asks for.
  public var path: String

  /// A population of `clients` clients in `subnet` sending `requestsPerSecond` in all.
  public init(subnet: SubnetID, clients: Int = 4, requestsPerSecond: Double = 20, path: String = "/") {
    self.subnet = subnet
    self.clients = max(1, clients)
    self.requestsPerSecond = requestsPerSecond
    self.path = path
  }

  /// Reads `SUBNET:RATE[:CLIENTS]`, such as `127.0.12.0/24:20:4`: an IPv4 /24.
  public init?(argument: String) {
    let parts = argument.split(separator: ":").map(String.init)
    guard (2...3).contains(parts.count), let subnet = ClientSubnet.normalise(parts[0]),
      !subnet.rawValue.contains(":"), let rate = Double(parts[1]), rate > 0
    else { return nil }
    let clients = parts.count == 3 ? Int(parts[2]) : 4
    guard let clients, clients > 0 else { return nil }
    self.init(subnet: subnet, clients: clients, requestsPerSecond: rate)
  }

  /// The source address of client `index`.
  func source(of index: Int) -> String {
    let prefix = subnet.rawValue.split(separator: "/")[0].split(separator: ".").prefix(3).joined(
      separator: ".")
    return "\(prefix).\(10 + index % 240)"
  }
}

/// Everything a load run observed, per second since it started.
public final class LoadRecord: Sendable {
  /// One second of traffic.
  public struct Second: Hashable, Codable, Sendable {
    /// Requests answered.
    public var requests = 0
    /// Requests that failed: no answer even after the single retry, a 5xx, or too many redirects.
    public var failed = 0
    /// Requests retried once after a connection failure.
    public var retried = 0
    /// Sum of the answered requests' latencies, in milliseconds.
    public var latencySum = 0.0

    /// Mean latency of the answered requests, in milliseconds.
    public var meanLatency: Double { requests > 0 ? latencySum / Double(requests) : 0 }
  }

  private let started = ContinuousClock.now
  private let seconds = Mutex<[Int: Second]>([:])
  private let bySubnet = Mutex<[SubnetID: Second]>([:])
  private let reasons = Mutex<[String: Int]>([:])

  /// How many distinct failure reasons ``failureReasons`` keeps; later ones count as "other".
  public static let reasonLimit = 20

  /// An empty record starting now.
  public init() {}

  func record(_ outcome: LoopbackClient.Outcome, subnet: SubnetID) {
    let second = Int((ContinuousClock.now - started).inSeconds)
    let failed = outcome.status.map { $0 >= 500 } ?? true
    let latency = outcome.latency.inSeconds * 1000
    func add(_ entry: inout Second) {
      if failed { entry.failed += 1 } else { entry.requests += 1 }
      if outcome.retried { entry.retried += 1 }
      if !failed { entry.latencySum += latency }
    }
    seconds.withLock { add(&$0[second, default: Second()]) }
    bySubnet.withLock { add(&$0[subnet, default: Second()]) }
    if failed {
      let reason =
        outcome.failure
        ?? "status \(outcome.status ?? 0) from \(outcome.servedBy): \(outcome.body.prefix(120))"
      reasons.withLock {
        $0[$0.count < Self.reasonLimit || $0[reason] != nil ? reason : "other", default: 0] += 1
      }
    }
  }

  /// The failed requests counted by what went wrong.
  public var failureReasons: [String: Int] { reasons.withLock { $0 } }

  /// The seconds so far, in order (missing seconds are empty).
  public var timeline: [Second] {
    let known = seconds.withLock { $0 }
    guard let last = known.keys.max() else { return [] }
    return (0...last).map { known[$0] ?? Second() }
  }

  /// Totals per subnet.
  public var subnets: [SubnetID: Second] { bySubnet.withLock { $0 } }

  /// Totals over the whole run.
  public var total: Second {
    timeline.reduce(into: Second()) {
      $0.requests += $1.requests
      $0.failed += $1.failed
      $0.retried += $1.retried
      $0.latencySum += $1.latencySum
    }
  }

  /// Mean latency over seconds `range` (clamped to the run).
  public func meanLatency(seconds range: Range<Int>) -> Double {
    let timeline = timeline
    let window = timeline[
      max(0, range.lowerBound)..<min(timeline.count, max(range.lowerBound, range.upperBound))]
    let requests = window.reduce(0) { $0 + $1.requests }
    return requests > 0 ? window.reduce(0) { $0 + $1.latencySum } / Double(requests) : 0
  }
}

/// Real clients on loopback: each sends from its own address in its population's subnet, follows
/// redirects and `ICON-Location` hints like a browser that remembers them, retries once on a failed
/// connection, starts again from the entry after a failure, and records every request.
public struct LoadGenerator: Sendable {
  /// Where new clients send their first request, and clients start again after a failure: asked anew
  /// each time, for the entry may move (the demo's is its current origin).
  public var entry: @Sendable () -> String

  /// Clients that start at `entry`.
  public init(entry: String) { self.entry = { entry } }

  /// Clients that start at wherever `entry` says at the time.
  public init(entry: @escaping @Sendable () -> String) { self.entry = entry }

  /// Runs `populations` until `deadline`, recording into `record`.
  public func run(
    _ populations: [ClientPopulation], until deadline: ContinuousClock.Instant, into record: LoadRecord
  )
    async
  {
    await withTaskGroup(of: Void.self) { group in
      for population in populations where population.requestsPerSecond > 0 {
        let interval = Duration.seconds(Double(population.clients) / population.requestsPerSecond)
        for index in 0..<population.clients {
          group.addTask {
            let client = LoopbackClient(source: population.source(of: index))
            var target = entry()
            // spread the clients' first requests over one interval
            try? await Task.sleep(for: interval * (Double(index) / Double(population.clients)))
            var next = ContinuousClock.now
            while ContinuousClock.now < deadline {
              let outcome = await client.send(base: target, path: population.path)
              record.record(outcome, subnet: population.subnet)
              target = outcome.nextTarget(entry: entry())
              next += interval
              let now = ContinuousClock.now
              if next > now {
                try? await Task.sleep(for: min(next - now, deadline - now))
              } else {
                next = now
              }
            }
          }
        }
      }
    }
  }
}
