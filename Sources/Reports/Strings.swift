import Foundation
import NetworkMap

/// Every user-facing sentence of the reports, in German and English, in one place.
///
/// Sentences are written for each language, not translated word by word. Actor names come from the
/// (already pseudonymised) network of the analysis. For a ``TextDocument``, make it with `marksUserText`: every
/// name, theme, label and title from the data then enters the sentences through ``user(_:)``, marked as text
/// (``UserText``), and the document escapes it for Markdown and HTML.
public struct Strings: Sendable {
    public let language: Language
    let analysis: Analysis
    /// Whether user text is marked (for ``TextDocument``) or left as it is (JSON, CSV, maps, the handout).
    let marksUserText: Bool

    public init(_ language: Language, analysis: Analysis, marksUserText: Bool = false) {
        self.language = language
        self.analysis = analysis
        self.marksUserText = marksUserText
    }

    /// Text from the data as it enters a sentence: the one place it does.
    public func user(_ text: String) -> String { marksUserText ? UserText.mark(text) : text }

    var de: Bool { language == .de }
    var network: Network { analysis.network }

    // MARK: names and numbers

    /// The actor's name as outputs show it.
    public func name(_ v: Int) -> String { user(network.actors[v].name) }

    /// "A, B and C" / "A, B und C"; long lists end with "and 4 more".
    public func list(_ items: [String], limit: Int = 6) -> String {
        // "and 1 more" reads worse than the name itself.
        let shown = Array(items.prefix(items.count == limit + 1 ? limit + 1 : limit))
        let rest = items.count - shown.count
        let and = de ? "und" : "and"
        if rest > 0 {
            return shown.joined(separator: ", ") + (de ? " und \(rest) weitere" : " and \(rest) more")
        }
        switch shown.count {
        case 0: return ""
        case 1: return shown[0]
        default: return shown.dropLast().joined(separator: ", ") + " \(and) " + (shown.last ?? "")
        }
    }

    public func names(_ actors: [Int], limit: Int = 6) -> String { list(actors.map(name), limit: limit) }

    /// A share as a percentage with locale-appropriate decimal mark: "37,5 %" / "37.5%".
    public func percent(_ share: Double, digits: Int = 0) -> String {
        let text = decimal(share * 100, digits: digits)
        return de ? "\(text) %" : "\(text)%"
    }

    /// A number with fixed decimals and the language's decimal mark.
    public func decimal(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return "–" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        var text = String(format: digits, rounded)
        if de { text = text.replacingOccurrences(of: ".", with: ",") }
        return text
    }

    private func String(format digits: Int, _ value: Double) -> String {
        if digits == 0 { return Swift.String(Int(value.rounded())) }
        let negative = value < 0
        var scale = 1
        for _ in 0..<digits { scale *= 10 }
        let scaled = Int((abs(value) * Double(scale)).rounded())
        let whole = scaled / scale
        let fraction = Swift.String(scaled % scale)
        return (negative && scaled != 0 ? "-" : "") + "\(whole)." + Swift.String(repeating: "0", count: digits - fraction.count) + fraction
    }

    /// The type's label; a custom type's label comes from network.yaml (user text).
    public func typeLabel(_ type: ActorType, plural: Bool = false) -> String {
        let label = plural ? type.pluralLabel(language, custom: network.customActorTypes)
            : type.label(language, custom: network.customActorTypes)
        return type.isBuiltIn ? label : user(label)
    }

    /// A plural type label inside an English sentence: "residents' groups"; German nouns keep their capital.
    func typeInText(_ type: ActorType) -> String {
        let label = typeLabel(type, plural: true)
        guard !de, type.isBuiltIn, let first = label.first else { return label }
        return first.lowercased() + label.dropFirst()
    }

    /// The kind's label; a custom kind's label comes from network.yaml (user text).
    public func kindLabel(_ kind: TieKind) -> String {
        let label = kind.label(language, custom: network.customTieKinds)
        return kind.isBuiltIn ? label : user(label)
    }

    /// A community named by its best-connected member.
    ///
    /// "Gruppe 3 (Kita Sonnenschein u. a.)" / "Group 3 (Kita Sonnenschein and others)".
    public func communityName(_ c: Int) -> String {
        let members = analysis.communities.groups[c]
        let lead = members.max { a, b in
            let x = analysis.measures[a].degree, y = analysis.measures[b].degree
            return x != y ? x < y : a > b
        }
        // Names cannot be declined ("um Afghanischen Frauenverein"), so the lead member stands in brackets.
        let around = lead.map { de ? " (\(name($0)) u. a.)" : " (\(name($0)) and others)" } ?? ""
        return (de ? "Gruppe \(c + 1)" : "Group \(c + 1)") + around
    }

    public func role(_ role: BrokerageRole) -> String {
        switch (role, de) {
        case (.coordinator, true): return "Koordinator:in (vermittelt innerhalb der eigenen Gruppe)"
        case (.coordinator, false): return "coordinator (brokers within its own group)"
        case (.consultant, true): return "Berater:in (vermittelt zwischen Mitgliedern einer anderen Gruppe)"
        case (.consultant, false): return "consultant (brokers between members of another group)"
        case (.representative, true): return "Vertreter:in (trägt die eigene Gruppe nach außen)"
        case (.representative, false): return "representative (speaks for its group to others)"
        case (.gatekeeper, true): return "Türöffner:in (lässt andere in die eigene Gruppe)"
        case (.gatekeeper, false): return "gatekeeper (lets others into its group)"
        case (.liaison, true): return "Verbindungsglied (verbindet zwei fremde Gruppen)"
        case (.liaison, false): return "liaison (links two groups it does not belong to)"
        }
    }

