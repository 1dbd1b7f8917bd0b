/// The record types discovery reads; any other type is kept as raw data.
public enum DNSRecordType: Sendable, Hashable {
  case a, ns, cname, soa, ptr, txt, aaaa, srv
  /// A type this codec does not interpret.
  case other(UInt16)

  /// The type of wire code `code`.
  public init(code: UInt16) {
    switch code {
    case 1: self = .a
    case 2: self = .ns
    case 5: self = .cname
    case 6: self = .soa
    case 12: self = .ptr
    case 16: self = .txt
    case 28: self = .aaaa
    case 33: self = .srv
    default: self = .other(code)
    }
  }

  /// Its code on the wire.
  public var code: UInt16 {
    switch self {
    case .a: 1
    case .ns: 2
    case .cname: 5
    case .soa: 6
    case .ptr: 12
    case .txt: 16
    case .aaaa: 28
    case .srv: 33
    case .other(let code): code
    }
  }
}

/// One question: a name and the type of record asked for, in class IN.
public struct DNSQuestion: Hashable, Sendable {
  public var name: DNSName
  public var type: DNSRecordType
  /// The class; 1 (IN) for everything discovery asks.
  public var recordClass: UInt16

  public init(_ name: DNSName, _ type: DNSRecordType, recordClass: UInt16 = 1) {
    self.name = name
    self.type = type
    self.recordClass = recordClass
  }
}

/// A service location (RFC 2782): where `_edge._tcp.<domain>` says a yard listens.
public struct ServiceLocation: Hashable, Sendable {
  public var priority: UInt16
  public var weight: UInt16
  public var port: UInt16
  public var target: DNSName

  public init(priority: UInt16, weight: UInt16, port: UInt16, target: DNSName) {
    self.priority = priority
    self.weight = weight
    self.port = port
    self.target = target
  }
}

/// The data of a record.
public enum DNSRecordData: Hashable, Sendable {
  case address(IPAddress)
  case name(DNSName)
  case service(ServiceLocation)
  /// TXT: one or more strings of at most 255 bytes each.
  case text([String])
  /// Data of a type this codec does not interpret (SOA included), as it came.
  case raw([UInt8])

  /// Whether a record of `type` can hold this data.
  func fits(_ type: DNSRecordType) -> Bool {
    switch (self, type) {
    case (.address(let address), .a): address.isIPv4
    case (.address(let address), .aaaa): !address.isIPv4
    case (.name, .ptr), (.name, .cname), (.name, .ns), (.service, .srv), (.text, .txt), (.raw, .soa),
      (.raw, .other):
      true
    default: false
    }
  }
}

/// A resource record.
public struct DNSRecord: Hashable, Sendable {
  public var name: DNSName
  public var type: DNSRecordType
  public var recordClass: UInt16
  /// Seconds it may be cached; values with the top bit set count as 0 (RFC 2181).
  public var ttl: UInt32
  public var data: DNSRecordData

  public init(
    _ name: DNSName, _ type: DNSRecordType, ttl: UInt32, _ data: DNSRecordData, recordClass: UInt16 = 1
  ) {
    self.name = name
    self.type = type
    self.recordClass = recordClass
    self.ttl = ttl
    self.data = data
  }
}
