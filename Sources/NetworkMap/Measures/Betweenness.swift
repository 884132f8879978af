/// How the path searches run; both give the same values, bit for bit.
public enum PathAlgorithm: Sendable, Hashable {
    /// Searches on flat 32-bit arrays that mark each node's predecessors as they go, and sources in
    /// pendant pieces or identical to another borrowing that one's search (see `FoldingPlan`). The default.
    case standard
    /// Brandes 2001 as written: one plain search from every source, each neighbour's distance tested in
    /// the backward pass. The reference the tests and the benchmark compare with.
    case plain
}

extension Graph {
    /// Betweenness centrality of every node: the share of shortest paths between other pairs that pass through it.
    ///
    /// Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2), 163-177, 2001
    /// (doi:10.1080/0022250X.2001.9990249): one breadth-first search (unweighted) or Dijkstra search
    /// (`weighted`, distance = 1 / strength on exact integer lengths, see `EdgeLengths`) per source, then
    /// the dependencies δ(v) = Σ_w σ(v)/σ(w) · (1 + δ(w)) are accumulated backwards. Values and
    /// normalisation are networkx 3.6's `betweenness_centrality` (endpoints excluded): `normalized`
    /// divides the sum over ordered pairs by (n - 1)(n - 2); otherwise it is halved, since the graph is
    /// undirected. Below three nodes every value is 0.
    ///
    /// Worked example, the path a – b – c – d: b lies on the shortest paths a–c and a–d, c on a–d and
    /// b–d, each counted in both directions, so both have 4 / ((4 - 1)(4 - 2)) = 2/3 (unnormalized 2),
    /// a and d 0. In the 4-cycle a – b – c – d – a, a and c are joined by two shortest paths, one
    /// through b: b gets half of a–c in each direction, 1 / 6 normalized.
    ///
    /// With `samples: k` (k < n), only k pivot sources chosen by `seed` are searched and the result is
    /// scaled as networkx does for its `k`: pivots by 1 / ((k - 1)(n - 2)), other nodes by
    /// 1 / (k (n - 2)) (unnormalized: (n - 1) / (2(k - 1)) and (n - 1) / (2k)); a single pivot's own
    /// value is then undefined and NaN, as in networkx. An estimate (Brandes & Pich, "Centrality
    /// estimation in large networks", Int. J. Bifurcation and Chaos 17(7), 2007,
    /// doi:10.1142/S0218127407018403), meant for networks too large for all sources (above some 20,000
    /// nodes); the caller decides.
    ///
    /// Sources in pendant pieces (leaves, pendant trees, small groups hanging on one actor) and identical
    /// actors borrow the search of the actor they hang on or resemble, as `FoldingPlan` explains
    /// (Baglioni et al. 2012, doi:10.1109/ASONAM.2012.80; Sariyüce et al. 2013,
    /// doi:10.1137/1.9781611972832.76), without changing a bit; `algorithm: .plain` runs every search.
    ///
    /// - Complexity: O(s |E|) unweighted, O(s (|E| + D)) weighted with D the largest integer distance
    ///   (Dial's buckets), for s sources (n, or k when sampled; fewer searched in full when pieces or
    ///   identical actors borrow), spread over all cores; the result does not depend on their number
    ///   (see `SourceChunks`). Memory O(|V| + |E|) per core, plus borrowed searches kept for at most 256 MiB.
    public func betweenness(
        weighted: Bool = false, normalized: Bool = true, samples: Int? = nil, seed: UInt64 = 42,
        algorithm: PathAlgorithm = .standard, progress: ProgressCounter? = nil
    ) -> [Double] {
        brandes(weighted: weighted, normalized: normalized, samples: samples, seed: seed, parallel: true,
                pathSums: false, algorithm: algorithm, progress: progress).betweenness
    }

    /// Unweighted betweenness, closeness and harmonic centrality from one set of breadth-first searches.
    ///
    /// Identical, bit for bit, to `betweenness(weighted: false, samples:seed:)`,
    /// `closeness(samples:seed:)` and `harmonicCentrality(samples:seed:)` with the same arguments, at
    /// the cost of one of them: the searches of Brandes' algorithm already give every distance that
    /// closeness and harmonic centrality sum.
    ///
    /// - Complexity: O(s |E|) for s sources (n, or k when sampled), as `betweenness`.
    public func betweennessAndCloseness(
        samples: Int? = nil, seed: UInt64 = 42, algorithm: PathAlgorithm = .standard, progress: ProgressCounter? = nil
    ) -> (betweenness: [Double], closeness: [Double], harmonic: [Double]) {
        let result = brandes(weighted: false, normalized: true, samples: samples, seed: seed, parallel: true,
                             pathSums: true, algorithm: algorithm, progress: progress)
        let sums = result.pathSums ?? []
        let paths = finishPathSums(sums, pivots: result.pivots, scale: 1)
        return (result.betweenness, paths.closeness, paths.harmonic)
    }

