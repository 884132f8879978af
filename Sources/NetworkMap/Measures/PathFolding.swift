import Foundation
import Synchronization

/// Which path searches can be borrowed from another source's search, bit for bit.
///
/// Two kinds of source need no full search of their own:
///
/// - **Pendant pieces** (degree-one folding, Baglioni, Fiorucci, Lerner & Panzarasa, "Fast exact
///   computation of betweenness centrality in social networks", ASONAM 2012,
///   doi:10.1109/ASONAM.2012.80; shattering at articulation vertices, Sariyüce, Saule, Kaya &
///   Çatalyürek, "Shattering and compressing networks for betweenness centrality", SDM 2013,
///   doi:10.1137/1.9781611972832.76). The largest biconnected block of each component is its core;
///   every other node lies in a piece of the component that hangs on one articulation point `a` of
///   the core (a pendant tree, a leaf, a small group tied on through one member). Every shortest path
///   from a source `s` in the piece to the rest runs through `a`; when s has a power of two of
///   shortest paths to `a` (always 1 in a tree), scaling every path count beyond `a` by it changes no
///   bit of any quotient or product of Brandes' backward pass, and the rest is met in the same order as
///   from `a` itself. So s's dependencies on the rest are a's, bit for bit, and only the piece (plus
///   a's own neighbours, as stand-ins) is searched; any other count falls back to a full search.
/// - **Identical actors** (twins, Sariyüce et al. 2013): two nodes with the same neighbours (and the same
///   lengths to them), adjacent or not, see the graph alike; the second's search is the first one's with
///   the two swapped, provided no other node sits between them in the search order at the place where
///   that swap happens (checked, else a full search).
///
/// Deterministic and independent of thread timing: the plan depends on the graph alone.
struct FoldingPlan: Sendable {
    /// Piece of each node (index into `pieceAttachment`), or -1 for nodes of a component's core.
    let piece: [Int32]
    /// The articulation point each piece hangs on.
    let pieceAttachment: [Int32]
    /// Members of each piece, ascending, without the attachment: `pieceMembers[pieceStart[p]..<pieceStart[p+1]]`.
    let pieceStart: [Int]
    let pieceMembers: [Int32]
    /// The representative of each node's class of identical nodes (smallest index), or -1.
    let twinOf: [Int32]
    /// Whether a node and its representative are tied to each other (closed neighbourhoods equal).
    let twinAdjacent: [Bool]

    /// Whether there is anything to fold.
    var isEmpty: Bool { pieceAttachment.isEmpty && !twinOf.contains { $0 >= 0 } }

    /// The node whose search `s` borrows from, if any.
    @inline(__always)
    func provider(of s: Int) -> Int? {
        let p = piece[s]
        if p >= 0 { return Int(pieceAttachment[Int(p)]) }
        let t = twinOf[s]
        return t >= 0 ? Int(t) : nil
    }

    /// The plan for `graph`; `lengths` (weighted searches) make twins also need equal lengths.
    init(_ graph: Graph, lengths: [Int32]?) {
        let n = graph.nodeCount
        let core = Self.coreBlocks(graph)
        var piece = [Int32](repeating: -1, count: n)
        var attachment: [Int32] = []
        var start: [Int] = [0]
        var members: [Int32] = []
        var queue: [Int32] = []
        for a in 0..<n where core[a] {
            for e in graph.offsets[a]..<graph.offsets[a + 1] {
                let x = Int(graph.neighbors[e])
                guard !core[x], piece[x] < 0 else { continue }
                let id = Int32(attachment.count)
                attachment.append(Int32(a))
                piece[x] = id
                queue.removeAll(keepingCapacity: true)
                queue.append(Int32(x))
                var head = 0
                while head < queue.count {
                    let v = Int(queue[head])
                    head += 1
                    for f in graph.offsets[v]..<graph.offsets[v + 1] {
                        let w = Int(graph.neighbors[f])
                        if !core[w] && piece[w] < 0 {
                            piece[w] = id
                            queue.append(Int32(w))
                        }
                    }
                }
                members += queue.sorted()
                start.append(members.count)
            }
        }
        self.piece = piece
        pieceAttachment = attachment
        pieceStart = start
        pieceMembers = members
        var isAttachment = [Bool](repeating: false, count: n)
        for a in attachment { isAttachment[Int(a)] = true }
        (twinOf, twinAdjacent) = Self.twins(graph, lengths: lengths, eligible: { core[$0] && !isAttachment[$0] })
    }

