import Dispatch

/// A division of the nodes `0..<membership.count` into groups `0..<count`.
///
/// Used for communities found by ``Graph/louvainCommunities(seed:resolution:restarts:)`` and for any
/// labelling (actor type, sub-area) that the group measures take.
public struct Partition: Sendable, Hashable {
    /// The group of each node, in `0..<count`.
    public let membership: [Int]
    /// Number of groups (some may be empty when built from arbitrary labels).
    public let count: Int

    /// A partition with the labels as given; `count` is the largest label + 1.
    public init(membership: [Int]) {
        precondition(membership.allSatisfy { $0 >= 0 }, "group labels must be non-negative")
        self.membership = membership
        self.count = (membership.max() ?? -1) + 1
    }

    /// The same grouping, renumbered canonically: by size descending, then by smallest member.
    ///
    /// Two labellings that group the nodes alike give equal canonical partitions.
    ///
    /// - Complexity: O(n log n).
    public init(canonicalizing labels: [Int]) {
        precondition(labels.allSatisfy { $0 >= 0 }, "group labels must be non-negative")
        let k = (labels.max() ?? -1) + 1
        var size = [Int](repeating: 0, count: k)
        var first = [Int](repeating: Int.max, count: k)
        for (v, c) in labels.enumerated() {
            size[c] += 1
            if first[c] == Int.max { first[c] = v }
        }
        let used = (0..<k).filter { size[$0] > 0 }
            .sorted { (size[$0], first[$1]) > (size[$1], first[$0]) }
        var newLabel = [Int](repeating: 0, count: k)
        for (i, c) in used.enumerated() { newLabel[c] = i }
        self.membership = labels.map { newLabel[$0] }
        self.count = used.count
    }

    /// The members of each group, ascending.
    public var groups: [[Int]] {
        var result = [[Int]](repeating: [], count: count)
        for (v, c) in membership.enumerated() { result[c].append(v) }
        return result
    }

    /// Number of members of each group.
    public var sizes: [Int] {
        var result = [Int](repeating: 0, count: count)
        for c in membership { result[c] += 1 }
        return result
    }
}

extension Graph {
    /// Newman's modularity of a partition, ties weighted by strength.
    ///
    /// Q = Σ_c [ L_c / m − γ (d_c / 2m)² ], where m is the total strength of all edges, L_c the
    /// strength of edges inside group c and d_c the summed strength of its nodes (Newman 2006;
    /// Reichardt & Bornholdt 2006 for the resolution γ). Newman, "Modularity and community structure in
    /// networks", PNAS 103(23), 2006 (doi:10.1073/pnas.0601602103); Reichardt & Bornholdt, "Statistical
    /// mechanics of community detection", Phys. Rev. E 74, 016110, 2006 (doi:10.1103/PhysRevE.74.016110).
    /// Same as networkx `community.modularity(G, parts, weight="weight", resolution=γ)`, except that a
    /// graph without edges has modularity 0 here (networkx divides by zero).
    ///
    /// Worked example, two triangles joined by one tie (all strengths 1, m = 7), split into the two
    /// triangles: each has L_c = 3 and d_c = 2 + 2 + 3 = 7, so Q = 2 · (3/7 − (7/14)²) = 5/14 ≈ 0.357;
    /// all six in one group give Q = 7/7 − 1 = 0.
    ///
    /// - Complexity: O(|V| + |E|).
    public func modularity(of partition: Partition, resolution: Double = 1) -> Double {
        precondition(partition.membership.count == nodeCount, "partition must cover every node")
        let membership = partition.membership
        var inside = [Double](repeating: 0, count: partition.count)
        var total = [Double](repeating: 0, count: partition.count)
        var twiceM = 0.0
        for e in edges {
            let cu = membership[e.u], cv = membership[e.v]
            total[cu] += e.strength
            total[cv] += e.strength
            twiceM += 2 * e.strength
            if cu == cv { inside[cu] += e.strength }
        }
        guard twiceM > 0 else { return 0 }
        let m = twiceM / 2
        var q = 0.0
        for c in 0..<partition.count {
            q += inside[c] / m - resolution * total[c] * total[c] / (twiceM * twiceM)
        }
        return q
    }

