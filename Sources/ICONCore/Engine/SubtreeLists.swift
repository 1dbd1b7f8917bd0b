/// The sites and client subnets of an ICON's subtree as its reports carry them, with a version that
/// changes whenever they do.
struct SubtreeLists: Hashable, Codable, Sendable {
  /// Hash of the inputs the lists were built from.
  var fingerprint: Int
  /// Sites used or reserved in the subtree, sorted.
  var sites: [SiteID]
  /// Client subnets served in the subtree, sorted.
  var subnets: [SubnetID]
  /// Increases with every rebuild.
  var version: UInt64
}
