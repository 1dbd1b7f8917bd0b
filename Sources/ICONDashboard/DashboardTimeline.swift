/// Something the overlay did between two readings, in words, for the dashboard's timeline.
public struct TimelineEvent: Codable, Sendable, Equatable {
  /// What kind of change.
  public enum Kind: String, Codable, Sendable {
    case migration, replication, termination, election, refusal
  }

  /// When it was seen (seconds since 1970).
  public var at: Double
  public var kind: Kind
  /// The ICON it concerns (its short name).
  public var icon: String
  /// What happened, in words.
  public var text: String
}

/// The timeline as a state machine over readings: each new ``OverlayView`` is compared with the one
/// before, and what changed becomes events: a new ICON with a parent is a replication, one at a new
/// site a migration, one gone a termination, a new origin or a higher epoch an election, more refused
/// requests a refusal. At most ``limit`` events are kept, the newest last.
public struct DashboardTimeline: Sendable {
  private var last: OverlayView?
  /// The events so far, oldest first.
  public private(set) var events: [TimelineEvent] = []
  /// How many events are kept.
  public let limit: Int

  /// An empty timeline keeping at most `limit` events.
  public init(limit: Int = 200) { self.limit = limit }

  /// Takes `view`, read at `at`; returns the events it brought.
  public mutating func observe(_ view: OverlayView, at: Double) -> [TimelineEvent] {
    // a reading that found no tree (the origin did not answer) is no news: the next one is compared
    // with the last tree seen
    guard !view.icons.isEmpty else { return [] }
    defer { last = view }
    guard let last else { return [] }
    let before = Dictionary(last.icons.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let now = Dictionary(view.icons.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var new: [TimelineEvent] = []
    func add(_ kind: TimelineEvent.Kind, _ icon: OverlayView.Node, _ text: String) {
      new.append(TimelineEvent(at: at, kind: kind, icon: icon.name, text: text))
    }
    let oldOrigin = last.icons.first { $0.parent == nil }?.id
    for icon in view.icons {
      guard let previous = before[icon.id] else {
        if let parent = icon.parent {
          add(.replication, icon, "\(icon.name) started at \(icon.site), a replica of \(parent)")
        } else if oldOrigin != nil {
          add(.election, icon, "\(icon.name) at \(icon.site) is the origin now (epoch \(icon.epoch))")
        }
        continue
      }
      if previous.site != icon.site {
        add(.migration, icon, "\(icon.name) moved from \(previous.site) to \(icon.site)")
      }
      if icon.parent == nil, previous.parent != nil || icon.epoch > previous.epoch {
        add(.election, icon, "\(icon.name) at \(icon.site) won the election: the origin, epoch \(icon.epoch)")
      }
      if icon.refused > previous.refused {
        add(.refusal, icon, "\(icon.name) refused \(icon.refused - previous.refused) request(s)")
      }
    }
    for icon in last.icons where now[icon.id] == nil {
      add(.termination, icon, "\(icon.name) at \(icon.site) left the tree")
    }
    events.append(contentsOf: new)
    if events.count > limit { events.removeFirst(events.count - limit) }
    return new
  }
}
