import NetworkMap

extension German {
    // MARK: Title, header, footer

    public func handoutTitle(network: String) -> String { "Netzwerk \(network)" }

    public func handoutSubtitle(date: Day?, actors: Int, ties: Int) -> String {
        var parts: [String] = []
        if let date { parts.append("Stand \(date)") }
        parts.append("\(actors) Akteure, \(ties) Beziehungen")
        parts.append("Handout für die Netzwerksitzung")
        return parts.joined(separator: " · ")
    }

    public func pageHeader(page: Int, network: String, date: Day?) -> (left: String, right: String) {
        ("\(network) – " + (page == 1 ? "Netzwerkkarte" : "Ergebnisse und Fragen"),
         date.map { "Datenstand: \($0)" } ?? "Datenstand: ohne Datum")
    }

    public func pageFooter(source: String?, date: Day?, page: Int, of pages: Int) -> (left: String, right: String) {
        (source.map { "Quelle: " + $0 } ?? "Quelle: nicht angegeben",
         "network-map, " + (date?.description ?? "ohne Datum") + " · Seite \(page) von \(pages)")
    }

    public func mapExcerpt(shown: Int, total: Int, privateLeftOut: Int, focus: String?, theme: String?) -> String {
        let rest = total - shown
        if let focus { return "Die Karte zeigt \(focus) und die \(shown - 1) direkten Kontakte." }
        if let theme, rest <= 0 { return "Die Karte zeigt die \(shown) Akteure zum Thema „\(theme)“." }
        guard rest > 0 else { return "" }
        var text = "Damit die Namen lesbar bleiben, zeigt die Karte den Kern: die \(shown) Akteure, über die die meisten Wege laufen, die abgetrennten Gruppen und die vorgeschlagenen Kontakte. \(rest) weitere Akteure"
        if privateLeftOut > 0 { text += " (darunter \(privateLeftOut) Privatpersonen)" }
        return text + " sind nicht eingezeichnet, zählen aber in allen Zahlen mit; `network-map render` zeichnet alle."
    }

    // MARK: Sections

    public func handoutHeading(_ heading: HandoutHeading, office: String?) -> String {
        switch heading {
        case .keyFigures: return "Kennzahlen"
        case .brokers: return "Schlüsselakteure: Über wen das Netzwerk läuft"
        case .home: return "Ohne das QM-Büro: Trägt das Netzwerk sich selbst?"
        case .gaps: return "Lücken"
        case .introductions: return "Vorschläge: Wer sollte wen kennenlernen?"
        case .groups: return "Abgetrennte Gruppen"
        case .questions: return "Fragen für die Diskussion"
        case .invitations: return "Vorschlag: Einladungsliste für das nächste Treffen"
        case .notes: return "Hinweise zu den Daten"
        case .change: return "Was hat sich seit dem letzten Stand verändert?"
        case .stakeholders: return "Einfluss, Interesse und Netzwerkposition"
        }
    }

    public var invitationsIntro: String {
        "Wer am Tisch sitzen sollte, um die wichtigsten Lücken zu schließen (das QM-Büro lädt ein)."
    }
    public var invitationColumns: [String] { ["", "Akteur", "Warum einladen?"] }

    public func handoutFigure(_ figure: HandoutFigure, office: String?) -> String {
        switch figure {
        case .actors: return "Akteure"
        case .ties: return "Beziehungen"
        case .groups: return "Gruppen (eng vernetzt)"
        case .detachedGroups: return "abgetrennte Gruppen"
        case .withoutTies: return "Akteure ohne Beziehung"
        case .homeShare: return "der Wege über das QM-Büro"
        }
    }

    public func brokerLead(type: String, share: String) -> String { " (\(type), liegt auf \(share) der kürzesten Wege): " }
    public var handoutNoBrokers: String { "Kein Akteur liegt auf Wegen zwischen anderen: Es gibt keine Vermittler." }
    public func linkedOnlyThroughHome(office: String, names: String) -> String { "Nur über das QM-Büro angebunden: \(names)." }
    public func knowNobodyElse(_ count: Int) -> String { "\(count) davon kennen niemanden sonst im Netzwerk." }
    public var handoutNoHome: String { "In network.yaml ist kein QM-Büro (`home`) angegeben; diese Auswertung fehlt daher." }
    public var handoutNoIntroductions: String {
        "Keine Vorschläge: Es gibt keine Lücke, die ein einzelner neuer Kontakt schließen würde."
    }

    public func detachedGroupLine(lead: String, members: Int, names: String) -> (name: String, text: String) {
        ("Gruppe um \(lead)", " (\(members) Akteure, ohne Verbindung zum Hauptnetz): \(names).")
    }

    public func isolatesLine(count: Int, names: String) -> (name: String, text: String) {
        ("Ohne erfasste Beziehung", " (\(count)): \(names).")
    }

    public var noDetachedGroups: String { "Alle Akteure hängen am Hauptnetz; es gibt keine abgetrennten Gruppen." }

    public func looselyAttachedLine(community: String, members: Int, through: String) -> String {
        "\(community) (\(members) Akteure) hängt allein an \(through)."
    }

    // MARK: Change since the last snapshot

    public func changeIntro(oldDate: Day?, oldName: String) -> String {
        "Verglichen mit " + (oldDate.map { "dem Stand vom \($0)" } ?? "dem früheren Stand (\(oldName))")
            + "; `network-map diff` zeigt alle Änderungen."
    }

