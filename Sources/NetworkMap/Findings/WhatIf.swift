/// A tie that is planned but does not exist yet, between two actors (indices into ``Network/actors``).
public struct PlannedTie: Sendable, Hashable {
    public let source: Int
    public let target: Int
    public init(source: Int, target: Int) { self.source = source; self.target = target }
}

/// A group of actors that is in the main network before and apart from it after the change.
public struct CutOffGroup: Sendable, Hashable {
    /// The group's actors, ascending.
    public let members: [Int]
    /// Its best-connected member before the change (for naming the group).
    public let lead: Int
}

/// How much of the rest of the network a group of actors can reach, before and after the change.
public struct GroupReach: Sendable, Hashable {
    public enum Group: Sendable, Hashable {
        case type(ActorType)
        /// Index into the communities of the analysis before the change.
        case community(Int)
    }

    public let group: Group
    /// Members before the change.
    public let members: Int
    /// Members still there after the change.
    public let remaining: Int
    /// Mean over the members of the share of the other actors each can reach (by any path).
    public let before: Double
    /// The same after the change, among the remaining actors; `nil` when no member remains.
    public let after: Double?
}

/// What breaks when actors leave and what mends with planned ties: a what-if scenario against an analysis.
///
/// Pure and deterministic. Node indices are the network's; the removed actors keep their index but have no
/// ties, and are part of no component after the change. ``removed``, ``lostTies`` and ``added`` say exactly
/// what changed, for a map to draw. Reachability is by breadth-first search: O(|V| + |E|) per question,
/// O(k (|V| + |E|)) in all for k groups.
public struct WhatIf: Sendable {
    /// The analysis of the network as it is.
    public let before: Analysis
    /// Actors who leave, ascending.
    public let removed: [Int]
    /// Planned ties that are new (not touching a removed actor, not between actors already linked).
    public let added: [PlannedTie]
    /// Planned ties between actors already linked: they change nothing here.
    public let alreadyLinked: [PlannedTie]
    /// Planned ties to or from an actor who leaves: left out.
    public let ignored: [PlannedTie]
    /// Indices into ``Network/ties`` of the ties that go with the removed actors.
    public let lostTies: [Int]
    /// The structure after the change (same node indices; removed nodes have no edges).
    public let graphAfter: Graph
    /// Components after the change, without the removed actors, largest first.
    public let componentsAfter: [[Int]]
    /// Actors (not removed) without any tie after the change.
    public let isolatesAfter: [Int]
    /// Isolates after the change that had ties before.
    public let newlyIsolated: [Int]
    public let fragmentationBefore: Double
    /// Fragmentation among the remaining actors (Borgatti 2006).
    public let fragmentationAfter: Double
    /// Groups of the main network that lose every path to its largest remaining part, largest first.
    public let cutOff: [CutOffGroup]
    /// Actors outside the main network before and inside it after (mended by the planned ties).
    public let reconnected: [Int]
    /// Pairs of remaining actors who could reach each other before and cannot after.
    public let pairsLost: Int
    /// Pairs of remaining actors who could not reach each other before and can after.
    public let pairsGained: Int
    /// Reach of each actor type, in the analysis's type order.
    public let reachByType: [GroupReach]
    /// Reach of each community of the analysis.
    public let reachByCommunity: [GroupReach]