    public func severity(_ s: Severity) -> String {
        switch (s, de) {
        case (.high, true): return "hoch"
        case (.medium, true): return "mittel"
        case (.low, true): return "gering"
        case (.high, false): return "high"
        case (.medium, false): return "medium"
        case (.low, false): return "low"
        }
    }

    // MARK: findings

    /// One plain sentence (or two) for a gap.
    public func describe(_ gap: Gap) -> String { describeRaw(gap).tidySentence }

    private func describeRaw(_ gap: Gap) -> String {
        switch gap.detail {
        case let .sectors(a, b, ties, expected):
            let la = typeLabel(a, plural: true), lb = typeInText(b)
            if ties == 0 {
                return de ? "\(la) und \(lb) haben keine einzige Verbindung (bei gleichmäßiger Vernetzung wären etwa \(decimal(expected, digits: 0)) zu erwarten)."
                          : "\(la) and \(lb) have no tie at all (even mixing would give about \(decimal(expected, digits: 0)))."
            }
            return de ? "\(la) und \(lb) sind kaum verbunden: \(ties) \(ties == 1 ? "Beziehung" : "Beziehungen"), bei gleichmäßiger Vernetzung wären etwa \(decimal(expected, digits: 0)) zu erwarten."
                      : "\(la) and \(lb) hardly talk: \(ties) \(ties == 1 ? "tie" : "ties") where even mixing would give about \(decimal(expected, digits: 0))."
        case let .communities(a, b, _):
            return de ? "\(communityName(a)) und \(communityName(b)) haben keine direkte Verbindung."
                      : "\(communityName(a)) and \(communityName(b)) have no direct tie."
        case let .theme(themeText, parts):
            let theme = user(themeText)
            if parts.isEmpty {
                return de ? "Zum Thema „\(theme)“ ist kein Akteur aktiv." : "Nobody works on the theme “\(theme)”."
            }
            let groups = parts.filter { $0.count >= 2 }.count
            let loners = parts.filter { $0.count == 1 }.count
            let count = parts.reduce(0) { $0 + $1.count }
            if de {
                var bits: [String] = []
                if groups > 0 { bits.append(groups == 1 ? "eine Gruppe" : "\(groups) Gruppen") }
                if loners > 0 { bits.append(loners == 1 ? "einen einzelnen Akteur" : "\(loners) einzelne Akteure") }
                return "Die \(count) Akteure zum Thema „\(theme)“ zerfallen in " + list(bits)
                    + ", die untereinander keine direkte Verbindung haben."
            }
            var bits: [String] = []
            if groups > 0 { bits.append(groups == 1 ? "one group" : "\(groups) groups") }
            if loners > 0 { bits.append(loners == 1 ? "one actor on its own" : "\(loners) actors on their own") }
            return "The \(count) actors working on “\(theme)” fall into " + list(bits) + " with no direct tie between them."
        case let .home(d):
            return homeSentence(d)
        case let .cutVertex(v, cut):
            if cut.count == 1 {
                return de ? "\(names(cut)) ist nur über \(name(v)) mit dem übrigen Netzwerk verbunden."
                          : "\(names(cut)) is linked to the rest of the network only through \(name(v))."
            }
            return de ? "\(cut.count) Akteure sind nur über \(name(v)) mit dem übrigen Netzwerk verbunden: \(names(cut))."
                      : "\(cut.count) actors are linked to the rest of the network only through \(name(v)): \(names(cut))."
        case let .bridge(u, v, side):
            return de ? "Nur die Beziehung \(name(u)) – \(name(v)) hält \(side.count) Akteure (\(names(side, limit: 4))) mit dem Rest zusammen."
                      : "A single tie, \(name(u)) – \(name(v)), holds \(side.count) actors (\(names(side, limit: 4))) to the rest."
        case let .funding(funder, dependents):
            return de ? "\(dependents.count) Akteure hängen bei der Förderung allein von \(name(funder)) ab: \(names(dependents))."
                      : "\(dependents.count) actors depend on \(name(funder)) for all of their funding: \(names(dependents))."
        }
    }

    /// The Verstetigung sentence: how much runs through the QM office and what falls apart without it.
    public func homeSentence(_ d: HomeDependency) -> String {
        let office = name(d.actor)
        let share = percent(d.pathShare, digits: 1)
        var text: String
        if de {
            text = "\(office) liegt auf \(share) aller kürzesten Wege zwischen anderen Akteuren"
            text += d.rank == 1 ? " – mehr als jeder andere Akteur." : " (Platz \(d.rank) im Netzwerk)."
            if d.cutOff.isEmpty {
                text += " Ohne das QM-Büro bliebe das Netzwerk dennoch zusammen."
            } else {
                text += d.cutOff.count == 1 ? " Ohne das QM-Büro verlöre ein Akteur den Anschluss an das Netzwerk"
                                            : " Ohne das QM-Büro verlören \(d.cutOff.count) Akteure den Anschluss an das Netzwerk"
                text += d.onlyTiedToHome.isEmpty ? "."
                    : (d.onlyTiedToHome.count == 1 ? "; er hat überhaupt keinen anderen Kontakt." : "; \(d.onlyTiedToHome.count) davon haben überhaupt keinen anderen Kontakt.")
            }
            return text
        }
        text = "\(share) of all shortest paths between other actors run through \(office)"
        text += d.rank == 1 ? ", more than through any other actor." : " (rank \(d.rank) in the network)."
        if d.cutOff.isEmpty {
            text += " Without \(office) the network would still hold together."
        } else {
            text += " Without \(office), \(d.cutOff.count == 1 ? "one actor" : "\(d.cutOff.count) actors") would lose \(d.cutOff.count == 1 ? "its" : "their") link to the network"
            text += d.onlyTiedToHome.isEmpty ? "."
                : (d.onlyTiedToHome.count == 1 ? "; it has no other contact at all." : "; \(d.onlyTiedToHome.count) of them have no other contact at all.")
        }
        return text
    }

