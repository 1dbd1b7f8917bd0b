import ICONCore
import ICONTopology

/// The paper's Fig. 4: messages per reporting round when `n` ICONs scattered at random report to a
/// centralized controller at the origin vertex, against reporting to their parents in the overlay tree.
///
/// The tree grows as replication grows it: the ICONs appear in random order and each becomes the child
/// of the existing ICON nearest to it (the one serving its clients until then), starting from the
/// origin at the origin vertex. Each round every non-origin ICON sends one report to its parent
/// (`ICONEngine` does exactly this each `reportPeriod`); in the centralized design every ICON sends one
/// report to the controller.
public struct MessageCountExperiment {
  /// One row of the result: averages over seeds for one icon count and design.
  public struct Row: Hashable, Sendable {
    /// Number of ICONs.
    public var icons: Int
    /// `centralized` or `icon`.
    public var design: String
    /// Reports arriving at the controller or origin.
    public var rootMessages: Double
    /// Reports sent in all.
    public var totalMessages: Double
    /// Σ reports × network hops they travel.
    public var messageHops: Double
    /// Reports handled (sent, forwarded or received) by the busiest network node.
    public var maxNodeMessages: Double

    /// A row; see the properties.
    public init(
      icons: Int, design: String, rootMessages: Double, totalMessages: Double, messageHops: Double,
      maxNodeMessages: Double
    ) {
      self.icons = icons
      self.design = design
      self.rootMessages = rootMessages
      self.totalMessages = totalMessages
      self.messageHops = messageHops
      self.maxNodeMessages = maxNodeMessages
    }
  }

  /// Paths over the topology.
  public let paths: PathLatencies
  /// The origin (and controller) vertex.
  public let origin: Int
  /// Base seed; run `s` of `n` icons uses a seed derived from it.
  public let seed: UInt64

  /// An experiment on `paths` with the origin at `origin`.
  public init(paths: PathLatencies, origin: Int, seed: UInt64 = 1) {
    self.paths = paths
    self.origin = origin
    self.seed = seed
  }

  /// Rows for every count in `iconCounts`, each averaged over `seeds` random scatterings, in the order
  /// count, then `centralized` before `icon`. `progress` is called after each scattering.
  public func run(iconCounts: [Int], seeds: Int, progress: (Int, Int) -> Void = { _, _ in }) -> [Row] {
    var rows: [Row] = []
    let total = iconCounts.count * seeds
    var done = 0
    for count in iconCounts {
      var centralized = Row(
        icons: count, design: "centralized", rootMessages: 0, totalMessages: 0, messageHops: 0,
        maxNodeMessages: 0)
      var overlay = Row(
        icons: count, design: "icon", rootMessages: 0, totalMessages: 0, messageHops: 0, maxNodeMessages: 0)
      for run in 0..<seeds {
        let scattered = scatter(count, run: run)
        add(measure(reports: scattered.map { ($0, origin) }, root: origin), to: &centralized)
        let parents = growTree(scattered)
        add(measure(reports: parents, root: origin), to: &overlay)
        done += 1
        progress(done, total)
      }
      for row in [centralized, overlay] {
        rows.append(
          Row(
            icons: row.icons, design: row.design, rootMessages: row.rootMessages / Double(seeds),
            totalMessages: row.totalMessages / Double(seeds), messageHops: row.messageHops / Double(seeds),
            maxNodeMessages: row.maxNodeMessages / Double(seeds)))
      }
    }
    return rows
  }

  /// `count` distinct nodes in the origin's component: the origin first, the rest in random order.
  public func scatter(_ count: Int, run: Int) -> [Int] {
    var random = SplitMix64(seed: seed &* 0x9E37_79B9 &+ UInt64(count) &* 1_000_003 &+ UInt64(run))
    let fromOrigin = paths.delays(from: origin)
    var pool = fromOrigin.indices.filter { $0 != origin && fromOrigin[$0].isFinite }
    pool.shuffle(using: &random)
    return [origin] + pool.prefix(max(0, count - 1))
  }

  /// (child, parent) pairs: each ICON after the first attaches to the nearest one placed before it.
  public func growTree(_ sites: [Int]) -> [(Int, Int)] {
    var pairs: [(Int, Int)] = []
    for (index, site) in sites.enumerated().dropFirst() {
      let delays = paths.delays(from: site)
      var nearest = sites[0]
      for earlier in sites[..<index] where delays[earlier] < delays[nearest] { nearest = earlier }
      pairs.append((site, nearest))
    }
    return pairs
  }

  private func measure(reports: [(Int, Int)], root: Int) -> Row {
    var handled: [Int: Int] = [:]
    var hops = 0
    var atRoot = 0
    for (from, to) in reports {
      let path = paths.path(from: to, to: from)
      hops += max(0, path.count - 1)
      for node in path { handled[node, default: 0] += 1 }
      if to == root { atRoot += 1 }
    }
    return Row(
      icons: 0, design: "", rootMessages: Double(atRoot), totalMessages: Double(reports.count),
      messageHops: Double(hops), maxNodeMessages: Double(handled.values.max() ?? 0))
  }

  private func add(_ measured: Row, to row: inout Row) {
    row.rootMessages += measured.rootMessages
    row.totalMessages += measured.totalMessages
    row.messageHops += measured.messageHops
    row.maxNodeMessages += measured.maxNodeMessages
  }
}
