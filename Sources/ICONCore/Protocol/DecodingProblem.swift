/// Turns JSON decoding errors into short messages that say where and what was expected.
public enum DecodingProblem {
  /// A message for `error`, such as "missing `report.sites`" or "`budget` should be Int64".
  public static func describe(_ error: any Error) -> String {
    switch error {
    case DecodingError.keyNotFound(let key, let context):
      "missing `\(path(context.codingPath + [key]))`"
    case DecodingError.typeMismatch(let type, let context):
      "`\(path(context.codingPath))` should be \(type)"
    case DecodingError.valueNotFound(let type, let context):
      "`\(path(context.codingPath))` should be \(type), found null"
    case DecodingError.dataCorrupted(let context):
      context.codingPath.isEmpty
        ? "not valid JSON" : "`\(path(context.codingPath))`: \(context.debugDescription)"
    default:
      String(describing: error)
    }
  }

  private static func path(_ keys: [any CodingKey]) -> String {
    keys.isEmpty
      ? "top level" : keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
  }
}