    /// Marks the nodes of each component's largest biconnected block (its first found, among equals).
    ///
    /// Hopcroft & Tarjan's biconnected components ("Efficient algorithms for graph manipulation", CACM
    /// 16(6), 1973, doi:10.1145/362248.362272), iterative, with a stack of tree and back edges. O(|V| + |E|).
    static func coreBlocks(_ graph: Graph) -> [Bool] {
        let n = graph.nodeCount
        var core = [Bool](repeating: false, count: n)
        var discovery = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var parent = [Int32](repeating: -1, count: n)
        var cursor = [Int](repeating: 0, count: n)
        var stamp = [Int32](repeating: -1, count: n)
        var edges: [(Int32, Int32)] = []
        var stack: [Int32] = []
        var block: [Int32] = []
        var best: [Int32] = []
        var time: Int32 = 0
        var blockID: Int32 = 0
        for root in 0..<n where discovery[root] < 0 {
            discovery[root] = time; low[root] = time; time += 1
            cursor[root] = graph.offsets[root]
            stack.append(Int32(root))
            best.removeAll(keepingCapacity: true)
            while let top = stack.last {
                let v = Int(top)
                if cursor[v] < graph.offsets[v + 1] {
                    let w = Int(graph.neighbors[cursor[v]])
                    cursor[v] += 1
                    if discovery[w] < 0 {
                        edges.append((Int32(v), Int32(w)))
                        parent[w] = Int32(v)
                        discovery[w] = time; low[w] = time; time += 1
                        cursor[w] = graph.offsets[w]
                        stack.append(Int32(w))
                    } else if w != Int(parent[v]) && discovery[w] < discovery[v] {
                        edges.append((Int32(v), Int32(w)))
                        low[v] = Swift.min(low[v], discovery[w])
                    }
                    continue
                }
                stack.removeLast()
                let p = Int(parent[v])
                guard p >= 0 else { continue }
                low[p] = Swift.min(low[p], low[v])
                guard low[v] >= discovery[p] else { continue }
                // p separates v's subtree: the edges down to (p, v) form one block.
                block.removeAll(keepingCapacity: true)
                while let (x, y) = edges.popLast() {
                    for u in [x, y] where stamp[Int(u)] != blockID {
                        stamp[Int(u)] = blockID
                        block.append(u)
                    }
                    if x == Int32(p) && y == Int32(v) { break }
                }
                blockID += 1
                if block.count > best.count { best = block }
            }
            for v in best { core[Int(v)] = true }
        }
        return core
    }

    /// Classes of identical nodes among the `eligible` ones, each led by its smallest member.
    ///
    /// Two nodes are identical when their neighbourhoods are equal, either open (not tied to each other)
    /// or closed (tied), and, for weighted searches, so are their lengths to every common neighbour.
    static func twins(
        _ graph: Graph, lengths: [Int32]?, eligible: (Int) -> Bool
    ) -> (representative: [Int32], adjacent: [Bool]) {
        let n = graph.nodeCount
        var representative = [Int32](repeating: -1, count: n)
        var adjacent = [Bool](repeating: false, count: n)
        func key(_ v: Int, closed: Bool) -> [Int32] {
            var row = Array(graph.neighbors[graph.offsets[v]..<graph.offsets[v + 1]])
            if closed {
                let at = row.firstIndex { $0 > Int32(v) } ?? row.count
                row.insert(Int32(v), at: at)
            }
            return row
        }
        func sameLengths(_ a: Int, _ b: Int) -> Bool {
            guard let lengths else { return true }
            var i = graph.offsets[a], j = graph.offsets[b]
            let endA = graph.offsets[a + 1], endB = graph.offsets[b + 1]
            while i < endA && j < endB {
                let x = graph.neighbors[i], y = graph.neighbors[j]
                if x == Int32(b) { i += 1; continue }
                if y == Int32(a) { j += 1; continue }
                guard x == y, lengths[i] == lengths[j] else { return false }
                i += 1; j += 1
            }
            return true
        }
        var leads = [Bool](repeating: false, count: n)
        for closed in [false, true] {
            var classes: [[Int32]: Int] = [:]
            for v in 0..<n where eligible(v) && representative[v] < 0 && !leads[v] && graph.degree(of: v) > 0 {
                let k = key(v, closed: closed)
                if let first = classes[k] {
                    guard sameLengths(first, v) else { continue }
                    representative[v] = Int32(first)
                    adjacent[v] = closed
                    leads[first] = true
                } else {
                    classes[k] = v
                }
            }
        }
        return (representative, adjacent)
    }
}

