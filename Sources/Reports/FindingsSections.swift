import NetworkMap

/// The sections on brokers, gaps and isolated groups, shared by the `brokers`, `gaps` and `groups`
/// commands and the full report.
public struct FindingsSections: Sendable {
    let analysis: Analysis
    let s: Strings

    public init(_ analysis: Analysis, language: Language) {
        self.analysis = analysis
        self.s = Strings(language, analysis: analysis)
    }

    var de: Bool { s.language == .de }

    /// Brokers ranked by betweenness, with roles, constraint and what falls apart without them; the QM office on its own line.
    public func brokers(top: Int) -> TextDocument {
        var doc = TextDocument()
        doc.heading(2, de ? "Schlüsselakteure und Brückenakteure" : "Key actors and brokers")
        let brokers = analysis.brokers(top: top)
        if brokers.isEmpty {
            doc.paragraph(de ? "Kein Akteur liegt auf Wegen zwischen anderen: Es gibt keine Vermittler."
                             : "No actor lies on paths between others: there are no brokers.")
        } else {
            doc.paragraph(de ? "Rangfolge nach Vermittlung (Betweenness): Anteil der kürzesten Wege zwischen anderen Akteuren, die über den Akteur laufen."
                             : "Ranked by betweenness: the share of shortest paths between other actors that run through the actor.")
            let header = de
                ? ["#", "Akteur", "Typ", "Vermittlung", "Kontakte", "Rolle", "Constraint", "Ohne ihn getrennt"]
                : ["#", "Actor", "Type", "Betweenness", "Contacts", "Role", "Constraint", "Cut off without"]
            let rows = brokers.map { b -> [String] in
                let m = analysis.measures[b.actor]
                return [
                    String(b.rank), s.name(b.actor), s.typeLabel(analysis.network.actors[b.actor].type),
                    s.percent(b.betweenness, digits: 1), String(m.degree),
                    b.mainRole.map { roleShort($0) } ?? "–",
                    b.constraint.map { s.decimal($0, digits: 2) } ?? "–",
                    b.cutOff > 0 ? String(b.cutOff) : "–",
                ]
            }
            doc.table(header, rows, alignRight: [0, 3, 4, 6, 7])
            doc.bullets(brokers.prefix(5).map { "**\(s.name($0.actor))** " + s.brokerSentence($0) })
        }
        if let home = analysis.homeDependency {
            doc.heading(3, de ? "Abhängigkeit vom QM-Büro (Verstetigung)" : "Dependency on the QM office (Verstetigung)")
            doc.paragraph(s.homeSentence(home))
            if !home.cutOff.isEmpty {
                doc.paragraph((de ? "Ohne das QM-Büro getrennt: " : "Cut off without the QM office: ") + s.names(home.cutOff, limit: 12) + ".")
            }
        }
        return doc
    }

    /// Gaps by severity, then suggested introductions.
    public func gaps(top: Int) -> TextDocument {
        var doc = TextDocument()
        doc.heading(2, de ? "Lücken im Netzwerk" : "Gaps in the network")
        let gaps = analysis.gaps
        if gaps.isEmpty {
            doc.paragraph(de ? "Keine auffälligen Lücken gefunden." : "No notable gaps found.")
        } else {
            doc.numbered(gaps.prefix(top).map { "[\(s.severity($0.severity))] " + s.describe($0) })
            if gaps.count > top {
                doc.paragraph(de ? "… und \(gaps.count - top) weitere (`--top` zeigt mehr)." : "… and \(gaps.count - top) more (`--top` shows more).")
            }
        }
        let mixing = sectorTable()
        if !mixing.rows.isEmpty {
            doc.heading(3, de ? "Beziehungen zwischen Akteurstypen" : "Ties between actor types")
            doc.table(mixing.header, mixing.rows, alignRight: Set(1..<mixing.header.count))
        }
        doc.append(introductions(top: top))
        return doc
    }

