/// How urgent a finding is.
public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable {
    case high, medium, low

    public static func < (a: Severity, b: Severity) -> Bool {
        allCases.firstIndex(of: a) ?? 0 < allCases.firstIndex(of: b) ?? 0
    }
}

/// A gap in the network: something missing between groups, themes or actors.
public struct Gap: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Two actor types (sectors) with no or very few ties.
        case sectors
        /// Two communities with no ties.
        case communities
        /// A theme from network.yaml that no actor works on.
        case uncoveredTheme
        /// A theme whose actors fall into groups without ties among them.
        case splitTheme
        /// The network depends heavily on the QM office.
        case homeDependency
        /// An actor without whom part of the network is cut off.
        case articulationPoint
        /// A single tie that alone joins two parts of the network.
        case bridge
        /// Actors whose every funding tie comes from one funder.
        case fundingDependency
    }

    /// What exactly is missing, for the wording of each report.
    public enum Detail: Sendable, Hashable {
        case sectors(ActorType, ActorType, ties: Int, expected: Double)
        case communities(Int, Int, sizes: [Int])
        case theme(String, parts: [[Int]])
        case home(HomeDependency)
        case cutVertex(Int, cutOff: [Int])
        case bridge(Int, Int, smallerSide: [Int])
        case funding(funder: Int, dependents: [Int])
    }

    public let kind: Kind
    public let severity: Severity
    /// The actors concerned, most relevant first.
    public let actors: [Int]
    public let detail: Detail
}

extension Analysis {
    func findGaps() -> [Gap] {
        var result: [Gap] = []
        if let dependency = homeDependency {
            let severe = dependency.pathShare >= 0.3 || dependency.cutOff.count >= 5
            let notable = dependency.pathShare >= 0.15 || !dependency.cutOff.isEmpty
            if severe || notable {
                result.append(Gap(kind: .homeDependency, severity: severe ? .high : .medium,
                                  actors: [dependency.actor] + dependency.cutOff, detail: .home(dependency)))
            }
        }
        result += sectorGaps + themeGaps + cutVertexGaps + bridgeGaps + communityGaps + fundingGaps
        let order = Gap.Kind.allCases
        return result.enumerated().sorted { x, y in
            let a = x.element, b = y.element
            if a.severity != b.severity { return a.severity < b.severity }
            let ka = order.firstIndex(of: a.kind) ?? 0, kb = order.firstIndex(of: b.kind) ?? 0
            if ka != kb { return ka < kb }
            if a.actors.count != b.actors.count { return a.actors.count > b.actors.count }
            return x.offset < y.offset
        }.map(\.element)
    }

    /// Type pairs (both with at least two actors) whose ties fall far below what even mixing would give.
    ///
    /// Individual residents are left out: they take part through groups and bodies, and a resident without a
    /// tie to a business is no gap between sectors. Expected ties come from the mixing of the other types.
    var sectorGaps: [Gap] {
        let sizes = types.indices.map { t in typeIndex.filter { $0 == t }.count }
        let sectors = types.indices.filter { types[$0] != .resident }
        var betweenTies = 0
        var possible = 0.0
        for a in sectors {
            for b in sectors where a < b {
                betweenTies += typeMixing.ties(a, b)
                possible += Double(sizes[a] * sizes[b])
            }
        }
        guard possible > 0, betweenTies > 0 else { return [] }
        let rate = Double(betweenTies) / possible
        var gaps: [Gap] = []
        for a in sectors {
            for b in sectors where a < b && sizes[a] >= 2 && sizes[b] >= 2 {
                let ties = typeMixing.ties(a, b)
                let expected = rate * Double(sizes[a] * sizes[b])
                guard expected >= 2, Double(ties) <= expected / 4 else { continue }
                let ratio = Double(ties) / expected
                let severity: Severity = ratio <= 0.1 && expected >= 4 ? .high : (ratio <= 0.1 ? .medium : .low)
                let members = (0..<graph.nodeCount).filter { typeIndex[$0] == a || typeIndex[$0] == b }
                    .sorted { measures[$0].degree > measures[$1].degree || (measures[$0].degree == measures[$1].degree && $0 < $1) }
                gaps.append(Gap(kind: .sectors, severity: severity, actors: Array(members.prefix(6)),
                                detail: .sectors(types[a], types[b], ties: ties, expected: expected)))
            }
        }
        return gaps
    }

