import NetworkMap

/// The words only the meeting handout says (its sentences on findings are ``ReportPhrases``'), in one language.
///
/// `office` is the name of the QM office (`home` in network.yaml) where a sentence may name it.
public protocol HandoutPhrases {
    // MARK: Title, header, footer

    func handoutTitle(network: String) -> String
    /// "Stand 2025-10-01 · 147 Akteure, 398 Beziehungen · Handout für die Netzwerksitzung".
    func handoutSubtitle(date: Day?, actors: Int, ties: Int) -> String
    /// The header line of a page: what the page shows (the map on page 1) and the data's date.
    func pageHeader(page: Int, network: String, date: Day?) -> (left: String, right: String)
    /// The footer line of a page: the source, and who made it when with the page number.
    func pageFooter(source: String?, date: Day?, page: Int, of pages: Int) -> (left: String, right: String)
    /// The sentence under the map when it shows only part of the network (empty when it shows all).
    func mapExcerpt(shown: Int, total: Int, privateLeftOut: Int, focus: String?, theme: String?) -> String

    // MARK: Sections

    func handoutHeading(_ heading: HandoutHeading, office: String?) -> String
    var invitationsIntro: String { get }
    var invitationColumns: [String] { get }
    func handoutFigure(_ figure: HandoutFigure, office: String?) -> String
    /// What follows a broker's name: " (Verein, liegt auf 18 % der kürzesten Wege): ".
    func brokerLead(type: String, share: String) -> String
    var handoutNoBrokers: String { get }
    /// Those linked only through the office (`names`).
    func linkedOnlyThroughHome(office: String, names: String) -> String
    /// How many of them know nobody else.
    func knowNobodyElse(_ count: Int) -> String
    var handoutNoHome: String { get }
    var handoutNoIntroductions: String { get }
    /// A detached group by its lead: its name ("Gruppe um …") and the text after it.
    func detachedGroupLine(lead: String, members: Int, names: String) -> (name: String, text: String)
    func isolatesLine(count: Int, names: String) -> (name: String, text: String)
    var noDetachedGroups: String { get }
    func looselyAttachedLine(community: String, members: Int, through: String) -> String

    // MARK: Change since the last snapshot

    /// "Verglichen mit dem Stand vom 2025-10-01; `network-map diff` zeigt alle Änderungen."
    func changeIntro(oldDate: Day?, oldName: String) -> String
    func changeLine(_ line: ChangeLine, office: String?) -> (lead: String, text: String)

    // MARK: Questions and invitations

    func question(_ question: HandoutQuestion, office: String?) -> String
    func invitationReason(_ reason: InvitationReasonText) -> String
    var noInvitations: String { get }
    /// On a full back of the sheet, where the matrix itself is printed instead.
    var matrixInDetailedHandout: String { get }
    /// The data-protection note: names shown (`--show-private`) or pseudonyms.
    func dataProtection(namesShown: Bool) -> String
    /// Cut short to fit three pages: where the rest is.
    func shortened(_ section: String) -> String
}

public enum HandoutHeading: Sendable {
    case keyFigures, brokers, home, gaps, introductions, groups, questions, invitations, notes, change
    /// Influence, interest and network position: the stakeholder matrix.
    case stakeholders
}

/// The key figures on the handout.
public enum HandoutFigure: Sendable {
    case actors, ties, groups, detachedGroups, withoutTies, homeShare
}

/// One bullet of the change since the last snapshot, with its facts already worded where they are names.
public enum ChangeLine: Sendable {
    /// The office's share of paths then and now (`trend` formatted "12 % → 10 % (−2,0 Pp.)") and which way it went.
    case homeTrend(trend: String, direction: TrendDirection)
    /// Actors added and lost (each with a few names), or neither.
    case actors(added: Int, addedNames: String, lost: Int, lostNames: String)
    /// Ties added and lost; `most` names the actors with most new ties ("A (3), B (2)"); `withLeavers` counts the
    /// lost ties of actors no longer there.
    case ties(added: Int, lost: Int, most: String?, withLeavers: Int)
    /// Gaps closed and opened, counted only.
    case gapsCounted(closed: Int, opened: Int)
    /// Gaps closed (`descriptions`, `more` beyond them).
    case gapsClosed(count: Int, descriptions: String, more: Int)
    case gapsOpened(count: Int, descriptions: String, more: Int)
    /// Introductions suggested last time that happened (`pairs`, `more` beyond them).
    case introductions(made: Int, suggested: Int, pairs: String?, more: Int)
}

public enum TrendDirection: Sendable {
    case less, more, same
}

/// A question for the meeting.
public enum HandoutQuestion: Sendable {
    /// The office carries `share` of the paths; `who` names a few who hang on it alone.
    case home(share: String, office: String, who: String?)
    /// A gap that opened since the last snapshot: `count` actors reach the network only through `actor`.
    case newCutVertex(actor: String, count: Int)
    case newFunding(funder: String, count: Int)
    /// More paths run through the office than last time.
    case homeGrew(before: String, after: String)
    /// Another gap that opened (its description).
    case newGap(String)
    case introduction(String, String)
    /// A detached group ("Gruppe um …", as the handout names it).
    case detachedGroup(String)
    /// Two actor types (plural labels) that hardly talk.
    case sectors(String, String)
    case broker(String)
    case missing
}

/// Why someone is on the invitation list, with the names and numbers it needs.
public enum InvitationReasonText: Sendable {
    case broker(share: String)
    case cutVertex(cutOff: Int)
    case introduction(partner: String, purpose: InvitationPurpose)
    case detachedGroup(size: Int)
    case noTies
}

/// What the introduction an invitee is part of is for.
public enum InvitationPurpose: Sendable {
    case joinsGroup
    case bypasses(String, protected: Int)
    /// Two actor types (plural labels).
    case linksSectors(String, String)
    case linksCommunities
}
