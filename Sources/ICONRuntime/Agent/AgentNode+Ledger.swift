import Foundation
import ICONCore
import ICONLedger
import ICONTrust

/// `POST /_icon/owner`: what the owner tells its origin, signed with the owner's key.
public enum OwnerInstruction: Hashable, Codable, Sendable {
  /// Replace the policy; its version must be newer than the current one.
  case policy(OwnerPolicy)
  /// Add money: a grant the owner signed.
  case grant(OwnerGrant)
  /// Let the origin add up to an amount per period to the budget by itself: a standing allowance.
  case allowance(Allowance)
}

/// The ICON's books: every movement of its money goes into its ledger as the engine makes it, leases
/// are paid with signed orders and their receipts kept, and the owner's grants and allowance are taken.
extension AgentNode {
  /// Nanoseconds since 1970, as ledgers count time.
  var ledgerTime: Int64 { clock().nanoseconds }

  /// Appends `records` to the ledger; a ledger that cannot be written is logged as the error it is.
  func write(_ records: [LedgerRecord]) {
    guard let ledger else { return }
    for record in records {
      do {
        try ledger.append(record, key: signer.key, at: ledgerTime)
      } catch {
        logger.error("cannot write the ledger: \(error)")
      }
    }
  }

  /// Writes an agreement this ICON made, for a replica or for its own next yard, so that its ledger
  /// leads the owner's audit to that yard.
  @discardableResult
  func recordAgreement(_ agreement: Agreement) -> Agreement {
    write([
      LedgerRecord(
        .agreement, icon: icon, application: application, counterparty: agreement.icon.rawValue,
        agreement: agreement)
    ])
    return agreement
  }

  /// Writes the money a step moved.
  func account(_ directives: [Directive], source: MoneyTrail.Source, before: Money, after: Money) {
    let trail = MoneyTrail(icon: icon, application: application)
    guard let records = trail.records(source: source, directives: directives, before: before, after: after)
    else {
      logger.error("the ledger cannot explain a balance change from \(before) to \(after)")
      return
    }
    write(records)
  }

  /// What a failed launch brings back: the budget of the replica that never started.
  func refund(of launchID: String) -> MoneyTrail.Source {
    launchedChildren.removeValue(forKey: launchID).map { .refund(from: $0) } ?? .none
  }

  /// Pays a slot's lease at `site` under the agreement made for it: the order goes into the ledger at
  /// once, and the yard's receipt when it comes.
  func payLease(_ amount: Money, at site: SiteID) {
    guard let agreement = agreements[site] ?? agreements[configuration.site.site],
      let yard = yard(at: agreement.offer.offer.site) ?? yard(at: configuration.site.site)
    else { return }
    let slot = nextSlots[agreement.id, default: 0]
    nextSlots[agreement.id] = slot + 1
    metrics.leasePaid(amount)
    let order = LeaseOrder(
      agreement: agreement.id, icon: icon, slot: slot, amount: amount, time: ledgerTime, key: signer.key)
    write([
      LedgerRecord(
        .lease, icon: icon, application: application, amount: amount,
        counterparty: agreement.offer.key.description,
        reference: order.id, order: order)
    ])
    let payee = agreement.offer.key
    work.submit { await self.deliver(order, to: yard, payee: payee) }
  }

  /// Sends `order` until the yard acknowledges it (the same order each time, so it is paid once).
  private nonisolated func deliver(
    _ order: LeaseOrder, to yard: (url: String, audience: String), payee: PublicKey
  ) async {
    let receipt = await retrying("lease \(order.id)", retries: 100) {
      try await self.client.send(
        .POST, "\(yard.url)/v1/instances/\(order.icon.rawValue)/lease", body: order, as: LeaseReceipt.self,
        timeout: .seconds(5), signing: Signing(self.signer, for: yard.audience))
    }
    if let receipt { await acknowledged(order, receipt, payee: payee) }
  }

  private func acknowledged(_ order: LeaseOrder, _ receipt: LeaseReceipt, payee: PublicKey) {
    guard order.isReceipt(receipt.receipt, by: payee) else {
      logger.error("the yard's receipt for lease \(order.id) is not signed by it")
      return
    }
    write([
      LedgerRecord(
        .receipt, icon: icon, application: application, counterparty: payee.description, reference: order.id,
        order: order, receipt: receipt.receipt)
    ])
  }

  /// The engine asks the owner for `amount`: taken from the standing allowance when it covers it, else
  /// kept as a pending request the owner sees in the tree.
  func askOwner(for amount: Money) {
    counts.ownerFunds += amount
    if let allowance, let period = allowance.terms.period(at: ledgerTime) {
      let drawn = period == allowance.period ? allowance.drawn : .zero
      if drawn + amount <= allowance.terms.amount {
        self.allowance = (allowance.terms, period, drawn + amount)
        remember("drew \(amount) credits on the owner's allowance")
        let terms = allowance.terms
        work.submit { await self.draw(amount, on: terms) }
        return
      }
    }
    pendingOwnerFunds = amount
    logger.warning("the budget is exhausted: the owner is asked for \(amount) credits")
  }

  private func draw(_ amount: Money, on allowance: Allowance) {
    handle(.owner(.addBudget(amount)), bringing: .allowance(allowance))
  }

  /// An instruction of the owner (origin only), signed by `principal`.
  func obey(_ instruction: OwnerInstruction, from principal: Principal) -> Delivery {
    guard case .owner = principal else { return forbid("only the owner instructs, not \(principal)") }
    if let target = handover.engineAway { return .moved(target) }
    let owner = configuration.deployment.owner
    switch instruction {
    case .policy(let policy):
      return handle(.owner(.updatePolicy(policy)))
    case .grant(let grant):
      guard grant.application == application, grant.isSigned(by: owner) else {
        return forbid("the grant is not signed by the owner of \(application)")
      }
      guard !grantsTaken.contains(grant.id) else { return .accepted }
      let delivery = handle(.owner(.addBudget(grant.amount)), bringing: .grant(grant))
      if case .accepted = delivery {
        grantsTaken.insert(grant.id)
        pendingOwnerFunds = .zero
      }
      return delivery
    case .allowance(let terms):
      guard terms.application == application, terms.isSigned(by: owner) else {
        return forbid("the allowance is not signed by the owner of \(application)")
      }
      guard engine?.isOrigin == true else {
        return .rejected(.notOrigin(origin: engine?.origin ?? icon, receiver: icon))
      }
      allowance = (terms, terms.period(at: ledgerTime) ?? 0, .zero)
      remember("the owner allows \(terms.amount) credits every \(terms.periodSeconds) s")
      if pendingOwnerFunds > .zero {
        let amount = pendingOwnerFunds
        pendingOwnerFunds = .zero
        askOwner(for: amount)
      }
      return .accepted
    }
  }
}