    /// The actors who work on each theme of the network (matched ignoring case and spacing).
    public var themeMembers: [(theme: String, actors: [Int])] {
        var keys = NormalizedKeys()
        let themes = themes(keys: &keys)
        var position: [String: Int] = [:]
        for (t, theme) in themes.enumerated() where position[keys[theme]] == nil {
            position[keys[theme]] = t
        }
        // One pass over the actors; each distinct theme text is normalised once (a city's 100,000 actors
        // name a few dozen themes, and normalising every cell took 1.7 s).
        var members = [[Int]](repeating: [], count: themes.count)
        for (i, actor) in network.actors.enumerated() {
            var seen = Set<Int>()
            for theme in actor.themes {
                if let t = position[keys[theme]], seen.insert(t).inserted { members[t].append(i) }
            }
        }
        return themes.indices.map { (themes[$0], members[$0]) }
    }

    /// The themes the analysis looks at: those of network.yaml, else those the actors name, in first-use order.
    public var themes: [String] {
        var keys = NormalizedKeys()
        return themes(keys: &keys)
    }

    private func themes(keys: inout NormalizedKeys) -> [String] {
        if !network.themes.isEmpty { return network.themes }
        var seen = Set<String>()
        var result: [String] = []
        for actor in network.actors {
            for theme in actor.themes where seen.insert(keys[theme]).inserted { result.append(theme) }
        }
        return result
    }

    /// Themes without actors, and themes whose actors form several groups with no tie between them.
    var themeGaps: [Gap] {
        var gaps: [Gap] = []
        for (theme, members) in themeMembers {
            if members.isEmpty {
                if !network.themes.isEmpty {
                    gaps.append(Gap(kind: .uncoveredTheme, severity: .high, actors: [], detail: .theme(theme, parts: [])))
                }
                continue
            }
            let parts = graph.induced(on: members).map { part in part.sorted() }
            let groups = parts.filter { $0.count >= 2 }
            // Several actors on a theme who never meet: worth a meeting. Single loners are listed too.
            if parts.count >= 2 && members.count >= 3 {
                let severity: Severity = groups.count >= 2 ? .medium : .low
                gaps.append(Gap(kind: .splitTheme, severity: severity, actors: members, detail: .theme(theme, parts: parts)))
            }
        }
        return gaps
    }

    /// At most this many cut vertices are examined in full (the ones that cut off most); enough for any
    /// report, and it keeps the work linear in the network's size.
    static let cutVertexLimit = 50

    /// Articulation points of the main network that cut others off, in index order.
    ///
    /// Above ``cutVertexLimit`` only those that cut off most. One breadth-first search each.
    func findCutVertices() -> [CutVertex] {
        let main = Set(mainComponent)
        var chosen = articulationPoints.filter { main.contains($0) && measures[$0].cutOff > 0 }
        if chosen.count > Self.cutVertexLimit {
            chosen = Array(chosen.sorted { (measures[$0].cutOff, -$0) > (measures[$1].cutOff, -$1) }
                .prefix(Self.cutVertexLimit)).sorted()
        }
        return chosen.map { v in
            let without = graph.components(removing: [v])
            let largest = without.first ?? []
            let inLargest = Set(largest)
            let parts = without.dropFirst().filter { main.contains($0[0]) }
            let cut = mainComponent.filter { $0 != v && !inLargest.contains($0) }
            return CutVertex(actor: v, cutOff: cut, parts: Array(parts), remaining: largest)
        }
    }

    /// Articulation points other than the QM office, with the actors they alone hold to the main network.
    var cutVertexGaps: [Gap] {
        cutVertices.compactMap { c in
            guard c.actor != home else { return nil }
            let cut = c.cutOff
            let severity: Severity = cut.count >= 5 ? .high : (cut.count >= 2 ? .medium : .low)
            return Gap(kind: .articulationPoint, severity: severity, actors: [c.actor] + cut,
                       detail: .cutVertex(c.actor, cutOff: cut))
        }
    }

