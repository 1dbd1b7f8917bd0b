/// Finds yards along the paths to an ICON's clients (the paper's §2, "Discovery of IEPs"): for each
/// client subnet it traces the path, looks up each router's name (PTR), and asks each domain above
/// that name for `_edge._tcp.DOMAIN` (SRV, and TXT for hints); each SRV target's address is a yard to
/// ask for an offer. A value type with time passed in: it says what to do (``Work``), the shell does
/// it and hands back the result. Traces and answers are cached (answers for their TTL, within limits),
/// traces are rate-limited, and everything kept is bounded by ``Limits``.
public struct YardDiscovery: Sendable {
  /// The bounds on what discovery keeps and does.
  public struct Limits: Hashable, Sendable {
    /// Client subnets followed; the one seen longest ago goes first.
    public var subnets = 1024
    /// Routers per path.
    public var hops = 16
    /// Domains above a router's name asked (the name's parents, nearest first, never a top-level domain).
    public var domainsPerName = 4
    /// SRV targets per domain.
    public var targetsPerDomain = 4
    /// Addresses taken per SRV target and address type.
    public var addressesPerTarget = 2
    /// Yards whose offers are checked and kept; more are not asked.
    public var yards = 256
    /// DNS answers cached; the one expiring first goes first.
    public var cachedAnswers = 4096
    /// New traces per minute.
    public var tracesPerMinute = 30
    /// How long a trace stays good, in nanoseconds.
    public var retraceAfter: Int64 = 600 * 1_000_000_000
    /// The shortest and longest time an answer is cached, whatever its TTL, in nanoseconds.
    public var minimumCache: Int64 = 30 * 1_000_000_000
    public var maximumCache: Int64 = 3600 * 1_000_000_000
    /// How long an answer without records (no such name, or none of the type) is cached, in nanoseconds.
    public var negativeCache: Int64 = 300 * 1_000_000_000
    /// How long a failed trace, lookup or offer waits before it is tried again, in nanoseconds.
    public var retryAfter: Int64 = 30 * 1_000_000_000

    public init() {}

    /// The most probes and lookups one client subnet can cause, cache empty: one trace, a PTR per hop,
    /// an SRV and a TXT per domain above each router's name, and two address lookups (A, AAAA) per SRV
    /// target. Offer checks come on top, at most ``yards`` in all.
    public var workPerSubnet: Int {
      1 + hops + hops * domainsPerName * 2 + hops * domainsPerName * targetsPerDomain * 2
    }
  }

  /// Something for the shell to do, and to hand the result back for.
  public enum Work: Hashable, Sendable {
    /// Trace the path to `address`, a client of `subnet` (``traced(_:_:now:)``).
    case trace(subnet: String, address: IPAddress)
    /// Ask DNS (``answered(_:_:now:)``).
    case lookup(DNSQuestion)
    /// Ask the yard at the endpoint for its signed offer and check it (``offerChecked(_:problem:now:)``).
    case checkOffer(YardEndpoint, hints: [String: String])
  }

  /// A note on what discovery refused or gave up on, for the log.
  public struct Note: Hashable, Sendable {
    public let subject: String
    public let reason: String
  }

  public let limits: Limits
  /// The service label every provider publishes under (`_edge._tcp`).
  public static let service = ["_edge", "_tcp"]

  private struct Subnet: Hashable {
    var address: IPAddress
    var lastSeen: Int64
    var routers: [IPAddress] = []
    var tracedAt: Int64?
    var failedAt: Int64?
  }

  private struct Cached: Hashable {
    var answer: DNSAnswer?
    var expires: Int64
  }

  private struct Verdict: Hashable {
    var problem: String?
    var checkedAt: Int64
  }

  private var subnets: [String: Subnet] = [:]
  private var tracing: Set<String> = []
  private var traceTimes: [Int64] = []
  private var answers: [DNSQuestion: Cached] = [:]
  private var asking: Set<DNSQuestion> = []
  private var verdicts: [YardEndpoint: Verdict] = [:]
  private var checking: Set<YardEndpoint> = []
  private var notes: [Note] = []

  public init(limits: Limits = Limits()) { self.limits = limits }

  // MARK: Events

  /// A request came from `address` in `subnet`: follow that subnet (tracing its path when it has
  /// none, or an old one).
  public mutating func clientSeen(_ subnet: String, address: IPAddress, now: Int64) -> [Work] {
    if subnets[subnet] == nil, subnets.count >= limits.subnets,
      let oldest = subnets.min(by: { ($0.value.lastSeen, $0.key) < ($1.value.lastSeen, $1.key) })?.key
    {
      subnets[oldest] = nil
    }
    subnets[subnet, default: Subnet(address: address, lastSeen: now)].lastSeen = now
    subnets[subnet]?.address = address
    // a new client touches only its own subnet: a flood of new subnets costs each one step, not a
    // pass over all of them
    return work(now: now, onlyFor: subnet)
  }

