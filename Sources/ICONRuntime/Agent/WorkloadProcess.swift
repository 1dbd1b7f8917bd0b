import Foundation
import ICONCore

#if canImport(Glibc)
  import Glibc
#endif

/// The wrapped service, run as a child process listening on `127.0.0.1:PORT`.
/// Foundation's `Process` is not marked `Sendable`; only its thread-safe members are used here.
final class WorkloadProcess: @unchecked Sendable {
  /// Its port.
  let port: Int
  private let process: Process

  /// Starts `command` (the word `icon` meaning this program) with `PORT` and `environment` set, and
  /// waits until it answers HTTP.
  init(command: [String], environment: [String: String], log: URL?) async throws {
    port = try FreePort.pick()
    let process = Process()
    let executable = command[0] == "icon" ? ProgramPath.current : command[0]
    if executable.contains("/") {
      process.executableURL = URL(fileURLWithPath: executable)
      process.arguments = Array(command.dropFirst())
    } else {
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments = command
    }
    var variables = ProcessInfo.processInfo.environment
    for (key, value) in environment { variables[key] = value }
    variables["PORT"] = String(port)
    variables["ICON_AGENT_PID"] = String(getpid())
    process.environment = variables
    if let log {
      guard FileManager.default.createFile(atPath: log.path, contents: nil) else {
        throw RuntimeFailure("cannot create \(log.path)")
      }
      let handle = try FileHandle(forWritingTo: log)
      process.standardOutput = handle
      process.standardError = handle
    }
    try process.run()
    self.process = process
    try await waitUntilServing()
  }

  /// The process id.
  var pid: Int32 { process.processIdentifier }

  private func waitUntilServing() async throws {
    let deadline = ContinuousClock.now + .seconds(20)
    while ContinuousClock.now < deadline {
      guard process.isRunning else {
        throw RuntimeFailure("the workload exited with status \(process.terminationStatus) before serving")
      }
      if FreePort.accepts(port: port) { return }
      try await Task.sleep(for: .milliseconds(20))
    }
    throw RuntimeFailure("the workload did not listen on port \(port) within 20 s")
  }

  /// Stops it: SIGTERM, then SIGKILL after `grace`.
  func stop(grace: Duration = .seconds(3)) async {
    await ProcessDriver.terminate([process.processIdentifier], grace: grace)
  }
}

/// A failure of the runtime, with a message for people.
public struct RuntimeFailure: Error, CustomStringConvertible, Sendable {
  /// What went wrong.
  public var description: String
  /// A failure saying `description`.
  public init(_ description: String) { self.description = description }
}

/// The running program's own path, for starting more of itself.
public enum ProgramPath {
  /// `/proc/self/exe` resolved, or the first argument.
  public static var current: String {
    (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
  }
}

/// Loopback port helpers.
enum FreePort {
  /// A port nobody listens on right now.
  static func pick() throws -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { throw RuntimeFailure("cannot open a socket") }
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
        bind(fd, pointer, length) == 0 && getsockname(fd, pointer, &length) == 0
      }
    }
    guard bound else { throw RuntimeFailure("cannot find a free port") }
    return Int(UInt16(bigEndian: address.sin_port))
  }

  /// True when something accepts TCP connections on `127.0.0.1:port`.
  static func accepts(port: Int) -> Bool {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    return withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
      }
    }
  }
}
