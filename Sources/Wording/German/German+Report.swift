import NetworkMap

extension German {
    // MARK: Names

    public func community(number: Int, lead: String?) -> String {
        // Names cannot be declined ("um Afghanischen Frauenverein"), so the lead member stands in brackets.
        "Gruppe \(number)" + (lead.map { " (\($0) u. a.)" } ?? "")
    }

    public func role(_ role: BrokerageRole, short: Bool) -> String {
        switch (role, short) {
        case (.coordinator, false): return "Koordinator:in (vermittelt innerhalb der eigenen Gruppe)"
        case (.consultant, false): return "Berater:in (vermittelt zwischen Mitgliedern einer anderen Gruppe)"
        case (.representative, false): return "Vertreter:in (trägt die eigene Gruppe nach außen)"
        case (.gatekeeper, false): return "Türöffner:in (lässt andere in die eigene Gruppe)"
        case (.liaison, false): return "Verbindungsglied (verbindet zwei fremde Gruppen)"
        case (.coordinator, true): return "Koordinator:in"
        case (.consultant, true): return "Berater:in"
        case (.representative, true): return "Vertreter:in"
        case (.gatekeeper, true): return "Türöffner:in"
        case (.liaison, true): return "Verbindungsglied"
        }
    }

    public func severity(_ severity: Severity) -> String {
        switch severity {
        case .high: return "hoch"
        case .medium: return "mittel"
        case .low: return "gering"
        }
    }

    public func severityLabel(_ severity: Severity) -> String {
        switch severity {
        case .high: return "**Dringend:**"
        case .medium: return "**Wichtig:**"
        case .low: return "**Im Blick behalten:**"
        }
    }

    public var yes: String { "ja" }
    public var no: String { "nein" }

    // MARK: Findings

    public func sectorsGap(_ a: String, _ b: String, ties: Int, expected: String) -> String {
        if ties == 0 {
            return "\(a) und \(b) haben keine einzige Verbindung (bei gleichmäßiger Vernetzung wären etwa \(expected) zu erwarten)."
        }
        return "\(a) und \(b) sind kaum verbunden: \(ties) \(ties == 1 ? "Beziehung" : "Beziehungen"), bei gleichmäßiger Vernetzung wären etwa \(expected) zu erwarten."
    }

    public func communitiesGap(_ a: String, _ b: String) -> String { "\(a) und \(b) haben keine direkte Verbindung." }

    public func uncoveredTheme(_ theme: String) -> String { "Zum Thema „\(theme)“ ist kein Akteur aktiv." }

    public func splitTheme(_ theme: String, actors: Int, groups: Int, loners: Int) -> String {
        var bits: [String] = []
        if groups > 0 { bits.append(groups == 1 ? "eine Gruppe" : "\(groups) Gruppen") }
        if loners > 0 { bits.append(loners == 1 ? "einen einzelnen Akteur" : "\(loners) einzelne Akteure") }
        return "Die \(actors) Akteure zum Thema „\(theme)“ zerfallen in " + list(bits) + ", die untereinander keine direkte Verbindung haben."
    }

    public func cutVertexGap(actor: String, cut: String, count: Int) -> String {
        count == 1 ? "\(cut) ist nur über \(actor) mit dem übrigen Netzwerk verbunden."
            : "\(count) Akteure sind nur über \(actor) mit dem übrigen Netzwerk verbunden: \(cut)."
    }

    public func bridgeGap(_ u: String, _ v: String, count: Int, names: String) -> String {
        "Nur die Beziehung \(u) – \(v) hält \(count) Akteure (\(names)) mit dem Rest zusammen."
    }

    public func fundingGap(funder: String, count: Int, names: String) -> String {
        "\(count) Akteure hängen bei der Förderung allein von \(funder) ab: \(names)."
    }

