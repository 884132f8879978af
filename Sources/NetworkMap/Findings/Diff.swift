/// What identifies a gap across two snapshots: its kind and what it is about (types, a theme, actors by id).
///
/// Gaps are compared by this key, not by their wording or severity, so that "the same gap, a little
/// smaller" counts as still open. Community gaps are keyed by the actors they name; ``NetworkDiff`` compares
/// them by their members instead, since communities are found afresh in each snapshot.
public struct GapKey: Sendable, Hashable, Comparable {
    public let kind: Gap.Kind
    public let subject: [String]

    public static func < (a: GapKey, b: GapKey) -> Bool {
        let order = Gap.Kind.allCases
        let ka = order.firstIndex(of: a.kind) ?? 0, kb = order.firstIndex(of: b.kind) ?? 0
        return ka != kb ? ka < kb : a.subject.lexicographicallyPrecedes(b.subject)
    }
}

extension Gap {
    /// The gap's identity in `network` (see ``GapKey``).
    public func key(in network: Network) -> GapKey {
        let id = { (v: Int) in network.actors[v].id }
        let subject: [String]
        switch detail {
        case let .sectors(a, b, _, _): subject = [a.rawValue, b.rawValue].sorted()
        case .communities: subject = actors.map(id).sorted()
        case let .theme(theme, _): subject = [Normalize.key(theme)]
        case let .home(dependency): subject = [id(dependency.actor)]
        case let .cutVertex(v, _): subject = [id(v)]
        case let .bridge(u, v, _): subject = [id(u), id(v)].sorted()
        case let .funding(funder, _): subject = [id(funder)]
        }
        return GapKey(kind: kind, subject: subject)
    }
}

/// How one measure of one actor moved between two snapshots.
public struct MeasureChange: Sendable, Hashable {
    /// The actor's index in the old and in the new network.
    public let old: Int
    public let new: Int
    public let before: Double
    public let after: Double
    public var change: Double { after - before }
}

/// What changed between two snapshots of a network: actors and ties, measures, gaps and introductions.
///
/// Actors are matched by id, ties by their two actors' ids and kind (regardless of direction). Both
/// snapshots are analysed in full; the comparison itself is O(|V| + |E| + gaps).
public struct NetworkDiff: Sendable {
    public let old: Analysis
    public let new: Analysis
    /// Indices into the new network's actors of actors the old one lacks.
    public let addedActors: [Int]
    /// Indices into the old network's actors of actors the new one lacks.
    public let lostActors: [Int]
    /// Indices into the new network's ties.
    public let addedTies: [Int]
    /// Indices into the old network's ties.
    public let lostTies: [Int]
    /// Betweenness changes of actors in both, largest first (by size of the change, then id).
    public let betweennessChanges: [MeasureChange]
    /// Changes in the number of contacts, largest first.
    public let degreeChanges: [MeasureChange]
    /// Gaps of the old snapshot that the new one no longer has.
    public let gapsClosed: [Gap]
    /// Gaps of the new snapshot that the old one did not have.
    public let gapsOpened: [Gap]
    /// Gaps of the new snapshot that were there before.
    public let gapsRemaining: [Gap]
    /// Introductions suggested for the old snapshot whose two actors are linked in the new one.
    public let introductionsMade: [Introduction]
    /// Introductions suggested for the old snapshot that are still open (both actors present, not linked).
    public let introductionsOpen: [Introduction]

    public init(old: Analysis, new: Analysis) {
        self.old = old
        self.new = new
        let oldIndex = old.network.indexByID, newIndex = new.network.indexByID
        addedActors = new.network.actors.indices.filter { oldIndex[new.network.actors[$0].id] == nil }
        lostActors = old.network.actors.indices.filter { newIndex[old.network.actors[$0].id] == nil }

        func tieKeys(_ network: Network) -> [[String]] {
            network.ties.map { t in
                let a = network.actors[t.source].id, b = network.actors[t.target].id
                return [min(a, b), max(a, b), t.kind.rawValue]
            }
        }
        let oldKeys = tieKeys(old.network), newKeys = tieKeys(new.network)
        let oldSet = Set(oldKeys), newSet = Set(newKeys)
        addedTies = newKeys.indices.filter { !oldSet.contains(newKeys[$0]) }
        lostTies = oldKeys.indices.filter { !newSet.contains(oldKeys[$0]) }

        var betweenness: [MeasureChange] = [], degree: [MeasureChange] = []
        for (i, actor) in old.network.actors.enumerated() {
            guard let j = newIndex[actor.id] else { continue }
            betweenness.append(MeasureChange(old: i, new: j, before: old.measures[i].betweenness, after: new.measures[j].betweenness))
            degree.append(MeasureChange(old: i, new: j, before: Double(old.measures[i].degree), after: Double(new.measures[j].degree)))
        }
        func ranked(_ changes: [MeasureChange]) -> [MeasureChange] {
            changes.filter { abs($0.change) > 1e-12 }.sorted { a, b in
                abs(a.change) != abs(b.change) ? abs(a.change) > abs(b.change)
                    : old.network.actors[a.old].id < old.network.actors[b.old].id
            }
        }
        betweennessChanges = ranked(betweenness)
        degreeChanges = ranked(degree)

        let oldGaps = old.gaps, newGaps = new.gaps
        let oldGapKeys = Set(oldGaps.map { $0.key(in: old.network) })
        let newGapKeys = Set(newGaps.map { $0.key(in: new.network) })
        // Communities are found afresh in each snapshot, so their gaps are compared by their members: a gap
        // between two groups is closed when the other snapshot has a tie between those same actors.
        func linked(_ gap: Gap, from: Analysis, in other: Analysis) -> Bool? {
            guard case let .communities(a, b, _) = gap.detail else { return nil }
            let index = other.network.indexByID
            let groups = from.communities.groups
            let left = groups[a].compactMap { index[from.network.actors[$0].id] }
            let right = Set(groups[b].compactMap { index[from.network.actors[$0].id] })
            return left.contains { v in other.graph.neighbors(of: v).contains { right.contains(Int($0)) } }
        }
        gapsClosed = oldGaps.filter { linked($0, from: old, in: new) ?? !newGapKeys.contains($0.key(in: old.network)) }
        let wasOpen = { (gap: Gap) in linked(gap, from: new, in: old).map { !$0 } ?? oldGapKeys.contains(gap.key(in: new.network)) }
        gapsOpened = newGaps.filter { !wasOpen($0) }
        gapsRemaining = newGaps.filter(wasOpen)

        var made: [Introduction] = [], open: [Introduction] = []
        for intro in old.introductions() {
            guard let a = newIndex[old.network.actors[intro.source].id],
                  let b = newIndex[old.network.actors[intro.target].id] else { continue }
            if new.graph.areAdjacent(a, b) { made.append(intro) } else { open.append(intro) }
        }
        introductionsMade = made
        introductionsOpen = open
    }
}
