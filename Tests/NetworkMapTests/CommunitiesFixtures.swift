import Foundation
import NetworkMap
import Testing

/// A reference graph from `Fixtures/groups/*.json`, written by `make_fixtures.py` with networkx 3.6.1.
struct GroupsFixture: Decodable, Sendable, CustomTestStringConvertible {
    struct ModularityCase: Decodable, Sendable {
        let partition: String
        let resolution: Double
        let membership: [Int]
        let value: Double?
    }
    struct Louvain: Decodable, Sendable {
        let seeds: [Int]
        let values: [Double]
        let max: Double
        let median: Double
    }
    struct Roles: Decodable, Sendable {
        let coordinator, consultant, representative, gatekeeper, liaison: Int
    }
    struct Mixing: Decodable, Sendable {
        struct Pair: Decodable, Sendable { let a, b, ties: Int; let density: Double? }
        struct Group: Decodable, Sendable { let `internal`: Int; let external: Int; let ei: Double? }
        let sizes: [Int]
        let pairs: [Pair]
        let groups: [Group]
        let overall: Double?
    }
    struct Fragmentation: Decodable, Sendable {
        struct Node: Decodable, Sendable { let without: Double; let cutOff: Int }
        let base: Double
        let nodes: [Node]
    }

    let name: String
    let provenance: String
    let nodes: Int
    let names: [String]
    let edges: [[Double]]
    let labels: [Int]
    let modularity: [ModularityCase]
    let louvain: Louvain
    let brokerage: [Roles]
    let mixing: Mixing
    let fragmentation: Fragmentation
    let arcs: [[Int]]?
    let arcBrokerage: [Roles]?

    var testDescription: String { name }

    var graph: Graph {
        Graph(nodeCount: nodes, edges: edges.map { (Int($0[0]), Int($0[1]), $0[2]) })
    }

    static let names = ["karate", "florentine", "lesmis", "disconnected", "planted"]

    static func load(_ name: String) throws -> GroupsFixture {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures/groups")
        else { throw CocoaError(.fileNoSuchFile) }
        return try JSONDecoder().decode(GroupsFixture.self, from: Data(contentsOf: url))
    }

    static let all: [GroupsFixture] = names.compactMap { try? load($0) }
}
