import NetworkMap

extension English {
    // MARK: Title, header, footer

    public func handoutTitle(network: String) -> String { "Network \(network)" }

    public func handoutSubtitle(date: Day?, actors: Int, ties: Int) -> String {
        var parts: [String] = []
        if let date { parts.append("As of \(date)") }
        parts.append("\(actors) actors, \(ties) ties")
        parts.append("Handout for the network meeting")
        return parts.joined(separator: " · ")
    }

    public func pageHeader(page: Int, network: String, date: Day?) -> (left: String, right: String) {
        ("\(network) – " + (page == 1 ? "Network map" : "Findings and questions"), date.map { "Data as of \($0)" } ?? "Data: undated")
    }

    public func pageFooter(source: String?, date: Day?, page: Int, of pages: Int) -> (left: String, right: String) {
        (source.map { "Source: " + $0 } ?? "Source: not given",
         "network-map, " + (date?.description ?? "undated") + " · Page \(page) of \(pages)")
    }

    public func mapExcerpt(shown: Int, total: Int, privateLeftOut: Int, focus: String?, theme: String?) -> String {
        let rest = total - shown
        if let focus { return "The map shows \(focus) and its \(shown - 1) direct contacts." }
        if let theme, rest <= 0 { return "The map shows the \(shown) actors working on “\(theme)”." }
        guard rest > 0 else { return "" }
        var text = "To keep names readable, the map shows the core: the \(shown) actors most paths run through, the detached groups and the suggested introductions. \(rest) more actors"
        if privateLeftOut > 0 { text += " (\(privateLeftOut) of them private persons)" }
        return text + " are left out of the drawing but count in every figure; `network-map render` draws them all."
    }

    // MARK: Sections

    public func handoutHeading(_ heading: HandoutHeading, office: String?) -> String {
        switch heading {
        case .keyFigures: return "Key figures"
        case .brokers: return "Key brokers: who the network runs through"
        case .home: return "Without \(office ?? "the office that runs it"): does the network carry itself?"
        case .gaps: return "Gaps"
        case .introductions: return "Suggested introductions: who should meet whom?"
        case .groups: return "Detached groups"
        case .questions: return "Questions for discussion"
        case .invitations: return "Suggested invitation list for the next meeting"
        case .notes: return "Notes on the data"
        case .change: return "What changed since the last snapshot?"
        case .stakeholders: return "Influence, interest and network position"
        }
    }

    public var invitationsIntro: String {
        "Who should be at the table to close the main gaps (the office running the network invites)."
    }
    public var invitationColumns: [String] { ["", "Actor", "Why invite?"] }

    public func handoutFigure(_ figure: HandoutFigure, office: String?) -> String {
        switch figure {
        case .actors: return "actors"
        case .ties: return "ties"
        case .groups: return "groups (closely tied)"
        case .detachedGroups: return "detached groups"
        case .withoutTies: return "actors without ties"
        case .homeShare: return "of paths via \(office ?? "the office")"
        }
    }

    public func brokerLead(type: String, share: String) -> String { " (\(type), on \(share) of shortest paths): " }
    public var handoutNoBrokers: String { "No actor lies on paths between others: there are no brokers." }
    public func linkedOnlyThroughHome(office: String, names: String) -> String { "Linked only through \(office): \(names)." }
    public func knowNobodyElse(_ count: Int) -> String { "\(count) of them know nobody else in the network." }
    public var handoutNoHome: String { "network.yaml names no QM office (`home`), so this view is missing." }
    public var handoutNoIntroductions: String { "No suggestions: no gap that a single new tie would close." }

    public func detachedGroupLine(lead: String, members: Int, names: String) -> (name: String, text: String) {
        ("Group around \(lead)", " (\(members) actors, no tie to the main network): \(names).")
    }

    public func isolatesLine(count: Int, names: String) -> (name: String, text: String) {
        ("Without any recorded tie", " (\(count)): \(names).")
    }

    public var noDetachedGroups: String { "Every actor is linked to the main network; there are no detached groups." }

    public func looselyAttachedLine(community: String, members: Int, through: String) -> String {
        "\(community) (\(members) actors) hangs on \(through) alone."
    }

    // MARK: Change since the last snapshot

    public func changeIntro(oldDate: Day?, oldName: String) -> String {
        "Compared with " + (oldDate.map { "the snapshot of \($0)" } ?? "the earlier snapshot (\(oldName))")
            + "; `network-map diff` lists every change."
    }

