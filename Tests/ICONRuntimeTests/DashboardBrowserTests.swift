import Foundation
import ICONRuntime
import ICONTestSupport
import ICONTrust
import Testing

extension LiveClusters {
  /// The dashboard of a running demo, in a real headless Chromium: the tree the page shows is the tree
  /// `icon app tree` reads, the page follows the overlay by itself when the hotspot moves, it fits
  /// 1280×800 and the keyboard moves through it.
  @Suite(.timeLimit(.minutes(4)))
  struct DashboardBrowserTests {
    /// The page's ICONs as `name@site<parent`.
    static let rows =
      "JSON.stringify([...document.querySelectorAll('tr[data-icon]')].map(r => r.dataset.icon + '@' + r.dataset.site + '<' + r.dataset.parent))"

    @Test(.enabled(if: HeadlessBrowser.program != nil, "chromium is not installed (.ci/run installs it)"))
    func theDashboardShowsTheTreeAndFollowsTheHotspotShift() async throws {
      let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "icon-dashboard-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(at: folder) }
      let log = folder.appendingPathComponent("demo.log").path
      // the demo's load starts right after it says how to run the owner's tools; it shifts 30 s later
      let demo = try ChildProcess(
        IconProgram.url.path,
        [
          "demo", "--duration", "60", "--json", "--report", folder.appendingPathComponent("report.html").path,
        ], log: log)
      let (dashboard, tree) = try await offThePool { try Self.announcements(in: log) }
      let loadStarted = ContinuousClock.now
      let browser = try await offThePool { try HeadlessBrowser(url: dashboard) }
      defer { browser.close() }

      // the tree on the page is the tree the owner's tool reads (both move: compared until they agree)
      var agreed: (page: Set<String>, tool: Set<String>) = ([], [])
      for _ in 0..<40 {
        let page = try await offThePool { try Self.decode(browser.evaluate(Self.rows)) }
        let tool = try await offThePool { try Self.ownerTree(tree) }
        agreed = (page, tool)
        if !page.isEmpty, page == tool { break }
        try await Task.sleep(for: .milliseconds(500))
      }
      #expect(
        !agreed.page.isEmpty && agreed.page == agreed.tool,
        "page \(agreed.page), icon app tree \(agreed.tool)")

      // just before the shift and well after it: the page changed by itself, from the live updates
      try await Task.sleep(until: loadStarted + .seconds(27))
      let before = try await offThePool { try Self.decode(browser.evaluate(Self.rows)) }
      let updatesBefore = try await offThePool {
        try Int(browser.evaluate("document.body.dataset.updates")) ?? 0
      }
      try await Task.sleep(until: loadStarted + .seconds(52))
      let after = try await offThePool { try Self.decode(browser.evaluate(Self.rows)) }
      let updatesAfter = try await offThePool {
        try Int(browser.evaluate("document.body.dataset.updates")) ?? 0
      }
      let timeline = try await offThePool {
        try Self.decode(
          browser.evaluate(
            "JSON.stringify([...document.querySelectorAll('#timeline li')].map(li => li.dataset.kind))"))
      }
      #expect(before != after, "the tree on the page stayed \(before) after the hotspot moved")
      #expect(updatesAfter >= updatesBefore + 15, "\(updatesBefore) → \(updatesAfter) live updates")
      #expect(timeline.contains("replication"), "\(timeline)")

      // it fits 1280×800 and the keyboard moves through the ICONs
      let size = try await offThePool {
        try browser.evaluate(
          "JSON.stringify([document.documentElement.scrollWidth, document.documentElement.scrollHeight])")
      }
      #expect(size == "[1280,800]", "\(size)")
      let keyboard = try await offThePool {
        _ = try browser.evaluate("(document.querySelector('tr[data-icon]').focus(), '')")
        try browser.press("ArrowDown", code: 40)
        return try browser.evaluate(
          "JSON.stringify([(document.querySelectorAll('tr[data-icon]')[1] || {dataset: {}}).dataset.icon || '', "
            + "document.activeElement.dataset.icon || '', document.querySelectorAll('g.icon.selected').length])"
        )
      }
      let second = try JSONDecoder().decode([Keyed].self, from: Data(keyboard.utf8))
      #expect(
        after.count < 2 || (second[0] == second[1] && second[2] == .count(1)),
        "ArrowDown from the first row: [second row, focused row, ICONs selected on the map] = \(keyboard)")
      let image = try await offThePool { try browser.screenshot() }
      #expect(Array(image.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
      let width = image[16..<20].reduce(0) { $0 << 8 | Int($1) }
      let height = image[20..<24].reduce(0) { $0 << 8 | Int($1) }
      #expect((width, height) == (1280, 800))
      demo.stop()
    }

    /// Waits (up to 60 s) for the demo to name its dashboard and its owner-tools command; returns the
    /// dashboard's URL and the `icon app tree …` arguments.
    static func announcements(in log: String) throws -> (String, [String]) {
      for _ in 0..<600 {
        let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        let lines = text.split(separator: "\n")
        if let dashboard = lines.first(where: { $0.hasPrefix("dashboard: ") }),
          let tools = lines.first(where: { $0.hasPrefix("owner tools: icon ") })
        {
          return (
            String(dashboard.dropFirst("dashboard: ".count)),
            tools.dropFirst("owner tools: icon ".count).split(separator: " ").map(String.init)
          )
        }
        usleep(100_000)
      }
      throw RuntimeFailure(
        "the demo named no dashboard within 60 s: \((try? String(contentsOfFile: log, encoding: .utf8)) ?? "")"
      )
    }

    /// The tree `icon app tree … --json` reads, as `name@site<parent`.
    static func ownerTree(_ arguments: [String]) throws -> Set<String> {
      let run = try OwnerToolsTests().icon(arguments + ["--json"])
      let statuses = try JSONDecoder().decode([AgentStatus].self, from: Data(run.output.utf8))
      return Set(
        statuses.map {
          ApplicationIdentity.shortName(of: $0.icon) + "@" + $0.site.rawValue + "<"
            + ($0.parent.map { ApplicationIdentity.shortName(of: $0) } ?? "")
        })
    }

    /// A string or a number of a JSON array.
    enum Keyed: Decodable, Equatable {
      case text(String)
      case count(Int)

      init(from decoder: any Decoder) throws {
        let value = try decoder.singleValueContainer()
        if let count = try? value.decode(Int.self) {
          self = .count(count)
        } else {
          self = .text(try value.decode(String.self))
        }
      }
    }

    static func decode(_ json: String) throws -> Set<String> {
      Set(try JSONDecoder().decode([String].self, from: Data(json.utf8)))
    }
  }
}