    public func homeSentence(office: String, share: String, rank: Int, cutOff: Int, onlyTiedToHome: Int) -> String {
        var text = "\(office) liegt auf \(share) aller kürzesten Wege zwischen anderen Akteuren"
        text += rank == 1 ? " – mehr als jeder andere Akteur." : " (Platz \(rank) im Netzwerk)."
        if cutOff == 0 { return text + " Ohne das QM-Büro bliebe das Netzwerk dennoch zusammen." }
        text += cutOff == 1 ? " Ohne das QM-Büro verlöre ein Akteur den Anschluss an das Netzwerk"
            : " Ohne das QM-Büro verlören \(cutOff) Akteure den Anschluss an das Netzwerk"
        switch onlyTiedToHome {
        case 0: return text + "."
        case 1: return text + "; er hat überhaupt keinen anderen Kontakt."
        default: return text + "; \(onlyTiedToHome) davon haben überhaupt keinen anderen Kontakt."
        }
    }

    public func introductionReason(_ purpose: IntroductionPurpose, sharedThemes: [String], sharedArea: String?) -> String {
        var text: String
        switch purpose {
        case let .joinsActor(name): text = "bindet \(name) an, bisher ohne jede Verbindung"
        case let .joinsGroup(size): text = "verbindet eine abgetrennte Gruppe von \(size) Akteuren mit dem Netzwerk"
        case let .linksSectors(a, b): text = "schlägt eine Brücke zwischen \(a) und \(b)"
        case let .linksCommunities(a, b): text = "verbindet \(a) mit \(b)"
        case let .bypasses(name, 1): text = "gibt einem Akteur, der bisher nur über \(name) erreichbar ist, einen zweiten Weg"
        case let .bypasses(name, protected):
            text = "gibt \(protected) Akteuren, die bisher nur über \(name) erreichbar sind, einen zweiten Weg"
        }
        if !sharedThemes.isEmpty {
            text += "; beide arbeiten zu \(list(sharedThemes.map { "„\($0)“" }))"
        } else if let sharedArea {
            text += "; beide sind im Gebiet \(sharedArea)"
        }
        return text + "."
    }

    public func brokerSentence(types: String, communities: Int, cutOff: Int, hardToReplace: Bool) -> String {
        var text = "verbindet \(types)"
        if communities >= 2 { text += " aus \(communities) verschiedenen Gruppen" }
        if cutOff > 0 {
            text += cutOff == 1 ? "; ohne diesen Akteur verlöre ein anderer den Anschluss"
                : "; ohne diesen Akteur verlören \(cutOff) andere den Anschluss"
        } else if hardToReplace {
            text += "; schwer zu ersetzen"
        } else {
            text += "; es gibt auch Wege an diesem Akteur vorbei"
        }
        return text + "."
    }

    public func caution(_ caution: Caution, date: Day?) -> String {
        switch caution {
        case let .smallNetwork(n):
            return "Das Netzwerk ist klein (\(n) Akteure): Eine Beziehung mehr oder weniger kann die Kennzahlen deutlich verschieben."
        case .isolatesMayBeMissingData(1):
            return "Ein Akteur hat keine erfasste Beziehung. Oft fehlen in solchen Fällen Daten; das heißt nicht, dass er wirklich isoliert ist."
        case let .isolatesMayBeMissingData(count):
            return "\(count) Akteure haben keine erfasste Beziehung. Oft fehlen in solchen Fällen Daten; das heißt nicht, dass sie wirklich isoliert sind."
        case let .sampled(note):
            return "Vermittlung und Nähe sind aus \(note.samples) Stichproben geschätzt (erwarteter Fehler etwa \(percent(note.expectedRelativeError))); `--exact` rechnet vollständig."
        case let .weakCommunities(q):
            return "Die gefundenen Gruppen sind schwach ausgeprägt (Modularität \(decimal(q, digits: 2))): Sie gehen ineinander über."
        case .noTies:
            return "Es sind keine Beziehungen erfasst."
        case let .inactiveTies(count):
            let before = date.map { " vor dem \($0)" } ?? ""
            return count == 1 ? "1 erfasste Beziehung ist\(before) beendet (Spalte „bis“) oder beginnt erst später und zählt hier nicht mit."
                : "\(count) erfasste Beziehungen sind\(before) beendet (Spalte „bis“) oder beginnen erst später und zählen hier nicht mit."
        case let .unconfirmedTies(evidence):
            let c = evidence.counts
            var text = "\(evidence.resting) von \(c.total) Beziehungen beruhen auf dem Wort einer Seite: \(c.confirmed) sind von beiden Seiten "
                + "bestätigt, \(c.oneSided) einseitig (die andere Seite hat sie im eigenen Interview nicht genannt), \(c.unverifiable) nicht "
                + "prüfbar (die andere Seite wurde nicht befragt)."
            let brokers = evidence.brokersDependingOnOneSided
            if !brokers.isEmpty {
                text += " " + (brokers.count == 1 ? "\(quotedList(brokers)) steht" : "\(quotedList(brokers)) stehen")
                    + " nur durch einseitige Beziehungen unter den wichtigsten Vermittlern; fragen Sie nach, bevor Sie darauf bauen."
            }
            return text
        case let .withheldTies(count):
            return "Aus Datenschutzgründen fehlen \(count == 1 ? "1 Beziehung" : "\(count) Beziehungen") von Privatpersonen zu Religionsgemeinschaften, Migrantenorganisationen oder Parteien: Sie würden Glauben, Herkunft oder politische Haltung verraten (Art. 9 DSGVO). Mit `--show-private` (nur für den internen Gebrauch) sind sie enthalten."
        }
    }

