extension Graph {
    /// The connected components, largest first, ties by smallest member; members ascending.
    ///
    /// Breadth-first search from each unvisited node, as networkx 3.6's `connected_components` (whose
    /// order this fixes).
    ///
    /// - Complexity: O(|V| + |E|) plus sorting the components and their members, O(|V| log |V|).
    public func connectedComponents() -> [[Int]] {
        components(removing: EmptyCollection())
    }

    /// The nodes without any neighbour, ascending, as networkx 3.6's `isolates`.
    ///
    /// - Complexity: O(|V|).
    public func isolates() -> [Int] {
        (0..<nodeCount).filter { degree(of: $0) == 0 }
    }

    /// The articulation points (cut vertices): nodes whose removal disconnects their component; ascending.
    ///
    /// Hopcroft & Tarjan, "Algorithm 447: efficient algorithms for graph manipulation", CACM 16(6),
    /// 372-378, 1973 (doi:10.1145/362248.362272), as networkx 3.6's `articulation_points`: depth-first
    /// search with low points, iterative so that long paths cannot overflow the stack. A non-root node p
    /// is a cut vertex when some child v has low(v) ≥ discovery(p); the root when it has two children.
    ///
    /// Worked example, two triangles a–b–c and c–d–e sharing c: removing c leaves {a, b} and {d, e}, so c
    /// is the only articulation point; in the path a – b – c, b is.
    ///
    /// - Complexity: O(|V| + |E|).
    public func articulationPoints() -> [Int] {
        cutStructure().articulationPoints
    }

    /// The bridges: edges whose removal disconnects their component; sorted by (u, v), with their strength.
    ///
    /// Tarjan, "A note on finding the bridges of a graph", Information Processing Letters 2(6), 160-161,
    /// 1974 (doi:10.1016/0020-0190(74)90003-9), as networkx 3.6's `bridges`: an edge (p, v) of the
    /// depth-first tree is a bridge when low(v) > discovery(p). Iterative. In the two triangles sharing c
    /// there is none; in a – b – c both edges are.
    ///
    /// - Complexity: O(|V| + |E|).
    public func bridges() -> [Edge] {
        cutStructure().bridges
    }

    /// Articulation points and bridges from one iterative depth-first search.
    private func cutStructure() -> (articulationPoints: [Int], bridges: [Edge]) {
        let n = nodeCount
        var discovery = [Int](repeating: -1, count: n)
        var low = [Int](repeating: 0, count: n)
        var parent = [Int](repeating: -1, count: n)
        var parentEntry = [Int](repeating: -1, count: n)  // adjacency entry of the tree edge into v
        var cursor = [Int](repeating: 0, count: n)  // next adjacency entry to explore
        var isArticulation = [Bool](repeating: false, count: n)
        var bridges: [Edge] = []
        var stack: [Int] = []
        var time = 0
        for root in 0..<n where discovery[root] < 0 {
            discovery[root] = time; low[root] = time; time += 1
            cursor[root] = offsets[root]
            stack.append(root)
            var rootChildren = 0
            while let v = stack.last {
                if cursor[v] < offsets[v + 1] {
                    let e = cursor[v]
                    cursor[v] += 1
                    let w = Int(neighbors[e])
                    if discovery[w] < 0 {
                        discovery[w] = time; low[w] = time; time += 1
                        parent[w] = v; parentEntry[w] = e
                        cursor[w] = offsets[w]
                        stack.append(w)
                        if v == root { rootChildren += 1 }
                    } else if w != parent[v] {  // parallel edges are merged, so skipping the parent is exact
                        low[v] = Swift.min(low[v], discovery[w])
                    }
                } else {
                    stack.removeLast()
                    let p = parent[v]
                    guard p >= 0 else { continue }
                    low[p] = Swift.min(low[p], low[v])
                    if low[v] > discovery[p] {
                        bridges.append(Edge(u: p, v: v, strength: strengths[parentEntry[v]]))
                    }
                    if p != root && low[v] >= discovery[p] { isArticulation[p] = true }
                }
            }
            if rootChildren > 1 { isArticulation[root] = true }
        }
        return ((0..<n).filter { isArticulation[$0] }, bridges.sorted())
    }
}