    public func changeLine(_ line: ChangeLine, office: String?) -> (lead: String, text: String) {
        switch line {
        case let .homeTrend(trend, direction):
            let verdict: String
            switch direction {
            case .less: verdict = ": the network carries itself more."
            case .more: verdict = ": the network depends more on the office."
            case .same: verdict = ": hardly changed."
            }
            return ("Paths via \(office ?? "the office"):", trend + verdict)
        case let .actors(added, addedNames, lost, lostNames):
            var parts: [String] = []
            if added > 0 { parts.append("\(added) added (\(addedNames))") }
            if lost > 0 { parts.append("\(lost) lost (\(lostNames))") }
            return ("Actors:", parts.isEmpty ? "none added or lost." : list(parts) + ".")
        case let .ties(added, lost, most, withLeavers):
            guard added > 0 || lost > 0 else { return ("Ties:", "none added or lost.") }
            var text = "\(added) added, \(lost) lost"
            if let most { text += "; most of the new ones involve " + most }
            if withLeavers > 0 { text += "; \(withLeavers) of those lost were with actors no longer there" }
            return ("Ties:", text + ".")
        case let .gapsCounted(closed, opened):
            if closed == 0 && opened == 0 { return ("Gaps:", "none closed or opened.") }
            return ("Gaps:", "\(closed) closed, \(opened) opened.")
        case let .gapsClosed(count, descriptions, more):
            return ("Gaps closed (\(count)):", descriptions + (more > 0 ? " (and \(more) more)" : ""))
        case let .gapsOpened(count, descriptions, more):
            return ("Gaps opened (\(count)):", descriptions + (more > 0 ? " (and \(more) more)" : ""))
        case let .introductions(made, suggested, pairs, more):
            var text = "\(made) of \(suggested) have happened"
            if let pairs {
                text += ": " + pairs
                if more > 0 { text += " and \(more) more" }
            }
            return ("Introductions suggested last time:", text + ".")
        }
    }

    // MARK: Questions and invitations

    public func question(_ question: HandoutQuestion, office: String?) -> String {
        switch question {
        case let .home(share, office, who):
            return "\(share) of paths run through \(office). Who takes over its contacts when the funding ends\(who.map { " – for instance to \($0)" } ?? "")?"
        case let .newCutVertex(actor, count):
            return "New since the last snapshot: \(count) actors reach the network only through \(actor) – who makes them a second contact?"
        case let .newFunding(funder, count):
            return "New since the last snapshot: \(count) actors depend on \(funder) alone for funding. Where is a second source?"
        case let .homeGrew(before, after):
            return "Since the last snapshot more paths run through \(office ?? "the office") (\(before) → \(after)). Why?"
        case let .newGap(description):
            return "New since the last snapshot: " + description + " Who takes this on?"
        case let .introduction(a, b):
            return "Who introduces \(a) to \(b), and on what occasion?"
        case let .detachedGroup(name):
            return "How do we reach the \(name.prefix(1).lowercased() + name.dropFirst()), which has no tie to the rest of the network yet?"
        case let .sectors(a, b):
            return "\(a) and \(b) hardly talk. What shared occasion could change that?"
        case let .broker(name):
            return "Many paths run through \(name). Who could share the load or stand in?"
        case .missing:
            return "Is anyone missing from the map, or is a tie no longer true?"
        }
    }

    public func invitationReason(_ reason: InvitationReasonText) -> String {
        switch reason {
        case let .broker(share): return "key broker, on \(share) of paths"
        case let .cutVertex(cut): return "without it, \(cut) others lose their link"
        case let .introduction(partner, purpose):
            let why: String
            switch purpose {
            case .joinsGroup: why = " (joins a detached group)"
            case let .bypasses(name, count): why = " (a second way in for \(count) actors hanging on \(name))"
            case let .linksSectors(a, b): why = " (bridges \(a) and \(b))"
            case .linksCommunities: why = " (links two groups)"
            }
            return "to meet \(partner)" + why
        case let .detachedGroup(size): return "speaks for a detached group of \(size) actors"
        case .noTies: return "no recorded tie so far: check whether data is missing"
        }
    }

    public var noInvitations: String { "The analysis names nobody specially needed for a gap." }
    public var matrixInDetailedHandout: String {
        "The detailed handout (network-map handout --detailed) prints the matrix itself on a page of its own."
    }

    public func dataProtection(namesShown: Bool) -> String {
        namesShown
            ? "Data protection: this handout names private persons (--show-private). Pass it on only to those allowed to know them."
            : "Data protection: private persons appear under pseudonyms (Resident 1, 2, …) without themes, area or notes; only the office running the network knows who they are."
    }

    public func shortened(_ section: String) -> String { "Shortened; `network-map report` shows all of “\(section)”." }
}
