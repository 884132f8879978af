import NetworkMap
import Wording

/// The handout's words about one analysis: picks the facts of each line and lets the language's table
/// (Wording's ``HandoutPhrases``) say them.
///
/// Built on ``Strings`` (gaps, introductions, brokers, the QM office and cautions are worded there). Holds
/// no text itself.
public struct HandoutStrings: Sendable {
    public let s: Strings
    let analysis: Analysis

    public init(_ language: Language, analysis: Analysis) {
        s = Strings(language, analysis: analysis)
        self.analysis = analysis
    }

    var phrases: any Phrases { s.phrases }
    var network: Network { analysis.network }

    /// The QM office's name (`home` in network.yaml), if set.
    var homeName: String? { analysis.home.map(s.name) }

    // MARK: header, footer, title

    public func title(_ custom: String?) -> String { custom ?? phrases.handoutTitle(network: network.name) }

    public func subtitle(actors: Int, ties: Int) -> String {
        phrases.handoutSubtitle(date: network.date, actors: actors, ties: ties)
    }

    public func header(page: Int) -> (left: String, right: String) {
        phrases.pageHeader(page: page, network: network.name, date: network.date)
    }

    public func footer(page: Int, of pages: Int) -> (left: String, right: String) {
        phrases.pageFooter(source: network.source, date: network.date, page: page, of: pages)
    }

    /// The sentence under the map when it shows only part of the network.
    public func mapExcerpt(shown: Int, total: Int, privateLeftOut: Int, focusName: String?, theme: String?) -> String {
        phrases.mapExcerpt(shown: shown, total: total, privateLeftOut: privateLeftOut, focus: focusName, theme: theme)
    }

    // MARK: headings

    func heading(_ heading: HandoutHeading) -> String { phrases.handoutHeading(heading, office: homeName) }
    public var keyFiguresHeading: String { heading(.keyFigures) }
    public var brokersHeading: String { heading(.brokers) }
    public var homeHeading: String { heading(.home) }
    public var gapsHeading: String { heading(.gaps) }
    public var introductionsHeading: String { heading(.introductions) }
    public var groupsHeading: String { heading(.groups) }
    public var questionsHeading: String { heading(.questions) }
    public var invitationsHeading: String { heading(.invitations) }
    public var invitationsIntro: String { phrases.invitationsIntro }
    public var invitationColumns: [String] { phrases.invitationColumns }
    public var notesHeading: String { heading(.notes) }
    public var changeHeading: String { heading(.change) }
    public var stakeholdersHeading: String { heading(.stakeholders) }

    // MARK: key figures

    /// Number and label of each key figure.
    public func keyFigures(_ content: HandoutContent) -> [(value: String, label: String)] {
        func label(_ figure: HandoutFigure) -> String { phrases.handoutFigure(figure, office: homeName) }
        var result: [(String, String)] = [
            (String(analysis.graph.nodeCount), label(.actors)),
            (String(network.ties.count), label(.ties)),
            (String(analysis.communities.groups.filter { $0.count >= 2 }.count), label(.groups)),
            (String(analysis.isolatedGroups.detachedComponents.count), label(.detachedGroups)),
            (String(analysis.isolates.count), label(.withoutTies)),
        ]
        if let home = content.home { result.append((s.percent(home.pathShare), label(.homeShare))) }
        return result
    }

    // MARK: findings

    /// A broker's entry on the handout: the name, and the text that follows it.
    ///
    /// "Name (Typ, auf 18 % der Wege): verbindet …"
    public func broker(_ b: Broker) -> (name: String, text: String) {
        let lead = phrases.brokerLead(type: s.typeLabel(network.actors[b.actor].type), share: s.percent(b.betweenness))
        return (s.name(b.actor), lead + s.brokerSentence(b))
    }

    public func noBrokers() -> String { phrases.handoutNoBrokers }

