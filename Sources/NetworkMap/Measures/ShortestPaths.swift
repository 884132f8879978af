import Collections
import Dispatch

/// Edge lengths for weighted shortest paths: distance = 1 / strength, on exact integers where possible.
///
/// Summing `1.0 / strength` in floating point breaks ties between paths of equal length
/// (1/3 + 1 + 1 differs from 1 + 1 + 1/3), so equal paths would be missed. Instead each strength is
/// written as a reduced fraction p/q (q ≤ 64) and every edge gets the integer length `L·q/p`, where
/// `L` is the least common multiple of the numerators p; for strengths 1-3 that is 6/strength. Paths
/// are then sums of integers, exact in `Double` while below 2^53, and distance = length / `L`.
/// If the strengths have no such representation (or `L` would overflow that bound), lengths are
/// `1 / strength` in `Double` and two path lengths count as equal within a relative `tolerance` of 1e-12.
/// Strengths that are not positive finite numbers count as 1.
struct EdgeLengths: Sendable {
    /// Length of each adjacency entry of the graph, in units of 1 / `scale`.
    let lengths: [Double]
    /// Real distance = length / scale.
    let scale: Double
    /// Relative difference under which two path lengths count as equal; 0 when lengths are exact integers.
    let tolerance: Double

    /// Relative tolerance of the floating-point fallback.
    static let fallbackTolerance = 1e-12

    /// Lengths at most this large are searched with a bucket queue instead of a heap.
    static let bucketLimit = 1_024

    /// Largest length plus one when lengths are exact integers of at most ``bucketLimit``; nil otherwise.
    ///
    /// Strengths 1-3 give lengths 2, 3 and 6, so seven buckets.
    let bucketCount: Int?

    init(_ graph: Graph) {
        let strengths = graph.strengths.map { $0.isFinite && $0 > 0 ? $0 : 1 }
        let distinct = Set(strengths).sorted()
        if let exact = Self.integerLengths(distinct, nodeCount: graph.nodeCount) {
            lengths = strengths.map { exact.length[$0] ?? 1 }
            scale = exact.scale
            tolerance = 0
            let longest = exact.length.values.max() ?? 1
            bucketCount = longest <= Double(Self.bucketLimit) ? Int(longest) + 1 : nil
        } else {
            lengths = strengths.map { 1 / $0 }
            scale = 1
            tolerance = Self.fallbackTolerance
            bucketCount = nil
        }
    }

    /// The integer length of each distinct strength and the common scale, if all fit exactly.
    private static func integerLengths(_ strengths: [Double], nodeCount: Int) -> (length: [Double: Double], scale: Double)? {
        var fractions: [(p: Int64, q: Int64)] = []
        for s in strengths {
            guard let f = fraction(s) else { return nil }
            fractions.append(f)
        }
        var scale: Int64 = 1
        for f in fractions {
            let g = gcd(scale, f.p)
            let (product, overflow) = (scale / g).multipliedReportingOverflow(by: f.p)
            guard !overflow else { return nil }
            scale = product
        }
        var length: [Double: Double] = [:]
        let limit = Int64(1) << 53
        for (s, f) in zip(strengths, fractions) {
            let (lq, overflow) = scale.multipliedReportingOverflow(by: f.q)
            guard !overflow else { return nil }
            let l = lq / f.p
            // A shortest path has at most n - 1 edges; its length must stay exact in a Double.
            guard l < limit / Int64(max(nodeCount, 1)) else { return nil }
            length[s] = Double(l)
        }
        return (length, Double(scale))
    }

    /// `s` as p/q in lowest terms with q ≤ 64, if exactly representable so.
    private static func fraction(_ s: Double) -> (p: Int64, q: Int64)? {
        for q in 1...64 {
            let scaled = s * Double(q)
            let p = scaled.rounded()
            guard p == scaled, p >= 1, p < 1e15 else { continue }
            let pi = Int64(p), qi = Int64(q)
            guard Double(pi) / Double(qi) == s, gcd(pi, qi) == 1 else { continue }
            return (pi, qi)
        }
        return nil
    }

    private static func gcd(_ a: Int64, _ b: Int64) -> Int64 {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a
    }
}

/// Buffers for one shortest-path search from a single source, reused across sources.
///
/// After `run`, `order` holds the reached nodes in order of non-decreasing distance (the stack S of
/// Brandes 2001), `distance` their path lengths (in units of 1 / scale, hops when unweighted) and
/// `sigma` their numbers of shortest paths from the source. Resetting touches only the nodes reached
/// by the previous search, so many searches in small components stay cheap.
struct SingleSourceSearch {
    private(set) var distance: [Double]
    private(set) var sigma: [Double]
    private(set) var order: [Int32] = []
    private var heap = Heap<QueueEntry>()
    /// Circular bucket queue for small integer lengths: slot d mod count holds nodes at distance d.
    private var buckets: [[Int32]] = []
    private var settling: [Int32] = []

