import Dispatch
import Foundation

extension Graph {
    /// The number of distinct neighbours of every node, as networkx 3.6's `G.degree()`.
    ///
    /// - Complexity: O(|V|).
    public func degrees() -> [Int] {
        (0..<nodeCount).map { degree(of: $0) }
    }

    /// Degree centrality: degree / (n - 1), as networkx 3.6's `degree_centrality` (1 for a lone node).
    ///
    /// Freeman, "Centrality in social networks: conceptual clarification", Social Networks 1(3), 1978
    /// (doi:10.1016/0378-8733(78)90021-7). The centre of a star with three leaves has 3/3 = 1, each leaf 1/3.
    ///
    /// - Complexity: O(|V|).
    public func degreeCentrality() -> [Double] {
        guard nodeCount > 1 else { return [Double](repeating: 1, count: nodeCount) }
        let scale = 1 / (Double(nodeCount) - 1)
        return (0..<nodeCount).map { Double(degree(of: $0)) * scale }
    }

    /// PageRank (Brin & Page 1998) with damping `alpha`, tie strength as weight, by power iteration.
    ///
    /// Brin & Page, "The anatomy of a large-scale hypertextual Web search engine", Computer Networks and
    /// ISDN Systems 30, 1998 (doi:10.1016/S0169-7552(98)00110-X), as networkx 3.6's
    /// `pagerank(G, alpha, weight="weight")` on the undirected graph (each edge as two arcs): a walker
    /// follows an edge with probability proportional to its strength, and jumps to a uniformly random
    /// node with probability 1 - alpha; isolates (dangling nodes) jump uniformly.
    /// networkx stops once the L1 change is below n · 1e-6; here the iteration continues until it is
    /// below n · `tolerance` (default 1e-13) or `maxIterations` are done, so the values are those of
    /// networkx run with a tight `tol` (the tests compare with networkx at tol=1e-12 within 1e-9).
    /// Values sum to 1.
    ///
    /// Worked example, the path a – b – c with strengths 1: b holds half of all ties' ends, and
    /// PR(b) = 0.15/3 + 0.85 (PR(a) + PR(c)), PR(a) = 0.15/3 + 0.85 PR(b)/2, which gives PR(b) ≈ 0.486
    /// and PR(a) = PR(c) ≈ 0.257.
    ///
    /// Each iteration computes every node's new value from the old ones (on all cores from 4,000
    /// nodes) with the same additions in the same order, and sums the changes one node after the
    /// other, so the result does not depend on the number of cores.
    ///
    /// - Complexity: O(|V| + |E|) per iteration; about 60-70 iterations at alpha 0.85 and the default
    ///   tolerance on the benchmark's city networks.
    public func pagerank(alpha: Double = 0.85, tolerance: Double = 1e-13, maxIterations: Int = 10_000) -> [Double] {
        let n = nodeCount
        guard n > 0 else { return [] }
        var outStrength = [Double](repeating: 0, count: n)
        for v in 0..<n {
            for e in offsets[v]..<offsets[v + 1] { outStrength[v] += strengths[e] }
        }
        let inverseOut = outStrength.map { $0 != 0 ? 1 / $0 : 0 }
        let dangling = (0..<n).filter { outStrength[$0] == 0 }
        let uniform = 1 / Double(n)
        var x = [Double](repeating: uniform, count: n)
        var next = x
        var share = [Double](repeating: 0, count: n)  // x[u] / outStrength[u]
        var change = [Double](repeating: 0, count: n)
        let rows = RowBlocks(self)
        for _ in 0..<maxIterations {
            var lost = 0.0
            for u in dangling { lost += x[u] }
            for u in 0..<n { share[u] = x[u] * inverseOut[u] }
            let base = alpha * lost * uniform + (1 - alpha) * uniform
            share.withUnsafeBufferPointer { share in
            x.withUnsafeBufferPointer { x in
            next.withUnsafeMutableBufferPointer { next in
            change.withUnsafeMutableBufferPointer { change in
                let share = UnsafeSendable(share), x = UnsafeSendable(x)
                let next = UnsafeSendable(next), change = UnsafeSendable(change)
                rows.forEachBlock { block, offsets, neighbors, strengths in
                    for v in block {
                        var incoming = 0.0
                        for e in Int(offsets[v])..<Int(offsets[v + 1]) {
                            incoming += share.value[Int(neighbors[e])] * strengths[e]
                        }
                        next.value[v] = alpha * incoming + base
                        change.value[v] = abs(next.value[v] - x.value[v])
                    }
                }
            } } } }
            var total = 0.0
            for v in 0..<n { total += change[v] }
            swap(&x, &next)
            if total < Double(n) * tolerance { break }
        }
        return x
    }

