import Foundation
import ICONCore
import Synchronization

/// What the request path needs to know on every request, readable without waiting for the agent's
/// actor: how to treat clients now, and which subnets go to which child.
final class ClientRouting: Sendable {
  /// How client requests are treated.
  enum Mode: Sendable, Equatable {
    /// No engine yet (a migration target waiting for its takeover).
    case standby
    /// Proxied to the workload, or redirected to a child.
    case serving
    /// A migration is copying state: new requests wait.
    case paused
    /// The ICON lives at this URL now.
    case moved(String)
    /// The ICON terminated; clients go to this URL (or get 410 Gone).
    case stub(String?)

    var name: String {
      switch self {
      case .standby: "standby"
      case .serving: "serving"
      case .paused: "paused"
      case .moved: "moved"
      case .stub: "terminated"
      }
    }
  }

  private struct State {
    var mode: Mode = .standby
    var routes: [SubnetID: ICONID] = [:]
    var urls: [ICONID: String] = [:]
    var inFlight = 0
    var idleWhilePaused: (@Sendable () -> Void)?
  }

  private let state = Mutex(State())

  /// The current mode.
  var mode: Mode { state.withLock { $0.mode } }

  /// Changes the mode.
  func set(_ mode: Mode) { state.withLock { $0.mode = mode } }

  /// Replaces the routes and the children's URLs.
  func update(routes: [SubnetID: ICONID], urls: [ICONID: String]) {
    state.withLock {
      $0.routes = routes
      $0.urls = urls
    }
  }

  /// The mode for a request from `subnet` and the closer ICON for it, when a child serves it; in
  /// mode `serving` the request counts as in flight until ``leave()``.
  func enter(subnet: SubnetID?) -> (mode: Mode, closer: String?) {
    state.withLock { state in
      guard state.mode == .serving else { return (state.mode, nil) }
      state.inFlight += 1
      guard let subnet, let child = state.routes[subnet] else { return (.serving, nil) }
      return (.serving, state.urls[child])
    }
  }

  /// Counts a served request as finished.
  func leave() {
    let idle = state.withLock { state in
      state.inFlight -= 1
      return state.inFlight == 0 && state.mode == .paused ? state.idleWhilePaused : nil
    }
    idle?()
  }

  /// Calls `body` whenever the last request in flight finishes while clients are paused.
  func whenIdleWhilePaused(_ body: @escaping @Sendable () -> Void) {
    state.withLock { $0.idleWhilePaused = body }
  }

  /// Requests being served now.
  var inFlight: Int { state.withLock { $0.inFlight } }
}

/// Requests served per client subnet since the last drain, with their latency.
final class TrafficMeter: Sendable {
  private struct Counts {
    var pending: [SubnetID: (requests: Int, latency: Double)] = [:]
    var served = 0
    var unmetered = 0
    var firstServedAt: Double?
  }

  /// The most client subnets metered between two samples; requests from more are served and counted,
  /// but not per subnet.
  static let subnetLimit = ICONEngine.inputLimit

  private let counts = Mutex(Counts())

  /// Records one request from `subnet` that took `milliseconds` as the client felt it.
  func record(_ subnet: SubnetID, milliseconds: Double) {
    counts.withLock {
      $0.served += 1
      guard $0.pending[subnet] != nil || $0.pending.count < Self.subnetLimit else {
        $0.unmetered += 1
        return
      }
      $0.pending[subnet, default: (0, 0)].requests += 1
      $0.pending[subnet, default: (0, 0)].latency += milliseconds
      if $0.firstServedAt == nil { $0.firstServedAt = Date().timeIntervalSince1970 }
    }
  }

  /// The samples since the last drain, sorted by subnet.
  func drain() -> [TrafficSample] {
    let pending = counts.withLock { counts in
      let pending = counts.pending
      counts.pending.removeAll(keepingCapacity: true)
      return pending
    }
    return pending.keys.sorted().map {
      TrafficSample(subnet: $0, requests: pending[$0]!.requests, totalLatency: pending[$0]!.latency)
    }
  }

  /// Requests served since the agent started.
  var served: Int { counts.withLock { $0.served } }

  /// Requests served but not metered per subnet, because too many subnets arrived at once.
  var unmetered: Int { counts.withLock { $0.unmetered } }

  /// When the first request was served (seconds since 1970).
  var firstServedAt: Double? { counts.withLock { $0.firstServedAt } }
}
