import NetworkMap

/// The words of the reports (Markdown, text, JSON descriptions, CSV, the HTML page), in one language.
///
/// Requirements take the facts a sentence needs, already chosen from the analysis by ``Strings``: names as
/// they are shown (pseudonyms for private persons), counts, and numbers formatted with the table's own
/// ``Grammar``. A table decides singular or plural and the order of the words.
public protocol ReportPhrases {
    // MARK: Names

    /// A community by its number (from 1) and its best-connected member: "Gruppe 3 (Kita Sonnenschein u. a.)".
    func community(number: Int, lead: String?) -> String
    /// A Gould-Fernandez role, explained ("Koordinator:in (vermittelt innerhalb der eigenen Gruppe)") or, `short`,
    /// in one word for tables.
    func role(_ role: BrokerageRole, short: Bool) -> String
    func severity(_ severity: Severity) -> String
    /// The severity as a bold lead of a gap: "**Dringend:**".
    func severityLabel(_ severity: Severity) -> String
    var yes: String { get }
    var no: String { get }

    // MARK: Findings

    /// `a` and `b` are plural type labels (`b` as inside a sentence); `expected` the ties even mixing would give.
    func sectorsGap(_ a: String, _ b: String, ties: Int, expected: String) -> String
    func communitiesGap(_ a: String, _ b: String) -> String
    /// Nobody works on the theme.
    func uncoveredTheme(_ theme: String) -> String
    /// The theme's `actors` fall into `groups` groups and `loners` single actors with no tie between them.
    func splitTheme(_ theme: String, actors: Int, groups: Int, loners: Int) -> String
    /// `cut` names the actors (`count` of them) linked to the rest only through `actor`.
    func cutVertexGap(actor: String, cut: String, count: Int) -> String
    /// A single tie between `u` and `v` holds `count` actors (`names`) to the rest.
    func bridgeGap(_ u: String, _ v: String, count: Int, names: String) -> String
    func fundingGap(funder: String, count: Int, names: String) -> String
    /// How much runs through the QM office (`share`, rank `rank`) and how many fall apart without it.
    func homeSentence(office: String, share: String, rank: Int, cutOff: Int, onlyTiedToHome: Int) -> String
    /// Why an introduction helps, with what the pair shares; `themes` unquoted.
    func introductionReason(_ purpose: IntroductionPurpose, sharedThemes: [String], sharedArea: String?) -> String
    /// What a broker connects: `types` a list of plural labels, `communities` how many groups, `cutOff` who
    /// would lose their link, else whether it is hard to replace.
    func brokerSentence(types: String, communities: Int, cutOff: Int, hardToReplace: Bool) -> String
    /// A caution; `date` is the network's date (for ties that ended before it).
    func caution(_ caution: Caution, date: Day?) -> String

    // MARK: Title and overview

    func reportTitle(_ network: String) -> String
    func dataDate(_ day: Day) -> String
    func dataSource(_ source: String) -> String
    var overviewHeading: String { get }
    /// The overview in plain words: size, contacts, density, and who stands apart.
    func overview(_ facts: OverviewFacts) -> [String]
    /// The label of a key figure in the overview's table.
    func keyFigure(_ figure: KeyFigure) -> String
    var keyFiguresHeader: [String] { get }
    var typeTableHeader: [String] { get }
    var kindTableHeader: [String] { get }

    // MARK: Brokers and the QM office

    var brokersHeading: String { get }
    var noBrokers: String { get }
    var brokersIntro: String { get }
    var brokersHeader: [String] { get }
    var homeHeading: String { get }
    var noHome: String { get }
    func homeCutOff(_ names: String) -> String
    /// The network without the office: more parts (`componentsWithout` instead of `componentsBefore`), the
    /// share of pairs that cannot reach each other rising from `before` to `after`; `unchanged` when it stays whole.
    func homeWithout(componentsBefore: Int, componentsWithout: Int, before: String, after: String, unchanged: Bool) -> String
    func homeOnlyTied(_ names: String) -> String
    /// What the numbers mean for the end of funding.
    func homeAdvice(cutOff: Bool, pathShare: Double) -> String

    // MARK: Gaps and introductions

