import Foundation
import ICONCore
import Testing

/// A snapshot is an engine's whole state as JSON (whole overlays restored from snapshots: the
/// simulator's OverlayScenarioTests).
@Suite struct EngineSnapshotTests {
  @Test func aSnapshotIsJSONAndRefusesGarbage() throws {
    let engine = ICONEngine(
      .origin(id: "a", application: "app", site: SiteOffer(site: "s"), budget: 10, seed: 1))
    let snapshot = try engine.snapshot()
    #expect(try JSONSerialization.jsonObject(with: snapshot) is [String: Any])
    #expect(throws: DecodingError.self) { try ICONEngine(snapshot: Data("{}".utf8)) }
  }
}
