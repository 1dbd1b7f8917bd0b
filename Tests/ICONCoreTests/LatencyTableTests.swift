import Foundation
import ICONCore
import Testing

@Suite struct LatencyTableTests {
  private func estimate(_ subnet: SubnetID, _ site: SiteID, _ milliseconds: Double) -> LatencyEstimate {
    LatencyEstimate(subnet: subnet, site: site, milliseconds: milliseconds)
  }

  @Test func anEstimateIsReadByPairAndByRowAndColumnAndAReplacementWins() {
    var table = LatencyTable()
    table.record(estimate("a", "x", 5))
    table.record(estimate("b", "y", 7))
    table.record(estimate("a", "y", 3))
    table.record(estimate("a", "x", 4))
    #expect(table.latency(from: "a", to: "x") == 4)
    #expect(table.latency(from: "a", to: "y") == 3)
    #expect(table.latency(from: "b", to: "y") == 7)
    // unknown pairs are unknown, never zero: a site another subnet knows, a site nobody knows, a subnet
    #expect(table.latency(from: "b", to: "x") == nil)
    #expect(table.latency(from: "a", to: "z") == nil)
    #expect(table.latency(from: "c", to: "x") == nil)
    let row = table.row(from: "a")
    #expect(row[table.column(of: "y")] == 3)
    #expect(row[table.column(of: "z")] == nil)
    #expect(table.row(from: "b")[table.column(of: "x")] == nil)
    #expect(table.subnetCount == 2)
  }

  @Test func anEstimateThatIsNotANumberIsNoEstimate() {
    var table = LatencyTable()
    table.record(estimate("a", "x", .nan))
    #expect(table.isEmpty)
    #expect(table.latency(from: "a", to: "x") == nil)
  }

  @Test func tablesHoldingTheSameEstimatesAreEqualWhateverTheOrderTheyLearntThemIn() throws {
    var first = LatencyTable()
    first.record(estimate("a", "x", 1))
    first.record(estimate("b", "y", 2))
    var second = LatencyTable()
    second.record(estimate("b", "y", 2))
    second.record(estimate("a", "x", 1))
    #expect(first == second)
    #expect(first.hashValue == second.hashValue)
    second.record(estimate("b", "x", 9))
    #expect(first != second)

    let decoded = try JSONDecoder().decode(LatencyTable.self, from: JSONEncoder().encode(second))
    #expect(decoded == second)
    #expect(decoded.latency(from: "b", to: "x") == 9)
    // stored as estimates by subnet and site, the form snapshots have always had
    let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(first)) as? [String: Any]
    #expect((json?["estimates"] as? [String: [String: Double]]) == ["a": ["x": 1], "b": ["y": 2]])
  }

  @Test func keepingFewerSubnetsForgetsTheOthersFirstAndTheirSites() {
    var table = LatencyTable()
    table.record(estimate("a", "x", 1))
    table.record(estimate("b", "y", 2))
    table.record(estimate("c", "y", 3))
    table.keep(atMost: 2, preferring: ["a"])
    #expect(table.subnetCount == 2)
    #expect(table.latency(from: "a", to: "x") == 1)
    #expect(table.latency(from: "b", to: "y") == nil)
    #expect(table.latency(from: "c", to: "y") == 3)
    table.keep(atMost: 1, preferring: ["a"])
    #expect(table.latency(from: "a", to: "x") == 1)
    #expect(table.column(of: "y") == nil)
  }
}
