import NetworkMap
import Wording

/// The sections on brokers, gaps and isolated groups.
///
/// Shared by the `brokers`, `gaps` and `groups` commands and the full report. Every sentence comes from ``Strings``.
public struct FindingsSections: Sendable {
    let analysis: Analysis
    let s: Strings

    public init(_ analysis: Analysis, language: Language) {
        self.analysis = analysis
        self.s = Strings(language, analysis: analysis, marksUserText: true)
    }

    /// Brokers ranked by betweenness, with roles and what falls apart without them; with `includeHome`,
    /// the QM office's paragraph follows (the `brokers` command; the full report gives it a section of its own).
    public func brokers(top: Int, includeHome: Bool = true) -> TextDocument {
        var doc = TextDocument()
        doc.heading(2, s.phrases.brokersHeading)
        let brokers = analysis.brokers(top: top)
        if brokers.isEmpty {
            doc.paragraph(s.phrases.noBrokers)
        } else {
            doc.paragraph(s.phrases.brokersIntro)
            let rows = brokers.map { b -> [String] in
                [
                    String(b.rank), s.name(b.actor), s.typeLabel(analysis.network.actors[b.actor].type),
                    s.percent(b.betweenness, digits: 1), String(analysis.measures[b.actor].degree),
                    b.mainRole.map { s.roleShort($0) } ?? "–",
                    b.cutOff > 0 ? String(b.cutOff) : "–",
                    b.isHardToReplace ? s.yes : "–",
                ]
            }
            doc.table(s.phrases.brokersHeader, rows, alignRight: [0, 3, 4, 6])
            doc.bullets(brokers.prefix(5).map { "**\(s.name($0.actor))** " + s.brokerSentence($0) })
        }
        if includeHome, let home = analysis.homeDependency {
            doc.heading(3, s.phrases.homeHeading)
            doc.paragraph(s.homeSentence(home))
            if !home.cutOff.isEmpty { doc.paragraph(s.homeCutOff(home)) }
        }
        return doc
    }

    /// The Verstetigung section of the full report: the office's share of paths, what falls apart without
    /// it, who hangs on it alone, and what that means.
    public func home(level: Int = 2) -> TextDocument {
        var doc = TextDocument()
        doc.heading(level, s.phrases.homeHeading)
        guard let home = analysis.homeDependency else {
            let office = analysis.excludedActors.first { $0.id == analysis.network.home }
            doc.paragraph(office.map { s.phrases.homeExcluded($0.name) } ?? s.phrases.noHome)
            return doc
        }
        doc.paragraph(s.homeSentence(home))
        doc.paragraph(s.homeWithout(home))
        var items: [String] = []
        if !home.cutOff.isEmpty { items.append(s.homeCutOff(home)) }
        if !home.onlyTiedToHome.isEmpty { items.append(s.homeOnlyTied(home)) }
        doc.bullets(items)
        doc.paragraph(s.homeAdvice(home))
        return doc
    }

    /// Gaps by severity, the type-by-type table, then suggested introductions.
    public func gaps(top: Int) -> TextDocument {
        var doc = TextDocument()
        doc.heading(2, s.phrases.gapsHeading)
        let gaps = analysis.gaps
        if gaps.isEmpty {
            doc.paragraph(s.phrases.noGaps)
        } else {
            doc.numbered(gaps.prefix(top).map { s.severityLabel($0.severity) + " " + s.describe($0) })
            if gaps.count > top { doc.paragraph(s.phrases.moreGaps(gaps.count - top)) }
        }
        let mixing = sectorTable()
        if !mixing.rows.isEmpty {
            doc.heading(3, s.phrases.mixingHeading)
            doc.paragraph(s.phrases.mixingIntro)
            doc.table(mixing.header, mixing.rows, alignRight: Set(1..<mixing.header.count))
        }
        doc.append(introductions(top: top))
        return doc
    }

    /// Suggested introductions with their reason, the most effective first.
    public func introductions(top: Int, level: Int = 2) -> TextDocument {
        var doc = TextDocument()
        doc.heading(level, s.phrases.introductionsHeading)
        let intros = analysis.introductions(top: top)
        if intros.isEmpty {
            doc.paragraph(s.phrases.noIntroductions)
            return doc
        }
        doc.paragraph(s.phrases.introductionsIntro)
        doc.numbered(intros.map(s.introductionItem))
        return doc
    }

    /// Detached components, isolates, loosely attached groups, peripheral actors and the communities.
    public func groups() -> TextDocument {
        var doc = TextDocument()
        let groups = analysis.isolatedGroups
        doc.heading(2, s.phrases.groupsHeading)
        doc.paragraph(s.phrases.mainNetworkSentence(main: analysis.mainComponent.count, total: analysis.graph.nodeCount,
                                            parts: analysis.components.count))
        var items: [String] = groups.detachedComponents.map { s.detachedGroup(analysis.components[$0]) }
        if !groups.isolates.isEmpty { items.append(s.isolatesItem(groups.isolates)) }
        items += groups.looselyAttached.map(s.looselyAttached)
        if !groups.peripheral.isEmpty { items.append(s.peripheralItem(groups.peripheral)) }
        doc.bullets(items)
        let rows = analysis.communitySummaries.filter { $0.members.count >= 2 }.map { c in
            [s.communityName(c.id), String(c.members.count), String(c.internalTies), String(c.externalTies),
             c.eiIndex.map { s.decimal($0, digits: 2) } ?? "–"]
        }
        if !rows.isEmpty {
            doc.heading(3, s.phrases.communitiesHeading)
            doc.paragraph(s.communitiesIntro)
            doc.table(s.phrases.communitiesHeader, rows, alignRight: [1, 2, 3, 4])
        }
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
}
