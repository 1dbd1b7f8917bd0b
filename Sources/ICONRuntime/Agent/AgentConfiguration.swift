import Foundation
import ICONCore
import ICONLedger
import ICONTrust

/// Everything an agent process is started with; its yard writes it as JSON next to the instance.
public struct AgentConfiguration: Hashable, Codable, Sendable {
  /// The deployment the yard accepted.
  public var deployment: DeployRequest
  /// The hosting yard's base URL.
  public var yard: String
  /// The hosting yard's key, which requests to it are signed for.
  public var yardKey: PublicKey
  /// The hosting yard's offer.
  public var site: SiteOffer
  /// Address to listen on.
  public var host: String
  /// The host name or address the agent gives out in its URL, when not ``host`` (a yard listening on
  /// every interface passes on the address it advertises).
  public var advertisedHost: String?
  /// Port to listen on; 0 picks a free one.
  public var port: Int
  /// Workload state to restore before serving (from a soft-terminated instance of the application).
  public var restoredState: Data?
  /// The port of a workload the yard runs itself (a container); nil: the agent starts the command.
  public var workloadPort: Int?

  /// The file in the instance's folder holding the ICON's private key.
  public static let keyFile = "icon.key"

  /// A configuration for `deployment` at `yard`, whose key is `yardKey`.
  public init(
    deployment: DeployRequest, yard: String, yardKey: PublicKey, site: SiteOffer, host: String = "127.0.0.1",
    port: Int = 0
  ) {
    self.deployment = deployment
    self.yard = yard
    self.yardKey = yardKey
    self.site = site
    self.host = host
    self.port = port
  }
}

/// `POST /_icon/peer-died`: a yard found the agent of `icon`, which named this agent its heir, dead.
public struct PeerDeath: Hashable, Codable, Sendable {
  /// The ICON whose agent died.
  public var icon: ICONID

  /// `icon` died.
  public init(icon: ICONID) { self.icon = icon }
}

/// `POST /_icon/takeover`: a migrating ICON hands its engine, timers and workload state to its new
/// instance.
public struct Takeover: Codable, Sendable {
  /// ``ICONEngine/snapshot()``.
  public var snapshot: Data
  /// Armed timers and when they fire (nanoseconds since 1970).
  public var timers: [TimerDeadline]
  /// The workload's `GET /_icon/state`, when it offers one.
  public var workloadState: Data?
  /// Addresses the old instance knew.
  public var peers: [ICONID: PeerAddress]
  /// The old workload's container, committed with its file system, when it ran in one.
  public var workloadImage: WorkloadImage?
  /// The next lease slot per agreement (the first slot at the new yard was paid before the move).
  public var nextSlots: [String: Int64]?
  /// The owner's standing allowance, when the ICON is an origin that has one.
  public var allowance: Allowance?

  /// A hand-over of `snapshot` with its armed `timers`, the workload's state and image, `peers`, the
  /// next lease slots and the owner's allowance.
  public init(
    snapshot: Data, timers: [TimerDeadline] = [], workloadState: Data? = nil,
    peers: [ICONID: PeerAddress] = [:],
    workloadImage: WorkloadImage? = nil, nextSlots: [String: Int64]? = nil, allowance: Allowance? = nil
  ) {
    self.snapshot = snapshot
    self.timers = timers
    self.workloadState = workloadState
    self.peers = peers
    self.workloadImage = workloadImage
    self.nextSlots = nextSlots
    self.allowance = allowance
  }

  /// One armed timer.
  public struct TimerDeadline: Codable, Sendable {
    /// The timer.
    public var timer: TimerID
    /// When it fires.
    public var at: Instant
  }
}

