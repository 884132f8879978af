import NetworkMap

/// The report's words about one analysis: chooses the facts each sentence needs and lets the language's
/// table (``Phrases``) say them.
///
/// Holds no text itself. Actor names come from the analysed network, which is already as outputs may show it
/// (private persons pseudonymised unless the user asked for names). For a document that is markup (Markdown,
/// HTML), make it with `marksUserText`: every name, theme, label and title from the data then enters the
/// sentences through ``user(_:)``, marked as text (``UserText``), and the document escapes it.
public struct Strings: Sendable {
    public let phrases: any Phrases
    let analysis: Analysis
    /// Whether user text is marked (for a text document) or left as it is (JSON, CSV, maps, the handout).
    let marksUserText: Bool

    public init(_ language: Language, analysis: Analysis, marksUserText: Bool = false) {
        self.phrases = language.phrases
        self.analysis = analysis
        self.marksUserText = marksUserText
    }

    /// Text from the data as it enters a sentence: the one place it does.
    public func user(_ text: String) -> String { marksUserText ? UserText.mark(text) : text }

    public var language: Language { phrases.language }
    var network: Network { analysis.network }

    // MARK: Names and numbers

    /// The actor's name as outputs show it.
    public func name(_ v: Int) -> String { user(network.actors[v].name) }

    /// "A, B and C" / "A, B und C"; long lists end with "and 4 more".
    public func list(_ items: [String], limit: Int = 6) -> String { phrases.list(items, limit: limit) }

    public func names(_ actors: [Int], limit: Int = 6) -> String { list(actors.map(name), limit: limit) }

    /// A share as a percentage with the language's decimal mark: "37,5 %" / "37.5%".
    public func percent(_ share: Double, digits: Int = 0) -> String { phrases.percent(share, digits: digits) }

    /// A number with fixed decimals and the language's decimal mark.
    public func decimal(_ value: Double, digits: Int) -> String { phrases.decimal(value, digits: digits) }

    /// The type's label; a custom type's label comes from network.yaml (user text).
    public func typeLabel(_ type: ActorType, plural: Bool = false) -> String {
        let label = phrases.label(type, plural: plural, custom: network.customActorTypes)
        return type.isBuiltIn ? label : user(label)
    }

    /// A plural type label inside a sentence: "residents' groups"; German nouns keep their capital.
    public func typeInText(_ type: ActorType) -> String {
        let label = phrases.labelInText(type, custom: network.customActorTypes)
        return type.isBuiltIn ? label : user(label)
    }

    /// The kind's label; a custom kind's label comes from network.yaml (user text).
    public func kindLabel(_ kind: TieKind) -> String {
        let label = phrases.label(kind, custom: network.customTieKinds)
        return kind.isBuiltIn ? label : user(label)
    }

    /// A community named by its best-connected member.
    ///
    /// "Gruppe 3 (Kita Sonnenschein u. a.)" / "Group 3 (Kita Sonnenschein and others)".
    public func communityName(_ c: Int) -> String {
        let lead = analysis.communities.groups[c].max { a, b in
            let x = analysis.measures[a].degree, y = analysis.measures[b].degree
            return x != y ? x < y : a > b
        }
        return phrases.community(number: c + 1, lead: lead.map(name))
    }

    public func role(_ role: BrokerageRole) -> String { phrases.role(role, short: false) }
    /// The Gould-Fernandez role in one word, for tables.
    public func roleShort(_ role: BrokerageRole) -> String { phrases.role(role, short: true) }
    public func severity(_ s: Severity) -> String { phrases.severity(s) }
    public var yes: String { phrases.yes }
    public var no: String { phrases.no }

    /// A day written out in the report's language ("1 October 2025").
    public func date(_ day: Day) -> String { phrases.date(day) }

    // MARK: Findings

    /// One plain sentence (or two) for a gap.
    public func describe(_ gap: Gap) -> String {
        let p = phrases
        let text: String
        switch gap.detail {
        case let .sectors(a, b, ties, expected):
            text = p.sectorsGap(typeLabel(a, plural: true), typeInText(b), ties: ties, expected: decimal(expected, digits: 0))
        case let .communities(a, b, _):
            text = p.communitiesGap(communityName(a), communityName(b))
        case let .theme(themeText, parts):
            let theme = user(themeText)
            text = parts.isEmpty ? p.uncoveredTheme(theme)
                : p.splitTheme(theme, actors: parts.reduce(0) { $0 + $1.count }, groups: parts.filter { $0.count >= 2 }.count,
                               loners: parts.filter { $0.count == 1 }.count)
        case let .home(d):
            text = homeSentence(d)
        case let .cutVertex(v, cut):
            text = p.cutVertexGap(actor: name(v), cut: names(cut), count: cut.count)
        case let .bridge(u, v, side):
            text = p.bridgeGap(name(u), name(v), count: side.count, names: names(side, limit: 4))
        case let .funding(funder, dependents):
            text = p.fundingGap(funder: name(funder), count: dependents.count, names: names(dependents))
        }
        return text.tidySentence
    }

    /// The Verstetigung sentence: how much runs through the QM office and what falls apart without it.
    public func homeSentence(_ d: HomeDependency) -> String {
        phrases.homeSentence(office: name(d.actor), share: percent(d.pathShare, digits: 1), rank: d.rank,
                             cutOff: d.cutOff.count, onlyTiedToHome: d.onlyTiedToHome.count)
    }

