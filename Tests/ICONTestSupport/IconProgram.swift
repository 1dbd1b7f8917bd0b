import Foundation

/// The built `icon` program, beside the test bundle.
public enum IconProgram {
  /// Its path.
  public static let url = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    .deletingLastPathComponent()
    .appendingPathComponent("icon")

  /// The package's root folder (its README, docs and examples).
  public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
}