    /// The plain reason for an introduction.
    public func reason(_ intro: Introduction) -> String { reasonRaw(intro).tidySentence }

    private func reasonRaw(_ intro: Introduction) -> String {
        var text: String
        switch intro.purpose {
        case let .joinsGroup(c):
            let size = analysis.components[c].count
            if size == 1 {
                text = de ? "bindet \(name(analysis.components[c][0])) an, bisher ohne jede Verbindung"
                          : "brings in \(name(analysis.components[c][0])), so far without any tie"
            } else {
                text = de ? "verbindet eine abgetrennte Gruppe von \(size) Akteuren mit dem Netzwerk"
                          : "joins a detached group of \(size) actors to the network"
            }
        case let .linksSectors(a, b):
            text = de ? "schlägt eine Brücke zwischen \(typeInText(a)) und \(typeInText(b))"
                      : "bridges \(typeInText(a)) and \(typeInText(b))"
        case let .linksCommunities(a, b):
            text = de ? "verbindet \(communityName(a)) mit \(communityName(b))"
                      : "links \(communityName(a)) with \(communityName(b))"
        case let .bypasses(v, protected):
            if protected == 1 {
                text = de ? "gibt einem Akteur, der bisher nur über \(name(v)) erreichbar ist, einen zweiten Weg"
                          : "gives an actor who can only be reached through \(name(v)) a second way in"
            } else {
                text = de ? "gibt \(protected) Akteuren, die bisher nur über \(name(v)) erreichbar sind, einen zweiten Weg"
                          : "gives \(protected) actors who can only be reached through \(name(v)) a second way in"
            }
        }
        if !intro.sharedThemes.isEmpty {
            let themes = list(intro.sharedThemes.map { de ? "„\(user($0))“" : "“\(user($0))”" })
            text += de ? "; beide arbeiten zu \(themes)" : "; both work on \(themes)"
        } else if let area = intro.sharedArea.map(user) {
            text += de ? "; beide sind im Gebiet \(area)" : "; both are in the \(area) area"
        }
        return text + "."
    }

    /// What a broker connects, in one sentence.
    public func brokerSentence(_ b: Broker) -> String {
        let types = list(b.connectsTypes.prefix(3).map(typeInText))
        var text = de ? "verbindet \(types)" : "connects \(types)"
        if b.connectsCommunities.count >= 2 {
            text += de ? " aus \(b.connectsCommunities.count) verschiedenen Gruppen" : " across \(b.connectsCommunities.count) groups"
        }
        if b.cutOff > 0 {
            text += b.cutOff == 1
                ? (de ? "; ohne diesen Akteur verlöre ein anderer den Anschluss" : "; without it, one actor would lose its link")
                : (de ? "; ohne diesen Akteur verlören \(b.cutOff) andere den Anschluss" : "; without it, \(b.cutOff) actors would lose their link")
        } else if b.isHardToReplace {
            text += de ? "; schwer zu ersetzen" : "; hard to replace"
        } else {
            text += de ? "; es gibt auch Wege an diesem Akteur vorbei" : "; there are other paths around it"
        }
        return text + "."
    }

    public func caution(_ c: Caution) -> String {
        switch c {
        case let .smallNetwork(n):
            return de ? "Das Netzwerk ist klein (\(n) Akteure): Eine Beziehung mehr oder weniger kann die Kennzahlen deutlich verschieben."
                      : "The network is small (\(n) actors): one tie more or less can move the measures a lot."
        case let .isolatesMayBeMissingData(count):
            if count == 1 {
                return de ? "Ein Akteur hat keine erfasste Beziehung. Oft fehlen in solchen Fällen Daten; das heißt nicht, dass er wirklich isoliert ist."
                          : "One actor has no recorded tie. Often this is missing data rather than real isolation."
            }
            return de ? "\(count) Akteure haben keine erfasste Beziehung. Oft fehlen in solchen Fällen Daten; das heißt nicht, dass sie wirklich isoliert sind."
                      : "\(count) actors have no recorded tie. Often this is missing data rather than real isolation."
        case let .sampled(note):
            return de ? "Vermittlung und Nähe sind aus \(note.samples) Stichproben geschätzt (erwarteter Fehler etwa \(percent(note.expectedRelativeError))); `--exact` rechnet vollständig."
                      : "Betweenness and closeness are estimated from \(note.samples) sampled sources (expected error about \(percent(note.expectedRelativeError))); `--exact` computes them in full."
        case let .weakCommunities(q):
            return de ? "Die gefundenen Gruppen sind schwach ausgeprägt (Modularität \(decimal(q, digits: 2))): Sie gehen ineinander über."
                      : "The groups found are weak (modularity \(decimal(q, digits: 2))): they blur into each other."
        case .noTies:
            return de ? "Es sind keine Beziehungen erfasst." : "No ties are recorded."
        case let .inactiveTies(count):
            let date = network.date.map { de ? " vor dem \($0)" : " before \($0)" } ?? ""
            return de ? (count == 1 ? "1 erfasste Beziehung ist\(date) beendet (Spalte „bis“) oder beginnt erst später und zählt hier nicht mit."
                                    : "\(count) erfasste Beziehungen sind\(date) beendet (Spalte „bis“) oder beginnen erst später und zählen hier nicht mit.")
                      : (count == 1 ? "1 recorded tie ended\(date) (column “until”) or starts later, and does not count here."
                                    : "\(count) recorded ties ended\(date) (column “until”) or start later, and do not count here.")
        case let .withheldTies(count):
            let ties = de ? (count == 1 ? "1 Beziehung" : "\(count) Beziehungen") : (count == 1 ? "1 tie" : "\(count) ties")
            return de ? "Aus Datenschutzgründen fehlen \(ties) von Privatpersonen zu Religionsgemeinschaften, Migrantenorganisationen oder Parteien: Sie würden Glauben, Herkunft oder politische Haltung verraten (Art. 9 DSGVO). Mit `--show-private` (nur für den internen Gebrauch) sind sie enthalten."
                      : "For data protection, \(ties) of private persons to faith communities, migrant organisations or parties are left out: they would reveal faith, origin or politics (GDPR Art. 9). `--show-private` (for internal use only) includes them."
        }
    }
}

