import Foundation
import Testing

@testable import NetworkMap

/// Reference values from networkx 3.6.1 (see Fixtures/networkx/make_fixtures.py and each file's provenance).
struct NetworkxFixture: Decodable {
    struct Measures: Decodable {
        let degree: [Int]
        let degreeCentrality: [Double]
        let betweenness: [Double]
        let betweennessUnnormalized: [Double]
        let weightedBetweenness: [Double]
        let weightedBetweennessUnnormalized: [Double]
        let closeness: [Double]
        let weightedCloseness: [Double]
        let harmonic: [Double]
        let weightedHarmonic: [Double]
        let pagerank: [Double]
        let eigenvector: [Double]?
        let constraint: [Double?]
        let effectiveSize: [Double?]
        let coreNumber: [Int]
        let components: [[Int]]
        let isolates: [Int]
        let articulationPoints: [Int]
        let bridges: [[Int]]
    }
    struct Sample: Decodable {
        let samples: Int
        let seed: UInt64
        let pivots: [Int]
        let betweenness: [Double?]
        let weightedBetweenness: [Double?]
        let betweennessUnnormalized: [Double?]
    }
    let name: String
    let labels: [String]
    let edges: [[Double]]
    let measures: Measures
    let sampled: [Sample]

    static let names = ["karate", "florentine", "lesmis", "disconnected", "gnm300", "muehlenviertel", "pendant"]

    static func load(_ name: String) throws -> NetworkxFixture {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let url = folder.appendingPathComponent("networkx").appendingPathComponent("\(name).json")
        return try JSONDecoder().decode(NetworkxFixture.self, from: Data(contentsOf: url))
    }

    var graph: Graph {
        Graph(nodeCount: labels.count, edges: edges.map { (Int($0[0]), Int($0[1]), $0[2]) })
    }
}

/// Expects equal lengths and every value within `relative` (plus a tiny absolute slack near 0); nil ↔ NaN.
func expectClose(
    _ actual: [Double], _ expected: [Double?], relative: Double = 1e-9, absolute: Double = 1e-12,
    _ label: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    #expect(actual.count == expected.count, "\(label): count", sourceLocation: sourceLocation)
    for (i, (a, e)) in zip(actual, expected).enumerated() {
        guard let e else {
            #expect(a.isNaN, "\(label)[\(i)]: expected undefined, got \(a)", sourceLocation: sourceLocation)
            continue
        }
        let ok = abs(a - e) <= Swift.max(relative * Swift.max(abs(a), abs(e)), absolute)
        #expect(ok, "\(label)[\(i)]: \(a) vs networkx \(e)", sourceLocation: sourceLocation)
    }
}

func expectClose(
    _ actual: [Double?], _ expected: [Double?], _ label: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    let values: [Double] = actual.map { $0 ?? .nan }
    expectClose(values, expected, relative: 1e-9, absolute: 1e-12, label, sourceLocation: sourceLocation)
}

@Suite("Measures against networkx")
struct MeasuresNetworkxTests {
    @Test(arguments: NetworkxFixture.names)
    func degreeAndCores(_ name: String) throws {
        let fixture = try NetworkxFixture.load(name)
        let graph = fixture.graph
        #expect(graph.degrees() == fixture.measures.degree)
        expectClose(graph.degreeCentrality(), fixture.measures.degreeCentrality, "degreeCentrality")
        #expect(graph.coreNumbers() == fixture.measures.coreNumber)
    }

    @Test(arguments: NetworkxFixture.names)
    func betweenness(_ name: String) throws {
        let fixture = try NetworkxFixture.load(name)
        let graph = fixture.graph
        let m = fixture.measures
        expectClose(graph.betweenness(), m.betweenness, "betweenness")
        expectClose(graph.betweenness(normalized: false), m.betweennessUnnormalized, "unnormalized")
        expectClose(graph.betweenness(weighted: true), m.weightedBetweenness, "weighted")
        expectClose(graph.betweenness(weighted: true, normalized: false), m.weightedBetweennessUnnormalized,
                    "weighted unnormalized")
    }

    @Test(arguments: NetworkxFixture.names)
    func sampledBetweenness(_ name: String) throws {
        let fixture = try NetworkxFixture.load(name)
        let graph = fixture.graph
        for sample in fixture.sampled {
            #expect(graph.samplePivots(sample.samples, seed: sample.seed) == sample.pivots)
            let k = sample.samples, seed = sample.seed
            expectClose(graph.betweenness(samples: k, seed: seed), sample.betweenness, "sampled k=\(k)")
            expectClose(graph.betweenness(weighted: true, samples: k, seed: seed), sample.weightedBetweenness,
                        "sampled weighted k=\(k)")
            expectClose(graph.betweenness(normalized: false, samples: k, seed: seed), sample.betweennessUnnormalized,
                        "sampled unnormalized k=\(k)")
        }
    }

