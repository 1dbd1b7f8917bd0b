import Foundation

/// Finds the line on which the n-th element of a named top-level array starts, so errors in a JSON
/// topology can name a line.
struct JSONLineIndex {
  private let bytes: [UInt8]

  init(data: Data) { bytes = Array(data) }

  /// The 1-based line of element `index` of the array under `key`, or nil when it cannot be found.
  func line(ofElement index: Int, inArray key: String) -> Int? {
    let needle = Array("\"\(key)\"".utf8)
    guard var position = find(needle, from: 0) else { return nil }
    position += needle.count
    while position < bytes.count, bytes[position] != UInt8(ascii: "[") { position += 1 }
    var depth = 0
    var element = -1
    var inString = false
    var escaped = false
    while position < bytes.count {
      let byte = bytes[position]
      if inString {
        if escaped {
          escaped = false
        } else if byte == UInt8(ascii: "\\") {
          escaped = true
        } else if byte == UInt8(ascii: "\"") {
          inString = false
        }
      } else {
        switch byte {
        case UInt8(ascii: "\""): inString = true
        case UInt8(ascii: "["), UInt8(ascii: "{"):
          depth += 1
          if depth == 2 {
            element += 1
            if element == index { return lineNumber(at: position) }
          }
        case UInt8(ascii: "]"), UInt8(ascii: "}"):
          depth -= 1
          if depth == 0 { return nil }
        default: break
        }
      }
      position += 1
    }
    return nil
  }

  private func find(_ needle: [UInt8], from start: Int) -> Int? {
    guard needle.count <= bytes.count else { return nil }
    var position = start
    while position + needle.count <= bytes.count {
      if bytes[position..<position + needle.count].elementsEqual(needle) { return position }
      position += 1
    }
    return nil
  }

  private func lineNumber(at position: Int) -> Int {
    bytes[..<position].reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
  }
}
