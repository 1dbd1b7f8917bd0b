import Foundation

/// Runs each agent as a process, like ``ProcessDriver``, and the workload of an application whose
/// manifest names an image as a container of a container engine (host networking, `PORT` set, the
/// manifest's memory and CPU limits). Its containers carry the labels `icon.yard` (this yard's name)
/// and `icon.icon`; it never touches a container without its own `icon.yard` label.
public struct EngineDriver: InstanceDriver {
  /// The label naming the yard that created a container.
  public static let yardLabel = "icon.yard"
  /// The label naming the ICON a container runs.
  public static let iconLabel = "icon.icon"

  /// The engine.
  public let engine: ContainerEngine
  /// The yard's name, for labels and container names.
  public let yard: String
  private let agents: ProcessDriver

  /// A driver for the yard `yard`, with containers at `engine` and agents started from `program`.
  public init(engine: ContainerEngine, yard: String, program: String = ProgramPath.current) {
    self.engine = engine
    self.yard = yard
    agents = ProcessDriver(program: program)
  }

  public func start(_ configuration: AgentConfiguration, folder: URL) async throws -> StartedInstance {
    guard let image = configuration.deployment.manifest.workload.image else {
      return try await agents.start(configuration, folder: folder)
    }
    let port = try FreePort.pick()
    let container = try await runWorkload(image: image, configuration: configuration, port: port)
    do {
      var configuration = configuration
      configuration.workloadPort = port
      var started = try await agents.start(configuration, folder: folder)
      started.container = container
      started.workloadPID = try await engine.inspect(container).pid
      return started
    } catch {
      try? await engine.remove(container)
      throw error
    }
  }

  public func isAlive(_ instance: StartedInstance) -> Bool { agents.isAlive(instance) }

  public var runsImages: Bool { true }

  public func stop(_ instance: StartedInstance, grace: Duration, keepWorkload: Bool) async {
    guard let container = instance.container else { return await agents.stop(instance, grace: grace) }
    await ProcessDriver.terminate([instance.pid], grace: grace)
    if keepWorkload { await park(instance) } else { await remove(container) }
  }

  public func park(_ instance: StartedInstance) async {
    guard let container = instance.container else { return }
    try? await engine.stop(container, seconds: 2)
    _ = try? await engine.wait(container, timeout: .seconds(5))
  }

  public func discard(_ instance: StartedInstance) async {
    guard let container = instance.container else { return }
    await remove(container)
  }

  /// Removes a container, and the image it ran from when that was a migrated ICON's (and no other
  /// container uses it).
  private func remove(_ container: String) async {
    let image = try? await engine.inspect(container).image
    try? await engine.remove(container)
    if let image, image.hasPrefix(Self.movedRepository) { try? await engine.removeImage(image) }
  }

  /// The repository a migrating ICON's container is committed to.
  public static let movedRepository = "localhost/icon-moved"

  public func reconcile(owned: [StartedInstance]) async throws {
    let keep = Set(owned.compactMap(\.container))
    for container in try await engine.list(label: "\(Self.yardLabel)=\(yard)")
    where container.labels[Self.yardLabel] == yard && !keep.contains(container.id) {
      await remove(container.id)
    }
  }

  public func commitWorkload(of instance: StartedInstance, as image: String) async throws {
    guard let container = instance.container else {
      throw YardProblem.invalid("this instance's workload is a process: there is no container to commit")
    }
    let (repository, tag) = Self.split(image)
    try await engine.commit(container, repository: repository, tag: tag)
  }

  public func exportImage(_ image: String) async throws -> Data { try await engine.save(image: image) }

  public func replaceWorkload(
    of instance: StartedInstance, configuration: AgentConfiguration, image: String, archive: Data
  ) async throws -> StartedInstance {
    guard let container = instance.container, let port = configuration.workloadPort else {
      throw YardProblem.invalid("this instance's workload is a process: it cannot take an image")
    }
    try await engine.load(archive: archive)
    await remove(container)
    var replaced = instance
    replaced.container = try await runWorkload(image: image, configuration: configuration, port: port)
    replaced.workloadPID = try await engine.inspect(replaced.container!).pid
    return replaced
  }

  public func removeImage(_ image: String) async { try? await engine.removeImage(image) }

  /// Creates and starts the workload's container of `image`, listening on `port`; returns once it
  /// accepts connections.
  private func runWorkload(image: String, configuration: AgentConfiguration, port: Int) async throws -> String
  {
    let workload = configuration.deployment.manifest.workload
    let icon = configuration.deployment.icon.rawValue
    var spec = ContainerEngine.ContainerSpec(image: image)
    spec.command = workload.command.isEmpty ? nil : workload.command
    spec.environment = ["PORT": "\(port)", "ICON_ID": icon, "ICON_SITE": configuration.site.site.rawValue]
    spec.labels = [Self.yardLabel: yard, Self.iconLabel: icon]
    spec.memoryBytes = workload.memoryMiB.map { Int64($0) << 20 }
    // the yard checked the limits' ranges (AppManifest.Workload.limitsProblem): these cannot overflow
    spec.nanoCPUs = workload.cpus.map { Int64($0 * 1e9) }
    let container = try await engine.create(name: containerName(of: icon), spec)
    do {
      try await engine.start(container)
      try await waitUntilServing(container, port: port)
      return container
    } catch {
      try? await engine.remove(container)
      throw error
    }
  }

  /// `REPOSITORY:TAG` split at the tag's colon (a registry's port is not a tag).
  static func split(_ image: String) -> (repository: String, tag: String) {
    guard let colon = image.lastIndex(of: ":"), !image[colon...].contains("/") else {
      return (image, "latest")
    }
    return (String(image[..<colon]), String(image[image.index(after: colon)...]))
  }

  /// `icon-YARD-ICON-SUFFIX`, in the characters engines allow: unique, as an ICON that left a parked
  /// container here may come back while it is kept.
  func containerName(of icon: String) -> String {
    let suffix = UUID().uuidString.prefix(8).lowercased()
    return "icon-\(yard)-\(icon)-\(suffix)".map {
      $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_"
    }
    .reduce(into: "") { $0.append($1) }
  }

  /// Waits until the workload accepts connections on `port`; fails with its logs if it exits first.
  private func waitUntilServing(_ container: String, port: Int) async throws {
    let deadline = ContinuousClock.now + .seconds(30)
    while ContinuousClock.now < deadline {
      if FreePort.accepts(port: port) { return }
      guard try await engine.inspect(container).running else {
        let logs = (try? await engine.logs(container)) ?? ""
        throw RuntimeFailure("the workload's container exited: \(logs.suffix(800))")
      }
      try await Task.sleep(for: .milliseconds(50))
    }
    throw RuntimeFailure("the workload's container did not listen on port \(port) within 30 s")
  }
}
