/// Writes a DNS message, compressing names against those written before.
struct DNSWriter {
  private(set) var bytes: [UInt8] = []
  /// Where each name suffix written so far starts, for compression pointers.
  private var suffixes: [ArraySlice<String>: Int] = [:]

  mutating func u16(_ value: UInt16) { bytes += [UInt8(value >> 8), UInt8(value & 0xff)] }

  mutating func u32(_ value: UInt32) {
    u16(UInt16(value >> 16))
    u16(UInt16(value & 0xffff))
  }

  /// `name`, ending in a pointer to an earlier copy of its longest written suffix.
  mutating func name(_ name: DNSName, compressed: Bool = true) {
    let labels = name.labels[...]
    for start in labels.indices {
      let suffix = labels[start...]
      if compressed, let earlier = suffixes[suffix] {
        u16(0xc000 | UInt16(earlier))
        return
      }
      if compressed && bytes.count < 0x4000 { suffixes[suffix] = bytes.count }
      let label = Array(labels[start].utf8)
      bytes.append(UInt8(label.count))
      bytes += label
    }
    bytes.append(0)
  }

  mutating func record(_ record: DNSRecord) throws(DNSFormatError) {
    guard record.data.fits(record.type) else {
      throw DNSFormatError("\(record.name): data that a record of type \(record.type.code) cannot hold")
    }
    name(record.name)
    u16(record.type.code)
    u16(record.recordClass)
    u32(record.ttl)
    let lengthAt = bytes.count
    u16(0)
    switch record.data {
    case .address(let address): bytes += address.bytes
    case .name(let target): name(target)
    case .service(let service):
      u16(service.priority)
      u16(service.weight)
      u16(service.port)
      // RFC 2782: the target is not compressed
      name(service.target, compressed: false)
    case .text(let strings):
      guard !strings.isEmpty else { throw DNSFormatError("a TXT record of no strings") }
      for string in strings {
        let utf8 = Array(string.utf8)
        guard utf8.count <= 255 else {
          throw DNSFormatError("a TXT string of \(utf8.count) bytes (at most 255)")
        }
        bytes.append(UInt8(utf8.count))
        bytes += utf8
      }
    case .raw(let data): bytes += data
    }
    let length = bytes.count - lengthAt - 2
    guard length <= 0xffff else { throw DNSFormatError("record data of \(length) bytes (at most 65535)") }
    bytes[lengthAt] = UInt8(length >> 8)
    bytes[lengthAt + 1] = UInt8(length & 0xff)
  }
}
