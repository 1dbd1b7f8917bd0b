import Foundation
import ICONCore
import ICONDemo
import ICONRuntime
import ICONTestSupport
import Testing

/// The engine the container tests use: `ICON_ENGINE`, with the image `ICON_DEMO_IMAGE`.
enum EngineUnderTest {
  /// Nil when unset or empty: the tests are skipped.
  static let address = ProcessInfo.processInfo.environment["ICON_ENGINE"].flatMap { $0.isEmpty ? nil : $0 }
  static let image =
    ProcessInfo.processInfo.environment["ICON_DEMO_IMAGE"] ?? "localhost/icon-demo-workload:latest"
}

extension LiveClusters {
  /// The `engine` driver against a real container engine: the one `ICON_ENGINE` names (`.ci/run` starts
  /// a Podman service and builds the demo workload's image with `scripts/build-demo-image.sh`).
  @Suite(
    .enabled(
      if: EngineUnderTest.address != nil,
      "ICON_ENGINE names no container engine (.ci/run starts one; see docs/containers.md)"),
    .timeLimit(.minutes(4)))
  struct ContainerTests {
    static let engineAddress = EngineUnderTest.address
    static let image = EngineUnderTest.image
    static let yards = [("stockholm", "Stockholm", 1.0), ("madrid", "Madrid", 2.0)]

    let engine = try! ContainerEngine(address: ContainerTests.engineAddress ?? "unix:///nonexistent")

    /// Yards with the engine driver, each named uniquely so that tests never share containers; those
    /// in `unreachable` are given an engine address where nothing answers.
    func cluster(unreachable: Set<String> = []) async throws -> (RuntimeCluster, [String: String]) {
      let suffix = UUID().uuidString.prefix(6).lowercased()
      let names = Dictionary(uniqueKeysWithValues: Self.yards.map { ($0.0, "\($0.0)-\(suffix)") })
      let broken = Set(unreachable.compactMap { names[$0] })
      let cluster = try await RuntimeCluster(
        yards: Self.yards.map { (names[$0.0]!, $0.1, $0.2) },
        yardArguments: { name in
          [
            "--driver", "engine", "--engine",
            broken.contains(name) ? "unix:///nonexistent/engine.sock" : Self.engineAddress ?? "",
          ]
        })
      return (cluster, names)
    }

    func manifest(_ cluster: RuntimeCluster) -> AppManifest {
      var manifest = cluster.manifest(name: "boxed")
      manifest.workload = .init(image: Self.image, stateHooks: true, memoryMiB: 256, cpus: 1)
      manifest.policy.softTerminationPeriod = .seconds(3)
      manifest.policy.stubTTL = .seconds(2)
      return manifest
    }

    /// Removes every container the yards made (their agents are gone after `cluster.shutdown()`) and
    /// the images they committed.
    func removeContainers(of names: [String: String]) async {
      for name in names.values {
        for container in (try? await engine.list(label: "icon.yard=\(name)")) ?? [] {
          try? await engine.remove(container.id)
        }
      }
      for name in names.values {
        for image in (try? await engine.images(named: "\(EngineDriver.movedRepository):\(name)-")) ?? [] {
          try? await engine.removeImage(image)
        }
      }
    }

