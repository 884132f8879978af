import Synchronization
import Testing

@testable import NetworkMap

@Suite("Progress of long analyses")
struct ProgressTests {
    @Test func reportsRisingSharesEndingAtOneAndChangesNoResult() {
        // A 300-node ring with chords: every source is one unit of the path searches.
        var edges: [(Int, Int, Double)] = []
        for i in 0..<300 { edges.append((i, (i + 1) % 300, 1)); edges.append((i, (i * 7 + 3) % 300, 2)) }
        let graph = Graph(nodeCount: 300, edges: edges)
        let seen = Mutex<[Double]>([])
        let counter = ProgressCounter(phase: "paths", total: 300) { phase, fraction in
            #expect(phase == "paths")
            seen.withLock { $0.append(fraction) }
        }
        let withProgress = graph.betweenness(weighted: true, progress: counter)
        let fractions = seen.withLock { $0 }
        #expect(fractions.count == 101)  // once per percent, 0 % included once the first source is done
        // Each percent exactly once (threads may deliver them out of order).
        #expect(Set(fractions) == Set((0...100).map { Double($0) / 100 }))
        #expect(withProgress == graph.betweenness(weighted: true))
    }

    @Test func analysisWithAHandlerHearsBothPhases() {
        let actors = (0..<50).map { Actor(id: "a\($0)", name: "A\($0)", type: .association) }
        let ties = (1..<50).map { Tie(source: $0, target: $0 / 2) }
        let phases = Mutex<Set<String>>([])
        let network = Network(name: "t", actors: actors, ties: ties)
        let analysis = Analysis(network: network) { phase, _ in phases.withLock { _ = $0.insert(phase) } }
        #expect(phases.withLock { $0 } == ["paths", "weightedPaths"])
        #expect(analysis.measures == Analysis(network: network).measures)
    }
}
