import ArgumentParser
import Foundation

/// A file the user named on the command line, written whole.
enum OutputFile {
  /// Writes `text` to `path`: an ordinary file (or a new one) through a temporary file and a rename, so
  /// that a crash never leaves half of it; anything else (`/dev/null`, `/dev/stdout`, a pipe) directly,
  /// since a rename would put a file in its place. A failure names the file and `what` it was to hold.
  static func write(_ text: String, to path: String, what: String) throws {
    var status = stat()
    let special = stat(path, &status) == 0 && (status.st_mode & S_IFMT) != S_IFREG
    do {
      if special {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.write(contentsOf: Data(text.utf8))
      } else {
        try text.write(toFile: path, atomically: true, encoding: .utf8)
      }
    } catch {
      throw ValidationError("cannot write \(what) to \(path): \(error.localizedDescription)")
    }
  }
}
