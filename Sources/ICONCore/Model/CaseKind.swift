/// The name of an enum value's case without its associated values: a label from a closed set, for
/// counting messages, decisions and refusals by kind.
package func caseName(of value: some Sendable) -> String {
  Mirror(reflecting: value).children.first?.label ?? String(describing: value)
}

extension Message {
  /// The message's kind, such as `report` or `siteClaim`.
  public var kind: String { caseName(of: self) }
}

extension Refusal {
  /// The refusal's kind, such as `staleEpoch` or `notFromParent`.
  public var kind: String { caseName(of: self) }
}

extension EngineNote {
  /// The note's kind, such as `migrated` or `elected`.
  public var kind: String { caseName(of: self) }
}
