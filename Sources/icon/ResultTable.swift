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

/// A progress bar on standard error: redrawn in place on a terminal, a line per quarter otherwise.
struct ProgressBar {
  let label: String
  private let interactive = isatty(FileHandle.standardError.fileDescriptor) != 0
  private var lastQuarter = -1

  init(label: String) { self.label = label }

  mutating func update(_ done: Int, of total: Int) {
    guard total > 0 else { return }
    let fraction = Double(done) / Double(total)
    if interactive {
      let width = 30
      let filled = Int(fraction * Double(width))
      let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
      FileHandle.standardError.write(Data("\r\(label) [\(bar)] \(done)/\(total)".utf8))
      if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
    } else {
      let quarter = Int(fraction * 4)
      guard quarter > lastQuarter else { return }
      lastQuarter = quarter
      FileHandle.standardError.write(Data("\(label): \(done)/\(total)\n".utf8))
    }
  }
}
