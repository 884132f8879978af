/// How often an actor brokers between two others, by the groups involved (Gould & Fernandez 1989).
///
/// For a two-path a → b → c where a has no tie to c, the broker b is a
/// - coordinator when a, b and c are in one group,
/// - consultant (itinerant broker) when a and c share a group and b is in another,
/// - representative when a shares b's group and c is in another,
/// - gatekeeper when c shares b's group and a is in another,
/// - liaison when all three are in different groups.
public struct BrokerageRoles: Sendable, Hashable {
    public var coordinator = 0
    public var consultant = 0
    public var representative = 0
    public var gatekeeper = 0
    public var liaison = 0

    public init(coordinator: Int = 0, consultant: Int = 0, representative: Int = 0, gatekeeper: Int = 0, liaison: Int = 0) {
        self.coordinator = coordinator; self.consultant = consultant; self.representative = representative
        self.gatekeeper = gatekeeper; self.liaison = liaison
    }

    /// All brokered two-paths.
    public var total: Int { coordinator + consultant + representative + gatekeeper + liaison }

    /// Counts the path a → b → c (groups ga, gb, gc) with `sign` +1 or -1.
    @inline(__always)
    mutating func add(_ ga: Int, _ gb: Int, _ gc: Int, _ sign: Int) {
        if ga == gb {
            if gb == gc { coordinator += sign } else { representative += sign }
        } else if ga == gc {
            consultant += sign
        } else if gb == gc {
            gatekeeper += sign
        } else {
            liaison += sign
        }
    }
}

extension Graph {
    /// Gould-Fernandez brokerage roles of every node for a group label per node (actor type, community).
    ///
    /// The graph is undirected, so every tie counts as two arcs, as UCINET and statnet's `brokerage`
    /// do with symmetric data: each open two-path a – b – c (a ≠ c, a and c not tied) is counted
    /// twice, as a → b → c and as c → b → a. Consequently coordinator, consultant and liaison counts
    /// are twice the number of such unordered pairs, and representative equals gatekeeper (one
    /// orientation of a mixed pair is the one, the other orientation the other). Gould, R. V. &
    /// Fernandez, R. M. (1989), "Structures of mediation: a formal approach to brokerage in transaction
    /// networks", Sociological Methodology 19, 89-126 (doi:10.2307/270949).
    ///
    /// Worked example, the path a – b – c with a and b residents and c an association: b brokers the one
    /// open pair {a, c}, counted as a → b → c (b's group is a's: representative) and c → b → a (gatekeeper),
    /// so b has representative 1 and gatekeeper 1; with all three in one group it would be coordinator 2.
    ///
    /// Computed from each node's group histogram of neighbours, minus the closed pairs found by
    /// listing triangles in degree order (Chiba & Nishizeki 1985, see `forEachTriangle`), independent of
    /// hub size squared.
    ///
    /// - Complexity: O(|V| + |E| √|E|).
    public func brokerageRoles(groups: [Int]) -> [BrokerageRoles] {
        precondition(groups.count == nodeCount, "one group per node")
        precondition(groups.allSatisfy { $0 >= 0 }, "group labels must be non-negative")
        let groupCount = (groups.max() ?? -1) + 1
        var result = [BrokerageRoles](repeating: BrokerageRoles(), count: nodeCount)
        var histogram = [Int](repeating: 0, count: groupCount)
        var touched: [Int] = []
        for b in 0..<nodeCount {
            let gb = groups[b]
            for i in offsets[b]..<offsets[b + 1] {
                let g = groups[Int(neighbors[i])]
                if histogram[g] == 0 { touched.append(g) }
                histogram[g] += 1
            }
            let d = degree(of: b)
            let same = histogram[gb]
            var pairsWithin = 0, squares = 0
            for g in touched where g != gb {
                pairsWithin += histogram[g] * (histogram[g] - 1)
                squares += histogram[g] * histogram[g]
            }
            for g in touched { histogram[g] = 0 }
            touched.removeAll(keepingCapacity: true)
            let other = d - same
            result[b] = BrokerageRoles(
                coordinator: same * (same - 1), consultant: pairsWithin, representative: same * other,
                gatekeeper: same * other, liaison: other * other - squares)
        }
        // Remove closed pairs: for each triangle {x, y, z}, the pair (y, z) is not brokered by x, etc.
        forEachTriangle { x, y, z in
            let gx = groups[x], gy = groups[y], gz = groups[z]
            result[x].add(gy, gx, gz, -1); result[x].add(gz, gx, gy, -1)
            result[y].add(gx, gy, gz, -1); result[y].add(gz, gy, gx, -1)
            result[z].add(gx, gz, gy, -1); result[z].add(gy, gz, gx, -1)
        }
        return result
    }

