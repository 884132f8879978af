import NetworkMap
import Wording

/// The whole report for people: what a neighbourhood manager pastes into a report to the city.
///
/// The network at a glance, key actors and brokers, the dependency on the QM office, gaps with
/// suggested introductions, isolated groups, theme coverage, cautions and a short method note.
/// Rendered as Markdown, plain text or HTML through ``TextDocument``; all wording comes from ``Strings``.
public struct FullReport: Sendable {
    let analysis: Analysis
    let s: Strings
    let sections: FindingsSections
    /// How many brokers, gaps and introductions to list.
    public let top: Int

    public init(_ analysis: Analysis, language: Language, top: Int = 10) {
        self.analysis = analysis
        self.s = Strings(language, analysis: analysis, marksUserText: true)
        self.sections = FindingsSections(analysis, language: language)
        self.top = top
    }

    /// The report's title (the network's name first).
    public var title: String { UserText.unmarked(s.reportTitle) }

    /// The complete report, title included.
    public var document: TextDocument {
        var doc = TextDocument()
        doc.heading(1, s.reportTitle)
        if let line = s.dataLine { doc.paragraph(line) }
        if let note = excludedNote { doc.paragraph(note) }
        doc.append(body)
        return doc
    }

    /// Which actors were left out before the analysis (`--exclude`), if any.
    public var excludedNote: String? {
        analysis.excludedActors.isEmpty ? nil : s.phrases.excludedNote(s.list(analysis.excludedActors.map(\.name), limit: 12))
    }

    /// Every section without the title block (the HTML page puts its own header above it).
    public var body: TextDocument {
        var doc = overview
        doc.append(sections.brokers(top: top, includeHome: false))
        doc.append(sections.home())
        doc.append(sections.stakeholders())
        doc.append(sections.gaps(top: top))
        doc.append(sections.groups())
        doc.append(themes)
        doc.append(cautions)
        doc.append(method)
        return doc
    }

    /// Size, density and parts in plain words, then key figures, actor types and tie kinds as tables.
    public var overview: TextDocument {
        var doc = TextDocument()
        doc.heading(2, s.phrases.overviewHeading)
        for paragraph in s.overviewParagraphs { doc.paragraph(paragraph) }
        doc.table(s.phrases.keyFiguresHeader, s.keyFigures, alignRight: [1])
        let graph = analysis.graph
        let typeRows = analysis.types.indices.map { t -> [String] in
            let members = analysis.typeIndex.indices.filter { analysis.typeIndex[$0] == t }
            let contacts = members.reduce(0) { $0 + graph.degree(of: $1) }
            let lonely = members.filter { graph.degree(of: $0) == 0 }.count
            return [s.typeLabel(analysis.types[t], plural: true), String(members.count),
                    s.decimal(members.isEmpty ? 0 : Double(contacts) / Double(members.count), digits: 1),
                    lonely == 0 ? "–" : String(lonely)]
        }
        doc.table(s.phrases.typeTableHeader, typeRows, alignRight: [1, 2, 3])
        let ties = analysis.network.ties
        let kindRows = Set(ties.map(\.kind)).sorted().map { kind -> [String] in
            let ofKind = ties.filter { $0.kind == kind }
            let strong = ofKind.filter { $0.strength >= 3 }.count
            return [s.kindLabel(kind), String(ofKind.count), strong == 0 ? "–" : String(strong)]
        }
        doc.table(s.phrases.kindTableHeader, kindRows, alignRight: [1, 2])
        return doc
    }

    /// One row per theme: how many actors work on it, whether they are tied to each other, who leads.
    public var themes: TextDocument {
        var doc = TextDocument()
        doc.heading(2, s.phrases.themesHeading)
        let members = analysis.themeMembers
        guard !members.isEmpty else {
            doc.paragraph(s.phrases.noThemes)
            return doc
        }
        doc.paragraph(s.phrases.themesIntro)
        let rows = members.map { theme, actors -> [String] in
            let parts = actors.isEmpty ? 0 : analysis.graph.induced(on: actors).count
            let leading = actors.sorted { a, b in
                let x = analysis.measures[a].degree, y = analysis.measures[b].degree
                return x != y ? x > y : a < b
            }.prefix(3)
            return [s.user(theme), String(actors.count), s.phrases.themeConnection(parts: parts, actors: actors.count),
                    leading.isEmpty ? "–" : s.names(Array(leading))]
        }
        doc.table(s.phrases.themesHeader, rows, alignRight: [1])
        return doc
    }

    /// Where the numbers need care (``Analysis/cautions``), always with the reminder that only recorded ties count.
    public var cautions: TextDocument {
        var doc = TextDocument()
        doc.heading(2, s.phrases.cautionsHeading)
        let items = analysis.cautions.map(s.caution)
        if items.isEmpty {
            doc.paragraph(s.phrases.noCautions)
        } else {
            doc.bullets(items + [s.phrases.recordedOnly])
        }
        return doc
    }

    /// Which measures, what they mean, in plain words.
    public var method: TextDocument {
        var doc = TextDocument()
        doc.heading(2, s.phrases.methodHeading)
        doc.paragraph(s.phrases.methodIntro)
        doc.bullets(s.methodItems)
        return doc
    }
}
