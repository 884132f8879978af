import GraphvizMap
import NetworkMap

/// The two captions under the what-if and the diff map: what is shown, and what can be read from it.
///
/// Each names only the marks the map shows, so the text and the legend agree.
public enum ScenarioCaptions {
    /// "Was ist dargestellt?" and "Was kann abgelesen werden?" for the map of a what-if scenario.
    public static func whatIf(_ w: WhatIf, language: Language, showPrivate: Bool = false) -> [MapSpec.Caption] {
        let s = Strings(language, analysis: w.before)
        let de = language == .de
        let network = w.before.network
        let cutOff = w.cutOff.flatMap(\.members).count + w.newlyIsolated.filter { v in
            !w.cutOff.contains { $0.members.contains(v) }
        }.count

        var shown: [String] = []
        let dated = network.date.map { de ? " (Stand \($0))" : " (as of \($0))" } ?? ""
        shown.append(de ? "Das Netzwerk \(network.name)\(dated) mit seinen \(network.actors.count) Akteuren, wie es heute ist."
                        : "The network \(network.name)\(dated) with its \(network.actors.count) actors as it is today.")
        if !w.removed.isEmpty {
            shown.append(de
                ? "Grau, durchkreuzt und rot gestrichelt umrandet: wer wegfällt (\(s.names(w.removed, limit: 8))); grau punktiert: \(s.ties(w.lostTies.count)), die damit wegfallen."
                : "Greyed, crossed and outlined in dashed red: who leaves (\(s.names(w.removed, limit: 8))); grey and dotted: the \(w.lostTies.count == 1 ? "tie" : "\(w.lostTies.count) ties") lost with them.")
        }
        if cutOff > 0 {
            shown.append(de ? "Dicker dunkelroter Rand: wer danach keinen Weg mehr zum übrigen Netzwerk hat."
                            : "Thick dark red outline: who then has no path left to the rest of the network.")
        }
        if !w.added.isEmpty {
            let pairs = s.list(w.added.map { "\(s.name($0.source)) – \(s.name($0.target))" }, limit: 6)
            shown.append(de ? "Blau gestrichelt: geplante neue Beziehungen (\(pairs))."
                            : "Blue and dashed: planned new ties (\(pairs)).")
        }
        shown.append(de ? "Farbe und Form zeigen den Akteurstyp, die Größe die heutige Vermittlung (Betweenness)."
                        : "Colour and shape show the actor type, size today's betweenness.")
        if !showPrivate {
            shown.append(de ? "Privatpersonen erscheinen pseudonymisiert." : "Private persons appear under pseudonyms.")
        }

        var read: [String] = []
        let mainSize = w.mainComponentAfter.count
        if w.cutOff.isEmpty {
            if !w.removed.isEmpty { read.append(s.nobodyCutOff) }
        } else {
            read += w.cutOff.map { s.cutOffSentence($0, mainSize: mainSize).replacingOccurrences(of: "**", with: "") }
        }
        let isolatedElsewhere = w.newlyIsolated.filter { v in !w.cutOff.contains { $0.members.contains(v) } }
        if !isolatedElsewhere.isEmpty { read.append(s.newlyIsolatedSentence(isolatedElsewhere)) }
        read.append(s.pairsSentence(lost: w.pairsLost, gained: w.pairsGained))
        if abs(w.fragmentationAfter - w.fragmentationBefore) >= 0.0005 {
            let before = s.percent(w.fragmentationBefore, digits: 1), after = s.percent(w.fragmentationAfter, digits: 1)
            read.append(de ? "Der Anteil der Paare ohne Verbindung (Fragmentierung) \(w.fragmentationAfter > w.fragmentationBefore ? "steigt" : "sinkt") von \(before) auf \(after)."
                           : "The share of pairs without a link (fragmentation) \(w.fragmentationAfter > w.fragmentationBefore ? "rises" : "falls") from \(before) to \(after).")
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
            MapSpec.Caption(heading: de ? "Was ist dargestellt?" : "What is shown?", text: shown.joined(separator: " ")),
            MapSpec.Caption(heading: de ? "Was kann abgelesen werden?" : "What can be read from it?",
                            text: read.joined(separator: " ")),
        ]
    }