    @Test func anImageRunsAsAContainerAndReplicatesToASecondYard() async throws {
      let (cluster, names) = try await cluster()
      let reply = try await cluster.owner.deploy(manifest(cluster), yard: cluster.url(names["stockholm"]!))
      let origin = try #require(try await cluster.instances(names["stockholm"]!).first)
      let originContainer = try await engine.inspect(try #require(origin.container))
      let local = ClientLoop()
      let far = ClientLoop()
      await local.start(source: "127.0.1.120", base: reply.url)
      await far.start(source: "127.0.2.120", base: reply.url)
      var replica: InstanceRecord?
      let servedInMadrid = await cluster.eventually(within: .seconds(40)) {
        guard let last = await far.outcomes.last, last.status == 200 else { return false }
        replica = try await cluster.instances(names["madrid"]!).first {
          $0.url == last.servedBy && $0.state == .running
        }
        return replica != nil
      }
      let replicaContainer = try? await engine.inspect(replica?.container ?? "none")
      let greeting = await far.outcomes.last?.body ?? ""
      await local.stop()
      await far.stop()
      await cluster.shutdown()
      await removeContainers(of: names)
      #expect(originContainer.running)
      #expect(originContainer.labels["icon.yard"] == names["stockholm"])
      #expect(originContainer.labels["icon.icon"] == cluster.origin("boxed").rawValue)
      #expect(servedInMadrid, "a replica in a container at the Madrid yard serves Madrid's clients")
      #expect(replicaContainer?.running == true)
      #expect(replicaContainer?.labels["icon.yard"] == names["madrid"])
      #expect(replicaContainer?.id != originContainer.id)
      #expect(greeting.contains("at Madrid"), "\(greeting)")
    }

    @Test func aTerminatedReplicasContainerIsRemovedAfterItsRestorePeriod() async throws {
      let (cluster, names) = try await cluster()
      let reply = try await cluster.owner.deploy(manifest(cluster), yard: cluster.url(names["stockholm"]!))
      let local = ClientLoop()
      let far = ClientLoop()
      await local.start(source: "127.0.1.121", base: reply.url)
      await far.start(source: "127.0.2.121", base: reply.url)
      var replica: InstanceRecord?
      _ = await cluster.eventually(within: .seconds(40)) {
        replica = try await cluster.instances(names["madrid"]!).first { $0.state == .running }
        return replica != nil
      }
      await far.stop()
      let container = replica?.container ?? "none"
      // idle, the replica terminates softly: its container stops but stays for the restore period
      var parked = false
      let stoppedFirst = await cluster.eventually(within: .seconds(40)) {
        parked = (try? await engine.inspect(container).running) == false
        return parked
      }
      let removed = await cluster.eventually(within: .seconds(20)) {
        do {
          _ = try await engine.inspect(container)
          return false
        } catch let failure as ContainerEngine.Failure {
          return failure.status == 404
        }
      }
      await local.stop()
      await cluster.shutdown()
      await removeContainers(of: names)
      #expect(replica?.container != nil)
      #expect(stoppedFirst, "stopped and kept while restorable")
      #expect(removed, "removed once the restore period is over")
    }

    @Test func aRestartedYardReattachesToItsContainerAndLeavesOthersAlone() async throws {
      let (cluster, names) = try await cluster()
      let yard = names["stockholm"]!
      let reply = try await cluster.owner.deploy(manifest(cluster), yard: cluster.url(yard))
      let before = try #require(try await cluster.instances(yard).first)
      var orphanSpec = ContainerEngine.ContainerSpec(image: Self.image)
      orphanSpec.environment = ["PORT": "1"]
      orphanSpec.labels = ["icon.yard": yard, "icon.icon": "left-over"]
      let orphan = try await engine.create(name: "orphan-\(yard)", orphanSpec)
      var foreignSpec = ContainerEngine.ContainerSpec(image: Self.image)
      foreignSpec.environment = ["PORT": "1"]
      foreignSpec.labels = ["owner": "someone-else"]
      let foreign = try await engine.create(name: "foreign-\(yard)", foreignSpec)
      try await cluster.restartYard(yard)
      let after = try? await cluster.instances(yard).first
      let stillRunning = try? await engine.inspect(before.container ?? "none").running
      let served = await LoopbackClient(source: "127.0.1.122").send(base: reply.url, path: "/")
      let orphanGone = await cluster.eventually(within: .seconds(5)) {
        (try? await engine.inspect(orphan)) == nil
      }
      let foreignKept = (try? await engine.inspect(foreign)) != nil
      try? await engine.remove(foreign)
      await cluster.shutdown()
      await removeContainers(of: names)
      #expect(after?.state == .running && after?.container == before.container)
      #expect(stillRunning == true)
      #expect(served.status == 200)
      #expect(orphanGone, "a container of this yard's that it no longer owns is removed")
      #expect(foreignKept, "a container the yard did not create is left alone")
    }

    @Test func aMigrationCarriesAFileWrittenInsideTheContainer() async throws {
      let (cluster, names) = try await cluster()
      var manifest = manifest(cluster)
      manifest.workload.stateHooks = false  // only the container's file system can carry the file
      let reply = try await cluster.owner.deploy(manifest, yard: cluster.url(names["stockholm"]!))
      let before = try #require(try await cluster.instances(names["stockholm"]!).first)
      let written = await LoopbackClient(source: "127.0.2.130").send(
        .PUT, base: reply.url, path: "/files/note.txt", body: "written in Stockholm")
      // Madrid's clients alone: the origin moves to Madrid
      let far = ClientLoop()
      await far.start(source: "127.0.2.131", base: reply.url)
      let moved = await cluster.eventually(within: .seconds(90)) {
        guard let last = await far.outcomes.last, last.status == 200 else { return false }
        return await cluster.yard(serving: last.servedBy) == names["madrid"]
      }
      await far.stop()
      let read = await LoopbackClient(source: "127.0.2.132").send(base: reply.url, path: "/files/note.txt")
      let madrid = try? await cluster.instances(names["madrid"]!).first { $0.state == .running }
      await cluster.shutdown()
      await removeContainers(of: names)
      #expect(written.status == 200)
      #expect(moved, "the origin moved to Madrid")
      #expect(read.status == 200 && read.body == "written in Stockholm", "\(read.status ?? 0): \(read.body)")
      #expect(read.servedBy == madrid?.url)
      #expect(madrid?.container != nil && madrid?.container != before.container)
    }

    @Test func anUnreachableEngineIsNamedInTheTreeAndTheYardKeepsServing() async throws {
      let (cluster, names) = try await cluster(unreachable: ["madrid"])
      let reply = try await cluster.owner.deploy(manifest(cluster), yard: cluster.url(names["stockholm"]!))
      let far = ClientLoop()
      await far.start(source: "127.0.2.140", base: reply.url)
      var tree = ""
      let named = await cluster.eventually(within: .seconds(40)) {
        let process = Process()
        process.executableURL = IconProgram.url
        process.arguments = [
          "app", "tree", "boxed", "--yard", cluster.url(names["stockholm"]!), "--key", cluster.ownerKeyFile,
        ]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        tree = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return tree.contains("cannot reach the container engine at unix:///nonexistent/engine.sock")
      }
      let health = try? await JSONClient().exchange(
        .GET, "\(cluster.url(names["madrid"]!))/v1/health", body: nil, timeout: .seconds(3))
      let served = await far.outcomes.last?.status
      await far.stop()
      await cluster.shutdown()
      await removeContainers(of: names)
      #expect(named, "\(tree)")
      #expect(tree.contains("podman system service"), "the message says how to start an engine")
      #expect(health != nil, "the yard without an engine keeps serving")
      #expect(served == 200, "the origin serves the clients meanwhile")
    }

    @Test func aLimitTheEngineRefusesIsAClearError() async throws {
      let (cluster, names) = try await cluster()
      var manifest = manifest(cluster)
      manifest.workload.memoryMiB = 1  // less than the workload already uses when it starts
      var message = ""
      do {
        _ = try await cluster.owner.deploy(manifest, yard: cluster.url(names["stockholm"]!))
      } catch {
        message = "\(error)"
      }
      await cluster.shutdown()
      await removeContainers(of: names)
      #expect(
        message.contains("the engine answered") && message.lowercased().contains("memory"), "\(message)")
    }