    // MARK: Title and overview

    public func reportTitle(_ network: String) -> String { "\(network): Netzwerkanalyse" }
    public func dataDate(_ day: Day) -> String { "Stand der Daten: \(date(day))." }
    public func dataSource(_ source: String) -> String { "Datengrundlage: \(source)." }
    public var overviewHeading: String { "Das Netzwerk auf einen Blick" }

    public func overview(_ f: OverviewFacts) -> [String] {
        guard f.actors > 0 else { return ["Das Netzwerk enthält keine Akteure."] }
        var first = "Erfasst sind \(f.actors == 1 ? "ein Akteur" : "\(f.actors) Akteure") und \(f.ties == 1 ? "eine Beziehung" : "\(f.ties) Beziehungen") zwischen ihnen."
        if f.pairs != f.ties {
            first += " Manche Paare sind auf mehrere Arten verbunden (etwa Kooperation und Förderung); es sind \(f.pairs) verschiedene verbundene Paare."
        }
        first += " Im Schnitt hat jeder Akteur \(decimal(f.averageDegree, digits: 1)) direkte Kontakte. Von allen denkbaren Verbindungen bestehen \(percent(f.density, digits: 1)) (Dichte)."
        if f.actors >= 30 {
            first += " Eine niedrige Dichte ist in Netzwerken dieser Größe normal: Niemand kennt jeden, entscheidend ist, ob alle einander über wenige Schritte erreichen."
        }
        guard f.components > 1 else {
            return [first, "Alle Akteure sind über Beziehungen miteinander verbunden: Das Netzwerk bildet ein zusammenhängendes Ganzes."]
        }
        var text = "\(f.mainComponent) der \(f.actors) Akteure bilden ein zusammenhängendes Hauptnetz."
        var apart: [String] = []
        if !f.detached.isEmpty {
            let inGroups = f.detached.reduce(0, +)
            // The relative clause needs its closing comma before "und".
            let comma = f.isolates == 0 ? "" : ","
            apart.append(f.detached.count == 1 ? "eine kleine Gruppe mit \(inGroups) Akteuren, die nur untereinander verbunden sind\(comma)"
                : "\(f.detached.count) kleine Gruppen mit zusammen \(inGroups) Akteuren, die nur untereinander verbunden sind\(comma)")
        }
        if f.isolates > 0 {
            apart.append(f.isolates == 1 ? "ein Akteur ohne jede erfasste Beziehung" : "\(f.isolates) Akteure ohne jede erfasste Beziehung")
        }
        if !apart.isEmpty { text += " Abseits stehen " + list(apart) + "." }
        return [first, text]
    }

    public func keyFigure(_ figure: KeyFigure) -> String {
        switch figure {
        case .actors: return "Akteure"
        case .ties: return "Beziehungen"
        case .averageContacts: return "Kontakte je Akteur im Schnitt"
        case .density: return "Dichte (Anteil der möglichen Verbindungen)"
        case .parts: return "Getrennte Teile (Einzelne ohne Beziehung mitgezählt)"
        case .mainNetwork: return "Akteure im Hauptnetz"
        case .withoutTies: return "Akteure ohne Beziehung"
        case .communities: return "Gruppen (Communities)"
        case .homeShare: return "Anteil der Wege über das QM-Büro"
        }
    }

