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

  /// The attack: a peer gossips far more ICONs than any tree has.
  @Test func manyDistinctICONsFillTheDirectoryOnlyToItsCapacity() {
    var directory = PeerDirectory()
    directory.learn("parent", at: PeerAddress(url: "http://parent"))
    directory.merge(
      Dictionary(
        uniqueKeysWithValues: (0..<10_000).map { (ICONID("ghost.\($0)"), PeerAddress(url: "http://x")) }))
    directory.learn("late", movedTo: "http://late")
    directory.learn("parent", movedTo: "http://parent-moved")
    #expect(directory.addresses.count == PeerDirectory.capacity)
    #expect(directory["late"] == nil)
    #expect(directory["parent"]?.url == "http://parent-moved")
  }
}
