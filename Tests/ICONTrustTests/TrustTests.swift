import Foundation
import ICONCore
import Testing

@testable import ICONTrust

@Suite struct CertificateChainTests {
  let owner = SigningKey()
  var application: ApplicationID { ApplicationIdentity.application(name: "shop", owner: owner.publicKey) }

  @Test func chainFromOwnerToGrandchildVerifies() throws {
    let origin = SigningKey()
    let child = SigningKey()
    let grandchild = SigningKey()
    let chain = CertificateChain.origin(of: application, key: origin.publicKey, owner: owner)
      .extended(
        to: ICONID("\(application).3"), key: child.publicKey, application: application, issuer: origin
      )
      .extended(
        to: ICONID("\(application).3.7"), key: grandchild.publicKey, application: application, issuer: child)
    let (subject, key) = try chain.verify(application: application, owner: owner.publicKey)
    #expect(subject == ICONID("\(application).3.7"))
    #expect(key == grandchild.publicKey)
  }

  @Test func anotherOwnersChainIsRefused() {
    let stranger = SigningKey()
    let chain = CertificateChain.origin(of: application, key: SigningKey().publicKey, owner: stranger)
    #expect(throws: TrustFailure.self) { try chain.verify(application: application, owner: owner.publicKey) }
  }

  @Test func anIconCannotCertifyASiblingOrTheOrigin() {
    let origin = SigningKey()
    let child = SigningKey()
    let base = CertificateChain.origin(of: application, key: origin.publicKey, owner: owner)
      .extended(
        to: ICONID("\(application).1"), key: child.publicKey, application: application, issuer: origin)
    for subject in ["\(application).2", "\(application)", "\(application).1.x", "\(application).10"] {
      let forged = base.extended(
        to: ICONID(subject), key: SigningKey().publicKey, application: application, issuer: child)
      #expect(throws: TrustFailure.self, "\(subject)") {
        try forged.verify(application: application, owner: owner.publicKey)
      }
    }
  }

  @Test func alteredLinkIsRefused() {
    let origin = SigningKey()
    var chain = CertificateChain.origin(of: application, key: origin.publicKey, owner: owner)
    chain.certificates[0].key = SigningKey().publicKey
    #expect(throws: TrustFailure.self) { try chain.verify(application: application, owner: owner.publicKey) }
  }

  @Test func chainsLongerThanTheLimitAreRefused() {
    var key = SigningKey()
    var chain = CertificateChain.origin(of: application, key: key.publicKey, owner: owner)
    var subject = ApplicationIdentity.origin(of: application)
    for _ in 0..<CertificateChain.maximumLength {
      let next = SigningKey()
      subject = ICONID("\(subject).1")
      chain = chain.extended(to: subject, key: next.publicKey, application: application, issuer: key)
      key = next
    }
    #expect(chain.certificates.count == CertificateChain.maximumLength + 1)
    #expect(throws: TrustFailure.badChain("is 33 links long (at most 32)")) {
      try chain.verify(application: application, owner: owner.publicKey)
    }
  }

  @Test func iconIdsAreTheOriginsIdAndNumbers() {
    #expect(ApplicationIdentity.problem(with: ICONID(application.rawValue), of: application) == nil)
    #expect(ApplicationIdentity.problem(with: ICONID("\(application).1.20"), of: application) == nil)
    for bad in [
      ".", "..", "\(application)/..", "\(application)..1", "\(application).01", "other", "\(application).1.",
    ] {
      #expect(ApplicationIdentity.problem(with: ICONID(bad), of: application) != nil, "\(bad)")
    }
    #expect(ApplicationIdentity.name(of: application) == "shop")
    #expect(
      !ApplicationIdentity.isValidName("a~b") && !ApplicationIdentity.isValidName("..")
        && !ApplicationIdentity.isValidName(""))
  }
}