    /// The plain reason for an introduction.
    public func reason(_ intro: Introduction) -> String {
        let purpose: IntroductionPurpose
        switch intro.purpose {
        case let .joinsGroup(c):
            let members = analysis.components[c]
            purpose = members.count == 1 ? .joinsActor(name(members[0])) : .joinsGroup(size: members.count)
        case let .linksSectors(a, b): purpose = .linksSectors(typeInText(a), typeInText(b))
        case let .linksCommunities(a, b): purpose = .linksCommunities(communityName(a), communityName(b))
        case let .bypasses(v, protected): purpose = .bypasses(name(v), protected: protected)
        }
        return phrases.introductionReason(purpose, sharedThemes: intro.sharedThemes.map(user),
                                          sharedArea: intro.sharedArea.map(user)).tidySentence
    }

    /// What a broker connects, in one sentence.
    public func brokerSentence(_ b: Broker) -> String {
        phrases.brokerSentence(types: list(b.connectsTypes.prefix(3).map(typeInText)), communities: b.connectsCommunities.count,
                               cutOff: b.cutOff, hardToReplace: b.isHardToReplace)
    }

    public func caution(_ c: Caution) -> String { phrases.caution(c, date: network.date) }

    // MARK: Title and overview

    /// The report's title: the network's name first, so the file starts with it.
    public var reportTitle: String { phrases.reportTitle(user(network.name)) }

    /// The line on the data's date and source, either part only where known.
    ///
    /// "Stand der Daten: 1. Oktober 2025. Datengrundlage: …" / "Data as of 1 October 2025. Source: …".
    public var dataLine: String? {
        var parts: [String] = []
        if let day = network.date { parts.append(phrases.dataDate(day)) }
        if let source = network.source, !source.isEmpty { parts.append(phrases.dataSource(user(source))) }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// The counts the overview and the key figures tell.
    public var overviewFacts: OverviewFacts {
        let n = analysis.graph.nodeCount
        let pairs = analysis.graph.edgeCount
        return OverviewFacts(
            actors: n, ties: network.ties.count, pairs: pairs, averageDegree: n == 0 ? 0 : 2 * Double(pairs) / Double(n),
            density: analysis.graph.density, components: analysis.components.count,
            mainComponent: analysis.mainComponent.count,
            detached: analysis.isolatedGroups.detachedComponents.map { analysis.components[$0].count },
            isolates: analysis.isolates.count,
            communities: analysis.communitySummaries.filter { $0.members.count >= 2 }.count,
            homePathShare: analysis.homeDependency?.pathShare)
    }

    /// The overview in plain words: size, contacts, density, and who stands apart.
    public var overviewParagraphs: [String] { phrases.overview(overviewFacts) }

    /// The key figures as table rows.
    public var keyFigures: [[String]] {
        let f = overviewFacts
        var rows: [(KeyFigure, String)] = [
            (.actors, String(f.actors)), (.ties, String(f.ties)), (.averageContacts, decimal(f.averageDegree, digits: 1)),
            (.density, percent(f.density, digits: 1)), (.parts, String(f.components)),
            (.mainNetwork, String(f.mainComponent)), (.withoutTies, String(f.isolates)), (.communities, String(f.communities)),
        ]
        if let share = f.homePathShare { rows.append((.homeShare, percent(share, digits: 1))) }
        return rows.map { [phrases.keyFigure($0.0), $0.1] }
    }

    // MARK: The QM office

    public func homeCutOff(_ d: HomeDependency) -> String { phrases.homeCutOff(names(d.cutOff, limit: 20)) }

    /// What happens to the network as a whole without the office.
    public func homeWithout(_ d: HomeDependency) -> String {
        phrases.homeWithout(componentsBefore: d.componentsBefore, componentsWithout: d.componentsWithout,
                            before: percent(d.fragmentationBefore, digits: 1), after: percent(d.fragmentationWithout, digits: 1),
                            unchanged: d.componentsWithout <= d.componentsBefore && d.cutOff.isEmpty)
    }

    public func homeOnlyTied(_ d: HomeDependency) -> String { phrases.homeOnlyTied(names(d.onlyTiedToHome, limit: 12)) }

    /// What the numbers mean for the end of funding.
    public func homeAdvice(_ d: HomeDependency) -> String { phrases.homeAdvice(cutOff: !d.cutOff.isEmpty, pathShare: d.pathShare) }

    // MARK: Gaps, introductions, groups

    /// The severity as a leading label: "**Dringend:**".
    public func severityLabel(_ severity: Severity) -> String { phrases.severityLabel(severity) }

    public func introductionItem(_ intro: Introduction) -> String {
        phrases.introductionPair(name(intro.source), name(intro.target)) + reason(intro)
    }

    public func detachedGroup(_ members: [Int]) -> String {
        phrases.detachedGroup(count: members.count, names: names(members, limit: 8))
    }

    public func isolatesItem(_ isolates: [Int]) -> String {
        phrases.isolatesItem(count: isolates.count, names: names(isolates, limit: 10))
    }

    public func looselyAttached(_ c: CommunitySummary) -> String {
        phrases.looselyAttached(community: communityName(c.id), members: c.members.count, through: c.attachedThrough.map(name))
    }

    public func peripheralItem(_ actors: [Int]) -> String {
        phrases.peripheralItem(count: actors.count, names: names(actors, limit: 8))
    }

    public var communitiesIntro: String { phrases.communitiesIntro(modularity: decimal(analysis.modularity, digits: 2)) }

    /// The measures in plain words, with the data-protection note when private persons appear under pseudonyms.
    public var methodItems: [String] {
        phrases.methodItems(pseudonyms: !analysis.showsPrivateNames && network.actors.contains(where: \.isPrivate))
    }
}
