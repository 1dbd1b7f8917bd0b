import Foundation

/// The resident memory of a run's processes over time, to tell whether any grows: each process's size
/// when the warm-up ends is compared with its size at the end.
struct ResidentMemory: Sendable {
  /// When the warm-up ends, in seconds since the start.
  let warmUp: Double
  /// Per process: its name, its size at the first sample after the warm-up, and at the last sample.
  private var processes: [Int32: (name: String, first: Sample, last: Sample)] = [:]

  private struct Sample {
    var time: Double
    var kilobytes: Int
  }

  /// Memory sampled from `warmUp` seconds on.
  init(warmUp: Double) { self.warmUp = warmUp }

  /// Samples `processes` (by id, with a name) at `time` seconds since the start.
  mutating func sample(_ current: [Int32: String], at time: Double) {
    guard time >= warmUp else { return }
    for (pid, name) in current {
      guard let kilobytes = Self.residentKilobytes(of: pid) else { continue }
      let sample = Sample(time: time, kilobytes: kilobytes)
      if processes[pid] == nil { processes[pid] = (name, sample, sample) }
      processes[pid]?.last = sample
    }
  }

  /// The processes sampled from the end of the warm-up until `end` seconds (within two seconds each
  /// way), and the largest growth among them.
  func growth(at end: Double) -> (processes: Int, largest: Double) {
    let longLived = processes.values.filter {
      $0.first.time <= warmUp + 2 && $0.last.time >= end - 2 && $0.first.kilobytes > 0
    }
    let largest = longLived.map { Double($0.last.kilobytes) / Double($0.first.kilobytes) - 1 }.max() ?? 0
    return (longLived.count, largest)
  }

  /// `VmRSS` of `pid` from `/proc`, in kilobytes (nil when the process is gone or there is no `/proc`).
  static func residentKilobytes(of pid: Int32) -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
    for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
      return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
    }
    return nil
  }
}
