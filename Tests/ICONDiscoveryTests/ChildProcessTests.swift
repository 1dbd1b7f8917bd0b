import Foundation
import ICONTestSupport
import Testing

/// The programs the test beds start keep nothing of the test process but their standard streams. A pipe
/// another thread is reading to its end at that moment (``NetworkTestBed``'s `run`) must not stay open in
/// a long-lived server, or that reader waits for the server to exit.
struct ChildProcessTests {
  @Test func aChildHoldsOnlyItsStandardStreams() throws {
    let open = Pipe()
    let child = try ChildProcess("/bin/sleep", ["30"])
    defer { child.stop() }
    let descriptors = try FileManager.default.contentsOfDirectory(atPath: "/proc/\(child.pid)/fd")
    #expect(descriptors.sorted() == ["0", "1", "2"], "the child holds \(descriptors.sorted())")
    _ = open
  }
}