    /// "Was ist dargestellt?" and "Was kann abgelesen werden?" for the map of what changed between two snapshots.
    public static func diff(_ d: NetworkDiff, language: Language, showPrivate: Bool = false) -> [MapSpec.Caption] {
        let o = Strings(language, analysis: d.old), n = Strings(language, analysis: d.new)
        let de = language == .de
        let old = d.old.network, new = d.new.network
        func label(_ network: Network) -> String { network.date.map { "\($0)" } ?? network.name }
        let lostDrawn = ScenarioMaps.lostTiesBetweenRemaining(d).count

        var shown: [String] = []
        shown.append(de
            ? "Das Netzwerk \(new.name) im neuen Stand (\(label(new))) mit \(new.actors.count) Akteuren, verglichen mit dem alten Stand (\(label(old)))."
            : "The network \(new.name) in its newer state (\(label(new))) with \(new.actors.count) actors, compared with the older one (\(label(old))).")
        if !d.addedActors.isEmpty {
            shown.append(de ? "Doppelter türkiser Rand: neue Akteure (\(d.addedActors.count))."
                            : "Double teal outline: new actors (\(d.addedActors.count)).")
        }
        if !d.addedTies.isEmpty {
            shown.append(de ? "Dicke türkise Doppellinie: neue Beziehungen (\(d.addedTies.count))."
                            : "Thick teal double line: new ties (\(d.addedTies.count)).")
        }
        if !d.introductionsMade.isEmpty {
            shown.append(de ? "Lila mit Punkten an beiden Enden: ein für den alten Stand vorgeschlagener Kontakt, der zustande gekommen ist."
                            : "Purple with dots at both ends: an introduction suggested for the older state that has happened.")
        }
        if lostDrawn > 0 {
            shown.append(de ? "Grau punktiert: weggefallene Beziehungen zwischen Akteuren, die noch da sind (\(lostDrawn))."
                            : "Grey and dotted: ties lost between actors who are still there (\(lostDrawn)).")
        }
        shown.append(de ? "Farbe und Form zeigen den Akteurstyp, die Größe die Vermittlung (Betweenness) im neuen Stand."
                        : "Colour and shape show the actor type, size the betweenness in the newer state.")
        if !showPrivate {
            shown.append(de ? "Privatpersonen erscheinen in beiden Ständen mit demselben Pseudonym."
                            : "Private persons appear under the same pseudonym in both states.")
        }

        var read: [String] = []
        if !d.addedActors.isEmpty {
            read.append((de ? "Neu dabei: " : "New: ") + n.names(d.addedActors, limit: 8) + ".")
        }
        if !d.lostActors.isEmpty {
            read.append(de ? "Nicht mehr dabei (daher nicht auf der Karte): \(o.names(d.lostActors, limit: 8)) mit \(o.ties(lostTiesOfLostActors(d)))."
                           : "No longer there (so not on the map): \(o.names(d.lostActors, limit: 8)), with \(o.ties(lostTiesOfLostActors(d))).")
        }
        if d.addedActors.isEmpty && d.lostActors.isEmpty && d.addedTies.isEmpty && d.lostTies.isEmpty {
            read.append(de ? "Zwischen den beiden Ständen hat sich nichts verändert." : "Nothing changed between the two states.")
        }
        let suggested = d.introductionsMade.count + d.introductionsOpen.count
        if suggested > 0 {
            var sentence = n.introductionsMadeSentence(made: d.introductionsMade.count, suggested: suggested)
            if !d.introductionsMade.isEmpty {
                let pairs = o.list(d.introductionsMade.map { "\(o.name($0.source)) – \(o.name($0.target))" }, limit: 4)
                sentence = String(sentence.dropLast()) + ": \(pairs)."
            }
            read.append(sentence)
        }
        if !d.gapsClosed.isEmpty || !d.gapsOpened.isEmpty {
            read.append(de ? "Lücken: \(d.gapsClosed.count) geschlossen, \(d.gapsOpened.count) neu aufgetreten."
                           : "Gaps: \(d.gapsClosed.count) closed, \(d.gapsOpened.count) opened.")
        }
        if let top = d.betweennessChanges.first {
            let verb = top.change > 0 ? (de ? "gewonnen" : "gained") : (de ? "verloren" : "lost")
            read.append(de ? "Am stärksten an Vermittlung \(verb) hat \(n.name(top.new)) (\(n.points(top.change)))."
                           : "\(n.name(top.new)) \(verb) the most betweenness (\(n.points(top.change))).")
        }
        return [
            MapSpec.Caption(heading: de ? "Was ist dargestellt?" : "What is shown?", text: shown.joined(separator: " ")),
            MapSpec.Caption(heading: de ? "Was kann abgelesen werden?" : "What can be read from it?",
                            text: read.joined(separator: " ")),
        ]
    }

    /// How many of the old snapshot's ties went with the actors who left.
    static func lostTiesOfLostActors(_ d: NetworkDiff) -> Int {
        let lost = Set(d.lostActors)
        return d.old.network.ties.filter { lost.contains($0.source) || lost.contains($0.target) }.count
    }
}
