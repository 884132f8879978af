/// The graph in flat 32-bit arrays owned by one object, read by every search thread at once.
///
/// The path searches spend their time in a few loops over these arrays; unsafe pointers there skip
/// the bounds and uniqueness checks of `Array`, and 32-bit entries halve the memory they stream.
/// `reverse[e]` is the position of arc e's reverse in the other endpoint's row, so that a search can
/// mark "v is a predecessor of w" at w's own row (see ``SearchWorkspace``). `lengths` holds the exact
/// integer edge lengths of a weighted search (see ``EdgeLengths``).
final class SearchGraph: @unchecked Sendable {
    // @unchecked: written only in `init`, then read-only; freed in `deinit` when no search holds it.
    let nodeCount: Int
    let arcCount: Int
    let offsets: UnsafeMutablePointer<Int32>
    let neighbors: UnsafeMutablePointer<Int32>
    let reverse: UnsafeMutablePointer<Int32>
    let lengths: UnsafeMutablePointer<Int32>?
    /// Largest length plus one: the number of buckets of Dial's queue (weighted only, else 0).
    let bucketCount: Int

    /// The graph for unweighted searches, or for weighted ones when `lengths` are exact small integers
    /// whose longest path fits in 32 bits; nil when only the reference search can handle the lengths.
    init?(_ graph: Graph, lengths: EdgeLengths?) {
        let n = graph.nodeCount
        let arcs = graph.neighbors.count
        guard arcs < Int(Int32.max), n < Int(Int32.max) else { return nil }
        var exact: [Int32]?
        var buckets = 0
        if let lengths {
            guard let count = lengths.bucketCount, (count - 1) * Swift.max(n - 1, 1) < Int(Int32.max) else { return nil }
            exact = lengths.lengths.map { Int32($0) }
            buckets = count
        }
        nodeCount = n
        arcCount = arcs
        bucketCount = buckets
        let offsets = UnsafeMutablePointer<Int32>.allocate(capacity: n + 1)
        for v in 0...n { offsets[v] = Int32(graph.offsets[v]) }
        let adjacency = UnsafeMutablePointer<Int32>.allocate(capacity: Swift.max(arcs, 1))
        let reverse = UnsafeMutablePointer<Int32>.allocate(capacity: Swift.max(arcs, 1))
        // Rows are sorted, so visiting u in ascending order fills each row w's entries in order.
        var cursor = graph.offsets
        for u in 0..<n {
            for e in graph.offsets[u]..<graph.offsets[u + 1] {
                let w = Int(graph.neighbors[e])
                adjacency[e] = graph.neighbors[e]
                reverse[e] = Int32(cursor[w])
                cursor[w] += 1
            }
        }
        self.offsets = offsets
        neighbors = adjacency
        self.reverse = reverse
        if let exact {
            let pointer = UnsafeMutablePointer<Int32>.allocate(capacity: Swift.max(arcs, 1))
            pointer.initialize(from: exact, count: arcs)
            self.lengths = pointer
        } else {
            self.lengths = nil
        }
    }

    deinit {
        offsets.deallocate()
        neighbors.deallocate()
        reverse.deallocate()
        lengths?.deallocate()
    }
}

