import Foundation
import Testing

@testable import NetworkMap

/// Small graphs whose values are known analytically (or from networkx with exact `Fraction` distances).
@Suite("Measures on edge cases")
struct MeasuresEdgeCaseTests {
    static func star(leaves: Int) -> Graph {
        Graph(nodeCount: leaves + 1, edges: (1...leaves).map { (0, $0, 1) })
    }

    static func path(_ n: Int) -> Graph {
        Graph(nodeCount: n, edges: (0..<Swift.max(n - 1, 0)).map { ($0, $0 + 1, 1) })
    }

    static func clique(_ n: Int) -> Graph {
        Graph(nodeCount: n, edges: (0..<n).flatMap { u in (u + 1..<n).map { (u, $0, 2) } })
    }

    @Test func emptyGraph() {
        let graph = Graph(nodeCount: 0, edges: [])
        #expect(graph.degrees().isEmpty && graph.degreeCentrality().isEmpty)
        #expect(graph.betweenness().isEmpty && graph.betweenness(weighted: true, samples: 3).isEmpty)
        #expect(graph.closeness().isEmpty && graph.harmonicCentrality().isEmpty)
        #expect(graph.pagerank().isEmpty && graph.eigenvectorCentrality().isEmpty)
        #expect(graph.constraint().isEmpty && graph.effectiveSize().isEmpty && graph.coreNumbers().isEmpty)
        #expect(graph.connectedComponents().isEmpty && graph.isolates().isEmpty)
        #expect(graph.articulationPoints().isEmpty && graph.bridges().isEmpty)
    }

    @Test func oneNode() {
        let graph = Graph(nodeCount: 1, edges: [])
        #expect(graph.degreeCentrality() == [1])  // networkx's convention for a lone node
        #expect(graph.betweenness() == [0] && graph.betweenness(weighted: true) == [0])
        #expect(graph.closeness() == [0] && graph.harmonicCentrality() == [0])
        #expect(graph.pagerank() == [1] && graph.eigenvectorCentrality() == [1])
        #expect(graph.constraint() == [nil] && graph.effectiveSize() == [nil])
        #expect(graph.coreNumbers() == [0] && graph.connectedComponents() == [[0]] && graph.isolates() == [0])
    }

    @Test func onlyIsolates() {
        let graph = Graph(nodeCount: 3, edges: [])
        #expect(graph.betweenness() == [0, 0, 0] && graph.closeness() == [0, 0, 0])
        expectClose(graph.pagerank(), [1 / 3.0, 1 / 3.0, 1 / 3.0], "pagerank")
        expectClose(graph.eigenvectorCentrality(), [Double](repeating: 1 / 3.0.squareRoot(), count: 3), "eigenvector")
        #expect(graph.constraint() == [nil, nil, nil])
        #expect(graph.connectedComponents() == [[0], [1], [2]] && graph.isolates() == [0, 1, 2])
        #expect(graph.articulationPoints().isEmpty && graph.bridges().isEmpty)
    }

    @Test func twoNodes() {
        let graph = Graph(nodeCount: 2, edges: [(0, 1, 3)])
        #expect(graph.betweenness() == [0, 0] && graph.betweenness(normalized: false) == [0, 0])
        #expect(graph.closeness() == [1, 1] && graph.closeness(weighted: true) == [3, 3])
        #expect(graph.bridges() == [Graph.Edge(u: 0, v: 1, strength: 3)] && graph.articulationPoints().isEmpty)
    }

    @Test func star() {
        let graph = Self.star(leaves: 4)
        // The centre lies on all 6 leaf pairs: normalized 2·6 / (4·3) = 1.
        #expect(graph.betweenness() == [1, 0, 0, 0, 0])
        #expect(graph.betweenness(normalized: false) == [6, 0, 0, 0, 0])
        expectClose(graph.closeness(), [1, 4 / 7.0, 4 / 7.0, 4 / 7.0, 4 / 7.0], "closeness")
        expectClose(graph.harmonicCentrality(), [4, 2.5, 2.5, 2.5, 2.5], "harmonic")
        expectClose(graph.constraint(), [0.25, 1, 1, 1, 1], "constraint")
        expectClose(graph.effectiveSize(), [4, 1, 1, 1, 1], "effective size")
        #expect(graph.coreNumbers() == [1, 1, 1, 1, 1])
        #expect(graph.articulationPoints() == [0])
        #expect(graph.bridges().map { [$0.u, $0.v] } == [[0, 1], [0, 2], [0, 3], [0, 4]])
        let pagerank = graph.pagerank()
        expectClose([pagerank.reduce(0, +)], [1], "pagerank sums to 1")
        #expect(pagerank[0] > pagerank[1] && Set(pagerank.dropFirst()).count == 1)
    }

    @Test func path() {
        let n = 7
        let graph = Self.path(n)
        // Node i lies between i nodes on one side and n - 1 - i on the other.
        let expected = (0..<n).map { Double($0 * (n - 1 - $0)) }
        expectClose(graph.betweenness(normalized: false), expected, "unnormalized")
        expectClose(graph.betweenness(), expected.map { 2 * $0 / Double((n - 1) * (n - 2)) }, "normalized")
        #expect(graph.articulationPoints() == Array(1..<(n - 1)))
        #expect(graph.bridges().count == n - 1)
        #expect(graph.coreNumbers() == [Int](repeating: 1, count: n))
    }

