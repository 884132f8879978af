import NetworkMap

extension German {
    public var shownHeading: String { "Was ist dargestellt?" }
    public var readHeading: String { "Was kann abgelesen werden?" }

    public func sizeMeaning(_ measure: SizeMeasure) -> String {
        switch measure {
        case .betweenness: return "Vermittlung (Betweenness)"
        case .degree: return "Zahl der Kontakte"
        case .pagerank: return "PageRank"
        case .influence: return "Einfluss (0-10)"
        }
    }

    public func datedSubtitle(date: Day?, rest: String) -> String { (date.map { "Stand: \($0) · " } ?? "") + rest }

    public func caption(_ sentence: CaptionSentence) -> String {
        switch sentence {
        case let .mapShown(actors, network, date, focus, sizeBy):
            var text = "Die \(actors) Akteure des Netzwerks \(network) und ihre Beziehungen"
            if let date { text += " (Stand \(date))" }
            if let focus { text += ", im Umfeld von \(focus)" }
            text += ". Farbe und Form zeigen den Akteurstyp, die Linienart die Art der Beziehung, die Linienstärke ihre Stärke."
            if let sizeBy { text += " Die Größe zeigt \(sizeBy)." }
            return text + " Privatpersonen erscheinen pseudonymisiert."
        case let .topBroker(name):
            return "\(name) verbindet die meisten Akteure (doppelter Rand: wichtige Vermittler)."
        case let .homeCutOff(office, count):
            return "Ohne \(office) verlören \(count) Akteure den Anschluss."
        case let .apart(detached, isolates):
            var parts: [String] = []
            if detached > 0 { parts.append(detached == 1 ? "1 abgetrennte Gruppe" : "\(detached) abgetrennte Gruppen") }
            if isolates > 0 { parts.append(isolates == 1 ? "1 Akteur ohne Beziehung" : "\(isolates) Akteure ohne Beziehung") }
            return "\(list(parts)) (gestrichelter Rand) \(detached + isolates > 1 ? "stehen" : "steht") außerhalb des Hauptnetzes."

        case let .whatIfNetwork(network, date, actors):
            return "Das Netzwerk \(network)\(date.map { " (Stand \($0))" } ?? "") mit seinen \(actors) Akteuren, wie es heute ist."
        case let .whatIfRemoved(names, lostTies):
            return "Grau, durchkreuzt und rot gestrichelt umrandet: wer wegfällt (\(names)); grau punktiert: \(lostTies == 1 ? "eine Beziehung" : "\(lostTies) Beziehungen"), die damit wegfallen."
        case .whatIfCutOffMark:
            return "Dicker dunkelroter Rand: wer danach keinen Weg mehr zum übrigen Netzwerk hat."
        case let .whatIfPlanned(pairs):
            return "Blau gestrichelt: geplante neue Beziehungen (\(pairs))."
        case .whatIfEncoding:
            return "Farbe und Form zeigen den Akteurstyp, die Größe die heutige Vermittlung (Betweenness)."
        case .pseudonyms:
            return "Privatpersonen erscheinen pseudonymisiert."
        case let .fragmentation(before, after, rises):
            return "Der Anteil der Paare ohne Verbindung (Fragmentierung) \(rises ? "steigt" : "sinkt") von \(before) auf \(after)."

        case let .diffNetwork(network, newLabel, actors, oldLabel):
            return "Das Netzwerk \(network) im neuen Stand (\(newLabel)) mit \(actors) Akteuren, verglichen mit dem alten Stand (\(oldLabel))."
        case let .diffAddedActors(count): return "Doppelter türkiser Rand: neue Akteure (\(count))."
        case let .diffAddedTies(count): return "Dicke türkise Doppellinie: neue Beziehungen (\(count))."
        case .diffIntroduced:
            return "Lila mit Punkten an beiden Enden: ein für den alten Stand vorgeschlagener Kontakt, der zustande gekommen ist."
        case let .diffLostDrawn(count):
            return "Grau punktiert: weggefallene Beziehungen zwischen Akteuren, die noch da sind (\(count))."
        case .diffEncoding:
            return "Farbe und Form zeigen den Akteurstyp, die Größe die Vermittlung (Betweenness) im neuen Stand."
        case .pseudonymsInBoth:
            return "Privatpersonen erscheinen in beiden Ständen mit demselben Pseudonym."
        case let .diffNew(names): return "Neu dabei: " + names + "."
        case let .diffGone(names, ties):
            return "Nicht mehr dabei (daher nicht auf der Karte): \(names) mit \(ties == 1 ? "eine Beziehung" : "\(ties) Beziehungen")."
        case .diffNothing: return "Zwischen den beiden Ständen hat sich nichts verändert."
        case let .diffGaps(closed, opened): return "Lücken: \(closed) geschlossen, \(opened) neu aufgetreten."
        case let .diffTopMover(name, gained, points):
            return "Am stärksten an Vermittlung \(gained ? "gewonnen" : "verloren") hat \(name) (\(points))."
        case let .diffCounts(actors, addedActors, lostActors, ties, addedTies, lostTies):
            return "\(actors) Akteure (\(addedActors) neu, \(lostActors) weggefallen) · \(ties) Beziehungen (\(addedTies) neu, \(lostTies) weggefallen)"
        }
    }
}

