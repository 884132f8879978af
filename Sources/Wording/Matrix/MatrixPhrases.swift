import NetworkMap

/// The words of the stakeholder matrix and of the reports' section on influence and network position: the four
/// fields as practitioners name them, the axes, the legend, the captions, and the findings where ratings and
/// network position disagree (``NetworkMap/StakeholderFlag``).
public protocol MatrixPhrases {
    /// The field's name as practitioners say it: "Eng einbinden" / "Manage closely".
    func quadrant(_ quadrant: Quadrant) -> String
    /// "Interesse (0-10)" / "Interest (0-10)", "Einfluss (0-10)" / "Influence (0-10)".
    func matrixAxis(_ axis: MatrixAxis) -> String
    /// The matrix's title: "Einfluss, Interesse und Netzwerkposition: Mühlenviertel".
    func matrixTitle(network: String) -> String
    /// The line under it: the data's date and how many actors are placed.
    func matrixSubtitle(date: Day?, rated: Int, actors: Int) -> String
    func matrixLegendTitle(_ title: MatrixLegendTitle) -> String
    /// A legend line: what a marker, an outline or a line means.
    func matrixLegend(_ entry: MatrixLegendEntry) -> String
    /// A finding's short name: "Verdeckte Vermittler" / "Hidden brokers".
    func flagName(_ flag: StakeholderFlag) -> String
    /// A finding's rule in words, from the network's thresholds ("unter den 8 wichtigsten Vermittlern, Einfluss unter 5").
    func flagRule(_ flag: StakeholderFlag, topBrokers: Int, fewTies: Int) -> String
    /// What to do about actors with this finding, in one sentence.
    func flagAdvice(_ flag: StakeholderFlag) -> String
    /// One actor with a finding and the numbers behind it: "Gemeinschaftsgarten (Vermittlung Platz 4, Einfluss 3)".
    func flagEntry(_ flag: StakeholderFlag, _ facts: StakeholderFacts) -> String
    func matrixCaption(_ sentence: MatrixCaption) -> String
    /// "Name (Verein) · Einfluss 3 · Interesse 9 · unterstützend".
    func matrixTooltip(name: String, type: String, influence: String, interest: String, attitude: Attitude?) -> String
    /// The heading of the names that found no room on the chart.
    var leftOutHeading: String { get }
    /// The heading of the key to numbers standing for names: "Im Bild nummeriert".
    var matrixKeyHeading: String { get }

    // MARK: The reports' section

    var stakeholderHeading: String { get }
    /// How many actors are rated, how high counts, and what the section shows.
    func stakeholderIntro(rated: Int, actors: Int) -> String
    var stakeholderTableHeader: [String] { get }
    /// "hoch" / "high", "niedrig" / "low", for the table's rating columns.
    func ratingLevel(high: Bool) -> String
    /// A finding with its rule and the actors that have it (`entries` nil: none).
    func stakeholderFinding(_ flag: StakeholderFlag, rule: String, entries: String?) -> String
    /// The actors without ratings, which the matrix cannot place (`names` listed, `count` of them).
    func unratedActors(count: Int, names: String) -> String
    var noRatings: String { get }

    // MARK: Leaving actors out, and inside or outside the quarter

    /// A map, matrix or report made without some actors (`--exclude`): "Ohne A und B dargestellt und berechnet."
    func excludedNote(_ names: String) -> String
    /// The QM office's section when the office was left out.
    func homeExcluded(_ office: String) -> String
    func locality(_ locality: Locality) -> String
}

/// The matrix's two axes.
public enum MatrixAxis: Sendable {
    case interest, influence
}

/// The titles of the matrix legend's sections.
public enum MatrixLegendTitle: Sendable {
    case attitude
    /// Marker size, and the measure it shows.
    case size(String)
    case marks
}

/// What a line of the matrix legend explains.
public enum MatrixLegendEntry: Sendable {
    case attitude(Attitude?)
    /// Double outline and bold name: an actor with a finding.
    case flagged
    /// A thin line from a marker to its name set further away.
    case leader
    /// Markers of equal ratings arranged around their common position.
    case nudged
    /// Grey lines between markers: the ties of the network.
    case ties
    /// Small and large markers of the size measure.
    case sizeLow, sizeHigh
    /// Quadrant lines at the middle of the scale.
    case middle(String)
}

/// The facts a finding's entry may name, already formatted where they are numbers.
public struct StakeholderFacts: Sendable {
    public var name: String
    /// Rank among the top brokers (1 = most central).
    public var brokerRank: Int?
    public var influence: String?
    public var interest: String?
    public var degree: Int
    public var isInMainNetwork: Bool

    public init(name: String, brokerRank: Int?, influence: String?, interest: String?, degree: Int,
                isInMainNetwork: Bool) {
        self.name = name; self.brokerRank = brokerRank; self.influence = influence; self.interest = interest
        self.degree = degree; self.isInMainNetwork = isInMainNetwork
    }
}

/// One sentence of the matrix's captions, with its facts.
public enum MatrixCaption: Sendable {
    /// What is drawn: `rated` actors of the network by their ratings, what colour, shape and size show; `ties`
    /// when the network's ties are drawn; `nudged` markers moved apart because their ratings are equal.
    case shown(rated: Int, network: String, date: Day?, sizeBy: String?, ties: Bool, nudged: Int)
    /// Which field holds most actors, and how many.
    case largestField(Quadrant, count: Int)
    /// Actors with a finding, named.
    case flagged(StakeholderFlag, names: String)
    /// No finding at all: ratings and network position agree.
    case noFindings
    /// Some names are only in the list below the chart, for want of room (handout).
    case namesLeftOut(Int)
    case pseudonyms
}