    /// Communities by the Louvain method, ties weighted by strength; deterministic for a seed.
    ///
    /// Blondel, Guillaume, Lambiotte & Lefebvre (2008), "Fast unfolding of communities in large
    /// networks", J. Stat. Mech. P10008 (doi:10.1088/1742-5468/2008/10/P10008): nodes move, in a seeded
    /// random order, to the neighbouring
    /// community with the largest modularity gain until none gains; communities then become the
    /// nodes of a smaller graph, and so on. Two additions lift the result above a single run (as in
    /// networkx `louvain_communities`): each run is repeated from its own result (nodes may move
    /// again individually, then the levels merge anew; Rotta & Noack, "Multilevel local search
    /// algorithms for modularity clustering", ACM J. Exp. Algorithmics 16, 2011,
    /// doi:10.1145/1963190.1970376) until modularity stops rising, and `restarts` runs with different
    /// seeds keep the best.
    ///
    /// After the first sweep of a level, only nodes whose neighbourhood changed are visited again
    /// (Leiden's fast local moving; Traag, Waltman & van Eck, "From Louvain to Leiden: guaranteeing
    /// well-connected communities", Sci. Rep. 9, 5233, 2019, doi:10.1038/s41598-019-41695-z); Leiden's
    /// refinement phase is not implemented. Isolates stay communities of their own. Communities are
    /// numbered by size, largest first, then by smallest member. `restarts` defaults to 8 up to 20,000
    /// edges and 2 above; they run side by side on all cores, each from its own seed, and the first best
    /// in restart order is kept, so the result does not depend on the number of cores.
    ///
    /// Why fewer restarts on large networks: a large network's modularity is a sum over many communities,
    /// so seeds differ less. On the benchmark's city networks (`make bench`), restarts 3 to 8 found
    /// nothing better at 10,000 actors and 30,000 edges (modularity 0.8236 with 2 restarts and with 8) and
    /// 0.0002 more at 100,000 actors, for four times the work; a quarter's few hundred actors take
    /// milliseconds for all eight. Two restarts on two cores take the time of one.
    ///
    /// Worked example: on two triangles joined by one tie, every run ends with the two triangles, the
    /// partition of the largest modularity (5/14, see `modularity(of:resolution:)`).
    ///
    /// - Complexity: about O(|E|) per level and run in practice (100,000 nodes and 300,000 edges: 8 runs
    ///   of 3 levels, about 0.5 s of CPU in release), times `restarts`.
    public func louvainCommunities(seed: UInt64 = 1, resolution: Double = 1, restarts: Int? = nil) -> Partition {
        let runs = max(1, restarts ?? (edgeCount <= 20_000 ? 8 : 2))
        let base = LouvainLevel(self)
        var seeds = SplitMix64(seed: seed)
        let runSeeds = (0..<runs).map { _ in seeds.next() }
        let graph = self
        // Restarts are independent (each from its own seed): run them side by side, then keep the first best
        // in restart order, as one after the other would.
        let results = RestartSlots(count: runs)
        DispatchQueue.concurrentPerform(iterations: runs) { r in
            var random = SplitMix64(seed: runSeeds[r])
            var current = base.run(resolution: resolution, initial: nil, random: &random)
            var quality = graph.modularity(of: current, resolution: resolution)
            for _ in 0..<50 {
                let again = base.run(resolution: resolution, initial: current, random: &random)
                let q = graph.modularity(of: again, resolution: resolution)
                guard q > quality + 1e-13 else { break }
                current = again
                quality = q
            }
            results.store((current, quality), at: r)
        }
        var best: [Int32] = []
        var bestQuality = -Double.infinity
        for r in 0..<runs {
            let (current, quality) = results.value(at: r)
            if quality > bestQuality + 1e-13 {
                best = current
                bestQuality = quality
            }
        }
        return Partition(canonicalizing: best.map { Int($0) })
    }

