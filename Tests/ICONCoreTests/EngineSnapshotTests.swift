import Foundation
import ICONCore
import Testing

/// A snapshot carries an engine's whole state: an overlay whose engines are all replaced by restored
/// snapshots midway behaves exactly as one left alone.
@Suite struct EngineSnapshotTests {
  func harness(seed: UInt64) -> OverlayHarness {
    var harness = OverlayHarness(seed: seed)
    harness.addSite("cloud", position: 100, price: .credits(0.5), capacity: 64)
    harness.addSite("west", position: 5, price: 2)
    harness.addSite("east", position: 75, price: 1)
    harness.subnetPositions = ["w1": 0, "e1": 70, "e2": 80]
    harness.rates = ["w1": 40, "e1": 40, "e2": 20]
    harness.deployOrigin("origin", at: "cloud", budget: 500, policy: RandomScenario.policy)
    return harness
  }

  @Test(arguments: [UInt64(1), 2, 3])
  func restoredEnginesContinueTheSameTrace(seed: UInt64) throws {
    // the hotspot moves after the snapshot, so the restored engines must act, not only keep going
    let shifted: [SubnetID: Double] = ["w1": 60, "e1": 0, "e2": 5]
    var untouched = harness(seed: seed)
    untouched.run(until: .seconds(120))
    untouched.rates = shifted
    untouched.run(until: .seconds(400))
    var restored = harness(seed: seed)
    restored.run(until: .seconds(120))
    #expect(restored.engines.count > 1, "the overlay should have grown before the snapshot")
    for (id, engine) in restored.engines {
      restored.engines[id] = try ICONEngine(snapshot: try engine.snapshot())
    }
    restored.rates = shifted
    let notesBefore = restored.notes.count
    restored.run(until: .seconds(400))
    let actionsAfterSnapshot = restored.notes.dropFirst(notesBefore).filter {
      if case .replicated = $0.1 { return true }
      if case .migrated = $0.1 { return true }
      return false
    }
    #expect(!actionsAfterSnapshot.isEmpty)
    #expect(restored.trace == untouched.trace)
  }

  @Test func aSnapshotIsJSONAndRefusesGarbage() throws {
    let engine = ICONEngine(
      .origin(id: "a", application: "app", site: SiteOffer(site: "s"), budget: 10, seed: 1))
    let snapshot = try engine.snapshot()
    #expect(try JSONSerialization.jsonObject(with: snapshot) is [String: Any])
    #expect(throws: DecodingError.self) { try ICONEngine(snapshot: Data("{}".utf8)) }
  }
}
