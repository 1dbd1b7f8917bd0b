import ArgumentParser
import Foundation
import ICONRuntime
import ICONTrust

/// `icon keys`: the owner's key (or a yard's), created on first use.
struct KeysCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "keys",
    abstract: "Show the owner's key, creating it on first use; or a yard's.",
    discussion: """
      An owner signs every deployment and command with an Ed25519 key; an application's id is its \\
      name and the key's fingerprint (`shop~3f9a2c7e5b1d0a44`), so only that key steers it. The key \\
      lives in $ICON_OWNER_KEY, else $XDG_CONFIG_HOME/icon/owner.key, else ~/.config/icon/owner.key, \\
      with mode 0600; `icon app` creates it there when there is none. A yard's key is DATA/yard.key.

      Back the owner's key up: without it, no one can steer the applications it deployed. Only the \\
      public key is printed.

      Examples:
        icon keys                       # the owner's key
        icon keys --file ./team.key     # another key file (created if missing)
        icon keys --yard-data /tmp/y1   # a yard's key
      """)

  @Option(help: "A key file (default: the owner's).") var file: String?
  @Option(help: "Show the key of the yard with this data folder instead.") var yardData: String?
  @Option(
    help: ArgumentHelp(
      "Instead, measure signatures and credential checks per second for this many seconds each "
        + "(bench/trust.sh runs it in release mode).", valueName: "SECONDS"))
  var measure: Double?

  func run() throws {
    if let measure {
      guard measure > 0, measure <= 60 else { throw ValidationError("--measure takes 0…60 seconds") }
      let rates = TrustCost.measure(seconds: measure)
      let baseline = rates[0].perSecond
      for rate in rates {
        print(
          rate.name.padding(toLength: 44, withPad: " ", startingAt: 0)
            + String(format: "%10.0f /s  %5.2f× baseline", rate.perSecond, rate.perSecond / baseline))
      }
      return
    }
    let path = yardData.map(YardSettings.keyFile(in:)) ?? file ?? OwnerClient.defaultKeyFile
    let existed = FileManager.default.fileExists(atPath: path)
    let key = try SigningKey.loadOrCreate(at: path)
    print("key file:    \(path)\(existed ? "" : " (created)")")
    print("public key:  \(key.publicKey)")
    print("fingerprint: \(key.publicKey.fingerprint)")
    if yardData == nil {
      print("an application NAME deployed with this key has the id NAME~\(key.publicKey.fingerprint)")
    }
  }
}