    /// `modularity(of:resolution:)` of labels `0..<k`, with the same additions in the same order.
    fileprivate func modularity(of membership: [Int32], resolution: Double) -> Double {
        let count = Int(membership.max() ?? -1) + 1
        var inside = [Double](repeating: 0, count: count)
        var total = [Double](repeating: 0, count: count)
        var twiceM = 0.0
        membership.withUnsafeBufferPointer { label in
        edges.withUnsafeBufferPointer { edges in
        inside.withUnsafeMutableBufferPointer { inside in
        total.withUnsafeMutableBufferPointer { total in
            for e in edges {
                let cu = Int(label[e.u]), cv = Int(label[e.v])
                total[cu] += e.strength
                total[cv] += e.strength
                twiceM += 2 * e.strength
                if cu == cv { inside[cu] += e.strength }
            }
        } } } }
        guard twiceM > 0 else { return 0 }
        let m = twiceM / 2
        var q = 0.0
        for c in 0..<count {
            q += inside[c] / m - resolution * total[c] * total[c] / (twiceM * twiceM)
        }
        return q
    }
}

/// One result slot per restart, written by exactly one worker each and read after all have finished.
///
/// `@unchecked Sendable` because the compiler cannot see that the workers write disjoint slots (of raw
/// storage, not of an `Array`, whose writes from several threads would race on its buffer) and that
/// `concurrentPerform` returns only when all are done.
private final class RestartSlots: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<([Int32], Double)>
    private let count: Int

    init(count: Int) {
        self.count = count
        storage = .allocate(capacity: count)
        storage.initialize(repeating: ([], -Double.infinity), count: count)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    func store(_ value: ([Int32], Double), at index: Int) { storage[index] = value }
    func value(at index: Int) -> ([Int32], Double) { storage[index] }
}

/// One level of the Louvain hierarchy: a weighted graph in flat arrays, self-loops kept apart.
///
/// A node's strength counts its self-loop twice, so the total strength 2m is the same on every level.
private struct LouvainLevel {
    var nodeCount: Int
    var offsets: [Int]
    var neighbors: [Int32]
    var weights: [Double]
    var selfLoops: [Double]
    var strengths: [Double]
    var twiceM: Double

    init(_ graph: Graph) {
        nodeCount = graph.nodeCount
        offsets = graph.offsets
        neighbors = graph.neighbors
        weights = graph.strengths
        selfLoops = [Double](repeating: 0, count: graph.nodeCount)
        strengths = (0..<graph.nodeCount).map { v in
            var s = 0.0
            for i in graph.offsets[v]..<graph.offsets[v + 1] { s += graph.strengths[i] }
            return s
        }
        twiceM = strengths.reduce(0, +)
    }

    init(nodeCount: Int, offsets: [Int], neighbors: [Int32], weights: [Double], selfLoops: [Double],
         strengths: [Double], twiceM: Double) {
        self.nodeCount = nodeCount; self.offsets = offsets; self.neighbors = neighbors; self.weights = weights
        self.selfLoops = selfLoops; self.strengths = strengths; self.twiceM = twiceM
    }

    /// A full multi-level run; `initial` (on this level's nodes) seeds the first level's communities.
    func run(resolution: Double, initial: [Int32]?, random: inout SplitMix64) -> [Int32] {
        var membership = (0..<Int32(nodeCount)).map { $0 }
        guard twiceM > 0 else { return membership }
        var level = self
        var community = initial ?? membership
        while true {
            level.moveNodes(&community, resolution: resolution, random: &random)
            let k = renumber(&community)
            if k == level.nodeCount { break }
            for v in 0..<membership.count { membership[v] = community[Int(membership[v])] }
            level = level.aggregated(by: community, count: k)
            community = (0..<Int32(k)).map { $0 }
        }
        return membership
    }

