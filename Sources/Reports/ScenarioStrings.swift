import NetworkMap

/// The sentences of the what-if and diff reports, in German and English (strings only, like ``Strings``).
extension Strings {
    // MARK: what-if

    public var whatIfTitle: String { de ? "Was wäre, wenn …" : "What if …" }

    /// The scenario in one sentence: who leaves, which ties are new.
    ///
    /// "Ohne A und B; mit den neuen Beziehungen C – D." / "Without A and B; with the new ties C – D."
    public func scenario(removed: [Int], added: [PlannedTie]) -> String {
        var parts: [String] = []
        if !removed.isEmpty { parts.append((de ? "Ohne " : "Without ") + names(removed, limit: 12)) }
        if !added.isEmpty {
            let ties = list(added.map { "\(name($0.source)) – \(name($0.target))" }, limit: 12)
            parts.append(de ? "mit \(added.count == 1 ? "der neuen Beziehung" : "den neuen Beziehungen") \(ties)"
                            : "with the new \(added.count == 1 ? "tie" : "ties") \(ties)")
        }
        guard !parts.isEmpty else { return de ? "Keine Änderung angegeben." : "No change given." }
        let text = parts.joined(separator: "; ")
        return text.prefix(1).uppercased() + text.dropFirst() + "."
    }

    public var scenarioOverviewHeading: String { de ? "Überblick" : "Overview" }
    public var beforeAfterHeader: [String] { de ? ["", "vorher", "nachher"] : ["", "before", "after"] }

    public var rowActors: String { de ? "Akteure" : "Actors" }
    public var rowTies: String { de ? "Beziehungen" : "Ties" }
    public var rowLinkedPairs: String { de ? "Verbundene Paare" : "Linked pairs" }
    public var rowComponents: String { de ? "Getrennte Teile" : "Separate parts" }
    public var rowIsolates: String { de ? "Akteure ohne Beziehung" : "Actors without ties" }
    public var rowMain: String { de ? "Größter zusammenhängender Teil" : "Largest connected part" }
    public var rowFragmentation: String { de ? "Fragmentierung (Anteil nicht verbundener Paare)" : "Fragmentation (share of pairs not connected)" }
    public var rowDensity: String { de ? "Dichte" : "Density" }

    public var cutOffHeading: String { de ? "Wer den Anschluss verliert" : "Who is cut off" }

    /// A cut-off group, named by its best-connected member.
    public func cutOffSentence(_ group: CutOffGroup, mainSize: Int) -> String {
        if group.members.count == 1 {
            return de ? "**\(name(group.lead))** verliert jeden Weg zum übrigen Netzwerk (\(mainSize) Akteure)."
                      : "**\(name(group.lead))** loses every path to the rest of the network (\(mainSize) actors)."
        }
        let others = group.members.filter { $0 != group.lead }
        return de
            ? "**Gruppe um \(name(group.lead))** (\(group.members.count) Akteure: \(name(group.lead)), \(names(others, limit: 10))) verliert jeden Weg zum übrigen Netzwerk (\(mainSize) Akteure)."
            : "**Group around \(name(group.lead))** (\(group.members.count) actors: \(name(group.lead)), \(names(others, limit: 10))) loses every path to the rest of the network (\(mainSize) actors)."
    }

    public var nobodyCutOff: String {
        de ? "Niemand verliert den Anschluss: Alle verbleibenden Akteure des Netzwerks erreichen einander weiterhin."
           : "Nobody is cut off: all remaining actors of the main network can still reach each other."
    }

    public func newlyIsolatedSentence(_ actors: [Int]) -> String {
        de ? "Ohne jede Beziehung stehen danach: \(names(actors, limit: 12))."
           : "Left without any tie: \(names(actors, limit: 12))."
    }

    public func pairsSentence(lost: Int, gained: Int) -> String {
        var bits: [String] = []
        if lost > 0 { bits.append(de ? "\(lost) Paare von Akteuren, die einander bisher erreichen konnten, erreichen einander nicht mehr" : "\(lost) pairs of actors who could reach each other no longer can") }
        if gained > 0 { bits.append(de ? "\(gained) Paare, die einander bisher nicht erreichen konnten, sind neu verbunden" : "\(gained) pairs who could not reach each other now can") }
        guard !bits.isEmpty else { return de ? "Wer wen erreichen kann, ändert sich nicht." : "Who can reach whom does not change." }
        return list(bits) + "."
    }

    public var mendsHeading: String { de ? "Was die neuen Beziehungen bewirken" : "What the new ties mend" }

    public func reconnectedSentence(_ actors: [Int]) -> String {
        actors.isEmpty
            ? (de ? "Die neuen Beziehungen binden niemanden neu an das Netzwerk an; sie verkürzen Wege." : "The new ties bring nobody new into the main network; they shorten paths.")
            : (de ? "Neu an das Netzwerk angebunden: \(names(actors, limit: 12))." : "Newly joined to the main network: \(names(actors, limit: 12)).")
    }

