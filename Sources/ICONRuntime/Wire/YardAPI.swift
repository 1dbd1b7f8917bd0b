import Foundation
import ICONCore
import ICONLedger
import ICONTrust

/// What a new ICON gets from its deployer: its certificate chain from the owner's key, and its
/// private key sealed to the yard that hosts it.
public struct ICONCredentials: Hashable, Codable, Sendable {
  /// The chain, ending at the ICON's key.
  public var chain: CertificateChain
  /// The ICON's private key, sealed to the hosting yard.
  public var sealedKey: SealedKey

  /// Credentials of `chain`, with the key sealed.
  public init(chain: CertificateChain, sealedKey: SealedKey) {
    self.chain = chain
    self.sealedKey = sealedKey
  }

  /// Credentials for `icon` holding `key`, certified by `chain`, sealed to `yard`.
  public static func sealing(_ key: SigningKey, chain: CertificateChain, for icon: ICONID, to yard: YardOffer)
    throws -> ICONCredentials
  {
    ICONCredentials(chain: chain, sealedKey: try SealedKey.seal(key, for: icon, to: yard.sealingKey))
  }
}

/// How an agent begins.
public enum AgentStart: Hashable, Codable, Sendable {
  /// A new ICON (an origin or a replica) with this engine configuration.
  case fresh(EngineConfiguration)
  /// The target of a migration: start the workload and wait for the engine to arrive (`/_icon/takeover`).
  case standby
}

/// `POST /v1/instances`: run an ICON of `manifest` here.
public struct DeployRequest: Hashable, Codable, Sendable {
  /// The ICON.
  public var icon: ICONID
  /// The application.
  public var manifest: AppManifest
  /// Fresh or migration target.
  public var start: AgentStart
  /// Addresses the deployer knows, so the new ICON can reach its parent and origin.
  public var peers: [ICONID: PeerAddress]
  /// The address generation the new agent answers with.
  public var generation: UInt64
  /// The owner's key: with the manifest's name, it makes the application's id.
  public var owner: PublicKey
  /// The ICON's chain and sealed key.
  public var credentials: ICONCredentials
  /// The ICON's agreement with the yard, made by its deployer with the ICON's key.
  public var agreement: Agreement
  /// The owner's grant of the budget a new origin starts with (none for other ICONs).
  public var grant: OwnerGrant?

  /// A deployment of `icon` of the application of `owner`.
  public init(
    icon: ICONID, manifest: AppManifest, start: AgentStart, peers: [ICONID: PeerAddress],
    generation: UInt64 = 0, owner: PublicKey, credentials: ICONCredentials, agreement: Agreement,
    grant: OwnerGrant? = nil
  ) {
    self.icon = icon
    self.manifest = manifest
    self.start = start
    self.peers = peers
    self.generation = generation
    self.owner = owner
    self.credentials = credentials
    self.agreement = agreement
    self.grant = grant
  }

  /// The application: the manifest's name and the owner key's fingerprint.
  public var application: ApplicationID {
    ApplicationIdentity.application(name: manifest.name, owner: owner)
  }

  /// The signer of the ICON deployed, which holds `key`.
  func signer(holding key: SigningKey) -> RequestSigner {
    RequestSigner(key: key, application: application, chain: credentials.chain)
  }
}

/// The answer to a ``DeployRequest``: where the new agent answers.
public struct DeployReply: Hashable, Codable, Sendable {
  /// The ICON.
  public var icon: ICONID
  /// The agent's base URL.
  public var url: String
  /// A soft-terminated ICON of the same application whose workload state the new one started with.
  public var restoredFrom: ICONID?
}

/// `POST /v1/instances/{icon}/stub`: the ICON left; answer its clients with a redirect for a while.
public struct StubRequest: Hashable, Codable, Sendable {
  /// Where clients go now (a base URL); nil answers 410 Gone.
  public var location: String?
  /// How long the stub answers, in seconds.
  public var ttlSeconds: Double
  /// How long a stopped instance stays restorable, in seconds (soft termination).
  public var restorableSeconds: Double
  /// The workload's state when it stopped (`GET /_icon/state`), kept while it is restorable.
  public var workloadState: Data?
  /// Whether another ICON (its parent) asks, having lost contact with it: the yard then leaves a stub
  /// only if the instance is in fact dead, and refuses (409) while its agent lives, for an ICON that
  /// was only slow goes on serving and rejoins the tree.
  public var reportedLost: Bool

