import NetworkMap
import Testing

extension GroupsFixture.Roles {
    var roles: BrokerageRoles {
        BrokerageRoles(coordinator: coordinator, consultant: consultant, representative: representative,
                       gatekeeper: gatekeeper, liaison: liaison)
    }
}

@Suite struct BrokerageTests {
    @Test(arguments: GroupsFixture.all)
    func matchesBruteForceReference(_ fixture: GroupsFixture) {
        let roles = fixture.graph.brokerageRoles(groups: fixture.labels)
        #expect(roles == fixture.brokerage.map(\.roles))
        for r in roles { #expect(r.representative == r.gatekeeper) }
    }

    @Test(arguments: GroupsFixture.all)
    func communitiesAsGroupsMatchArcVersion(_ fixture: GroupsFixture) {
        // The undirected count equals the directed count on both arcs of every edge.
        let graph = fixture.graph
        let groups = graph.louvainCommunities().membership
        let arcs = graph.edges.flatMap { [($0.u, $0.v), ($0.v, $0.u)] }
        #expect(graph.brokerageRoles(groups: groups)
                == Graph.brokerageRoles(nodeCount: graph.nodeCount, arcs: arcs, groups: groups))
    }

    @Test func directedArcsMatchReference() throws {
        let fixture = try GroupsFixture.load("florentine")
        let arcs = try #require(fixture.arcs).map { ($0[0], $0[1]) }
        let expected = try #require(fixture.arcBrokerage).map(\.roles)
        #expect(Graph.brokerageRoles(nodeCount: fixture.nodes, arcs: arcs, groups: fixture.labels) == expected)
    }

    @Test func smallCases() {
        #expect(Graph(nodeCount: 0, edges: []).brokerageRoles(groups: []) == [])
        #expect(Graph(nodeCount: 1, edges: []).brokerageRoles(groups: [0]) == [BrokerageRoles()])
        // Path 0 - 1 - 2, groups A B A: 1 is a consultant, counted in both directions.
        let path = Graph(nodeCount: 3, edges: [(0, 1, 1), (1, 2, 1)])
        #expect(path.brokerageRoles(groups: [0, 1, 0])[1] == BrokerageRoles(consultant: 2))
        #expect(path.brokerageRoles(groups: [0, 0, 1])[1] == BrokerageRoles(representative: 1, gatekeeper: 1))
        #expect(path.brokerageRoles(groups: [0, 1, 2])[1] == BrokerageRoles(liaison: 2))
        // A triangle brokers nothing.
        let triangle = Graph(nodeCount: 3, edges: [(0, 1, 1), (1, 2, 1), (0, 2, 1)])
        #expect(triangle.brokerageRoles(groups: [0, 0, 0]).allSatisfy { $0.total == 0 })
        // Star with 4 leaves, all one group: centre coordinates 4 * 3 ordered pairs.
        let star = Graph(nodeCount: 5, edges: (1..<5).map { (0, $0, 1.0) })
        #expect(star.brokerageRoles(groups: [0, 0, 0, 0, 0])[0] == BrokerageRoles(coordinator: 12))
        // A clique: no open two-paths.
        let clique = Graph(nodeCount: 5, edges: (0..<5).flatMap { i in (i + 1..<5).map { (i, $0, 1.0) } })
        #expect(clique.brokerageRoles(groups: [0, 1, 2, 0, 1]).allSatisfy { $0.total == 0 })
        // Directed: 0 -> 1 -> 2 with 2 -> 0 present still counts (only 0 -> 2 closes it).
        let directed = Graph.brokerageRoles(nodeCount: 3, arcs: [(0, 1), (1, 2), (2, 0), (1, 1), (0, 1)],
                                            groups: [0, 0, 1])
        #expect(directed[1] == BrokerageRoles(representative: 1))
    }
}

@Suite struct BrokerageMixingTests {
    @Test(arguments: GroupsFixture.all)
    func matchesBruteForceReference(_ fixture: GroupsFixture) {
        let mixing = fixture.graph.groupMixing(groups: fixture.labels)
        let reference = fixture.mixing
        #expect(mixing.sizes == reference.sizes)
        #expect(mixing.internalTies == reference.groups.map(\.internal))
        #expect(mixing.externalTies == reference.groups.map(\.external))
        #expect(mixing.eiIndex.count == reference.groups.count)
        for (ours, theirs) in zip(mixing.eiIndex, reference.groups.map(\.ei)) {
            #expect(ours == nil && theirs == nil || abs((ours ?? .nan) - (theirs ?? .nan)) < 1e-12)
        }
        #expect(abs((mixing.overallEIIndex ?? .nan) - (reference.overall ?? .nan)) < 1e-12)
        let all = mixing.allPairs
        #expect(all.map(\.a) == reference.pairs.map(\.a))
        #expect(all.map(\.b) == reference.pairs.map(\.b))
        #expect(all.map(\.ties) == reference.pairs.map(\.ties))
        for (ours, theirs) in zip(all, reference.pairs) {
            #expect(ours.density == theirs.density)
            #expect(mixing.ties(ours.b, ours.a) == theirs.ties)
            #expect(mixing.density(ours.a, ours.b) == theirs.density)
        }
        #expect(mixing.tiedPairs.allSatisfy { $0.ties > 0 })
        #expect(mixing.tiedPairs.count == reference.pairs.filter { $0.ties > 0 }.count)
    }

    @Test func edgeCases() {
        let empty = Graph(nodeCount: 0, edges: []).groupMixing(groups: [])
        #expect(empty.groupCount == 0)
        #expect(empty.overallEIIndex == nil)
        // One node, no ties; an empty second group given by groupCount.
        let one = Graph(nodeCount: 1, edges: []).groupMixing(groups: [0], groupCount: 2)
        #expect(one.sizes == [1, 0])
        #expect(one.eiIndex == [nil, nil])
        #expect(one.allPairs.map(\.density) == [nil, nil, nil])
        // Two cliques of 3 joined by one tie.
        let g = Graph(nodeCount: 6, edges: [(0, 1, 1), (1, 2, 1), (0, 2, 1), (3, 4, 1), (4, 5, 1), (3, 5, 1), (2, 3, 1)])
        let m = g.groupMixing(groups: [0, 0, 0, 1, 1, 1])
        #expect(m.density(0, 0) == 1)
        #expect(m.density(0, 1) == 1.0 / 9)
        #expect(m.eiIndex == [-0.5, -0.5])  // (1 - 3) / 4
        #expect(m.overallEIIndex == (1.0 - 6) / 7)
    }
}
