extension Graph {
    /// Connected components of the graph without the `removed` nodes, largest first.
    ///
    /// The removed nodes belong to no component; components of equal size come in order of their smallest member.
    /// Breadth-first search; O(|V| + |E|).
    public func components(removing removed: some Sequence<Int>) -> [[Int]] {
        var seen = [Bool](repeating: false, count: nodeCount)
        for v in removed where v >= 0 && v < nodeCount { seen[v] = true }
        var result: [[Int]] = []
        var queue: [Int] = []
        queue.reserveCapacity(nodeCount)
        for start in 0..<nodeCount where !seen[start] {
            seen[start] = true
            queue.removeAll(keepingCapacity: true)
            queue.append(start)
            var head = 0
            while head < queue.count {
                let v = queue[head]; head += 1
                for w in neighbors(of: v) where !seen[Int(w)] {
                    seen[Int(w)] = true
                    queue.append(Int(w))
                }
            }
            result.append(queue.sorted())
        }
        return result.sorted { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
    }

    /// Hop distances from `source` to every node; -1 where unreachable.
    ///
    /// Breadth-first search; O(|V| + |E|).
    public func hopDistances(from source: Int) -> [Int] {
        var distance = [Int](repeating: -1, count: nodeCount)
        guard source >= 0 && source < nodeCount else { return distance }
        var queue = [source]
        queue.reserveCapacity(nodeCount)
        distance[source] = 0
        var head = 0
        while head < queue.count {
            let v = queue[head]; head += 1
            for w in neighbors(of: v) where distance[Int(w)] < 0 {
                distance[Int(w)] = distance[v] + 1
                queue.append(Int(w))
            }
        }
        return distance
    }

    /// The nodes within `depth` hops of `source`, including it.
    public func neighbourhood(of source: Int, depth: Int) -> [Int] {
        hopDistances(from: source).enumerated().compactMap { $1 >= 0 && $1 <= depth ? $0 : nil }
    }
}
