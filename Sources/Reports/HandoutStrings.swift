import NetworkMap

/// Every sentence of the meeting handout, in German and English, in one place.
///
/// Built on ``Strings`` (gaps, introductions, brokers, the QM office, cautions are worded there); this file
/// holds what only the handout says: headings, key figures, questions, the invitation list, header and footer.
public struct HandoutStrings: Sendable {
    public let s: Strings
    let analysis: Analysis

    public init(_ language: Language, analysis: Analysis) {
        s = Strings(language, analysis: analysis)
        self.analysis = analysis
    }

    var de: Bool { s.language == .de }
    var network: Network { analysis.network }

    // MARK: header, footer, title

    public func title(_ custom: String?) -> String {
        custom ?? (de ? "Netzwerk \(network.name)" : "Network \(network.name)")
    }

    public func subtitle(actors: Int, ties: Int) -> String {
        var parts: [String] = []
        if let date = network.date { parts.append(de ? "Stand \(date)" : "As of \(date)") }
        parts.append(de ? "\(actors) Akteure, \(ties) Beziehungen" : "\(actors) actors, \(ties) ties")
        parts.append(de ? "Handout für die Netzwerksitzung" : "Handout for the network meeting")
        return parts.joined(separator: " · ")
    }

    public func header(page: Int) -> (left: String, right: String) {
        let left = page == 1 ? (de ? "Netzwerkkarte" : "Network map") : (de ? "Ergebnisse und Fragen" : "Findings and questions")
        let right = network.date.map { de ? "Datenstand: \($0)" : "Data as of \($0)" } ?? (de ? "Datenstand: ohne Datum" : "Data: undated")
        return ("\(network.name) – \(left)", right)
    }

    public func footer(page: Int, of pages: Int) -> (left: String, right: String) {
        let source = network.source.map { (de ? "Quelle: " : "Source: ") + $0 } ?? (de ? "Quelle: nicht angegeben" : "Source: not given")
        let made = "network-map, " + (network.date?.description ?? (de ? "ohne Datum" : "undated"))
        let pageText = de ? "Seite \(page) von \(pages)" : "Page \(page) of \(pages)"
        return (source, "\(made) · \(pageText)")
    }

    /// The sentence under the map when it shows only part of the network.
    public func mapExcerpt(shown: Int, total: Int, privateLeftOut: Int, focusName: String?, theme: String?) -> String {
        let rest = total - shown
        if let focusName {
            return de ? "Die Karte zeigt \(focusName) und die \(shown - 1) direkten Kontakte."
                      : "The map shows \(focusName) and its \(shown - 1) direct contacts."
        }
        if let theme, rest <= 0 {
            return de ? "Die Karte zeigt die \(shown) Akteure zum Thema „\(theme)“." : "The map shows the \(shown) actors working on “\(theme)”."
        }
        guard rest > 0 else { return "" }
        var text = de
            ? "Damit die Namen lesbar bleiben, zeigt die Karte den Kern: die \(shown) Akteure, über die die meisten Wege laufen, die abgetrennten Gruppen und die vorgeschlagenen Kontakte. \(rest) weitere Akteure"
            : "To keep names readable, the map shows the core: the \(shown) actors most paths run through, the detached groups and the suggested introductions. \(rest) more actors"
        if privateLeftOut > 0 {
            text += de ? " (darunter \(privateLeftOut) Privatpersonen)" : " (\(privateLeftOut) of them private persons)"
        }
        text += de ? " sind nicht eingezeichnet, zählen aber in allen Zahlen mit; `network-map render` zeichnet alle."
                   : " are left out of the drawing but count in every figure; `network-map render` draws them all."
        return text
    }

    // MARK: headings

    public var keyFiguresHeading: String { de ? "Kennzahlen" : "Key figures" }
    public var brokersHeading: String { de ? "Schlüsselakteure: Über wen das Netzwerk läuft" : "Key brokers: who the network runs through" }
    public var homeHeading: String {
        de ? "Ohne das QM-Büro: Trägt das Netzwerk sich selbst?"
           : "Without \(homeName ?? "the office that runs it"): does the network carry itself?"
    }

