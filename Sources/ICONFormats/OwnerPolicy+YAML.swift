import ICONCore

extension OwnerPolicy {
  /// Reads a policy mapping (the keys of ``OwnerParameter/all``: seconds, credits, counts) on top of
  /// `base`; every problem names the file, the line and the parameter.
  package init(yaml value: YAMLValue, over base: OwnerPolicy = OwnerPolicy()) throws {
    let entries = try value.mapping(allowed: OwnerParameter.all.map(\.key))
    var policy = base
    for parameter in OwnerParameter.all {
      guard let field = entries[parameter.key] else { continue }
      let number = try field.number()
      if let problem = parameter.problem(with: number) { throw field.error(problem) }
      parameter.set(number, in: &policy)
    }
    self = policy
  }
}
