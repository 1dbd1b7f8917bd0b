/// The optimum placement baseline: choose `k` sites minimising demand-weighted latency
/// (`Σ_i λ_i · min_j l_ij`). Greedy construction then swap local search; exact enumeration for small
/// instances, to show the heuristic's gap.
public struct KMedian {
  /// Demand weight of each client (index into the latency rows).
  public var weights: [Double]
  /// `latency[c][s]`: latency from client `c` to candidate site `s`.
  public var latency: [[Double]]

  /// A problem over `weights.count` clients and `latency[0].count` candidate sites.
  public init(weights: [Double], latency: [[Double]]) {
    self.weights = weights
    self.latency = latency
  }

  private var siteCount: Int { latency.first?.count ?? 0 }

  /// Demand-weighted mean latency of serving every client from its nearest site in `sites`.
  public func meanLatency(of sites: [Int]) -> Double {
    let total = weights.reduce(0, +)
    guard total > 0, !sites.isEmpty else { return 0 }
    var sum = 0.0
    for client in weights.indices where weights[client] > 0 {
      sum += weights[client] * sites.map { latency[client][$0] }.min()!
    }
    return sum / total
  }

  /// Greedy (add the site that lowers the cost most, k times) then swap (replace a chosen site by an
  /// unchosen one while that lowers the cost).
  public func heuristic(k: Int) -> [Int] {
    let k = min(k, siteCount)
    var chosen: [Int] = []
    var nearest = Array(repeating: Double.infinity, count: weights.count)
    for _ in 0..<k {
      var best = (site: -1, cost: Double.infinity)
      for site in 0..<siteCount where !chosen.contains(site) {
        var cost = 0.0
        for client in weights.indices where weights[client] > 0 {
          cost += weights[client] * min(nearest[client], latency[client][site])
        }
        if cost < best.cost { best = (site, cost) }
      }
      chosen.append(best.site)
      for client in weights.indices { nearest[client] = min(nearest[client], latency[client][best.site]) }
    }
    var cost = self.cost(of: chosen)
    var improved = true
    while improved {
      improved = false
      for position in chosen.indices {
        for candidate in 0..<siteCount where !chosen.contains(candidate) {
          var trial = chosen
          trial[position] = candidate
          let trialCost = self.cost(of: trial)
          if trialCost < cost - 1e-12 {
            chosen = trial
            cost = trialCost
            improved = true
          }
        }
      }
    }
    return chosen.sorted()
  }

  /// The best `k` sites by trying every combination (only for small instances).
  public func exact(k: Int) -> [Int] {
    var best = (sites: [Int](), cost: Double.infinity)
    var combination = Array(0..<min(k, siteCount))
    while true {
      let cost = self.cost(of: combination)
      if cost < best.cost { best = (combination, cost) }
      var position = combination.count - 1
      while position >= 0 && combination[position] == siteCount - combination.count + position {
        position -= 1
      }
      if position < 0 { return best.sites }
      combination[position] += 1
      for next in (position + 1)..<combination.count { combination[next] = combination[next - 1] + 1 }
    }
  }

  private func cost(of sites: [Int]) -> Double {
    var sum = 0.0
    for client in weights.indices where weights[client] > 0 {
      var nearest = Double.infinity
      for site in sites { nearest = min(nearest, latency[client][site]) }
      sum += weights[client] * nearest
    }
    return sum
  }
}