@Suite struct CredentialTests {
  let owner = SigningKey()
  var application: ApplicationID { ApplicationIdentity.application(name: "shop", owner: owner.publicKey) }
  let now: Int64 = 1_800_000_000_000_000_000
  let body = Data(#"{"amount": 5}"#.utf8)

  func verify(_ credential: Credential, body: Data? = nil, audience: String = "shop.1", at: Int64? = nil)
    throws
    -> Principal
  {
    try CredentialCheck.verify(
      credential, method: "POST", target: "/_icon/owner", body: body ?? self.body, audience: audience,
      now: at ?? now, owner: { $0 == application ? owner.publicKey : nil })
  }

  func signed(by signer: RequestSigner, audience: String = "shop.1", at: Int64? = nil) -> Credential {
    signer.credential(method: "POST", target: "/_icon/owner", body: body, audience: audience, now: at ?? now)
  }

  @Test func ownerSignatureIsAccepted() throws {
    let credential = signed(by: RequestSigner(key: owner, application: application))
    let roundTripped = try Credential(header: credential.header)
    #expect(try verify(roundTripped) == .owner(application))
  }

  @Test func eachAttackGetsItsReason() throws {
    let genuine = signed(by: RequestSigner(key: owner, application: application))
    #expect(throws: TrustFailure.altered) { try verify(genuine, body: Data(#"{"amount": 500}"#.utf8)) }
    #expect(throws: TrustFailure.misdirected(expected: "shop.2", got: "shop.1")) {
      try verify(genuine, audience: "shop.2")
    }
    #expect(throws: TrustFailure.stale(seconds: 600)) { try verify(genuine, at: now + 600_000_000_000) }
    let stranger = signed(by: RequestSigner(key: SigningKey(), application: application))
    #expect {
      try verify(stranger)
    } throws: { ($0 as? TrustFailure).map { if case .forged = $0 { true } else { false } } ?? false }
    var replays = ReplayGuard()
    try replays.admit(genuine.nonce, signedAt: genuine.at, now: now)
    #expect(throws: TrustFailure.replayed) {
      try replays.admit(genuine.nonce, signedAt: genuine.at, now: now)
    }
    #expect(throws: TrustFailure.self) { try Credential(header: "not base64 at all!") }
    #expect(throws: TrustFailure.self) { try Credential(header: String(repeating: "A", count: 40_000)) }
  }

  @Test func iconSignsWithItsChain() throws {
    let key = SigningKey()
    let chain = CertificateChain.origin(of: application, key: key.publicKey, owner: owner)
    let credential = signed(by: RequestSigner(key: key, application: application, chain: chain))
    #expect(try verify(credential) == .icon(ApplicationIdentity.origin(of: application), application))
    // the chain of one ICON does not lend its identity to another key
    let thief = signed(by: RequestSigner(key: SigningKey(), application: application, chain: chain))
    #expect(throws: TrustFailure.self) { try verify(thief) }
  }

  @Test func extremeTimesDoNotTrap() {
    for at in [Int64.min, Int64.max] {
      var credential = signed(by: RequestSigner(key: owner, application: application))
      credential.at = at
      #expect(throws: TrustFailure.self) { try verify(credential) }
    }
  }
}

@Suite struct ReplayGuardTests {
  @Test func forgetsNoncesOnceOutOfTheWindowAndStaysBounded() throws {
    var guardian = ReplayGuard(capacity: 2, window: 10)
    try guardian.admit("a", signedAt: 0, now: 0)
    try guardian.admit("b", signedAt: 0, now: 0)
    #expect(throws: TrustFailure.busy) { try guardian.admit("c", signedAt: 5, now: 5) }
    try guardian.admit("c", signedAt: 11, now: 11)
    #expect(guardian.count == 1)
    #expect(throws: TrustFailure.replayed) { try guardian.admit("c", signedAt: 11, now: 12) }
  }
}

@Suite struct KeyFileTests {
  @Test func keysAreCreatedPrivateAndReloaded() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("icon-keys-\(UUID())")
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("sub/owner.key").path
    let created = try SigningKey.loadOrCreate(at: path)
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
    #expect(try SigningKey.loadOrCreate(at: path).publicKey == created.publicKey)
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
    #expect(throws: TrustFailure.self) { try SigningKey.load(at: path) }
  }

  @Test func sealedKeyOpensOnlyAtItsYardForItsIcon() throws {
    let yard = YardIdentity(signing: SigningKey())
    let key = SigningKey()
    let sealed = try SealedKey.seal(key, for: "shop.1", to: yard.sealingKey)
    #expect(try sealed.open(for: "shop.1", with: yard).publicKey == key.publicKey)
    #expect(throws: TrustFailure.self) { try sealed.open(for: "shop.2", with: yard) }
    #expect(throws: TrustFailure.self) {
      try sealed.open(for: "shop.1", with: YardIdentity(signing: SigningKey()))
    }
  }
}