  /// A stub sending clients to `location` for `ttlSeconds`.
  public init(
    location: String?, ttlSeconds: Double, restorableSeconds: Double = 0, workloadState: Data? = nil,
    reportedLost: Bool = false
  ) {
    self.location = location
    self.ttlSeconds = ttlSeconds
    self.restorableSeconds = restorableSeconds
    self.workloadState = workloadState
    self.reportedLost = reportedLost
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    location = try container.decodeIfPresent(String.self, forKey: .location)
    ttlSeconds = try container.decode(Double.self, forKey: .ttlSeconds)
    restorableSeconds = try container.decodeIfPresent(Double.self, forKey: .restorableSeconds) ?? 0
    workloadState = try container.decodeIfPresent(Data.self, forKey: .workloadState)
    reportedLost = try container.decodeIfPresent(Bool.self, forKey: .reportedLost) ?? false
  }
}

/// The answer to a lease order (`POST /v1/instances/{icon}/lease`, a ``LeaseOrder``): the yard's
/// acknowledgement.
public struct LeaseReceipt: Hashable, Codable, Sendable {
  /// The payment acknowledged.
  public var payment: String
  /// The yard's signature over the order (``LeaseOrder/isReceipt(_:by:)``).
  public var receipt: Data
}

/// A ledger as a yard hands it out (`GET /v1/ledger/entries`, `GET /v1/instances/{icon}/ledger`): the
/// entries, and the yard's name and key.
public struct LedgerExport: Hashable, Codable, Sendable {
  /// The yard's name.
  public var keeper: String
  /// The yard's key (which signs its own ledgers; an ICON's ledger is signed by the ICON).
  public var key: PublicKey
  /// The entries, in the order stored.
  public var entries: [LedgerEntry]

  /// The ledger of `entries`, handed out by the yard `keeper` with `key`.
  public init(keeper: String, key: PublicKey, entries: [LedgerEntry]) {
    self.keeper = keeper
    self.key = key
    self.entries = entries
  }
}

/// One instance as a yard records it (`GET /v1/instances`).
public struct InstanceRecord: Hashable, Codable, Sendable {
  /// What a yard's instance is doing.
  public enum State: String, Hashable, Codable, Sendable, CaseIterable {
    /// The agent is being started.
    case starting
    /// The agent runs and serves.
    case running
    /// The ICON left (migration or termination); a stub answers for it.
    case stub
    /// Soft-terminated: stopped, restorable until ``InstanceRecord/restorableUntil``.
    case stopped
    /// Its agent died.
    case failed
    /// Gone for good.
    case ended
  }

  /// The ICON.
  public var icon: ICONID
  /// Its application.
  public var application: ApplicationID
  /// What it is doing.
  public var state: State
  /// Where its agent answers (or answered).
  public var url: String
  /// The agent's process id.
  public var pid: Int32
  /// The workload's process id.
  public var workloadPID: Int32
  /// The workload's container, when it runs in one.
  public var container: String?
  /// Where a stub sends clients.
  public var stubLocation: String?
  /// When the stub expires (seconds since 1970).
  public var stubExpires: Double?
  /// Until when a soft-terminated instance could be restored (seconds since 1970).
  public var restorableUntil: Double?
  /// Lease paid so far.
  public var paid: Money
  /// When the last lease slot was paid (seconds since 1970).
  public var lastPaid: Double?
}

/// `GET /v1/ledger`: what every application paid here.
public struct YardLedger: Hashable, Codable, Sendable {
  /// Lease paid per application.
  public var paid: [ApplicationID: Money]
  /// Balances of dead instances the yard holds until they reach their heirs, per application.
  public var escrow: [ApplicationID: Money]
}

/// A container's file system, committed to an image at a yard for a migrating ICON
/// (`POST /v1/instances/{icon}/commit`), and fetched from there by the target yard
/// (`GET /v1/images/{image}`, `POST /v1/instances/{icon}/workload`).
public struct WorkloadImage: Hashable, Codable, Sendable {
  /// The yard that holds the image.
  public var yard: String
  /// That yard's key, which a request for the image is signed for.
  public var yardKey: PublicKey
  /// The image's name.
  public var image: String

  /// The image `image` at `yard`, whose key is `yardKey`.
  public init(yard: String, yardKey: PublicKey, image: String) {
    self.yard = yard
    self.yardKey = yardKey
    self.image = image
  }

  /// The path the image is fetched from at its yard.
  public var path: String {
    "/v1/images/" + (image.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
  }
}

/// `POST /v1/instances/{icon}/workload`: run the ICON's workload from a committed image held at another
/// yard, on the port its agent proxies to.
public struct WorkloadReplacement: Hashable, Codable, Sendable {
  /// The image and the yard that holds it.
  public var image: WorkloadImage
  /// The port the workload must listen on.
  public var port: Int
  /// The ICON's credential for `GET` of the image at the yard that holds it, which the fetching yard
  /// passes on: only the application's own ICONs may take its images.
  public var authorization: String

  /// Run `image` on `port`, fetched with `authorization`.
  public init(image: WorkloadImage, port: Int, authorization: String) {
    self.image = image
    self.port = port
    self.authorization = authorization
  }
}
