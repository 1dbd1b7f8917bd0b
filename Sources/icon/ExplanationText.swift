import Foundation
import ICONCore
import ICONRuntime
import ICONTrust

/// `icon app explain` as text: the rules applied now, a table of candidate sites, the last ticks.
struct ExplanationText {
  let explanation: ICONExplanation

  init(_ explanation: ICONExplanation) { self.explanation = explanation }

  var text: String {
    let name = ApplicationIdentity.shortName(of: explanation.icon)
    guard let now = explanation.now else { return "\(name) at \(explanation.site): no engine runs here now" }
    var lines = ["\(name) at \(explanation.site) would now: \(now.decision)", "  why: \(now.reason)"]
    if let held = now.heldBack { lines.append("  held back: \(held)") }
    lines.append(
      "  U_here \(number(now.utilityHere)) for \(now.subnets) subnet(s); balance \(now.balance) credits; "
        + (now.value.map {
          "value \(number($0)) (termination threshold \(number(now.terminationThreshold)))"
        } ?? "it may not terminate (the origin, or too new to judge its value)"))
    lines.append(
      "  thresholds: migration \(percent(now.migrationThreshold)), replication \(percent(now.replicationThreshold))"
    )
    if !now.candidates.isEmpty {
      lines.append("")
      lines.append("  SITE            PRICE  FREE       U_j     MOVE  REPLICA  VERDICT")
      for candidate in now.candidates {
        lines.append(
          "  " + candidate.site.rawValue.padding(toLength: 14, withPad: " ", startingAt: 0)
            + String(format: "%7.2f %5d ", candidate.pricePerSlot.credits, candidate.freeCapacity)
            + number(candidate.utilityThere).leftPadded(9) + percent(candidate.migrationGain).leftPadded(9)
            + percent(candidate.replicationGain).leftPadded(9) + "  " + candidate.verdict)
      }
    }
    if !explanation.recent.isEmpty {
      lines.append("")
      lines.append("last decision ticks, oldest first:")
      let formatter = DateFormatter()
      formatter.dateFormat = "HH:mm:ss"
      for tick in explanation.recent {
        let times = tick.ticks > 1 ? " (\(tick.ticks) ticks)" : ""
        let held = tick.explanation.heldBack.map { ", held back: \($0)" } ?? ""
        lines.append(
          "  \(formatter.string(from: Date(timeIntervalSince1970: tick.at)))\(times) "
            + "\(tick.explanation.decision)\(held): \(tick.explanation.reason)")
      }
    }
    return lines.joined(separator: "\n")
  }

  private func number(_ value: Double?) -> String { value.map { String(format: "%.3f", $0) } ?? "-" }
  private func percent(_ value: Double?) -> String { value.map { String(format: "%.1f%%", $0 * 100) } ?? "-" }
}

extension String {
  /// The string right-aligned in `width` characters.
  fileprivate func leftPadded(_ width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
