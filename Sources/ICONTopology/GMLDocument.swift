/// The key/value tree of a GML file, with the line each key stands on.
struct GMLDocument {
  enum Value {
    case number(Double)
    case string(String)
    case list([Entry])
  }

  struct Entry {
    var key: String
    var value: Value
    var line: Int
  }

  var entries: [Entry]

  /// Parses GML text; errors name `file` and the line.
  init(parsing text: String, file: String) throws {
    var scanner = Scanner(bytes: Array(text.utf8), file: file)
    entries = try scanner.entries(closedBy: false)
  }

  private struct Scanner {
    let bytes: [UInt8]
    let file: String
    var position = 0
    var line = 1

    init(bytes: [UInt8], file: String) {
      self.bytes = bytes
      self.file = file
    }

    mutating func entries(closedBy bracket: Bool) throws -> [Entry] {
      var found: [Entry] = []
      while true {
        skipSpaceAndComments()
        guard position < bytes.count else {
          if bracket { throw error("expected `]` before the end of the file") }
          return found
        }
        if bytes[position] == UInt8(ascii: "]") {
          guard bracket else { throw error("unexpected `]`") }
          position += 1
          return found
        }
        let keyLine = line
        let key = try self.key()
        skipSpaceAndComments()
        guard position < bytes.count else { throw error("expected a value for `\(key)`") }
        found.append(Entry(key: key, value: try value(for: key), line: keyLine))
      }
    }

    private mutating func key() throws -> String {
      let start = position
      while position < bytes.count, Self.isKeyByte(bytes[position], first: position == start) {
        position += 1
      }
      guard position > start else {
        throw error("expected a key, found `\(Character(UnicodeScalar(bytes[position])))`")
      }
      return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private mutating func value(for key: String) throws -> Value {
      switch bytes[position] {
      case UInt8(ascii: "["):
        position += 1
        return .list(try entries(closedBy: true))
      case UInt8(ascii: "\""):
        let openLine = line
        position += 1
        let start = position
        while position < bytes.count, bytes[position] != UInt8(ascii: "\"") {
          if bytes[position] == UInt8(ascii: "\n") { line += 1 }
          position += 1
        }
        guard position < bytes.count else {
          throw TopologyError(file: file, line: openLine, problem: "string for `\(key)` is not closed")
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        position += 1
        return .string(text)
      default:
        let start = position
        while position < bytes.count, Self.isNumberByte(bytes[position]) { position += 1 }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        guard let number = Double(text) else {
          throw error("expected a number, a string or `[` after `\(key)`")
        }
        return .number(number)
      }
    }

    private mutating func skipSpaceAndComments() {
      while position < bytes.count {
        switch bytes[position] {
        case UInt8(ascii: "\n"):
          line += 1
          position += 1
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
          position += 1
        case UInt8(ascii: "#"):
          while position < bytes.count, bytes[position] != UInt8(ascii: "\n") { position += 1 }
        default:
          return
        }
      }
    }

    private func error(_ problem: String) -> TopologyError {
      TopologyError(file: file, line: line, problem: problem)
    }

    private static func isKeyByte(_ byte: UInt8, first: Bool) -> Bool {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
        true
      case UInt8(ascii: "0")...UInt8(ascii: "9"): !first
      default: false
      }
    }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
        UInt8(ascii: "e"), UInt8(ascii: "E"):
        true
      default: false
      }
    }
  }
}
