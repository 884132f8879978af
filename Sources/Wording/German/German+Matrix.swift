import NetworkMap

extension German {
    public func quadrant(_ quadrant: Quadrant) -> String {
        switch quadrant {
        case .keyPlayer: return "Eng einbinden"
        case .keepSatisfied: return "Zufriedenstellen"
        case .keepInformed: return "Informieren"
        case .monitor: return "Beobachten"
        }
    }

    public func matrixAxis(_ axis: MatrixAxis) -> String {
        switch axis {
        case .interest: return "Interesse (0-10)"
        case .influence: return "Einfluss (0-10)"
        }
    }

    public func matrixTitle(network: String) -> String { "Einfluss, Interesse und Netzwerkposition: \(network)" }

    public func matrixSubtitle(date: Day?, rated: Int, actors: Int) -> String {
        datedSubtitle(date: date, rest: "\(rated) von \(actors) Akteuren bewertet")
    }

    public func matrixLegendTitle(_ title: MatrixLegendTitle) -> String {
        switch title {
        case .attitude: return "Haltung (Farbe und Form)"
        case let .size(what): return "Größe: " + what
        case .marks: return "Markierungen"
        }
    }

    public func matrixLegend(_ entry: MatrixLegendEntry) -> String {
        switch entry {
        case let .attitude(attitude): return attitude.map { self.attitude($0) } ?? "Haltung unbekannt"
        case .flagged: return "doppelter Rand, Name fett: ein Befund (siehe unten)"
        case .leader: return "Linie: Name etwas abseits des Punktes"
        case .nudged: return "gleiche Bewertung: Punkte um die gemeinsame Stelle gruppiert"
        case .ties: return "graue Linie: Beziehung im Netzwerk"
        case .sizeLow: return "wenig"
        case .sizeHigh: return "viel"
        case let .middle(value): return "gestrichelt: Mitte der Skala (\(value)); ab \(value) gilt ein Wert als hoch"
        }
    }

    public func flagName(_ flag: StakeholderFlag) -> String {
        switch flag {
        case .hiddenBroker: return "Verdeckte Vermittler"
        case .powerfulButPeripheral: return "Einflussreich, aber am Rand"
        case .opponentWithReach: return "Gegner mit Reichweite"
        case .supporterNotInvolved: return "Unterstützer, noch nicht eingebunden"
        }
    }

    public func flagRule(_ flag: StakeholderFlag, topBrokers: Int, fewTies: Int) -> String {
        let contacts = fewTies == 1 ? "höchstens 1 Kontakt" : "höchstens \(fewTies) Kontakte"
        switch flag {
        case .hiddenBroker: return "unter den \(topBrokers) Akteuren mit der meisten Vermittlung, aber Einfluss unter 5"
        case .powerfulButPeripheral: return "Einfluss ab 5, aber \(contacts) oder außerhalb des Hauptnetzes"
        case .opponentWithReach:
            return "ablehnend, mit Einfluss ab 5 oder unter den \(topBrokers) Akteuren mit der meisten Vermittlung"
        case .supporterNotInvolved: return "unterstützend, Interesse ab 5, aber \(contacts)"
        }
    }

    public func flagAdvice(_ flag: StakeholderFlag) -> String {
        switch flag {
        case .hiddenBroker: return "Sie halten das Netzwerk zusammen und werden leicht übersehen: einbinden und stärken."
        case .powerfulButPeripheral: return "Sie haben Gewicht, aber kaum Kontakte: gezielt ins Netzwerk holen."
        case .opponentWithReach: return "Ihre Ablehnung kann weit tragen: früh das Gespräch suchen."
        case .supporterNotInvolved: return "Sie wollen mitmachen und sind kaum vernetzt: ansprechen und mit anderen bekannt machen."
        }
    }

    public func flagEntry(_ flag: StakeholderFlag, _ facts: StakeholderFacts) -> String {
        var parts: [String] = []
        if let rank = facts.brokerRank, flag == .hiddenBroker || flag == .opponentWithReach {
            parts.append("Vermittlung Platz \(rank)")
        }
        if let influence = facts.influence, flag != .supporterNotInvolved { parts.append("Einfluss \(influence)") }
        if let interest = facts.interest, flag == .supporterNotInvolved { parts.append("Interesse \(interest)") }
        if flag == .powerfulButPeripheral || flag == .supporterNotInvolved {
            parts.append(facts.degree == 1 ? "1 Kontakt" : "\(facts.degree) Kontakte")
            if !facts.isInMainNetwork { parts.append("außerhalb des Hauptnetzes") }
        }
        return parts.isEmpty ? facts.name : "\(facts.name) (\(parts.joined(separator: ", ")))"
    }

