import ICONTopology
import Yams

/// A node of a YAML document with where it stands, so every reading error can name file and line.
package struct YAMLValue {
  /// A node read from `file`, at `path` (dotted keys and list indices) in it.
  package init(node: Node, file: String, path: String) {
    self.node = node
    self.file = file
    self.path = path
  }

  package let node: Node
  package let file: String
  package let path: String

  /// Parses `text`; a syntax error names the line.
  package static func parse(_ text: String, file: String) throws -> YAMLValue {
    do {
      guard let node = try Yams.compose(yaml: text) else {
        throw InputFileError(file: file, line: 1, problem: "the file is empty")
      }
      return YAMLValue(node: node, file: file, path: "")
    } catch let error as YamlError {
      throw InputFileError(
        file: file, line: Self.line(of: error), problem: "not valid YAML: \(Self.problem(of: error))")
    }
  }

  package var line: Int? { node.mark.map { $0.line } }

  package func error(_ problem: String) -> InputFileError {
    InputFileError(file: file, line: line, problem: path.isEmpty ? problem : "\(path): \(problem)")
  }

  /// The entries of a mapping, refusing keys not in `allowed`.
  package func mapping(allowed: [String]) throws -> [String: YAMLValue] {
    guard case .mapping(let mapping) = node else { throw error("expected a mapping of keys to values") }
    var entries: [String: YAMLValue] = [:]
    for (key, value) in mapping {
      guard let name = key.string else { throw error("expected text keys") }
      guard allowed.contains(name) else {
        throw YAMLValue(node: key, file: file, path: path).error(
          "unknown key `\(name)` (expected one of: \(allowed.joined(separator: ", ")))")
      }
      entries[name] = YAMLValue(node: value, file: file, path: path.isEmpty ? name : "\(path).\(name)")
    }
    return entries
  }

  package func sequence() throws -> [YAMLValue] {
    guard case .sequence(let sequence) = node else { throw error("expected a list") }
    return sequence.enumerated().map { YAMLValue(node: $1, file: file, path: "\(path)[\($0)]") }
  }

  package func string() throws -> String {
    guard case .scalar(let scalar) = node else { throw error("expected text") }
    return scalar.string
  }

  package func number(
    in range: ClosedRange<Double> = -Double.greatestFiniteMagnitude...Double.greatestFiniteMagnitude
  )
    throws -> Double
  {
    guard case .scalar = node, let value = node.float, value.isFinite else {
      throw error("expected a number")
    }
    guard range.contains(value) else {
      throw error("expected a number in \(range.lowerBound)...\(range.upperBound), got \(value)")
    }
    return value
  }

  package func integer() throws -> Int {
    guard case .scalar = node, let value = node.int else { throw error("expected a whole number") }
    return value
  }

  private static func line(of error: YamlError) -> Int? {
    switch error {
    case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
      return mark.line
    default:
      return nil
    }
  }

  private static func problem(of error: YamlError) -> String {
    switch error {
    case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
      return problem
    default:
      return String(describing: error)
    }
  }
}
