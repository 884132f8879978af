extension Graph {
    /// Burt's constraint on every node: how much its contacts are invested in each other; nil for isolates.
    ///
    /// Burt, "Structural holes and good ideas", Am. J. Sociol. 110(2), 2004, as networkx 3.6's
    /// `constraint(G, weight=None)`: with p(u, v) = 1 / deg(u) for each neighbour v,
    /// c(u) = Σ_{v ∈ N(u)} (p(u, v) + Σ_{w ∈ N(u) ∩ N(v)} p(u, w) p(w, v))². Undefined (networkx: NaN)
    /// for isolates. Time O(Σ_v deg(v)²).
    public func constraint() -> [Double?] {
        var isNeighbor = [Bool](repeating: false, count: nodeCount)
        return (0..<nodeCount).map { u -> Double? in
            let du = degree(of: u)
            guard du > 0 else { return nil }
            let pu = 1 / Double(du)
            for e in offsets[u]..<offsets[u + 1] { isNeighbor[Int(neighbors[e])] = true }
            var total = 0.0
            for e in offsets[u]..<offsets[u + 1] {
                let v = Int(neighbors[e])
                var indirect = 0.0
                for f in offsets[v]..<offsets[v + 1] where isNeighbor[Int(neighbors[f])] {
                    indirect += pu / Double(degree(of: Int(neighbors[f])))
                }
                let local = pu + indirect
                total += local * local
            }
            for e in offsets[u]..<offsets[u + 1] { isNeighbor[Int(neighbors[e])] = false }
            return total
        }
    }

    /// Burt's effective size of every node's ego network: its contacts minus their redundancy; nil for isolates.
    ///
    /// Burt, *Structural Holes*, 1992, in Borgatti's form for unweighted undirected graphs ("Structural
    /// holes: unpacking Burt's redundancy measures", Connections 20(1), 1997), as networkx 3.6's
    /// `effective_size(G, weight=None)`: e(u) = n - 2t / n with n = deg(u) and t the ties among u's
    /// neighbours. Undefined (networkx: NaN) for isolates. Time O(Σ_v deg(v)²).
    public func effectiveSize() -> [Double?] {
        var isNeighbor = [Bool](repeating: false, count: nodeCount)
        return (0..<nodeCount).map { u -> Double? in
            let du = degree(of: u)
            guard du > 0 else { return nil }
            for e in offsets[u]..<offsets[u + 1] { isNeighbor[Int(neighbors[e])] = true }
            var endpoints = 0  // each tie among neighbours is seen from both ends: 2t
            for e in offsets[u]..<offsets[u + 1] {
                let v = Int(neighbors[e])
                for f in offsets[v]..<offsets[v + 1] where isNeighbor[Int(neighbors[f])] { endpoints += 1 }
            }
            for e in offsets[u]..<offsets[u + 1] { isNeighbor[Int(neighbors[e])] = false }
            return Double(du) - Double(endpoints) / Double(du)
        }
    }
}
