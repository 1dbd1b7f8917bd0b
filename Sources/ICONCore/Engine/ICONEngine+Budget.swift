/// Leases, foundering and funding (paper §4.1 and §4.3). Money only moves, it is never created or lost:
/// owner total = Σ balances + Σ spent + money in flight.
extension ICONEngine {
  /// Money this ICON can give away and still pay `founderingSlots + 1` slots.
  public var spareMoney: Money {
    let keep = site.pricePerSlot * (policy.founderingSlots + 1)
    return balance > keep ? balance - keep : .zero
  }

  /// Whether `amount` (within `0…Money.limit`) can be added to the balance without passing the limit.
  func canCredit(_ amount: Money) -> Bool { !(Money.limit - balance < amount) }

  /// Pays the slot starting now; a replica that cannot pay terminates (it has foundered), an origin
  /// asks its owner.
  mutating func payLease(now: Instant, into out: inout [Directive]) {
    let price = site.pricePerSlot
    guard balance >= price else {
      out.append(.note(.leaseUnpaid(price - balance)))
      if parent == nil {
        out.append(.requestOwnerFunds(price - balance))
      } else {
        terminate(reason: "foundered: cannot pay the lease of \(price)", into: &out)
      }
      return
    }
    balance -= price
    spent += price
    out.append(.payLease(site: site.site, amount: price))
    checkFunding(now: now, into: &out)
  }

  /// Asks for money when the balance covers fewer than `founderingSlots` slots.
  mutating func checkFunding(now: Instant, into out: inout [Directive]) {
    let price = site.pricePerSlot
    if let pending = pendingFunding, now - pending.since > policy.heartbeatTimeout * 2 {
      pendingFunding = nil
    }
    guard lifecycle == .active, pendingFunding == nil, balance < price * policy.founderingSlots else {
      return
    }
    counter += 1
    let request = FundingRequest(
      requestID: "\(id)$\(counter)", requester: id, amount: price * policy.fundingRequestSlots)
    pendingFunding = PendingFunding(request: request, since: now)
    if let parent, recovery == nil {
      out.append(send(.fundingRequest(request), to: parent))
    } else if parent == nil {
      out.append(.requestOwnerFunds(request.amount))
      recallSpare(request.amount, sparing: nil, into: &out)
    }
  }

  mutating func receiveFundingRequest(
    _ request: FundingRequest, from child: ICONID, into out: inout [Directive]
  ) {
    guard children[child] != nil else {
      out.append(.rejected(.notFromChild(.fundingRequest, sender: child, receiver: id)))
      return
    }
    guard request.amount > .zero else {
      out.append(.rejected(.nonPositiveAmount(.funding, request.amount)))
      return
    }
    guard !fundingQueue.contains(where: { $0.request.requestID == request.requestID }),
      relayedFunding[request.requestID] == nil
    else { return }
    guard fundingQueue.count + relayedFunding.count < Self.inputLimit else {
      out.append(.rejected(.full(what: "funding requests waiting", limit: Self.inputLimit)))
      return
    }
    if spareMoney >= request.amount {
      grant(request, to: child, into: &out)
    } else if recallSpare(request.amount, sparing: child, into: &out) {
      fundingQueue.append(QueuedFunding(request: request, from: child))
    } else if let parent, recovery == nil {
      relayedFunding[request.requestID] = child
      out.append(send(.fundingRequest(request), to: parent))
    } else {
      fundingQueue.append(QueuedFunding(request: request, from: child))
      if parent == nil { out.append(.requestOwnerFunds(request.amount)) }
    }
  }

  /// Asks the richest child (other than `sparing`) whose last report shows enough spare money to send
  /// `amount` back; true if one was asked.
  @discardableResult
  mutating func recallSpare(_ amount: Money, sparing: ICONID?, into out: inout [Directive]) -> Bool {
    let donors = children.compactMap { childID, record -> (ICONID, Money)? in
      guard childID != sparing, let spare = record.report?.spare, spare >= amount else { return nil }
      return (childID, spare)
    }
    guard let donor = donors.max(by: { ($0.1, $1.0) < ($1.1, $0.0) }) else { return false }
    out.append(send(.budgetRecall(BudgetRecall(amount: amount)), to: donor.0))
    return true
  }

  private mutating func grant(_ request: FundingRequest, to child: ICONID, into out: inout [Directive]) {
    balance -= request.amount
    out.append(send(.budgetGrant(BudgetGrant(request: request, amount: request.amount)), to: child))
  }

  /// Grants queued requests, oldest first, while the spare money lasts.
  mutating func serveFundingQueue(into out: inout [Directive]) {
    fundingQueue.removeAll { children[$0.from] == nil }
    while let next = fundingQueue.first, spareMoney >= next.request.amount {
      fundingQueue.removeFirst()
      grant(next.request, to: next.from, into: &out)
    }
  }

  mutating func receiveGrant(_ grant: BudgetGrant, into out: inout [Directive]) {
    if grant.request.requester == id {
      balance += grant.amount
      pendingFunding = nil
      return
    }
    if let child = relayedFunding.removeValue(forKey: grant.request.requestID), children[child] != nil {
      out.append(send(.budgetGrant(grant), to: child))
    } else {
      balance += grant.amount
      serveFundingQueue(into: &out)
    }
  }

  mutating func receiveRecall(_ recall: BudgetRecall, from sender: ICONID, into out: inout [Directive]) {
    guard sender == parent else {
      out.append(.rejected(.notFromParent(.budgetRecall, sender: sender, receiver: id)))
      return
    }
    let returned = min(recall.amount, spareMoney)
    guard returned > .zero else { return }
    balance -= returned
    out.append(send(.budgetTransfer(BudgetTransfer(amount: returned, reason: "recalled")), to: sender))
  }
}
