/// An input file that cannot be used — a topology, a scenario — with where and what was expected.
public struct InputFileError: Error, CustomStringConvertible, Equatable {
  /// The file.
  public var file: String
  /// The 1-based line, when known.
  public var line: Int?
  /// What is wrong.
  public var problem: String

  /// An error in `file` at `line`.
  public init(file: String, line: Int?, problem: String) {
    self.file = file
    self.line = line
    self.problem = problem
  }

  public var description: String { line.map { "\(file):\($0): \(problem)" } ?? "\(file): \(problem)" }
}

/// A topology file that cannot be read.
public typealias TopologyError = InputFileError
