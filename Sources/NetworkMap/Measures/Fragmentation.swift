/// What happens to the network when one actor leaves (Borgatti 2006's key-player fragmentation).
public struct FragmentationImpact: Sendable, Hashable {
    /// Fragmentation of the network without this node (the other n − 1 nodes).
    public let fragmentationWithout: Double
    /// `fragmentationWithout` minus the fragmentation of the whole network.
    public let increase: Double
    /// Other nodes of this node's component that are no longer in the largest piece of it once the
    /// node is gone; for a node of the main component: the nodes cut off from the main component.
    public let cutOff: Int

    public init(fragmentationWithout: Double, increase: Double, cutOff: Int) {
        self.fragmentationWithout = fragmentationWithout; self.increase = increase; self.cutOff = cutOff
    }
}

extension Graph {
    /// Borgatti's fragmentation: the share of pairs of nodes that cannot reach each other.
    ///
    /// F = 1 − Σ_k s_k (s_k − 1) / (n (n − 1)) over the components of sizes s_k; 0 for a connected
    /// graph, 1 when no tie exists; 0 below two nodes. Borgatti, S. P. (2006), "Identifying sets of
    /// key players in a social network", Computational & Mathematical Organization Theory 12, 21-34
    /// (doi:10.1007/s10588-006-7084-x).
    ///
    /// Worked example, a pair a – b and two isolates c, d (n = 4): 2 of the 12 ordered pairs can reach
    /// each other, so F = 1 − 2/12 = 5/6.
    ///
    /// - Complexity: O(|V| + |E|).
    public func fragmentation() -> Double {
        fragmentation(removing: [])
    }

    /// Fragmentation of the graph without the given nodes (what-if: several actors leave at once).
    ///
    /// Measured on the remaining nodes only; repeated indices count once (Borgatti 2006,
    /// doi:10.1007/s10588-006-7084-x).
    ///
    /// - Complexity: O(|V| + |E|).
    public func fragmentation(removing removed: some Sequence<Int>) -> Double {
        var gone = [Bool](repeating: false, count: nodeCount)
        var remaining = nodeCount
        for v in removed {
            precondition(v >= 0 && v < nodeCount, "node index out of range")
            if !gone[v] { gone[v] = true; remaining -= 1 }
        }
        guard remaining >= 2 else { return 0 }
        var reachablePairs = 0
        var queue = [Int32](repeating: 0, count: nodeCount)
        for start in 0..<nodeCount where !gone[start] {
            gone[start] = true
            queue[0] = Int32(start)
            var head = 0, tail = 1
            while head < tail {
                let v = Int(queue[head]); head += 1
                for w in neighbors(of: v) where !gone[Int(w)] {
                    gone[Int(w)] = true
                    queue[tail] = w; tail += 1
                }
            }
            reachablePairs += tail * (tail - 1)
        }
        return Self.fragmentation(reachablePairs: reachablePairs, nodes: remaining)
    }

    /// For every node: the fragmentation without it, the increase, and how many it cuts off.
    ///
    /// Removing a node that is no articulation point leaves its component whole, one smaller; removing
    /// a cut vertex splits its component into the pieces the depth-first search finds below it (the
    /// children c with low(c) ≥ disc(v)) and the rest. One iterative Hopcroft-Tarjan search (Hopcroft
    /// & Tarjan 1973, "Efficient algorithms for graph manipulation", CACM 16(6), doi:10.1145/362248.362272)
    /// gives all of this for all nodes together, instead of one search per removed node.
    ///
    /// Worked example, the path a – b – c: without b, a and c are cut apart (fragmentation of the two
    /// left: 1, increase 1, cutOff 1); without a, the pair b – c stays whole (fragmentation 0).
    ///
    /// - Complexity: O(|V| + |E|) for all nodes.
    public func keyPlayerFragmentation() -> [FragmentationImpact] {
        let n = nodeCount
        var disc = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var parent = [Int32](repeating: -1, count: n)
        var size = [Int](repeating: 1, count: n)
        var separated = [Int](repeating: 0, count: n)  // nodes in pieces split off below v
        var piecePairs = [Int](repeating: 0, count: n)  // Σ p (p − 1) over those pieces, then all pieces
        var largestPiece = [Int](repeating: 0, count: n)
        var componentSize = [Int](repeating: 0, count: n)
        var order: [Int32] = []  // discovery order; each component is a contiguous run
        order.reserveCapacity(n)
        var cursor = [Int](repeating: 0, count: n)  // next adjacency entry to look at
        var stack: [Int32] = []
        var basePairs = 0
        for root in 0..<n where disc[root] < 0 {
            let first = order.count
            disc[root] = Int32(order.count); low[root] = disc[root]; order.append(Int32(root))
            cursor[root] = offsets[root]
            stack.append(Int32(root))
            while let top = stack.last {
                let v = Int(top)
                if cursor[v] < offsets[v + 1] {
                    let w = Int(neighbors[cursor[v]])
                    cursor[v] += 1
                    if disc[w] < 0 {
                        disc[w] = Int32(order.count); low[w] = disc[w]; order.append(Int32(w))
                        parent[w] = Int32(v)
                        cursor[w] = offsets[w]
                        stack.append(Int32(w))
                    } else if w != Int(parent[v]) {
                        low[v] = min(low[v], disc[w])
                    }
                    continue
                }
                stack.removeLast()
                let p = Int(parent[v])
                guard p >= 0 else { continue }
                low[p] = min(low[p], low[v])
                size[p] += size[v]
                if low[v] >= disc[p] {  // v's subtree falls away from the rest when p goes
                    separated[p] += size[v]
                    piecePairs[p] += size[v] * (size[v] - 1)
                    largestPiece[p] = max(largestPiece[p], size[v])
                }
            }
            let s = order.count - first
            basePairs += s * (s - 1)
            for i in first..<order.count {
                let v = Int(order[i])
                componentSize[v] = s
                let rest = s - 1 - separated[v]  // the part still joined through v's parent
                piecePairs[v] += rest * (rest - 1)
                largestPiece[v] = max(largestPiece[v], rest)
            }
        }
        let base = Self.fragmentation(reachablePairs: basePairs, nodes: n)
        return (0..<n).map { v in
            let s = componentSize[v]
            let without = Self.fragmentation(reachablePairs: basePairs - s * (s - 1) + piecePairs[v], nodes: n - 1)
            return FragmentationImpact(fragmentationWithout: without, increase: without - base,
                                       cutOff: s - 1 - largestPiece[v])
        }
    }

    /// 1 − reachable ordered pairs / all ordered pairs; 0 below two nodes.
    private static func fragmentation(reachablePairs: Int, nodes: Int) -> Double {
        nodes < 2 ? 0 : 1 - Double(reachablePairs) / (Double(nodes) * Double(nodes - 1))
    }
}
