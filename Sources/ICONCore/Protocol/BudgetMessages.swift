/// A foundering ICON's request for money, passed up until some ancestor can pay (paper §4.3).
public struct FundingRequest: Hashable, Codable, Sendable {
  /// Unique per requester.
  public var requestID: String
  /// The foundering ICON.
  public var requester: ICONID
  /// How much it asks for.
  public var amount: Money

  /// `requester` asks for `amount`.
  public init(requestID: String, requester: ICONID, amount: Money) {
    self.requestID = requestID
    self.requester = requester
    self.amount = amount
  }
}

/// Money sent down the tree in answer to a ``FundingRequest``.
public struct BudgetGrant: Hashable, Codable, Sendable {
  /// The request answered.
  public var request: FundingRequest
  /// The money granted.
  public var amount: Money

  /// Grants `amount` for `request`.
  public init(request: FundingRequest, amount: Money) {
    self.request = request
    self.amount = amount
  }
}

/// A parent asks a child to send back up to `amount` of spare money.
public struct BudgetRecall: Hashable, Codable, Sendable {
  /// The most the parent wants back.
  public var amount: Money

  /// Recalls up to `amount`.
  public init(amount: Money) { self.amount = amount }
}

/// Money handed from one ICON to another.
public struct BudgetTransfer: Hashable, Codable, Sendable {
  /// The money.
  public var amount: Money
  /// Why it moves (for logs).
  public var reason: String

  /// Transfers `amount` for `reason`.
  public init(amount: Money, reason: String) {
    self.amount = amount
    self.reason = reason
  }
}
