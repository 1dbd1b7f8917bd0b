import Foundation
import ICONCharts
import ICONDemo
import ICONRuntime
import ICONTrust

/// `icon-demo-report.html`: one self-contained page with the demo's charts, final tree and summary.
enum DemoReportPage {
  static func render(_ report: DemoReport) -> String {
    let samples = report.samples
    func series(_ name: String, dashed: Bool = false, _ value: (DemoSample) -> Double) -> LineChart.Series {
      LineChart.Series(name: name, points: samples.map { ($0.time, value($0)) }, dashed: dashed)
    }
    let latency = LineChart(
      title: "Mean client latency", xLabel: "seconds", yLabel: "ms",
      series: [
        series("clients") { $0.meanLatency },
        series("optimum, same instances", dashed: true) { $0.optimalLatency },
      ])
    let instances = LineChart(
      title: "ICONs", xLabel: "seconds", yLabel: "instances",
      series: [series("instances") { Double($0.instances) }])
    let budget = LineChart(
      title: "Budget", xLabel: "seconds", yLabel: "credits",
      series: [series("held by ICONs") { $0.held }, series("paid to yards") { $0.spent }])
    let rows = report.tree.map { depth, status in
      """
      <tr><td style="padding-left:\(depth * 18 + 4)px">\(escape(ApplicationIdentity.shortName(of: status.icon)))</td>\
      <td>\(escape(status.site.rawValue))</td><td>\(String(format: "%.1f", status.requestsPerSecond))</td>\
      <td>\(String(format: "%.1f", status.meanLatencyMilliseconds))</td>\
      <td>\(String(format: "%.2f", status.balance.credits))</td></tr>
      """
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    let summary = (try? encoder.encode(report.summary)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    return """
      <!doctype html>
      <html lang="en"><head><meta charset="utf-8"><title>icon demo</title>
      <style>body{font-family:sans-serif;margin:2em;max-width:1400px}table{border-collapse:collapse}
      td,th{border-bottom:1px solid #ddd;padding:4px 10px;text-align:left}svg{margin:0 1em 1em 0}</style>
      </head><body>
      <h1>icon demo</h1>
      <p>Yards and clients as real processes on one machine; the clients' hotspot moves halfway through.
      Latency is emulated from the topology's distances (docs/demo.md).</p>
      \(latency.svg())
      \(instances.svg())
      \(budget.svg())
      <h2>The final tree</h2>
      <table><tr><th>ICON</th><th>site</th><th>req/s</th><th>latency ms</th><th>budget</th></tr>
      \(rows.joined(separator: "\n"))
      </table>
      \(chaos(report))
      \(failures(report))
      <h2>Summary</h2>
      <pre>\(escape(summary))</pre>
      </body></html>

      """
  }

  private static func chaos(_ report: DemoReport) -> String {
    guard !report.chaos.isEmpty else { return "" }
    let items = report.chaos.map { "<li>\(String(format: "%.1f", $0.time)) s: \(escape($0.event))</li>" }
    return "<h2>Chaos</h2><ul>\(items.joined())</ul>"
  }

  private static func failures(_ report: DemoReport) -> String {
    guard !report.failureReasons.isEmpty else { return "" }
    return "<h2>Failed requests</h2><ul>\(report.failureLines.map { "<li>\(escape($0))</li>" }.joined())</ul>"
  }

  private static func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;")
  }
}