/// Buffers of one thread's searches, reused from source to source (no allocation per source).
///
/// A search (``breadthFirst(from:in:)`` or ``dial(from:in:)``) leaves `order[0..<reached]` holding
/// the reached nodes in exactly the order of the reference ``SingleSourceSearch``, `sigma` their
/// numbers of shortest paths (the same additions in the same order), `distance` their distances (hops,
/// or integer lengths), `levelEnds`/`levelDistances` the runs of equal distance in `order`, and a bit
/// per adjacency entry: bit `e` of w's row is set when its neighbour is a predecessor of w on a shortest
/// path. ``accumulate(source:in:into:)`` then runs Brandes' backward pass over those bits alone, instead
/// of testing every neighbour's distance as the reference does; it adds the same terms in the same
/// order (successors in reverse search order, each one's predecessors in ascending index), so the
/// dependencies come out bit for bit as the reference's. ``clear()`` resets only what was touched.
final class SearchWorkspace {
    let nodeCount: Int
    let distance: UnsafeMutablePointer<Int32>
    let sigma: UnsafeMutablePointer<Double>
    let delta: UnsafeMutablePointer<Double>
    let order: UnsafeMutablePointer<Int32>
    private(set) var reached = 0
    /// `levelEnds[k]` is the end in `order` of the k-th run of equal distance, `levelDistances[k]` that distance.
    private(set) var levelEnds: [Int] = []
    private(set) var levelDistances: [Int32] = []
    private let predecessorWords: Int
    private let predecessors: UnsafeMutablePointer<UInt64>
    /// Dial's buckets as bitmaps over the nodes, one per distance modulo `bucketCount`: settling a bucket
    /// in ascending node index is then a scan of its words instead of a sort.
    private let bucketCount: Int
    private let bucketWords: Int
    private let buckets: UnsafeMutablePointer<UInt64>?
    private let bucketFill: UnsafeMutablePointer<Int>
    private let bucketLow: UnsafeMutablePointer<Int>
    private let bucketHigh: UnsafeMutablePointer<Int>

    static let unvisited = Int32.max

    init(for graph: SearchGraph) {
        let n = graph.nodeCount
        nodeCount = n
        let size = Swift.max(n, 1)
        distance = .allocate(capacity: size)
        distance.initialize(repeating: Self.unvisited, count: size)
        sigma = .allocate(capacity: size)
        sigma.initialize(repeating: 0, count: size)
        delta = .allocate(capacity: size)
        delta.initialize(repeating: 0, count: size)
        order = .allocate(capacity: size)
        predecessorWords = graph.arcCount / 64 + 1
        predecessors = .allocate(capacity: predecessorWords)
        predecessors.initialize(repeating: 0, count: predecessorWords)
        bucketCount = graph.bucketCount
        bucketWords = n / 64 + 1
        if bucketCount > 0 {
            let words = bucketCount * bucketWords
            let pointer = UnsafeMutablePointer<UInt64>.allocate(capacity: words)
            pointer.initialize(repeating: 0, count: words)
            buckets = pointer
        } else {
            buckets = nil
        }
        let slots = Swift.max(bucketCount, 1)
        bucketFill = .allocate(capacity: slots)
        bucketFill.initialize(repeating: 0, count: slots)
        bucketLow = .allocate(capacity: slots)
        bucketLow.initialize(repeating: Int.max, count: slots)
        bucketHigh = .allocate(capacity: slots)
        bucketHigh.initialize(repeating: -1, count: slots)
    }

    deinit {
        distance.deallocate()
        sigma.deallocate()
        delta.deallocate()
        order.deallocate()
        predecessors.deallocate()
        buckets?.deallocate()
        bucketFill.deallocate()
        bucketLow.deallocate()
        bucketHigh.deallocate()
    }

    /// Resets the nodes and predecessor bits of the last search.
    func clear(in graph: SearchGraph) {
        if reached * 8 > predecessorWords {
            predecessors.update(repeating: 0, count: predecessorWords)
        } else {
            for i in 0..<reached {
                let v = Int(order[i])
                let first = Int(graph.offsets[v]) >> 6, last = Int(graph.offsets[v + 1]) >> 6
                for word in first...last { predecessors[word] = 0 }
            }
        }
        for i in 0..<reached {
            let v = Int(order[i])
            distance[v] = Self.unvisited
            sigma[v] = 0
            delta[v] = 0
        }
        reached = 0
        levelEnds.removeAll(keepingCapacity: true)
        levelDistances.removeAll(keepingCapacity: true)
    }

    @inline(__always)
    private func markPredecessor(_ reverseEntry: Int32) {
        let r = Int(reverseEntry)
        predecessors[r >> 6] |= 1 << UInt64(r & 63)
    }

