import Foundation
import ICONDiscovery
import ICONLedger
import ICONRuntime
import ICONTopology

/// The DNS zone the demo serves, as regional providers on a real network would: each provider runs
/// the routers of the backbone's nodes nearest its yard, named `CITY.PROVIDER.demo` (each answering
/// from its address in ``EmulatedPaths``), and announces its yard under `_edge._tcp.PROVIDER.demo`
/// with its price and key in TXT. The application lists no yards: its ICONs find those whose routers
/// lie on the backbone's paths to their clients.
enum DemoZone {
  /// The zone of `topology`'s routers, each in the domain of the yard of `offers` nearest to it under
  /// `model`, and of those yards.
  static func zone(topology: Topology, model: LatencyModel, offers: [YardOffer]) throws -> DNSZone {
    var zone = DNSZone()
    let paths = PathLatencies(topology: topology, model: model)
    let yards: [(offer: YardOffer, delays: [Double])] = try offers.map { offer in
      guard let node = topology.node(named: offer.offer.site.rawValue) else {
        throw DNSFormatError(
          "the yard \(offer.name) is at \(offer.offer.site), which is no node of the topology")
      }
      return (offer, paths.delays(from: node))
    }
    for (index, node) in topology.nodes.enumerated() {
      guard let nearest = yards.min(by: { $0.delays[index] < $1.delays[index] }) else { break }
      let router = try DNSName("\(label(node.label)).\(label(nearest.offer.name)).demo")
      zone.add(
        DNSRecord(DNSName.reverse(of: EmulatedPaths.routerAddress(of: index)), .ptr, ttl: 300, .name(router)))
    }
    for offer in offers {
      guard let url = URL(string: offer.url), let host = url.host, let port = url.port,
        let address = IPAddress(host)
      else { throw DNSFormatError("the yard \(offer.name) serves at \(offer.url), not an address and port") }
      let service = try DNSName("_edge._tcp.\(label(offer.name)).demo")
      let target = try DNSName("yard.\(label(offer.name)).demo")
      zone.add(
        DNSRecord(
          service, .srv, ttl: 300,
          .service(ServiceLocation(priority: 0, weight: 1, port: UInt16(port), target: target))))
      zone.add(DNSRecord(target, address.isIPv4 ? .a : .aaaa, ttl: 300, .address(address)))
      zone.add(
        DNSRecord(
          service, .txt, ttl: 300, .text(["price=\(offer.offer.pricePerSlot.credits)", "key=\(offer.key)"])))
    }
    return zone
  }

  /// `text` as a DNS label: lower case, letters and digits, dashes for the rest.
  static func label(_ text: String) -> String {
    let mapped = text.lowercased().unicodeScalars.map {
      ("a"..."z").contains($0) || ("0"..."9").contains($0) ? Character($0) : "-"
    }
    let trimmed = String(mapped).split(separator: "-").joined(separator: "-")
    return trimmed.isEmpty ? "node" : String(trimmed.prefix(63))
  }
}
