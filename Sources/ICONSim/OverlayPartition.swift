import ICONCore

/// A split of a tree of ICONs into parts that a ``PartitionedSimulation`` runs side by side, one thread
/// each. Every part is made of whole branches, and every tree link between two parts is at least
/// ``lookahead`` long, so a message along the tree from one part reaches another no sooner than that: the
/// parts may run that far apart in simulated time without waiting for each other.
public struct OverlayPartition: Sendable, Equatable {
  /// The part of each ICON, by its position in the tree's list.
  public var parts: [Int]
  /// How many parts there are.
  public var count: Int
  /// The shortest delay of a tree link between two parts.
  public var lookahead: Duration

  /// The ICONs of each part, by position, in list order.
  public var members: [[Int]] {
    var members = [[Int]](repeating: [], count: count)
    for (position, part) in parts.enumerated() { members[part].append(position) }
    return members
  }

  /// The lookaheads tried, longest first.
  public static let defaultLookaheads: [Duration] = [10, 5, 2, 1, 0.5].map { .milliseconds($0) }

  /// Splits the tree given by `parents` (each ICON's parent's position, parents listed before their
  /// children; `nil` for the root) into `count` parts of sizes within `tolerance` of equal, with the
  /// longest of `lookaheads` for which that is possible. `linkDelay(i)` is the delay between ICON `i`
  /// and its parent. Returns `nil` if no lookahead allows a split that even.
  ///
  /// Everything starts in part 0 (the root's); each further part is filled with the largest branches
  /// that still fit, each hanging from a link of at least the lookahead.
  public static func split(
    parents: [Int?], linkDelay: (Int) -> Duration, count: Int,
    lookaheads: [Duration] = defaultLookaheads, tolerance: Double = 0.1
  ) -> OverlayPartition? {
    precondition(count >= 1, "a partition needs at least one part")
    guard count > 1 else {
      return OverlayPartition(parts: parents.map { _ in 0 }, count: 1, lookahead: .zero)
    }
    let delays = parents.indices.map { parents[$0] == nil ? Duration.zero : linkDelay($0) }
    var children = [[Int]](repeating: [], count: parents.count)
    for (child, parent) in parents.enumerated() {
      guard let parent else { continue }
      precondition(parent < child, "parents must be listed before their children")
      children[parent].append(child)
    }
    for lookahead in lookaheads {
      if let split = split(
        parents: parents, children: children, cuttable: { delays[$0] >= lookahead }, count: count,
        tolerance: tolerance)
      {
        return OverlayPartition(parts: split, count: count, lookahead: lookahead)
      }
    }
    return nil
  }

  private static func split(
    parents: [Int?], children: [[Int]], cuttable: (Int) -> Bool, count: Int, tolerance: Double
  ) -> [Int]? {
    let total = parents.count
    let target = Double(total) / Double(count)
    var parts = [Int](repeating: 0, count: total)
    for part in 1..<count {
      var size = 0
      while Double(size) < target * (1 - tolerance) {
        // the size of each branch still in part 0, as far as it stays in part 0
        var remaining = [Int](repeating: 0, count: total)
        for position in stride(from: total - 1, through: 0, by: -1) where parts[position] == 0 {
          remaining[position] = 1 + children[position].reduce(0) { $0 + remaining[$1] }
        }
        let room = Int(target * (1 + tolerance)) - size
        var best: Int?
        for position in 0..<total where parents[position] != nil && parts[position] == 0 && cuttable(position)
        {
          if remaining[position] <= room, remaining[position] > (best.map { remaining[$0] } ?? 0) {
            best = position
          }
        }
        guard let branch = best else { break }
        var stack = [branch]
        while let position = stack.popLast() {
          parts[position] = part
          stack.append(contentsOf: children[position].filter { parts[$0] == 0 })
        }
        size += remaining[branch]
      }
    }
    var sizes = [Int](repeating: 0, count: count)
    for part in parts { sizes[part] += 1 }
    let even = sizes.allSatisfy { abs(Double($0) - target) <= target * tolerance }
    return even ? parts : nil
  }
}
