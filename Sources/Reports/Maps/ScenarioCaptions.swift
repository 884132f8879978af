import GraphvizMap
import NetworkMap
import Wording

/// The two captions under the what-if and the diff map: what is shown, and what can be read from it.
///
/// Each names only the marks the map shows, so the text and the legend agree.
public enum ScenarioCaptions {
    /// "Was ist dargestellt?" and "Was kann abgelesen werden?" for the map of a what-if scenario.
    public static func whatIf(_ w: WhatIf, language: Language) -> [MapSpec.Caption] {
        let s = Strings(language, analysis: w.before)
        let p = s.phrases
        let network = w.before.network
        let cutOff = w.cutOff.flatMap(\.members).count + w.newlyIsolated.filter { v in
            !w.cutOff.contains { $0.members.contains(v) }
        }.count

        var shown = [p.caption(.whatIfNetwork(network: network.name, date: network.date, actors: network.actors.count))]
        if !w.removed.isEmpty {
            shown.append(p.caption(.whatIfRemoved(names: s.names(w.removed, limit: 8), lostTies: w.lostTies.count)))
        }
        if cutOff > 0 { shown.append(p.caption(.whatIfCutOffMark)) }
        if !w.added.isEmpty {
            let pairs = s.list(w.added.map { "\(s.name($0.source)) – \(s.name($0.target))" }, limit: 6)
            shown.append(p.caption(.whatIfPlanned(pairs: pairs)))
        }
        shown.append(p.caption(.whatIfEncoding))
        if !w.before.showsPrivateNames { shown.append(p.caption(.pseudonyms)) }

        var read: [String] = []
        let mainSize = w.mainComponentAfter.count
        if w.cutOff.isEmpty {
            if !w.removed.isEmpty { read.append(p.nobodyCutOff) }
        } else {
            read += w.cutOff.map { s.cutOffSentence($0, mainSize: mainSize).replacingOccurrences(of: "**", with: "") }
        }
        let isolatedElsewhere = w.newlyIsolated.filter { v in !w.cutOff.contains { $0.members.contains(v) } }
        if !isolatedElsewhere.isEmpty { read.append(s.newlyIsolatedSentence(isolatedElsewhere)) }
        read.append(p.pairsSentence(lost: w.pairsLost, gained: w.pairsGained))
        if abs(w.fragmentationAfter - w.fragmentationBefore) >= 0.0005 {
            read.append(p.caption(.fragmentation(before: s.percent(w.fragmentationBefore, digits: 1),
                                                 after: s.percent(w.fragmentationAfter, digits: 1),
                                                 rises: w.fragmentationAfter > w.fragmentationBefore)))
        }
        if !w.added.isEmpty {
            // What the planned ties prevent: who would be cut off by the same departures without them.
            var kept: [Int] = []
            if !w.removed.isEmpty {
                let unmended = WhatIf(w.before, removing: w.removed)
                kept = Array(Set(unmended.cutOff.flatMap(\.members)).subtracting(w.cutOff.flatMap(\.members))).sorted()
            }
            if !kept.isEmpty { read.append(s.keptSentence(kept)) }
            if kept.isEmpty || !w.reconnected.isEmpty { read.append(s.reconnectedSentence(w.reconnected)) }
        }
        return [
            MapSpec.Caption(heading: p.shownHeading, text: shown.joined(separator: " ")),
            MapSpec.Caption(heading: p.readHeading, text: read.joined(separator: " ")),
        ]
    }

    /// "Was ist dargestellt?" and "Was kann abgelesen werden?" for the map of what changed between two snapshots.
    public static func diff(_ d: NetworkDiff, language: Language) -> [MapSpec.Caption] {
        let o = Strings(language, analysis: d.old), n = Strings(language, analysis: d.new)
        let p = n.phrases
        let old = d.old.network, new = d.new.network
        func label(_ network: Network) -> String { network.date.map { "\($0)" } ?? network.name }
        let lostDrawn = ScenarioMaps.lostTiesBetweenRemaining(d).count

        var shown = [p.caption(.diffNetwork(network: new.name, newLabel: label(new), actors: new.actors.count,
                                            oldLabel: label(old)))]
        if !d.addedActors.isEmpty { shown.append(p.caption(.diffAddedActors(d.addedActors.count))) }
        if !d.addedTies.isEmpty { shown.append(p.caption(.diffAddedTies(d.addedTies.count))) }
        if !d.introductionsMade.isEmpty { shown.append(p.caption(.diffIntroduced)) }
        if lostDrawn > 0 { shown.append(p.caption(.diffLostDrawn(lostDrawn))) }
        shown.append(p.caption(.diffEncoding))
        if !d.new.showsPrivateNames { shown.append(p.caption(.pseudonymsInBoth)) }

        var read: [String] = []
        if !d.addedActors.isEmpty { read.append(p.caption(.diffNew(names: n.names(d.addedActors, limit: 8)))) }
        if !d.lostActors.isEmpty {
            read.append(p.caption(.diffGone(names: o.names(d.lostActors, limit: 8), ties: lostTiesOfLostActors(d))))
        }
        if d.addedActors.isEmpty && d.lostActors.isEmpty && d.addedTies.isEmpty && d.lostTies.isEmpty {
            read.append(p.caption(.diffNothing))
        }
        let suggested = d.introductionsMade.count + d.introductionsOpen.count
        if suggested > 0 {
            var sentence = p.introductionsMadeSentence(made: d.introductionsMade.count, suggested: suggested)
            if !d.introductionsMade.isEmpty {
                let pairs = o.list(d.introductionsMade.map { "\(o.name($0.source)) – \(o.name($0.target))" }, limit: 4)
                sentence = String(sentence.dropLast()) + ": \(pairs)."
            }
            read.append(sentence)
        }
        if !d.gapsClosed.isEmpty || !d.gapsOpened.isEmpty {
            read.append(p.caption(.diffGaps(closed: d.gapsClosed.count, opened: d.gapsOpened.count)))
        }
        if let top = d.betweennessChanges.first {
            read.append(p.caption(.diffTopMover(name: n.name(top.new), gained: top.change > 0, points: n.points(top.change))))
        }
        return [
            MapSpec.Caption(heading: p.shownHeading, text: shown.joined(separator: " ")),
            MapSpec.Caption(heading: p.readHeading, text: read.joined(separator: " ")),
        ]
    }

    /// How many of the old snapshot's ties went with the actors who left.
    static func lostTiesOfLostActors(_ d: NetworkDiff) -> Int {
        let lost = Set(d.lostActors)
        return d.old.network.ties.filter { lost.contains($0.source) || lost.contains($0.target) }.count
    }
}
