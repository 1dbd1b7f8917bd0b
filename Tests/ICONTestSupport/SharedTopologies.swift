import Foundation

/// Where the shared topology data lives: `$ICON_TOPOLOGIES`, else `../shared/topologies` beside the
/// package, else `/work/shared/topologies`.
public enum SharedTopologies {
  /// The directory.
  public static let directory: String = {
    if let configured = ProcessInfo.processInfo.environment["ICON_TOPOLOGIES"] { return configured }
    let beside = IconProgram.packageRoot.deletingLastPathComponent().appendingPathComponent(
      "shared/topologies"
    ).path
    return FileManager.default.fileExists(atPath: beside) ? beside : "/work/shared/topologies"
  }()

  /// A file under the directory.
  public static func path(_ relative: String) -> String { directory + "/" + relative }
}

/// The topologies the project ships in `data/topologies` (the ones its README, docs and examples use).
public enum ShippedTopologies {
  /// GEANT 2012 (40 nodes).
  public static let geant2012 = path("Geant2012.gml")
  /// The European NREN interconnect (1157 nodes).
  public static let interconnect = path("eu_nren-interconnect.gml")

  private static func path(_ name: String) -> String {
    IconProgram.packageRoot.appendingPathComponent("data/topologies/\(name)").path
  }
}
