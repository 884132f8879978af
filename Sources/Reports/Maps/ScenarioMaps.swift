import GraphvizMap
import NetworkMap
import Wording

/// The maps of a what-if scenario and of a comparison of two snapshots, ready for ``MapRenderer``.
///
/// Both draw the analysed (prepared) networks of the scenario, so names and ids match the text reports.
public enum ScenarioMaps {
    /// The network as it is, with what the scenario takes away and adds.
    ///
    /// The actors who leave are greyed with a red dashed outline and their ties dotted, the actors cut off have a
    /// thick dark red outline, planned ties are blue and dashed. Size shows today's betweenness. O(|V| + |E|).
    public static func whatIf(_ w: WhatIf, language: Language) -> MapSpec {
        let s = Strings(language, analysis: w.before)
        let network = w.before.network
        var marks: [Int: Set<MapSpec.NodeMark>] = [:]
        for v in w.removed { marks[v, default: []].insert(.removed) }
        for v in w.cutOff.flatMap(\.members) + w.newlyIsolated { marks[v, default: []].insert(.cutOff) }
        let planned = w.added.map {
            MapOptions.ExtraTie(source: $0.source, target: $0.target, kind: MapSpec.Edge.plannedKind, strength: 1.5,
                                marks: [.planned])
        }
        // The scenario sentence without its full stop (a name ending in "e.V." keeps its own).
        let subtitle = s.phrases.datedSubtitle(date: network.date,
                                               rest: String(s.scenario(removed: w.removed, added: w.added).dropLast()))
        let options = MapOptions(
            language: language, sizeValues: w.before.measures.map(\.betweenness),
            sizeLabel: s.phrases.sizeMeaning(.betweenness), title: "\(s.whatIfTitle) – \(network.name)",
            captions: ScenarioCaptions.whatIf(w, language: language),
            actorMarks: marks, extraTies: planned, subtitle: subtitle)
        return MapSpec(w.before, options: options)
    }

    /// The newer snapshot with what changed since the older one.
    ///
    /// New actors have a double teal outline, new ties are thick teal double lines (dots at the ends where a
    /// suggested introduction happened), ties lost between actors still there are grey and dotted. Lost actors
    /// are named in the captions. O(|V| + |E|).
    public static func diff(_ d: NetworkDiff, language: Language) -> MapSpec {
        let n = Strings(language, analysis: d.new)
        let old = d.old.network, new = d.new.network
        let newIndex = new.indexByID
        var marks: [Int: Set<MapSpec.NodeMark>] = [:]
        for v in d.addedActors { marks[v, default: []].insert(.added) }
        var tieMarks = d.addedTies.map { i in
            let t = new.ties[i]
            return MapOptions.TieMarking(source: t.source, target: t.target, kind: t.kind.rawValue, marks: [.added])
        }
        for intro in d.introductionsMade {
            guard let a = newIndex[old.actors[intro.source].id], let b = newIndex[old.actors[intro.target].id] else {
                continue
            }
            tieMarks.append(MapOptions.TieMarking(source: a, target: b, marks: [.introduced]))
        }
        let lost = lostTiesBetweenRemaining(d).map { i -> MapOptions.ExtraTie in
            let t = old.ties[i]
            return MapOptions.ExtraTie(
                source: newIndex[old.actors[t.source].id] ?? -1, target: newIndex[old.actors[t.target].id] ?? -1,
                kind: t.kind.rawValue, strength: t.strength, isDirected: t.isDirected, marks: [.lost])
        }
        let counts = n.phrases.caption(.diffCounts(actors: new.actors.count, addedActors: d.addedActors.count,
                                                   lostActors: d.lostActors.count, ties: new.ties.count,
                                                   addedTies: d.addedTies.count, lostTies: d.lostTies.count))
        let subtitle = n.phrases.datedSubtitle(date: new.date, rest: counts)
        let options = MapOptions(
            language: language, sizeValues: d.new.measures.map(\.betweenness),
            sizeLabel: n.phrases.sizeMeaning(.betweenness), title: n.diffTitle(old: old, new: new),
            captions: ScenarioCaptions.diff(d, language: language),
            actorMarks: marks, tieMarks: tieMarks, extraTies: lost, subtitle: subtitle)
        return MapSpec(d.new, options: options)
    }

    /// Ties of the older snapshot that are gone although both their actors are still there (indices into
    /// the old network's ties): the only lost ties a map of the newer snapshot can draw.
    public static func lostTiesBetweenRemaining(_ d: NetworkDiff) -> [Int] {
        let newIndex = d.new.network.indexByID
        let old = d.old.network
        return d.lostTies.filter { i in
            newIndex[old.actors[old.ties[i].source].id] != nil && newIndex[old.actors[old.ties[i].target].id] != nil
        }
    }
}