  /// The trace of `subnet`'s path ended: the routers on it, nearest first, or why it failed.
  public mutating func traced(_ subnet: String, _ result: Result<TracedPath, PathTraceError>, now: Int64)
    -> [Work]
  {
    tracing.remove(subnet)
    guard subnets[subnet] != nil else { return work(now: now) }
    switch result {
    case .success(let path):
      subnets[subnet]?.routers = Array(path.routers.prefix(limits.hops))
      subnets[subnet]?.tracedAt = now
      subnets[subnet]?.failedAt = nil
    case .failure(let error):
      subnets[subnet]?.failedAt = now
      notes.append(Note(subject: "path to \(subnet)", reason: error.description))
    }
    return work(now: now, onlyFor: subnet)
  }

  /// A DNS question was answered, or could not be.
  public mutating func answered(
    _ question: DNSQuestion, _ result: Result<DNSAnswer, DNSLookupError>, now: Int64
  )
    -> [Work]
  {
    asking.remove(question)
    switch result {
    case .success(let answer):
      let ttl = answer.records.map(\.ttl).min().map { Int64($0) * 1_000_000_000 } ?? limits.negativeCache
      let kept = min(max(ttl, limits.minimumCache), limits.maximumCache)
      remember(question, Cached(answer: answer, expires: now + kept))
    case .failure(let error):
      remember(question, Cached(answer: nil, expires: now + limits.retryAfter))
      notes.append(Note(subject: "\(question.name)", reason: error.reason))
    }
    return work(now: now)
  }

  /// The offer of the yard at `endpoint` was checked: nil when it is usable, else why not.
  public mutating func offerChecked(_ endpoint: YardEndpoint, problem: String?, now: Int64) -> [Work] {
    checking.remove(endpoint)
    verdicts[endpoint] = Verdict(problem: problem, checkedAt: now)
    if let problem { notes.append(Note(subject: "yard at \(endpoint)", reason: problem)) }
    return work(now: now)
  }

  /// Time passed: traces held back by the rate limit, and answers that expired, are due again.
  public mutating func tick(now: Int64) -> [Work] { work(now: now) }

  /// The notes gathered since the last call.
  public mutating func takeNotes() -> [Note] {
    defer { notes = [] }
    return notes
  }

  // MARK: What is known

  /// The yards found on the paths to the subnets followed whose offers were usable, in endpoint order.
  public var yards: [DiscoveredYard] {
    var found:
      [YardEndpoint: (target: DNSName, domain: DNSName, hints: [String: String], hops: [String: Int])] = [:]
    for (subnet, state) in subnets {
      for (index, router) in state.routers.enumerated() {
        for domain in domains(of: router) {
          for (target, endpoint) in endpoints(in: domain)
          where verdicts[endpoint].map({ $0.problem == nil }) == true {
            var entry = found[endpoint] ?? (target, domain, hints(of: domain), [:])
            entry.hops[subnet] = min(entry.hops[subnet] ?? .max, index + 1)
            found[endpoint] = entry
          }
        }
      }
    }
    return found.sorted { $0.key < $1.key }.map {
      DiscoveredYard(
        endpoint: $0.key, target: $0.value.target, domain: $0.value.domain, hints: $0.value.hints,
        hops: $0.value.hops)
    }
  }

  /// The subnets followed, with the routers on their paths.
  public var paths: [String: [IPAddress]] { subnets.mapValues(\.routers) }

  /// How many answers are cached.
  public var cachedAnswerCount: Int { answers.count }

  // MARK: Reconciling