extension German {
    public func legendTitle(_ title: LegendTitle) -> String {
        switch title {
        case .actorTypes: return "Akteurstypen"
        case .colourByAttitude: return "Farbe: Haltung"
        case .colourByCommunity: return "Farbe: Gruppe (Community)"
        case .colourByArea: return "Farbe: Gebiet"
        case .colourByTheme: return "Farbe: Thema (erstes)"
        case .colourByLocality: return "Farbe: im Quartier oder außerhalb"
        case .ties: return "Beziehungen"
        case .marks: return "Markierungen"
        case let .size(what): return "Größe: " + what
        }
    }

    public func attitude(_ attitude: Attitude) -> String {
        switch attitude {
        case .supportive: return "unterstützend"
        case .neutral: return "neutral"
        case .opposed: return "ablehnend"
        }
    }

    public func mark(_ mark: MarkMeaning) -> String {
        switch mark {
        case .broker: return "Schlüsselakteur (doppelter Rand)"
        case .articulationPoint: return "ohne diesen Akteur zerfällt das Netz"
        case .isolated: return "abgetrennte Gruppe (gestrichelt)"
        case .highlighted: return "hervorgehoben"
        case .removed: return "fällt weg (grau, rot gestrichelt)"
        case .cutOff: return "verliert den Anschluss (dicker dunkelroter Rand)"
        case .addedActor: return "neu (doppelter Rand)"
        case .bridge: return "Brücke: einzige Verbindung (Doppellinie)"
        case .introduction: return "Vorschlag: miteinander bekannt machen"
        case .lostTie: return "Beziehung fällt weg (grau punktiert)"
        case .plannedTie: return "geplante Beziehung (blau gestrichelt)"
        case .addedTie: return "neue Beziehung (dicke Doppellinie)"
        case .introduced: return "Vorschlag umgesetzt (lila, Punkte an den Enden)"
        case .unconfirmedTie: return "nur von einer Seite genannt (gestrichelt)"
        }
    }

    public var unknownValue: String { "unbekannt" }
    public func moreCategories(_ count: Int) -> String { "… \(count) weitere (Farben wiederholt)" }
    public var fundingArrow: String { " (Pfeil: an wen)" }
    public var weakTie: String { "schwache Beziehung (1)" }
    public var strongTie: String { "starke Beziehung (3)" }
    public var someMeasure: String { "Messwert" }
    public var low: String { "niedrig" }
    public var high: String { "hoch" }
    public func mapCounts(actors: Int, ties: Int) -> String { "\(actors) Akteure · \(ties) Beziehungen" }

    public func actorTooltip(name: String, type: String, themes: [String], area: String?) -> String {
        var text = "\(name) (\(type))"
        if !themes.isEmpty { text += " · Themen: " + themes.joined(separator: ", ") }
        if let area { text += " · Gebiet: " + area }
        return text
    }

    public func tieTooltip(_ a: String, _ b: String, kind: String?, lost: Bool) -> String {
        "\(a) – \(b): " + (kind.map { $0 + (lost ? " (fällt weg)" : "") } ?? "geplant")
    }

    public func introductionTooltip(_ a: String, _ b: String) -> String { "Vorschlag: bekannt machen: \(a) – \(b)" }
}
