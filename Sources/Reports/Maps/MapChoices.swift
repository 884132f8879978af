import GraphvizMap
import NetworkMap
import Wording

/// What a person chooses about a map: colour, size and what to mark.
///
/// `render`'s options and the app's map controls are both these choices, so that one choice draws one map
/// wherever it is made.
public struct MapChoices: Sendable, Hashable {
    /// What decides a node's size.
    public enum Size: String, CaseIterable, Sendable {
        case betweenness, degree, pagerank, influence, none
    }

    /// What can be marked on the map.
    public enum Mark: String, CaseIterable, Sendable {
        /// The top brokers get a double outline.
        case brokers
        /// Cut points and bridges.
        case bridges
        /// Groups apart from the main network, dashed.
        case isolated
        /// Suggested introductions as dashed ties.
        case introductions
        /// A merged network's one-sided and unverifiable ties, dashed.
        case unconfirmed
    }

    public var colorBy: MapColorBy
    public var sizeBy: Size
    public var marks: Set<Mark>
    /// How many top brokers to outline.
    public var brokers: Int
    public var clusterBy: MapClusterBy?

    public init(colorBy: MapColorBy = .type, sizeBy: Size = .betweenness, marks: Set<Mark> = [.brokers, .isolated],
                brokers: Int = 5, clusterBy: MapClusterBy? = nil) {
        self.colorBy = colorBy; self.sizeBy = sizeBy; self.marks = marks; self.brokers = brokers
        self.clusterBy = clusterBy
    }

    /// The map options for `analysis`: sizes, marks and captions as chosen, of the actors in `selection` (all when
    /// `nil`), with `highlighted` actors marked and `focusName` named in the captions.
    ///
    /// O(|V| + |E|) beside the analysis's own findings (brokers and introductions are computed once per analysis).
    public func options(_ analysis: Analysis, language: Language, selection: Set<Int>? = nil,
                        highlighted: Set<Int> = [], focusName: String? = nil) -> MapOptions {
        let network = analysis.network
        let m = analysis.measures
        let phrases = language.phrases
        let sizeValues: [Double]?
        let sizeLabel: String?
        switch sizeBy {
        case .betweenness: sizeValues = m.map(\.betweenness); sizeLabel = phrases.sizeMeaning(.betweenness)
        case .degree: sizeValues = m.map { Double($0.degree) }; sizeLabel = phrases.sizeMeaning(.degree)
        case .pagerank: sizeValues = m.map(\.pagerank); sizeLabel = phrases.sizeMeaning(.pagerank)
        case .influence: sizeValues = network.actors.map { $0.influence ?? 0 }; sizeLabel = phrases.sizeMeaning(.influence)
        case .none: sizeValues = nil; sizeLabel = nil
        }
        let isolatedGroups = marks.contains(.isolated)
            ? analysis.isolatedGroups.detachedComponents.map { analysis.components[$0] } + analysis.isolates.map { [$0] } : []
        return MapOptions(
            language: language, selection: selection, colorBy: colorBy,
            sizeValues: sizeValues, sizeLabel: sizeLabel, communities: analysis.communities.membership,
            highlightBrokers: marks.contains(.brokers) ? Set(analysis.brokers(top: brokers).map(\.actor)) : [],
            articulationPoints: marks.contains(.bridges) ? Set(analysis.articulationPoints) : [],
            bridges: marks.contains(.bridges) ? analysis.bridges.map { ($0.u, $0.v) } : [],
            isolatedGroups: isolatedGroups,
            introductions: marks.contains(.introductions) ? analysis.introductions().map { ($0.source, $0.target) } : [],
            highlighted: highlighted, clusterBy: clusterBy,
            captions: MapCaptions.make(analysis, language: language, sizeBy: sizeLabel, focusName: focusName,
                                       shownActors: selection?.count),
            tieMarks: marks.contains(.unconfirmed) ? Self.unconfirmed(network) : [])
    }

    /// The ties of a merged network that rest on one side's word (`merge` wrote their confirmation).
    static func unconfirmed(_ network: Network) -> [MapOptions.TieMarking] {
        network.ties.filter { $0.confirmation == .oneSided || $0.confirmation == .unverifiable }.map {
            MapOptions.TieMarking(source: $0.source, target: $0.target, kind: $0.kind.rawValue, marks: [.unconfirmed])
        }
    }
}
