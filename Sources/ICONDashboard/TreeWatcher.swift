import Foundation
import ICONRuntime

/// Feeds a ``DashboardHub`` for a real deployment: every period, finds the application's origin through
/// a yard, reads the tree from it (each status signed by its ICON) and publishes the view.
public struct TreeWatcher: Sendable {
  let owner: OwnerClient
  let application: String
  let yard: String
  let geography: Geography

  /// A watcher of the owner's application `application`, found through the yard at `yard`.
  public init(owner: OwnerClient, application: String, yard: String, geography: Geography) {
    self.owner = owner
    self.application = application
    self.yard = yard
    self.geography = geography
  }

  /// Publishes a reading into `hub` every `period` until cancelled; `problem` is told why a reading
  /// failed (once per new reason).
  public func run(into hub: DashboardHub, every period: Duration = .seconds(1), problem: (String) -> Void)
    async
  {
    var lastProblem: String?
    while !Task.isCancelled {
      do {
        let origin = try await owner.origin(of: application, yard: yard)
        let tree = await owner.tree(from: origin)
        await hub.publish(
          OverlayView(tree: tree.map(\.status), geography: geography, at: Date().timeIntervalSince1970))
        lastProblem = nil
      } catch {
        let reason = "\(error)"
        if reason != lastProblem { problem(reason) }
        lastProblem = reason
      }
      try? await Task.sleep(for: period)
    }
  }
}
