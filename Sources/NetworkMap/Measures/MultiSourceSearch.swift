/// Breadth-first searches from up to 64 sources at once, one bit per source, for the distance-only measures.
///
/// Then, Kaufmann, Chirigati, Hoang-Vu, Pham, Kemper, Neumann & Vo, "The more the merrier: efficient
/// multi-source graph traversal", PVLDB 8(4), 449-460, 2014 (doi:10.14778/2735496.2735507): every node
/// keeps a word of the sources that have seen it and of those whose frontier it is in; one pass over a
/// frontier node's neighbours advances all 64 searches through it, so a neighbourhood shared by many
/// searches is read once per level instead of once per source. Closeness and harmonic centrality need
/// only how many nodes each source reaches at each distance, which the new bits of each level give.
///
/// - Complexity: O(L (|V| + |E|)) word operations per batch for L levels, plus O(64 |V|) to count the
///   new bits; memory O(|V|) words (and 64 |V| distances when `distances` are asked for).
final class MultiSourceSearch {
    let nodeCount: Int
    private let seen: UnsafeMutablePointer<UInt64>
    private let frontier: UnsafeMutablePointer<UInt64>
    private let next: UnsafeMutablePointer<UInt64>
    private var active: [Int32] = []
    private var touched: [Int32] = []
    /// After `run`: `levelCounts[i][d]` nodes at distance d from the batch's i-th source (d ≥ 1; index 0 unused).
    private(set) var levelCounts: [[Int]] = []

    init(nodeCount n: Int) {
        nodeCount = n
        let size = Swift.max(n, 1)
        seen = .allocate(capacity: size)
        seen.initialize(repeating: 0, count: size)
        frontier = .allocate(capacity: size)
        frontier.initialize(repeating: 0, count: size)
        next = .allocate(capacity: size)
        next.initialize(repeating: 0, count: size)
    }

    deinit {
        seen.deallocate()
        frontier.deallocate()
        next.deallocate()
    }

    /// Searches from `sources` (at most 64) at once; `visit(d, w, bits)` hears every node w newly reached at
    /// distance d by the sources whose bits (bit i: the i-th source) are set, level by level.
    func run(from sources: ArraySlice<Int>, in graph: SearchGraph, visit: (Int32, Int, UInt64) -> Void) {
        precondition(sources.count <= 64, "at most 64 sources per batch")
        let offsets = graph.offsets, neighbors = graph.neighbors
        let seen = self.seen, frontier = self.frontier, next = self.next
        levelCounts = [[Int]](repeating: [0], count: sources.count)
        active.removeAll(keepingCapacity: true)
        var everSeen: [Int32] = []
        for (i, s) in sources.enumerated() {
            if seen[s] == 0 {
                active.append(Int32(s))
                everSeen.append(Int32(s))
            }
            seen[s] |= 1 << UInt64(i)
            frontier[s] |= 1 << UInt64(i)
        }
        var level: Int32 = 0
        while !active.isEmpty {
            level += 1
            touched.removeAll(keepingCapacity: true)
            for v32 in active {
                let v = Int(v32)
                let bits = frontier[v]
                frontier[v] = 0
                for e in Int(offsets[v])..<Int(offsets[v + 1]) {
                    let w = Int(neighbors[e])
                    if next[w] == 0 { touched.append(Int32(w)) }
                    next[w] |= bits
                }
            }
            active.removeAll(keepingCapacity: true)
            for w32 in touched {
                let w = Int(w32)
                let fresh = next[w] & ~seen[w]
                next[w] = 0
                guard fresh != 0 else { continue }
                if seen[w] == 0 { everSeen.append(w32) }
                seen[w] |= fresh
                frontier[w] = fresh
                active.append(w32)
                visit(level, w, fresh)
                var bits = fresh
                while bits != 0 {
                    let i = bits.trailingZeroBitCount
                    bits &= bits &- 1
                    if levelCounts[i].count <= Int(level) { levelCounts[i].append(0) }
                    levelCounts[i][Int(level)] += 1
                }
            }
        }
        for v in everSeen { seen[Int(v)] = 0 }
    }
}

extension Graph {
    /// Closeness and harmonic sums (layout of `pathSums`) from multi-source searches, batch by batch of 64.
    ///
    /// Exact sources: each source's slots get the number reached, Σ d (integers) and Σ 1/d added level by
    /// level, as its own search adds them, so the bits are those of one search per source. Sampled ones:
    /// every node's Σ 1/d is added source by source in the sources' order, from the batch's distances.
    func multiSourcePathSums(
        _ sources: [Int], range: Range<Int>, sampled: Bool, in graph: SearchGraph, into sums: UnsafeMutablePointer<Double>
    ) {
        let n = nodeCount
        let search = MultiSourceSearch(nodeCount: n)
        var start = range.lowerBound
        var distances: [UInt16] = []
        while start < range.upperBound {
            let end = Swift.min(start + 64, range.upperBound)
            let batch = sources[start..<end]
            if sampled {
                // Per source, every node's distance (0 = not reached), to add 1/d in the sources' order.
                distances = [UInt16](repeating: 0, count: batch.count * n)
                var overflow = false
                distances.withUnsafeMutableBufferPointer { d in
                    search.run(from: batch, in: graph) { level, w, bits in
                        guard level < Int32(UInt16.max) else { overflow = true; return }
                        var b = bits
                        while b != 0 {
                            let i = b.trailingZeroBitCount
                            b &= b &- 1
                            d[i * n + w] = UInt16(level)
                        }
                    }
                }
                if overflow {
                    // Paths longer than 65,534 hops: one plain search per source instead.
                    let workspace = SearchWorkspace(for: graph)
                    for s in batch {
                        workspace.breadthFirst(from: s, in: graph)
                        workspace.addPathSums(source: s, sampled: true, scale: 1, into: sums, at: 0)
                        workspace.clear(in: graph)
                    }
                } else {
                    for i in 0..<batch.count {
                        let row = i * n
                        for w in 0..<n where distances[row + w] > 0 {
                            let d = Double(distances[row + w])
                            sums[w] += 1
                            sums[n + w] += d
                            sums[2 * n + w] += 1 / d
                        }
                    }
                }
            } else {
                search.run(from: batch, in: graph) { _, _, _ in }
                for (i, s) in batch.enumerated() {
                    var reached = 0, total = 0
                    var harmonic = 0.0
                    for (d, count) in search.levelCounts[i].enumerated() where d > 0 {
                        reached += count
                        total += d * count
                        let reciprocal = 1 / Double(d)
                        for _ in 0..<count { harmonic += reciprocal }
                    }
                    sums[s] += Double(reached)
                    sums[n + s] += Double(total)
                    sums[2 * n + s] += harmonic
                }
            }
            start = end
        }
    }
}
