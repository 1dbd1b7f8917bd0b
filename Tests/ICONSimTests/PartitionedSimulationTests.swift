import ICONCore
import ICONSim
import Testing

@Suite struct PartitionedSimulationTests {
  /// A tree given by parents, with a link delay for each child.
  private static func split(_ parents: [Int?], delays: [Double], count: Int) -> OverlayPartition? {
    OverlayPartition.split(parents: parents, linkDelay: { .milliseconds(delays[$0]) }, count: count)
  }

  @Test func aTreeSplitsIntoEvenPartsAlongLongLinksOnly() {
    // a root with four branches of five; the links into the branches are long, all others short
    var parents: [Int?] = [nil]
    var delays = [0.0]
    for _ in 0..<4 {
      let head = parents.count
      parents.append(0)
      delays.append(20)
      for member in 1..<5 {
        parents.append(head + member - 1)
        delays.append(0.1)
      }
    }
    let partition = Self.split(parents, delays: delays, count: 2)!
    #expect(partition.lookahead == .milliseconds(10))
    let sizes = partition.members.map(\.count)
    #expect(sizes == [11, 10])
    for (child, parent) in parents.enumerated() {
      guard let parent, partition.parts[child] != partition.parts[parent] else { continue }
      #expect(Duration.milliseconds(delays[child]) >= partition.lookahead)
    }
  }

  @Test func aTreeWithOnlyShortLinksDoesNotSplit() {
    let parents: [Int?] = [nil] + (0..<19).map { $0 }
    #expect(Self.split(parents, delays: [0] + Array(repeating: 0.2, count: 19), count: 2) == nil)
    #expect(Self.split(parents, delays: [0] + Array(repeating: 0.2, count: 19), count: 1)?.count == 1)
  }

  @Test func partsOnTwoThreadsRunTheOverlayAsOneSimulationDoes() throws {
    let experiment = ScaleExperiment(nodes: 300, icons: 400, clients: 4_000, duration: .seconds(90), seed: 4)
    let whole = experiment.makeSimulation()
    whole.run(until: .seconds(90))
    let split = try #require(experiment.makePartitionedSimulation(parts: 2))
    // in steps, as the experiment runs it, so that windows end at the steps too
    for step in 1...9 { split.run(until: .seconds(Double(step) * 10)) }
    #expect(split.parts.map { $0.engines.count }.reduce(0, +) == 400)
    #expect(split.parts.allSatisfy { $0.engines.count > 100 })
    #expect(split.engineEvents == whole.engineEvents)
    #expect(split.messagesSent == whole.messagesSent)
    // every ICON ends in the same state, whichever part held it
    let states = Dictionary(uniqueKeysWithValues: try whole.engines.map { ($0.id, try $0.snapshot()) })
    for engine in split.parts.flatMap(\.engines) {
      #expect(try engine.snapshot() == states[engine.id], "\(engine.id)")
    }
    var onTwo = experiment
    onTwo.threads = 2
    let result = onTwo.run()
    #expect(result.iconsPerThread == split.parts.map(\.engines.count))
    #expect(result.lookahead == split.lookahead)
    #expect(result.events == whole.engineEvents)
  }
}
