/// How the groups of a labelling (actor types, communities) are tied to each other.
///
/// Densities follow the usual block-model definition: within a group of n members,
/// ties / (n (n − 1) / 2); between groups of n_a and n_b members, ties / (n_a n_b); `nil` where
/// there is no possible tie. The E-I index of Krackhardt & Stern (1988), "Informal networks and
/// organizational crises", Social Psychology Quarterly 51(2), 123-140 (doi:10.2307/2786835), is
/// (E − I) / (E + I) with E the ties leaving a group and I the ties inside it: −1 all inward, +1 all
/// outward, `nil` without ties.
///
/// Worked example, a triangle of group A with one tie from it to a node of group B: A has I = 3, E = 1,
/// so E-I = (1 − 3) / 4 = −0.5; B has I = 0, E = 1, so +1. Density inside A is 3 / 3 = 1, between A
/// and B 1 / (3 · 1) = 1/3.
public struct GroupMixing: Sendable, Hashable {
    /// Ties between two groups `a <= b` (a = b: inside the group).
    public struct Pair: Sendable, Hashable {
        public let a: Int
        public let b: Int
        public let ties: Int
        public let density: Double?
    }

    /// Members per group.
    public let sizes: [Int]
    /// Ties with both ends in the group.
    public let internalTies: [Int]
    /// Ties with exactly one end in the group.
    public let externalTies: [Int]
    /// Pairs of groups joined by at least one tie, ordered by (a, b).
    public let tiedPairs: [Pair]

    /// Number of groups.
    public var groupCount: Int { sizes.count }

    /// E-I index of each group; `nil` for a group without ties.
    public var eiIndex: [Double?] {
        zip(externalTies, internalTies).map { e, i in e + i == 0 ? nil : Double(e - i) / Double(e + i) }
    }

    /// E-I index of the whole network: (between-group ties − within-group ties) / all ties; `nil` without ties.
    public var overallEIIndex: Double? {
        let inside = internalTies.reduce(0, +)
        let between = externalTies.reduce(0, +) / 2
        return inside + between == 0 ? nil : Double(between - inside) / Double(between + inside)
    }

    /// Ties between groups `a` and `b` (in either order; `a == b` for ties inside).
    ///
    /// - Complexity: O(log pairs).
    public func ties(_ a: Int, _ b: Int) -> Int {
        let key = (min(a, b), max(a, b))
        var lo = 0, hi = tiedPairs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if (tiedPairs[mid].a, tiedPairs[mid].b) < key { lo = mid + 1 } else { hi = mid }
        }
        return lo < tiedPairs.count && (tiedPairs[lo].a, tiedPairs[lo].b) == key ? tiedPairs[lo].ties : 0
    }

    /// Density of ties between groups `a` and `b` (inside the group when equal); `nil` when no tie is possible.
    public func density(_ a: Int, _ b: Int) -> Double? {
        Self.density(ties: ties(a, b), a == b ? nil : sizes[b], sizes[a])
    }

    /// Every pair of groups `a <= b`, tied or not (gaps are the untied ones).
    ///
    /// - Complexity: O(groupCount²).
    public var allPairs: [Pair] {
        var result: [Pair] = []
        var next = 0
        for a in 0..<groupCount {
            for b in a..<groupCount {
                var t = 0
                if next < tiedPairs.count, tiedPairs[next].a == a, tiedPairs[next].b == b {
                    t = tiedPairs[next].ties; next += 1
                }
                result.append(Pair(a: a, b: b, ties: t, density: Self.density(ties: t, a == b ? nil : sizes[b], sizes[a])))
            }
        }
        return result
    }

    static func density(ties: Int, _ other: Int?, _ size: Int) -> Double? {
        let possible = other.map { size * $0 } ?? size * (size - 1) / 2
        return possible == 0 ? nil : Double(ties) / Double(possible)
    }
}

extension Graph {
    /// Ties within and between the groups of a labelling, with densities and E-I indices.
    ///
    /// `groups[v]` is the group of node v in `0..<groupCount` (`groupCount` defaults to the largest
    /// label + 1, so empty groups at the end need it given). Densities and E-I indices as defined on
    /// ``GroupMixing`` (Krackhardt & Stern 1988, doi:10.2307/2786835).
    ///
    /// - Complexity: O(|V| + |E| log |E|).
    public func groupMixing(groups: [Int], groupCount: Int? = nil) -> GroupMixing {
        precondition(groups.count == nodeCount, "one group per node")
        let k = groupCount ?? (groups.max() ?? -1) + 1
        precondition(groups.allSatisfy { $0 >= 0 && $0 < k }, "group label out of range")
        var sizes = [Int](repeating: 0, count: k)
        for g in groups { sizes[g] += 1 }
        var internalTies = [Int](repeating: 0, count: k)
        var externalTies = [Int](repeating: 0, count: k)
        var keys: [Int] = []
        keys.reserveCapacity(edgeCount)
        for e in edges {
            let a = min(groups[e.u], groups[e.v]), b = max(groups[e.u], groups[e.v])
            if a == b { internalTies[a] += 1 } else { externalTies[a] += 1; externalTies[b] += 1 }
            keys.append(a * k + b)
        }
        keys.sort()
        var pairs: [GroupMixing.Pair] = []
        var i = 0
        while i < keys.count {
            var j = i
            while j < keys.count && keys[j] == keys[i] { j += 1 }
            let a = keys[i] / k, b = keys[i] % k
            pairs.append(GroupMixing.Pair(
                a: a, b: b, ties: j - i,
                density: GroupMixing.density(ties: j - i, a == b ? nil : sizes[b], sizes[a])))
            i = j
        }
        return GroupMixing(sizes: sizes, internalTies: internalTies, externalTies: externalTies, tiedPairs: pairs)
    }
}