/// A provider's full search, kept while sources still borrow from it.
///
/// `@unchecked Sendable`: filled once by `store` on the thread that made it, before it is shared through
/// ``ProviderCache``; read-only from then on.
final class ProviderSearch: @unchecked Sendable {
    let nodeCount: Int
    private(set) var node = -1
    /// Dependency of the provider on every node (0 where unreached; its own entry 0).
    let delta: UnsafeMutablePointer<Double>
    /// Distance of every node (`SearchWorkspace.unvisited` where unreached).
    let distance: UnsafeMutablePointer<Int32>
    /// Path counts of the provider's neighbours, and whether each is its successor, per entry of its row.
    private(set) var rowSigma: [Double] = []
    private(set) var rowSuccessor: [Bool] = []
    /// Reached nodes by distance (the provider itself at 0).
    private(set) var histogram: [Int] = []
    /// The largest path count of the search (derivation stays exact far below overflow).
    private(set) var largestSigma = 0.0

    init(nodeCount: Int) {
        self.nodeCount = nodeCount
        let size = Swift.max(nodeCount, 1)
        delta = .allocate(capacity: size)
        delta.initialize(repeating: 0, count: size)
        distance = .allocate(capacity: size)
        distance.initialize(repeating: SearchWorkspace.unvisited, count: size)
    }

    deinit {
        delta.deallocate()
        distance.deallocate()
    }

    /// Keeps the finished search of `workspace` (after its backward pass) as `source`'s.
    func store(_ workspace: SearchWorkspace, source: Int, in graph: SearchGraph) {
        node = source
        delta.update(from: workspace.delta, count: nodeCount)
        delta[source] = 0
        distance.update(from: workspace.distance, count: nodeCount)
        let start = Int(graph.offsets[source]), end = Int(graph.offsets[source + 1])
        rowSigma.removeAll(keepingCapacity: true)
        rowSuccessor.removeAll(keepingCapacity: true)
        for e in start..<end {
            let c = Int(graph.neighbors[e])
            rowSigma.append(workspace.sigma[c])
            rowSuccessor.append(workspace.isPredecessorArc(Int(graph.reverse[e])))
        }
        histogram.removeAll(keepingCapacity: true)
        let levels = workspace.levelEnds, distances = workspace.levelDistances
        if let longest = distances.last {
            histogram = [Int](repeating: 0, count: Int(longest) + 1)
            var previous = 0
            for (end, d) in zip(levels, distances) {
                histogram[Int(d)] += end - previous
                previous = end
            }
        }
        var largest = 0.0
        for i in 0..<workspace.reached { largest = Swift.max(largest, workspace.sigma[Int(workspace.order[i])]) }
        largestSigma = largest
    }
}

/// Providers' searches kept for the sources that borrow them, shared by all chunks of one run.
///
/// Each provider (an attachment point of pendant pieces, or a twin's representative) is kept from its
/// first use to its last, counted over the whole run: sources hanging on one actor are spread over all
/// chunks. Kept searches take at most `budget` bytes; beyond that a use searches afresh (same bits, more
/// time). Thread-safe; a kept search is never changed, so readers share it.
final class ProviderCache: Sendable {
    private struct State {
        var kept: [Int: ProviderSearch] = [:]
        var remaining: [Int: Int]
        var bytes = 0
        var borrowed = 0
        var fellBack = 0
    }
    private let state: Mutex<State>
    private let budget: Int
    private let entryBytes: Int

