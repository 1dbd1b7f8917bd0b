import Foundation
import ICONCore
import ICONDashboard
import ICONRuntime
import ICONTestSupport
import ICONTrust
import Testing

extension LiveClusters {
  /// What the owner and the operators can see of a running tree: Prometheus metrics scraped from real
  /// yards and agents, and `icon app explain` run as the real program.
  @Suite(.timeLimit(.minutes(3)))
  struct ObservabilityTests {
    @Test func yardsAndAgentsServeMetricsThatAgreeWithWhatHappened() async throws {
      let (cluster, origin, local, far, replica) = try await RuntimeIntegrationTests()
        .originWithMadridReplica(host: 80)
      #expect(replica != nil)
      await local.stop()
      await far.stop()
      try await Task.sleep(for: .milliseconds(300))
      // nothing is served between reading the status and the metrics: they must agree exactly
      let status = try await OwnerClient.status(at: origin)
      let agent = try PrometheusText(try await Self.get("\(origin)/_icon/metrics"))
      let served = await local.outcomes.count { $0.status == 200 && $0.servedBy == origin }
      #expect(agent.value("icon_client_requests_total", ["outcome": "served"]) == Double(status.served))
      #expect(Double(served) <= agent.value("icon_client_requests_total", ["outcome": "served"]) ?? 0)
      #expect(agent.value("icon_client_request_duration_seconds_count") == Double(status.served))
      // the far clients were sent to the replica: every redirect the origin gave them is counted
      let redirects =
        await far.outcomes.reduce(0) { $0 + $1.redirects } + local.outcomes.reduce(0) { $0 + $1.redirects }
      #expect(redirects > 0)
      #expect(agent.value("icon_client_requests_total", ["outcome": "redirected"]) == Double(redirects))
      #expect(agent.value("icon_decisions_total", ["kind": "replicated"]) == Double(status.replications))
      #expect(status.replications >= 1)
      #expect(
        (agent.value("icon_control_messages_total", ["direction": "received", "kind": "report"]) ?? 0) > 0)
      #expect(
        (agent.value("icon_control_messages_total", ["direction": "sent", "kind": "reportAck"]) ?? 0) > 0)
      #expect(agent.value("icon_balance_credits") == status.balance.credits)
      #expect((agent.value("icon_lease_payments_total") ?? 0) >= 1)
      #expect(agent.value("icon_children") == Double(status.children.count))
      // label sets are bounded: subnets only as a top-N
      #expect((1...10).contains(agent.series("icon_subnet_requests_per_second").count))