/// `GET /_icon/status`: what an agent reports of itself, for `icon app tree` and the demo.
public struct AgentStatus: Codable, Sendable {
  /// The ICON.
  public var icon: ICONID
  /// Its application.
  public var application: ApplicationID
  /// Its site.
  public var site: SiteID
  /// Where it answers.
  public var url: String
  /// Where its workload listens on 127.0.0.1.
  public var workloadPort: Int?
  /// `serving`, `standby`, `moved` or `terminated`.
  public var mode: String
  /// Its parent, nil for an origin.
  public var parent: ICONID?
  /// Its origin.
  public var origin: ICONID
  /// Where its origin answers, when known.
  public var originURL: String?
  /// The owner's policy it follows.
  public var policy: OwnerPolicy?
  /// Its origin epoch.
  public var epoch: UInt64
  /// Its children and where they answer.
  public var children: [ICONID: String]
  /// Money held.
  public var balance: Money
  /// Lease paid.
  public var spent: Money
  /// Requests per second it serves (smoothed).
  public var requestsPerSecond: Double
  /// Mean latency of what it serves, in milliseconds.
  public var meanLatencyMilliseconds: Double
  /// Requests served since it started.
  public var served: Int
  /// Subnets redirected to children.
  public var routes: [SubnetID: ICONID]
  /// How many migrations, replications and terminations it made, and funds it asked the owner for.
  public var migrations: Int
  /// Replicas it started.
  public var replications: Int
  /// 1 once it terminated itself.
  public var terminations: Int
  /// Money the owner was asked for.
  public var ownerFundsRequested: Money
  /// Money the owner was asked for and has not given yet.
  public var pendingOwnerFunds: Money?
  /// The owner's standing allowance, in words.
  public var allowance: String?
  /// When it served its first client request (seconds since 1970).
  public var firstServedAt: Double?
  /// What it did lately, oldest first.
  public var recentEvents: [TimedEvent]
  /// The client subnets it serves itself.
  public var subnets: [SubnetStatus]
  /// Its latency estimates from client subnets to sites, in milliseconds.
  public var latencyEstimates: [LatencyEstimate]
  /// Requests it refused as unauthenticated or not allowed, by kind (forged, altered, replayed, …).
  public var refusedRequests: [String: Int]
  /// The yards it found along the paths to its clients (with DNS discovery).
  public var discoveredYards: [FoundYard]?

  /// A yard found along the paths to clients.
  public struct FoundYard: Codable, Sendable {
    /// Its URL, name and site, from its signed offer.
    public var url: String
    public var name: String
    public var site: SiteID
    /// The domain whose `_edge._tcp` record announced it.
    public var domain: String
    /// For each client subnet on whose path it lies, the hop of the router that led to it.
    public var hops: [String: Int]
  }

  /// Something an agent did, and when (seconds since 1970).
  public struct TimedEvent: Codable, Sendable {
    /// When.
    public var at: Double
    /// What, in words.
    public var event: String
  }

  /// One client subnet as an ICON sees it.
  public struct SubnetStatus: Codable, Sendable {
    /// The subnet.
    public var subnet: SubnetID
    /// Smoothed request rate.
    public var requestsPerSecond: Double
    /// Smoothed latency, in milliseconds.
    public var meanLatencyMilliseconds: Double
  }
}

/// What `GET /_icon/explain` answers: the decision rules applied to the ICON's situation now, and at its
/// last decision ticks (consecutive ticks that came out the same way are kept as one, with a count).
public struct ICONExplanation: Codable, Sendable {
  /// The ICON.
  public var icon: ICONID
  /// Its site.
  public var site: SiteID
  /// The rules applied now (nil while no engine runs here).
  public var now: DecisionExplanation?
  /// Its last decision ticks, oldest first.
  public var recent: [Tick]

  /// One decision tick, or a run of ticks that came out the same way.
  public struct Tick: Codable, Sendable {
    /// When the last of them was (seconds since 1970).
    public var at: Double
    /// How many ticks in a row came out this way.
    public var ticks: Int
    /// The last of them.
    public var explanation: DecisionExplanation
  }
}