    public var keyFiguresHeader: [String] { ["Kennzahl", "Wert"] }
    public var typeTableHeader: [String] { ["Akteurstyp", "Akteure", "Kontakte im Schnitt", "Ohne Beziehung"] }
    public var kindTableHeader: [String] { ["Art der Beziehung", "Anzahl", "Davon stark"] }

    // MARK: Brokers and the QM office

    public var brokersHeading: String { "Schlüsselakteure und Brückenakteure" }
    public var noBrokers: String { "Kein Akteur liegt auf Wegen zwischen anderen: Es gibt keine Vermittler." }
    public var brokersIntro: String {
        "Die Rangfolge richtet sich nach der Vermittlung: dem Anteil aller kürzesten Wege zwischen zwei anderen Akteuren, die über den Akteur laufen. Wer hier weit oben steht, hält das Netzwerk zusammen – fällt er weg, werden Wege länger oder reißen ab."
    }
    public var brokersHeader: [String] {
        ["#", "Akteur", "Typ", "Vermittlung", "Kontakte", "Rolle", "Nur darüber angebunden", "Schwer ersetzbar"]
    }
    public var homeHeading: String { "Abhängigkeit vom QM-Büro (Verstetigung)" }
    public var noHome: String {
        "In `network.yaml` ist kein QM-Büro angegeben (`home:`); deshalb fehlt hier die Frage, wie viel des Netzwerks am QM hängt."
    }
    public func homeCutOff(_ names: String) -> String { "Ohne das QM-Büro abgeschnitten: \(names)." }

    public func homeWithout(componentsBefore: Int, componentsWithout: Int, before: String, after: String, unchanged: Bool) -> String {
        if unchanged {
            return "Ohne das QM-Büro zerfiele das Netzwerk nicht in weitere Teile; die Wege zwischen den Akteuren würden aber länger."
        }
        return "Ohne das QM-Büro zerfiele das Netzwerk in \(componentsWithout) statt \(componentsBefore) Teile. Der Anteil der Akteurspaare, die einander über keine Kette von Beziehungen mehr erreichen, stiege von \(before) auf \(after)."
    }

    public func homeOnlyTied(_ names: String) -> String { "Nur mit dem QM-Büro verbunden: \(names)." }

    public func homeAdvice(cutOff: Bool, pathShare: Double) -> String {
        if cutOff {
            return "Für die Verstetigung heißt das: Diese Akteure brauchen eine zweite Verbindung ins Netzwerk, die nicht über das QM-Büro läuft, bevor die Förderung endet. Die vorgeschlagenen Kontakte weiter unten setzen dort an."
        }
        if pathShare >= 0.15 {
            return "Das Netzwerk hielte ohne das QM-Büro zusammen, doch viele Wege liefen über Umwege. Tragfähig wird es, wenn weitere Akteure die Vermittlung übernehmen."
        }
        return "Das Netzwerk hängt nicht übermäßig am QM-Büro."
    }

    // MARK: Gaps and introductions

    public var gapsHeading: String { "Lücken im Netzwerk" }
    public var noGaps: String { "Keine auffälligen Lücken gefunden." }
    public func moreGaps(_ count: Int) -> String { "… und \(count) weitere, kleinere Lücken (`--top` zeigt mehr)." }
    public var mixingHeading: String { "Beziehungen zwischen Akteurstypen" }
    public var mixingIntro: String {
        "Anzahl der Beziehungen zwischen Akteuren der beiden Typen; die Diagonale zählt Beziehungen innerhalb eines Typs."
    }
    public var introductionsHeading: String { "Vorgeschlagene Kontakte" }
    public var noIntroductions: String {
        "Keine Vorschläge: Es gibt keine Lücke, die ein einzelner neuer Kontakt deutlich schließen würde."
    }
    public var introductionsIntro: String {
        "Paare, die sich noch nicht kennen und deren Kontakt eine Lücke schließen würde, der wirksamste zuerst. Bevorzugt werden Paare mit gemeinsamen Themen oder im selben Gebiet, weil solche Kontakte eher halten."
    }
    public func introductionPair(_ a: String, _ b: String) -> String { "**\(a)** und **\(b)**: " }

