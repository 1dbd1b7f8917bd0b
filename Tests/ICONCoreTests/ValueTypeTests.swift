import Foundation
import ICONCore
import Testing

/// Value types whose storage is shared or whose hashing is hand-written behave as plain values.
@Suite struct ValueTypeTests {
  @Test func changingACopyOfAPolicyLeavesTheOriginalAlone() {
    let original = OwnerPolicy {
      $0.version = 3
      $0.weight = 0.25
    }
    var copy = original
    #expect(copy == original)
    copy.weight = 0.75
    copy.reportPeriod = .seconds(2)
    #expect(original.weight == 0.25)
    #expect(original.reportPeriod == .seconds(5))
    #expect(copy.weight == 0.75)
    #expect(copy != original)
    copy.weight = 0.25
    copy.reportPeriod = .seconds(5)
    #expect(copy == original)
    #expect(copy.hashValue == original.hashValue)
  }

  @Test func aPolicyEncodesAsOneObjectWithAKeyPerProperty() throws {
    let policy = OwnerPolicy {
      $0.version = 9
      $0.weight = 0.3
      $0.missedReportsBeforeFailure = 4
    }
    let data = try JSONEncoder().encode(policy)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(object["version"] as? Int == 9)
    #expect(object["weight"] as? Double == 0.3)
    #expect(object["missedReportsBeforeFailure"] as? Int == 4)
    #expect(object.count == 22)
    #expect(try JSONDecoder().decode(OwnerPolicy.self, from: data) == policy)
    #expect("\(policy)".hasPrefix("OwnerPolicy(version: 9, weight: 0.3,"))
  }

  /// Lengths around the eight-byte words the hash reads, and texts that differ only in their last byte.
  @Test func identifiersThatDifferOnlyInTheirTailAreToldApart() {
    var texts: [String] = []
    for length in 0...20 {
      let stem = String(repeating: "x", count: length)
      texts += [stem, stem + "a", stem + "b", stem + "é"]
    }
    let distinct = Set(texts)
    let subnets = Set(texts.map { SubnetID($0) })
    #expect(subnets.count == distinct.count)
    var byName: [ICONID: Int] = [:]
    for (position, text) in distinct.sorted().enumerated() { byName[ICONID(text)] = position }
    for (position, text) in distinct.sorted().enumerated() { #expect(byName[ICONID(text)] == position) }
    // with one table seed, the last byte changes the hash
    #expect(SiteID("abcdefgh1")._rawHashValue(seed: 7) != SiteID("abcdefgh2")._rawHashValue(seed: 7))
    #expect(SiteID("abc")._rawHashValue(seed: 7) != SiteID("abc")._rawHashValue(seed: 8))
  }
}