// MARK: - Headings, labels and sentences of the report sections

extension Strings {
    /// German or English, chosen here so that every wording of the reports stays in this file.
    func t(_ german: String, _ english: String) -> String { de ? german : english }

    /// "ein Akteur" / "3 Akteure", "one actor" / "3 actors".
    func actors(_ n: Int) -> String {
        de ? (n == 1 ? "ein Akteur" : "\(n) Akteure") : (n == 1 ? "one actor" : "\(n) actors")
    }

    /// "eine Beziehung" / "12 Beziehungen".
    func ties(_ n: Int) -> String {
        de ? (n == 1 ? "eine Beziehung" : "\(n) Beziehungen") : (n == 1 ? "one tie" : "\(n) ties")
    }

    /// A day written out in the report's language.
    ///
    /// "1. Oktober 2025" / "1 October 2025".
    public func date(_ day: Day) -> String {
        let monthsDE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
                        "Oktober", "November", "Dezember"]
        let monthsEN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                        "October", "November", "December"]
        let month = (de ? monthsDE : monthsEN)[max(0, min(11, day.month - 1))]
        return de ? "\(day.day). \(month) \(day.year)" : "\(day.day) \(month) \(day.year)"
    }

    var yes: String { t("ja", "yes") }
    var no: String { t("nein", "no") }

    // MARK: title and overview

    /// The report's title: the network's name first, so the file starts with it.
    var reportTitle: String { t("\(user(network.name)): Netzwerkanalyse", "\(user(network.name)): network analysis") }

    /// The line on the data's date and source, either part only where known.
    ///
    /// "Stand der Daten: 1. Oktober 2025. Datengrundlage: …" / "Data as of 1 October 2025. Source: …".
    var dataLine: String? {
        var parts: [String] = []
        if let day = network.date { parts.append(t("Stand der Daten: \(date(day)).", "Data as of \(date(day)).")) }
        if let source = network.source, !source.isEmpty {
            parts.append(t("Datengrundlage: \(user(source)).", "Source: \(user(source))."))
        }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    var overviewHeading: String { t("Das Netzwerk auf einen Blick", "The network at a glance") }

    /// The overview in plain words: size, contacts, density, and who stands apart.
    var overviewParagraphs: [String] {
        let n = analysis.graph.nodeCount
        let pairs = analysis.graph.edgeCount
        guard n > 0 else { return [t("Das Netzwerk enthält keine Akteure.", "The network holds no actors.")] }
        let average = decimal(2 * Double(pairs) / Double(n), digits: 1)
        let density = percent(analysis.graph.density, digits: 1)
        var first = t("Erfasst sind \(actors(n)) und \(ties(network.ties.count)) zwischen ihnen.",
                      "The data holds \(actors(n)) and \(ties(network.ties.count)) between them.")
        if pairs != network.ties.count {
            first += t(" Manche Paare sind auf mehrere Arten verbunden (etwa Kooperation und Förderung); es sind \(pairs) verschiedene verbundene Paare.",
                       " Some pairs are tied in more than one way (say, cooperation and funding): \(pairs) distinct pairs are linked.")
        }
        first += t(" Im Schnitt hat jeder Akteur \(average) direkte Kontakte. Von allen denkbaren Verbindungen bestehen \(density) (Dichte).",
                   " On average each actor has \(average) direct contacts. Of all possible ties, \(density) exist (density).")
        if n >= 30 {
            first += t(" Eine niedrige Dichte ist in Netzwerken dieser Größe normal: Niemand kennt jeden, entscheidend ist, ob alle einander über wenige Schritte erreichen.",
                       " A low density is normal at this size: nobody knows everyone; what matters is whether everyone can reach everyone else in a few steps.")
        }
        var parts = [first]
        let groups = analysis.isolatedGroups
        let main = analysis.mainComponent.count
        if analysis.components.count <= 1 {
            parts.append(t("Alle Akteure sind über Beziehungen miteinander verbunden: Das Netzwerk bildet ein zusammenhängendes Ganzes.",
                           "All actors are linked through ties: the network forms one connected whole."))
        } else {
            let detached = groups.detachedComponents.map { analysis.components[$0].count }
            let detachedActors = detached.reduce(0, +)
            var text = t("\(main) der \(n) Akteure bilden ein zusammenhängendes Hauptnetz.",
                         "\(main) of the \(n) actors form one connected main network.")
            var apart: [String] = []
            if !detached.isEmpty {
                // The relative clause needs its closing comma before "und".
                let more = groups.isolates.isEmpty ? "" : ","
                apart.append(de ? (detached.count == 1 ? "eine kleine Gruppe mit \(detachedActors) Akteuren, die nur untereinander verbunden sind\(more)"
                                                        : "\(detached.count) kleine Gruppen mit zusammen \(detachedActors) Akteuren, die nur untereinander verbunden sind\(more)")
                                : (detached.count == 1 ? "one small group of \(detachedActors) actors tied only among themselves"
                                                        : "\(detached.count) small groups of \(detachedActors) actors in all, tied only among themselves"))
            }
            if !groups.isolates.isEmpty {
                apart.append(de ? (groups.isolates.count == 1 ? "ein Akteur ohne jede erfasste Beziehung" : "\(groups.isolates.count) Akteure ohne jede erfasste Beziehung")
                                : (groups.isolates.count == 1 ? "one actor without any recorded tie" : "\(groups.isolates.count) actors without any recorded tie"))
            }
            if !apart.isEmpty { text += t(" Abseits stehen ", " Apart from it stand ") + list(apart) + "." }
            parts.append(text)
        }
        return parts
    }

    var keyFiguresHeader: [String] { [t("Kennzahl", "Measure"), t("Wert", "Value")] }

    /// The key figures as table rows.
    var keyFigures: [[String]] {
        let n = analysis.graph.nodeCount
        let pairs = analysis.graph.edgeCount
        var rows = [
            [t("Akteure", "Actors"), Swift.String(n)],
            [t("Beziehungen", "Ties"), Swift.String(network.ties.count)],
            [t("Kontakte je Akteur im Schnitt", "Contacts per actor on average"), decimal(n == 0 ? 0 : 2 * Double(pairs) / Double(n), digits: 1)],
            [t("Dichte (Anteil der möglichen Verbindungen)", "Density (share of possible ties)"), percent(analysis.graph.density, digits: 1)],
            [t("Getrennte Teile (Einzelne ohne Beziehung mitgezählt)", "Separate parts (actors without ties included)"), Swift.String(analysis.components.count)],
            [t("Akteure im Hauptnetz", "Actors in the main network"), Swift.String(analysis.mainComponent.count)],
            [t("Akteure ohne Beziehung", "Actors without ties"), Swift.String(analysis.isolates.count)],
        ]
        let communities = analysis.communitySummaries.filter { $0.members.count >= 2 }.count
        rows.append([t("Gruppen (Communities)", "Groups (communities)"), Swift.String(communities)])
        if let home = analysis.homeDependency {
            rows.append([t("Anteil der Wege über das QM-Büro", "Share of paths through the neighbourhood office"), percent(home.pathShare, digits: 1)])
        }
        return rows
    }

    var typeTableHeader: [String] {
        [t("Akteurstyp", "Actor type"), t("Akteure", "Actors"), t("Kontakte im Schnitt", "Average contacts"),
         t("Ohne Beziehung", "Without ties")]
    }

    var kindTableHeader: [String] { [t("Art der Beziehung", "Kind of tie"), t("Anzahl", "Count"), t("Davon stark", "Of which strong")] }

    // MARK: brokers

    var brokersHeading: String { t("Schlüsselakteure und Brückenakteure", "Key actors and brokers") }
    var noBrokers: String {
        t("Kein Akteur liegt auf Wegen zwischen anderen: Es gibt keine Vermittler.",
          "No actor lies on paths between others: there are no brokers.")
    }
    var brokersIntro: String {
        t("Die Rangfolge richtet sich nach der Vermittlung: dem Anteil aller kürzesten Wege zwischen zwei anderen Akteuren, die über den Akteur laufen. Wer hier weit oben steht, hält das Netzwerk zusammen – fällt er weg, werden Wege länger oder reißen ab.",
          "Ranked by brokerage (betweenness): the share of all shortest paths between two other actors that run through the actor. Those near the top hold the network together; if they drop out, paths grow longer or break.")
    }
    var brokersHeader: [String] {
        [t("#", "#"), t("Akteur", "Actor"), t("Typ", "Type"), t("Vermittlung", "Betweenness"), t("Kontakte", "Contacts"),
         t("Rolle", "Role"), t("Nur darüber angebunden", "Reached only through it"), t("Schwer ersetzbar", "Hard to replace")]
    }

    /// The Gould-Fernandez role in one word, for tables.
    func roleShort(_ role: BrokerageRole) -> String {
        switch (role, de) {
        case (.coordinator, true): return "Koordinator:in"
        case (.consultant, true): return "Berater:in"
        case (.representative, true): return "Vertreter:in"
        case (.gatekeeper, true): return "Türöffner:in"
        case (.liaison, true): return "Verbindungsglied"
        case (.coordinator, false): return "coordinator"
        case (.consultant, false): return "consultant"
        case (.representative, false): return "representative"
        case (.gatekeeper, false): return "gatekeeper"
        case (.liaison, false): return "liaison"
        }
    }

    // MARK: QM office

    var homeHeading: String { t("Abhängigkeit vom QM-Büro (Verstetigung)", "Dependency on the neighbourhood office: will the network last?") }
    var noHome: String {
        t("In `network.yaml` ist kein QM-Büro angegeben (`home:`); deshalb fehlt hier die Frage, wie viel des Netzwerks am QM hängt.",
          "`network.yaml` names no neighbourhood office (`home:`), so this report cannot say how much of the network depends on it.")
    }
    func homeCutOff(_ d: HomeDependency) -> String {
        t("Ohne das QM-Büro abgeschnitten: ", "Cut off without the neighbourhood office: ") + names(d.cutOff, limit: 20) + "."
    }

    /// What happens to the network as a whole without the office.
    func homeWithout(_ d: HomeDependency) -> String {
        let before = percent(d.fragmentationBefore, digits: 1), after = percent(d.fragmentationWithout, digits: 1)
        if d.componentsWithout <= d.componentsBefore && d.cutOff.isEmpty {
            return t("Ohne das QM-Büro zerfiele das Netzwerk nicht in weitere Teile; die Wege zwischen den Akteuren würden aber länger.",
                     "Without the neighbourhood office the network would not fall into more parts, though paths between actors would grow longer.")
        }
        return t("Ohne das QM-Büro zerfiele das Netzwerk in \(d.componentsWithout) statt \(d.componentsBefore) Teile. Der Anteil der Akteurspaare, die einander über keine Kette von Beziehungen mehr erreichen, stiege von \(before) auf \(after).",
                 "Without the neighbourhood office the network would fall into \(d.componentsWithout) parts instead of \(d.componentsBefore). The share of pairs of actors who cannot reach each other through any chain of ties would rise from \(before) to \(after).")
    }

    func homeOnlyTied(_ d: HomeDependency) -> String {
        t("Nur mit dem QM-Büro verbunden: ", "Tied to the neighbourhood office alone: ") + names(d.onlyTiedToHome, limit: 12) + "."
    }

    /// What the numbers mean for the end of funding.
    func homeAdvice(_ d: HomeDependency) -> String {
        if !d.cutOff.isEmpty {
            return t("Für die Verstetigung heißt das: Diese Akteure brauchen eine zweite Verbindung ins Netzwerk, die nicht über das QM-Büro läuft, bevor die Förderung endet. Die vorgeschlagenen Kontakte weiter unten setzen dort an.",
                     "For the time after funding this means: these actors need a second link into the network that does not run through the neighbourhood office. The suggested introductions below start there.")
        }
        if d.pathShare >= 0.15 {
            return t("Das Netzwerk hielte ohne das QM-Büro zusammen, doch viele Wege liefen über Umwege. Tragfähig wird es, wenn weitere Akteure die Vermittlung übernehmen.",
                     "The network would hold together without the neighbourhood office, but many paths would take detours. It becomes self-sustaining as other actors take over the brokering.")
        }
        return t("Das Netzwerk hängt nicht übermäßig am QM-Büro.", "The network does not depend unduly on the neighbourhood office.")
    }

    // MARK: gaps and introductions

    var gapsHeading: String { t("Lücken im Netzwerk", "Gaps in the network") }
    var noGaps: String { t("Keine auffälligen Lücken gefunden.", "No notable gaps found.") }
    func moreGaps(_ n: Int) -> String {
        t("… und \(n) weitere, kleinere Lücken (`--top` zeigt mehr).", "… and \(n) more, smaller gaps (`--top` shows more).")
    }

    /// The severity as a leading label: "**Dringend:**".
    func severityLabel(_ severity: Severity) -> String {
        switch (severity, de) {
        case (.high, true): return "**Dringend:**"
        case (.medium, true): return "**Wichtig:**"
        case (.low, true): return "**Im Blick behalten:**"
        case (.high, false): return "**Urgent:**"
        case (.medium, false): return "**Important:**"
        case (.low, false): return "**Worth watching:**"
        }
    }

    var mixingHeading: String { t("Beziehungen zwischen Akteurstypen", "Ties between actor types") }
    var mixingIntro: String {
        t("Anzahl der Beziehungen zwischen Akteuren der beiden Typen; die Diagonale zählt Beziehungen innerhalb eines Typs.",
          "Number of ties between actors of the two types; the diagonal counts ties within a type.")
    }

    var introductionsHeading: String { t("Vorgeschlagene Kontakte", "Suggested introductions") }
    var noIntroductions: String {
        t("Keine Vorschläge: Es gibt keine Lücke, die ein einzelner neuer Kontakt deutlich schließen würde.",
          "No suggestions: there is no gap that one new tie would clearly close.")
    }
    var introductionsIntro: String {
        t("Paare, die sich noch nicht kennen und deren Kontakt eine Lücke schließen würde, der wirksamste zuerst. Bevorzugt werden Paare mit gemeinsamen Themen oder im selben Gebiet, weil solche Kontakte eher halten.",
          "Pairs who do not know each other yet and whose tie would close a gap, the most effective first. Pairs who share a theme or an area come first, since such ties are likelier to last.")
    }
    func introductionItem(_ intro: Introduction) -> String {
        "**\(name(intro.source))** \(t("und", "and")) **\(name(intro.target))**: " + reason(intro)
    }

    // MARK: groups

    var groupsHeading: String { t("Isolierte und lose angebundene Gruppen", "Isolated and loosely attached groups") }
    func mainNetworkSentence(main: Int, total: Int, parts: Int) -> String {
        if parts <= 1 {
            return t("Alle \(total) Akteure gehören zu einem zusammenhängenden Netz.", "All \(total) actors belong to one connected network.")
        }
        return t("\(main) der \(total) Akteure gehören zum Hauptnetz; insgesamt besteht das Netzwerk aus \(parts) getrennten Teilen.",
                 "\(main) of the \(total) actors belong to the main network; in all, the network has \(parts) separate parts.")
    }
    func detachedGroup(_ members: [Int]) -> String {
        t("Abgetrennte Gruppe (\(members.count) Akteure): ", "Detached group (\(members.count) actors): ") + names(members, limit: 8) + "."
    }
    func isolatesItem(_ isolates: [Int]) -> String {
        t("Ohne jede erfasste Beziehung (\(isolates.count)): ", "Without any recorded tie (\(isolates.count)): ") + names(isolates, limit: 10) + "."
    }
    func looselyAttached(_ c: CommunitySummary) -> String {
        if let through = c.attachedThrough {
            return t("\(communityName(c.id)) mit \(c.members.count) Akteuren hängt allein an \(name(through)).",
                     "\(communityName(c.id)), \(c.members.count) actors, hangs on \(name(through)) alone.")
        }
        return t("\(communityName(c.id)) mit \(c.members.count) Akteuren hat nur eine einzige Verbindung nach außen.",
                 "\(communityName(c.id)), \(c.members.count) actors, has a single tie to the rest.")
    }
    func peripheralItem(_ actors: [Int]) -> String {
        t("Am Rand, mit nur einem Kontakt (\(actors.count)): ", "On the edge, with one contact only (\(actors.count)): ") + names(actors, limit: 8) + "."
    }
    var communitiesHeading: String { t("Gruppen (Communities)", "Groups (communities)") }
    var communitiesIntro: String {
        t("Gruppen von Akteuren, die untereinander dichter verbunden sind als mit dem Rest (Louvain-Verfahren, Modularität \(decimal(analysis.modularity, digits: 2))). Der E-I-Index reicht von -1 (nur Beziehungen nach innen) bis +1 (nur nach außen).",
          "Groups of actors more densely tied among themselves than to the rest (Louvain method, modularity \(decimal(analysis.modularity, digits: 2))). The E-I index runs from -1 (ties only inside) to +1 (only outside).")
    }
    var communitiesHeader: [String] {
        [t("Gruppe", "Group"), t("Akteure", "Actors"), t("Beziehungen innen", "Ties inside"), t("Beziehungen nach außen", "Ties to the outside"), "E-I"]
    }

    // MARK: themes

    var themesHeading: String { t("Abdeckung der Themen", "Theme coverage") }
    var themesIntro: String {
        t("Wer zu welchem Handlungsfeld arbeitet und ob diese Akteure untereinander direkt verbunden sind.",
          "Who works on each theme, and whether those actors are directly tied to each other.")
    }
    var themesHeader: [String] {
        [t("Thema", "Theme"), t("Akteure", "Actors"), t("Untereinander verbunden?", "Connected among themselves?"),
         t("Am stärksten vernetzt", "Best connected")]
    }
    /// Whether a theme's actors form one connected group: "ja", "nein: 3 Teile", "niemand aktiv".
    func themeConnection(parts: Int, actors: Int) -> String {
        if actors == 0 { return t("– (niemand aktiv)", "– (nobody)") }
        if actors == 1 { return t("– (nur ein Akteur)", "– (one actor only)") }
        if parts <= 1 { return yes }
        return t("nein: \(parts) Teile", "no: \(parts) parts")
    }
    var noThemes: String {
        t("Weder `network.yaml` noch die Akteure nennen Themen.", "Neither `network.yaml` nor the actors name any themes.")
    }

    // MARK: cautions and method

    var cautionsHeading: String { t("Hinweise zur Aussagekraft", "How far the numbers go") }
    var noCautions: String {
        t("Keine besonderen Einschränkungen. Wie jede Netzwerkanalyse zeigt auch diese nur die erfassten Beziehungen.",
          "No particular limits. Like any network analysis, this one shows only the ties that were recorded.")
    }
    var recordedOnly: String {
        t("Die Analyse zeigt nur die erfassten Beziehungen; was niemand berichtet hat, fehlt.",
          "The analysis shows only the ties that were recorded; what nobody reported is missing.")
    }

    var methodHeading: String { t("Methode", "Method") }
    var methodIntro: String {
        t("Beziehungen zählen in beide Richtungen; mehrere Beziehungen zwischen denselben zwei Akteuren zählen als ein Kontakt. Die Kennzahlen folgen den Definitionen der Netzwerkanalyse-Bibliothek networkx und sind dagegen geprüft.",
          "Ties count in both directions; several ties between the same two actors count as one contact. The measures follow the definitions of the network analysis library networkx and are checked against it.")
    }
    var methodItems: [String] {
        var items = [
            t("**Kontakte (Grad):** mit wie vielen verschiedenen Akteuren jemand direkt verbunden ist.",
              "**Contacts (degree):** how many different actors someone is directly tied to."),
            t("**Vermittlung (Betweenness):** der Anteil aller kürzesten Wege zwischen zwei anderen Akteuren, der über einen Akteur läuft. Hohe Werte zeigen Brückenakteure, an denen viel hängt.",
              "**Betweenness:** the share of all shortest paths between two other actors that runs through an actor. High values mark brokers on whom much depends."),
            t("**Rolle:** wie ein Akteur zwischen Akteurstypen vermittelt (nach Gould und Fernandez): innerhalb der eigenen Gruppe (Koordinator:in), für eine fremde Gruppe (Berater:in), von der eigenen Gruppe nach außen (Vertreter:in), von außen in die eigene Gruppe (Türöffner:in) oder zwischen zwei fremden Gruppen (Verbindungsglied).",
              "**Role:** how an actor brokers between actor types (after Gould and Fernandez): within its own group (coordinator), for another group (consultant), from its group to others (representative), from others into its group (gatekeeper), or between two groups it does not belong to (liaison)."),
            t("**Nur darüber angebunden:** wie viele Akteure den Anschluss an das Hauptnetz verlören, wenn dieser Akteur wegfiele.",
              "**Reached only through it:** how many actors would lose their link to the main network if this actor dropped out."),
            t("**Gruppen (Communities):** mit dem Louvain-Verfahren gefunden, starke Beziehungen zählen mehr. Die Modularität misst, wie deutlich die Gruppen sind; ab etwa 0,3 gelten sie als ausgeprägt.",
              "**Groups (communities):** found with the Louvain method, strong ties counting more. Modularity measures how distinct the groups are; from about 0.3 they count as clear."),
            t("**Lücken zwischen Akteurstypen:** Die Zahl der Beziehungen wird mit der verglichen, die bei gleichmäßiger Vernetzung aller Typen zu erwarten wäre.",
              "**Gaps between actor types:** the number of ties is compared with what even mixing of all types would give."),
            t("**Vorgeschlagene Kontakte:** Paare ohne bisherige Beziehung, geordnet danach, wie stark ihr Kontakt die Wege im Netzwerk verkürzt (globale Effizienz). Das QM-Büro wird nie vorgeschlagen: Es stellt die Kontakte her.",
              "**Suggested introductions:** pairs without a tie so far, ranked by how much their tie would shorten paths across the network (global efficiency). The neighbourhood office is never suggested: it is the one making the introductions."),
        ]
        if network.actors.contains(where: { $0.isPrivate && $0.id.hasPrefix("person-") }) {
            items.append(t("**Datenschutz:** Privatpersonen erscheinen ohne Namen als „Bewohner:in 1“, „Bewohner:in 2“ usw.; ihre Themen, Gebiete und Notizen sind weggelassen.",
                           "**Data protection:** private persons appear without names as “Resident 1”, “Resident 2” and so on; their themes, areas and notes are left out."))
        }
        return items
    }
}

