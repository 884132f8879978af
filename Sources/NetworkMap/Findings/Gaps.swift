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
    /// All gaps, most severe first.
    public var gaps: [Gap] {
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
        themes.map { theme in
            let key = Normalize.key(theme)
            return (theme, network.actors.indices.filter { i in
                network.actors[i].themes.contains { Normalize.key($0) == key }
            })
        }
    }

    /// The themes the analysis looks at: those of network.yaml, else those the actors name, in first-use order.
    public var themes: [String] {
        if !network.themes.isEmpty { return network.themes }
        var seen = Set<String>()
        var result: [String] = []
        for actor in network.actors {
            for theme in actor.themes where seen.insert(Normalize.key(theme)).inserted { result.append(theme) }
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

    /// Articulation points other than the QM office, with the actors they alone hold to the main network.
    var cutVertexGaps: [Gap] {
        articulationPoints.compactMap { v in
            guard v != home else { return nil }
            let main = Set(mainComponent)
            guard main.contains(v) else { return nil }
            let without = graph.components(removing: [v])
            let largest = Set(without.first ?? [])
            let cut = mainComponent.filter { $0 != v && !largest.contains($0) }
            guard !cut.isEmpty else { return nil }
            let severity: Severity = cut.count >= 5 ? .high : (cut.count >= 2 ? .medium : .low)
            return Gap(kind: .articulationPoint, severity: severity, actors: [v] + cut, detail: .cutVertex(v, cutOff: cut))
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

    /// The nodes on the smaller side of a bridge (the side cut off when the tie is removed).
    public func side(of edge: Edge) -> [Int] {
        // Search from each end without crossing the bridge; the first search to finish is the smaller side.
        func reach(from start: Int, avoiding other: Int) -> [Int] {
            var seen: Set<Int> = [start]
            var stack = [start]
            while let v = stack.popLast() {
                for w in neighbors(of: v) where !(v == start && Int(w) == other) && !seen.contains(Int(w)) {
                    seen.insert(Int(w)); stack.append(Int(w))
                }
            }
            return seen.sorted()
        }
        let a = reach(from: edge.u, avoiding: edge.v)
        let b = reach(from: edge.v, avoiding: edge.u)
        return a.count <= b.count ? a : b
    }
}
