extension Graph {
    /// Closeness centrality: how near a node is to the nodes it can reach, scaled by how many it reaches.
    ///
    /// networkx 3.6's `closeness_centrality` with `wf_improved=True` (Wasserman & Faust, *Social Network
    /// Analysis*, 1994, doi:10.1017/CBO9780511815478, for disconnected graphs):
    /// C(u) = (r - 1) / Σ d(u, v) · (r - 1) / (n - 1), where r is the size of u's component; 0 for
    /// isolates and graphs of fewer than two nodes. `weighted` uses distance 1 / strength on exact
    /// integer lengths (see `EdgeLengths`).
    ///
    /// Worked example, the path a – b – c plus an isolate d (n = 4): b reaches 2 nodes at distance 1 each,
    /// so C(b) = 2/2 · 2/3 = 2/3; a reaches b at 1 and c at 2, C(a) = 2/3 · 2/3 = 4/9; C(d) = 0. Without
    /// the Wasserman-Faust factor (r - 1)/(n - 1) a small detached pair would look as central as a hub.
    ///
    /// With `samples: k` (k < n) it is estimated from k pivots chosen by `seed` (Eppstein & Wang,
    /// "Fast approximation of centrality", SODA 2001, doi:10.5555/365411.365449): distances are
    /// symmetric, so each node's distances to the pivots other than itself stand for its distances to all
    /// nodes; r - 1 and Σ d are estimated by scaling those counts by (n - 1) / (pivots other than the
    /// node). A node that is the only pivot gets NaN.
    ///
    /// Unweighted, the searches run 64 sources at a time over bit sets (Then et al., PVLDB 8(4), 2014,
    /// doi:10.14778/2735496.2735507; see `MultiSourceSearch`), with the same bits as one search per source.
    ///
    /// - Complexity: O(s |E| / 64 · L) word operations unweighted (L levels), O(s (|E| + D)) weighted (D the
    ///   largest integer distance), for s = n or k sources, on all cores.
    public func closeness(
        weighted: Bool = false, samples: Int? = nil, seed: UInt64 = 42, algorithm: PathAlgorithm = .standard
    ) -> [Double] {
        pathSums(weighted: weighted, samples: samples, seed: seed, parallel: true, algorithm: algorithm).closeness
    }

    /// Harmonic centrality: the sum of 1 / d(u, v) over all other nodes v (unreachable ones add 0).
    ///
    /// networkx 3.6's `harmonic_centrality` (Marchiori & Latora, "Harmony in the small-world", Physica A
    /// 285, 2000, doi:10.1016/S0378-4371(00)00311-3; Boldi & Vigna, "Axioms for centrality", Internet
    /// Mathematics 10, 2014, doi:10.1080/15427951.2013.865686), not normalized. `weighted` and `samples`
    /// as for `closeness`; the sampled estimate scales the sum over pivots by (n - 1) / (pivots other
    /// than the node).
    ///
    /// Worked example, the star with centre a and leaves b, c, d: H(a) = 1 + 1 + 1 = 3, each leaf
    /// 1 + 1/2 + 1/2 = 2. Unlike closeness it needs no correction for disconnected graphs: an
    /// unreachable node adds 0.
    ///
    /// - Complexity: as `closeness`.
    public func harmonicCentrality(
        weighted: Bool = false, samples: Int? = nil, seed: UInt64 = 42, algorithm: PathAlgorithm = .standard
    ) -> [Double] {
        pathSums(weighted: weighted, samples: samples, seed: seed, parallel: true, algorithm: algorithm).harmonic
    }

    /// Closeness and harmonic centrality from one set of searches.
    func pathSums(
        weighted: Bool, samples: Int?, seed: UInt64, parallel: Bool, algorithm: PathAlgorithm = .standard
    ) -> (closeness: [Double], harmonic: [Double]) {
        let n = nodeCount
        let (sources, pivots) = searchSources(samples: samples, seed: seed)
        let lengths = weighted ? EdgeLengths(self) : nil
        let scale = lengths?.scale ?? 1
        let graph = self
        let sampled = pivots != nil
        let fast = algorithm == .plain ? nil : SearchGraph(self, lengths: lengths)
        // Per node: [0, n) reached others, [n, 2n) sum of lengths, [2n, 3n) sum of scale / length.
        let sums = SourceChunks.sum(sourceCount: sources.count, width: 3 * n, parallel: parallel) { range, partial in
            if let fast {
                partial.withUnsafeMutableBufferPointer { buffer in
                    guard let sums = buffer.baseAddress else { return }
                    guard weighted else {
                        graph.multiSourcePathSums(sources, range: range, sampled: sampled, in: fast, into: sums)
                        return
                    }
                    let workspace = SearchWorkspace(for: fast)
                    for index in range {
                        let s = sources[index]
                        workspace.dial(from: s, in: fast)
                        workspace.addPathSums(source: s, sampled: sampled, scale: scale, into: sums, at: 0)
                        workspace.clear(in: fast)
                    }
                }
                return
            }
            var search = SingleSourceSearch(nodeCount: n)
            for index in range {
                let s = sources[index]
                search.run(from: s, in: graph, lengths: lengths)
                for v32 in search.order.dropFirst() {  // the source itself comes first, at distance 0
                    let v = Int(v32), d = search.distance[v]
                    let target = sampled ? v : s
                    partial[target] += 1
                    partial[n + target] += d
                    partial[2 * n + target] += scale / d
                }
            }
        }
        return finishPathSums(sums, pivots: pivots, scale: scale)
    }

    /// Closeness and harmonic centrality from the per-node sums of `pathSums` (reached, Σ length, Σ scale / length).
    func finishPathSums(_ sums: [Double], pivots: [Int]?, scale: Double) -> (closeness: [Double], harmonic: [Double]) {
        let n = nodeCount
        let sampled = pivots != nil
        var closeness = [Double](repeating: 0, count: n)
        var harmonic = [Double](repeating: 0, count: n)
        guard n > 1 else { return (closeness, harmonic) }
        var others = [Double](repeating: Double(n - 1), count: n)  // sources counted per node
        if let pivots {
            var isPivot = [Bool](repeating: false, count: n)
            for p in pivots { isPivot[p] = true }
            for v in 0..<n { others[v] = Double(pivots.count - (isPivot[v] ? 1 : 0)) }
        }
        for v in 0..<n {
            guard others[v] > 0 else { closeness[v] = .nan; harmonic[v] = .nan; continue }
            let reached = sums[v], total = sums[n + v] / scale
            closeness[v] = total > 0 ? reached / total * (reached / others[v]) : 0
            harmonic[v] = sampled ? sums[2 * n + v] * Double(n - 1) / others[v] : sums[2 * n + v]
        }
        return (closeness, harmonic)
    }
}
