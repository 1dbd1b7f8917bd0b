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
    swapped(greedy(k: k))
  }

  /// ``heuristic(k:)`` for every k from 1 to `limit`, at once: the greedy order of k + 1 sites starts
  /// with that of k, so it is built once. Element k - 1 is the placement for k.
  public func heuristics(upTo limit: Int) -> [[Int]] {
    let order = greedy(k: limit)
    return (0..<order.count).map { swapped(Array(order.prefix($0 + 1))) }
  }

  /// The clients with demand, in client order: the only ones a cost sums over.
  private var activeClients: [Int] { weights.indices.filter { weights[$0] > 0 } }

  /// The first `k` sites the greedy construction adds, in the order it adds them.
  private func greedy(k: Int) -> [Int] {
    let k = min(k, siteCount)
    let clients = activeClients
    var chosen: [Int] = []
    var isChosen = Array(repeating: false, count: siteCount)
    var nearest = Array(repeating: Double.infinity, count: weights.count)
    for _ in 0..<k {
      var best = (site: -1, cost: Double.infinity)
      for site in 0..<siteCount where !isChosen[site] {
        var cost = 0.0
        for client in clients {
          cost += weights[client] * min(nearest[client], latency[client][site])
        }
        if cost < best.cost { best = (site, cost) }
      }
      guard best.site >= 0 else { break }
      chosen.append(best.site)
      isChosen[best.site] = true
      for client in weights.indices { nearest[client] = min(nearest[client], latency[client][best.site]) }
    }
    return chosen
  }

  /// `start` improved by swaps until none lowers the cost, sorted. A swap's cost is taken from each
  /// client's nearest and second-nearest chosen site, so it costs one pass over the clients.
  private func swapped(_ start: [Int]) -> [Int] {
    var chosen = start
    let clients = activeClients
    var isChosen = Array(repeating: false, count: siteCount)
    for site in chosen { isChosen[site] = true }
    // per client: the position of its nearest chosen site, that latency, and the second-nearest latency
    var nearestPosition = Array(repeating: -1, count: weights.count)
    var nearest = Array(repeating: Double.infinity, count: weights.count)
    var second = Array(repeating: Double.infinity, count: weights.count)
    func rank() {
      for client in clients {
        var first = (position: -1, latency: Double.infinity)
        var next = Double.infinity
        for (position, site) in chosen.enumerated() {
          let latency = latency[client][site]
          if latency < first.latency {
            next = first.latency
            first = (position, latency)
          } else if latency < next {
            next = latency
          }
        }
        (nearestPosition[client], nearest[client], second[client]) = (first.position, first.latency, next)
      }
    }
    rank()
    var cost = self.cost(of: chosen)
    var improved = true
    while improved {
      improved = false
      for position in chosen.indices {
        for candidate in 0..<siteCount where !isChosen[candidate] {
          var trialCost = 0.0
          for client in clients {
            let kept = nearestPosition[client] == position ? second[client] : nearest[client]
            trialCost += weights[client] * min(kept, latency[client][candidate])
          }
          if trialCost < cost - 1e-12 {
            isChosen[chosen[position]] = false
            isChosen[candidate] = true
            chosen[position] = candidate
            cost = trialCost
            rank()
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
