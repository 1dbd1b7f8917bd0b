import ICONCore
import ICONSim

/// What must hold of an overlay at every moment, and after it repaired itself.
extension Simulation {
  /// The live ICONs' indices, by name.
  public var liveICONs: [Int] {
    engines.indices.filter(isLive).sorted { engines[$0].id < engines[$1].id }
  }

  /// The live ICON named `id`, if there is one.
  public func live(_ id: ICONID) -> Int? { index(of: id).flatMap { isLive($0) ? $0 : nil } }

  /// Problems with the tree: every live ICON must reach a live origin through live parents that list
  /// it as a child.
  public func forestProblems() -> [String] {
    var problems: [String] = []
    for index in liveICONs {
      let id = engines[index].id
      var current = index
      var visited: Set<Int> = [index]
      while let parentID = engines[current].parent {
        guard let parent = live(parentID) else {
          problems.append("\(id): ancestor \(engines[current].id) has dead parent \(parentID)")
          break
        }
        guard engines[parent].children[engines[current].id] != nil else {
          problems.append("\(id): \(parentID) does not list \(engines[current].id) as a child")
          break
        }
        guard visited.insert(parent).inserted else {
          problems.append("\(id): cycle through \(parentID)")
          break
        }
        current = parent
      }
      if engines[current].parent == nil && !engines[current].isOrigin {
        problems.append("\(id): root \(engines[current].id) is not an origin")
      }
    }
    return problems
  }

  /// The root reached from the ICON at `index` by parent links through live ICONs.
  public func root(of index: Int) -> ICONID {
    var current = index
    var steps = 0
    while let parentID = engines[current].parent, let parent = live(parentID), steps < 1_000 {
      current = parent
      steps += 1
    }
    return engines[current].id
  }

  /// Live ICONs of one tree that share a site.
  public func sharedSites() -> [String] {
    struct Place: Hashable {
      var root: ICONID
      var site: SiteID
    }
    var holders: [Place: ICONID] = [:]
    var problems: [String] = []
    for index in engines.indices where isLive(index) {
      let engine = engines[index]
      if let other = holders.updateValue(
        engine.id, forKey: Place(root: root(of: index), site: engine.site.site))
      {
        problems.append("\(other) and \(engine.id) both run at \(engine.site.site)")
      }
    }
    return problems
  }

  /// The redirect circles among live ICONs: for each, its subnet and the ICONs in the order clients of
  /// that subnet are sent round (from the lowest-placed), so that its clients are never served.
  public func redirectCircles() -> [String] {
    var circles: [String] = []
    for start in engines.indices where isLive(start) {
      for route in engines[start].routes {
        var path = [start]
        var current = start
        while let next = nextHop(from: current, for: route.subnet) {
          if let position = path.firstIndex(of: next) {
            // each circle once: from its lowest-placed ICON
            if position == 0, path.min() == start {
              circles.append(
                "\(route.subnet): \(path.map { engines[$0].id.rawValue }.joined(separator: " -> "))")
            }
            break
          }
          path.append(next)
          current = next
        }
      }
    }
    return circles
  }

  /// Broken invariants of this moment: money not conserved, two ICONs of a tree at one site, a
  /// negative balance, clients redirected in a circle.
  public func momentaryProblems() -> [String] {
    var problems: [String] = []
    if accountedMoney != ownerTotal {
      problems.append("t=\(now.seconds): accounted \(accountedMoney) != owner total \(ownerTotal)")
    }
    for problem in sharedSites() { problems.append("t=\(now.seconds): \(problem)") }
    for engine in engines where engine.balance < .zero {
      problems.append("t=\(now.seconds): \(engine.id) has negative balance \(engine.balance)")
    }
    for circle in redirectCircles() { problems.append("t=\(now.seconds): redirects go round: \(circle)") }
    return problems
  }
}