    public func homeDetail(_ home: HomeDependency) -> String? {
        var parts: [String] = []
        if !home.cutOff.isEmpty {
            parts.append(phrases.linkedOnlyThroughHome(office: s.name(home.actor), names: s.names(home.cutOff, limit: 8)))
        }
        if !home.onlyTiedToHome.isEmpty { parts.append(phrases.knowNobodyElse(home.onlyTiedToHome.count)) }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    public func noHome() -> String { phrases.handoutNoHome }
    public func noGaps() -> String { phrases.noGaps }

    /// "A ↔ B" and the reason.
    public func introduction(_ i: Introduction) -> (pair: String, reason: String) {
        ("\(s.name(i.source)) ↔ \(s.name(i.target))", s.reason(i))
    }

    public func noIntroductions() -> String { phrases.handoutNoIntroductions }

    /// A detached group, named by a member who is not a private person where there is one.
    public func detachedGroup(_ c: Int) -> (name: String, text: String) {
        let members = analysis.components[c]
        let lead = members.first { !network.actors[$0].isPrivate } ?? members[0]
        return phrases.detachedGroupLine(lead: s.name(lead), members: members.count, names: s.names(members, limit: 8))
    }

    public func isolatesLine(_ isolates: [Int]) -> (name: String, text: String) {
        phrases.isolatesLine(count: isolates.count, names: s.names(isolates, limit: 8))
    }

    public func noDetachedGroups() -> String { phrases.noDetachedGroups }

    public func looselyAttached(_ summary: CommunitySummary) -> String? {
        guard let through = summary.attachedThrough else { return nil }
        return phrases.looselyAttachedLine(community: s.communityName(summary.id), members: summary.members.count,
                                           through: s.name(through))
    }

    // MARK: change since the last snapshot

    /// The line that names the earlier snapshot.
    ///
    /// "Verglichen mit dem Stand vom 2025-10-01." / "Compared with the snapshot of 2025-10-01."
    public func changeIntro(_ d: NetworkDiff) -> String {
        phrases.changeIntro(oldDate: d.old.network.date, oldName: d.old.network.name)
    }

    /// The change as a few bullets, each a bold lead and a sentence.
    ///
    /// The QM office's share of paths (the Verstetigung trend), actors, ties, gaps closed and opened (at
    /// most `items` of each named), the introductions that happened. With `items` 0 the gaps and introductions are only counted.
    public func changeLines(_ content: HandoutContent, items: Int) -> [(lead: String, text: String)] {
        guard let d = content.change else { return [] }
        let o = Strings(s.language, analysis: d.old)
        let items = max(0, items)
        var lines: [ChangeLine] = []

        if let trend = homeTrend(d) {
            let delta = trend.after - trend.before
            let text = "\(s.percent(trend.before, digits: 1)) → \(s.percent(trend.after, digits: 1)) (\(s.points(delta)))"
            lines.append(.homeTrend(trend: text, direction: delta <= -0.005 ? .less : delta >= 0.005 ? .more : .same))
        }

        // Actors: the best connected first, they matter most to the meeting.
        let added = d.addedActors.sorted { (-d.new.measures[$0].degree, $0) < (-d.new.measures[$1].degree, $1) }
        let lost = d.lostActors.sorted { (-d.old.measures[$0].degree, $0) < (-d.old.measures[$1].degree, $1) }
        lines.append(.actors(added: added.count, addedNames: s.names(added, limit: 3), lost: lost.count,
                             lostNames: o.names(lost, limit: 3)))

        let most = content.mostNewTies(limit: 3).map { "\(s.name($0.actor)) (\($0.ties))" }
        let lostActors = Set(d.lostActors)
        let withLeavers = d.lostTies.filter { i in
            let tie = d.old.network.ties[i]
            return lostActors.contains(tie.source) || lostActors.contains(tie.target)
        }.count
        lines.append(.ties(added: d.addedTies.count, lost: d.lostTies.count, most: most.isEmpty ? nil : s.list(most),
                           withLeavers: withLeavers))

        func described(_ list: [Gap], _ strings: Strings) -> String {
            list.prefix(items).map { strings.describe($0) }.joined(separator: " ")
        }
        if (d.gapsClosed.isEmpty && d.gapsOpened.isEmpty) || items == 0 {
            lines.append(.gapsCounted(closed: d.gapsClosed.count, opened: d.gapsOpened.count))
        }
        if items > 0, !d.gapsClosed.isEmpty {
            lines.append(.gapsClosed(count: d.gapsClosed.count, descriptions: described(d.gapsClosed, o),
                                     more: max(0, d.gapsClosed.count - items)))
        }
        if items > 0, !d.gapsOpened.isEmpty {
            lines.append(.gapsOpened(count: d.gapsOpened.count, descriptions: described(d.gapsOpened, s),
                                     more: max(0, d.gapsOpened.count - items)))
        }

        let suggested = d.introductionsMade.count + d.introductionsOpen.count
        if suggested > 0 {
            let pairs = d.introductionsMade.prefix(items).map { "\(o.name($0.source)) ↔ \(o.name($0.target))" }
            lines.append(.introductions(made: d.introductionsMade.count, suggested: suggested,
                                        pairs: pairs.isEmpty ? nil : o.list(pairs, limit: items),
                                        more: max(0, d.introductionsMade.count - items)))
        }
        return lines.map { phrases.changeLine($0, office: homeName) }
    }

    /// The QM office's share of paths then and now, when both snapshots name it.
    func homeTrend(_ d: NetworkDiff) -> (before: Double, after: Double)? {
        guard let before = d.old.homeDependency, let after = d.new.homeDependency else { return nil }
        return (before.pathShare, after.pathShare)
    }

    /// A question from the change: a gap that opened, else the office's share when it grew.
    public func changeQuestion(_ content: HandoutContent) -> String? {
        guard let d = content.change else { return nil }
        for gap in d.gapsOpened {
            switch gap.detail {
            case let .cutVertex(v, cut) where cut.count >= 2:
                return phrases.question(.newCutVertex(actor: s.name(v), count: cut.count), office: homeName)
            case let .funding(funder, dependents):
                return phrases.question(.newFunding(funder: s.name(funder), count: dependents.count), office: homeName)
            default: continue
            }
        }
        if let trend = homeTrend(d), trend.after - trend.before >= 0.005 {
            return phrases.question(.homeGrew(before: s.percent(trend.before), after: s.percent(trend.after)), office: homeName)
        }
        if let gap = d.gapsOpened.first { return phrases.question(.newGap(s.describe(gap)), office: homeName) }
        return nil
    }

    // MARK: questions

    /// Two to four questions from the findings, the most pressing first.
    public func questions(_ content: HandoutContent) -> [String] {
        var result: [String] = []
        func ask(_ question: HandoutQuestion) { result.append(phrases.question(question, office: homeName)) }
        if let home = content.home, home.pathShare >= 0.15 || !home.cutOff.isEmpty {
            let who = home.cutOff.isEmpty ? nil : s.names(Array(home.cutOff.prefix(3)), limit: 3)
            ask(.home(share: s.percent(home.pathShare), office: s.name(home.actor), who: who))
        }
        if let change = changeQuestion(content) { result.append(change) }
        if let intro = content.introductions.first { ask(.introduction(s.name(intro.source), s.name(intro.target))) }
        if let c = content.detachedGroups.first { ask(.detachedGroup(detachedGroup(c).name)) }
        for gap in content.gaps where result.count < 4 {
            if case let .sectors(a, b, _, _) = gap.detail {
                ask(.sectors(s.typeLabel(a, plural: true), s.typeLabel(b, plural: true)))
                break
            }
        }
        if result.count < 4, let b = content.brokers.first, b.isHardToReplace || b.cutOff > 0 { ask(.broker(s.name(b.actor))) }
        if result.count < 4 { ask(.missing) }
        return Array(result.prefix(4))
    }

    // MARK: invitations

    /// "Name (Typ)" of an invited actor.
    public func invitee(_ v: Int) -> String {
        "\(s.name(v)) (\(s.typeLabel(network.actors[v].type)))"
    }

    /// The reasons to invite, as one short sentence.
    public func reasons(_ invitation: Invitation) -> String {
        invitation.reasons.map(reason).joined(separator: "; ") + "."
    }

    func reason(_ r: Invitation.Reason) -> String {
        let text: InvitationReasonText
        switch r {
        case let .broker(b): text = .broker(share: s.percent(b.betweenness))
        case let .cutVertex(_, cut): text = .cutVertex(cutOff: cut)
        case let .introduction(intro, partner):
            let purpose: InvitationPurpose
            switch intro.purpose {
            case .joinsGroup: purpose = .joinsGroup
            case let .bypasses(v, n): purpose = .bypasses(s.name(v), protected: n)
            case let .linksSectors(a, b): purpose = .linksSectors(s.typeLabel(a, plural: true), s.typeLabel(b, plural: true))
            case .linksCommunities: purpose = .linksCommunities
            }
            text = .introduction(partner: s.name(partner), purpose: purpose)
        case let .detachedGroup(c): text = .detachedGroup(size: analysis.components[c].count)
        case .noTies: text = .noTies
        }
        return phrases.invitationReason(text)
    }

    public func noInvitations() -> String { phrases.noInvitations }

    // MARK: data protection

    public var dataProtection: String { phrases.dataProtection(namesShown: analysis.showsPrivateNames) }

    /// Cut short to fit three pages.
    public func shortened(_ section: String) -> String { phrases.shortened(section) }
}