    private struct QueueEntry: Comparable {
        let distance: Double
        let node: Int32
        static func < (a: QueueEntry, b: QueueEntry) -> Bool { (a.distance, a.node) < (b.distance, b.node) }
    }

    init(nodeCount: Int) {
        distance = [Double](repeating: .infinity, count: nodeCount)
        sigma = [Double](repeating: 0, count: nodeCount)
        order.reserveCapacity(nodeCount)
    }

    /// Breadth-first search (unweighted) or Dijkstra 1959 with a binary heap (weighted).
    ///
    /// Dijkstra, "A note on two problems in connexion with graphs", Numerische Mathematik 1, 269-271,
    /// 1959 (doi:10.1007/BF01386390). The plain search of the `.plain` algorithm, and the only one for
    /// lengths that are not small exact integers (see ``SearchWorkspace`` for the faster ones).
    ///
    /// - Complexity: O(|V| + |E|) unweighted, O((|V| + |E|) log |V|) weighted.
    mutating func run(from source: Int, in graph: Graph, lengths: EdgeLengths?) {
        for v in order { distance[Int(v)] = .infinity; sigma[Int(v)] = 0 }
        order.removeAll(keepingCapacity: true)
        distance[source] = 0
        sigma[source] = 1
        if let lengths, let bucketCount = lengths.bucketCount {
            dial(from: source, in: graph, lengths: lengths, bucketCount: bucketCount)
        } else if let lengths {
            dijkstra(from: source, in: graph, lengths: lengths)
        } else {
            breadthFirst(from: source, in: graph)
        }
    }

    private mutating func breadthFirst(from source: Int, in graph: Graph) {
        order.append(Int32(source))
        var head = 0
        while head < order.count {
            let v = Int(order[head]); head += 1
            let next = distance[v] + 1
            for e in graph.offsets[v]..<graph.offsets[v + 1] {
                let w = Int(graph.neighbors[e])
                if distance[w] == .infinity {
                    distance[w] = next
                    order.append(Int32(w))
                }
                if distance[w] == next { sigma[w] += sigma[v] }
            }
        }
    }

    private mutating func dijkstra(from source: Int, in graph: Graph, lengths: EdgeLengths) {
        heap.insert(QueueEntry(distance: 0, node: Int32(source)))
        let tolerance = lengths.tolerance
        while let entry = heap.popMin() {
            let v = Int(entry.node)
            guard entry.distance == distance[v] else { continue }  // stale entry
            order.append(entry.node)
            for e in graph.offsets[v]..<graph.offsets[v + 1] {
                let w = Int(graph.neighbors[e])
                let candidate = entry.distance + lengths.lengths[e]
                let current = distance[w]
                if candidate < current - tolerance * candidate {
                    distance[w] = candidate
                    sigma[w] = sigma[v]
                    heap.insert(QueueEntry(distance: candidate, node: Int32(w)))
                } else if abs(candidate - current) <= tolerance * candidate {
                    sigma[w] += sigma[v]
                }
            }
        }
    }

    /// Dijkstra's search with a circular bucket queue (Dial, "Algorithm 360: shortest-path forest with
    /// topological ordering", CACM 12(11), 632-633, 1969, doi:10.1145/363269.363610), for exact integer
    /// lengths of at most `bucketCount - 1`.
    ///
    /// Settles nodes in exactly the heap's order (distance, then node index): every length is at least
    /// 1, so a bucket does not grow while it is settled, and its nodes are sorted before. Same distances,
    /// path counts and `order` as `dijkstra`, hence the same bits downstream. Time O(|E| + D + Σ b log b)
    /// for largest distance D and bucket sizes b, instead of O((|V| + |E|) log |V|).
    private mutating func dial(from source: Int, in graph: Graph, lengths: EdgeLengths, bucketCount: Int) {
        if buckets.count != bucketCount { buckets = Array(repeating: [], count: bucketCount) }
        var settling = self.settling
        self.settling = []
        buckets[0].append(Int32(source))
        var pending = 1
        var slot = 0
        var current = 0.0
        while pending > 0 {
            swap(&settling, &buckets[slot])
            pending -= settling.count
            if settling.count > 1 { settling.sort() }
            for v32 in settling {
                let v = Int(v32)
                guard distance[v] == current else { continue }  // stale: reached by a shorter path since
                order.append(v32)
                for e in graph.offsets[v]..<graph.offsets[v + 1] {
                    let w = Int(graph.neighbors[e])
                    let length = lengths.lengths[e]
                    let candidate = current + length
                    let known = distance[w]
                    if candidate < known {
                        distance[w] = candidate
                        sigma[w] = sigma[v]
                        var target = slot + Int(length)
                        if target >= bucketCount { target -= bucketCount }
                        buckets[target].append(Int32(w))
                        pending += 1
                    } else if candidate == known {
                        sigma[w] += sigma[v]
                    }
                }
            }
            settling.removeAll(keepingCapacity: true)
            slot += 1
            if slot == bucketCount { slot = 0 }
            current += 1
        }
        self.settling = settling
    }