    /// The scenario: `removing` actors leave, `adding` ties are made.
    ///
    /// Repeated entries count once.
    public init(_ before: Analysis, removing: [Int], adding: [PlannedTie] = []) {
        self.before = before
        let graph = before.graph
        let n = graph.nodeCount
        let removedSet = Set(removing.filter { $0 >= 0 && $0 < n })
        removed = removedSet.sorted()
        var added: [PlannedTie] = [], already: [PlannedTie] = [], ignored: [PlannedTie] = []
        var seenPairs = Set<[Int]>()
        for tie in adding where tie.source != tie.target && (0..<n).contains(tie.source) && (0..<n).contains(tie.target) {
            guard seenPairs.insert([min(tie.source, tie.target), max(tie.source, tie.target)]).inserted else { continue }
            if removedSet.contains(tie.source) || removedSet.contains(tie.target) {
                ignored.append(tie)
            } else if graph.areAdjacent(tie.source, tie.target) {
                already.append(tie)
            } else {
                added.append(tie)
            }
        }
        self.added = added; self.alreadyLinked = already; self.ignored = ignored
        lostTies = before.network.ties.indices.filter {
            removedSet.contains(before.network.ties[$0].source) || removedSet.contains(before.network.ties[$0].target)
        }
        var edges = graph.edges.compactMap { e -> (Int, Int, Double)? in
            removedSet.contains(e.u) || removedSet.contains(e.v) ? nil : (e.u, e.v, e.strength)
        }
        edges += added.map { ($0.source, $0.target, 1.0) }
        let after = Graph(nodeCount: n, edges: edges)
        graphAfter = after
        let components = after.components(removing: removed)
        componentsAfter = components
        isolatesAfter = (0..<n).filter { !removedSet.contains($0) && after.degree(of: $0) == 0 }
        newlyIsolated = isolatesAfter.filter { graph.degree(of: $0) > 0 }
        fragmentationBefore = before.fragmentation
        fragmentationAfter = after.fragmentation(removing: removed)

        var componentBefore = [Int](repeating: -1, count: n)
        for (c, members) in before.components.enumerated() { for v in members { componentBefore[v] = c } }
        var componentAfter = [Int](repeating: -1, count: n)
        for (c, members) in components.enumerated() { for v in members { componentAfter[v] = c } }

        // Pairs that share a component before, after, and both: the differences are the pairs lost and gained.
        var countBefore: [Int: Int] = [:], countAfter: [Int: Int] = [:], countBoth: [[Int]: Int] = [:]
        for v in 0..<n where !removedSet.contains(v) {
            countBefore[componentBefore[v], default: 0] += 1
            countAfter[componentAfter[v], default: 0] += 1
            countBoth[[componentBefore[v], componentAfter[v]], default: 0] += 1
        }
        func pairs(_ counts: some Sequence<Int>) -> Int { counts.reduce(0) { $0 + $1 * ($1 - 1) / 2 } }
        let both = pairs(countBoth.values)
        pairsLost = pairs(countBefore.values) - both
        pairsGained = pairs(countAfter.values) - both

        let mainBefore = Set(before.mainComponent)
        let mainAfter = components.first.map(Set.init) ?? []
        cutOff = components.dropFirst().compactMap { members in
            let lost = members.filter { mainBefore.contains($0) }
            guard !lost.isEmpty else { return nil }
            let lead = lost.max { a, b in
                graph.degree(of: a) != graph.degree(of: b) ? graph.degree(of: a) < graph.degree(of: b) : a > b
            } ?? lost[0]
            return CutOffGroup(members: lost, lead: lead)
        }.sorted { $0.members.count != $1.members.count ? $0.members.count > $1.members.count : $0.members[0] < $1.members[0] }
        reconnected = (0..<n).filter { !mainBefore.contains($0) && mainAfter.contains($0) }

        let remaining = n - removed.count
        func reach(_ members: [Int]) -> (Double, Double?, Int) {
            let sizeBefore = members.map { Double(before.components[componentBefore[$0]].count - 1) }
            let left = members.filter { !removedSet.contains($0) }
            let sizeAfter = left.map { Double(components[componentAfter[$0]].count - 1) }
            let b = members.isEmpty || n < 2 ? 0 : sizeBefore.reduce(0, +) / Double(members.count) / Double(n - 1)
            let a: Double? = left.isEmpty ? nil : (remaining < 2 ? 0 : sizeAfter.reduce(0, +) / Double(left.count) / Double(remaining - 1))
            return (b, a, left.count)
        }
        reachByType = before.types.indices.map { t in
            let members = (0..<n).filter { before.typeIndex[$0] == t }
            let (b, a, left) = reach(members)
            return GroupReach(group: .type(before.types[t]), members: members.count, remaining: left, before: b, after: a)
        }
        reachByCommunity = before.communities.groups.enumerated().map { c, members in
            let (b, a, left) = reach(members)
            return GroupReach(group: .community(c), members: members.count, remaining: left, before: b, after: a)
        }
    }

    /// The largest part of the network after the change (empty when nobody remains).
    public var mainComponentAfter: [Int] { componentsAfter.first ?? [] }
}
