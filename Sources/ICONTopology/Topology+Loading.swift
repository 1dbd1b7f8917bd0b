import Foundation

extension Topology {
  /// Reads an Internet Topology Zoo GML file (`.gml`) or a networkx node-link JSON file (`.json`).
  public static func load(path: String) throws -> Topology {
    let file = (path as NSString).lastPathComponent
    guard let data = FileManager.default.contents(atPath: path) else {
      throw TopologyError(file: path, line: nil, problem: "cannot read the file")
    }
    let text = String(decoding: data, as: UTF8.self)
    if path.lowercased().hasSuffix(".json") {
      return try Topology(nodeLinkJSON: data, file: file)
    }
    return try Topology(gml: text, file: file)
  }

  /// Parses GML text as the Topology Zoo writes it: parallel edges without a `multigraph` header,
  /// `hyperedge` switch nodes and `Internal 0` stubs (all kept as nodes), HTML entities in labels, and
  /// nodes without coordinates (placed at the mean of their located neighbours).
  public init(gml text: String, file: String) throws {
    let document = try GMLDocument(parsing: text, file: file)
    guard let graphEntry = document.entries.first(where: { $0.key == "graph" }),
      case .list(let graph) = graphEntry.value
    else {
      throw TopologyError(file: file, line: document.entries.first?.line ?? 1, problem: "expected `graph [`")
    }
    var builder = TopologyBuilder(file: file)
    for entry in graph where entry.key == "node" {
      guard case .list(let fields) = entry.value else {
        throw TopologyError(file: file, line: entry.line, problem: "expected `node [`")
      }
      guard let id = fields.first(where: { $0.key == "id" }) else {
        throw TopologyError(file: file, line: entry.line, problem: "node without an `id`")
      }
      try builder.addNode(
        id: Self.text(id.value), label: fields.first { $0.key == "label" }.map { Self.text($0.value) },
        latitude: Self.number(fields, "Latitude"), longitude: Self.number(fields, "Longitude"),
        line: entry.line)
    }
    for entry in graph where entry.key == "edge" {
      guard case .list(let fields) = entry.value else {
        throw TopologyError(file: file, line: entry.line, problem: "expected `edge [`")
      }
      guard let source = fields.first(where: { $0.key == "source" }),
        let target = fields.first(where: { $0.key == "target" })
      else {
        throw TopologyError(file: file, line: entry.line, problem: "edge without `source` and `target`")
      }
      try builder.addLink(
        source: Self.text(source.value), target: Self.text(target.value),
        distanceKm: Self.number(fields, "dist"),
        line: entry.line)
    }
    let label = graph.first { $0.key == "label" || $0.key == "Network" }.map { Self.text($0.value) }
    self = try builder.build(name: (label ?? file).trimmingCharacters(in: .whitespaces))
  }

  /// Parses networkx node-link JSON: `nodes` with `id` and optional `pos: [longitude, latitude]` and
  /// `label`; `links` (or `edges`) with `source`, `target` and optional `dist` in km.
  public init(nodeLinkJSON data: Data, file: String) throws {
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: data)
    } catch {
      throw TopologyError(file: file, line: Self.line(of: error, in: data), problem: "not valid JSON")
    }
    guard let root = object as? [String: Any], let nodes = root["nodes"] as? [[String: Any]] else {
      throw TopologyError(file: file, line: 1, problem: "expected an object with a `nodes` array")
    }
    guard let links = (root["links"] ?? root["edges"]) as? [[String: Any]] else {
      throw TopologyError(file: file, line: 1, problem: "expected a `links` (or `edges`) array")
    }
    let lines = JSONLineIndex(data: data)
    var builder = TopologyBuilder(file: file)
    for (index, node) in nodes.enumerated() {
      let line = lines.line(ofElement: index, inArray: "nodes")
      guard let id = node["id"].flatMap(Self.jsonText) else {
        throw TopologyError(file: file, line: line, problem: "nodes[\(index)] has no `id`")
      }
      var latitude: Double?
      var longitude: Double?
      if let position = node["pos"] {
        guard let pair = position as? [Any], pair.count == 2, let lon = Self.jsonNumber(pair[0]),
          let lat = Self.jsonNumber(pair[1])
        else {
          throw TopologyError(
            file: file, line: line, problem: "nodes[\(index)].pos: expected [longitude, latitude]")
        }
        (latitude, longitude) = (lat, lon)
      }
      try builder.addNode(
        id: id, label: node["label"].flatMap(Self.jsonText), latitude: latitude, longitude: longitude,
        line: line)
    }
    let linkKey = root["links"] == nil ? "edges" : "links"
    for (index, link) in links.enumerated() {
      let line = lines.line(ofElement: index, inArray: linkKey)
      guard let source = link["source"].flatMap(Self.jsonText),
        let target = link["target"].flatMap(Self.jsonText)
      else {
        throw TopologyError(
          file: file, line: line, problem: "\(linkKey)[\(index)] needs `source` and `target`")
      }
      var distance: Double?
      if let value = link["dist"] {
        guard let number = Self.jsonNumber(value), number >= 0 else {
          throw TopologyError(
            file: file, line: line, problem: "\(linkKey)[\(index)].dist: expected a non-negative number of km"
          )
        }
        distance = number
      }
      try builder.addLink(source: source, target: target, distanceKm: distance, line: line)
    }
    self = try builder.build(name: (root["graph"] as? [String: Any])?["name"].flatMap(Self.jsonText) ?? file)
  }

  private static func text(_ value: GMLDocument.Value) -> String {
    switch value {
    case .string(let text): HTMLEntities.decode(text)
    // whole numbers print without a fraction while Int64 holds them exactly; others as they are
    case .number(let number):
      number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
    case .list: ""
    }
  }

  private static func number(_ fields: [GMLDocument.Entry], _ key: String) -> Double? {
    guard let entry = fields.first(where: { $0.key == key }), case .number(let number) = entry.value else {
      return nil
    }
    return number
  }

  private static func jsonText(_ value: Any) -> String? {
    if let text = value as? String { return HTMLEntities.decode(text) }
    if let number = value as? NSNumber {
      let double = number.doubleValue
      return double == double.rounded() ? String(Int64(double)) : String(double)
    }
    return nil
  }

  private static func jsonNumber(_ value: Any) -> Double? {
    guard !(value is String), let number = value as? NSNumber else { return nil }
    return number.doubleValue
  }

  private static func line(of error: any Error, in data: Data) -> Int? {
    let message = String(describing: error)
    for marker in ["line ", "character "] {
      guard let range = message.range(of: marker) else { continue }
      let digits = message[range.upperBound...].prefix { $0.isNumber }
      guard let number = Int(digits) else { continue }
      if marker == "line " { return number }
      return data.prefix(number).reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    }
    return nil
  }
}
