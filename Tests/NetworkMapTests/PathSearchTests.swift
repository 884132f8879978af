import Foundation
import Testing

@testable import NetworkMap

/// The faster path searches (flat kernels, pendant pieces and twins borrowing searches, 64 sources per pass)
/// against the plain algorithm kept as the reference: the same bits, on graphs where each technique matters.
///
/// The values themselves are checked against networkx in `MeasuresNetworkxTests` (which runs the default,
/// faster searches on every fixture, including `pendant`, made for these techniques).
@Suite("Path searches: faster and folded, bit for bit the plain ones")
struct PathSearchTests {
    /// Graphs where the techniques matter, each with its reason.
    static let graphs: [String: Graph] = {
        var result: [String: Graph] = [:]
        func graph(_ n: Int, _ edges: [(Int, Int, Double)]) -> Graph { Graph(nodeCount: n, edges: edges) }
        // Many leaves on one hub, none elsewhere: every leaf borrows the hub's search.
        var star: [(Int, Int, Double)] = []
        for v in 1..<9 { star.append((0, v, Double(1 + v % 3))) }
        result["star"] = graph(9, star)
        // A tree: everything but one edge is a pendant piece.
        var path: [(Int, Int, Double)] = []
        for v in 0..<11 { path.append((v, v + 1, Double(1 + v % 2))) }
        result["path"] = graph(12, path)
        var caterpillar: [(Int, Int, Double)] = []
        for v in 0..<9 { caterpillar.append((v, v + 1, 1)) }
        for v in 10..<30 { caterpillar.append((v % 10, v, Double(1 + v % 3))) }
        result["caterpillar"] = graph(30, caterpillar)
        // Triangles in a chain: every shared corner is an articulation point, pieces within pieces.
        var triangles: [(Int, Int, Double)] = []
        for k in 0..<10 {
            triangles.append((2 * k, 2 * k + 1, 1))
            triangles.append((2 * k + 1, 2 * k + 2, 2))
            triangles.append((2 * k, 2 * k + 2, Double(1 + k % 3)))
        }
        result["triangles"] = graph(21, triangles)
        // Twins: K(2, 6), the six alike and the two alike, with equal lengths; and a clique of true twins.
        var bipartite: [(Int, Int, Double)] = []
        for v in 2..<8 {
            bipartite.append((0, v, 2))
            bipartite.append((1, v, 2))
        }
        result["bipartite"] = graph(8, bipartite)
        var clique: [(Int, Int, Double)] = []
        for a in 0..<6 {
            for b in (a + 1)..<6 { clique.append((a, b, 1)) }
        }
        result["clique"] = graph(6, clique)
        // Equal-length alternatives: strength 2 gives length 3, strength 1 length 6 = 3 + 3.
        var ladder: [(Int, Int, Double)] = []
        for k in 0..<8 {
            ladder.append((2 * k, 2 * k + 2, 1))
            ladder.append((2 * k, 2 * k + 1, 2))
            ladder.append((2 * k + 1, 2 * k + 2, 2))
        }
        ladder += [(16, 17, 1), (16, 18, 2), (3, 19, 3)]
        result["ladder"] = graph(20, ladder)
        // A random core with leaves, short chains and small groups on its edge, plus a detached tree.
        var random = SplitMix64(seed: 11)
        var edges: [(Int, Int, Double)] = []
        for _ in 0..<120 {
            let a = random.next(below: 40), b = random.next(below: 40)
            edges.append((a, b, Double(1 + random.next(below: 3))))
        }
        var next = 40
        while next < 70 {
            let a = random.next(below: 40)
            switch random.next(below: 3) {
            case 0: edges.append((a, next, 1)); next += 1
            case 1: edges += [(a, next, 2), (next, next + 1, 2)]; next += 2
            default: edges += [(a, next, 2), (a, next + 1, 2), (next, next + 1, 1)]; next += 2
            }
        }
        edges += [(70, 71, 1), (71, 72, 2), (71, 73, 3), (73, 74, 1)]
        result["leafy"] = graph(76, edges)
        result["diamonds"] = diamonds(60, strength: 2)
        return result
    }()

    static let names = graphs.keys.sorted() + ["pendant", "karate", "disconnected"]

    /// `count` diamonds in a row: 2^count shortest paths end to end, beyond 2^53 from 54 on, where the
    /// order of adding path counts starts to matter.
    static func diamonds(_ count: Int, strength: Double) -> Graph {
        var edges: [(Int, Int, Double)] = []
        for k in 0..<count {
            let left = 3 * k, top = 3 * k + 1, bottom = 3 * k + 2, right = 3 * k + 3
            edges += [(left, top, strength), (left, bottom, strength), (top, right, strength), (bottom, right, strength)]
        }
        return Graph(nodeCount: 3 * count + 1, edges: edges)
    }

    static func graph(_ name: String) throws -> Graph {
        if let graph = graphs[name] { return graph }
        return try NetworkxFixture.load(name).graph
    }

    static func bits(_ values: [Double]) -> [UInt64] { values.map(\.bitPattern) }

