import ICONCore

/// A value other than the default for every owner parameter, to check that each one is read where
/// owners write it.
public enum ChangedPolicy {
  /// Each parameter with a valid value that differs from its default.
  public static let values: [(parameter: OwnerParameter, value: Double)] = OwnerParameter.all.map {
    parameter in
    let value = parameter.defaultValue == 0 ? 1 : parameter.defaultValue * 2
    precondition(parameter.problem(with: value) == nil, "\(parameter.key): \(value)")
    return (parameter, value)
  }

  /// The values as a YAML flow mapping: `{ weight: 1, price_scale: 2, … }`.
  public static var yaml: String {
    "{ " + values.map { "\($0.parameter.key): \(OwnerParameter.format($0.value))" }.joined(separator: ", ")
      + " }"
  }

  /// The parameters whose value in `policy` is not the changed one, as `key: found (expected)`.
  public static func mismatches(in policy: OwnerPolicy) -> [String] {
    values.compactMap { parameter, value in
      let found = parameter.value(in: policy)
      return abs(found - value) <= 1e-9 * max(1, abs(value))
        ? nil : "\(parameter.key): \(found) (expected \(value))"
    }
  }
}
