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
