import NetworkMap

/// The words around a map: its two captions, as practitioners write them (what is shown, what can be read
/// from it), its subtitle, and what node size stands for.
public protocol MapPhrases {
    /// "Was ist dargestellt?"
    var shownHeading: String { get }
    /// "Was kann abgelesen werden?"
    var readHeading: String { get }
    /// What a measure drawn as node size is called in a caption or legend.
    func sizeMeaning(_ measure: SizeMeasure) -> String
    /// The line under a map's title: the data's date (if any) before `rest`.
    func datedSubtitle(date: Day?, rest: String) -> String
    func caption(_ sentence: CaptionSentence) -> String

    // MARK: Legend and tooltips

    func legendTitle(_ title: LegendTitle) -> String
    func attitude(_ attitude: Attitude) -> String
    /// What a mark on an actor or a tie means, with how it is drawn.
    func mark(_ mark: MarkMeaning) -> String
    /// An actor without a value for what the colour shows.
    var unknownValue: String { get }
    /// More categories than colours: "… 3 weitere (Farben wiederholt)".
    func moreCategories(_ count: Int) -> String
    /// After the funding label when funding ties are drawn with arrows: " (Pfeil: an wen)".
    var fundingArrow: String { get }
    var weakTie: String { get }
    var strongTie: String { get }
    /// What node size shows when the caller does not say.
    var someMeasure: String { get }
    var low: String { get }
    var high: String { get }
    /// "147 Akteure · 398 Beziehungen".
    func mapCounts(actors: Int, ties: Int) -> String
    /// "Name (Verein) · Themen: a, b · Gebiet: Nord".
    func actorTooltip(name: String, type: String, themes: [String], area: String?) -> String
    /// "A – B: Kooperation", "… (fällt weg)" for a lost tie; `kind` nil is a planned tie.
    func tieTooltip(_ a: String, _ b: String, kind: String?, lost: Bool) -> String
    /// "Vorschlag: bekannt machen: A – B".
    func introductionTooltip(_ a: String, _ b: String) -> String
}

/// The titles of a map legend's sections.
public enum LegendTitle: Sendable {
    case actorTypes, colourByAttitude, colourByCommunity, colourByArea, colourByTheme, colourByLocality, ties, marks
    /// Node size, and what it shows.
    case size(String)
}

/// The marks a map draws on actors and ties, by what they mean.
public enum MarkMeaning: Sendable {
    case broker, articulationPoint, isolated, highlighted, removed, cutOff, addedActor
    case bridge, introduction, lostTie, plannedTie, addedTie, introduced
    /// A merged network's tie that rests on one side's word.
    case unconfirmedTie
}

/// The measures a node's size can show.
public enum SizeMeasure: Sendable {
    case betweenness, degree, pagerank, influence
}

/// One sentence of a map's captions, with its facts (names already shown as outputs show them).
public enum CaptionSentence: Sendable {
    // MARK: The analysis map
    /// The actors and ties drawn, how colour, shape, line and size read; `focus` the centre of a partial map.
    case mapShown(actors: Int, network: String, date: Day?, focus: String?, sizeBy: String?)
    case topBroker(String)
    case homeCutOff(office: String, count: Int)
    /// Detached groups and actors without ties, drawn with a dashed outline.
    case apart(detached: Int, isolates: Int)

    // MARK: What if
    case whatIfNetwork(network: String, date: Day?, actors: Int)
    /// Who leaves (`names`) and how many ties go with them.
    case whatIfRemoved(names: String, lostTies: Int)
    case whatIfCutOffMark
    case whatIfPlanned(pairs: String)
    case whatIfEncoding
    case pseudonyms
    /// The fragmentation before and after, formatted.
    case fragmentation(before: String, after: String, rises: Bool)

    // MARK: Diff
    /// `newLabel`/`oldLabel` are the snapshots' dates (or names).
    case diffNetwork(network: String, newLabel: String, actors: Int, oldLabel: String)
    case diffAddedActors(Int)
    case diffAddedTies(Int)
    case diffIntroduced
    case diffLostDrawn(Int)
    case diffEncoding
    case pseudonymsInBoth
    case diffNew(names: String)
    case diffGone(names: String, ties: Int)
    case diffNothing
    case diffGaps(closed: Int, opened: Int)
    /// The actor whose betweenness changed most, with the change in points.
    case diffTopMover(name: String, gained: Bool, points: String)
    /// The diff map's subtitle after the date: actors and ties, added and lost.
    case diffCounts(actors: Int, addedActors: Int, lostActors: Int, ties: Int, addedTies: Int, lostTies: Int)
}