    /// Memory for kept searches: at most 256 MiB, and at most an eighth of the machine's memory.
    static func defaultBudget() -> Int {
        Swift.min(256 << 20, Int(ProcessInfo.processInfo.physicalMemory / 8))
    }

    /// `uses`: for each provider with at least two uses, how many (its own turn and its dependents').
    init(uses: [Int: Int], nodeCount: Int, budget: Int = ProviderCache.defaultBudget()) {
        state = Mutex(State(remaining: uses))
        self.budget = budget
        entryBytes = 12 * nodeCount + 1_024
    }

    /// Whether `p` is worth keeping (used at least twice).
    func isShared(_ p: Int) -> Bool { state.withLock { $0.remaining[p] != nil } }

    func search(of p: Int) -> ProviderSearch? { state.withLock { $0.kept[p] } }

    /// Keeps `search` as p's if memory allows and p is used again.
    func keep(_ search: ProviderSearch, for p: Int) {
        state.withLock { state in
            guard state.kept[p] == nil, (state.remaining[p] ?? 0) > 1, state.bytes + entryBytes <= budget else { return }
            state.kept[p] = search
            state.bytes += entryBytes
        }
    }

    /// Sources that borrowed a search, and sources that tried but searched in full (the bits would have differed).
    var counts: (borrowed: Int, fellBack: Int) { state.withLock { ($0.borrowed, $0.fellBack) } }

    func count(borrowed: Bool) {
        state.withLock { state in
            if borrowed { state.borrowed += 1 } else { state.fellBack += 1 }
        }
    }

    /// Marks one use of `p` done; its search is let go after the last.
    func used(_ p: Int) {
        state.withLock { state in
            guard let left = state.remaining[p] else { return }
            if left <= 1 {
                state.remaining[p] = 0
                if state.kept.removeValue(forKey: p) != nil { state.bytes -= entryBytes }
            } else {
                state.remaining[p] = left - 1
            }
        }
    }
}

/// Runs one chunk of sources in order, borrowing searches as ``FoldingPlan`` allows, into the chunk's sums.
///
/// Every source adds exactly what its own full search would add, in the same order of sources, so the
/// chunk's sums are bit for bit those of the plain loop; which searches are kept (``ProviderCache``)
/// changes only the time.
struct FoldedChunk {
    let graph: SearchGraph
    let plan: FoldingPlan
    let cache: ProviderCache
    let weighted: Bool
    /// Also sum what closeness and harmonic centrality need, at `pathOffset` (see `addPathSums`).
    let pathSums: Bool
    let sampled: Bool
    let scale: Double
    let pathOffset: Int

    /// For each provider of `sources` used at least twice, its number of uses.
    static func uses(of sources: [Int], plan: FoldingPlan) -> [Int: Int] {
        guard !plan.isEmpty else { return [:] }
        var uses: [Int: Int] = [:]
        for s in sources {
            if let p = plan.provider(of: s) { uses[p, default: 0] += 1 }
        }
        var isSource = Set<Int>()
        for s in sources where uses[s] != nil { isSource.insert(s) }
        for s in isSource { uses[s, default: 0] += 1 }
        return uses.filter { $0.value >= 2 }
    }

    func run(
        sources: [Int], range: Range<Int>, workspace: SearchWorkspace, into values: UnsafeMutablePointer<Double>,
        progress: ProgressCounter?
    ) {
        let n = graph.nodeCount
        /// p's search, kept or made now (and kept if memory allows); `contributing` when it is p's own turn.
        func provided(_ p: Int, contributing: Bool) -> ProviderSearch {
            if let kept = cache.search(of: p) {
                if contributing {
                    addBorrowed(kept, excluding: [p], into: values)
                    if pathSums { addPathSums(of: kept, source: p, twin: nil, into: values) }
                }
                return kept
            }
            let made = ProviderSearch(nodeCount: n)
            search(from: p, workspace: workspace)
            if contributing {
                workspace.accumulate(in: graph, into: values)
                if pathSums { workspace.addPathSums(source: p, sampled: sampled, scale: scale, into: values, at: pathOffset) }
            } else {
                workspace.accumulateDependencies(in: graph)
            }
            made.store(workspace, source: p, in: graph)
            workspace.clear(in: graph)
            cache.keep(made, for: p)
            return made
        }
        for i in range {
            let s = sources[i]
            defer { progress?.advance() }
            if cache.isShared(s) {
                _ = provided(s, contributing: true)
                cache.used(s)
            } else if let p = plan.provider(of: s), cache.isShared(p) {
                let kept = provided(p, contributing: false)
                let borrowed = derive(s, from: kept, workspace: workspace, into: values)
                if !borrowed { fullSearch(from: s, workspace: workspace, into: values) }
                cache.count(borrowed: borrowed)
                cache.used(p)
            } else {
                fullSearch(from: s, workspace: workspace, into: values)
            }
        }
    }

