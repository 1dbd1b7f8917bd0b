/// Everything ICONs say to each other. Encoded as JSON on the wire (see ``Envelope``).
public enum Message: Hashable, Codable, Sendable {
  /// Child → parent, every report period: the child's subtree, aggregated.
  case report(Report)
  /// Parent → child, answering a report: the heartbeat that carries tree knowledge down.
  case reportAck(ParentAck)
  /// Parent → children: the owner changed the policy.
  case policyUpdate(OwnerPolicy)
  /// Up the tree: may the requester start an instance at this site?
  case siteClaim(SiteClaim)
  /// Down the tree: the answer to a ``SiteClaim``.
  case siteClaimReply(SiteClaimReply)
  /// Up the tree: a foundering ICON asks for money.
  case fundingRequest(FundingRequest)
  /// Down the tree: money answering a ``FundingRequest``.
  case budgetGrant(BudgetGrant)
  /// Parent → child: return spare money so it can be given to a sibling.
  case budgetRecall(BudgetRecall)
  /// Any direction: money handed over without a request (recall answers, forwarding).
  case budgetTransfer(BudgetTransfer)
  /// Orphan → ancestor or new origin: please adopt me (and my subtree).
  case attachRequest(Report)
  /// Ancestor → orphan: adopted.
  case attachAccepted(ParentAck)
  /// Terminating ICON → parent: take my children, my clients and my remaining budget.
  case adopt(Adoption)
  /// Terminating ICON → its children: your parent is now this one.
  case reparent(Reparent)
  /// A migrated ICON tells its parent and children where it now runs.
  case locationChanged(SiteID)
  /// Orphans of a failed origin: I am a candidate in this election.
  case electionCall(ElectionCall)
  /// The winner of an election announces itself.
  case originElected(ElectionCall)

  /// Every amount of money this message names, carried or asked for (none for most).
  public var amounts: [Money] {
    switch self {
    case .budgetGrant(let grant): [grant.amount, grant.request.amount]
    case .budgetTransfer(let transfer): [transfer.amount]
    case .adopt(let adoption): [adoption.remainder]
    case .fundingRequest(let request): [request.amount]
    case .budgetRecall(let recall): [recall.amount]
    default: []
    }
  }

  /// The money this message carries (zero for most); a shell must never drop such a message.
  public var money: Money {
    switch self {
    case .budgetGrant(let grant): grant.amount
    case .budgetTransfer(let transfer): transfer.amount
    case .adopt(let adoption): adoption.remainder
    default: .zero
    }
  }
}