    /// The iterative depth-first search must not recurse: 100,000 nodes in one line.
    @Test func longPath() {
        let n = 100_000
        let graph = Self.path(n)
        #expect(graph.articulationPoints() == Array(1..<(n - 1)))
        let bridges = graph.bridges()
        #expect(bridges.count == n - 1 && bridges.first?.u == 0 && bridges.last?.v == n - 1)
        #expect(graph.connectedComponents() == [Array(0..<n)])
        #expect(graph.coreNumbers().allSatisfy { $0 == 1 })
    }

    @Test func clique() {
        let graph = Self.clique(5)
        #expect(graph.betweenness() == [0, 0, 0, 0, 0] && graph.betweenness(weighted: true) == [0, 0, 0, 0, 0])
        #expect(graph.closeness() == [1, 1, 1, 1, 1] && graph.closeness(weighted: true) == [2, 2, 2, 2, 2])
        // Each of 4 neighbours: (1/4 + 3 · 1/16)² = 49/256.
        expectClose(graph.constraint(), [Double](repeating: 49 / 64.0, count: 5), "constraint")
        expectClose(graph.effectiveSize(), [Double](repeating: 1, count: 5), "effective size")
        expectClose(graph.eigenvectorCentrality(), [Double](repeating: 1 / 5.0.squareRoot(), count: 5), "eigenvector")
        expectClose(graph.pagerank(), [Double](repeating: 0.2, count: 5), "pagerank")
        #expect(graph.coreNumbers() == [4, 4, 4, 4, 4] && graph.articulationPoints().isEmpty && graph.bridges().isEmpty)
    }

    /// A hexagon where 0→3 has two equal paths, plus a weighted path 6-7-8.
    ///
    /// The two paths are 1/3 + 1 + 1 and 1 + 1 + 1/3 (unequal as floating sums). Expected values: networkx 3.6.1
    /// with exact `Fraction(1, strength)` distances.
    @Test func disconnectedWeighted() {
        let graph = Graph(nodeCount: 9, edges: [
            (0, 1, 3), (1, 2, 1), (2, 3, 1), (3, 4, 1), (4, 5, 1), (5, 0, 3), (6, 7, 2), (7, 8, 2),
        ])
        expectClose(graph.betweenness(weighted: true), [6, 5, 3, 2, 3, 5, 0, 2, 0].map { $0 / 56.0 }, "betweenness")
        expectClose(graph.closeness(weighted: true), [
            0.5514705882352942, 0.5514705882352942, 0.44642857142857145, 0.375, 0.44642857142857145,
            0.5514705882352942, 0.3333333333333333, 0.5, 0.3333333333333333,
        ], "closeness")
        expectClose(graph.harmonicCentrality(weighted: true),
                    [111 / 14.0, 33 / 5.0, 77 / 20.0, 24 / 7.0, 77 / 20.0, 33 / 5.0, 3, 4, 3], "harmonic")
        #expect(graph.connectedComponents() == [[0, 1, 2, 3, 4, 5], [6, 7, 8]])
        #expect(graph.articulationPoints() == [7])
        #expect(graph.bridges().map { [$0.u, $0.v] } == [[6, 7], [7, 8]])
    }

    @Test func edgeLengthsAreExactIntegers() {
        let strong = EdgeLengths(Graph(nodeCount: 4, edges: [(0, 1, 1), (1, 2, 2), (2, 3, 3)]))
        #expect(strong.scale == 6 && strong.tolerance == 0)
        #expect(Set(strong.lengths) == [6, 3, 2])
        let half = EdgeLengths(Graph(nodeCount: 3, edges: [(0, 1, 2.5), (1, 2, 3)]))
        #expect(half.scale == 15 && Set(half.lengths) == [6, 5])
        let irrational = EdgeLengths(Graph(nodeCount: 2, edges: [(0, 1, 2.0.squareRoot())]))
        #expect(irrational.scale == 1 && irrational.tolerance == EdgeLengths.fallbackTolerance)
    }

    /// Sampling every node is the exact computation; sampling fewer is deterministic for a seed.
    @Test func sampling() {
        let graph = Self.path(30)
        #expect(graph.betweenness(samples: 30) == graph.betweenness())
        #expect(graph.betweenness(samples: 100) == graph.betweenness())
        #expect(graph.betweenness(samples: 10, seed: 7) == graph.betweenness(samples: 10, seed: 7))
        #expect(graph.closeness(samples: 30) == graph.closeness())
        #expect(graph.harmonicCentrality(weighted: true, samples: 30) == graph.harmonicCentrality(weighted: true))
        let sampled = graph.closeness(samples: 29, seed: 1)  // all but one pivot
        let exact = graph.closeness()
        let left = Set(0..<30).subtracting(graph.samplePivots(29, seed: 1))
        for v in 0..<30 where !left.contains(v) {
            // A pivot sees the 28 other pivots, not the one left out, so it differs; check it stays close.
            #expect(abs(sampled[v] - exact[v]) < 0.2 * exact[v])
        }
        for v in left { expectClose([sampled[v]], [exact[v]], "the node left out sees all others") }
    }
}
