import Foundation
import ICONRuntime
import ICONTopology

/// The project's own small European backbone for the demo: twenty cities at their coordinates, each
/// linked to its three nearest neighbours (links are symmetric, so a city may have more).
public enum EuropeanBackbone {
  /// A city and where it is.
  public struct City: Sendable {
    /// Its name, also the topology node label.
    public var name: String
    /// Latitude in degrees.
    public var latitude: Double
    /// Longitude in degrees.
    public var longitude: Double
  }

  /// The cities.
  public static let cities: [City] = [
    City(name: "Lisbon", latitude: 38.72, longitude: -9.14),
    City(name: "Madrid", latitude: 40.42, longitude: -3.70),
    City(name: "Barcelona", latitude: 41.39, longitude: 2.17),
    City(name: "Paris", latitude: 48.86, longitude: 2.35),
    City(name: "London", latitude: 51.51, longitude: -0.13),
    City(name: "Dublin", latitude: 53.35, longitude: -6.26),
    City(name: "Amsterdam", latitude: 52.37, longitude: 4.90),
    City(name: "Frankfurt", latitude: 50.11, longitude: 8.68),
    City(name: "Zurich", latitude: 47.38, longitude: 8.54),
    City(name: "Milan", latitude: 45.46, longitude: 9.19),
    City(name: "Rome", latitude: 41.90, longitude: 12.50),
    City(name: "Vienna", latitude: 48.21, longitude: 16.37),
    City(name: "Prague", latitude: 50.08, longitude: 14.44),
    City(name: "Berlin", latitude: 52.52, longitude: 13.40),
    City(name: "Copenhagen", latitude: 55.68, longitude: 12.57),
    City(name: "Stockholm", latitude: 59.33, longitude: 18.07),
    City(name: "Helsinki", latitude: 60.17, longitude: 24.94),
    City(name: "Warsaw", latitude: 52.23, longitude: 21.01),
    City(name: "Budapest", latitude: 47.50, longitude: 19.04),
    City(name: "Athens", latitude: 37.98, longitude: 23.73),
  ]

  /// The backbone as a topology.
  public static func topology() -> Topology {
    let nodes = cities.map {
      TopologyNode(id: $0.name, label: $0.name, latitude: $0.latitude, longitude: $0.longitude)
    }
    var pairs = Set<[Int]>()
    for (index, node) in nodes.enumerated() {
      let nearest = nodes.indices.filter { $0 != index }
        .sorted {
          LatencyModel.greatCircleKilometres(node, nodes[$0])
            < LatencyModel.greatCircleKilometres(node, nodes[$1])
        }
        .prefix(3)
      for other in nearest { pairs.insert([min(index, other), max(index, other)]) }
    }
    let links = pairs.sorted { ($0[0], $0[1]) < ($1[0], $1[1]) }.map { TopologyLink(a: $0[0], b: $0[1]) }
    return Topology(name: "European backbone", nodes: nodes, links: links)
  }

  /// Some of the cities, linked one after the other in the order given.
  public static func line(through names: [String], name: String) -> Topology {
    let nodes = names.map { name in
      let city = cities.first { $0.name == name }!
      return TopologyNode(id: city.name, label: city.name, latitude: city.latitude, longitude: city.longitude)
    }
    let links = nodes.indices.dropFirst().map { TopologyLink(a: $0 - 1, b: $0) }
    return Topology(name: name, nodes: nodes, links: links)
  }

  /// A topology of these cities (the whole backbone by default) in networkx node-link JSON, as
  /// `--topology` reads it.
  public static func nodeLinkJSON(_ topology: Topology = topology()) -> String {
    let nodes = topology.nodes.map { #"{"id": "\#($0.label)", "pos": [\#($0.longitude), \#($0.latitude)]}"# }
    let links = topology.links.map {
      #"{"source": "\#(topology.nodes[$0.a].label)", "target": "\#(topology.nodes[$0.b].label)"}"#
    }
    return """
      {"directed": false, "multigraph": false, "graph": {"name": "\(topology.name)"},
       "nodes": [\(nodes.joined(separator: ", "))],
       "links": [\(links.joined(separator: ", "))]}

      """
  }
}