    /// Suggested introductions with their gain and reason.
    public func introductions(top: Int) -> TextDocument {
        var doc = TextDocument()
        doc.heading(2, de ? "Vorgeschlagene Kontakte" : "Suggested introductions")
        let intros = analysis.introductions(top: top)
        if intros.isEmpty {
            doc.paragraph(de ? "Keine Vorschläge: Es gibt keine Lücke, die ein einzelner neuer Kontakt deutlich schließen würde."
                             : "No suggestions: there is no gap that one new tie would clearly close.")
            return doc
        }
        doc.paragraph(de ? "Paare, die sich noch nicht kennen und deren Kontakt eine Lücke schließen würde; Gewinn = Zuwachs der Erreichbarkeit im Netzwerk (globale Effizienz)."
                         : "Pairs who do not know each other yet and whose tie would close a gap; gain = rise in the network's reachability (global efficiency).")
        doc.numbered(intros.map { intro in
            "**\(s.name(intro.source))** – **\(s.name(intro.target))** (+\(s.decimal(intro.gain * 100, digits: 1))): " + s.reason(intro)
        })
        return doc
    }

    /// Detached components, isolates, communities and loosely attached groups.
    public func groups() -> TextDocument {
        var doc = TextDocument()
        let groups = analysis.isolatedGroups
        doc.heading(2, de ? "Isolierte und lose angebundene Gruppen" : "Isolated and loosely attached groups")
        let main = analysis.mainComponent.count
        doc.paragraph(de ? "Das Hauptnetz umfasst \(main) von \(analysis.graph.nodeCount) Akteuren; es gibt \(analysis.components.count) getrennte Teile."
                         : "The main network holds \(main) of \(analysis.graph.nodeCount) actors; there are \(analysis.components.count) separate parts.")
        var items: [String] = []
        for c in groups.detachedComponents {
            let members = analysis.components[c]
            items.append((de ? "Abgetrennte Gruppe (\(members.count) Akteure): " : "Detached group (\(members.count) actors): ") + s.names(members, limit: 8))
        }
        if !groups.isolates.isEmpty {
            items.append((de ? "Ohne jede Beziehung (\(groups.isolates.count)): " : "Without any tie (\(groups.isolates.count)): ") + s.names(groups.isolates, limit: 10))
        }
        for c in groups.looselyAttached {
            if let through = c.attachedThrough {
                items.append(de ? "\(s.communityName(c.id)) (\(c.members.count) Akteure) hängt allein an \(s.name(through))."
                                : "\(s.communityName(c.id)) (\(c.members.count) actors) hangs on \(s.name(through)) alone.")
            } else {
                items.append(de ? "\(s.communityName(c.id)) (\(c.members.count) Akteure) hat nur eine einzige Verbindung nach außen."
                                : "\(s.communityName(c.id)) (\(c.members.count) actors) has a single tie to the rest.")
            }
        }
        if !groups.peripheral.isEmpty {
            items.append((de ? "Am Rand, mit nur einem Kontakt (\(groups.peripheral.count)): " : "On the edge, with one contact only (\(groups.peripheral.count)): ") + s.names(groups.peripheral, limit: 8))
        }
        doc.bullets(items)
        doc.heading(3, de ? "Gruppen (Communities)" : "Communities")
        doc.paragraph(de ? "Gruppen, die untereinander dichter verbunden sind als mit dem Rest (Louvain, Modularität \(s.decimal(analysis.modularity, digits: 2))). E-I-Index: −1 = nur nach innen, +1 = nur nach außen verbunden."
                         : "Groups more densely tied among themselves than to the rest (Louvain, modularity \(s.decimal(analysis.modularity, digits: 2))). E-I index: −1 = ties only inside, +1 = only outside.")
        let header = de ? ["Gruppe", "Akteure", "Innen", "Außen", "E-I"] : ["Group", "Actors", "Inside", "Outside", "E-I"]
        let rows = analysis.communitySummaries.filter { $0.members.count >= 2 }.map { c in
            [s.communityName(c.id), String(c.members.count), String(c.internalTies), String(c.externalTies),
             c.eiIndex.map { s.decimal($0, digits: 2) } ?? "–"]
        }
        doc.table(header, rows, alignRight: [1, 2, 3, 4])
        return doc
    }

    /// Ties between each pair of actor types, as a table (types with actors only).
    func sectorTable() -> (header: [String], rows: [[String]]) {
        let types = analysis.types
        guard types.count >= 2 else { return ([], []) }
        let header = [""] + types.map { s.typeLabel($0, plural: true) }
        let rows = types.indices.map { a in
            [s.typeLabel(types[a], plural: true)] + types.indices.map { b in String(analysis.typeMixing.ties(a, b)) }
        }
        return (header, rows)
    }

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
}