    private func search(from s: Int, workspace: SearchWorkspace) {
        if weighted { workspace.dial(from: s, in: graph) } else { workspace.breadthFirst(from: s, in: graph) }
    }

    private func fullSearch(from s: Int, workspace: SearchWorkspace, into values: UnsafeMutablePointer<Double>) {
        search(from: s, workspace: workspace)
        workspace.accumulate(in: graph, into: values)
        if pathSums { workspace.addPathSums(source: s, sampled: sampled, scale: scale, into: values, at: pathOffset) }
        workspace.clear(in: graph)
    }

    /// Adds `kept`'s dependencies on every node but the `excluded` ones (ascending or not) to `values`.
    private func addBorrowed(_ kept: ProviderSearch, excluding excluded: [Int], into values: UnsafeMutablePointer<Double>) {
        let source = kept.delta
        var from = 0
        for x in excluded.sorted() + [graph.nodeCount] {
            var w = from
            while w < x {
                values[w] += source[w]
                w += 1
            }
            from = x + 1
        }
    }

    /// Derives source `s`'s contribution from its provider's kept search; false (with nothing added) when
    /// the conditions for identical bits do not hold, so that the caller searches in full.
    private func derive(
        _ s: Int, from kept: ProviderSearch, workspace: SearchWorkspace, into values: UnsafeMutablePointer<Double>
    ) -> Bool {
        let p = plan.piece[s]
        if p < 0 { return deriveTwin(s, from: kept, into: values) }
        let a = kept.node
        let ok: Bool = plan.piece.withUnsafeBufferPointer { labels in
            guard let labels = labels.baseAddress else { return false }
            if weighted {
                kept.rowSuccessor.withUnsafeBufferPointer { successor in
                    guard let successor = successor.baseAddress else { return }
                    workspace.pieceDial(from: s, piece: p, attachment: a, labels: labels,
                                        attachmentSuccessor: successor, in: graph)
                }
            } else {
                workspace.pieceBreadthFirst(from: s, piece: p, attachment: a, labels: labels, in: graph)
            }
            // A power of two of paths to the attachment scales everything beyond it exactly (and far from
            // overflow); any other count would round differently.
            let k = workspace.sigma[a]
            guard k >= 1, k <= 0x1p20, k.significandBitPattern == 0, kept.largestSigma < 0x1p900 else {
                workspace.clear(in: graph)
                return false
            }
            // Stand-ins: the attachment's neighbours outside the piece carry its borrowed dependencies.
            let start = Int(graph.offsets[a]), end = Int(graph.offsets[a + 1])
            for e in start..<end {
                let c = Int(graph.neighbors[e])
                guard labels[c] != p, workspace.distance[c] != SearchWorkspace.unvisited else { continue }
                workspace.delta[c] = kept.delta[c]
                workspace.sigma[c] = k * kept.rowSigma[e - start]
            }
            workspace.pieceAccumulate(piece: p, attachment: a, labels: labels, in: graph, into: values)
            return true
        }
        guard ok else { return false }
        // Everything outside the piece and its attachment: the provider's dependencies, bit for bit.
        let members = plan.pieceMembers[plan.pieceStart[Int(p)]..<plan.pieceStart[Int(p) + 1]].map { Int($0) }
        addBorrowed(kept, excluding: members + [a], into: values)
        if pathSums { addPiecePathSums(s, piece: members, attachment: a, kept: kept, workspace: workspace, into: values) }
        workspace.clear(in: graph)
        return true
    }