    /// The QM office's name (`home` in network.yaml), if set.
    var homeName: String? { analysis.home.map(s.name) }
    public var gapsHeading: String { de ? "Lücken" : "Gaps" }
    public var introductionsHeading: String { de ? "Vorschläge: Wer sollte wen kennenlernen?" : "Suggested introductions: who should meet whom?" }
    public var groupsHeading: String { de ? "Abgetrennte Gruppen" : "Detached groups" }
    public var questionsHeading: String { de ? "Fragen für die Diskussion" : "Questions for discussion" }
    public var invitationsHeading: String { de ? "Vorschlag: Einladungsliste für das nächste Treffen" : "Suggested invitation list for the next meeting" }
    public var invitationsIntro: String {
        de ? "Wer am Tisch sitzen sollte, um die wichtigsten Lücken zu schließen (das QM-Büro lädt ein)."
           : "Who should be at the table to close the main gaps (the office running the network invites)."
    }
    public var invitationColumns: [String] { de ? ["", "Akteur", "Warum einladen?"] : ["", "Actor", "Why invite?"] }
    public var notesHeading: String { de ? "Hinweise zu den Daten" : "Notes on the data" }

    // MARK: key figures

    /// Number and label of each key figure.
    public func keyFigures(_ content: HandoutContent) -> [(value: String, label: String)] {
        var result: [(String, String)] = [
            (String(analysis.graph.nodeCount), de ? "Akteure" : "actors"),
            (String(network.ties.count), de ? "Beziehungen" : "ties"),
            (String(analysis.communities.groups.filter { $0.count >= 2 }.count), de ? "Gruppen (eng vernetzt)" : "groups (closely tied)"),
            (String(analysis.isolatedGroups.detachedComponents.count), de ? "abgetrennte Gruppen" : "detached groups"),
            (String(analysis.isolates.count), de ? "Akteure ohne Beziehung" : "actors without ties"),
        ]
        if let home = content.home {
            result.append((s.percent(home.pathShare), de ? "der Wege über das QM-Büro" : "of paths via \(homeName ?? "the office")"))
        }
        return result
    }

    // MARK: findings

    /// A broker's entry on the handout: the name, and the text that follows it.
    ///
    /// "Name (Typ, auf 18 % der Wege): verbindet …"
    public func broker(_ b: Broker) -> (name: String, text: String) {
        let type = s.typeLabel(network.actors[b.actor].type)
        let share = s.percent(b.betweenness)
        let lead = de ? " (\(type), liegt auf \(share) der kürzesten Wege): " : " (\(type), on \(share) of shortest paths): "
        return (s.name(b.actor), lead + s.brokerSentence(b))
    }

    public func noBrokers() -> String {
        de ? "Kein Akteur liegt auf Wegen zwischen anderen: Es gibt keine Vermittler." : "No actor lies on paths between others: there are no brokers."
    }