    /// Actors who would be cut off by the departures alone and stay linked thanks to the planned ties.
    public func keptSentence(_ actors: [Int]) -> String {
        de ? "Die geplanten Beziehungen halten \(actors.count) Akteure im Netzwerk, die ohne sie den Anschluss verlören: \(names(actors, limit: 8))."
           : "The planned ties keep \(actors.count) actors in the network who would be cut off without them: \(names(actors, limit: 8))."
    }

    public func alreadyLinkedSentence(_ ties: [PlannedTie]) -> String {
        let pairs = list(ties.map { "\(name($0.source)) – \(name($0.target))" })
        return de ? "Bereits verbunden (ändert nichts): \(pairs)." : "Already linked (changes nothing): \(pairs)."
    }

    public func ignoredSentence(_ ties: [PlannedTie]) -> String {
        let pairs = list(ties.map { "\(name($0.source)) – \(name($0.target))" })
        return de ? "Nicht berücksichtigt, weil ein Beteiligter wegfällt: \(pairs)." : "Left out because one of the two leaves: \(pairs)."
    }

    public var reachHeading: String { de ? "Erreichbarkeit nach Akteurstyp" : "Reach by actor type" }
    public var reachCommunityHeading: String { de ? "Erreichbarkeit nach Gruppe" : "Reach by group" }
    public var reachExplanation: String {
        de ? "Anteil der übrigen Akteure, den ein Mitglied der Gruppe über irgendeinen Weg erreicht (Mittelwert), vorher und nachher."
           : "Share of the other actors a member of the group can reach by any path (mean), before and after."
    }
    public var reachHeader: [String] {
        de ? ["Gruppe", "Mitglieder", "verbleiben", "vorher", "nachher", "Änderung"]
           : ["Group", "Members", "Remaining", "Before", "After", "Change"]
    }

    /// A change of a share in percentage points: "+3,5 Pp." / "−12.0 pp".
    public func points(_ delta: Double) -> String {
        let tenths = (abs(delta) * 1000).rounded()
        let sign = tenths == 0 ? "±" : (delta > 0 ? "+" : "−")
        let text = decimal(tenths / 10, digits: 1)
        return de ? "\(sign)\(text) Pp." : "\(sign)\(text) pp"
    }

    // MARK: diff

    public func diffTitle(old: Network, new: Network) -> String {
        func label(_ n: Network) -> String { n.date.map { "\(user(n.name)) (\($0))" } ?? user(n.name) }
        return (de ? "Was hat sich verändert: " : "What changed: ") + label(old) + " → " + label(new)
    }

    public var actorsHeading: String { de ? "Akteure" : "Actors" }
    public var tiesHeading: String { de ? "Beziehungen" : "Ties" }
    public func addedLabel(_ count: Int) -> String { de ? "Neu (\(count))" : "Added (\(count))" }
    public func lostLabel(_ count: Int) -> String { de ? "Weggefallen (\(count))" : "Lost (\(count))" }
    public var noActorChange: String { de ? "Keine Akteure neu oder weggefallen." : "No actor added or lost." }
    public var noTieChange: String { de ? "Keine Beziehung neu oder weggefallen." : "No tie added or lost." }

    public var movedHeading: String { de ? "Wer an Bedeutung gewonnen oder verloren hat" : "Who gained or lost weight" }
    public var betweennessExplanation: String {
        de ? "Vermittlung (Betweenness): Anteil der kürzesten Wege zwischen anderen, die über den Akteur laufen."
           : "Betweenness: the share of shortest paths between others that run through the actor."
    }
    public var movedHeader: [String] { de ? ["Akteur", "vorher", "nachher", "Änderung"] : ["Actor", "Before", "After", "Change"] }
    public var contactsExplanation: String { de ? "Zahl der Kontakte (verschiedene verbundene Akteure):" : "Number of contacts (distinct linked actors):" }

    public var diffGapsHeading: String { de ? "Lücken" : "Gaps" }
    public func gapsClosedLabel(_ count: Int) -> String { de ? "**Geschlossen (\(count)):**" : "**Closed (\(count)):**" }
    public func gapsOpenedLabel(_ count: Int) -> String { de ? "**Neu aufgetreten (\(count)):**" : "**Opened (\(count)):**" }
    public func gapsRemainingSentence(_ count: Int) -> String {
        de ? "\(count) \(count == 1 ? "Lücke besteht" : "Lücken bestehen") weiterhin (`network-map gaps` zeigt sie)."
           : "\(count) \(count == 1 ? "gap remains" : "gaps remain") (`network-map gaps` lists them)."
    }
    public var noGapChange: String { de ? "Keine Lücke geschlossen oder neu aufgetreten." : "No gap closed or opened." }

    public var diffIntroductionsHeading: String { de ? "Vorgeschlagene Kontakte, die zustande gekommen sind" : "Suggested introductions that happened" }
    public func introductionsMadeSentence(made: Int, suggested: Int) -> String {
        de ? "\(made) von \(suggested) Vorschlägen für den alten Stand sind jetzt verbunden."
           : "\(made) of the \(suggested) introductions suggested for the old snapshot are now linked."
    }

    /// "A – B (Kooperation)" / "A – B (cooperation)".
    public func tieLabel(_ tie: Tie) -> String {
        "\(name(tie.source)) – \(name(tie.target)) (\(kindLabel(tie.kind)))"
    }
}