    /// Local moving: each node joins the neighbouring community with the best modularity gain.
    ///
    /// Nodes are visited in seeded random order, and only a strictly positive gain moves a node. As in
    /// Leiden's fast local moving (Traag, Waltman & van Eck 2019), after the first sweep only nodes whose
    /// neighbourhood changed are visited again (a FIFO queue), until none can gain.
    func moveNodes(_ community: inout [Int32], resolution: Double, random: inout SplitMix64) {
        guard nodeCount > 0 else { return }
        var total = [Double](repeating: 0, count: nodeCount)
        for v in 0..<nodeCount { total[Int(community[v])] += strengths[v] }
        var order = (0..<Int32(nodeCount)).map { $0 }
        random.shuffle(&order)
        var toCommunity = [Double](repeating: 0, count: nodeCount)
        var seen = [Bool](repeating: false, count: nodeCount)
        var queued = [Bool](repeating: true, count: nodeCount)
        var touched = [Int32](repeating: 0, count: nodeCount)
        // A ring buffer of n slots holds the queue: each node is in it at most once.
        var queue = order
        var head = 0, queueCount = nodeCount
        let scale = resolution / twiceM
        offsets.withUnsafeBufferPointer { offsets in
        neighbors.withUnsafeBufferPointer { neighbors in
        weights.withUnsafeBufferPointer { weights in
        strengths.withUnsafeBufferPointer { strengths in
        community.withUnsafeMutableBufferPointer { community in
        total.withUnsafeMutableBufferPointer { total in
        toCommunity.withUnsafeMutableBufferPointer { toCommunity in
        seen.withUnsafeMutableBufferPointer { seen in
        queued.withUnsafeMutableBufferPointer { queued in
        touched.withUnsafeMutableBufferPointer { touched in
        queue.withUnsafeMutableBufferPointer { queue in
            while queueCount > 0 {
                let u = Int(queue[head])
                head = head + 1 == nodeCount ? 0 : head + 1
                queueCount -= 1
                queued[u] = false
                let own = Int(community[u])
                let ku = strengths[u]
                var touchedCount = 0
                for i in offsets[u]..<offsets[u + 1] {
                    let c = Int(community[Int(neighbors[i])])
                    if !seen[c] { seen[c] = true; touched[touchedCount] = Int32(c); touchedCount += 1 }
                    toCommunity[c] += weights[i]
                }
                total[own] -= ku
                var best = own
                var bestGain = toCommunity[own] - scale * ku * total[own]
                let epsilon = 1e-12 * max(1, ku)
                for t in 0..<touchedCount {
                    let c = Int(touched[t])
                    let gain = toCommunity[c] - scale * ku * total[c]
                    if gain > bestGain + epsilon { best = c; bestGain = gain }
                }
                total[best] += ku
                for t in 0..<touchedCount {
                    let c = Int(touched[t])
                    toCommunity[c] = 0; seen[c] = false
                }
                guard best != own else { continue }
                community[u] = Int32(best)
                for i in offsets[u]..<offsets[u + 1] {
                    let w = Int(neighbors[i])
                    if !queued[w] && Int(community[w]) != best {
                        queued[w] = true
                        var tail = head + queueCount
                        if tail >= nodeCount { tail -= nodeCount }
                        queue[tail] = Int32(w)
                        queueCount += 1
                    }
                }
            }
        } } } } } } } } } } }
    }