    /// Bridges whose smaller side has at least two actors (a tie to a single pendant actor is no gap).
    var bridgeGaps: [Gap] {
        bridges.compactMap { edge in
            let side = graph.side(of: edge)
            guard side.count >= 2 else { return nil }
            let severity: Severity = side.count >= 5 ? .medium : .low
            return Gap(kind: .bridge, severity: severity, actors: [edge.u, edge.v],
                       detail: .bridge(edge.u, edge.v, smallerSide: side))
        }
    }

    /// Pairs of sizeable communities (three or more actors) in the same component with no tie between them.
    var communityGaps: [Gap] {
        let groups = communities.groups
        var gaps: [Gap] = []
        for a in groups.indices where groups[a].count >= 3 {
            for b in groups.indices where b > a && groups[b].count >= 3 {
                guard measures[groups[a][0]].component == measures[groups[b][0]].component,
                      communityMixing.ties(a, b) == 0 else { continue }
                let top = { (g: [Int]) in g.sorted { measures[$0].degree > measures[$1].degree || (measures[$0].degree == measures[$1].degree && $0 < $1) }.prefix(3) }
                gaps.append(Gap(kind: .communities, severity: .low, actors: Array(top(groups[a]) + top(groups[b])),
                                detail: .communities(a, b, sizes: [groups[a].count, groups[b].count])))
            }
        }
        return Array(gaps.prefix(5))
    }

    /// Funders on whom actors depend for all of their funding.
    var fundingGaps: [Gap] {
        var funders: [Int: Set<Int>] = [:]
        for tie in network.ties where tie.kind == .funding {
            // The source of a funding tie is the funder, whether or not the tie is marked directed.
            funders[tie.target, default: []].insert(tie.source)
        }
        var dependents: [Int: [Int]] = [:]
        for (funded, set) in funders where set.count == 1 {
            if let only = set.first { dependents[only, default: []].append(funded) }
        }
        return dependents.keys.sorted().compactMap { funder in
            let list = (dependents[funder] ?? []).sorted()
            guard list.count >= 2 else { return nil }
            return Gap(kind: .fundingDependency, severity: list.count >= 5 ? .medium : .low,
                       actors: [funder] + list, detail: .funding(funder: funder, dependents: list))
        }
    }
}

extension Graph {
    /// Connected parts of the subgraph induced by `members` (ties only among them).
    public func induced(on members: [Int]) -> [[Int]] {
        let inside = Set(members)
        let outside = (0..<nodeCount).filter { !inside.contains($0) }
        return components(removing: outside)
    }

    /// The nodes on the smaller side of a bridge (the side cut off when the tie is removed), sorted.
    ///
    /// Searches from both ends at once, one node at a time, without crossing the bridge; the search that
    /// runs out first has found the smaller side. O(smaller side's size and ties).
    public func side(of edge: Edge) -> [Int] {
        var seen: [Set<Int>] = [[edge.u], [edge.v]]
        var queues: [[Int]] = [[edge.u], [edge.v]]
        var heads = [0, 0]
        var cursors = [offsets[edge.u], offsets[edge.v]]
        while true {
            for s in 0..<2 {
                // Advance side s by one adjacency entry.
                let other = s == 0 ? edge.v : edge.u
                let start = s == 0 ? edge.u : edge.v
                while heads[s] < queues[s].count {
                    let v = queues[s][heads[s]]
                    if cursors[s] < offsets[v + 1] {
                        let w = Int(neighbors[cursors[s]])
                        cursors[s] += 1
                        if v == start && w == other { continue }
                        if seen[s].insert(w).inserted { queues[s].append(w) }
                        break
                    }
                    heads[s] += 1
                    if heads[s] < queues[s].count { cursors[s] = offsets[queues[s][heads[s]]] }
                }
                if heads[s] >= queues[s].count { return queues[s].sorted() }
            }
        }
    }
}

/// An actor without whom others lose every path to the main network.
public struct CutVertex: Sendable, Hashable {
    public let actor: Int
    /// Main-network actors cut off from the largest remaining part when this actor leaves.
    public let cutOff: [Int]
    /// The pieces those actors form.
    public let parts: [[Int]]
    /// The largest remaining part.
    public let remaining: [Int]
}
