import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// An agent a driver started: where it answers and which processes are its.
public struct StartedInstance: Hashable, Sendable {
  /// The agent's base URL.
  public var url: String
  /// The agent's process id.
  public var pid: Int32
  /// The workload's process id.
  public var workloadPID: Int32
  /// The workload's container, when it runs in one.
  public var container: String?

  /// An agent at `url` with these processes (and container).
  public init(url: String, pid: Int32, workloadPID: Int32, container: String? = nil) {
    self.url = url
    self.pid = pid
    self.workloadPID = workloadPID
    self.container = container
  }
}

/// How a yard runs the agents (and with them the workloads) it hosts.
public protocol InstanceDriver: Sendable {
  /// Starts the agent for `configuration`, with its files in `folder`; returns once it answers.
  func start(_ configuration: AgentConfiguration, folder: URL) async throws -> StartedInstance
  /// True while the instance runs.
  func isAlive(_ instance: StartedInstance) -> Bool
  /// Stops it: SIGTERM, and SIGKILL for what is left after `grace`; a container is removed unless
  /// `keepWorkload` (a soft termination's, kept stopped until ``discard(_:)``).
  func stop(_ instance: StartedInstance, grace: Duration, keepWorkload: Bool) async
  /// Stops the workload of an instance that left (its agent stays, serving its stub); a container is
  /// kept, stopped, until ``discard(_:)``.
  func park(_ instance: StartedInstance) async
  /// Removes what ``park(_:)`` kept.
  func discard(_ instance: StartedInstance) async
  /// After a restart: keeps the workloads of `owned` and removes every other one this yard made.
  func reconcile(owned: [StartedInstance]) async throws
  /// Whether it runs workloads given as images.
  var runsImages: Bool { get }
  /// Commits the instance's container to the image `image`, file system and all.
  func commitWorkload(of instance: StartedInstance, as image: String) async throws
  /// The image `image` as an archive, for another yard.
  func exportImage(_ image: String) async throws -> Data
  /// Replaces the instance's workload with a container of `image`, loaded from `archive`, on the same
  /// port; returns the instance as it is now.
  func replaceWorkload(
    of instance: StartedInstance, configuration: AgentConfiguration, image: String, archive: Data
  ) async throws -> StartedInstance
  /// Removes the image `image` (a committed one that has served its purpose).
  func removeImage(_ image: String) async
}

extension InstanceDriver {
  /// Processes only.
  public var runsImages: Bool { false }

  /// A process has no image to commit.
  public func commitWorkload(of instance: StartedInstance, as image: String) async throws {
    throw YardProblem.invalid("this yard runs workloads as processes: there is no container to commit")
  }

  /// A process yard holds no images.
  public func exportImage(_ image: String) async throws -> Data {
    throw YardProblem.notFound("this yard runs workloads as processes: it holds no image \(image)")
  }

  /// A process yard cannot run an image.
  public func replaceWorkload(
    of instance: StartedInstance, configuration: AgentConfiguration, image: String, archive: Data
  ) async throws -> StartedInstance {
    throw YardProblem.invalid("this yard runs workloads as processes: it cannot run the image \(image)")
  }

  /// Nothing to remove.
  public func removeImage(_ image: String) async {}

  /// Stops agent and workload, removing a container.
  public func stop(_ instance: StartedInstance, grace: Duration) async {
    await stop(instance, grace: grace, keepWorkload: false)
  }

  /// A process workload stops with its agent.
  public func park(_ instance: StartedInstance) async {}
  /// Nothing is kept for a process.
  public func discard(_ instance: StartedInstance) async {}
  /// Processes are not found again: nothing to do.
  public func reconcile(owned: [StartedInstance]) async throws {}
}

/// Runs each agent as a child process of the yard (`icon agent --config FILE`).
public struct ProcessDriver: InstanceDriver {
  /// The `icon` program to start agents with.
  public var program: String

  /// A driver starting `program agent`.
  public init(program: String = ProgramPath.current) { self.program = program }

  public func start(_ configuration: AgentConfiguration, folder: URL) async throws -> StartedInstance {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent("agent.json")
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    try encoder.encode(configuration).write(to: file, options: .atomic)
    let log = folder.appendingPathComponent("agent.log")
    guard FileManager.default.createFile(atPath: log.path, contents: nil) else {
      throw RuntimeFailure("cannot create \(log.path)")
    }
    let ready = folder.appendingPathComponent(AgentProcess.readyFile)
    try? FileManager.default.removeItem(at: ready)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = ["agent", "--config", file.path]
    let logHandle = try FileHandle(forWritingTo: log)
    process.standardOutput = logHandle
    process.standardError = logHandle
    try process.run()
    let deadline = ContinuousClock.now + .seconds(30)
    while ContinuousClock.now < deadline && process.isRunning {
      if let data = try? Data(contentsOf: ready),
        let announced = try? JSONDecoder().decode(AgentProcess.Announcement.self, from: data)
      {
        return StartedInstance(
          url: announced.url, pid: process.processIdentifier, workloadPID: announced.workloadPID)
      }
      try await Task.sleep(for: .milliseconds(10))
    }
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    let tail = (try? String(contentsOf: log, encoding: .utf8)).map { String($0.suffix(800)) } ?? ""
    throw RuntimeFailure("the agent did not start: \(tail.isEmpty ? "no output" : tail)")
  }

  public func isAlive(_ instance: StartedInstance) -> Bool { Self.isRunning(instance.pid) }

  public func stop(_ instance: StartedInstance, grace: Duration, keepWorkload: Bool) async {
    await Self.terminate([instance.pid, instance.workloadPID], grace: grace)
  }

  /// SIGTERM to `pids`; once the first has exited or `grace` has passed, SIGKILL to any still running.
  static func terminate(_ pids: [Int32], grace: Duration) async {
    for pid in pids where isRunning(pid) { kill(pid, SIGTERM) }
    let deadline = ContinuousClock.now + grace
    while let first = pids.first, isRunning(first), ContinuousClock.now < deadline {
      try? await Task.sleep(for: .milliseconds(20))
    }
    for pid in pids where isRunning(pid) { kill(pid, SIGKILL) }
  }

  /// True when `pid` is a live process (not a zombie).
  static func isRunning(_ pid: Int32) -> Bool {
    guard pid > 0, kill(pid, 0) == 0 else { return false }
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let close = stat.lastIndex(of: ")")
    else { return true }
    return !stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).hasPrefix("Z")
  }
}