    // MARK: Groups

    public var groupsHeading: String { "Isolierte und lose angebundene Gruppen" }

    public func mainNetworkSentence(main: Int, total: Int, parts: Int) -> String {
        parts <= 1 ? "Alle \(total) Akteure gehören zu einem zusammenhängenden Netz."
            : "\(main) der \(total) Akteure gehören zum Hauptnetz; insgesamt besteht das Netzwerk aus \(parts) getrennten Teilen."
    }

    public func detachedGroup(count: Int, names: String) -> String { "Abgetrennte Gruppe (\(count) Akteure): \(names)." }
    public func isolatesItem(count: Int, names: String) -> String { "Ohne jede erfasste Beziehung (\(count)): \(names)." }

    public func looselyAttached(community: String, members: Int, through: String?) -> String {
        if let through { return "\(community) mit \(members) Akteuren hängt allein an \(through)." }
        return "\(community) mit \(members) Akteuren hat nur eine einzige Verbindung nach außen."
    }

    public func peripheralItem(count: Int, names: String) -> String { "Am Rand, mit nur einem Kontakt (\(count)): \(names)." }
    public var communitiesHeading: String { "Gruppen (Communities)" }
    public func communitiesIntro(modularity: String) -> String {
        "Gruppen von Akteuren, die untereinander dichter verbunden sind als mit dem Rest (Louvain-Verfahren, Modularität \(modularity)). Der E-I-Index reicht von -1 (nur Beziehungen nach innen) bis +1 (nur nach außen)."
    }
    public var communitiesHeader: [String] { ["Gruppe", "Akteure", "Beziehungen innen", "Beziehungen nach außen", "E-I"] }

    // MARK: Themes, cautions, method

    public var themesHeading: String { "Abdeckung der Themen" }
    public var themesIntro: String {
        "Wer zu welchem Handlungsfeld arbeitet und ob diese Akteure untereinander direkt verbunden sind."
    }
    public var themesHeader: [String] { ["Thema", "Akteure", "Untereinander verbunden?", "Am stärksten vernetzt"] }

    public func themeConnection(parts: Int, actors: Int) -> String {
        if actors == 0 { return "– (niemand aktiv)" }
        if actors == 1 { return "– (nur ein Akteur)" }
        return parts <= 1 ? yes : "nein: \(parts) Teile"
    }

    public var noThemes: String { "Weder `network.yaml` noch die Akteure nennen Themen." }
    public var cautionsHeading: String { "Hinweise zur Aussagekraft" }
    public var noCautions: String {
        "Keine besonderen Einschränkungen. Wie jede Netzwerkanalyse zeigt auch diese nur die erfassten Beziehungen."
    }
    public var recordedOnly: String { "Die Analyse zeigt nur die erfassten Beziehungen; was niemand berichtet hat, fehlt." }
    public var methodHeading: String { "Methode" }
    public var methodIntro: String {
        "Beziehungen zählen in beide Richtungen; mehrere Beziehungen zwischen denselben zwei Akteuren zählen als ein Kontakt. Die Kennzahlen folgen den Definitionen der Netzwerkanalyse-Bibliothek networkx und sind dagegen geprüft."
    }

