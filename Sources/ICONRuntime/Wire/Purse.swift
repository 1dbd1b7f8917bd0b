import Foundation
import ICONCore

/// What an ICON holds, written by its agent beside its configuration after every change. An agent
/// killed without a word cannot hand its money on; its yard reads this file, keeps the balance in escrow
/// and returns it to the ICON's heir, so no credit of the owner's budget is lost.
public struct Purse: Hashable, Codable, Sendable {
  /// The file's name in the instance's folder.
  public static let fileName = "purse.json"

  /// The application the money belongs to.
  public var application: ApplicationID
  /// The ICON's balance.
  public var balance: Money
  /// Where the money and the clients go if the ICON dies: its parent's address; for an origin, that of
  /// the child that would win the election (nil while it has none, and then the ICON that is elected
  /// names itself by asking for the stub).
  public var heir: String?

  /// A purse of `balance` for `application`, to go to `heir`.
  public init(application: ApplicationID, balance: Money, heir: String?) {
    self.application = application
    self.balance = balance
    self.heir = heir
  }

  /// The purse in `folder`, if its agent wrote one.
  public static func read(in folder: URL) -> Purse? {
    guard let data = try? Data(contentsOf: folder.appendingPathComponent(fileName)) else { return nil }
    return try? JSONDecoder().decode(Purse.self, from: data)
  }

  /// Writes the purse into `folder` atomically (a killed process leaves the old file or the new one).
  public func write(in folder: URL) throws {
    try JSONEncoder().encode(self).write(to: folder.appendingPathComponent(Self.fileName), options: .atomic)
  }
}
