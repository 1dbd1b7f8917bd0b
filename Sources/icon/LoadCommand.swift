import ArgumentParser
import Foundation
import ICONCore
import ICONDemo
import ICONRuntime

/// `icon load`: a load generator a person can use on its own.
struct LoadCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "load",
    abstract: "Send client traffic from distinct loopback subnets, as real clients would.",
    discussion: """
      Each population is SUBNET:RATE[:CLIENTS], such as 127.0.12.0/24:20:4: four clients sending 20 \
      requests per second in all, from 127.0.12.10, 127.0.12.11, … so an agent sees the subnet (any IPv4 \
      /24 whose addresses from .10 up this host has; every 127.x.y.0/24 does). Clients \
      follow redirects and ICON-Location hints and remember where they were sent; a failed connection is \
      retried once. Progress goes to standard error each second; the summary to standard output.

      Example: icon load --target http://127.0.0.1:7101 --population 127.0.12.0/24:20 --duration 30
      """)

  @Option(help: "Where clients send their first request.") var target: String
  @Option(help: "A client population, SUBNET:RATE[:CLIENTS] (repeat for more).") var population: [String]
  @Option(help: "How long to run, in seconds.") var duration = 30.0
  @Option(help: "The path every request asks for.") var path = "/"
  @Flag(help: "Print the summary as JSON.") var json = false

  func validate() throws {
    guard target.hasPrefix("http://") else { throw ValidationError("--target expects http://HOST:PORT") }
    guard duration > 0 else { throw ValidationError("--duration must be positive") }
    guard !population.isEmpty else { throw ValidationError("give at least one --population") }
    for entry in population where ClientPopulation(argument: entry) == nil {
      throw ValidationError(
        "--population expects SUBNET:RATE[:CLIENTS] with an IPv4 /24 subnet, such as 127.0.12.0/24:20:4; got `\(entry)`"
      )
    }
  }

  func run() async throws {
    let populations = population.compactMap(ClientPopulation.init(argument:)).map {
      var population = $0
      population.path = path
      return population
    }
    let record = LoadRecord()
    let deadline = ContinuousClock.now + .seconds(duration)
    let progress = Task {
      var shown = 0
      while !Task.isCancelled {
        try? await Task.sleep(for: .seconds(1))
        let timeline = record.timeline
        guard timeline.count > shown + 1 else { continue }
        let second = timeline[timeline.count - 2]
        shown = timeline.count - 1
        FileHandle.standardError.write(
          Data(
            String(
              format: "%4ds  %5d req/s  mean %7.1f ms  failed %d\n", shown, second.requests,
              second.meanLatency,
              second.failed
            ).utf8))
      }
    }
    await LoadGenerator(entry: target).run(populations, until: deadline, into: record)
    progress.cancel()
    let total = record.total
    if json {
      struct Summary: Encodable {
        var requests: Int
        var failedRequests: Int
        var retriedRequests: Int
        var meanLatencyMilliseconds: Double

        enum CodingKeys: String, CodingKey {
          case requests, failedRequests = "failed_requests", retriedRequests = "retried_requests"
          case meanLatencyMilliseconds = "mean_latency_ms"
        }
      }
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys]
      let summary = Summary(
        requests: total.requests + total.failed, failedRequests: total.failed, retriedRequests: total.retried,
        meanLatencyMilliseconds: total.meanLatency)
      print(String(decoding: try encoder.encode(summary), as: UTF8.self))
    } else {
      print("requests \(total.requests + total.failed), failed \(total.failed), retried \(total.retried)")
      print(String(format: "mean latency %.1f ms", total.meanLatency))
      for (subnet, entry) in record.subnets.sorted(by: { $0.key < $1.key }) {
        print(
          String(
            format: "  %@  %6d requests  mean %7.1f ms", subnet.rawValue, entry.requests, entry.meanLatency))
      }
    }
  }
}
