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
        // 32-bit working arrays through pointers: the peeling loop is all random access, and half-width
        // arrays without bounds checks halve its time (10,000 actors: about 1 ms).
        var degree = (0..<n).map { Int32(self.degree(of: $0)) }
        let maxDegree = Int(degree.max() ?? 0)
        var binStart = [Int32](repeating: 0, count: maxDegree + 1)
        var position = [Int32](repeating: 0, count: n)
        var order = [Int32](repeating: 0, count: n)
        var cursor = [Int32](repeating: 0, count: maxDegree + 1)
        offsets.withUnsafeBufferPointer { offsets in
        neighbors.withUnsafeBufferPointer { neighbors in
        degree.withUnsafeMutableBufferPointer { degree in
        binStart.withUnsafeMutableBufferPointer { binStart in
        position.withUnsafeMutableBufferPointer { position in
        order.withUnsafeMutableBufferPointer { order in
        cursor.withUnsafeMutableBufferPointer { cursor in
            for v in 0..<n { binStart[Int(degree[v])] += 1 }
            var start: Int32 = 0
            for d in 0...maxDegree { (binStart[d], start) = (start, start + binStart[d]) }
            for d in 0...maxDegree { cursor[d] = binStart[d] }
            for v in 0..<n {
                let d = Int(degree[v])
                position[v] = cursor[d]
                order[Int(cursor[d])] = Int32(v)
                cursor[d] += 1
            }
            for i in 0..<n {
                let v = Int(order[i])
                let dv = degree[v]
                for e in offsets[v]..<offsets[v + 1] {
                    let u = Int(neighbors[e])
                    let du = degree[u]
                    guard du > dv else { continue }
                    // Move u to the front of its bin, then shrink the bin: u's degree drops by one.
                    let pu = position[u]
                    let pw = binStart[Int(du)], w = Int(order[Int(pw)])
                    if u != w {
                        order[Int(pu)] = Int32(w); position[w] = pu
                        order[Int(pw)] = Int32(u); position[u] = pw
                    }
                    binStart[Int(du)] += 1
                    degree[u] = du - 1
                }
            }
        } } } } } } }
        return degree.map(Int.init)
    }
}
