import Foundation

/// What a browser gets first, and then with every reading: the view and the timeline's events (all of
/// them first, then the new ones).
public struct DashboardUpdate: Codable, Sendable {
  /// The overlay as last read (nil before the first reading).
  public var view: OverlayView?
  /// Events: the whole timeline in the first update, the new ones after.
  public var events: [TimelineEvent]
  /// Whether `events` is the whole timeline.
  public var whole: Bool
}

/// The latest reading, the timeline, and the browsers listening for changes (at most
/// ``listenerLimit`` at once).
public actor DashboardHub {
  private var view: OverlayView?
  private var timeline = DashboardTimeline()
  private var listeners: [Int: AsyncStream<String>.Continuation] = [:]
  private var nextListener = 0

  /// The most browsers served live at once.
  public static let listenerLimit = 64

  /// An empty hub.
  public init() {}

  /// Takes a new reading: the timeline learns what changed, and every listener is sent it.
  public func publish(_ view: OverlayView) {
    let events = timeline.observe(view, at: view.at)
    self.view = view
    let message = Self.event(DashboardUpdate(view: view, events: events, whole: false))
    for listener in listeners.values { listener.yield(message) }
  }

  /// The whole state: the last reading and the whole timeline.
  public var state: DashboardUpdate { DashboardUpdate(view: view, events: timeline.events, whole: true) }

  /// A stream of Server-Sent Events for one browser, beginning with the whole state; nil when
  /// ``listenerLimit`` browsers listen already.
  func listen() -> AsyncStream<String>? {
    guard listeners.count < Self.listenerLimit else { return nil }
    let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(8))
    let id = nextListener
    nextListener += 1
    listeners[id] = continuation
    continuation.yield(Self.event(state))
    continuation.onTermination = { _ in Task { await self.forget(id) } }
    return stream
  }

  /// Ends every stream (the server is stopping).
  func close() {
    for listener in listeners.values { listener.finish() }
    listeners = [:]
  }

  private func forget(_ id: Int) { listeners[id] = nil }

  /// `update` as one Server-Sent Event.
  static func event(_ update: DashboardUpdate) -> String {
    let data = (try? JSONEncoder().encode(update)) ?? Data("{}".utf8)
    return "data: \(String(decoding: data, as: UTF8.self))\n\n"
  }
}
