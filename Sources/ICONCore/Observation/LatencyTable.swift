/// Latency estimates (ms) from client subnets to candidate sites, as learned from probes, network
/// tomography or a topology model. Missing entries mean "unknown", never "zero".
///
/// Each site has a column, the same in every subnet's row, so that the planner, which weighs every
/// subnet it serves against every candidate several times a second, looks each site and each subnet up
/// once and reads the pairs by position.
public struct LatencyTable: Hashable, Codable, Sendable {
  /// Sites with an estimate, by column.
  private var sites: [SiteID] = []
  /// The column of each site in `sites`.
  private var columns: [SiteID: Int] = [:]
  /// Each subnet's estimates by column; NaN (or a row too short to have the column) where unknown.
  private var rows: [SubnetID: [Double]] = [:]

  /// An empty table.
  public init() {}

  /// One subnet's estimates, read by a site's ``LatencyTable/column(of:)``.
  public struct Row: Sendable {
    fileprivate var values: [Double]

    /// The estimate to the site at `column`, if one is known.
    public subscript(column: Int?) -> Double? {
      guard let column, column < values.count, !values[column].isNaN else { return nil }
      return values[column]
    }
  }

  /// Records (or replaces) the estimate from `subnet` to `site`; an estimate that is not a number is
  /// no estimate.
  public mutating func record(_ estimate: LatencyEstimate) {
    guard !estimate.milliseconds.isNaN else { return }
    var column = sites.count
    if let known = columns[estimate.site] {
      column = known
    } else {
      sites.append(estimate.site)
      columns[estimate.site] = column
    }
    rows[estimate.subnet, default: []].setValue(estimate.milliseconds, at: column)
  }

  /// The number of subnets with estimates.
  public var subnetCount: Int { rows.count }

  /// Forgets subnets until at most `limit` remain: first those not in `preferred`, lowest first, then
  /// the lowest of the rest; the columns of sites no subnet has an estimate to go with them.
  public mutating func keep(atMost limit: Int, preferring preferred: Set<SubnetID>) {
    guard rows.count > limit else { return }
    let order = rows.keys.sorted {
      (preferred.contains($0) ? 1 : 0, $0) < (preferred.contains($1) ? 1 : 0, $1)
    }
    var kept = LatencyTable()
    for subnet in order.dropFirst(rows.count - limit) {
      for (site, milliseconds) in estimates(from: subnet) {
        kept.record(LatencyEstimate(subnet: subnet, site: site, milliseconds: milliseconds))
      }
    }
    self = kept
  }

  /// True if no estimate is known.
  public var isEmpty: Bool { rows.isEmpty }

  /// The column of `site` in every ``Row``, if some subnet has an estimate to it.
  public func column(of site: SiteID) -> Int? { columns[site] }

  /// The estimates from `subnet` (one lookup for a subnet weighed against many sites).
  public func row(from subnet: SubnetID) -> Row { Row(values: rows[subnet] ?? []) }

  /// The estimates from each of `subnets` to each of `sites`, by site then subnet (`[s][n]`: from the
  /// `n`-th subnet to the `s`-th site), nil where unknown.
  public func latencies(from subnets: [SubnetID], to sites: [SiteID]) -> [[Double?]] {
    let rows = subnets.map { row(from: $0) }
    return sites.map { site in
      let column = columns[site]
      return rows.map { $0[column] }
    }
  }

  /// The estimates from `subnet` to every site that has one.
  private func estimates(from subnet: SubnetID) -> [SiteID: Double] {
    var known: [SiteID: Double] = [:]
    for (column, milliseconds) in (rows[subnet] ?? []).enumerated() where !milliseconds.isNaN {
      known[sites[column]] = milliseconds
    }
    return known
  }

  /// The estimate from `subnet` to `site`, if one is known.
  public func latency(from subnet: SubnetID, to site: SiteID) -> Double? {
    row(from: subnet)[columns[site]]
  }

  /// Every estimate, by subnet and site: what the table holds whatever the order it learnt the sites in.
  private var nested: [SubnetID: [SiteID: Double]] {
    Dictionary(uniqueKeysWithValues: rows.keys.map { ($0, estimates(from: $0)) })
  }

  public static func == (lhs: Self, rhs: Self) -> Bool { lhs.nested == rhs.nested }

  public func hash(into hasher: inout Hasher) { hasher.combine(nested) }

  private enum CodingKeys: String, CodingKey { case estimates }

  public init(from decoder: any Decoder) throws {
    let nested = try decoder.container(keyedBy: CodingKeys.self).decode(
      [SubnetID: [SiteID: Double]].self, forKey: .estimates)
    // in site order, so that a decoded table's columns do not depend on the order of the keys
    for subnet in nested.keys.sorted() {
      for (site, milliseconds) in nested[subnet]!.sorted(by: { $0.key < $1.key }) {
        record(LatencyEstimate(subnet: subnet, site: site, milliseconds: milliseconds))
      }
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(nested, forKey: .estimates)
  }
}

extension [Double] {
  /// Sets `value` at `index`, filling the positions before it that the array lacks with NaN.
  fileprivate mutating func setValue(_ value: Double, at index: Int) {
    if index >= count { append(contentsOf: repeatElement(.nan, count: index + 1 - count)) }
    self[index] = value
  }
}