    /// Whether the adjacency entry `e` from `v` to `w` lies on a shortest path to `w`.
    @inline(__always)
    func isPredecessorEdge(_ v: Int, _ w: Int, entry e: Int, lengths: EdgeLengths?) -> Bool {
        guard let lengths else { return distance[v] + 1 == distance[w] }
        let through = distance[v] + lengths.lengths[e]
        return abs(through - distance[w]) <= lengths.tolerance * distance[w]
    }
}

/// Sums per-node contributions of many sources, in parallel and with a result independent of thread timing.
///
/// The sources are cut into at most `maxChunks` contiguous chunks, fixed by the source count alone;
/// each chunk runs serially into its own zeroed array of `width` values, and the chunks' arrays are
/// added in chunk order. So the parallel result is bit-identical to the serial one (`parallel: false`).
enum SourceChunks {
    /// Upper bound on chunks: enough to balance a few cores, few enough to keep `chunks × width` memory small.
    static let maxChunks = 16

    static func sum(
        sourceCount: Int, width: Int, parallel: Bool,
        work: @Sendable (_ sources: Range<Int>, _ partial: inout [Double]) -> Void
    ) -> [Double] {
        var total = [Double](repeating: 0, count: width)
        guard sourceCount > 0 else { return total }
        let chunkCount = min(sourceCount, maxChunks)
        let slots = ResultSlots(count: chunkCount)
        defer { slots.deallocate() }
        @Sendable func runChunk(_ c: Int) {
            var partial = [Double](repeating: 0, count: width)
            work((c * sourceCount / chunkCount)..<((c + 1) * sourceCount / chunkCount), &partial)
            slots.store(partial, at: c)
        }
        if parallel {
            DispatchQueue.concurrentPerform(iterations: chunkCount) { runChunk($0) }
        } else {
            for c in 0..<chunkCount { runChunk(c) }
        }
        for c in 0..<chunkCount {
            let partial = slots.value(at: c)
            for i in 0..<width { total[i] += partial[i] }
        }
        return total
    }
}

/// One result slot per chunk, written by exactly one worker each and read after all have finished.
///
/// `@unchecked Sendable` because the compiler cannot see that the workers write disjoint slots and that
/// `concurrentPerform` returns only when all are done; that is the whole of its safety argument.
private final class ResultSlots: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<[Double]>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: [], count: count)
        self.count = count
    }

    private let count: Int

    func store(_ value: [Double], at index: Int) { storage[index] = value }
    func value(at index: Int) -> [Double] { storage[index] }

    func deallocate() {
        storage.deinitialize(count: count)
        storage.deallocate()
    }
}

extension Graph {
    /// The sources of the path searches: every node, or `samples` pivots (then also returned).
    func searchSources(samples: Int?, seed: UInt64) -> (sources: [Int], pivots: [Int]?) {
        precondition(samples.map { $0 > 0 } ?? true, "samples must be positive")
        let pivots: [Int]? = samples.flatMap { $0 < nodeCount ? samplePivots($0, seed: seed) : nil }
        return (pivots ?? Array(0..<nodeCount), pivots)
    }

    /// `count` distinct pivot nodes, chosen by SplitMix64 from `seed` with a partial Fisher-Yates shuffle.
    ///
    /// The fixture script (`make_fixtures.py`) repeats this procedure to check sampled values against networkx,
    /// and the benchmark hands the same pivots to igraph.
    public func samplePivots(_ count: Int, seed: UInt64) -> [Int] {
        let k = Swift.max(0, Swift.min(count, nodeCount))
        var generator = SplitMix64(seed: seed)
        var nodes = Array(0..<nodeCount)
        for i in 0..<k {
            let j = i + Int(generator.next() % UInt64(nodeCount - i))
            nodes.swapAt(i, j)
        }
        return Array(nodes.prefix(k))
    }
}
