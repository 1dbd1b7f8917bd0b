import Crypto
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// An Ed25519 private key, kept in a file only its user can read (mode 0600). Nothing secret is
/// logged or sent in the clear: a key travels only sealed to the yard that will host it.
public struct SigningKey: Sendable {
  private let key: Curve25519.Signing.PrivateKey

  /// A new random key.
  public init() { key = Curve25519.Signing.PrivateKey() }

  /// The key with this 32-byte seed.
  public init(seed: Data) throws(TrustFailure) {
    guard seed.count == 32, let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: seed) else {
      throw .malformed("a private key is 32 bytes")
    }
    self.key = key
  }

  /// The 32-byte seed; only for writing the key to its file or sealing it to a yard.
  public var seed: Data { key.rawRepresentation }

  /// Its public half.
  public var publicKey: PublicKey { PublicKey(rawValue: key.publicKey.rawRepresentation)! }

  /// Signs `message`.
  public func sign(_ message: Data) -> Data {
    // the only failure is an unusable key, which `init` rules out
    (try? key.signature(for: message)) ?? Data()
  }

  /// The key in the file at `path`, created there (and its folder, mode 0700) when there is none.
  /// A file that other users may read is refused, as SSH refuses one.
  public static func loadOrCreate(at path: String) throws(TrustFailure) -> SigningKey {
    if FileManager.default.fileExists(atPath: path) { return try load(at: path) }
    let folder = (path as NSString).deletingLastPathComponent
    do {
      try FileManager.default.createDirectory(
        atPath: folder.isEmpty ? "." : folder, withIntermediateDirectories: true,
        attributes: [.posixPermissions: 0o700])
    } catch {
      throw .unusableKeyFile(path, "cannot create its folder: \(error.localizedDescription)")
    }
    let key = SigningKey()
    try key.write(to: path)
    return key
  }

  /// The key in the file at `path`.
  public static func load(at path: String) throws(TrustFailure) -> SigningKey {
    var status = stat()
    guard stat(path, &status) == 0 else { throw .unusableKeyFile(path, "no such file") }
    guard status.st_mode & 0o077 == 0 else {
      throw .unusableKeyFile(
        path,
        "other users may read it (mode \(String(status.st_mode & 0o777, radix: 8))); run chmod 600 \(path)")
    }
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      throw .unusableKeyFile(path, "cannot read it")
    }
    let line = text.split(whereSeparator: \.isNewline).first { !$0.hasPrefix("#") } ?? ""
    guard let seed = Base64URL.decode(line.trimmingCharacters(in: .whitespaces)), seed.count == 32 else {
      throw .unusableKeyFile(path, "expected one line of base64url text (a 32-byte Ed25519 seed)")
    }
    return try SigningKey(seed: seed)
  }

  /// Writes the key to `path` with mode 0600, replacing what was there.
  public func write(to path: String) throws(TrustFailure) {
    let text = "# ICON Ed25519 private key; public key \(publicKey)\n\(Base64URL.encode(seed))\n"
    let temporary = path + ".new"
    let descriptor = Glibc.open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard descriptor >= 0 else { throw .unusableKeyFile(path, String(cString: strerror(errno))) }
    let bytes = Array(text.utf8)
    let written = Glibc.write(descriptor, bytes, bytes.count)
    close(descriptor)
    guard written == bytes.count, rename(temporary, path) == 0 else {
      unlink(temporary)
      throw .unusableKeyFile(path, "cannot write it")
    }
  }
}