    /// `betweenness` with the choice of running serially, to check that parallel runs give identical bits.
    func betweenness(
        weighted: Bool, normalized: Bool, samples: Int?, seed: UInt64, parallel: Bool, algorithm: PathAlgorithm = .standard
    ) -> [Double] {
        brandes(weighted: weighted, normalized: normalized, samples: samples, seed: seed, parallel: parallel,
                pathSums: false, algorithm: algorithm).betweenness
    }

    /// Brandes' algorithm from every source (or from sampled pivots), optionally also summing what
    /// closeness and harmonic centrality need (laid out as `pathSums(weighted:samples:seed:parallel:)` does).
    func brandes(
        weighted: Bool, normalized: Bool, samples: Int?, seed: UInt64, parallel: Bool, pathSums: Bool,
        algorithm: PathAlgorithm = .standard, progress: ProgressCounter? = nil
    ) -> (betweenness: [Double], pathSums: [Double]?, pivots: [Int]?) {
        let n = nodeCount
        let (sources, pivots) = searchSources(samples: samples, seed: seed)
        let lengths = weighted ? EdgeLengths(self) : nil
        let scale = lengths?.scale ?? 1
        let graph = self
        let sampled = pivots != nil
        // [0, n) betweenness; with pathSums, [n, 4n) as in `pathSums`: reached, sum of lengths, sum of scale / length.
        let width = pathSums ? 4 * n : n
        let fast = algorithm == .plain ? nil : SearchGraph(self, lengths: lengths)
        let plan = fast.map { _ in FoldingPlan(self, lengths: lengths.map { $0.lengths.map { Int32($0) } }) }
        let cache = plan.map { ProviderCache(uses: FoldedChunk.uses(of: sources, plan: $0), nodeCount: n) }
        let all = SourceChunks.sum(sourceCount: sources.count, width: width, parallel: parallel) { range, partial in
            if let fast, let plan, let cache {
                let workspace = SearchWorkspace(for: fast)
                let chunk = FoldedChunk(graph: fast, plan: plan, cache: cache, weighted: weighted, pathSums: pathSums,
                                        sampled: sampled, scale: scale, pathOffset: n)
                partial.withUnsafeMutableBufferPointer { buffer in
                    guard let values = buffer.baseAddress else { return }
                    chunk.run(sources: sources, range: range, workspace: workspace, into: values, progress: progress)
                }
                return
            }
            var search = SingleSourceSearch(nodeCount: n)
            var delta = [Double](repeating: 0, count: n)
            for index in range {
                let s = sources[index]
                search.run(from: s, in: graph, lengths: lengths)
                graph.accumulateDependencies(of: search, source: s, lengths: lengths, delta: &delta, into: &partial)
                progress?.advance()
                guard pathSums else { continue }
                for v32 in search.order.dropFirst() {  // the source itself comes first, at distance 0
                    let v = Int(v32), d = search.distance[v]
                    let target = sampled ? v : s
                    partial[n + target] += 1
                    partial[2 * n + target] += d
                    partial[3 * n + target] += scale / d
                }
            }
        }
        var values = pathSums ? Array(all[0..<n]) : all
        let sums = pathSums ? Array(all[n...]) : nil
        let pairs = n - 1  // networkx's N: endpoints excluded
        guard pairs >= 2 else { return (values, sums, pivots) }
        guard let pivots else {
            let scale = normalized ? 1 / (Double(pairs) * Double(pairs - 1)) : 0.5
            for v in 0..<n { values[v] *= scale }
            return (values, sums, nil)
        }
        let k = Double(pivots.count)
        let nonPivotScale = normalized ? 1 / (k * Double(pairs - 1)) : Double(pairs) / (2 * k)
        let pivotScale: Double =
            pivots.count < 2 ? .nan : normalized ? 1 / ((k - 1) * Double(pairs - 1)) : Double(pairs) / (2 * (k - 1))
        var isPivot = [Bool](repeating: false, count: n)
        for p in pivots { isPivot[p] = true }
        for v in 0..<n { values[v] *= isPivot[v] ? pivotScale : nonPivotScale }
        return (values, sums, pivots)
    }

    /// Brandes' backward pass as written (the `.plain` algorithm): adds the dependencies of `source` on
    /// every other node to `values`, testing every neighbour's distance.
    ///
    /// delta(v) = sum over successors w of sigma(v) / sigma(w) · (1 + delta(w)).
    ///
    /// - Complexity: O(|E|).
    private func accumulateDependencies(
        of search: SingleSourceSearch, source: Int, lengths: EdgeLengths?,
        delta: inout [Double], into values: inout [Double]
    ) {
        for w32 in search.order { delta[Int(w32)] = 0 }
        for w32 in search.order.reversed() {
            let w = Int(w32)
            let coefficient = (1 + delta[w]) / search.sigma[w]
            for e in offsets[w]..<offsets[w + 1] {
                let v = Int(neighbors[e])
                if search.isPredecessorEdge(v, w, entry: e, lengths: lengths) {
                    delta[v] += search.sigma[v] * coefficient
                }
            }
            if w != source { values[w] += delta[w] }
        }
    }
}
