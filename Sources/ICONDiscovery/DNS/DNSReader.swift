/// Reads a DNS message's fields in order, checking each against the bytes left.
struct DNSReader {
  let bytes: [UInt8]
  private(set) var offset = 0

  init(bytes: [UInt8]) { self.bytes = bytes }

  mutating func u8() throws(DNSFormatError) -> UInt8 {
    guard offset < bytes.count else { throw DNSFormatError("the message ends early", at: offset) }
    defer { offset += 1 }
    return bytes[offset]
  }

  mutating func u16() throws(DNSFormatError) -> UInt16 {
    UInt16(try u8()) << 8 | UInt16(try u8())
  }

  mutating func u32() throws(DNSFormatError) -> UInt32 {
    UInt32(try u16()) << 16 | UInt32(try u16())
  }

  mutating func take(_ count: Int) throws(DNSFormatError) -> ArraySlice<UInt8> {
    guard count <= bytes.count - offset else {
      throw DNSFormatError("\(count) bytes expected, \(bytes.count - offset) left", at: offset)
    }
    defer { offset += count }
    return bytes[offset..<offset + count]
  }

  /// A name at the current offset, following compression pointers (each strictly backwards).
  mutating func name() throws(DNSFormatError) -> DNSName {
    var labels: [String] = []
    var position = offset
    var resume: Int?
    var length = 1
    while true {
      guard position < bytes.count else { throw DNSFormatError("a name runs past the message", at: position) }
      let byte = bytes[position]
      switch byte & 0xc0 {
      case 0x00:
        if byte == 0 {
          position += 1
          offset = resume ?? position
          return try DNSName(labels: labels)
        }
        let count = Int(byte)
        guard position + 1 + count <= bytes.count else {
          throw DNSFormatError("a label runs past the message", at: position)
        }
        let label = bytes[(position + 1)...(position + count)]
        guard label.allSatisfy(DNSName.isLabelByte) else {
          throw DNSFormatError("a label holds a byte other than printable ASCII", at: position)
        }
        length += count + 1
        guard length <= DNSName.maximumLength else {
          throw DNSFormatError("a name longer than \(DNSName.maximumLength) bytes", at: position)
        }
        labels.append(String(decoding: label, as: UTF8.self))
        position += 1 + count
      case 0xc0:
        guard position + 1 < bytes.count else {
          throw DNSFormatError("a pointer runs past the message", at: position)
        }
        let target = Int(byte & 0x3f) << 8 | Int(bytes[position + 1])
        guard target < position else {
          throw DNSFormatError("a compression pointer to byte \(target), not before it", at: position)
        }
        if resume == nil { resume = position + 2 }
        position = target
      default:
        throw DNSFormatError("a label of the reserved type \(byte >> 6)", at: position)
      }
    }
  }

  /// A resource record at the current offset; its data must fill exactly the length it states.
  mutating func record() throws(DNSFormatError) -> DNSRecord {
    let name = try name()
    let type = DNSRecordType(code: try u16())
    let recordClass = try u16()
    let rawTTL = try u32()
    let length = Int(try u16())
    let start = offset
    guard length <= bytes.count - start else {
      throw DNSFormatError("record data of \(length) bytes, \(bytes.count - start) left", at: start)
    }
    let end = start + length
    let data: DNSRecordData
    switch type {
    case .a, .aaaa:
      let expected = type == .a ? 4 : 16
      guard length == expected else {
        throw DNSFormatError("an address record of \(length) bytes, \(expected) expected", at: start)
      }
      data = .address(IPAddress(bytes: Array(try take(length)))!)
    case .ptr, .cname, .ns:
      data = .name(try self.name())
    case .srv:
      let priority = try u16()
      let weight = try u16()
      let port = try u16()
      data = .service(
        ServiceLocation(priority: priority, weight: weight, port: port, target: try self.name()))
    case .txt:
      guard length > 0 else { throw DNSFormatError("an empty TXT record", at: start) }
      var strings: [String] = []
      while offset < end {
        let count = Int(try u8())
        guard count <= end - offset else {
          throw DNSFormatError("a TXT string runs past its record", at: offset)
        }
        guard let string = String(validating: try take(count), as: UTF8.self) else {
          throw DNSFormatError("a TXT string that is not UTF-8", at: offset - count)
        }
        strings.append(string)
      }
      data = .text(strings)
    case .soa, .other:
      data = .raw(Array(try take(length)))
    }
    guard offset == end else {
      throw DNSFormatError("record data of \(length) bytes, \(offset - start) read", at: start)
    }
    return DNSRecord(name, type, ttl: rawTTL > UInt32(Int32.max) ? 0 : rawTTL, data, recordClass: recordClass)
  }
}
