extension Graph {
    /// The core number of every node: the largest k such that it belongs to a subgraph of minimum degree k.
    ///
    /// Batagelj & Zaversnik, "An O(m) algorithm for cores decomposition of networks", 2003
    /// (arXiv:cs/0310049; journal version "Fast algorithms for determining (generalized) core groups in
    /// social networks", Adv. Data Anal. Classif. 5(2), 2011, doi:10.1007/s11634-010-0079-y): nodes are
    /// bucket-sorted by degree and peeled in increasing order. Same values as networkx 3.6's
    /// `core_number`.
    ///
    /// Worked example, a triangle a–b–c with a tail c – d: d has degree 1 (core number 1); once it is
    /// peeled, a, b and c keep degree 2 each, so they form the 2-core (core number 2).
    ///
    /// - Complexity: O(|V| + |E|).
    public func coreNumbers() -> [Int] {
        let n = nodeCount
        guard n > 0 else { return [] }
        var degree = (0..<n).map { self.degree(of: $0) }
        let maxDegree = degree.max() ?? 0
        var binStart = [Int](repeating: 0, count: maxDegree + 1)
        for d in degree { binStart[d] += 1 }
        var start = 0
        for d in 0...maxDegree { (binStart[d], start) = (start, start + binStart[d]) }
        var position = [Int](repeating: 0, count: n)
        var order = [Int](repeating: 0, count: n)
        var cursor = binStart
        for v in 0..<n {
            position[v] = cursor[degree[v]]
            order[position[v]] = v
            cursor[degree[v]] += 1
        }
        for i in 0..<n {
            let v = order[i]
            for e in offsets[v]..<offsets[v + 1] {
                let u = Int(neighbors[e])
                guard degree[u] > degree[v] else { continue }
                // Move u to the front of its bin, then shrink the bin: u's degree drops by one.
                let du = degree[u], pu = position[u]
                let pw = binStart[du], w = order[pw]
                if u != w {
                    order[pu] = w; position[w] = pu
                    order[pw] = u; position[u] = pw
                }
                binStart[du] += 1
                degree[u] -= 1
            }
        }
        return degree
    }
}
