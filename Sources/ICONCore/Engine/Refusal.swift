/// Why an engine refused an input: it was misaddressed, stale, from the wrong peer, or not allowed now.
/// Nothing changed. Shells and tests match on the case; `description` says it in words for logs.
public enum Refusal: Hashable, Sendable, CustomStringConvertible {
  /// The envelope's format version is not the one this engine speaks.
  case unsupportedVersion(Int, speaks: Int)
  /// The message belongs to another application.
  case wrongApplication(ApplicationID, serves: ApplicationID)
  /// The message was addressed to another ICON.
  case misaddressed(to: ICONID, deliveredTo: ICONID)
  /// Tree control from an epoch older than this ICON's.
  case staleEpoch(from: ICONID, epoch: UInt64, current: UInt64)
  /// A message only this ICON's parent may send came from someone else.
  case notFromParent(ParentMessage, sender: ICONID, receiver: ICONID)
  /// A message only this ICON's children may send came from someone else.
  case notFromChild(ChildMessage, sender: ICONID, receiver: ICONID)
  /// A claim reply for a claim this ICON never relayed.
  case unknownClaim(String)
  /// A claim reply for a claim that is no longer waiting.
  case claimNotPending(String)
  /// A launch result for a launch that is not under way.
  case launchNotPending(String)
  /// A launch result that does not fit the decision that started it.
  case launchMismatch(String)
  /// An election call for an older epoch than the one being elected.
  case electionBehind(epoch: UInt64, electing: UInt64)
  /// An election call that concerns neither this ICON nor its siblings.
  case electionNotConcerning(candidate: ICONID, epoch: UInt64, receiver: ICONID)
  /// An announcement of an origin elected in an older epoch.
  case staleAnnouncement(candidate: ICONID, epoch: UInt64, current: UInt64)
  /// An attach request to an ICON that is not running.
  case cannotAdopt(orphan: ICONID, receiver: ICONID)
  /// An attach request from this ICON's own ancestor (or itself).
  case adoptionCycle(orphan: ICONID, receiver: ICONID)
  /// An adoption this ICON did not ask for.
  case unexpectedAdoption(from: ICONID)
  /// An amount of money that must be positive was not.
  case nonPositiveAmount(MoneyRequest, Money)
  /// An amount outside `0…Money.limit`, or one that would take the balance past it.
  case amountOutOfRange(Money)
  /// An offer that cannot be used, and why.
  case unusableOffer(SiteID, String)
  /// A latency estimate that is not a finite number of milliseconds between 0 and a million.
  case unusableLatency(subnet: SubnetID, site: SiteID, milliseconds: Double)
  /// Input to an ICON that has terminated.
  case terminated(ICONID)
  /// A start of an ICON that is already running.
  case alreadyRunning(ICONID)
  /// A timer that fired before the ICON started.
  case timerBeforeStart(TimerID, icon: ICONID)
  /// An owner command sent to an ICON that is not the origin.
  case notOrigin(origin: ICONID, receiver: ICONID)
  /// An owner policy with problems (one sentence each).
  case invalidPolicy([String])
  /// An owner policy not newer than the one in force.
  case stalePolicy(version: UInt64, current: UInt64)
  /// A table that input fills is full: the ICON keeps at most `limit` of `what`.
  case full(what: String, limit: Int)

  /// Messages only a parent sends.
  public enum ParentMessage: String, Hashable, Sendable {
    case policyUpdate = "policy update"
    case claimReply = "claim reply"
    case acknowledgement
    case budgetRecall = "budget recall"
    case reparent = "re-parenting order"
  }

  /// Messages only a child sends.
  public enum ChildMessage: String, Hashable, Sendable {
    case report
    case siteClaim = "site claim"
    case fundingRequest = "funding request"
  }

  /// Requests that carry an amount of money.
  public enum MoneyRequest: String, Hashable, Sendable {
    case funding = "funding request"
    case budgetAddition = "budget addition"
  }

  public var description: String {
    switch self {
    case .unsupportedVersion(let version, let speaks):
      "unsupported message version \(version) (this ICON speaks \(speaks))"
    case .wrongApplication(let application, let serves):
      "message for application \(application), this ICON serves \(serves)"
    case .misaddressed(let to, let receiver): "message addressed to \(to) delivered to \(receiver)"
    case .staleEpoch(let sender, let epoch, let current):
      "stale message from \(sender) in epoch \(epoch), current is \(current)"
    case .notFromParent(let message, let sender, let receiver):
      "\(message.rawValue) from \(sender), which is not the parent of \(receiver)"
    case .notFromChild(let message, let sender, let receiver):
      "\(message.rawValue) from \(sender), which is not a child of \(receiver)"
    case .unknownClaim(let claim): "claim reply for unknown claim \(claim)"
    case .claimNotPending(let claim): "claim reply for \(claim), which is not pending"
    case .launchNotPending(let launch): "launch \(launch) is not pending"
    case .launchMismatch(let launch): "launch \(launch) does not match its decision"
    case .electionBehind(let epoch, let electing):
      "election call for epoch \(epoch), electing for \(electing)"
    case .electionNotConcerning(let candidate, let epoch, let receiver):
      "election call from \(candidate) for epoch \(epoch) does not concern \(receiver)"
    case .staleAnnouncement(let candidate, let epoch, let current):
      "announcement of \(candidate) for epoch \(epoch), current is \(current)"
    case .cannotAdopt(let orphan, let receiver): "\(receiver) is not running and cannot adopt \(orphan)"
    case .adoptionCycle(let orphan, let receiver):
      "adopting \(orphan), an ancestor of \(receiver), would make a cycle"
    case .unexpectedAdoption(let sender): "unexpected adoption by \(sender)"
    case .nonPositiveAmount(let request, let amount): "a \(request.rawValue) must be positive, got \(amount)"
    case .amountOutOfRange(let amount):
      "an amount of \(amount) credits is outside 0…\(Money.limit) or overflows the balance"
    case .unusableOffer(let site, let problem): "the offer of \(site) cannot be used: \(problem)"
    case .unusableLatency(let subnet, let site, let milliseconds):
      "a latency of \(milliseconds) ms from \(subnet) to \(site) is not between 0 and a million"
    case .terminated(let icon): "\(icon) has terminated"
    case .alreadyRunning(let icon): "\(icon) is already running"
    case .timerBeforeStart(let timer, let icon): "timer \(timer) before \(icon) started"
    case .notOrigin(let origin, let receiver): "owner commands go to the origin \(origin), not \(receiver)"
    case .invalidPolicy(let problems): "invalid policy: " + problems.joined(separator: "; ")
    case .stalePolicy(let version, let current): "stale policy version \(version), current is \(current)"
    case .full(let what, let limit): "too many \(what): an ICON keeps at most \(limit)"
    }
  }
}
