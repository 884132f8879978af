import NetworkMap
import Testing

@Suite struct CommunitiesTests {
    @Test func fixturesLoad() {
        #expect(GroupsFixture.all.count == GroupsFixture.names.count)
    }

    @Test(arguments: GroupsFixture.all)
    func modularityMatchesNetworkx(_ fixture: GroupsFixture) {
        let graph = fixture.graph
        for item in fixture.modularity {
            let q = graph.modularity(of: Partition(membership: item.membership), resolution: item.resolution)
            #expect(abs(q - (item.value ?? 0)) <= 1e-12, "\(item.partition) at resolution \(item.resolution)")
        }
    }

    @Test(arguments: GroupsFixture.all)
    func louvainReachesNetworkxBest(_ fixture: GroupsFixture) {
        let graph = fixture.graph
        let partition = graph.louvainCommunities(seed: 1)
        let q = graph.modularity(of: partition)
        // Ours must be at least the best of networkx's louvain_communities over seeds 0...9.
        #expect(q >= fixture.louvain.max - 1e-12, "ours \(q), networkx max \(fixture.louvain.max)")
        for seed: UInt64 in [2, 3, 99] {
            let other = graph.modularity(of: graph.louvainCommunities(seed: seed))
            #expect(other >= fixture.louvain.max - 1e-12, "seed \(seed): \(other)")
        }
    }

    @Test(arguments: GroupsFixture.all)
    func louvainIsDeterministicAndCanonical(_ fixture: GroupsFixture) {
        let graph = fixture.graph
        let a = graph.louvainCommunities(seed: 7)
        let b = graph.louvainCommunities(seed: 7)
        #expect(a == b)
        #expect(a == Partition(canonicalizing: a.membership))
        let sizes = a.sizes
        #expect(sizes == sizes.sorted(by: >))
        // Isolates are their own communities.
        for v in 0..<graph.nodeCount where graph.degree(of: v) == 0 {
            #expect(a.sizes[a.membership[v]] == 1)
        }
    }

    @Test func canonicalNumbering() {
        let p = Partition(canonicalizing: [5, 5, 2, 9, 2, 2, 9])
        #expect(p.membership == [1, 1, 0, 2, 0, 0, 2])  // ties in size: smallest member first
        #expect(p.count == 3)
        #expect(p.groups == [[2, 4, 5], [0, 1], [3, 6]])
        #expect(Partition(canonicalizing: []).count == 0)
    }

    @Test func edgeCases() {
        let empty = Graph(nodeCount: 0, edges: [])
        #expect(empty.louvainCommunities().membership == [])
        #expect(empty.modularity(of: Partition(membership: [])) == 0)

        let one = Graph(nodeCount: 1, edges: [])
        #expect(one.louvainCommunities().membership == [0])

        let isolates = Graph(nodeCount: 4, edges: [])
        #expect(isolates.louvainCommunities().membership == [0, 1, 2, 3])

        // Two disjoint triangles: each is a community; Q = 2 (3/6 - (6/12)^2) = 0.5.
        let two = Graph(nodeCount: 6, edges: [(0, 1, 1), (1, 2, 1), (0, 2, 1), (3, 4, 1), (4, 5, 1), (3, 5, 1)])
        let p = two.louvainCommunities()
        #expect(p.membership == [0, 0, 0, 1, 1, 1])
        #expect(abs(two.modularity(of: p) - 0.5) < 1e-15)

        // A clique is one community (modularity 0); splitting it only loses.
        let clique = Graph(nodeCount: 5, edges: (0..<5).flatMap { i in (i + 1..<5).map { (i, $0, 1.0) } })
        #expect(clique.louvainCommunities().count == 1)

        // A star: the best partition is the whole star (modularity 0).
        let star = Graph(nodeCount: 6, edges: (1..<6).map { (0, $0, 1.0) })
        #expect(star.louvainCommunities().count == 1)

        // A path of 10: two halves beat everything coarser.
        let path = Graph(nodeCount: 10, edges: (0..<9).map { ($0, $0 + 1, 1.0) })
        let halves = path.louvainCommunities()
        #expect(path.modularity(of: halves) >= path.modularity(of: Partition(membership: [0, 0, 0, 0, 0, 1, 1, 1, 1, 1])) - 1e-12)
    }

    @Test func plantedGroupsAtModerateScale() {
        // 3,000 nodes in 30 planted groups of 100, 9,000 ties, 80 % inside groups (a linear
        // congruential generator keeps it fixed). Louvain must match or beat the planted partition.
        var state: UInt64 = 11
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var edges: [(Int, Int, Double)] = []
        while edges.count < 9_000 {
            let u = next(3_000)
            let v = next(5) > 0 ? (u / 100) * 100 + next(100) : next(3_000)
            edges.append((u, v, Double(1 + next(3))))
        }
        let graph = Graph(nodeCount: 3_000, edges: edges)
        let planted = Partition(membership: (0..<3_000).map { $0 / 100 })
        let found = graph.louvainCommunities(seed: 5, restarts: 2)
        #expect(graph.modularity(of: found) >= graph.modularity(of: planted))
        #expect(found == graph.louvainCommunities(seed: 5, restarts: 2))
    }
}