    /// Clears the predecessor bits of w's row (a shorter path to w was found).
    @inline(__always)
    private func clearPredecessors(of w: Int, in graph: SearchGraph) {
        let start = Int(graph.offsets[w]), end = Int(graph.offsets[w + 1])
        guard start < end else { return }
        var word = start >> 6
        let last = (end - 1) >> 6
        let low: UInt64 = ~0 << UInt64(start & 63), high: UInt64 = ~0 >> UInt64(63 - ((end - 1) & 63))
        if word == last {
            predecessors[word] &= ~(low & high)
            return
        }
        predecessors[word] &= ~low
        word += 1
        while word < last {
            predecessors[word] = 0
            word += 1
        }
        predecessors[last] &= ~high
    }

    /// Breadth-first search from `source` (unweighted): the reference's order, path counts and hop distances.
    func breadthFirst(from source: Int, in graph: SearchGraph) {
        let offsets = graph.offsets, neighbors = graph.neighbors, reverse = graph.reverse
        let distance = self.distance, sigma = self.sigma, order = self.order
        order[0] = Int32(source)
        distance[source] = 0
        sigma[source] = 1
        var head = 0, tail = 1
        var level: Int32 = 0
        while head < tail {
            let v = Int(order[head])
            let dv = distance[v]
            if dv != level {
                levelEnds.append(head)
                levelDistances.append(level)
                level = dv
            }
            head += 1
            let next = dv &+ 1
            let sv = sigma[v]
            var e = Int(offsets[v])
            let end = Int(offsets[v + 1])
            while e < end {
                let w = Int(neighbors[e])
                let dw = distance[w]
                if dw == Self.unvisited {
                    distance[w] = next
                    order[tail] = Int32(w)
                    tail += 1
                    sigma[w] = sv  // 0 + sv, as the reference adds it
                    markPredecessor(reverse[e])
                } else if dw == next {
                    sigma[w] += sv
                    markPredecessor(reverse[e])
                }
                e += 1
            }
        }
        levelEnds.append(tail)
        levelDistances.append(level)
        reached = tail
    }

    /// Dijkstra's search with Dial's bucket queue on exact integer lengths: the reference's settling order
    /// (distance, then node index), path counts and distances.
    ///
    /// A node reached again by a shorter path stays in its old bucket and is skipped there, as in the
    /// reference; its path count and predecessor bits start over.
    func dial(from source: Int, in graph: SearchGraph) {
        guard let buckets, let lengths = graph.lengths else { return }
        let offsets = graph.offsets, neighbors = graph.neighbors, reverse = graph.reverse
        let distance = self.distance, sigma = self.sigma, order = self.order
        let fill = bucketFill, low = bucketLow, high = bucketHigh
        let words = bucketWords, count = bucketCount
        distance[source] = 0
        sigma[source] = 1
        buckets[source >> 6] |= 1 << UInt64(source & 63)
        fill[0] = 1
        low[0] = source >> 6
        high[0] = source >> 6
        var pending = 1, slot = 0, tail = 0
        var current: Int32 = 0
        while pending > 0 {
            let waiting = fill[slot]
            if waiting > 0 {
                pending -= waiting
                fill[slot] = 0
                let base = buckets + slot * words
                let first = low[slot], last = high[slot]
                low[slot] = Int.max
                high[slot] = -1
                let start = tail
                for word in first...last {
                    var bits = base[word]
                    guard bits != 0 else { continue }
                    base[word] = 0
                    while bits != 0 {
                        let v = word << 6 | bits.trailingZeroBitCount
                        bits &= bits &- 1
                        guard distance[v] == current else { continue }  // stale: reached by a shorter path since
                        order[tail] = Int32(v)
                        tail += 1
                        let sv = sigma[v]
                        var e = Int(offsets[v])
                        let end = Int(offsets[v + 1])
                        while e < end {
                            let w = Int(neighbors[e])
                            let length = lengths[e]
                            let candidate = current &+ length
                            let known = distance[w]
                            if candidate < known {
                                if known != Self.unvisited { clearPredecessors(of: w, in: graph) }
                                distance[w] = candidate
                                sigma[w] = sv
                                var target = slot + Int(length)
                                if target >= count { target -= count }
                                buckets[target * words + (w >> 6)] |= 1 << UInt64(w & 63)
                                fill[target] += 1
                                pending += 1
                                low[target] = Swift.min(low[target], w >> 6)
                                high[target] = Swift.max(high[target], w >> 6)
                                markPredecessor(reverse[e])
                            } else if candidate == known {
                                sigma[w] += sv
                                markPredecessor(reverse[e])
                            }
                            e += 1
                        }
                    }
                }
                if tail > start {
                    levelEnds.append(tail)
                    levelDistances.append(current)
                }
            }
            slot += 1
            if slot == count { slot = 0 }
            current += 1
        }
        reached = tail
    }