    /// Eigenvector centrality (Bonacich 1987), unweighted, by power iteration on A + I.
    ///
    /// Bonacich, "Power and centrality: a family of measures", Am. J. Sociol. 92(5), 1987
    /// (doi:10.1086/228631), as networkx 3.6's `eigenvector_centrality(G, weight=None)`: start from the
    /// uniform vector, multiply by A + I, scale to Euclidean norm 1, until the L1 change is below
    /// n · `tolerance` (networkx's default tol is 1e-6; the tests compare with networkx at tol=1e-12
    /// within 1e-9) or `maxIterations` are done (then the last iterate is returned, where networkx would
    /// raise).
    ///
    /// Worked example, the star with centre a and leaves b, c, d: the leading eigenvector of A is
    /// (√3, 1, 1, 1) scaled, so a gets √3 / √6 ≈ 0.707 and each leaf 1 / √6 ≈ 0.408. A + I has the same
    /// eigenvectors; adding I only keeps the iteration from oscillating on bipartite graphs such as this one.
    ///
    /// On a disconnected graph this is deterministic but not a per-component measure: the iteration
    /// converges to the projection of the uniform start onto the dominant eigenspace, so components whose
    /// largest eigenvalue is below the graph's largest decay to 0 (isolates always do, unless the graph
    /// has no edges; then every node gets 1 / √n), and components sharing it keep a share.
    ///
    /// The products run on all cores from 4,000 nodes; the norm and the change are summed one node
    /// after the other, as before, so the result does not depend on the number of cores.
    ///
    /// - Complexity: O(|V| + |E|) per iteration; the number of iterations grows as the gap between the
    ///   two largest eigenvalues shrinks (130-320 on the benchmark's city networks).
    public func eigenvectorCentrality(tolerance: Double = 1e-13, maxIterations: Int = 10_000) -> [Double] {
        let n = nodeCount
        guard n > 0 else { return [] }
        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = x
        let rows = RowBlocks(self)
        for _ in 0..<maxIterations {
            x.withUnsafeBufferPointer { x in
            next.withUnsafeMutableBufferPointer { next in
                let x = UnsafeSendable(x), next = UnsafeSendable(next)
                rows.forEachBlock { block, offsets, neighbors, _ in
                    for v in block {
                        var sum = x.value[v]
                        for e in Int(offsets[v])..<Int(offsets[v + 1]) { sum += x.value[Int(neighbors[e])] }
                        next.value[v] = sum
                    }
                }
            } }
            var squares = 0.0
            for v in 0..<n { squares += next[v] * next[v] }
            let norm = squares > 0 ? squares.squareRoot() : 1
            var change = 0.0
            for v in 0..<n {
                next[v] /= norm
                change += abs(next[v] - x[v])
            }
            swap(&x, &next)
            if change < Double(n) * tolerance { break }
        }
        return x
    }
}

/// A buffer pointer handed to the workers of one parallel loop, each writing (or reading) its own nodes.
///
/// `@unchecked Sendable`: the loops that use it write disjoint ranges and finish before the buffer's
/// owner goes on.
struct UnsafeSendable<Buffer>: @unchecked Sendable {
    let value: Buffer
    init(_ value: Buffer) { self.value = value }
}

/// The graph's rows in 32-bit arrays, cut into contiguous blocks of nodes for the iterative measures.
///
/// From 4,000 nodes on, the blocks run on all cores (`concurrentPerform`); below, one block runs on the
/// caller's thread, where a parallel loop would cost more than it saves. The threshold was 20,000 until
/// the bench showed two cores gaining already at 5,000 and 10,000 nodes (10,000 actors: eigenvector
/// 0.012 -> 0.009 s, PageRank 0.008 -> 0.005 s wall, same bits).
struct RowBlocks: Sendable {
    private let offsets: [Int32]
    private let neighbors: [Int32]
    private let strengths: [Double]
    private let blocks: [Range<Int>]

    static let parallelThreshold = 4_000

    init(_ graph: Graph) {
        offsets = graph.offsets.map { Int32($0) }
        neighbors = graph.neighbors + [0]  // never empty, so that its buffer has an address
        strengths = graph.strengths + [0]
        let n = graph.nodeCount
        let count = n >= Self.parallelThreshold ? Swift.max(1, ProcessInfo.processInfo.activeProcessorCount) * 4 : 1
        blocks = (0..<count).map { (($0 * n) / count)..<((($0 + 1) * n) / count) }
    }

    /// Runs `body` on every block, in parallel when there are several.
    func forEachBlock(
        _ body: @Sendable (Range<Int>, UnsafePointer<Int32>, UnsafePointer<Int32>, UnsafePointer<Double>) -> Void
    ) {
        offsets.withUnsafeBufferPointer { offsets in
        neighbors.withUnsafeBufferPointer { neighbors in
        strengths.withUnsafeBufferPointer { strengths in
            guard let o = offsets.baseAddress, let nb = neighbors.baseAddress, let st = strengths.baseAddress else { return }
            let pointers = UnsafeSendable((o, nb, st))
            if blocks.count == 1 {
                body(blocks[0], o, nb, st)
                return
            }
            let blocks = self.blocks
            DispatchQueue.concurrentPerform(iterations: blocks.count) { k in
                let (o, nb, st) = pointers.value
                body(blocks[k], o, nb, st)
            }
        } } }
    }
}
