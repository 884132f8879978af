extension Graph {
    /// The number of distinct neighbours of every node; O(|V|).
    public func degrees() -> [Int] {
        (0..<nodeCount).map { degree(of: $0) }
    }

    /// Degree centrality: degree / (n - 1), as networkx 3.6's `degree_centrality` (1 for a lone node); O(|V|).
    public func degreeCentrality() -> [Double] {
        guard nodeCount > 1 else { return [Double](repeating: 1, count: nodeCount) }
        let scale = 1 / (Double(nodeCount) - 1)
        return (0..<nodeCount).map { Double(degree(of: $0)) * scale }
    }

    /// PageRank (Brin & Page 1998) with damping `alpha`, tie strength as weight, by power iteration.
    ///
    /// networkx 3.6's `pagerank(G, alpha, weight="weight")` on the undirected graph (each edge as two
    /// arcs): a walker follows an edge with probability proportional to its strength, and jumps to a
    /// uniformly random node with probability 1 - alpha; isolates (dangling nodes) jump uniformly.
    /// networkx stops once the L1 change is below n · 1e-6; here the iteration continues until it is
    /// below n · `tolerance` (default 1e-13) or `maxIterations` are done, so the values are those of
    /// networkx run with a tight `tol` (the tests compare with networkx at tol=1e-12 within 1e-9).
    /// Values sum to 1. Time O(|E|) per iteration, about 200 iterations at alpha 0.85.
    public func pagerank(alpha: Double = 0.85, tolerance: Double = 1e-13, maxIterations: Int = 10_000) -> [Double] {
        let n = nodeCount
        guard n > 0 else { return [] }
        var outStrength = [Double](repeating: 0, count: n)
        for v in 0..<n {
            for e in offsets[v]..<offsets[v + 1] { outStrength[v] += strengths[e] }
        }
        let inverseOut = outStrength.map { $0 != 0 ? 1 / $0 : 0 }
        let uniform = 1 / Double(n)
        var x = [Double](repeating: uniform, count: n)
        var next = x
        var share = [Double](repeating: 0, count: n)  // x[u] / outStrength[u]
        for _ in 0..<maxIterations {
            var dangling = 0.0
            for u in 0..<n {
                share[u] = x[u] * inverseOut[u]
                if outStrength[u] == 0 { dangling += x[u] }
            }
            let base = alpha * dangling * uniform + (1 - alpha) * uniform
            var change = 0.0
            for v in 0..<n {
                var incoming = 0.0
                for e in offsets[v]..<offsets[v + 1] { incoming += share[Int(neighbors[e])] * strengths[e] }
                next[v] = alpha * incoming + base
                change += abs(next[v] - x[v])
            }
            swap(&x, &next)
            if change < Double(n) * tolerance { break }
        }
        return x
    }

    /// Eigenvector centrality (Bonacich 1987), unweighted, by power iteration on A + I.
    ///
    /// networkx 3.6's `eigenvector_centrality(G, weight=None)`: start from the uniform vector, multiply
    /// by A + I, scale to Euclidean norm 1, until the L1 change is below n · `tolerance` (networkx's
    /// default tol is 1e-6; the tests compare with networkx at tol=1e-12 within 1e-9) or `maxIterations`
    /// are done (then the last iterate is returned, where networkx would raise).
    ///
    /// On a disconnected graph this is deterministic but not a per-component measure: the iteration
    /// converges to the projection of the uniform start onto the dominant eigenspace, so components whose
    /// largest eigenvalue is below the graph's largest decay to 0 (isolates always do, unless the graph
    /// has no edges; then every node gets 1 / √n), and components sharing it keep a share. Time O(|E|) per
    /// iteration; the number of iterations grows as the gap between the two largest eigenvalues shrinks.
    public func eigenvectorCentrality(tolerance: Double = 1e-13, maxIterations: Int = 10_000) -> [Double] {
        let n = nodeCount
        guard n > 0 else { return [] }
        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = x
        for _ in 0..<maxIterations {
            var squares = 0.0
            for v in 0..<n {
                var sum = x[v]
                for e in offsets[v]..<offsets[v + 1] { sum += x[Int(neighbors[e])] }
                next[v] = sum
                squares += sum * sum
            }
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