    public func homeDetail(_ home: HomeDependency) -> String? {
        var parts: [String] = []
        if !home.cutOff.isEmpty {
            parts.append((de ? "Nur über das QM-Büro angebunden: " : "Linked only through \(s.name(home.actor)): ") + s.names(home.cutOff, limit: 8) + ".")
        }
        if !home.onlyTiedToHome.isEmpty {
            parts.append(de ? "\(home.onlyTiedToHome.count) davon kennen niemanden sonst im Netzwerk."
                            : "\(home.onlyTiedToHome.count) of them know nobody else in the network.")
        }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    public func noHome() -> String {
        de ? "In network.yaml ist kein QM-Büro (`home`) angegeben; diese Auswertung fehlt daher."
           : "network.yaml names no QM office (`home`), so this view is missing."
    }

    public func noGaps() -> String { de ? "Keine auffälligen Lücken gefunden." : "No notable gaps found." }

    /// "A ↔ B" and the reason.
    public func introduction(_ i: Introduction) -> (pair: String, reason: String) {
        ("\(s.name(i.source)) ↔ \(s.name(i.target))", s.reason(i))
    }

    public func noIntroductions() -> String {
        de ? "Keine Vorschläge: Es gibt keine Lücke, die ein einzelner neuer Kontakt schließen würde."
           : "No suggestions: no gap that a single new tie would close."
    }

    public func detachedGroup(_ c: Int) -> (name: String, text: String) {
        let members = analysis.components[c]
        let lead = members.first { !network.actors[$0].isPrivate } ?? members[0]
        return (de ? "Gruppe um \(s.name(lead))" : "Group around \(s.name(lead))",
                de ? " (\(members.count) Akteure, ohne Verbindung zum Hauptnetz): \(s.names(members, limit: 8))."
                   : " (\(members.count) actors, no tie to the main network): \(s.names(members, limit: 8)).")
    }

    public func isolatesLine(_ isolates: [Int]) -> (name: String, text: String) {
        (de ? "Ohne erfasste Beziehung" : "Without any recorded tie", " (\(isolates.count)): \(s.names(isolates, limit: 8)).")
    }

    public func noDetachedGroups() -> String {
        de ? "Alle Akteure hängen am Hauptnetz; es gibt keine abgetrennten Gruppen." : "Every actor is linked to the main network; there are no detached groups."
    }

    public func looselyAttached(_ summary: CommunitySummary) -> String? {
        guard let through = summary.attachedThrough else { return nil }
        return de ? "\(s.communityName(summary.id)) (\(summary.members.count) Akteure) hängt allein an \(s.name(through))."
                  : "\(s.communityName(summary.id)) (\(summary.members.count) actors) hangs on \(s.name(through)) alone."
    }

    // MARK: change since the last snapshot

    public var changeHeading: String {
        de ? "Was hat sich seit dem letzten Stand verändert?" : "What changed since the last snapshot?"
    }

    /// The line that names the earlier snapshot.
    ///
    /// "Verglichen mit dem Stand vom 2025-10-01." / "Compared with the snapshot of 2025-10-01."
    public func changeIntro(_ d: NetworkDiff) -> String {
        let old = d.old.network
        let label = old.date.map { de ? "dem Stand vom \($0)" : "the snapshot of \($0)" }
            ?? (de ? "dem früheren Stand (\(old.name))" : "the earlier snapshot (\(old.name))")
        return (de ? "Verglichen mit " : "Compared with ") + label
            + (de ? "; `network-map diff` zeigt alle Änderungen." : "; `network-map diff` lists every change.")
    }

    /// The change as a few bullets, each a bold lead and a sentence.
    ///
    /// The QM office's share of paths (the Verstetigung trend), actors, ties, gaps closed and opened (at
    /// most `items` of each named), the introductions that happened. With `items` 0 the gaps and introductions are only counted.
    public func changeLines(_ content: HandoutContent, items: Int) -> [(lead: String, text: String)] {
        guard let d = content.change else { return [] }
        let o = Strings(s.language, analysis: d.old)
        let items = max(0, items)
        var lines: [(String, String)] = []

        if let trend = homeTrend(d) {
            let lead = de ? "Wege über das QM-Büro:" : "Paths via \(homeName ?? "the office"):"
            var text = "\(s.percent(trend.before, digits: 1)) → \(s.percent(trend.after, digits: 1)) (\(s.points(trend.after - trend.before)))"
            let delta = trend.after - trend.before
            if delta <= -0.005 {
                text += de ? ": Das Netzwerk trägt sich mehr selbst." : ": the network carries itself more."
            } else if delta >= 0.005 {
                text += de ? ": Das Netzwerk hängt stärker am QM-Büro." : ": the network depends more on the office."
            } else {
                text += de ? ": kaum verändert." : ": hardly changed."
            }
            lines.append((lead, text))
        }

        // Actors: the best connected first, they matter most to the meeting.
        let added = d.addedActors.sorted { (-d.new.measures[$0].degree, $0) < (-d.new.measures[$1].degree, $1) }
        let lost = d.lostActors.sorted { (-d.old.measures[$0].degree, $0) < (-d.old.measures[$1].degree, $1) }
        var actorParts: [String] = []
        if !added.isEmpty { actorParts.append((de ? "\(added.count) neu (" : "\(added.count) added (") + s.names(added, limit: 3) + ")") }
        if !lost.isEmpty { actorParts.append((de ? "\(lost.count) weggefallen (" : "\(lost.count) lost (") + o.names(lost, limit: 3) + ")") }
        lines.append((de ? "Akteure:" : "Actors:",
                      actorParts.isEmpty ? (de ? "keine neu oder weggefallen." : "none added or lost.")
                                         : s.list(actorParts) + "."))

        var tieText: String
        if d.addedTies.isEmpty && d.lostTies.isEmpty {
            tieText = de ? "keine neu oder weggefallen." : "none added or lost."
        } else {
            tieText = de ? "\(d.addedTies.count) neu, \(d.lostTies.count) weggefallen"
                         : "\(d.addedTies.count) added, \(d.lostTies.count) lost"
            let most = content.mostNewTies(limit: 3).map { "\(s.name($0.actor)) (\($0.ties))" }
            if !most.isEmpty { tieText += (de ? "; die meisten neuen bei " : "; most of the new ones involve ") + s.list(most) }
            let lostActors = Set(d.lostActors)
            let withLeavers = d.lostTies.filter { i in
                let tie = d.old.network.ties[i]
                return lostActors.contains(tie.source) || lostActors.contains(tie.target)
            }.count
            if withLeavers > 0 {
                tieText += de ? "; \(withLeavers) der weggefallenen mit Akteuren, die nicht mehr dabei sind"
                              : "; \(withLeavers) of those lost were with actors no longer there"
            }
            tieText += "."
        }
        lines.append((de ? "Beziehungen:" : "Ties:", tieText))

        func gaps(_ list: [Gap], _ strings: Strings) -> String {
            var text = list.prefix(items).map { strings.describe($0) }.joined(separator: " ")
            if list.count > items { text += de ? " (und \(list.count - items) weitere)" : " (and \(list.count - items) more)" }
            return text
        }
        if d.gapsClosed.isEmpty && d.gapsOpened.isEmpty {
            lines.append((de ? "Lücken:" : "Gaps:", de ? "keine geschlossen oder neu aufgetreten." : "none closed or opened."))
        } else if items == 0 {
            lines.append((de ? "Lücken:" : "Gaps:", de ? "\(d.gapsClosed.count) geschlossen, \(d.gapsOpened.count) neu aufgetreten."
                                                       : "\(d.gapsClosed.count) closed, \(d.gapsOpened.count) opened."))
        }
        if items > 0, !d.gapsClosed.isEmpty {
            lines.append((de ? "Lücken geschlossen (\(d.gapsClosed.count)):" : "Gaps closed (\(d.gapsClosed.count)):", gaps(d.gapsClosed, o)))
        }
        if items > 0, !d.gapsOpened.isEmpty {
            lines.append((de ? "Lücken neu (\(d.gapsOpened.count)):" : "Gaps opened (\(d.gapsOpened.count)):", gaps(d.gapsOpened, s)))
        }

        let suggested = d.introductionsMade.count + d.introductionsOpen.count
        if suggested > 0 {
            var text = de ? "\(d.introductionsMade.count) von \(suggested) sind zustande gekommen"
                          : "\(d.introductionsMade.count) of \(suggested) have happened"
            let pairs = d.introductionsMade.prefix(items).map { "\(o.name($0.source)) ↔ \(o.name($0.target))" }
            if !pairs.isEmpty { text += ": " + o.list(pairs, limit: items) }
            if !pairs.isEmpty, d.introductionsMade.count > items {
                text += de ? " und \(d.introductionsMade.count - items) weitere" : " and \(d.introductionsMade.count - items) more"
            }
            lines.append((de ? "Vorschläge vom letzten Stand:" : "Introductions suggested last time:", text + "."))
        }
        return lines
    }

    /// The QM office's share of paths then and now, when both snapshots name it.
    func homeTrend(_ d: NetworkDiff) -> (before: Double, after: Double)? {
        guard let before = d.old.homeDependency, let after = d.new.homeDependency else { return nil }
        return (before.pathShare, after.pathShare)
    }

    /// A question from the change: a gap that opened, else the office's share when it grew.
    public func changeQuestion(_ content: HandoutContent) -> String? {
        guard let d = content.change else { return nil }
        for gap in d.gapsOpened {
            switch gap.detail {
            case let .cutVertex(v, cut) where cut.count >= 2:
                return de ? "Neu seit dem letzten Stand: Allein über \(s.name(v)) erreichen \(cut.count) Akteure das Netzwerk. Wer knüpft einen zweiten Kontakt?"
                          : "New since the last snapshot: \(cut.count) actors reach the network only through \(s.name(v)) – who makes them a second contact?"
            case let .funding(funder, dependents):
                return de ? "Neu seit dem letzten Stand: \(dependents.count) Akteure hängen bei der Förderung allein von \(s.name(funder)) ab. Wo gibt es eine zweite Quelle?"
                          : "New since the last snapshot: \(dependents.count) actors depend on \(s.name(funder)) alone for funding. Where is a second source?"
            default: continue
            }
        }
        if let trend = homeTrend(d), trend.after - trend.before >= 0.005 {
            return de ? "Seit dem letzten Stand laufen mehr Wege über das QM-Büro (\(s.percent(trend.before)) → \(s.percent(trend.after))). Woran liegt das?"
                      : "Since the last snapshot more paths run through \(homeName ?? "the office") (\(s.percent(trend.before)) → \(s.percent(trend.after))). Why?"
        }
        if let gap = d.gapsOpened.first {
            return (de ? "Neu seit dem letzten Stand: " : "New since the last snapshot: ") + s.describe(gap)
                + (de ? " Wer kümmert sich darum?" : " Who takes this on?")
        }
        return nil
    }

    // MARK: questions

    /// Two to four questions from the findings, the most pressing first.
    public func questions(_ content: HandoutContent) -> [String] {
        var result: [String] = []
        if let home = content.home, home.pathShare >= 0.15 || !home.cutOff.isEmpty {
            let who = home.cutOff.isEmpty ? "" : (de ? " – etwa zu \(s.names(Array(home.cutOff.prefix(3)), limit: 3))" : " – for instance to \(s.names(Array(home.cutOff.prefix(3)), limit: 3))")
            result.append(de ? "\(s.percent(home.pathShare)) der Wege laufen über das QM-Büro. Wer übernimmt Kontakte, wenn die Förderung endet\(who)?"
                             : "\(s.percent(home.pathShare)) of paths run through \(s.name(home.actor)). Who takes over its contacts when the funding ends\(who)?")
        }
        if let change = changeQuestion(content) { result.append(change) }
        if let intro = content.introductions.first {
            result.append(de ? "Wer bringt \(s.name(intro.source)) und \(s.name(intro.target)) zusammen, und bei welchem Anlass?"
                             : "Who introduces \(s.name(intro.source)) to \(s.name(intro.target)), and on what occasion?")
        }
        if let c = content.detachedGroups.first {
            let name = detachedGroup(c).name
            result.append(de ? "Wie erreichen wir die \(name), die bisher mit niemandem im übrigen Netzwerk verbunden ist?"
                             : "How do we reach the \(name.prefix(1).lowercased() + name.dropFirst()), which has no tie to the rest of the network yet?")
        }
        for gap in content.gaps where result.count < 4 {
            if case let .sectors(a, b, _, _) = gap.detail {
                let la = s.typeLabel(a, plural: true), lb = s.typeLabel(b, plural: true)
                result.append(de ? "\(la) und \(lb) haben kaum Kontakt. Welcher gemeinsame Anlass könnte das ändern?"
                                 : "\(la) and \(lb) hardly talk. What shared occasion could change that?")
                break
            }
        }
        if result.count < 4, let b = content.brokers.first, b.isHardToReplace || b.cutOff > 0 {
            result.append(de ? "Viele Wege laufen über \(s.name(b.actor)). Wer könnte entlasten oder vertreten?"
                             : "Many paths run through \(s.name(b.actor)). Who could share the load or stand in?")
        }
        if result.count < 4 {
            result.append(de ? "Fehlt jemand auf der Karte, oder stimmt eine Verbindung nicht mehr?"
                             : "Is anyone missing from the map, or is a tie no longer true?")
        }
        return Array(result.prefix(4))
    }

    // MARK: invitations

    /// "Name (Typ)" of an invited actor.
    public func invitee(_ v: Int) -> String {
        "\(s.name(v)) (\(s.typeLabel(network.actors[v].type)))"
    }

    /// The reasons to invite, as one short sentence.
    public func reasons(_ invitation: Invitation) -> String {
        invitation.reasons.map(reason).joined(separator: "; ") + "."
    }

    func reason(_ r: Invitation.Reason) -> String {
        switch r {
        case let .broker(b):
            return de ? "Schlüsselakteur, liegt auf \(s.percent(b.betweenness)) der Wege" : "key broker, on \(s.percent(b.betweenness)) of paths"
        case let .cutVertex(_, cut):
            return de ? "ohne diesen Akteur verlieren \(cut) andere den Anschluss" : "without it, \(cut) others lose their link"
        case let .introduction(intro, partner):
            var text = de ? "soll \(s.name(partner)) kennenlernen" : "to meet \(s.name(partner))"
            switch intro.purpose {
            case .joinsGroup: text += de ? " (bindet eine abgetrennte Gruppe an)" : " (joins a detached group)"
            case let .bypasses(v, n): text += de ? " (zweiter Weg für \(n) Akteure, die nur an \(s.name(v)) hängen)" : " (a second way in for \(n) actors hanging on \(s.name(v)))"
            case let .linksSectors(a, b): text += de ? " (Brücke \(s.typeLabel(a, plural: true)) – \(s.typeLabel(b, plural: true)))" : " (bridges \(s.typeLabel(a, plural: true)) and \(s.typeLabel(b, plural: true)))"
            case .linksCommunities: text += de ? " (verbindet zwei Gruppen)" : " (links two groups)"
            }
            return text
        case let .detachedGroup(c):
            let n = analysis.components[c].count
            return de ? "spricht für eine abgetrennte Gruppe von \(n) Akteuren" : "speaks for a detached group of \(n) actors"
        case .noTies:
            return de ? "bisher ohne erfasste Beziehung: klären, ob Daten fehlen" : "no recorded tie so far: check whether data is missing"
        }
    }

    public func noInvitations() -> String {
        de ? "Die Auswertung ergibt niemanden, der für eine Lücke besonders gebraucht wird." : "The analysis names nobody specially needed for a gap."
    }

    // MARK: data protection

    public func dataProtection(showPrivate: Bool) -> String {
        if showPrivate {
            return de ? "Datenschutz: Dieses Handout enthält Namen von Privatpersonen (--show-private). Nur an Personen weitergeben, die sie kennen dürfen."
                      : "Data protection: this handout names private persons (--show-private). Pass it on only to those allowed to know them."
        }
        return de ? "Datenschutz: Privatpersonen erscheinen pseudonymisiert (Bewohner:in 1, 2, …) und ohne Themen, Gebiet oder Notizen; wer dahintersteht, weiß nur das QM-Büro."
                  : "Data protection: private persons appear under pseudonyms (Resident 1, 2, …) without themes, area or notes; only the office running the network knows who they are."
    }

    /// Cut short to fit three pages.
    public func shortened(_ section: String) -> String {
        de ? "Gekürzt; `network-map report` zeigt alles zu „\(section)“." : "Shortened; `network-map report` shows all of “\(section)”."
    }
}
