import NetworkMap

extension German {
    // MARK: What if

    public var whatIfTitle: String { "Was wäre, wenn …" }

    public func scenario(removed: String?, added: String?, addedCount: Int) -> String {
        var parts: [String] = []
        if let removed { parts.append("Ohne " + removed) }
        if let added { parts.append("mit \(addedCount == 1 ? "der neuen Beziehung" : "den neuen Beziehungen") \(added)") }
        guard !parts.isEmpty else { return "Keine Änderung angegeben." }
        let text = parts.joined(separator: "; ")
        return text.prefix(1).uppercased() + text.dropFirst() + "."
    }

    public var scenarioOverviewHeading: String { "Überblick" }
    public var beforeAfterHeader: [String] { ["", "vorher", "nachher"] }

    public func row(_ row: ScenarioRow) -> String {
        switch row {
        case .actors: return "Akteure"
        case .ties: return "Beziehungen"
        case .linkedPairs: return "Verbundene Paare"
        case .components: return "Getrennte Teile"
        case .isolates: return "Akteure ohne Beziehung"
        case .main: return "Größter zusammenhängender Teil"
        case .fragmentation: return "Fragmentierung (Anteil nicht verbundener Paare)"
        case .density: return "Dichte"
        }
    }

    public var cutOffHeading: String { "Wer den Anschluss verliert" }

    public func cutOffSentence(lead: String, members: Int, others: String, mainSize: Int) -> String {
        if members == 1 { return "**\(lead)** verliert jeden Weg zum übrigen Netzwerk (\(mainSize) Akteure)." }
        return "**Gruppe um \(lead)** (\(members) Akteure: \(lead), \(others)) verliert jeden Weg zum übrigen Netzwerk (\(mainSize) Akteure)."
    }

    public var nobodyCutOff: String {
        "Niemand verliert den Anschluss: Alle verbleibenden Akteure des Netzwerks erreichen einander weiterhin."
    }

    public func newlyIsolatedSentence(_ names: String) -> String { "Ohne jede Beziehung stehen danach: \(names)." }

    public func pairsSentence(lost: Int, gained: Int) -> String {
        var bits: [String] = []
        if lost > 0 { bits.append("\(lost) Paare von Akteuren, die einander bisher erreichen konnten, erreichen einander nicht mehr") }
        if gained > 0 { bits.append("\(gained) Paare, die einander bisher nicht erreichen konnten, sind neu verbunden") }
        guard !bits.isEmpty else { return "Wer wen erreichen kann, ändert sich nicht." }
        return list(bits) + "."
    }

    public var mendsHeading: String { "Was die neuen Beziehungen bewirken" }

    public func reconnectedSentence(_ names: String?) -> String {
        guard let names else { return "Die neuen Beziehungen binden niemanden neu an das Netzwerk an; sie verkürzen Wege." }
        return "Neu an das Netzwerk angebunden: \(names)."
    }

    public func keptSentence(count: Int, names: String) -> String {
        "Die geplanten Beziehungen halten \(count) Akteure im Netzwerk, die ohne sie den Anschluss verlören: \(names)."
    }

    public func alreadyLinkedSentence(_ pairs: String) -> String { "Bereits verbunden (ändert nichts): \(pairs)." }
    public func ignoredSentence(_ pairs: String) -> String { "Nicht berücksichtigt, weil ein Beteiligter wegfällt: \(pairs)." }
    public var reachHeading: String { "Erreichbarkeit nach Akteurstyp" }
    public var reachCommunityHeading: String { "Erreichbarkeit nach Gruppe" }
    public var reachExplanation: String {
        "Anteil der übrigen Akteure, den ein Mitglied der Gruppe über irgendeinen Weg erreicht (Mittelwert), vorher und nachher."
    }
    public var reachHeader: [String] { ["Gruppe", "Mitglieder", "verbleiben", "vorher", "nachher", "Änderung"] }
    public func points(sign: String, number: String) -> String { "\(sign)\(number) Pp." }

    // MARK: Diff

    public var diffTitlePrefix: String { "Was hat sich verändert: " }
    public var actorsHeading: String { "Akteure" }
    public var tiesHeading: String { "Beziehungen" }
    public func addedLabel(_ count: Int) -> String { "Neu (\(count))" }
    public func lostLabel(_ count: Int) -> String { "Weggefallen (\(count))" }
    public var noActorChange: String { "Keine Akteure neu oder weggefallen." }
    public var noTieChange: String { "Keine Beziehung neu oder weggefallen." }
    public var movedHeading: String { "Wer an Bedeutung gewonnen oder verloren hat" }
    public var betweennessExplanation: String {
        "Vermittlung (Betweenness): Anteil der kürzesten Wege zwischen anderen, die über den Akteur laufen."
    }
    public var movedHeader: [String] { ["Akteur", "vorher", "nachher", "Änderung"] }
    public var contactsExplanation: String { "Zahl der Kontakte (verschiedene verbundene Akteure):" }
    public var diffGapsHeading: String { "Lücken" }
    public func gapsClosedLabel(_ count: Int) -> String { "**Geschlossen (\(count)):**" }
    public func gapsOpenedLabel(_ count: Int) -> String { "**Neu aufgetreten (\(count)):**" }
    public func gapsRemainingSentence(_ count: Int) -> String {
        "\(count) \(count == 1 ? "Lücke besteht" : "Lücken bestehen") weiterhin (`network-map gaps` zeigt sie)."
    }
    public var noGapChange: String { "Keine Lücke geschlossen oder neu aufgetreten." }
    public var diffIntroductionsHeading: String { "Vorgeschlagene Kontakte, die zustande gekommen sind" }
    public func introductionsMadeSentence(made: Int, suggested: Int) -> String {
        "\(made) von \(suggested) Vorschlägen für den alten Stand sind jetzt verbunden."
    }
    public func moreItems(_ count: Int) -> String { "… und \(count) weitere" }
}