    /// The graph whose nodes are the communities `0..<count`.
    ///
    /// Each community's neighbours come out ascending, with their weights summed over the members in
    /// ascending order and each member's arcs in order. The output can have no more arcs than this level,
    /// so it is written into buffers of that size through pointers (a quarter of a Louvain run went into
    /// growing arrays one append at a time).
    ///
    /// O(|V| + |E|), plus sorting each community's neighbour list.
    func aggregated(by community: [Int32], count k: Int) -> LouvainLevel {
        let n = nodeCount
        // Members of each community, by counting sort (ascending within each community).
        var start = [Int](repeating: 0, count: k + 1)
        var members = [Int32](repeating: 0, count: n)
        var newOffsets = [Int](repeating: 0, count: k + 1)
        var newNeighbors = [Int32](repeating: 0, count: neighbors.count)
        var newWeights = [Double](repeating: 0, count: neighbors.count)
        var newSelf = [Double](repeating: 0, count: k)
        var newStrength = [Double](repeating: 0, count: k)
        var toCommunity = [Double](repeating: 0, count: k)
        var seen = [Bool](repeating: false, count: k)
        var arcCount = 0
        community.withUnsafeBufferPointer { community in
        offsets.withUnsafeBufferPointer { offsets in
        neighbors.withUnsafeBufferPointer { neighbors in
        weights.withUnsafeBufferPointer { weights in
        selfLoops.withUnsafeBufferPointer { selfLoops in
        strengths.withUnsafeBufferPointer { strengths in
        start.withUnsafeMutableBufferPointer { start in
        members.withUnsafeMutableBufferPointer { members in
        newOffsets.withUnsafeMutableBufferPointer { newOffsets in
        newNeighbors.withUnsafeMutableBufferPointer { newNeighbors in
        newWeights.withUnsafeMutableBufferPointer { newWeights in
        newSelf.withUnsafeMutableBufferPointer { newSelf in
        newStrength.withUnsafeMutableBufferPointer { newStrength in
        toCommunity.withUnsafeMutableBufferPointer { toCommunity in
        seen.withUnsafeMutableBufferPointer { seen in
            for v in 0..<n { start[Int(community[v]) + 1] += 1 }
            for c in 0..<k { start[c + 1] += start[c] }
            // `newOffsets` serves as the cursor of the counting sort before it holds the offsets.
            for c in 0..<k { newOffsets[c] = start[c] }
            for v in 0..<n {
                let c = Int(community[v])
                members[newOffsets[c]] = Int32(v)
                newOffsets[c] += 1
            }
            newOffsets[0] = 0
            for c in 0..<k {
                var inside = 0.0
                let first = arcCount
                for m in start[c]..<start[c + 1] {
                    let u = Int(members[m])
                    newSelf[c] += selfLoops[u]
                    newStrength[c] += strengths[u]
                    for i in offsets[u]..<offsets[u + 1] {
                        let d = Int(community[Int(neighbors[i])])
                        if d == c { inside += weights[i]; continue }
                        if !seen[d] { seen[d] = true; newNeighbors[arcCount] = Int32(d); arcCount += 1 }
                        toCommunity[d] += weights[i]
                    }
                }
                newSelf[c] += inside / 2
                // The neighbours were collected in first-seen order; ascending order comes from sorting
                // them in place.
                var collected = UnsafeMutableBufferPointer(rebasing: newNeighbors[first..<arcCount])
                collected.sort()
                for a in first..<arcCount {
                    let d = Int(newNeighbors[a])
                    newWeights[a] = toCommunity[d]
                    toCommunity[d] = 0
                    seen[d] = false
                }
                newOffsets[c + 1] = arcCount
            }
        } } } } } } } } } } } } } } }
        newNeighbors.removeLast(newNeighbors.count - arcCount)
        newWeights.removeLast(newWeights.count - arcCount)
        return LouvainLevel(nodeCount: k, offsets: newOffsets, neighbors: newNeighbors, weights: newWeights,
                            selfLoops: newSelf, strengths: newStrength, twiceM: twiceM)
    }
}

/// Renumbers labels to `0..<k` in order of first appearance; returns k.
private func renumber(_ labels: inout [Int32]) -> Int {
    var map = [Int32](repeating: -1, count: labels.count)
    var next: Int32 = 0
    for i in 0..<labels.count {
        let c = Int(labels[i])
        if map[c] < 0 { map[c] = next; next += 1 }
        labels[i] = map[c]
    }
    return Int(next)
}