    public func changeLine(_ line: ChangeLine, office: String?) -> (lead: String, text: String) {
        switch line {
        case let .homeTrend(trend, direction):
            let verdict: String
            switch direction {
            case .less: verdict = ": Das Netzwerk trägt sich mehr selbst."
            case .more: verdict = ": Das Netzwerk hängt stärker am QM-Büro."
            case .same: verdict = ": kaum verändert."
            }
            return ("Wege über das QM-Büro:", trend + verdict)
        case let .actors(added, addedNames, lost, lostNames):
            var parts: [String] = []
            if added > 0 { parts.append("\(added) neu (\(addedNames))") }
            if lost > 0 { parts.append("\(lost) weggefallen (\(lostNames))") }
            return ("Akteure:", parts.isEmpty ? "keine neu oder weggefallen." : list(parts) + ".")
        case let .ties(added, lost, most, withLeavers):
            guard added > 0 || lost > 0 else { return ("Beziehungen:", "keine neu oder weggefallen.") }
            var text = "\(added) neu, \(lost) weggefallen"
            if let most { text += "; die meisten neuen bei " + most }
            if withLeavers > 0 { text += "; \(withLeavers) der weggefallenen mit Akteuren, die nicht mehr dabei sind" }
            return ("Beziehungen:", text + ".")
        case let .gapsCounted(closed, opened):
            if closed == 0 && opened == 0 { return ("Lücken:", "keine geschlossen oder neu aufgetreten.") }
            return ("Lücken:", "\(closed) geschlossen, \(opened) neu aufgetreten.")
        case let .gapsClosed(count, descriptions, more):
            return ("Lücken geschlossen (\(count)):", descriptions + (more > 0 ? " (und \(more) weitere)" : ""))
        case let .gapsOpened(count, descriptions, more):
            return ("Lücken neu (\(count)):", descriptions + (more > 0 ? " (und \(more) weitere)" : ""))
        case let .introductions(made, suggested, pairs, more):
            var text = "\(made) von \(suggested) sind zustande gekommen"
            if let pairs {
                text += ": " + pairs
                if more > 0 { text += " und \(more) weitere" }
            }
            return ("Vorschläge vom letzten Stand:", text + ".")
        }
    }

    // MARK: Questions and invitations

    public func question(_ question: HandoutQuestion, office: String?) -> String {
        switch question {
        case let .home(share, _, who):
            return "\(share) der Wege laufen über das QM-Büro. Wer übernimmt Kontakte, wenn die Förderung endet\(who.map { " – etwa zu \($0)" } ?? "")?"
        case let .newCutVertex(actor, count):
            return "Neu seit dem letzten Stand: Allein über \(actor) erreichen \(count) Akteure das Netzwerk. Wer knüpft einen zweiten Kontakt?"
        case let .newFunding(funder, count):
            return "Neu seit dem letzten Stand: \(count) Akteure hängen bei der Förderung allein von \(funder) ab. Wo gibt es eine zweite Quelle?"
        case let .homeGrew(before, after):
            return "Seit dem letzten Stand laufen mehr Wege über das QM-Büro (\(before) → \(after)). Woran liegt das?"
        case let .newGap(description):
            return "Neu seit dem letzten Stand: " + description + " Wer kümmert sich darum?"
        case let .introduction(a, b):
            return "Wer bringt \(a) und \(b) zusammen, und bei welchem Anlass?"
        case let .detachedGroup(name):
            return "Wie erreichen wir die \(name), die bisher mit niemandem im übrigen Netzwerk verbunden ist?"
        case let .sectors(a, b):
            return "\(a) und \(b) haben kaum Kontakt. Welcher gemeinsame Anlass könnte das ändern?"
        case let .broker(name):
            return "Viele Wege laufen über \(name). Wer könnte entlasten oder vertreten?"
        case .missing:
            return "Fehlt jemand auf der Karte, oder stimmt eine Verbindung nicht mehr?"
        }
    }

    public func invitationReason(_ reason: InvitationReasonText) -> String {
        switch reason {
        case let .broker(share): return "Schlüsselakteur, liegt auf \(share) der Wege"
        case let .cutVertex(cut): return "ohne diesen Akteur verlieren \(cut) andere den Anschluss"
        case let .introduction(partner, purpose):
            let why: String
            switch purpose {
            case .joinsGroup: why = " (bindet eine abgetrennte Gruppe an)"
            case let .bypasses(name, count): why = " (zweiter Weg für \(count) Akteure, die nur an \(name) hängen)"
            case let .linksSectors(a, b): why = " (Brücke \(a) – \(b))"
            case .linksCommunities: why = " (verbindet zwei Gruppen)"
            }
            return "soll \(partner) kennenlernen" + why
        case let .detachedGroup(size): return "spricht für eine abgetrennte Gruppe von \(size) Akteuren"
        case .noTies: return "bisher ohne erfasste Beziehung: klären, ob Daten fehlen"
        }
    }

    public var noInvitations: String { "Die Auswertung ergibt niemanden, der für eine Lücke besonders gebraucht wird." }
    public var matrixInDetailedHandout: String {
        "Die Matrix selbst druckt das ausführliche Handout (network-map handout --detailed) auf einer eigenen Seite."
    }

    public func dataProtection(namesShown: Bool) -> String {
        namesShown
            ? "Datenschutz: Dieses Handout enthält Namen von Privatpersonen (--show-private). Nur an Personen weitergeben, die sie kennen dürfen."
            : "Datenschutz: Privatpersonen erscheinen pseudonymisiert (Bewohner:in 1, 2, …) und ohne Themen, Gebiet oder Notizen; wer dahintersteht, weiß nur das QM-Büro."
    }

    public func shortened(_ section: String) -> String { "Gekürzt; `network-map report` zeigt alles zu „\(section)“." }
}
