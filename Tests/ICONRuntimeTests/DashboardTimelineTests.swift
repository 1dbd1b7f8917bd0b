import ICONDashboard
import Testing

/// The timeline's transitions, one reading after another, with time passed in.
@Suite struct DashboardTimelineTests {
  static func icon(
    _ name: String, at site: String, parent: String? = nil, epoch: UInt64 = 1, refused: Int = 0
  )
    -> OverlayView.Node
  {
    OverlayView.Node(
      id: "app~f." + name, name: name, parent: parent, site: site, requestsPerSecond: 1,
      meanLatencyMilliseconds: 1,
      balance: 1, epoch: epoch, refused: refused, mode: "serving")
  }

  static func view(_ icons: [OverlayView.Node]) -> OverlayView {
    var view = OverlayView(tree: [], geography: Geography(), at: 0)
    view.icons = icons
    return view
  }

  @Test func theFirstReadingBringsNoEvents() {
    var timeline = DashboardTimeline()
    #expect(timeline.observe(Self.view([Self.icon("a", at: "Helsinki")]), at: 1).isEmpty)
  }

  @Test func aNewChildIsAReplicationAndANewSiteAMigration() {
    var timeline = DashboardTimeline()
    _ = timeline.observe(Self.view([Self.icon("a", at: "Helsinki")]), at: 1)
    let events = timeline.observe(
      Self.view([Self.icon("a", at: "Vienna"), Self.icon("a.2", at: "Madrid", parent: "a")]), at: 2)
    #expect(events.map(\.kind) == [.migration, .replication])
    #expect(events[0].text == "a moved from Helsinki to Vienna")
    #expect(events[1].text == "a.2 started at Madrid, a replica of a")
    #expect(events.allSatisfy { $0.at == 2 })
  }

  @Test func aMissingIconIsATerminationAndANewOriginAnElection() {
    var timeline = DashboardTimeline()
    _ = timeline.observe(
      Self.view([Self.icon("a", at: "Helsinki"), Self.icon("a.2", at: "Madrid", parent: "a")]), at: 1)
    let events = timeline.observe(Self.view([Self.icon("a.2", at: "Madrid", epoch: 2)]), at: 2)
    #expect(events.map(\.kind) == [.election, .termination])
    #expect(events[0].icon == "a.2" && events[1].icon == "a")
  }

  @Test func moreRefusedRequestsAreARefusal() {
    var timeline = DashboardTimeline()
    _ = timeline.observe(Self.view([Self.icon("a", at: "Helsinki", refused: 1)]), at: 1)
    let events = timeline.observe(Self.view([Self.icon("a", at: "Helsinki", refused: 4)]), at: 2)
    #expect(events.map(\.kind) == [.refusal])
    #expect(events.map(\.text) == ["a refused 3 request(s)"])
    #expect(timeline.observe(Self.view([Self.icon("a", at: "Helsinki", refused: 4)]), at: 3).isEmpty)
  }

  @Test func anEmptyReadingIsNotTheEndOfTheTreeAndTheTimelineIsBounded() {
    var timeline = DashboardTimeline(limit: 3)
    _ = timeline.observe(Self.view([Self.icon("a", at: "Helsinki")]), at: 0)
    // a reading that found no tree (the origin did not answer) says nothing
    #expect(timeline.observe(Self.view([]), at: 1).isEmpty)
    for second in 2..<8 {
      _ = timeline.observe(
        Self.view([Self.icon("a", at: second.isMultiple(of: 2) ? "Rome" : "Oslo")]), at: Double(second))
    }
    #expect(timeline.events.count == 3)
    #expect(timeline.events.map(\.at) == [5, 6, 7])
  }
}
