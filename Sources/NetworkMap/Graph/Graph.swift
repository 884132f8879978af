/// The network as analysis sees it: nodes `0..<nodeCount`, each undirected edge once, adjacency in flat arrays.
///
/// Compressed sparse rows (as igraph's core keeps graphs): the neighbours of `v` are
/// `neighbors[offsets[v]..<offsets[v+1]]`, sorted ascending, with the edge's strength at the same
/// position of `strengths`. Several ties between the same two actors count once, with the largest
/// strength. Building is O(|V| + |E| log |E|); neighbour access is O(1) and allocation-free.
public struct Graph: Sendable {
    /// Number of nodes.
    public let nodeCount: Int
    /// `offsets[v]..<offsets[v+1]` indexes `neighbors` and `strengths`; `nodeCount + 1` entries.
    public let offsets: [Int]
    /// Neighbour of each adjacency entry.
    public let neighbors: [Int32]
    /// Strength of each adjacency entry (1 weak … 3 strong).
    public let strengths: [Double]
    /// Each undirected edge once, `u < v`, sorted.
    public let edges: [Edge]

    /// An undirected edge with `u < v`.
    public struct Edge: Hashable, Sendable, Comparable {
        public let u: Int
        public let v: Int
        public let strength: Double
        public init(u: Int, v: Int, strength: Double) {
            self.u = min(u, v); self.v = max(u, v); self.strength = strength
        }
        public static func < (a: Edge, b: Edge) -> Bool { (a.u, a.v) < (b.u, b.v) }
    }

    /// Builds the graph from pairs of node indices; self-loops are dropped, parallel edges merged (largest strength).
    public init(nodeCount: Int, edges input: [(Int, Int, Double)]) {
        precondition(nodeCount >= 0)
        var list = input.compactMap { (a, b, s) -> Edge? in
            precondition(a >= 0 && a < nodeCount && b >= 0 && b < nodeCount, "edge endpoint out of range")
            return a == b ? nil : Edge(u: a, v: b, strength: s)
        }
        list.sort { ($0.u, $0.v, $1.strength) < ($1.u, $1.v, $0.strength) }
        var unique: [Edge] = []
        unique.reserveCapacity(list.count)
        for e in list where unique.last.map({ $0.u != e.u || $0.v != e.v }) ?? true {
            unique.append(e)  // first of each run has the largest strength
        }
        var degree = [Int](repeating: 0, count: nodeCount + 1)
        for e in unique { degree[e.u] += 1; degree[e.v] += 1 }
        var offsets = [Int](repeating: 0, count: nodeCount + 1)
        for v in 0..<nodeCount { offsets[v + 1] = offsets[v] + degree[v] }
        var cursor = offsets
        var neighbors = [Int32](repeating: 0, count: 2 * unique.count)
        var strengths = [Double](repeating: 0, count: 2 * unique.count)
        // Edges are sorted by (u, v): writing u's entries and v's entries in this order keeps each row sorted.
        for e in unique {
            neighbors[cursor[e.v]] = Int32(e.u); strengths[cursor[e.v]] = e.strength; cursor[e.v] += 1
        }
        for e in unique {
            neighbors[cursor[e.u]] = Int32(e.v); strengths[cursor[e.u]] = e.strength; cursor[e.u] += 1
        }
        self.nodeCount = nodeCount
        self.offsets = offsets
        self.neighbors = neighbors
        self.strengths = strengths
        self.edges = unique
    }

    /// Number of undirected edges.
    public var edgeCount: Int { edges.count }

    /// Number of distinct neighbours of `v`.
    @inlinable public func degree(of v: Int) -> Int { offsets[v + 1] - offsets[v] }

    /// The neighbours of `v`, ascending.
    @inlinable public func neighbors(of v: Int) -> ArraySlice<Int32> { neighbors[offsets[v]..<offsets[v + 1]] }

    /// Whether `u` and `v` are adjacent; O(log degree).
    public func areAdjacent(_ u: Int, _ v: Int) -> Bool {
        var lo = offsets[u], hi = offsets[u + 1]
        let target = Int32(v)
        while lo < hi {
            let mid = (lo + hi) / 2
            if neighbors[mid] < target { lo = mid + 1 } else { hi = mid }
        }
        return lo < offsets[u + 1] && neighbors[lo] == target
    }

    /// Density of a simple undirected graph: 2|E| / (n (n - 1)); 0 below two nodes.
    public var density: Double {
        nodeCount < 2 ? 0 : 2 * Double(edgeCount) / (Double(nodeCount) * Double(nodeCount - 1))
    }
}

extension Graph {
    /// The network's structure: one node per actor (same index), one edge per linked pair.
    ///
    /// Directed ties count as links. Conflict ties are relationships but not channels of cooperation
    /// or information, so they are left out unless `includingConflicts` is set.
    public init(_ network: Network, includingConflicts: Bool = false) {
        let pairs = network.ties.compactMap { tie -> (Int, Int, Double)? in
            guard includingConflicts || tie.kind != .conflict else { return nil }
            return (tie.source, tie.target, tie.strength)
        }
        self.init(nodeCount: network.actors.count, edges: pairs)
    }
}
