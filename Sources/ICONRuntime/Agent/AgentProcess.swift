import Foundation
import ICONTrust
import Logging
import ServiceLifecycle

/// The `icon agent` process: reads its configuration, starts the workload, serves, and tells its yard
/// where it answers by writing ``Announcement`` to ``readyFile`` beside its configuration.
public enum AgentProcess {
  /// The file an agent writes once it serves.
  public static let readyFile = "ready.json"

  /// What a serving agent announces.
  public struct Announcement: Codable, Sendable {
    /// Where it answers.
    public var url: String
    /// Its workload's process id.
    public var workloadPID: Int32
  }

  /// Runs until SIGTERM or SIGINT.
  public static func run(configurationFile: String) async throws {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: configurationFile))
    } catch {
      throw RuntimeFailure("cannot read \(configurationFile): \(error.localizedDescription)")
    }
    let configuration = try JSONDecoder().decode(AgentConfiguration.self, from: data)
    let folder = URL(fileURLWithPath: configurationFile).deletingLastPathComponent()
    let key = try SigningKey.load(at: folder.appendingPathComponent(AgentConfiguration.keyFile).path)
    let node = try AgentNode(configuration: configuration, key: key, folder: folder)
    let workloadPID = try await node.startWorkload()
    guard let port = await node.workloadPort else { throw RuntimeFailure("the workload has no port") }
    if let state = configuration.restoredState { try await node.restoreWorkload(state) }
    let front = AgentFront(node: node, workloadPort: port)
    var logger = Logger(label: "icon.agent")
    logger.logLevel = .warning
    let channel = try await front.bind(host: configuration.host, port: configuration.port)
    let url =
      "http://\(configuration.advertisedHost ?? configuration.host):\(channel.localAddress?.port ?? 0)"
    await node.start(url: url)
    let announcement = Announcement(url: url, workloadPID: workloadPID)
    try JSONEncoder().encode(announcement).write(
      to: folder.appendingPathComponent(readyFile), options: .atomic)
    let group = ServiceGroup(
      configuration: .init(
        services: [node.work, AgentObservation(node: node), AgentFrontService(channel: channel)],
        gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
    try await group.run()
    await node.shutdown()
  }
}
