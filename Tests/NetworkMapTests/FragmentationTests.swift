import NetworkMap
import Testing

/// Deterministic test graphs: a linear congruential generator, so the cases never change.
private struct TestRandom {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }
}

/// Sparse random graphs with trees hanging off, cycles and isolates: many articulation points.
private func randomGraph(_ seed: UInt64) -> Graph {
    var random = TestRandom(state: seed)
    let n = 1 + random.next(40)
    var edges: [(Int, Int, Double)] = []
    for v in 1..<max(n, 1) where random.next(5) > 0 { edges.append((v, random.next(v), 1)) }  // a forest
    for _ in 0..<random.next(n / 2 + 1) { edges.append((random.next(n), random.next(n), 1)) }  // some cycles
    return Graph(nodeCount: n, edges: edges)
}

/// Nodes of `v`'s component, other than `v`, outside the largest piece left after removing `v`.
private func cutOffByRemoval(_ graph: Graph, _ v: Int) -> Int {
    func component(from start: Int, without removed: Int?) -> Set<Int> {
        var seen: Set<Int> = [start], queue = [start]
        while let u = queue.popLast() {
            for w in graph.neighbors(of: u).map({ Int($0) }) where w != removed && !seen.contains(w) {
                seen.insert(w); queue.append(w)
            }
        }
        return seen
    }
    var rest = component(from: v, without: nil).subtracting([v])
    let total = rest.count
    var largest = 0
    while let start = rest.first {
        let piece = component(from: start, without: v)
        largest = max(largest, piece.count)
        rest.subtract(piece)
    }
    return total - largest
}

@Suite struct FragmentationTests {
    @Test(arguments: GroupsFixture.all)
    func matchesNetworkxRemoval(_ fixture: GroupsFixture) {
        let graph = fixture.graph
        #expect(abs(graph.fragmentation() - fixture.fragmentation.base) < 1e-15)
        let impacts = graph.keyPlayerFragmentation()
        #expect(impacts.count == fixture.nodes)
        for (v, (ours, theirs)) in zip(impacts, fixture.fragmentation.nodes).enumerated() {
            #expect(abs(ours.fragmentationWithout - theirs.without) < 1e-15, "node \(v)")
            #expect(abs(ours.increase - (theirs.without - fixture.fragmentation.base)) < 1e-15, "node \(v)")
            #expect(ours.cutOff == theirs.cutOff, "node \(v)")
            #expect(abs(graph.fragmentation(removing: [v]) - theirs.without) < 1e-15, "node \(v)")
        }
    }

    @Test(arguments: 0..<300)
    func linearTimeEqualsNaiveRemoval(_ seed: Int) {
        let graph = randomGraph(UInt64(seed))
        let impacts = graph.keyPlayerFragmentation()
        let base = graph.fragmentation()
        for v in 0..<graph.nodeCount {
            let naive = graph.fragmentation(removing: [v])
            #expect(abs(impacts[v].fragmentationWithout - naive) < 1e-12, "seed \(seed) node \(v)")
            #expect(abs(impacts[v].increase - (naive - base)) < 1e-12)
            #expect(impacts[v].cutOff == cutOffByRemoval(graph, v), "seed \(seed) node \(v)")
        }
    }

    @Test func edgeCases() {
        #expect(Graph(nodeCount: 0, edges: []).fragmentation() == 0)
        #expect(Graph(nodeCount: 0, edges: []).keyPlayerFragmentation() == [])
        let one = Graph(nodeCount: 1, edges: [])
        #expect(one.fragmentation() == 0)
        #expect(one.keyPlayerFragmentation() == [FragmentationImpact(fragmentationWithout: 0, increase: 0, cutOff: 0)])
        // Only isolates: nothing reaches anything.
        let isolates = Graph(nodeCount: 4, edges: [])
        #expect(isolates.fragmentation() == 1)
        #expect(isolates.keyPlayerFragmentation().allSatisfy { $0.fragmentationWithout == 1 && $0.cutOff == 0 })
        // Star: the centre leaves nothing connected; a leaf changes nothing.
        let star = Graph(nodeCount: 6, edges: (1..<6).map { (0, $0, 1.0) })
        let s = star.keyPlayerFragmentation()
        #expect(s[0] == FragmentationImpact(fragmentationWithout: 1, increase: 1, cutOff: 4))
        #expect(s[3] == FragmentationImpact(fragmentationWithout: 0, increase: 0, cutOff: 0))
        // Path of 5: removing the middle leaves 2 + 2, F = 1 - 4/12.
        let path = Graph(nodeCount: 5, edges: (0..<4).map { ($0, $0 + 1, 1.0) })
        let p = path.keyPlayerFragmentation()
        #expect(abs(p[2].fragmentationWithout - (1 - 4.0 / 12)) < 1e-15)
        #expect(p[2].cutOff == 2)
        #expect(p[1].cutOff == 1)
        #expect(p[0].cutOff == 0)
        // Two components (triangle, edge): F = 1 - (6 + 2) / 20.
        let two = Graph(nodeCount: 5, edges: [(0, 1, 1), (1, 2, 1), (0, 2, 1), (3, 4, 1)])
        #expect(abs(two.fragmentation() - 0.6) < 1e-15)
        #expect(abs(two.fragmentation(removing: [3, 4, 4]) - 0) < 1e-15)
        #expect(abs(two.fragmentation(removing: [0]) - (1 - 4.0 / 12)) < 1e-15)
        // Clique: nobody matters alone.
        let clique = Graph(nodeCount: 5, edges: (0..<5).flatMap { i in (i + 1..<5).map { (i, $0, 1.0) } })
        #expect(clique.keyPlayerFragmentation().allSatisfy { $0.fragmentationWithout == 0 && $0.cutOff == 0 })
    }
}