  /// Everything the followed subnets (or only `onlyFor`) need that is neither known nor under way.
  private mutating func work(now: Int64, onlyFor only: String? = nil) -> [Work] {
    traceTimes.removeAll { $0 <= now - 60 * 1_000_000_000 }
    var out: [Work] = []
    let followed =
      only.map { name in subnets[name].map { [(key: name, value: $0)] } ?? [] }
      ?? subnets.sorted(by: { $0.key < $1.key })
    for (name, subnet) in followed {
      let stale = subnet.tracedAt.map { now - $0 >= limits.retraceAfter } ?? true
      let resting = subnet.failedAt.map { now - $0 < limits.retryAfter } ?? false
      if stale, !resting, !tracing.contains(name), traceTimes.count < limits.tracesPerMinute {
        tracing.insert(name)
        traceTimes.append(now)
        out.append(.trace(subnet: name, address: subnet.address))
      }
      for router in subnet.routers {
        let reverse = DNSQuestion(DNSName.reverse(of: router), .ptr)
        guard need(reverse, now: now, into: &out) != nil else { continue }
        for domain in domains(of: router) {
          guard let service = try? domain.prefixed(by: Self.service) else { continue }
          // the hints (a yard's key among them) are known before any offer is checked
          let hinted = need(DNSQuestion(service, .txt), now: now, into: &out) != nil
          guard let located = need(DNSQuestion(service, .srv), now: now, into: &out), hinted else { continue }
          for record in located.prefix(limits.targetsPerDomain) {
            guard case .service(let location) = record.data else { continue }
            for type in [DNSRecordType.a, .aaaa] {
              _ = need(DNSQuestion(location.target, type), now: now, into: &out)
            }
          }
          for (_, endpoint) in endpoints(in: domain) where !checking.contains(endpoint) {
            if let verdict = verdicts[endpoint],
              verdict.problem == nil || now - verdict.checkedAt < limits.retryAfter
            {
              continue
            }
            guard verdicts[endpoint] != nil || verdicts.count + checking.count < limits.yards else {
              notes.append(
                Note(subject: "yard at \(endpoint)", reason: "not asked: \(limits.yards) yards known already")
              )
              continue
            }
            checking.insert(endpoint)
            out.append(.checkOffer(endpoint, hints: hints(of: domain)))
          }
        }
      }
    }
    return out
  }

  /// The records answering `question` when a fresh answer is cached; else nil, asking for it unless it
  /// is under way or failed a moment ago.
  private mutating func need(_ question: DNSQuestion, now: Int64, into work: inout [Work]) -> [DNSRecord]? {
    if let cached = answers[question], cached.expires > now { return cached.answer?.records ?? [] }
    if !asking.contains(question) {
      asking.insert(question)
      work.append(.lookup(question))
    }
    return nil
  }

  private mutating func remember(_ question: DNSQuestion, _ cached: Cached) {
    if answers[question] == nil, answers.count >= limits.cachedAnswers,
      let first = answers.min(by: { $0.value.expires < $1.value.expires })?.key
    {
      answers[first] = nil
    }
    answers[question] = cached
  }

  /// The names a router's address has, from the cache.
  private func names(of router: IPAddress) -> [DNSName] {
    (answers[DNSQuestion(DNSName.reverse(of: router), .ptr)]?.answer?.records ?? []).compactMap {
      guard case .name(let name) = $0.data else { return nil }
      return name
    }
  }

  /// The domains above `name` that are asked: its parents, nearest first, none of them top-level.
  private func parents(of name: DNSName) -> [DNSName] {
    var out: [DNSName] = []
    var current = name.parent
    while let domain = current, domain.labels.count >= 2, out.count < limits.domainsPerName {
      out.append(domain)
      current = domain.parent
    }
    return out
  }

  private func domains(of router: IPAddress) -> [DNSName] { names(of: router).flatMap(parents(of:)) }

  /// The yards a domain announces, from the cache: each SRV target's addresses, with its port.
  private func endpoints(in domain: DNSName) -> [(DNSName, YardEndpoint)] {
    guard let service = try? domain.prefixed(by: Self.service) else { return [] }
    let located = (answers[DNSQuestion(service, .srv)]?.answer?.records ?? []).prefix(limits.targetsPerDomain)
    return located.flatMap { record -> [(DNSName, YardEndpoint)] in
      guard case .service(let location) = record.data, location.port > 0 else { return [] }
      return [DNSRecordType.a, .aaaa].flatMap { type in
        (answers[DNSQuestion(location.target, type)]?.answer?.records ?? []).prefix(limits.addressesPerTarget)
          .compactMap {
            guard case .address(let address) = $0.data else { return nil }
            return (location.target, YardEndpoint(address: address, port: Int(location.port)))
          }
      }
    }
  }

  /// The `key=value` hints of a domain's TXT record, from the cache.
  private func hints(of domain: DNSName) -> [String: String] {
    guard let service = try? domain.prefixed(by: Self.service) else { return [:] }
    var hints: [String: String] = [:]
    for record in answers[DNSQuestion(service, .txt)]?.answer?.records ?? [] {
      guard case .text(let strings) = record.data else { continue }
      for string in strings.prefix(16) {
        let parts = string.split(separator: "=", maxSplits: 1)
        if parts.count == 2, parts[0].count <= 32, parts[1].count <= 128 {
          hints[String(parts[0])] = String(parts[1])
        }
      }
    }
    return hints
  }
}
