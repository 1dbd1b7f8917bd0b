import Foundation
import ICONTestSupport
import Testing

@testable import ICONDiscovery

/// Paths traced on a real routed test bed: hosts and routers as network namespaces.
@Suite(.serialized, .timeLimit(.minutes(2)))
struct PathTracerTests {
  /// Provider p1 reaches clients c1 and c2 through routers r1, r2 (and r3 for c2); p2, p3 and a decoy
  /// p4 hang off the routers.
  static func testBed() async throws -> NetworkTestBed {
    try await offThePool { try makeTestBed() }
  }

  static func makeTestBed() throws -> NetworkTestBed {
    try NetworkTestBed(
      nodes: ["p1", "r1", "r2", "r3", "c1", "c2", "p2", "p3", "p4"], routers: ["r1", "r2", "r3"],
      links: [
        ("p1", "r1"), ("r1", "r2"), ("r2", "r3"), ("r2", "c1"), ("r3", "c2"), ("r2", "p2"), ("r3", "p3"),
        ("r1", "p4"),
      ])
  }

  /// `icon discover path ADDRESS --json` run inside `node`.
  static func trace(in bed: NetworkTestBed, from node: String, to address: String) async throws -> (
    hops: [String?], reached: Bool
  ) {
    let result = try await bed.run(
      in: node, [IconProgram.url.path, "discover", "path", address, "--json", "--hops", "8"])
    #expect(result.status == 0, "\(result.output)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any], "\(result.output)")
    let hops = try #require(object["hops"] as? [Any]).map { $0 as? String }
    return (hops, object["reached"] as? Bool == true)
  }

  @Test(.enabled(if: NetworkTestBed.isAvailable, "needs root and iproute2 to make network namespaces"))
  func aTraceSeesEveryRouterOnTheWay() async throws {
    let bed = try await Self.testBed()
    let toC2 = try await Self.trace(in: bed, from: "p1", to: bed.address(of: "c2"))
    #expect(
      toC2.hops == [
        bed.address(of: "r1", toward: "p1"), bed.address(of: "r2", toward: "r1"),
        bed.address(of: "r3", toward: "r2"),
      ])
    #expect(toC2.reached)
    let toC1 = try await Self.trace(in: bed, from: "p1", to: bed.address(of: "c1"))
    #expect(toC1.hops == [bed.address(of: "r1", toward: "p1"), bed.address(of: "r2", toward: "r1")])
    #expect(toC1.reached)
    // from the other side, the routers answer from the addresses facing it
    let back = try await Self.trace(in: bed, from: "c2", to: bed.address(of: "p1"))
    #expect(
      back.hops == [
        bed.address(of: "r3", toward: "c2"), bed.address(of: "r2", toward: "r3"),
        bed.address(of: "r1", toward: "r2"),
      ])
  }

  @Test(.enabled(if: NetworkTestBed.isAvailable, "needs root and iproute2 to make network namespaces"))
  func pathsThatEndEarlyAreSaidSo() async throws {
    let bed = try await Self.testBed()
    // too few hops to reach c2: the routers seen, and that the destination did not answer
    let short = try await bed.run(
      in: "p1", [IconProgram.url.path, "discover", "path", bed.address(of: "c2"), "--hops", "2"])
    #expect(
      short.output
        == "1\t\(bed.address(of: "r1", toward: "p1"))\n2\t\(bed.address(of: "r2", toward: "r1"))\n"
        + "destination \(bed.address(of: "c2")) did not answer within 2 hops\n")
    // an address no route leads to: the error, and a failing status
    let nowhere = try await bed.run(in: "p1", [IconProgram.url.path, "discover", "path", "203.0.113.9"])
    #expect(nowhere.status != 0 && nowhere.output.contains("cannot send to 203.0.113.9"), "\(nowhere.output)")
  }

  @Test(.enabled(if: NetworkTestBed.isAvailable, "needs root and iproute2 to make network namespaces"))
  func theTestBedGoesAwayWithItsNamespaces() async throws {
    // on a thread of its own, where the test bed ends exactly where its scope does
    let (existed, remains) = try await offThePool {
      var name = ""
      var existed = false
      do {
        let bed = try Self.makeTestBed()
        name = bed.namespace("r2")
        existed = FileManager.default.fileExists(atPath: "/run/netns/\(name)")
      }
      return (existed, FileManager.default.fileExists(atPath: "/run/netns/\(name)"))
    }
    #expect(existed)
    #expect(!remains)
  }
}