// MARK: - The interactive page

extension Strings {
    var htmlSearchLabel: String { t("Akteur suchen", "Find an actor") }
    var htmlSearchPlaceholder: String { t("Name eingeben …", "Type a name …") }
    var htmlAllTypes: String { t("Alle Akteurstypen", "All actor types") }
    var htmlAllThemes: String { t("Alle Themen", "All themes") }
    var htmlTypeFilter: String { t("Nach Typ filtern", "Filter by type") }
    var htmlThemeFilter: String { t("Nach Thema filtern", "Filter by theme") }
    var htmlReset: String { t("Zurücksetzen", "Reset") }
    var htmlZoomIn: String { t("Karte vergrößern", "Zoom in") }
    var htmlZoomOut: String { t("Karte verkleinern", "Zoom out") }
    var htmlMapHeading: String { t("Karte", "Map") }
    var htmlFindingsHeading: String { t("Ergebnisse", "Findings") }
    var htmlHint: String {
        t("Klicken Sie auf einen Akteur in der Karte oder in der Trefferliste: Seine direkten Kontakte werden hervorgehoben, seine Kennzahlen erscheinen hier.",
          "Click an actor on the map or in the list of matches: its direct contacts are highlighted and its measures appear here.")
    }
    var htmlNoMap: String {
        t("Die Karte konnte nicht gezeichnet werden. Suche, Filter und Kennzahlen funktionieren trotzdem.",
          "The map could not be drawn. Search, filters and measures still work.")
    }
    var htmlNoScript: String {
        t("Für Suche und Hervorhebung muss JavaScript eingeschaltet sein; die Ergebnisse rechts sind auch so lesbar.",
          "Search and highlighting need JavaScript; the findings are readable without it.")
    }
    /// Words the page's script shows, handed to it as data.
    var htmlScriptLabels: [(String, String)] {
        [
            ("neighbours", t("Direkte Kontakte", "Direct contacts")),
            ("none", t("keine", "none")),
            ("themes", t("Themen", "Themes")),
            ("area", t("Gebiet", "Area")),
            ("matches", t("Treffer", "matches")),
            ("noMatch", t("Kein Akteur passt zur Suche.", "No actor matches.")),
            ("close", t("Auswahl aufheben", "Clear selection")),
        ]
    }
    /// The measures the page shows for a clicked actor, in order.
    var htmlMeasureLabels: [String] {
        [t("Kontakte", "Contacts"), t("Vermittlung", "Betweenness"), t("Vermittlung gewichtet", "Weighted betweenness"),
         t("Nähe (Closeness)", "Closeness"), "PageRank", t("Eigenvektor", "Eigenvector"), "Constraint",
         t("k-Kern", "Core number"), t("Gruppe", "Group"), t("Nur darüber angebunden", "Reached only through it"),
         t("Schnittpunkt", "Cut vertex")]
    }
}