    /// A twin's contribution: its representative's, with the two swapped, when their search orders agree.
    private func deriveTwin(_ t: Int, from kept: ProviderSearch, into values: UnsafeMutablePointer<Double>) -> Bool {
        let r = kept.node
        let (low, high) = (Swift.min(r, t), Swift.max(r, t))
        let offsets = graph.offsets, neighbors = graph.neighbors
        if weighted {
            // Nodes at t's distance settle in index order: none may lie between the two.
            let d = kept.distance[t]
            for x in (low + 1)..<high where kept.distance[x] == d { return false }
        } else if plan.twinAdjacent[t] {
            // Both are in each other's first level, ascending: no common neighbour between them.
            for e in Int(offsets[r])..<Int(offsets[r + 1]) {
                let x = Int(neighbors[e])
                if x > low && x < high && x != t { return false }
            }
        } else {
            // Both are appended by their smallest common neighbour, ascending: none of its new ones between them.
            let first = Int(neighbors[Int(offsets[r])])
            for e in Int(offsets[first])..<Int(offsets[first + 1]) {
                let x = Int(neighbors[e])
                if x > low && x < high && kept.distance[x] == 2 { return false }
            }
        }
        addBorrowed(kept, excluding: [r, t], into: values)
        if pathSums { addPathSums(of: kept, source: t, twin: r, into: values) }
        return true
    }

    /// Path sums of a source whose distances are the kept search's: its provider itself, or a twin of it.
    private func addPathSums(of kept: ProviderSearch, source s: Int, twin r: Int?, into sums: UnsafeMutablePointer<Double>) {
        let n = graph.nodeCount, offset = pathOffset
        if sampled {
            for w in 0..<n where w != s && kept.distance[w] != SearchWorkspace.unvisited {
                let d = Double(w == r ? kept.distance[s] : kept.distance[w])
                sums[offset + w] += 1
                sums[offset + n + w] += d
                sums[offset + 2 * n + w] += scale / d
            }
            return
        }
        addExactPathSums(kept.histogram, source: s, into: sums)
    }

    /// Path sums of a piece's source: its piece's distances from its own search, the rest's from the provider's.
    private func addPiecePathSums(
        _ s: Int, piece members: [Int], attachment a: Int, kept: ProviderSearch, workspace: SearchWorkspace,
        into sums: UnsafeMutablePointer<Double>
    ) {
        let n = graph.nodeCount, offset = pathOffset
        let toAttachment = Int(workspace.distance[a])
        if sampled {
            for w in 0..<n where kept.distance[w] != SearchWorkspace.unvisited && w != s {
                let inside = w == a || plan.piece[w] == plan.piece[s]
                let d = Double(inside ? Int(workspace.distance[w]) : toAttachment + Int(kept.distance[w]))
                sums[offset + w] += 1
                sums[offset + n + w] += d
                sums[offset + 2 * n + w] += scale / d
            }
            return
        }
        var histogram = [Int](repeating: 0, count: kept.histogram.count + toAttachment)
        for (d, count) in kept.histogram.enumerated() { histogram[d + toAttachment] += count }
        for w in members + [a] {
            histogram[Int(kept.distance[w]) + toAttachment] -= 1
            let own = Int(workspace.distance[w])
            if own >= histogram.count { histogram += [Int](repeating: 0, count: own + 1 - histogram.count) }
            histogram[own] += 1
        }
        addExactPathSums(histogram, source: s, into: sums)
    }

    /// The exact-mode slots of `s` from its distances' histogram (its own distance 0 included once).
    private func addExactPathSums(_ histogram: [Int], source s: Int, into sums: UnsafeMutablePointer<Double>) {
        let n = graph.nodeCount, offset = pathOffset
        var reached = 0, total = 0
        var harmonic = 0.0
        for d in 1..<Swift.max(histogram.count, 1) where histogram[d] > 0 {
            let count = histogram[d]
            reached += count
            total += d * count
            let reciprocal = scale / Double(d)
            for _ in 0..<count { harmonic += reciprocal }
        }
        sums[offset + s] += Double(reached)
        sums[offset + n + s] += Double(total)
        sums[offset + 2 * n + s] += harmonic
    }
}