    /// Brandes' backward pass: adds the dependency of `source` on every other reached node to `values`.
    ///
    /// delta(v) = Σ over successors w of sigma(v) · ((1 + delta(w)) / sigma(w)), each w in reverse search
    /// order and its predecessors v (the set bits of its row) in ascending index, as the reference adds them.
    func accumulate(in graph: SearchGraph, into values: UnsafeMutablePointer<Double>) {
        let offsets = graph.offsets, neighbors = graph.neighbors
        let sigma = self.sigma, delta = self.delta, order = self.order, predecessors = self.predecessors
        var i = reached - 1
        while i > 0 {  // the source (position 0) has no predecessors and is not counted
            let w = Int(order[i])
            i -= 1
            let coefficient = (1 + delta[w]) / sigma[w]
            let start = Int(offsets[w]), end = Int(offsets[w + 1])
            var word = start >> 6
            let last = (end - 1) >> 6
            var bits = predecessors[word] & (~0 << UInt64(start & 63))
            while true {
                if word == last { bits &= ~0 >> UInt64(63 - ((end - 1) & 63)) }
                while bits != 0 {
                    let v = Int(neighbors[word << 6 | bits.trailingZeroBitCount])
                    bits &= bits &- 1
                    delta[v] += sigma[v] * coefficient
                }
                if word == last { break }
                word += 1
                bits = predecessors[word]
            }
            values[w] += delta[w]
        }
    }

    /// The backward pass alone: every reached node's dependency in `delta`, nothing added anywhere.
    func accumulateDependencies(in graph: SearchGraph) {
        let offsets = graph.offsets, neighbors = graph.neighbors
        let sigma = self.sigma, delta = self.delta, order = self.order, predecessors = self.predecessors
        var i = reached - 1
        while i > 0 {
            let w = Int(order[i])
            i -= 1
            let coefficient = (1 + delta[w]) / sigma[w]
            let start = Int(offsets[w]), end = Int(offsets[w + 1])
            var word = start >> 6
            let last = (end - 1) >> 6
            var bits = predecessors[word] & (~0 << UInt64(start & 63))
            while true {
                if word == last { bits &= ~0 >> UInt64(63 - ((end - 1) & 63)) }
                while bits != 0 {
                    let v = Int(neighbors[word << 6 | bits.trailingZeroBitCount])
                    bits &= bits &- 1
                    delta[v] += sigma[v] * coefficient
                }
                if word == last { break }
                word += 1
                bits = predecessors[word]
            }
        }
    }

    /// Adds what closeness and harmonic centrality sum: per node reached, Σ d and Σ scale / d, in three
    /// blocks of `n` values from `offset` (the layout of `pathSums`).
    ///
    /// Exact sources: the source's slots get the number reached, the sum of distances (integers, so any
    /// order gives the same bits) and Σ scale / d, added run by run in search order as the reference adds
    /// them. Sampled sources: every reached node's slots get 1, d and scale / d.
    func addPathSums(
        source: Int, sampled: Bool, scale: Double, into sums: UnsafeMutablePointer<Double>, at offset: Int
    ) {
        let n = nodeCount
        guard levelEnds.count > 1 else { return }
        if sampled {
            for k in 1..<levelEnds.count {
                let d = Double(levelDistances[k])
                let reciprocal = scale / d
                for i in levelEnds[k - 1]..<levelEnds[k] {
                    let v = Int(order[i])
                    sums[offset + v] += 1
                    sums[offset + n + v] += d
                    sums[offset + 2 * n + v] += reciprocal
                }
            }
            return
        }
        var total = 0
        var harmonic = 0.0
        for k in 1..<levelEnds.count {
            let count = levelEnds[k] - levelEnds[k - 1]
            let d = Int(levelDistances[k])
            total += d * count
            let reciprocal = scale / Double(d)
            for _ in 0..<count { harmonic += reciprocal }
        }
        sums[offset + source] += Double(reached - 1)
        sums[offset + n + source] += Double(total)
        sums[offset + 2 * n + source] += harmonic
    }
}