    var gapsHeading: String { get }
    var noGaps: String { get }
    func moreGaps(_ count: Int) -> String
    var mixingHeading: String { get }
    var mixingIntro: String { get }
    var introductionsHeading: String { get }
    var noIntroductions: String { get }
    var introductionsIntro: String { get }
    /// "**A** und **B**: " before the reason.
    func introductionPair(_ a: String, _ b: String) -> String

    // MARK: Groups

    var groupsHeading: String { get }
    func mainNetworkSentence(main: Int, total: Int, parts: Int) -> String
    func detachedGroup(count: Int, names: String) -> String
    func isolatesItem(count: Int, names: String) -> String
    /// A community hanging on one actor (`through`) or on a single tie (`through` nil).
    func looselyAttached(community: String, members: Int, through: String?) -> String
    func peripheralItem(count: Int, names: String) -> String
    var communitiesHeading: String { get }
    func communitiesIntro(modularity: String) -> String
    var communitiesHeader: [String] { get }

    // MARK: Themes, cautions, method

    var themesHeading: String { get }
    var themesIntro: String { get }
    var themesHeader: [String] { get }
    /// Whether a theme's actors form one connected group: "ja", "nein: 3 Teile", "– (niemand aktiv)".
    func themeConnection(parts: Int, actors: Int) -> String
    var noThemes: String { get }
    var cautionsHeading: String { get }
    var noCautions: String { get }
    var recordedOnly: String { get }
    var methodHeading: String { get }
    var methodIntro: String { get }
    /// The measures in plain words; with `pseudonyms`, the data-protection note too.
    func methodItems(pseudonyms: Bool) -> [String]

    // MARK: CSV and the interactive page

    /// The CSV report's header row, in ``CSVColumns`` order.
    var csvHeader: [String] { get }
    func html(_ text: PageText) -> String
    /// Words the page's script shows, handed to it as data (key, text).
    var htmlScriptLabels: [(String, String)] { get }
    /// The measures the page shows for a clicked actor, in order.
    var htmlMeasureLabels: [String] { get }
}

/// The facts of the overview, counted once for every language.
public struct OverviewFacts: Sendable {
    public var actors: Int
    public var ties: Int
    /// Distinct linked pairs.
    public var pairs: Int
    public var averageDegree: Double
    public var density: Double
    public var components: Int
    public var mainComponent: Int
    /// Sizes of the components apart from the main one with two or more actors.
    public var detached: [Int]
    public var isolates: Int
    /// Communities with two or more actors.
    public var communities: Int
    /// The QM office's share of paths, if there is a QM office.
    public var homePathShare: Double?

    public init(actors: Int, ties: Int, pairs: Int, averageDegree: Double, density: Double, components: Int,
                mainComponent: Int, detached: [Int], isolates: Int, communities: Int, homePathShare: Double?) {
        self.actors = actors; self.ties = ties; self.pairs = pairs; self.averageDegree = averageDegree
        self.density = density; self.components = components; self.mainComponent = mainComponent
        self.detached = detached; self.isolates = isolates; self.communities = communities
        self.homePathShare = homePathShare
    }
}

/// The rows of the overview's table of key figures.
public enum KeyFigure: Sendable {
    case actors, ties, averageContacts, density, parts, mainNetwork, withoutTies, communities, homeShare
}

/// What an introduction is for, with the names it needs already shown.
public enum IntroductionPurpose: Sendable {
    /// Brings in the one actor of a detached part.
    case joinsActor(String)
    /// Joins a detached group of this many actors.
    case joinsGroup(size: Int)
    /// Links two actor types (plural labels as inside a sentence).
    case linksSectors(String, String)
    /// Links two communities (their names).
    case linksCommunities(String, String)
    /// Gives `protected` actors reachable only through the actor named a second way in.
    case bypasses(String, protected: Int)
}

/// The fixed words of the interactive HTML page.
public enum PageText: Sendable, CaseIterable {
    case searchLabel, searchPlaceholder, allTypes, allThemes, typeFilter, themeFilter, reset, zoomIn, zoomOut
    case mapHeading, matrixHeading, findingsHeading, hint, noMap, noScript
    case areaFilter, allAreas
    /// The map's content as a table, for those who cannot see or point at the map.
    case listHeading, listIntro, columnName, columnType, columnThemes, columnArea, columnContacts, columnBetweenness
}
