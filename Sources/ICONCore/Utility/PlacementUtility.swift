/// Scores a placement; lower is better. Eq. (1) of the paper is the default (``WeightedCostLatency``);
/// an owner adds terms by composing (see ``CapacityPenalty``) or replaces it by conforming a type.
public protocol PlacementUtility: Sendable {
  /// The utility `U_j` of `candidate` under `policy` (dimensionless; lower is better).
  func utility(of candidate: PlacementCandidate, policy: OwnerPolicy) -> Double
}

/// Eq. (1): `U_j = (1-w)·b_j + w·Σ_i λ_i·l_ij`, with both terms made dimensionless so that `w` means
/// what it says:
///
///     U_j = (1 - w) · price_j / priceScale  +  w · Σ_i λ_i · l_ij / latencyScale
///
/// `price_j` is money per lease slot, `λ_i` req/s, `l_ij` ms. With the defaults (priceScale 1 credit,
/// latencyScale 1000 req/s·ms) and `w = 0.5`, paying one more credit per slot is worth exactly as much
/// as cutting 1 ms of latency for 1,000 req/s.
public struct WeightedCostLatency: PlacementUtility {
  /// Eq. (1).
  public init() {}

  public func utility(of candidate: PlacementCandidate, policy: OwnerPolicy) -> Double {
    let cost = candidate.price.credits / policy.priceScale.credits
    let latency = candidate.weightedLatency / policy.latencyScale
    return (1 - policy.weight) * cost + policy.weight * latency
  }
}

/// Adds to a base utility a penalty for every request per second above what one instance serves well,
/// and makes a site without free capacity unusable.
public struct CapacityPenalty<Base: PlacementUtility>: PlacementUtility {
  /// The utility being extended.
  public var base: Base
  /// Requests per second one instance serves without degrading.
  public var comfortableRate: Double
  /// Utility added per req/s above `comfortableRate`.
  public var penaltyPerExcessRequest: Double

  /// `base` plus a penalty of `penaltyPerExcessRequest` per req/s above `comfortableRate`.
  public init(base: Base, comfortableRate: Double, penaltyPerExcessRequest: Double) {
    self.base = base
    self.comfortableRate = comfortableRate
    self.penaltyPerExcessRequest = penaltyPerExcessRequest
  }

  public func utility(of candidate: PlacementCandidate, policy: OwnerPolicy) -> Double {
    if candidate.freeCapacity <= 0 { return .infinity }
    let excess = max(0, candidate.totalRate - comfortableRate)
    return base.utility(of: candidate, policy: policy) + excess * penaltyPerExcessRequest
  }
}
