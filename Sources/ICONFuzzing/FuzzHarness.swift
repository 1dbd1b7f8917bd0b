import Foundation
import ICONCore
import ICONDemo
import ICONDiscovery
import ICONFormats
import ICONLedger
import ICONRuntime
import ICONSim
import ICONTopology
import ICONTrust
import NIOCore
import NIOEmbedded
import NIOHTTP1

/// The parsers that read what comes from outside, each as a function of arbitrary bytes that must
/// never crash, trap or hang: libFuzzer drives them (`bench/fuzz.sh`), and the tests replay their seeds
/// and every crash ever found (`Tests/FuzzCorpus`).
public enum FuzzHarness: String, CaseIterable, Sendable {
  /// A control message between agents (`POST /_icon/messages`), decoded and handed to an engine.
  case control
  /// An owner's instruction to an origin (`POST /_icon/owner`): grants and allowances checked.
  case owner
  /// A certificate chain and an `ICON-Credential` header, checked against an owner's key.
  case certificate
  /// An application manifest (YAML).
  case manifest
  /// A simulation scenario and a demo scenario (YAML).
  case scenario
  /// A topology in Topology Zoo GML.
  case gml
  /// A topology in node-link JSON.
  case nodeLink = "node-link"
  /// Bytes on a client connection to an agent: the HTTP decoder, the agent's deadlines, the control
  /// path and the forwarded-for subnet of every request head.
  case http
  /// A ledger as a yard hands it out, verified and audited.
  case ledger
  /// A DNS answer off the network: decoded, and what decodes must encode and decode to the same
  /// message; also the addresses and resolver configuration read from text.
  case dns

  /// Runs the harness on `data`; any outcome but a crash is fine.
  public func run(_ data: Data) {
    switch self {
    case .control: Self.control(data)
    case .owner: Self.instruction(data)
    case .certificate: Self.certificate(data)
    case .manifest: _ = try? AppManifest.parse(Self.text(data), file: "fuzz.yaml", folder: "/nonexistent")
    case .scenario:
      _ = try? Scenario.parse(Self.text(data), file: "fuzz.yaml", folder: "/nonexistent")
      _ = try? DemoScenario.parse(Self.text(data), file: "fuzz.yaml")
    case .gml: _ = try? Topology(gml: Self.text(data), file: "fuzz.gml")
    case .nodeLink: _ = try? Topology(nodeLinkJSON: data, file: "fuzz.json")
    case .http: Self.http(data)
    case .ledger: Self.ledger(data)
    case .dns: Self.dns(data)
    }
  }

  private static func text(_ data: Data) -> String { String(decoding: data, as: UTF8.self) }

  /// A fixed owner, application and origin, so that signatures can be checked deterministically.
  private static let ownerKey = try! SigningKey(seed: Data(repeating: 7, count: 32))
  private static let application = ApplicationIdentity.application(name: "fuzz", owner: ownerKey.publicKey)
  private static let origin = ApplicationIdentity.origin(of: application)

  private static func control(_ data: Data) {
    guard let post = try? JSONDecoder().decode(ControlPost.self, from: data) else { return }
    var engine = ICONEngine(
      .origin(
        id: post.envelope.to, application: post.envelope.application, site: SiteOffer(site: "fuzz"),
        budget: 100,
        seed: 1))
    _ = engine.handle(.started, now: .seconds(1))
    _ = engine.handle(.received(post.envelope), now: .seconds(2))
    _ = engine.handle(.timer(.decision), now: .seconds(3))
    var directory = PeerDirectory()
    directory.merge(post.peers)
    directory.learn(post.envelope.from, at: post.sender)
  }

  private static func instruction(_ data: Data) {
    guard let instruction = try? JSONDecoder().decode(OwnerInstruction.self, from: data) else { return }
    switch instruction {
    case .policy(let policy):
      _ = policy.problems
    case .grant(let grant):
      _ = grant.isSigned(by: ownerKey.publicKey)
    case .allowance(let allowance):
      _ = allowance.isSigned(by: ownerKey.publicKey)
      _ = allowance.period(at: allowance.issued)
      _ = allowance.period(at: .max)
    }
  }

  private static func certificate(_ data: Data) {
    if let chain = try? JSONDecoder().decode(CertificateChain.self, from: data) {
      _ = try? chain.verify(application: application, owner: ownerKey.publicKey)
    }
    guard let header = try? Credential(header: text(data)) else { return }
    _ = try? CredentialCheck.verify(
      header, method: "POST", target: "/_icon/messages", body: data, audience: origin.rawValue, now: 1,
      owner: { $0 == application ? ownerKey.publicKey : nil })
  }

  private static func ledger(_ data: Data) {
    guard let export = try? JSONDecoder().decode(LedgerExport.self, from: data) else { return }
    _ = LedgerVerification.verify(export.entries, keeper: export.key)
    _ = LedgerAudit(application: application, owner: ownerKey.publicKey).audit(
      [
        LedgerCopy(keeper: .yard(name: export.keeper, key: export.key), entries: export.entries),
        LedgerCopy(keeper: .icon(origin, yard: export.keeper), entries: export.entries),
      ], now: .max)
  }