    @Test(arguments: NetworkxFixture.names)
    func closenessAndHarmonic(_ name: String) throws {
        let fixture = try NetworkxFixture.load(name)
        let graph = fixture.graph
        let m = fixture.measures
        expectClose(graph.closeness(), m.closeness, "closeness")
        expectClose(graph.closeness(weighted: true), m.weightedCloseness, "weighted closeness")
        expectClose(graph.harmonicCentrality(), m.harmonic, "harmonic")
        expectClose(graph.harmonicCentrality(weighted: true), m.weightedHarmonic, "weighted harmonic")
    }

    /// networkx ran with tol=1e-12, we converge to 1e-13: both are within ~1e-11 of the fixed point.
    @Test(arguments: NetworkxFixture.names)
    func pagerankAndEigenvector(_ name: String) throws {
        let fixture = try NetworkxFixture.load(name)
        let graph = fixture.graph
        expectClose(graph.pagerank(), fixture.measures.pagerank, relative: 1e-9, absolute: 1e-10, "pagerank")
        let eigenvector = try #require(fixture.measures.eigenvector)
        expectClose(graph.eigenvectorCentrality(), eigenvector, relative: 1e-9, absolute: 1e-9, "eigenvector")
    }

    @Test(arguments: NetworkxFixture.names)
    func structuralHoles(_ name: String) throws {
        let fixture = try NetworkxFixture.load(name)
        let graph = fixture.graph
        expectClose(graph.constraint(), fixture.measures.constraint, "constraint")
        expectClose(graph.effectiveSize(), fixture.measures.effectiveSize, "effectiveSize")
    }

    @Test(arguments: NetworkxFixture.names)
    func components(_ name: String) throws {
        let fixture = try NetworkxFixture.load(name)
        let graph = fixture.graph
        let m = fixture.measures
        #expect(graph.connectedComponents() == m.components)
        #expect(graph.isolates() == m.isolates)
        #expect(graph.articulationPoints() == m.articulationPoints)
        #expect(graph.bridges().map { [$0.u, $0.v] } == m.bridges)
    }

    /// The parallel sum over sources is defined to be bit-identical to the serial one.
    @Test(arguments: NetworkxFixture.names)
    func parallelEqualsSerial(_ name: String) throws {
        let graph = try NetworkxFixture.load(name).graph
        for weighted in [false, true] {
            for samples in [nil, 7] as [Int?] {
                let serial = graph.betweenness(
                    weighted: weighted, normalized: true, samples: samples, seed: 42, parallel: false)
                let parallel = graph.betweenness(
                    weighted: weighted, normalized: true, samples: samples, seed: 42, parallel: true)
                #expect(serial.map(\.bitPattern) == parallel.map(\.bitPattern))
                let serialSums = graph.pathSums(weighted: weighted, samples: samples, seed: 42, parallel: false)
                let parallelSums = graph.pathSums(weighted: weighted, samples: samples, seed: 42, parallel: true)
                #expect(serialSums.closeness.map(\.bitPattern) == parallelSums.closeness.map(\.bitPattern))
                #expect(serialSums.harmonic.map(\.bitPattern) == parallelSums.harmonic.map(\.bitPattern))
            }
        }
    }
}

/// PageRank and eigenvector centrality on a graph large enough for the products to run on all cores
/// (`RowBlocks.parallelThreshold`), against networkx (Fixtures/networkx/iterative5000.json, written by
/// `make_fixtures.py iterative`).
@Suite("Iterative measures on all cores against networkx")
struct IterativeMeasuresNetworkxTests {
    struct Fixture: Decodable {
        let nodeCount: Int
        let edges: [Double]
        let pagerank: [Double]
        let eigenvector: [Double]
    }

    @Test func pagerankAndEigenvectorOf5000Nodes() throws {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let url = folder.appendingPathComponent("networkx/iterative5000.json")
        let fixture = try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
        #expect(fixture.nodeCount >= RowBlocks.parallelThreshold)
        let triples = stride(from: 0, to: fixture.edges.count, by: 3).map {
            (Int(fixture.edges[$0]), Int(fixture.edges[$0 + 1]), fixture.edges[$0 + 2])
        }
        let graph = Graph(nodeCount: fixture.nodeCount, edges: triples)
        expectClose(graph.pagerank(), fixture.pagerank, relative: 1e-9, absolute: 1e-10, "pagerank")
        expectClose(graph.eigenvectorCentrality(), fixture.eigenvector, relative: 1e-9, absolute: 1e-9, "eigenvector")
        // Same input, same bits, however the blocks were shared out.
        #expect(graph.pagerank().map(\.bitPattern) == graph.pagerank().map(\.bitPattern))
        #expect(graph.eigenvectorCentrality().map(\.bitPattern) == graph.eigenvectorCentrality().map(\.bitPattern))
    }
}