    /// Gould-Fernandez brokerage roles on directed arcs (funding, information flowing one way).
    ///
    /// Counts every path a → b → c with a ≠ c and no arc a → c (an arc c → a does not close it), as
    /// Gould & Fernandez 1989 define them for directed relations (doi:10.2307/270949). Repeated arcs count
    /// once; self-arcs are ignored.
    ///
    /// - Complexity: O(Σ_b in(b) · out(b) · log d) for largest out-degree d.
    public static func brokerageRoles(nodeCount: Int, arcs: [(Int, Int)], groups: [Int]) -> [BrokerageRoles] {
        precondition(groups.count == nodeCount, "one group per node")
        let clean = arcs.filter { $0.0 != $0.1 }
        precondition(clean.allSatisfy { $0.0 >= 0 && $0.0 < nodeCount && $0.1 >= 0 && $0.1 < nodeCount },
                     "arc endpoint out of range")
        let outgoing = CompactAdjacency(nodeCount: nodeCount, pairs: clean)
        let incoming = CompactAdjacency(nodeCount: nodeCount, pairs: clean.map { ($0.1, $0.0) })
        var result = [BrokerageRoles](repeating: BrokerageRoles(), count: nodeCount)
        for b in 0..<nodeCount {
            for a in incoming.row(b) {
                for c in outgoing.row(b) where c != a && !outgoing.contains(Int(a), c) {
                    result[b].add(groups[Int(a)], groups[b], groups[Int(c)], 1)
                }
            }
        }
        return result
    }

    /// Calls `body` once for each triangle of the graph.
    ///
    /// Chiba & Nishizeki, "Arboricity and subgraph listing algorithms", SIAM J. Comput. 14(1), 210-223,
    /// 1985 (doi:10.1137/0214017).
    ///
    /// - Complexity: O(|E| √|E|).
    fileprivate func forEachTriangle(_ body: (Int, Int, Int) -> Void) {
        // Orient each edge towards the endpoint of higher (degree, index); each node then has
        // O(√|E|) out-neighbours, and each triangle is found once, from its lowest-ranked node.
        func precedes(_ u: Int, _ v: Int) -> Bool { (degree(of: u), u) < (degree(of: v), v) }
        var outOffsets = [Int](repeating: 0, count: nodeCount + 1)
        for u in 0..<nodeCount {
            var count = 0
            for i in offsets[u]..<offsets[u + 1] where precedes(u, Int(neighbors[i])) { count += 1 }
            outOffsets[u + 1] = outOffsets[u] + count
        }
        var out = [Int32](repeating: 0, count: outOffsets[nodeCount])
        for u in 0..<nodeCount {
            var k = outOffsets[u]
            for i in offsets[u]..<offsets[u + 1] where precedes(u, Int(neighbors[i])) {
                out[k] = neighbors[i]; k += 1
            }
        }
        var mark = [Int](repeating: -1, count: nodeCount)
        for u in 0..<nodeCount {
            for i in outOffsets[u]..<outOffsets[u + 1] { mark[Int(out[i])] = u }
            for i in outOffsets[u]..<outOffsets[u + 1] {
                let v = Int(out[i])
                for j in outOffsets[v]..<outOffsets[v + 1] where mark[Int(out[j])] == u {
                    body(u, v, Int(out[j]))
                }
            }
        }
    }
}

/// Directed adjacency in flat sorted rows, for the arc version of brokerage.
private struct CompactAdjacency {
    let offsets: [Int]
    let targets: [Int32]

    init(nodeCount: Int, pairs: [(Int, Int)]) {
        let sorted = pairs.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
        var offsets = [Int](repeating: 0, count: nodeCount + 1)
        var targets: [Int32] = []
        targets.reserveCapacity(sorted.count)
        var previous: (Int, Int)? = nil
        for p in sorted where previous.map({ $0 != p }) ?? true {
            offsets[p.0 + 1] += 1
            targets.append(Int32(p.1))
            previous = p
        }
        for v in 0..<nodeCount { offsets[v + 1] += offsets[v] }
        self.offsets = offsets
        self.targets = targets
    }

    func row(_ v: Int) -> ArraySlice<Int32> { targets[offsets[v]..<offsets[v + 1]] }

    func contains(_ u: Int, _ v: Int32) -> Bool {
        var lo = offsets[u], hi = offsets[u + 1]
        while lo < hi {
            let mid = (lo + hi) / 2
            if targets[mid] < v { lo = mid + 1 } else { hi = mid }
        }
        return lo < offsets[u + 1] && targets[lo] == v
    }
}