    public func matrixCaption(_ sentence: MatrixCaption) -> String {
        switch sentence {
        case let .shown(rated, network, date, sizeBy, ties, nudged):
            var text = "Die \(rated) bewerteten Akteure des Netzwerks \(network)"
            if let date { text += " (Stand \(date))" }
            text += " nach ihrem Interesse (waagerecht) und ihrem Einfluss (senkrecht), je 0 bis 10; die gestrichelten"
                + " Linien teilen die Skala in der Mitte. Farbe und Form zeigen die Haltung"
            text += sizeBy.map { ", die Größe \($0)." } ?? "."
            if ties { text += " Graue Linien sind die Beziehungen im Netzwerk." }
            if nudged > 0 {
                text += " \(nudged) Punkte mit gleicher Bewertung sind leicht auseinandergerückt, damit keiner den anderen verdeckt."
            }
            return text
        case let .largestField(quadrant, count):
            return "Die meisten Akteure stehen im Feld „\(self.quadrant(quadrant))“ (\(count))."
        case let .flagged(flag, names): return "\(flagName(flag)): \(names)."
        case .noFindings:
            return "Bewertung und Netzwerkposition passen zusammen: kein verdeckter Vermittler, kein Gegner mit Reichweite."
        case let .namesLeftOut(count):
            return count == 1 ? "Ein Name fehlt aus Platzgründen im Bild." : "\(count) Namen fehlen aus Platzgründen im Bild."
        case .pseudonyms: return "Privatpersonen erscheinen pseudonymisiert."
        }
    }

    public func matrixTooltip(name: String, type: String, influence: String, interest: String, attitude: Attitude?) -> String {
        "\(name) (\(type)) · Einfluss \(influence) · Interesse \(interest) · " + (attitude.map { self.attitude($0) } ?? "Haltung unbekannt")
    }

    public var leftOutHeading: String { "Aus Platzgründen ohne Namen im Bild (Punkt vorhanden)" }

    public var matrixKeyHeading: String { "Im Bild nummeriert (kein Platz für den Namen)" }

    public var stakeholderHeading: String { "Einfluss und Netzwerkposition" }

    public func stakeholderIntro(rated: Int, actors: Int) -> String {
        "\(rated) von \(actors) Akteuren sind nach Einfluss und Interesse bewertet (0 bis 10; ab 5 gilt ein Wert als hoch)."
            + " Die Stakeholder-Matrix (`network-map matrix`) zeigt sie in vier Feldern; hier steht, wo Bewertung und"
            + " Netzwerkposition auseinandergehen."
    }

    public var stakeholderTableHeader: [String] { ["Feld", "Einfluss", "Interesse", "Akteure", "Die zentralsten"] }

    public func ratingLevel(high: Bool) -> String { high ? "hoch" : "niedrig" }

    public func stakeholderFinding(_ flag: StakeholderFlag, rule: String, entries: String?) -> String {
        "**\(flagName(flag))** (\(rule)): " + (entries.map { "\($0). \(flagAdvice(flag))" } ?? "keine.")
    }

    public func unratedActors(count: Int, names: String) -> String {
        count == 1 ? "Ohne Bewertung von Einfluss und Interesse (nicht in der Matrix): \(names)."
            : "\(count) Akteure ohne Bewertung von Einfluss und Interesse (nicht in der Matrix): \(names)."
    }

    public var noRatings: String {
        "Kein Akteur ist nach Einfluss und Interesse bewertet. Tragen Sie in actors.csv die Spalten Einfluss und Interesse (0 bis 10) und Haltung ein, dann zeigt die Stakeholder-Matrix, wo Bewertung und Netzwerkposition auseinandergehen."
    }

    public func excludedNote(_ names: String) -> String {
        "Ohne \(names) dargestellt und berechnet (`--exclude`)."
    }

    public func homeExcluded(_ office: String) -> String {
        "\(office) ist mit `--exclude` ausgeschlossen: Die Zahlen zeigen das Netzwerk ohne das QM-Büro."
    }

    public func locality(_ locality: Locality) -> String {
        switch locality {
        case .inside: return "im Quartier"
        case .outside: return "außerhalb des Quartiers"
        }
    }
}
