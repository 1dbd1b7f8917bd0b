import ICONCore
import ICONRuntime
import Testing

@Suite struct PeerDirectoryTests {
  @Test func aNewerGenerationWinsAndAnOlderOneIsIgnored() {
    var directory = PeerDirectory()
    directory.learn("a", at: PeerAddress(url: "http://one", generation: 2))
    directory.learn("a", at: PeerAddress(url: "http://old", generation: 1))
    #expect(directory["a"]?.url == "http://one")
    directory.learn("a", movedTo: "http://two")
    #expect(directory["a"] == PeerAddress(url: "http://two", generation: 3))
  }

  /// The attack: a gossiped generation of `UInt64.max`, then a redirect from that peer.
  @Test func aMoveAfterTheLargestGenerationDoesNotOverflow() {
    var directory = PeerDirectory()
    directory.merge(["a": PeerAddress(url: "http://evil", generation: .max)])
    directory.learn("a", movedTo: "http://elsewhere")
    #expect(directory["a"] == PeerAddress(url: "http://elsewhere", generation: .max))
  }
}
