import ArgumentParser
import Foundation
import ICONCore

/// `icon policy`: prints an owner policy as JSON, or every parameter as a Markdown table.
struct PolicyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "policy",
    abstract: "Print the owner policy (defaults, or with your changes) as JSON.",
    discussion: """
      Every ICON of an application follows one owner policy. The keys are the ones scenario files \
      and manifests use under `policy:`; durations are in seconds, money in credits. \
      `--table` lists every parameter with its unit, default, valid range and meaning. See \
      docs/decisions.md for what each threshold does, with worked examples.

      Example: icon policy --set weight=0.8 --set migration_threshold=0.25
      """
  )

  @OptionGroup var parameters: PolicyOptions
  @Flag(help: "Print every parameter as a Markdown table (key, unit, default, valid values, meaning).")
  var table = false

  func run() throws {
    print(table ? PolicyTable.markdown() : try PolicyJSON.render(try parameters.policy()))
  }
}

/// Owner parameters set on the command line, by the keys of `icon policy`.
struct PolicyOptions: ParsableArguments {
  @Option(
    name: .customLong("set"),
    help: ArgumentHelp(
      "Set an owner parameter, as KEY=VALUE (repeatable; `icon policy --table` lists the keys).",
      valueName: "key=value"))
  var assignments: [String] = []

  func validate() throws { _ = try changes() }

  /// The default policy with the given changes; throws a validation error naming each problem.
  func policy() throws -> OwnerPolicy {
    var policy = OwnerPolicy()
    try apply(to: &policy)
    return policy
  }

  /// Sets the given parameters on `policy`.
  func apply(to policy: inout OwnerPolicy) throws {
    for (parameter, value) in try changes() { parameter.set(value, in: &policy) }
  }

  /// Each `--set`, checked against its parameter's declaration.
  private func changes() throws -> [(OwnerParameter, Double)] {
    try assignments.map { text in
      let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
      guard parts.count == 2 else { throw ValidationError("--set \(text): expected KEY=VALUE") }
      guard let parameter = OwnerParameter.named(parts[0]) else {
        throw ValidationError(
          "--set \(text): unknown key `\(parts[0])` (expected one of: "
            + OwnerParameter.all.map(\.key).joined(separator: ", ") + ")")
      }
      guard let value = Double(parts[1]) else { throw ValidationError("--set \(text): expected a number") }
      if let problem = parameter.problem(with: value) {
        throw ValidationError("--set \(text): \(parameter.key) \(problem)")
      }
      return (parameter, value)
    }
  }
}

/// Renders a policy for people: one key per parameter, in seconds and credits, and its version.
enum PolicyJSON {
  static func render(_ policy: OwnerPolicy) throws -> String {
    var fields: [String: Any] = ["version": policy.version]
    for parameter in OwnerParameter.all {
      let value = parameter.value(in: policy)
      fields[parameter.key] = parameter.unit == .count ? Int64(value) as Any : value as Any
    }
    let data = try JSONSerialization.data(withJSONObject: fields, options: [.prettyPrinted, .sortedKeys])
    return String(decoding: data, as: UTF8.self)
  }
}

/// Every owner parameter as the Markdown table `docs/scenarios.md` shows.
enum PolicyTable {
  static func markdown() -> String {
    var lines = ["| key | unit | default | valid | meaning |", "|---|---|---|---|---|"]
    for parameter in OwnerParameter.all {
      let unit: String =
        switch parameter.unit {
        case .seconds: "seconds"
        case .credits: "credits"
        case .number: "number"
        case .count: "whole number"
        }
      lines.append(
        "| `\(parameter.key)` | \(unit) | \(OwnerParameter.format(parameter.defaultValue)) | "
          + "\(parameter.rangeDescription) | \(parameter.summary) |")
    }
    return lines.joined(separator: "\n")
  }
}
