import Foundation

/// Tells an agent's control requests from client requests. A request target is control when its path,
/// taken out of an absolute URI, percent-decoded (repeatedly), with backslashes read as slashes, dot
/// segments resolved, repeated slashes merged and letters lowered, lies under `/_icon`. Such a request
/// is answered by the agent and never forwarded to the workload, so no client reaches the workload's
/// state hooks through the agent by another spelling.
package enum ControlPath {
  /// The normalised path when `uri` is a control request; nil for a client request.
  package static func control(_ uri: String) -> String? {
    // every spelling of `/_icon` holds a `_` or a `%`: most client targets hold neither
    guard uri.utf8.contains(where: { $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "%") }) else { return nil }
    let path = normalised(uri)
    return path == "/_icon" || path.hasPrefix("/_icon/") ? path : nil
  }

  /// The path of `uri`, normalised as described above.
  package static func normalised(_ uri: String) -> String {
    var target = Substring(uri)
    if let scheme = target.range(of: "://"), !target[..<scheme.lowerBound].contains("/") {
      let rest = target[scheme.upperBound...]
      target = rest.firstIndex(of: "/").map { rest[$0...] } ?? "/"
    }
    var path = String(target.prefix { $0 != "?" && $0 != "#" })
    for _ in 0..<4 {
      guard path.contains("%"), let decoded = path.removingPercentEncoding, decoded != path else { break }
      path = decoded
    }
    path = path.replacingOccurrences(of: "\\", with: "/").lowercased()
    var segments: [Substring] = []
    for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
      switch segment {
      case ".": continue
      case "..": _ = segments.popLast()
      default: segments.append(segment)
      }
    }
    return "/" + segments.joined(separator: "/")
  }

  /// The value of `name` in `uri`'s query, if any.
  static func query(_ uri: String, _ name: String) -> String? {
    guard let mark = uri.firstIndex(of: "?") else { return nil }
    for pair in uri[uri.index(after: mark)...].split(separator: "&") {
      let parts = pair.split(separator: "=", maxSplits: 1)
      if parts.count == 2, parts[0] == name { return String(parts[1]) }
    }
    return nil
  }
}
