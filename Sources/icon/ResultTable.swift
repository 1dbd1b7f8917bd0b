import ArgumentParser
import Foundation

/// How experiment results are printed.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case csv, json
}

/// Rows of named columns, printed as CSV (header first) or as a JSON array of objects, always with the
/// same bytes for the same values.
struct ResultTable {
  enum Cell {
    case text(String)
    case number(Double)
  }

  var columns: [String]
  var rows: [[Cell]]

  func render(_ format: OutputFormat) -> String {
    switch format {
    case .csv:
      let lines = [columns.joined(separator: ",")] + rows.map { $0.map(Self.csv).joined(separator: ",") }
      return lines.joined(separator: "\n") + "\n"
    case .json:
      let objects = rows.map { row in
        "  {" + zip(columns, row).map { "\"\($0)\": \(Self.json($1))" }.joined(separator: ", ") + "}"
      }
      return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }
  }

  /// A number with at most three decimals and no trailing zeros.
  static func format(_ value: Double) -> String {
    guard value.isFinite else { return value > 0 ? "inf" : "nan" }
    if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
    var text = String(format: "%.3f", value)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
  }

  private static func csv(_ cell: Cell) -> String {
    switch cell {
    case .text(let text): text.contains(",") ? "\"\(text)\"" : text
    case .number(let value): format(value)
    }
  }

  private static func json(_ cell: Cell) -> String {
    switch cell {
    case .text(let text) where text.isEmpty: "null"
    case .text(let text): "\"\(text.replacingOccurrences(of: "\"", with: "\\\""))\""
    case .number(let value): value.isFinite ? format(value) : "null"
    }
  }
}

/// A progress bar on standard error while it is a terminal, redrawn in place at most ten times a second
/// and whenever the work ends; nothing at all when standard error is piped or a file, so logs and
/// captured output stay clean.
struct ProgressBar {
  let label: String
  private let interactive: Bool
  private var lastDrawn = ContinuousClock.now - .seconds(1)

  /// A bar named `label`; it draws only when `terminal` (by default, when standard error is one).
  init(label: String, terminal: Bool = isatty(FileHandle.standardError.fileDescriptor) != 0) {
    self.label = label
    interactive = terminal
  }

  /// `done` of `total` steps are done.
  mutating func update(_ done: Int, of total: Int) {
    guard interactive, total > 0 else { return }
    let now = ContinuousClock.now
    guard done >= total || now - lastDrawn >= .milliseconds(100) else { return }
    lastDrawn = now
    let fraction = min(1, Double(done) / Double(total))
    let width = 30
    let filled = Int(fraction * Double(width))
    let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
    let percent = Int((fraction * 100).rounded(.down))
    FileHandle.standardError.write(Data("\r\(label) [\(bar)] \(percent)% (\(done)/\(total))".utf8))
    if done >= total { FileHandle.standardError.write(Data("\n".utf8)) }
  }
}
