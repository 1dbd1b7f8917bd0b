import ArgumentParser
import Foundation
import ICONCore
import ICONRuntime
import ICONTrust

/// `icon app`: the owner's tools.
struct AppCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "app",
    abstract: "Deploy an application and steer it: tree, decisions explained, policy, budget.",
    discussion: """
      An application is described by a YAML manifest (see docs/runtime.md). Deploy its origin at one \
      yard; from then on its ICONs place themselves. The owner steers only by parameters, which flow \
      down the tree from the origin.

      Every command is signed with the owner's key (created on first use; see `icon keys`). The \
      application's id is its name and the key's fingerprint, so the same key must steer what it \
      deployed.
      """,
    subcommands: [Deploy.self, Tree.self, Explain.self, Set.self, Budget.self, Audit.self])

  struct YardOption: ParsableArguments {
    @Option(help: "A yard's URL (default: $ICON_YARD, else http://127.0.0.1:7001).")
    var yard = ProcessInfo.processInfo.environment["ICON_YARD"] ?? "http://127.0.0.1:7001"
    @Option(help: "The owner's key file (default: $ICON_OWNER_KEY, else ~/.config/icon/owner.key).")
    var key: String?

    /// The owner's client, with the key created on first use.
    func owner() throws -> OwnerClient {
      OwnerClient(key: try SigningKey.loadOrCreate(at: key ?? OwnerClient.defaultKeyFile))
    }
  }

  struct Deploy: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Deploy an application's origin at a yard.")
    @Option(name: .shortAndLong, help: "The manifest (YAML).") var file: String
    @OptionGroup var yard: YardOption

    func run() async throws {
      let manifest = try AppManifest.load(path: file)
      let reply = try await yard.owner().deploy(manifest, yard: yard.yard)
      print("\(manifest.name): origin \(reply.icon) serves at \(reply.url)")
    }
  }

  struct Tree: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show the overlay tree: site, requests/s, mean latency and budget per ICON.")
    @Argument(help: "The application's name.") var name: String
    @OptionGroup var yard: YardOption
    @Flag(help: "Print JSON instead of a table.") var json = false

    func run() async throws {
      let owner = try yard.owner()
      let origin = try await owner.origin(of: name, yard: yard.yard)
      let tree = await owner.tree(from: origin)
      if json {
        try printJSON(tree.map(\.status))
        return
      }
      print("application \(origin.application); ICONs below are named without the key fingerprint\n")
      print("ICON                      SITE            REQ/S   LATENCY_MS   BUDGET     SPENT")
      for (depth, status) in tree {
        let name = String(repeating: "  ", count: depth) + ApplicationIdentity.shortName(of: status.icon)
        print(
          name.padding(toLength: 26, withPad: " ", startingAt: 0)
            + status.site.rawValue.padding(toLength: 14, withPad: " ", startingAt: 0)
            + String(
              format: "%7.1f %12.1f %10.2f %9.2f", status.requestsPerSecond, status.meanLatencyMilliseconds,
              status.balance.credits, status.spent.credits))
      }
      let found = tree.flatMap { entry in (entry.status.discoveredYards ?? []).map { (entry.status.icon, $0) }
      }
      if !found.isEmpty { print("\nyards found along the paths to clients:") }
      for (icon, yard) in found {
        let hops = yard.hops.sorted { $0.key < $1.key }.map { "\($0.key) at hop \($0.value)" }
        print(
          "  \(yard.name) (\(yard.site)) at \(yard.url), announced by \(yard.domain), seen by "
            + "\(ApplicationIdentity.shortName(of: icon)): on the path to \(hops.joined(separator: ", "))")
      }
      if let pending = origin.pendingOwnerFunds, pending > .zero {
        print(
          "\nthe origin asks for \(pending) credits: grant them with `icon app budget \(name) --add \(pending)`, "
            + "or a standing allowance with --allow")
      }
      if let allowance = origin.allowance { print("\nstanding allowance: \(allowance)") }
      let now = Date().timeIntervalSince1970
      let failures = tree.flatMap { _, status in
        status.recentEvents.filter { $0.event.hasPrefix("launchFailed") }.map { (status.icon, $0) }
      }
      .sorted { $0.1.at < $1.1.at }.suffix(5)
      guard !failures.isEmpty else { return }
      print("\nRecent launch failures (a yard could not start a replica or a migration):")
      for (icon, failure) in failures {
        print("  \(icon), \(Int(now - failure.at)) s ago: \(failure.event)")
      }
    }
  }

  struct Explain: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Say why an ICON decided what it did: its utility, each candidate site's, the thresholds.",
      discussion: """
        Shows the decision rules applied to the ICON's situation now and at its last decision ticks: \
        U_here (the utility of its own site for its clients), for each candidate site U_j and the \
        relative gains of moving there and of a replica there, the thresholds they must pass, whether \
        the budget allows it, and in plain words why it acted or did not. The answer is signed by the \
        ICON itself.

        Examples:
          icon app explain shop            # the origin
          icon app explain shop shop.1     # its first replica (names as `icon app tree` shows them)
        """)
    @Argument(help: "The application's name.") var name: String
    @Argument(help: "The ICON, as `icon app tree` names it (default: the origin).") var icon: String?
    @OptionGroup var yard: YardOption
    @Flag(help: "Print JSON instead of text.") var json = false

    func run() async throws {
      let owner = try yard.owner()
      let origin = try await owner.origin(of: name, yard: yard.yard)
      let tree = await owner.tree(from: origin)
      let wanted = icon ?? ApplicationIdentity.shortName(of: origin.icon)
      guard
        let status = tree.map(\.status).first(where: {
          $0.icon.rawValue == wanted || ApplicationIdentity.shortName(of: $0.icon) == wanted
        })
      else {
        let names = tree.map { ApplicationIdentity.shortName(of: $0.status.icon) }
        throw ValidationError("no ICON \(wanted) in \(name)'s tree (it has \(names.joined(separator: ", ")))")
      }
      let explanation = try await owner.explanation(at: status.url, of: status.application)
      if json {
        try printJSON(explanation)
        return
      }
      print(ExplanationText(explanation).text)
    }
  }

  struct Set: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Change the owner's policy; the origin passes it down the tree.")
    @Argument(help: "The application's name.") var name: String
    @OptionGroup var yard: YardOption
    @OptionGroup var parameters: PolicyOptions

    func run() async throws {
      let owner = try yard.owner()
      let origin = try await owner.origin(of: name, yard: yard.yard)
      guard var policy = origin.policy else { throw ValidationError("the origin did not report its policy") }
      try parameters.apply(to: &policy)
      guard policy.problems.isEmpty else { throw ValidationError(policy.problems.joined(separator: "\n")) }
      policy.version += 1
      try await owner.instruct(.policy(policy), origin: origin)
      print("\(name): policy version \(policy.version) sent to the origin \(origin.icon)")
    }
  }

  struct Audit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Reconcile the application's budget from its yards' and ICONs' ledgers alone.",
      discussion: """
        Reads the ledger of the application at every yard (starting from --yard, then every yard its \
        ICONs made agreements with) and the ledger of every ICON those yards hosted. Checks every hash \
        chain and signature, every payment against the price the yard signed, and each transfer against \
        the other side's record; then sums what the owner gave, what yards were paid, what ICONs hold, \
        what yards hold in escrow and what is in flight. Exits with status 1 unless the books are exact \
        and every party agrees.

          icon app audit shop --yard http://127.0.0.1:7001
        """)
    @Argument(help: "The application's name.") var name: String
    @OptionGroup var yard: YardOption
    @Option(help: "More yards to start from.") var also: [String] = []
    @Flag(help: "Print JSON instead of text.") var json = false

    func run() async throws {
      let owner = try yard.owner()
      let report = await owner.audit(of: name, from: [yard.yard] + also)
      if json {
        try printJSON(report)
      } else {
        print("\(owner.application(name)): \(report.ledgers) ledgers, \(report.entries) entries")
        for (label, amount) in [
          ("given", report.given), ("spent", report.spent), ("held", report.held),
          ("in escrow", report.escrow),
          ("in flight", report.inFlight),
        ] {
          print(
            label.padding(toLength: 12, withPad: " ", startingAt: 0)
              + String(format: "%18.6f", amount.credits))
        }
        print(report.balances ? "the books balance to the micro-credit" : "the books do NOT balance")
        for disagreement in report.disagreements { print("disagreement: \(disagreement)") }
      }
      if !report.isExact { throw ExitCode(1) }
    }
  }

  struct Budget: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Add money to the application's budget, or let the origin top itself up.",
      discussion: """
        Every addition is a grant signed with the owner's key, which the origin writes into its ledger \
        and `icon app audit` counts. A standing allowance lets the origin add up to --allow credits \
        per period by itself when the budget runs out, instead of waiting for the owner:

          icon app budget shop --yard URL --add 20
          icon app budget shop --yard URL --allow 50 --per day --days 30
        """)
    @Argument(help: "The application's name.") var name: String
    @OptionGroup var yard: YardOption
    @Option(help: "Credits to add now.") var add: Double?
    @Option(help: "Credits the origin may add by itself per period (a standing allowance).") var allow:
      Double?
    @Option(help: "The allowance's period: minute, hour, day, or a number of seconds.") var per = "day"
    @Option(help: "How many days the allowance stands.") var days: Int64 = 30

    func validate() throws {
      guard (add == nil) != (allow == nil) else { throw ValidationError("give either --add or --allow") }
      for (flag, amount) in [("--add", add), ("--allow", allow)] {
        if let amount, !(amount > 0 && Money.credits(amount) <= Money.limit) {
          throw ValidationError("\(flag) must be a positive amount of credits, at most \(Money.limit)")
        }
      }
      guard periodSeconds != nil else {
        throw ValidationError("--per must be minute, hour, day or a positive number of seconds, not \(per)")
      }
      guard (1...3650).contains(days) else { throw ValidationError("--days must be 1 to 3650") }
    }

    private var periodSeconds: Int64? {
      switch per {
      case "minute": 60
      case "hour": 3600
      case "day": 86_400
      default: Int64(per).flatMap { $0 > 0 ? $0 : nil }
      }
    }

    func run() async throws {
      let owner = try yard.owner()
      let origin = try await owner.origin(of: name, yard: yard.yard)
      if let add {
        try await owner.instruct(owner.grant(.credits(add), to: origin), origin: origin)
        print("\(name): \(Money.credits(add)) credits granted to the origin \(origin.icon)")
      } else if let allow, let periodSeconds {
        try await owner.instruct(
          owner.allowance(.credits(allow), every: periodSeconds, days: days, to: origin), origin: origin)
        print("\(name): the origin may add \(Money.credits(allow)) credits every \(per) for \(days) days")
      }
    }
  }
}

/// Prints `value` as indented JSON with sorted keys, as the owner's `--json` options do.
func printJSON(_ value: some Encodable) throws {
  let encoder = JSONEncoder()
  encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
  print(String(decoding: try encoder.encode(value), as: UTF8.self))
}