    @Test func aNameInUseIsAClearError() async throws {
      let name = "icon-name-test-\(UUID().uuidString.prefix(8).lowercased())"
      var spec = ContainerEngine.ContainerSpec(image: Self.image)
      spec.environment = ["PORT": "1"]
      let first = try await engine.create(name: name, spec)
      var message = ""
      do {
        _ = try await engine.create(name: name, spec)
      } catch {
        message = "\(error)"
      }
      try await engine.remove(first)
      #expect(message.contains("a container named \(name) already exists"), "\(message)")
    }

    @Test func aMissingImageIsAClearErrorAndTheYardKeepsServing() async throws {
      let (cluster, names) = try await cluster()
      var manifest = manifest(cluster)
      manifest.workload.image = "localhost/no-such-image:never"
      let yard = cluster.url(names["stockholm"]!)
      var message = ""
      do {
        _ = try await cluster.owner.deploy(manifest, yard: yard)
      } catch {
        message = "\(error)"
      }
      let health = try? await JSONClient().exchange(
        .GET, "\(yard)/v1/health", body: nil, timeout: .seconds(3))
      await cluster.shutdown()
      await removeContainers(of: names)
      #expect(message.contains("no image localhost/no-such-image:never"), "\(message)")
      #expect(health != nil)
    }
  }
}

extension LiveClusters.ContainerTests {
  @Test func theDemoRunsWithContainersAndLeavesNoneBehind() async throws {
    let engineAddress = try #require(Self.engineAddress)
    let run = try await LiveClusters.DemoTests.demo([
      "--duration", "20", "--driver", "engine", "--engine", engineAddress,
    ])
    let left = try await engine.list(label: "icon.yard").filter {
      ($0.labels["icon.yard"] ?? "").hasSuffix("-\(run.pid)")
    }
    #expect(run.status == 0)
    #expect(run.summary["failed_requests"] as? Int == 0, "\(run.failures)")
    #expect(run.summary["budget_conserved"] as? Bool == true)
    #expect((run.summary["replications"] as? Int ?? 0) > 0)
    #expect(left.isEmpty, "containers left: \(left.map(\.id))")
    #expect(run.left.isEmpty, "processes left: \(run.left.sorted())")
  }
}