  private static func dns(_ data: Data) {
    if let message = try? DNSMessage(decoding: Array(data)), let bytes = try? message.encoded() {
      // a message the codec read and wrote again reads back the same
      precondition((try? DNSMessage(decoding: bytes)) == message, "a DNS message changed on a round trip")
    }
    let text = Self.text(data)
    _ = IPAddress(text)?.description
    _ = DNSServerAddress(text)
    _ = try? DNSName(text)
    _ = try? ResolverConfiguration(resolvConf: text, file: "fuzz.conf")
  }

  private static func http(_ data: Data) {
    let channel = EmbeddedChannel()
    defer { _ = try? channel.finish() }
    do {
      try PlainHTTPServer.configure(
        channel.pipeline.syncOperations, limits: .standard, handlers: [ClientHeadReader()])
      try channel.writeInbound(ByteBuffer(bytes: data))
    } catch {
      return
    }
  }
}

/// Reads each request head as the agent does: is it a control request, and from which client subnet.
private final class ClientHeadReader: ChannelInboundHandler {
  typealias InboundIn = HTTPServerRequestPart

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    guard case .head(let head) = unwrapInboundIn(data) else { return }
    _ = ControlPath.control(head.uri)
    for forwarded in head.headers["x-forwarded-for"] {
      for address in forwarded.split(separator: ",") {
        _ = ClientSubnet.of(address: address.trimmingCharacters(in: .whitespaces))
      }
    }
  }
}

extension FuzzHarness {
  /// Valid inputs to start from, made by the project's own encoders so that they follow its formats;
  /// harnesses of files (manifests, scenarios, topologies) start from the repository's examples, at
  /// these paths from its root.
  public var seeds: [Data] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let key = Self.ownerKey
    let chain = CertificateChain.origin(of: Self.application, key: key.publicKey, owner: key)
    switch self {
    case .control:
      let messages: [Message] = [
        .budgetTransfer(BudgetTransfer(amount: 5, reason: "seed")),
        .siteClaim(SiteClaim(claimID: "c#1", requester: ICONID("\(Self.origin).1"), site: "fuzz")),
        .locationChanged("elsewhere"),
      ]
      return messages.compactMap { message in
        try? encoder.encode(
          ControlPost(
            envelope: Envelope(
              application: Self.application, from: ICONID("\(Self.origin).1"), to: Self.origin, epoch: 1,
              message: message),
            sender: PeerAddress(url: "http://127.0.0.1:9"), peers: [Self.origin: PeerAddress(url: "http://x")]
          ))
      }
    case .owner:
      let instructions: [OwnerInstruction] = [
        .grant(OwnerGrant(application: Self.application, amount: 5, owner: key, now: 1)),
        .allowance(
          Allowance(
            application: Self.application, amount: 5, periodSeconds: 60, until: 1_000_000_000_000, owner: key,
            now: 1)),
        .policy(OwnerPolicy()),
      ]
      return instructions.compactMap { try? encoder.encode($0) }
    case .certificate:
      let credential = RequestSigner(key: key, application: Self.application, chain: chain).credential(
        method: "POST", target: "/_icon/messages", body: Data(), audience: Self.origin.rawValue, now: 1)
      return [try? encoder.encode(chain), Data(credential.header.utf8)].compactMap { $0 }
    case .ledger:
      let record = LedgerRecord(
        .opening, icon: Self.origin, application: Self.application, amount: 5,
        counterparty: LedgerRecord.owner)
      guard let entry = try? LedgerEntry(after: nil, record: record, time: 1, keeper: key) else { return [] }
      return [try? encoder.encode(LedgerExport(keeper: "fuzz", key: key.publicKey, entries: [entry]))]
        .compactMap { $0 }
    case .http:
      return [
        "GET /%5f%49con/status HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: 198.51.100.7, ::1\r\n\r\n",
        "POST http://x/a/../_icon/owner?x HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}GET / HTTP/1.1\r\n\r\n",
      ].map { Data($0.utf8) }
    case .dns:
      let service = try! DNSName("_edge._tcp.provider.test")
      let yard = try! DNSName("yard.provider.test")
      var flags = DNSMessage.Flags()
      flags.isResponse = true
      let answer = DNSMessage(
        id: 1, flags: flags, questions: [DNSQuestion(service, .srv)],
        answers: [
          DNSRecord(
            service, .srv, ttl: 60, .service(ServiceLocation(priority: 1, weight: 1, port: 80, target: yard))),
          DNSRecord(service, .txt, ttl: 60, .text(["price=2"])),
        ],
        additionals: [
          DNSRecord(yard, .a, ttl: 60, .address(IPAddress("198.51.100.7")!)),
          DNSRecord(yard, .aaaa, ttl: 60, .address(IPAddress("2001:db8::7")!)),
          DNSRecord(DNSName.reverse(of: IPAddress("198.51.100.7")!), .ptr, ttl: 60, .name(yard)),
        ])
      return [try? answer.encoded(), try? DNSMessage.query(yard, .a, id: 2).encoded()].compactMap {
        $0.map { Data($0) }
      }
        + [Data("nameserver 198.51.100.53\noptions timeout:1\n".utf8), Data("[2001:db8::1]:5353".utf8)]
    case .manifest: return Self.files(["examples/shop.yaml"])
    case .scenario: return Self.files(["examples/geant-shift.yaml", "examples/demo-scenario.yaml"])
    case .gml: return Self.files(["data/topologies/Geant2012.gml"])
    case .nodeLink: return Self.files(["examples/europe.json"])
    }
  }

  private static func files(_ paths: [String]) -> [Data] {
    paths.compactMap { FileManager.default.contents(atPath: $0) }
  }
}