      // the yard: its deployments, leases and instances; an unsigned request is refused and counted
      let stockholm = cluster.url("stockholm")
      _ = try? await JSONClient().get(
        "\(stockholm)/v1/instances", as: [InstanceRecord].self, timeout: .seconds(3))
      let yard = try PrometheusText(try await Self.get("\(stockholm)/metrics"))
      let running = try await cluster.instances("stockholm").count { $0.state == .running }
      #expect(yard.value("icon_yard_instances", ["state": "running"]) == Double(running))
      #expect((yard.value("icon_yard_deployments_total") ?? 0) >= 1)
      #expect((yard.value("icon_yard_lease_payments_total") ?? 0) >= 1)
      #expect((yard.value("icon_yard_refused_total", ["reason": "missing"]) ?? 0) >= 1)
      #expect((yard.value("icon_yard_requests_total", ["route": "deploy", "status": "2xx"]) ?? 0) >= 1)
      #expect((yard.value("icon_yard_requests_total", ["route": "instances", "status": "4xx"]) ?? 0) >= 1)
      await cluster.shutdown()
    }

    @Test func explainSaysWhyTheOriginReplicatedAndWhatItWeighs() async throws {
      let (cluster, _, local, far, replica) = try await RuntimeIntegrationTests()
        .originWithMadridReplica(host: 81)
      do {
        try await explainRuns(in: cluster, local: local, far: far, replica: replica)
      } catch {
        await cluster.shutdown()
        throw error
      }
      await cluster.shutdown()
    }

    private func explainRuns(
      in cluster: RuntimeCluster, local: ClientLoop, far: ClientLoop, replica: InstanceRecord?
    ) async throws {
      let replicaRecord = try #require(replica)
      let tools = OwnerToolsTests()
      let json = try await offThePool {
        try tools.icon(
          ["app", "explain", "shop", "--yard", cluster.url("stockholm"), "--json"],
          ownerKey: cluster.ownerKeyFile)
      }
      await local.stop()
      await far.stop()
      #expect(json.status == 0, "\(json.output)")
      let explanation = try JSONDecoder().decode(ICONExplanation.self, from: Data(json.output.utf8))
      #expect(explanation.icon == cluster.origin())
      let now = try #require(explanation.now)
      #expect(now.site == "Stockholm")
      #expect(Set(now.candidates.map(\.site)).isSuperset(of: ["Paris"]))
      // the tick that started the Madrid replica is kept with the gain that passed the threshold
      let replicated = try #require(
        explanation.recent.first { $0.explanation.decision == "replicate at Madrid" }, "\(explanation.recent)"
      )
      let madrid = try #require(replicated.explanation.candidates.first { $0.site == "Madrid" })
      #expect((madrid.replicationGain ?? 0) > replicated.explanation.replicationThreshold)
      #expect(madrid.replicaSubnets == ["127.0.2.0/24"])
      #expect(replicated.explanation.utilityHere > 0)
      #expect(replicated.explanation.reason.contains("replication threshold"))
      // the text form for a person; the replica by the name the tree shows
      let text = try await offThePool {
        try tools.icon(
          ["app", "explain", "shop", "--yard", cluster.url("madrid")], ownerKey: cluster.ownerKeyFile)
      }
      #expect(text.status == 0)
      #expect(text.output.contains("why: "), "\(text.output)")
      #expect(text.output.contains("replicate at Madrid"), "\(text.output)")
      let child = ApplicationIdentity.shortName(of: replicaRecord.icon)
      let ofReplica = try await offThePool {
        try tools.icon(
          ["app", "explain", "shop", child, "--yard", cluster.url("madrid")], ownerKey: cluster.ownerKeyFile)
      }
      #expect(ofReplica.output.contains("\(child) at Madrid"), "\(ofReplica.output)")
      let unknown = try await offThePool {
        try tools.icon(
          ["app", "explain", "shop", "shop.9", "--yard", cluster.url("madrid")],
          ownerKey: cluster.ownerKeyFile)
      }
      #expect(unknown.status != 0)
      #expect(unknown.output.contains("no ICON shop.9"), "\(unknown.output)")
    }

    @Test func theDashboardCommandShowsARealDeployment() async throws {
      let (cluster, _, local, far, _) = try await RuntimeIntegrationTests().originWithMadridReplica(host: 82)
      let log = cluster.folder.appendingPathComponent("dashboard.log").path
      let dashboard = try ChildProcess(
        IconProgram.url.path,
        ["dashboard", "shop", "--yard", cluster.url("madrid"), "--key", cluster.ownerKeyFile, "--port", "0"],
        log: log)
      let url = try await offThePool {
        for _ in 0..<200 {
          let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
          if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("dashboard: ") }) {
            return String(line.dropFirst("dashboard: ".count))
          }
          usleep(100_000)
        }
        throw RuntimeFailure(
          "icon dashboard named no URL: \((try? String(contentsOfFile: log, encoding: .utf8)) ?? "")")
      }
      // the page is served, and its state is the tree the owner reads
      let page = try await Self.get(url + "/")
      #expect(page.contains("<svg id=\"map\"") && !page.contains("src=\"http"))
      let origin = try await cluster.owner.origin(of: "shop", yard: cluster.url("madrid"))
      let tree = await cluster.owner.tree(from: origin)
      let expected = Set(
        tree.map { ApplicationIdentity.shortName(of: $0.status.icon) + "@" + $0.status.site.rawValue })
      var shown: Set<String> = []
      _ = await cluster.eventually(within: .seconds(10)) {
        let update = try JSONDecoder().decode(
          DashboardUpdate.self, from: Data(try await Self.get(url + "/state").utf8))
        shown = Set(update.view?.icons.map { $0.name + "@" + $0.site } ?? [])
        return shown == expected
      }
      #expect(shown == expected)
      // live updates: the first Server-Sent Event carries the whole state
      let port = Int(url.split(separator: ":").last ?? "") ?? 0
      let event = try await offThePool {
        let connection = try RawConnection(port: port)
        connection.send("GET /events HTTP/1.1\r\nHost: x\r\n\r\n")
        let head = connection.readHead()
        // the stream comes in chunks: what follows the first chunk's size is one whole event
        var text = ""
        while !(text.range(of: "data: ").map { text[$0.lowerBound...].contains("\n\n") } ?? false),
          case let bytes = connection.read(1), !bytes.isEmpty
        {
          text += String(decoding: bytes, as: UTF8.self)
        }
        return (head, String(text[(text.range(of: "data: ")?.lowerBound ?? text.startIndex)...]))
      }
      #expect(event.0.lowercased().contains("content-type: text/event-stream"), "\(event.0)")
      #expect(event.1.hasPrefix("data: {") && event.1.contains("\"whole\":true"), "\(event.1.prefix(300))")
      dashboard.stop()
      await local.stop()
      await far.stop()
      await cluster.shutdown()
    }

    private static func get(_ url: String) async throws -> String {
      String(
        decoding: try await JSONClient().exchange(.GET, url, body: nil, timeout: .seconds(5)), as: UTF8.self)
    }
  }
}

/// Prometheus's text format, read as the samples it holds: each line `name{label="value",...} number`.
struct PrometheusText {
  struct Sample {
    var name: String
    var labels: [String: String]
    var value: Double
  }

  let samples: [Sample]

  init(_ text: String) throws {
    var samples: [Sample] = []
    for (number, line) in text.split(separator: "\n").enumerated() where !line.hasPrefix("#") {
      guard let space = line.lastIndex(of: " "), let value = Double(line[line.index(after: space)...]) else {
        throw ParseProblem(line: number + 1, text: String(line))
      }
      let series = line[..<space]
      guard let brace = series.firstIndex(of: "{") else {
        samples.append(Sample(name: String(series), labels: [:], value: value))
        continue
      }
      guard series.hasSuffix("}") else { throw ParseProblem(line: number + 1, text: String(line)) }
      var labels: [String: String] = [:]
      for pair in series[series.index(after: brace)..<series.index(before: series.endIndex)].split(
        separator: ",")
      {
        let parts = pair.split(separator: "=", maxSplits: 1)
        guard parts.count == 2, parts[1].hasPrefix("\""), parts[1].hasSuffix("\"") else {
          throw ParseProblem(line: number + 1, text: String(line))
        }
        labels[String(parts[0])] = String(parts[1].dropFirst().dropLast())
      }
      samples.append(Sample(name: String(series[..<brace]), labels: labels, value: value))
    }
    self.samples = samples
  }

  struct ParseProblem: Error {
    var line: Int
    var text: String
  }

  /// The value of the series `name` with exactly `labels`, if there is one.
  func value(_ name: String, _ labels: [String: String] = [:]) -> Double? {
    samples.first { $0.name == name && $0.labels == labels }?.value
  }

  /// Every series of `name`.
  func series(_ name: String) -> [Sample] { samples.filter { $0.name == name } }
}