    @Test(arguments: names)
    func betweennessIsThePlainOne(_ name: String) throws {
        let graph = try Self.graph(name)
        for weighted in [false, true] {
            for normalized in [true, false] {
                for samples in [nil, 3, graph.nodeCount / 2] as [Int?] {
                    let fast = graph.betweenness(weighted: weighted, normalized: normalized, samples: samples, seed: 5)
                    let plain = graph.betweenness(weighted: weighted, normalized: normalized, samples: samples, seed: 5,
                                                  algorithm: .plain)
                    #expect(Self.bits(fast) == Self.bits(plain), "\(name) weighted \(weighted) normalized \(normalized) k \(samples ?? 0)")
                }
            }
        }
    }

    @Test(arguments: names)
    func closenessAndHarmonicAreThePlainOnes(_ name: String) throws {
        let graph = try Self.graph(name)
        for samples in [nil, 4, graph.nodeCount / 2] as [Int?] {
            let fused = graph.betweennessAndCloseness(samples: samples, seed: 3)
            let plain = graph.betweennessAndCloseness(samples: samples, seed: 3, algorithm: .plain)
            #expect(Self.bits(fused.betweenness) == Self.bits(plain.betweenness), "\(name) fused betweenness k \(samples ?? 0)")
            #expect(Self.bits(fused.closeness) == Self.bits(plain.closeness), "\(name) fused closeness k \(samples ?? 0)")
            #expect(Self.bits(fused.harmonic) == Self.bits(plain.harmonic), "\(name) fused harmonic k \(samples ?? 0)")
            for weighted in [false, true] {
                // Unweighted: 64 sources per pass over bit sets; weighted: Dial's buckets.
                let closeness = graph.closeness(weighted: weighted, samples: samples, seed: 3)
                let harmonic = graph.harmonicCentrality(weighted: weighted, samples: samples, seed: 3)
                #expect(Self.bits(closeness) == Self.bits(graph.closeness(weighted: weighted, samples: samples, seed: 3,
                                                                          algorithm: .plain)), "\(name) closeness")
                #expect(Self.bits(harmonic) == Self.bits(graph.harmonicCentrality(weighted: weighted, samples: samples,
                                                                                  seed: 3, algorithm: .plain)), "\(name) harmonic")
                #expect(Self.bits(closeness) == Self.bits(weighted ? graph.closeness(weighted: true, samples: samples, seed: 3)
                                                          : fused.closeness), "\(name) closeness alone = fused")
            }
        }
    }

    /// Equal lengths: one search per source serves both betweenness measures, bit for bit the two passes.
    @Test func sharedPassIsTheTwoPasses() throws {
        var ring: [(Int, Int, Double)] = []
        for v in 0..<90 { ring.append((v, (v + 1) % 90, 2)); ring.append((v, (v * 11 + 5) % 90, 2)) }
        let karate = try NetworkxFixture.load("karate").graph
        let uniformKarate = Graph(nodeCount: karate.nodeCount, edges: karate.edges.map { ($0.u, $0.v, 1) })
        let graphs = ["ring": Graph(nodeCount: 92, edges: ring), "karate": uniformKarate,
                      "diamonds": Self.diamonds(60, strength: 1), "pendant": try NetworkxFixture.load("pendant").graph]
        for (name, graph) in graphs {
            for samples in [nil, 7] as [Int?] {
                let paths = graph.betweennessAndCloseness(samples: samples, seed: 2)
                let weighted = graph.betweenness(weighted: true, samples: samples, seed: 2)
                let equal = graph.edges.allSatisfy { $0.strength == graph.edges.first?.strength }
                let shared = graph.sharedPathMeasures(samples: samples, seed: 2, parallel: true, unlessFoldingSavesMore: false)
                #expect((shared != nil) == equal, "\(name): shared pass only for equal lengths")
                if let shared {
                    #expect(Self.bits(shared.betweenness) == Self.bits(paths.betweenness), "\(name) k \(samples ?? 0)")
                    #expect(Self.bits(shared.weightedBetweenness) == Self.bits(weighted), "\(name) weighted k \(samples ?? 0)")
                    #expect(Self.bits(shared.closeness) == Self.bits(paths.closeness), "\(name) closeness")
                    #expect(Self.bits(shared.harmonic) == Self.bits(paths.harmonic), "\(name) harmonic")
                }
                let all = graph.pathMeasures(samples: samples, seed: 2)
                #expect(Self.bits(all.betweenness) == Self.bits(paths.betweenness), "\(name)")
                #expect(Self.bits(all.weightedBetweenness) == Self.bits(weighted), "\(name) weighted")
                #expect(Self.bits(all.closeness) == Self.bits(paths.closeness), "\(name) closeness")
            }
        }
    }

    /// More than 64 sources, so that the multi-source search runs several batches, one of them partial.
    @Test func multiSourceBatchesAreThePlainSearches() {
        var edges: [(Int, Int, Double)] = []
        for v in 0..<150 { edges.append((v, (v + 1) % 150, 1)); edges.append((v, (v * 7 + 3) % 150, 1)) }
        edges.append((150, 151, 1))  // a detached pair
        let graph = Graph(nodeCount: 153, edges: edges)  // and an isolate
        for samples in [nil, 70, 130] as [Int?] {
            #expect(Self.bits(graph.closeness(samples: samples, seed: 9))
                    == Self.bits(graph.closeness(samples: samples, seed: 9, algorithm: .plain)))
            #expect(Self.bits(graph.harmonicCentrality(samples: samples, seed: 9))
                    == Self.bits(graph.harmonicCentrality(samples: samples, seed: 9, algorithm: .plain)))
        }
    }

    /// The plan's pieces against networkx's biconnected components, and its twins against equal neighbourhoods.
    @Test func foldingPlanMatchesNetworkx() throws {
        struct Reference: Decodable {
            struct Folding: Decodable {
                let attachment: [Int?]
                let twins: [[Int]]
            }
            let folding: Folding
        }
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let url = folder.appendingPathComponent("networkx").appendingPathComponent("pendant.json")
        let reference = try JSONDecoder().decode(Reference.self, from: Data(contentsOf: url)).folding
        let graph = try NetworkxFixture.load("pendant").graph
        let plan = FoldingPlan(graph, lengths: nil)
        for (v, expected) in reference.attachment.enumerated() {
            guard let expected else { continue }  // several largest blocks: the choice is the implementation's
            let attachment = plan.piece[v] < 0 ? -1 : Int(plan.pieceAttachment[Int(plan.piece[v])])
            #expect(attachment == expected, "node \(v)")
        }
        let twins = (0..<graph.nodeCount).compactMap { v in plan.twinOf[v] >= 0 ? [Int(plan.twinOf[v]), v] : nil }
        #expect(twins == reference.twins)
        // Weighted searches need equal lengths too: the fixture gives the twins' ties equal strengths.
        let weightedPlan = FoldingPlan(graph, lengths: EdgeLengths(graph).lengths.map { Int32($0) })
        #expect(weightedPlan.twinOf == plan.twinOf)
    }

    /// Sources really borrow (and fall back where the bits would differ), not just search in full.
    @Test func sourcesBorrowWhereTheyMay() throws {
        let graph = try NetworkxFixture.load("pendant").graph
        for weighted in [false, true] {
            let counts = graph.brandes(weighted: weighted, normalized: true, samples: nil, seed: 1, parallel: false,
                                       pathSums: true).folding
            // 25 nodes in pieces and 2 twins. By hops, the piece's far end reaches its attachment by three
            // paths and searches in full; with lengths one of them is shorter.
            #expect(counts.borrowed >= 20, "weighted \(weighted): \(counts)")
            if !weighted { #expect(counts.fellBack >= 1, "\(counts)") }
        }
        // Equal neighbours but different lengths to them: twins for hops, not for weighted paths.
        let unequal = Graph(nodeCount: 4, edges: [(0, 2, 1), (1, 2, 2), (0, 3, 1), (1, 3, 1)])
        #expect(FoldingPlan(unequal, lengths: nil).twinOf[1] == 0)
        #expect(FoldingPlan(unequal, lengths: EdgeLengths(unequal).lengths.map { Int32($0) }).twinOf[1] == -1)
    }

    /// Empty, single node, a pair, a star, a path: values as networkx's formulas give them, and the plain ones.
    @Test func edgeCases() {
        let empty = Graph(nodeCount: 0, edges: [])
        #expect(empty.betweenness().isEmpty)
        #expect(empty.closeness().isEmpty)
        #expect(empty.betweennessAndCloseness().harmonic.isEmpty)
        let one = Graph(nodeCount: 1, edges: [])
        #expect(one.betweenness() == [0])
        #expect(one.closeness() == [0])
        #expect(one.harmonicCentrality() == [0])
        let pair = Graph(nodeCount: 2, edges: [(0, 1, 1)])
        #expect(pair.betweenness(weighted: true) == [0, 0])
        #expect(pair.closeness() == [1, 1])
        // Star of four leaves: the centre lies on all 4·3 ordered leaf pairs, (n-1)(n-2) = 12.
        let star = Graph(nodeCount: 5, edges: (1..<5).map { (0, $0, 1) })
        #expect(star.betweenness() == [1, 0, 0, 0, 0])
        #expect(star.betweenness(normalized: false) == [6, 0, 0, 0, 0])
        #expect(star.harmonicCentrality() == [4, 2.5, 2.5, 2.5, 2.5])
        #expect(star.closeness()[1] == 4.0 / 7.0)
        // Path a – b – c – d: b and c on 4 of the (n-1)(n-2) = 6 ordered pairs each.
        let path = Graph(nodeCount: 4, edges: [(0, 1, 1), (1, 2, 2), (2, 3, 3)])
        for graph in [star, path] {
            for weighted in [false, true] {
                #expect(Self.bits(graph.betweenness(weighted: weighted))
                        == Self.bits(graph.betweenness(weighted: weighted, algorithm: .plain)))
            }
        }
        let b = path.betweenness()
        #expect(abs(b[1] - 2.0 / 3.0) < 1e-15 && abs(b[2] - 2.0 / 3.0) < 1e-15 && b[0] == 0 && b[3] == 0)
    }
}
