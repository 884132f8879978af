import Foundation
import NetworkMap

/// Every user-facing sentence of the reports, in German and English, in one place.
///
/// Sentences are written for each language, not translated word by word. Actor names come from the
/// (already pseudonymised) network of the analysis.
public struct Strings: Sendable {
    public let language: Language
    let analysis: Analysis

    public init(_ language: Language, analysis: Analysis) {
        self.language = language
        self.analysis = analysis
    }

    var de: Bool { language == .de }
    var network: Network { analysis.network }

    // MARK: names and numbers

    /// The actor's name as outputs show it.
    public func name(_ v: Int) -> String { network.actors[v].name }

    /// "A, B and C" / "A, B und C"; long lists end with "and 4 more".
    public func list(_ items: [String], limit: Int = 6) -> String {
        let shown = Array(items.prefix(limit))
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

    public func typeLabel(_ type: ActorType, plural: Bool = false) -> String {
        plural ? type.pluralLabel(language, custom: network.customActorTypes) : type.label(language, custom: network.customActorTypes)
    }

    public func kindLabel(_ kind: TieKind) -> String { kind.label(language, custom: network.customTieKinds) }

    /// "Gruppe 3 (um Kita Sonnenschein)" / "Group 3 (around Kita Sonnenschein)": a community named by its best-connected member.
    public func communityName(_ c: Int) -> String {
        let members = analysis.communities.groups[c]
        let lead = members.max { a, b in
            let x = analysis.measures[a].degree, y = analysis.measures[b].degree
            return x != y ? x < y : a > b
        }
        let around = lead.map { de ? " (um \(name($0)))" : " (around \(name($0)))" } ?? ""
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
    public func describe(_ gap: Gap) -> String {
        switch gap.detail {
        case let .sectors(a, b, ties, expected):
            let la = typeLabel(a, plural: true), lb = typeLabel(b, plural: true)
            if ties == 0 {
                return de ? "\(la) und \(lb) haben keine einzige Verbindung (bei gleichmäßiger Vernetzung wären etwa \(decimal(expected, digits: 0)) zu erwarten)."
                          : "\(la) and \(lb) have no tie at all (even mixing would give about \(decimal(expected, digits: 0)))."
            }
            return de ? "\(la) und \(lb) sind kaum verbunden: \(ties) \(ties == 1 ? "Beziehung" : "Beziehungen"), bei gleichmäßiger Vernetzung wären etwa \(decimal(expected, digits: 0)) zu erwarten."
                      : "\(la) and \(lb) hardly talk: \(ties) \(ties == 1 ? "tie" : "ties") where even mixing would give about \(decimal(expected, digits: 0))."
        case let .communities(a, b, _):
            return de ? "\(communityName(a)) und \(communityName(b)) haben keine direkte Verbindung."
                      : "\(communityName(a)) and \(communityName(b)) have no direct tie."
        case let .theme(theme, parts):
            if parts.isEmpty {
                return de ? "Zum Thema „\(theme)“ ist kein Akteur aktiv." : "Nobody works on the theme “\(theme)”."
            }
            let groups = parts.filter { $0.count >= 2 }.count
            let loners = parts.filter { $0.count == 1 }.count
            let count = parts.reduce(0) { $0 + $1.count }
            if de {
                var text = "Die \(count) Akteure zum Thema „\(theme)“ arbeiten nicht zusammen: "
                var bits: [String] = []
                if groups > 0 { bits.append(groups == 1 ? "eine Gruppe" : "\(groups) Gruppen") }
                if loners > 0 { bits.append(loners == 1 ? "ein Einzelakteur" : "\(loners) Einzelakteure") }
                text += list(bits) + " ohne Verbindung untereinander."
                return text
            }
            var bits: [String] = []
            if groups > 0 { bits.append(groups == 1 ? "one group" : "\(groups) groups") }
            if loners > 0 { bits.append(loners == 1 ? "one actor on its own" : "\(loners) actors on their own") }
            return "The \(count) actors on “\(theme)” do not work together: " + list(bits) + " with no tie between them."
        case let .home(d):
            return homeSentence(d)
        case let .cutVertex(v, cut):
            return de ? "Ohne \(name(v)) verlieren \(cut.count) Akteure die Verbindung zum übrigen Netzwerk: \(names(cut))."
                      : "Without \(name(v)), \(cut.count) actors lose their link to the rest of the network: \(names(cut))."
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
        let share = percent(d.pathShare)
        if de {
            var text = "\(share) aller kürzesten Wege zwischen anderen Akteuren laufen über \(office) (Rang \(d.rank))."
            if d.cutOff.isEmpty {
                text += " Ohne \(office) bliebe das Netzwerk zusammen."
            } else {
                text += " Ohne \(office) verlören \(d.cutOff.count) Akteure den Anschluss an das Netzwerk"
                text += d.onlyTiedToHome.isEmpty ? "." : ", \(d.onlyTiedToHome.count) davon haben keinen anderen Kontakt."
            }
            return text
        }
        var text = "\(share) of all shortest paths between other actors run through \(office) (rank \(d.rank))."
        if d.cutOff.isEmpty {
            text += " Without \(office) the network would hold together."
        } else {
            text += " Without \(office), \(d.cutOff.count) actors would lose their link to the network"
            text += d.onlyTiedToHome.isEmpty ? "." : "; \(d.onlyTiedToHome.count) of them have no other contact."
        }
        return text
    }

    /// The plain reason for an introduction.
    public func reason(_ intro: Introduction) -> String {
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
            text = de ? "schlägt eine Brücke zwischen \(typeLabel(a, plural: true)) und \(typeLabel(b, plural: true))"
                      : "bridges \(typeLabel(a, plural: true)) and \(typeLabel(b, plural: true))"
        case let .linksCommunities(a, b):
            text = de ? "verbindet \(communityName(a)) mit \(communityName(b))"
                      : "links \(communityName(a)) with \(communityName(b))"
        case let .bypasses(v, protected):
            text = de ? "gibt \(protected) Akteuren, die bisher nur über \(name(v)) erreichbar sind, einen zweiten Weg"
                      : "gives \(protected) actors who can only be reached through \(name(v)) a second way in"
        }
        if !intro.sharedThemes.isEmpty {
            let themes = list(intro.sharedThemes.map { de ? "„\($0)“" : "“\($0)”" })
            text += de ? "; beide arbeiten zu \(themes)" : "; both work on \(themes)"
        } else if let area = intro.sharedArea {
            text += de ? "; beide sind im Gebiet \(area)" : "; both are in \(area)"
        }
        return text + "."
    }

    /// What a broker connects, in one sentence.
    public func brokerSentence(_ b: Broker) -> String {
        let types = list(b.connectsTypes.prefix(3).map { typeLabel($0, plural: true) })
        var text = de ? "verbindet \(types)" : "connects \(types)"
        if b.connectsCommunities.count >= 2 {
            text += de ? " über \(b.connectsCommunities.count) Gruppen hinweg" : " across \(b.connectsCommunities.count) groups"
        }
        if b.cutOff > 0 {
            text += de ? "; ohne diesen Akteur verlieren \(b.cutOff) andere den Anschluss" : "; without it, \(b.cutOff) actors lose their link"
        } else if b.isHardToReplace {
            text += de ? "; schwer zu ersetzen" : "; hard to replace"
        } else {
            text += de ? "; es gibt andere Wege" : "; other paths exist"
        }
        return text + "."
    }

    public func caution(_ c: Caution) -> String {
        switch c {
        case let .smallNetwork(n):
            return de ? "Das Netzwerk ist klein (\(n) Akteure): Eine Beziehung mehr oder weniger kann die Kennzahlen deutlich verschieben."
                      : "The network is small (\(n) actors): one tie more or less can move the measures a lot."
        case let .isolatesMayBeMissingData(count):
            return de ? "\(count) Akteure haben keine erfasste Beziehung. Oft fehlen hier Daten; das heißt nicht, dass sie wirklich isoliert sind."
                      : "\(count) actors have no recorded tie. Often this is missing data rather than real isolation."
        case let .sampled(note):
            return de ? "Vermittlung und Nähe sind aus \(note.samples) Stichproben geschätzt (erwarteter Fehler etwa \(percent(note.expectedRelativeError))); `--exact` rechnet vollständig."
                      : "Betweenness and closeness are estimated from \(note.samples) sampled sources (expected error about \(percent(note.expectedRelativeError))); `--exact` computes them in full."
        case let .weakCommunities(q):
            return de ? "Die gefundenen Gruppen sind schwach ausgeprägt (Modularität \(decimal(q, digits: 2))): Sie gehen ineinander über."
                      : "The groups found are weak (modularity \(decimal(q, digits: 2))): they blur into each other."
        case .noTies:
            return de ? "Es sind keine Beziehungen erfasst." : "No ties are recorded."
        }
    }
}
