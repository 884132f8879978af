extension Graph {
    /// Burt's constraint on every node: how much its contacts are invested in each other; nil for isolates.
    ///
    /// Burt, "Structural holes and good ideas", Am. J. Sociol. 110(2), 349-399, 2004
    /// (doi:10.1086/421787), as networkx 3.6's `constraint(G, weight=None)`: with p(u, v) = 1 / deg(u)
    /// for each neighbour v, c(u) = Σ_{v ∈ N(u)} (p(u, v) + Σ_{w ∈ N(u) ∩ N(v)} p(u, w) p(w, v))².
    /// Undefined (networkx: NaN) for isolates.
    ///
    /// Worked example: the centre of a star with three leaves has c = 3 · (1/3)² = 1/3 (its contacts do
    /// not know each other: open holes); a node of a triangle has c = 2 · (1/2 + 1/2 · 1/2)² = 1.125,
    /// each contact reached again through the other.
    ///
    /// - Complexity: O(Σ_v deg(v)²).
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
    /// Burt, *Structural Holes: The Social Structure of Competition*, Harvard University Press, 1992 (a
    /// book, no DOI), in Borgatti's form for unweighted undirected graphs ("Structural holes: unpacking
    /// Burt's redundancy measures", Connections 20(1), 35-38, 1997, no DOI), as networkx 3.6's
    /// `effective_size(G, weight=None)`: e(u) = n - 2t / n with n = deg(u) and t the ties among u's
    /// neighbours. Undefined (networkx: NaN) for isolates.
    ///
    /// Worked example: the centre of a star with three leaves has e = 3 (three contacts, none redundant);
    /// a node of a triangle has e = 2 - 2 · 1 / 2 = 1: its two contacts know each other, and count as one.
    ///
    /// - Complexity: O(Σ_v deg(v)²).
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