/// The searches of a source in a pendant piece (see ``FoldingPlan``): only the piece and its attachment
/// `a` are expanded; a's other neighbours are reached as stand-ins for the rest of the graph, in the very
/// places the full search would reach them, and not expanded.
extension SearchWorkspace {
    /// Whether `v` is searched in full in the piece's search (a member of the piece, or its attachment).
    @inline(__always)
    static func expands(_ v: Int, piece: Int32, attachment: Int, labels: UnsafePointer<Int32>) -> Bool {
        labels[v] == piece || v == attachment
    }

    /// ``breadthFirst(from:in:)`` restricted to the piece.
    func pieceBreadthFirst(from source: Int, piece: Int32, attachment: Int, labels: UnsafePointer<Int32>, in graph: SearchGraph) {
        let offsets = graph.offsets, neighbors = graph.neighbors, reverse = graph.reverse
        let distance = self.distance, sigma = self.sigma, order = self.order
        order[0] = Int32(source)
        distance[source] = 0
        sigma[source] = 1
        var head = 0, tail = 1
        var level: Int32 = 0
        while head < tail {
            let v = Int(order[head])
            let dv = distance[v]
            if dv != level {
                levelEnds.append(head)
                levelDistances.append(level)
                level = dv
            }
            head += 1
            guard Self.expands(v, piece: piece, attachment: attachment, labels: labels) else { continue }
            let next = dv &+ 1
            let sv = sigma[v]
            var e = Int(offsets[v])
            let end = Int(offsets[v + 1])
            while e < end {
                let w = Int(neighbors[e])
                let dw = distance[w]
                if dw == Self.unvisited {
                    distance[w] = next
                    order[tail] = Int32(w)
                    tail += 1
                    sigma[w] = sv
                    markPredecessor(reverse[e])
                } else if dw == next {
                    sigma[w] += sv
                    markPredecessor(reverse[e])
                }
                e += 1
            }
        }
        levelEnds.append(tail)
        levelDistances.append(level)
        reached = tail
    }

