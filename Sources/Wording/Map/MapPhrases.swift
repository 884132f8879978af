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
