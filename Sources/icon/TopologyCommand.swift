import ArgumentParser
import Foundation
import ICONTopology

/// `icon topo`: topology tools.
struct TopologyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "topo",
    abstract: "Inspect network topologies (Topology Zoo GML or networkx node-link JSON).",
    subcommands: [TopologyInfoCommand.self]
  )
}

/// The latency model's parameters as options.
struct LatencyModelOptions: ParsableArguments {
  @Option(help: "Propagation speed in km per ms (light in fibre: 200).")
  var kmPerMs: Double = 200
  @Option(help: "Delay added per link traversed, in ms.")
  var perHopMs: Double = 0

  func model() throws -> LatencyModel {
    guard kmPerMs > 0, perHopMs >= 0 else {
      throw ValidationError("--km-per-ms must be positive and --per-hop-ms not negative")
    }
    return LatencyModel(kilometresPerMillisecond: kmPerMs, perHopMilliseconds: perHopMs)
  }
}

/// `icon topo info PATH`.
struct TopologyInfoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "info",
    abstract: "Print size, components, hop diameter, the most central node and the 1-median's latency.",
    discussion: """
      One-way link delay is the great-circle distance (or the link's `dist`, in km) divided by \
      --km-per-ms, plus --per-hop-ms. Centrality and the 1-median are computed within the largest \
      connected component. Nodes without coordinates are placed at the mean of their located neighbours.

      Example: icon topo info data/topologies/eu_nren-interconnect.gml
      """
  )

  @Argument(help: "A .gml (Topology Zoo) or .json (networkx node-link) file.")
  var path: String
  @OptionGroup var latency: LatencyModelOptions

  func run() throws {
    let topology = try Topology.load(path: path)
    let summary = TopologySummary(paths: PathLatencies(topology: topology, model: try latency.model()))
    let label = { (index: Int) in topology.nodes[index].label }
    let sizes = summary.componentSizes.prefix(8).map(String.init).joined(separator: ", ")
    print("topology: \(topology.name) (\((path as NSString).lastPathComponent))")
    print("nodes: \(summary.nodes) (\(summary.imputedPositions) placed at their neighbours' mean position)")
    print("links: \(summary.links)")
    print(
      "components: \(summary.componentSizes.count) (sizes \(sizes)\(summary.componentSizes.count > 8 ? ", …" : ""))"
    )
    print("hop diameter: \(summary.hopDiameter)")
    print("most central node (fewest mean hops): \(label(summary.mostCentralNode))")
    print(
      "1-median: \(label(summary.oneMedian)), mean one-way latency to all nodes "
        + String(format: "%.2f ms", summary.oneMedianMeanLatency))
    print("all-pairs mean one-way latency: " + String(format: "%.2f ms", summary.allPairsMeanLatency))
  }
}