    public func methodItems(pseudonyms: Bool) -> [String] {
        var items = [
            "**Kontakte (Grad):** mit wie vielen verschiedenen Akteuren jemand direkt verbunden ist.",
            "**Vermittlung (Betweenness):** der Anteil aller kürzesten Wege zwischen zwei anderen Akteuren, der über einen Akteur läuft. Hohe Werte zeigen Brückenakteure, an denen viel hängt.",
            "**Rolle:** wie ein Akteur zwischen Akteurstypen vermittelt (nach Gould und Fernandez): innerhalb der eigenen Gruppe (Koordinator:in), für eine fremde Gruppe (Berater:in), von der eigenen Gruppe nach außen (Vertreter:in), von außen in die eigene Gruppe (Türöffner:in) oder zwischen zwei fremden Gruppen (Verbindungsglied).",
            "**Nur darüber angebunden:** wie viele Akteure den Anschluss an das Hauptnetz verlören, wenn dieser Akteur wegfiele.",
            "**Gruppen (Communities):** mit dem Louvain-Verfahren gefunden, starke Beziehungen zählen mehr. Die Modularität misst, wie deutlich die Gruppen sind; ab etwa 0,3 gelten sie als ausgeprägt.",
            "**Lücken zwischen Akteurstypen:** Die Zahl der Beziehungen wird mit der verglichen, die bei gleichmäßiger Vernetzung aller Typen zu erwarten wäre.",
            "**Vorgeschlagene Kontakte:** Paare ohne bisherige Beziehung, geordnet danach, wie stark ihr Kontakt die Wege im Netzwerk verkürzt (globale Effizienz). Das QM-Büro wird nie vorgeschlagen: Es stellt die Kontakte her.",
        ]
        if pseudonyms {
            items.append("**Datenschutz:** Privatpersonen erscheinen ohne Namen als „Bewohner:in 1“, „Bewohner:in 2“ usw.; ihre Themen, Gebiete und Notizen sind weggelassen.")
        }
        return items
    }

    // MARK: CSV and the interactive page

    public var csvHeader: [String] {
        ["ID", "Name", "Typ", "Typ (Bezeichnung)", "Themen", "Gebiet", "Kontakte (Grad)", "Vermittlung (Betweenness)",
         "Vermittlung gewichtet", "Nähe (Closeness)", "Harmonische Nähe", "PageRank", "Eigenvektor", "Constraint",
         "Effektive Größe", "k-Kern", "Teil des Netzwerks", "Gruppe", "Schnittpunkt", "Nur darüber angebunden",
         "Zuwachs der Fragmentierung", "Koordinator:in", "Berater:in", "Vertreter:in", "Türöffner:in", "Verbindungsglied"]
    }

    public func html(_ text: PageText) -> String {
        switch text {
        case .searchLabel: return "Akteur suchen"
        case .searchPlaceholder: return "Name eingeben …"
        case .allTypes: return "Alle Akteurstypen"
        case .allThemes: return "Alle Themen"
        case .typeFilter: return "Nach Typ filtern"
        case .themeFilter: return "Nach Thema filtern"
        case .reset: return "Zurücksetzen"
        case .zoomIn: return "Karte vergrößern"
        case .zoomOut: return "Karte verkleinern"
        case .mapHeading: return "Karte"
        case .matrixHeading: return "Stakeholder-Matrix"
        case .findingsHeading: return "Ergebnisse"
        case .hint:
            return "Klicken Sie auf einen Akteur in der Karte oder in der Trefferliste: Seine direkten Kontakte werden hervorgehoben, seine Kennzahlen erscheinen hier."
        case .noMap: return "Die Karte konnte nicht gezeichnet werden. Suche, Filter und Kennzahlen funktionieren trotzdem."
        case .noScript:
            return "Für Suche und Hervorhebung muss JavaScript eingeschaltet sein; die Ergebnisse rechts sind auch so lesbar."
        case .areaFilter: return "Nach Gebiet filtern"
        case .allAreas: return "Alle Gebiete"
        case .listHeading: return "Die Karte als Liste"
        case .listIntro:
            return "Alle Akteure der Karte mit ihren Kontakten; Suche und Filter gelten auch hier. "
                + "Ein Klick auf einen Namen wählt den Akteur wie in der Karte."
        case .columnName: return "Name"
        case .columnType: return "Typ"
        case .columnThemes: return "Themen"
        case .columnArea: return "Gebiet"
        case .columnContacts: return "Kontakte"
        case .columnBetweenness: return "Vermittlung"
        }
    }

    public var htmlScriptLabels: [(String, String)] {
        [("neighbours", "Direkte Kontakte"), ("none", "keine"), ("themes", "Themen"), ("area", "Gebiet"),
         ("matches", "Treffer"), ("noMatch", "Kein Akteur passt zur Suche."), ("close", "Auswahl aufheben")]
    }

    public var htmlMeasureLabels: [String] {
        ["Kontakte", "Vermittlung", "Vermittlung gewichtet", "Nähe (Closeness)", "PageRank", "Eigenvektor", "Constraint",
         "k-Kern", "Gruppe", "Nur darüber angebunden", "Schnittpunkt"]
    }
}
