/// An actor through whom much of the network runs, with what it connects and how replaceable it is.
public struct Broker: Sendable, Hashable {
    public let actor: Int
    /// Rank, 1 = the most central.
    public let rank: Int
    /// Share of all shortest paths between other actors that run through this actor (normalised betweenness).
    public let betweenness: Double
    /// The actor types among its contacts, most frequent first.
    public let connectsTypes: [ActorType]
    /// The communities among its contacts, most frequent first.
    public let connectsCommunities: [Int]
    /// The Gould-Fernandez role it plays most (by actor type), `nil` when it brokers no open two-paths.
    public let mainRole: BrokerageRole?
    public let roles: BrokerageRoles
    public let isArticulationPoint: Bool
    /// Actors cut off from the main network if this actor left.
    public let cutOff: Int
    /// Burt's constraint (low = many structural holes spanned).
    public let constraint: Double?
    public let effectiveSize: Double?
    /// Hard to replace: the network splits without it, or no other actor spans the same pairs of groups.
    public let isHardToReplace: Bool
}

/// The brokerage roles of Gould and Fernandez (1989), by the groups of the three actors in a two-path.
public enum BrokerageRole: String, Sendable, Hashable, CaseIterable {
    case coordinator, consultant, representative, gatekeeper, liaison
}

extension BrokerageRoles {
    /// The count of one role.
    public subscript(role: BrokerageRole) -> Int {
        switch role {
        case .coordinator: return coordinator
        case .consultant: return consultant
        case .representative: return representative
        case .gatekeeper: return gatekeeper
        case .liaison: return liaison
        }
    }

    /// The role with the largest count (ties broken in the order of ``BrokerageRole/allCases``); `nil` when all are 0.
    public var dominant: BrokerageRole? {
        var best: BrokerageRole?
        for role in BrokerageRole.allCases where self[role] > 0 && (best.map { self[role] > self[$0] } ?? true) {
            best = role
        }
        return best
    }
}

/// What happens to the network without the QM office: the Verstetigung question.
public struct HomeDependency: Sendable, Hashable {
    public let actor: Int
    /// Share of all shortest paths between other actors that run through the office.
    public let pathShare: Double
    /// Its rank by betweenness.
    public let rank: Int
    /// Components of the network without the office (counting isolates), and before.
    public let componentsWithout: Int
    public let componentsBefore: Int
    /// Actors that lose every path to the main network without the office.
    public let cutOff: [Int]
    /// Fragmentation (share of pairs that cannot reach each other) before and without the office.
    public let fragmentationBefore: Double
    public let fragmentationWithout: Double
    /// Actors whose only tie is to the office.
    public let onlyTiedToHome: [Int]
}

extension Analysis {
    /// The top brokers: actors with positive betweenness, most central first.
    public func brokers(top: Int = 10) -> [Broker] {
        let ranked = actorsByBetweenness.filter { measures[$0].betweenness > 0 }
        return ranked.prefix(top).enumerated().map { rank, v in broker(v, rank: rank + 1) }
    }

    /// The broker description of one actor.
    public func broker(_ v: Int, rank: Int) -> Broker {
        let m = measures[v]
        var typeCounts: [Int: Int] = [:]
        var communityCounts: [Int: Int] = [:]
        for w in graph.neighbors(of: v) {
            typeCounts[typeIndex[Int(w)], default: 0] += 1
            communityCounts[communities.membership[Int(w)], default: 0] += 1
        }
        func ordered(_ counts: [Int: Int]) -> [Int] {
            counts.keys.sorted { (counts[$0] ?? 0, -$0) > (counts[$1] ?? 0, -$1) }
        }
        let spans = ordered(communityCounts)
        let hard = m.isArticulationPoint || (spans.count >= 2 && !otherActorSpans(spans, besides: v))
        return Broker(
            actor: v, rank: rank, betweenness: m.betweenness,
            connectsTypes: ordered(typeCounts).map { types[$0] }, connectsCommunities: spans,
            mainRole: m.brokerage.dominant, roles: m.brokerage, isArticulationPoint: m.isArticulationPoint,
            cutOff: m.cutOff, constraint: m.constraint, effectiveSize: m.effectiveSize, isHardToReplace: hard)
    }

    /// Whether some other actor also has contacts in every one of the first two communities of `spans`.
    private func otherActorSpans(_ spans: [Int], besides v: Int) -> Bool {
        let a = spans[0], b = spans[1]
        for w in 0..<graph.nodeCount where w != v && graph.degree(of: w) >= 2 {
            var hasA = false, hasB = false
            for x in graph.neighbors(of: w) {
                let c = communities.membership[Int(x)]
                if c == a { hasA = true } else if c == b { hasB = true }
                if hasA && hasB { return true }
            }
        }
        return false
    }

    /// The QM office's weight in the network and what falls apart without it; `nil` when `home` is not set.
    public var homeDependency: HomeDependency? {
        guard let home else { return nil }
        // Its place in `actorsByBetweenness`, counted rather than sorted for (the order is total).
        let rank = measures.indices.reduce(1) { $0 + (comesBeforeByBetweenness($1, home) ? 1 : 0) }
        let without = graph.components(removing: [home])
        let largestWithout = Set(without.first ?? [])
        let cutOff = mainComponent.filter { $0 != home && !largestWithout.contains($0) }
        let onlyHome = (0..<graph.nodeCount).filter {
            graph.degree(of: $0) == 1 && graph.neighbors(of: $0).first.map(Int.init) == home
        }
        return HomeDependency(
            actor: home, pathShare: measures[home].betweenness, rank: rank,
            componentsWithout: without.count, componentsBefore: components.count, cutOff: cutOff,
            fragmentationBefore: fragmentation, fragmentationWithout: graph.fragmentation(removing: [home]),
            onlyTiedToHome: onlyHome)
    }
}
