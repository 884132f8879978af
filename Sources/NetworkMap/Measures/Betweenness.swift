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

    /// Betweenness (unweighted and weighted), closeness and harmonic centrality: all the analysis needs of
    /// shortest paths, with as little searching as the lengths allow.
    ///
    /// Bit for bit `betweennessAndCloseness(samples:seed:)` and `betweenness(weighted: true, samples:seed:)`.
    /// When every tie has the same length (no strengths recorded, or all equal), the weighted searches
    /// find what the unweighted ones find: Dijkstra settles each distance's nodes by index where
    /// breadth-first search keeps them in the order it meets them. So one search per source serves both,
    /// its levels sorted by index for the weighted backward pass. Path counts below 2^53 are exact
    /// integers, whose additions give the same sum in any order; a source with more paths than that has
    /// its weighted search run on its own. Where pendant pieces and twins would save more than this
    /// sharing (more than a sixth of the sources borrowing), or lengths differ, the two passes run apart,
    /// each folding what it can.
    ///
    /// - Complexity: as `betweenness`, once instead of twice for equal lengths.
    public func pathMeasures(
        samples: Int? = nil, seed: UInt64 = 42, progress: ProgressCounter? = nil,
        weightedProgress: ProgressCounter? = nil
    ) -> (betweenness: [Double], weightedBetweenness: [Double], closeness: [Double], harmonic: [Double]) {
        if let shared = sharedPathMeasures(samples: samples, seed: seed, parallel: true, progress: progress) {
            weightedProgress?.advance(by: shared.sources)
            return (shared.betweenness, shared.weightedBetweenness, shared.closeness, shared.harmonic)
        }
        let paths = betweennessAndCloseness(samples: samples, seed: seed, progress: progress)
        let weighted = betweenness(weighted: true, samples: samples, seed: seed, progress: weightedProgress)
        return (paths.betweenness, weighted, paths.closeness, paths.harmonic)
    }

    /// The pass shared by the unweighted and weighted searches, when all lengths are equal; nil when it does
    /// not apply (or folding would save more).
    ///
    /// `unlessFoldingSavesMore: false` (tests) takes the shared pass whenever lengths allow it.
    func sharedPathMeasures(
        samples: Int?, seed: UInt64, parallel: Bool, progress: ProgressCounter? = nil, unlessFoldingSavesMore: Bool = true
    ) -> (betweenness: [Double], weightedBetweenness: [Double], closeness: [Double], harmonic: [Double], sources: Int)? {
        let n = nodeCount
        let lengths = EdgeLengths(self)
        guard n >= 3, lengths.tolerance == 0, let first = lengths.lengths.first,
              lengths.lengths.allSatisfy({ $0 == first }), let fast = SearchGraph(self, lengths: lengths) else { return nil }
        let (sources, pivots) = searchSources(samples: samples, seed: seed)
        let plan = FoldingPlan(self, lengths: nil)
        let shared = FoldedChunk.uses(of: sources, plan: plan)
        let borrowing = sources.filter { s in plan.provider(of: s).map { shared[$0] != nil } ?? false }.count
        guard !unlessFoldingSavesMore || 6 * borrowing < sources.count else { return nil }
        let sampled = pivots != nil
        // [0, n) unweighted, [n, 2n) weighted betweenness, [2n, 5n) what closeness and harmonic sum.
        let all = SourceChunks.sum(sourceCount: sources.count, width: 5 * n, parallel: parallel) { range, partial in
            let workspace = SearchWorkspace(for: fast)
            partial.withUnsafeMutableBufferPointer { buffer in
                guard let values = buffer.baseAddress else { return }
                for index in range {
                    let s = sources[index]
                    workspace.breadthFirst(from: s, in: fast)
                    workspace.accumulate(in: fast, into: values)
                    workspace.addPathSums(source: s, sampled: sampled, scale: 1, into: values, at: 2 * n)
                    progress?.advance()
                    if workspace.largestSigma < 0x1p53 {
                        workspace.resetDependencies()
                        workspace.sortLevelsByIndex()
                    } else {
                        workspace.clear(in: fast)
                        workspace.dial(from: s, in: fast)
                    }
                    workspace.accumulate(in: fast, into: values + n)
                    workspace.clear(in: fast)
                }
            }
        }
        let paths = finishPathSums(Array(all[(2 * n)...]), pivots: pivots, scale: 1)
        return (scaledBetweenness(Array(all[0..<n]), pivots: pivots, normalized: true),
                scaledBetweenness(Array(all[n..<(2 * n)]), pivots: pivots, normalized: true),
                paths.closeness, paths.harmonic, sources.count)
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
    ///
    /// `folding` counts the sources that borrowed a search and those that tried and searched in full.
    func brandes(
        weighted: Bool, normalized: Bool, samples: Int?, seed: UInt64, parallel: Bool, pathSums: Bool,
        algorithm: PathAlgorithm = .standard, progress: ProgressCounter? = nil
    ) -> (betweenness: [Double], pathSums: [Double]?, pivots: [Int]?, folding: (borrowed: Int, fellBack: Int)) {
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
        let sums = pathSums ? Array(all[n...]) : nil
        let values = scaledBetweenness(pathSums ? Array(all[0..<n]) : all, pivots: pivots, normalized: normalized)
        return (values, sums, pivots, cache?.counts ?? (0, 0))
    }

    /// Sums of dependencies scaled as networkx scales betweenness (see `betweenness`).
    func scaledBetweenness(_ sums: [Double], pivots: [Int]?, normalized: Bool) -> [Double] {
        let n = nodeCount
        var values = sums
        let pairs = n - 1  // networkx's N: endpoints excluded
        guard pairs >= 2 else { return values }
        guard let pivots else {
            let scale = normalized ? 1 / (Double(pairs) * Double(pairs - 1)) : 0.5
            for v in 0..<n { values[v] *= scale }
            return values
        }
        let k = Double(pivots.count)
        let nonPivotScale = normalized ? 1 / (k * Double(pairs - 1)) : Double(pairs) / (2 * k)
        let pivotScale: Double =
            pivots.count < 2 ? .nan : normalized ? 1 / ((k - 1) * Double(pairs - 1)) : Double(pairs) / (2 * (k - 1))
        var isPivot = [Bool](repeating: false, count: n)
        for p in pivots { isPivot[p] = true }
        for v in 0..<n { values[v] *= isPivot[v] ? pivotScale : nonPivotScale }
        return values
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