    /// ``dial(from:in:)`` restricted to the piece; from the attachment only the arcs flagged in
    /// `attachmentSuccessor` (its neighbours outside the piece that its own search reaches through that arc) are relaxed.
    func pieceDial(
        from source: Int, piece: Int32, attachment: Int, labels: UnsafePointer<Int32>,
        attachmentSuccessor: UnsafePointer<Bool>, in graph: SearchGraph
    ) {
        guard let buckets, let lengths = graph.lengths else { return }
        let offsets = graph.offsets, neighbors = graph.neighbors, reverse = graph.reverse
        let distance = self.distance, sigma = self.sigma, order = self.order
        let fill = bucketFill, low = bucketLow, high = bucketHigh
        let words = bucketWords, count = bucketCount
        let attachmentStart = Int(offsets[attachment])
        distance[source] = 0
        sigma[source] = 1
        buckets[source >> 6] |= 1 << UInt64(source & 63)
        fill[0] = 1
        low[0] = source >> 6
        high[0] = source >> 6
        var pending = 1, slot = 0, tail = 0
        var current: Int32 = 0
        while pending > 0 {
            let waiting = fill[slot]
            if waiting > 0 {
                pending -= waiting
                fill[slot] = 0
                let base = buckets + slot * words
                let first = low[slot], last = high[slot]
                low[slot] = Int.max
                high[slot] = -1
                let start = tail
                for word in first...last {
                    var bits = base[word]
                    guard bits != 0 else { continue }
                    base[word] = 0
                    while bits != 0 {
                        let v = word << 6 | bits.trailingZeroBitCount
                        bits &= bits &- 1
                        guard distance[v] == current else { continue }
                        order[tail] = Int32(v)
                        tail += 1
                        let inPiece = labels[v] == piece
                        guard inPiece || v == attachment else { continue }
                        let sv = sigma[v]
                        var e = Int(offsets[v])
                        let end = Int(offsets[v + 1])
                        while e < end {
                            let w = Int(neighbors[e])
                            if !inPiece && labels[w] != piece && !attachmentSuccessor[e - attachmentStart] {
                                e += 1
                                continue
                            }
                            let length = lengths[e]
                            let candidate = current &+ length
                            let known = distance[w]
                            if candidate < known {
                                if known != Self.unvisited { clearPredecessors(of: w, in: graph) }
                                distance[w] = candidate
                                sigma[w] = sv
                                var target = slot + Int(length)
                                if target >= count { target -= count }
                                buckets[target * words + (w >> 6)] |= 1 << UInt64(w & 63)
                                fill[target] += 1
                                pending += 1
                                low[target] = Swift.min(low[target], w >> 6)
                                high[target] = Swift.max(high[target], w >> 6)
                                markPredecessor(reverse[e])
                            } else if candidate == known {
                                sigma[w] += sv
                                markPredecessor(reverse[e])
                            }
                            e += 1
                        }
                    }
                }
                if tail > start {
                    levelEnds.append(tail)
                    levelDistances.append(current)
                }
            }
            slot += 1
            if slot == count { slot = 0 }
            current += 1
        }
        reached = tail
    }

    /// ``accumulate(in:into:)`` for a piece's search: the stand-ins outside the piece pass their
    /// (borrowed) dependencies on to the attachment but add nothing to `values` themselves.
    func pieceAccumulate(
        piece: Int32, attachment: Int, labels: UnsafePointer<Int32>, in graph: SearchGraph,
        into values: UnsafeMutablePointer<Double>
    ) {
        let offsets = graph.offsets, neighbors = graph.neighbors
        let sigma = self.sigma, delta = self.delta, order = self.order, predecessors = self.predecessors
        var i = reached - 1
        while i > 0 {
            let w = Int(order[i])
            i -= 1
            let coefficient = (1 + delta[w]) / sigma[w]
            let start = Int(offsets[w]), end = Int(offsets[w + 1])
            var word = start >> 6
            let last = (end - 1) >> 6
            var bits = predecessors[word] & (~0 << UInt64(start & 63))
            while true {
                if word == last { bits &= ~0 >> UInt64(63 - ((end - 1) & 63)) }
                while bits != 0 {
                    let v = Int(neighbors[word << 6 | bits.trailingZeroBitCount])
                    bits &= bits &- 1
                    delta[v] += sigma[v] * coefficient
                }
                if word == last { break }
                word += 1
                bits = predecessors[word]
            }
            if Self.expands(w, piece: piece, attachment: attachment, labels: labels) { values[w] += delta[w] }
        }
    }

    /// The largest path count of the last search.
    var largestSigma: Double {
        var largest = 0.0
        for i in 0..<reached { largest = Swift.max(largest, sigma[Int(order[i])]) }
        return largest
    }

    /// Zeroes the dependencies of the last search, for a second backward pass over it.
    func resetDependencies() {
        for i in 0..<reached { delta[Int(order[i])] = 0 }
    }

    /// Puts each run of equal distance in ascending node index: the order in which Dijkstra's search with
    /// equal lengths settles them (see `pathMeasures`).
    func sortLevelsByIndex() {
        var start = 0
        for end in levelEnds {
            if end - start > 1 {
                var level = UnsafeMutableBufferPointer(start: order + start, count: end - start)
                level.sort()
            }
            start = end
        }
    }

    /// Whether arc `e` of w's row is marked as leading to a predecessor of w.
    @inline(__always)
    func isPredecessorArc(_ e: Int) -> Bool {
        predecessors[e >> 6] & (1 << UInt64(e & 63)) != 0
    }
}
