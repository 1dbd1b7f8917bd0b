/// Something worth logging or counting that an engine did or saw.
public enum EngineNote: Hashable, Sendable {
  /// Moved from one site to another.
  case migrated(from: SiteID, to: SiteID, gain: Double)
  /// Started a replica at a site for some subnets.
  case replicated(child: ICONID, site: SiteID, subnets: [SubnetID], gain: Double)
  /// Terminated itself.
  case terminated(reason: String)
  /// A child stopped reporting and was given up.
  case childLost(ICONID)
  /// The parent stopped answering.
  case parentLost(ICONID)
  /// Attached to a new parent after losing the old one.
  case reattached(to: ICONID)
  /// Won an origin election.
  case elected(epoch: UInt64)
  /// An origin learned of a newer one and stepped down.
  case steppedDown(newOrigin: ICONID)
  /// Adopted the children of a terminated ICON.
  case adopted(from: ICONID, children: [ICONID])
  /// Could not pay the next lease slot.
  case leaseUnpaid(Money)
  /// A site claim was denied.
  case claimDenied(site: SiteID, reason: String)
  /// A launch failed.
  case launchFailed(site: SiteID, reason: String)
  /// Clients of a subnet are now redirected to a child closer to them.
  case redirected(subnet: SubnetID, to: ICONID)
  /// A new owner policy took effect.
  case policyApplied(version: UInt64)
}
