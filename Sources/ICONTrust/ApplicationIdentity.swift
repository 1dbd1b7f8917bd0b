import ICONCore

/// How an application's name, its owner's key and its ICONs' ids fit together. An application's id is
/// its name and the fingerprint of its owner's key (`shop~3f9a2c7e5b1d0a44`): another owner's `shop` is
/// another application. Its origin has the application's id; a replica's id extends its parent's by
/// `.N`, so a certificate can only name the issuer's own children.
public enum ApplicationIdentity {
  /// The application `name` of the owner with `key`.
  public static func application(name: String, owner key: PublicKey) -> ApplicationID {
    ApplicationID("\(name)~\(key.fingerprint)")
  }

  /// The origin's id.
  public static func origin(of application: ApplicationID) -> ICONID { ICONID(application.rawValue) }

  /// The name part of an application id (all of it for ids without an owner's fingerprint).
  public static func name(of application: ApplicationID) -> String {
    String(application.rawValue.prefix { $0 != "~" })
  }

  /// `icon` as people read it: the application's name without the owner's fingerprint
  /// (`shop~3f9a2c7e5b1d0a44.1.2` reads `shop.1.2`).
  public static func shortName(of icon: ICONID) -> String {
    guard let tilde = icon.rawValue.firstIndex(of: "~") else { return icon.rawValue }
    let rest = icon.rawValue[tilde...].drop { $0 != "." }
    return String(icon.rawValue[..<tilde]) + rest
  }

  /// Whether `name` can name an application: 1–64 letters, digits, `-` and `_`.
  public static func isValidName(_ name: String) -> Bool {
    (1...64).contains(name.count)
      && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
  }

  /// Why `icon` is not an ICON id of `application`, or nil when it is one: the origin's id followed
  /// by up to 32 parts `.N` (N a positive number). This also rules out `.`, `..` and slashes.
  public static func problem(with icon: ICONID, of application: ApplicationID) -> String? {
    let origin = application.rawValue
    guard icon.rawValue == origin || icon.rawValue.hasPrefix(origin + ".") else {
      return "`\(icon.rawValue.prefix(80))` is not an ICON of \(application)"
    }
    let parts = icon.rawValue.dropFirst(origin.count).split(separator: ".", omittingEmptySubsequences: false)
      .dropFirst()
    guard parts.count <= CertificateChain.maximumLength - 1 else {
      return "`\(icon.rawValue.prefix(80))…` is deeper than \(CertificateChain.maximumLength) levels"
    }
    for part in parts {
      guard (1...20).contains(part.count), part.allSatisfy({ $0.isASCII && $0.isNumber }), part.first != "0"
      else { return "`\(icon.rawValue.prefix(80))`: each part after the origin's id is a positive number" }
    }
    return nil
  }

  /// Whether `child` is a direct child name of `parent`.
  public static func isChild(_ child: ICONID, of parent: ICONID) -> Bool {
    guard child.rawValue.hasPrefix(parent.rawValue + ".") else { return false }
    let rest = child.rawValue.dropFirst(parent.rawValue.count + 1)
    return !rest.isEmpty && rest.allSatisfy { $0.isASCII && $0.isNumber }
  }
}
