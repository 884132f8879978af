import GraphvizMap
import NetworkMap
import Wording

/// The network measure a marker's size shows in the stakeholder matrix.
public enum MatrixSizeBy: String, CaseIterable, Sendable {
    case betweenness, degree, none
}

/// Choices for building a ``MatrixSpec`` from an analysis.
public struct MatrixOptions: Sendable {
    public var language: Language
    public var sizeBy: MatrixSizeBy
    /// Draw the network's ties between the rated actors.
    public var ties: Bool
    /// Title; defaults to "Einfluss, Interesse und Netzwerkposition: NAME".
    public var title: String?

    public init(language: Language = .de, sizeBy: MatrixSizeBy = .betweenness, ties: Bool = false, title: String? = nil) {
        self.language = language; self.sizeBy = sizeBy; self.ties = ties; self.title = title
    }
}

extension MatrixSpec {
    /// The stakeholder matrix of an analysed network, as its preparation shows it.
    ///
    /// Private persons are pseudonymised unless the user asked for names. Every actor with both ratings placed by interest and
    /// influence, attitude as colour and shape, the chosen measure as size, the findings of
    /// ``NetworkMap/StakeholderFindings`` marked and named in the captions, the actors without ratings listed under
    /// the chart. Every word is in the options' language.
    ///
    /// Points come in the order their names are placed: actors with a finding first, then by betweenness, so a
    /// crowded chart keeps the names that matter. O(n log n).
    public init(_ analysis: Analysis, options: MatrixOptions) {
        let network = analysis.network
        let phrases = options.language.phrases
        let s = Strings(options.language, analysis: analysis)
        let findings = analysis.stakeholderFindings
        let rated = findings.rated
        let order = Self.order(rated, analysis: analysis)

        let values: [Double]?
        switch options.sizeBy {
        case .betweenness: values = analysis.measures.map(\.betweenness)
        case .degree: values = analysis.measures.map { Double($0.degree) }
        case .none: values = nil
        }
        let maximum = values.map { v in rated.map { v[$0.actor] }.filter(\.isFinite).max() ?? 0 } ?? 0
        func size(_ v: Int) -> Double? {
            guard let values, values[v].isFinite else { return nil }
            return maximum > 0 ? max(0, values[v]) / maximum : 0
        }
        let points = order.map { stakeholder -> Point in
            let v = stakeholder.actor
            let actor = network.actors[v]
            let influence = stakeholder.influence ?? 0, interest = stakeholder.interest ?? 0
            return Point(
                id: actor.id, label: actor.name, interest: interest, influence: influence, attitude: actor.attitude,
                size: size(v), flags: stakeholder.flags,
                tooltip: phrases.matrixTooltip(name: actor.name, type: s.typeLabel(actor.type),
                                               influence: s.decimal(influence, digits: influence == influence.rounded() ? 0 : 1),
                                               interest: s.decimal(interest, digits: interest == interest.rounded() ? 0 : 1),
                                               attitude: actor.attitude))
        }

        var ties: [Tie] = []
        if options.ties {
            let drawn = Set(rated.map(\.actor))
            var seen = Set<Int>()
            let n = max(network.actors.count, 1)
            for tie in network.ties where tie.kind != .conflict && drawn.contains(tie.source) && drawn.contains(tie.target)
                && tie.source != tie.target {
                guard seen.insert(min(tie.source, tie.target) * n + max(tie.source, tie.target)).inserted else { continue }
                ties.append(Tie(source: network.actors[tie.source].id, target: network.actors[tie.target].id,
                                strength: tie.strength))
            }
        }

        let nudged = Self.sharedRatings(rated)
        var legend: [LegendSection] = []
        let attitudes = Set(rated.map(\.attitude))
        let attitudeEntries = (Attitude.allCases.map { Optional($0) } + [nil]).filter { attitudes.contains($0) }.map {
            LegendEntry(symbol: .marker(attitude: $0, size: nil, flagged: false), label: phrases.matrixLegend(.attitude($0)))
        }
        legend.append(LegendSection(title: phrases.matrixLegendTitle(.attitude), entries: attitudeEntries))
        let sizeLabel = Self.sizeLabel(options.sizeBy, phrases: phrases)
        if let sizeLabel, !rated.isEmpty {
            legend.append(LegendSection(title: phrases.matrixLegendTitle(.size(sizeLabel)), entries: [
                LegendEntry(symbol: .marker(attitude: nil, size: 0.05, flagged: false), label: phrases.matrixLegend(.sizeLow)),
                LegendEntry(symbol: .marker(attitude: nil, size: 1, flagged: false), label: phrases.matrixLegend(.sizeHigh)),
            ]))
        }
        var marks: [LegendEntry] = []
        if rated.contains(where: { !$0.flags.isEmpty }) {
            marks.append(LegendEntry(symbol: .marker(attitude: nil, size: nil, flagged: true), label: phrases.matrixLegend(.flagged)))
        }
        marks.append(LegendEntry(symbol: .middle, label: phrases.matrixLegend(.middle(s.decimal(MatrixSpec.middle, digits: 0)))))
        marks.append(LegendEntry(symbol: .leader, label: phrases.matrixLegend(.leader)))
        if nudged > 0 { marks.append(LegendEntry(symbol: .none, label: phrases.matrixLegend(.nudged))) }
        if !ties.isEmpty { marks.append(LegendEntry(symbol: .tie, label: phrases.matrixLegend(.ties))) }
        legend.append(LegendSection(title: phrases.matrixLegendTitle(.marks), entries: marks))

        var notes: [MapSpec.Caption] = []
        let unrated = findings.unrated
        if rated.isEmpty {
            notes.append(MapSpec.Caption(heading: "", text: phrases.noRatings))
        } else if !unrated.isEmpty {
            notes.append(MapSpec.Caption(heading: "", text: phrases.unratedActors(
                count: unrated.count, names: unrated.map { network.actors[$0.actor].name }.joined(separator: ", "))))
        }
        if !analysis.excludedActors.isEmpty {
            notes.append(MapSpec.Caption(heading: "", text: phrases.excludedNote(phrases.list(analysis.excludedActors.map(\.name)))))
        }

        self.init(
            title: options.title ?? phrases.matrixTitle(network: network.name),
            subtitle: phrases.matrixSubtitle(date: network.date, rated: rated.count, actors: network.actors.count),
            xAxisTitle: phrases.matrixAxis(.interest), yAxisTitle: phrases.matrixAxis(.influence),
            quadrantNames: Dictionary(uniqueKeysWithValues: Quadrant.allCases.map { ($0, phrases.quadrant($0)) }),
            points: points, ties: ties, legend: legend,
            captions: MatrixCaptions.make(analysis, findings: findings, language: options.language, sizeBy: sizeLabel,
                                          ties: !ties.isEmpty, nudged: nudged),
            notes: notes, leftOutHeading: phrases.leftOutHeading, keyHeading: phrases.matrixKeyHeading)
    }

    /// What the size shows, in the legend's and the caption's words; `nil` without a measure.
    static func sizeLabel(_ sizeBy: MatrixSizeBy, phrases: any Phrases) -> String? {
        switch sizeBy {
        case .betweenness: return phrases.sizeMeaning(.betweenness)
        case .degree: return phrases.sizeMeaning(.degree)
        case .none: return nil
        }
    }

    /// The rated actors in the order their names are placed: with a finding first (by ``StakeholderFlag`` order,
    /// then as ``NetworkMap/StakeholderFindings/flagged(_:)`` orders them), then by betweenness.
    static func order(_ rated: [Stakeholder], analysis: Analysis) -> [Stakeholder] {
        var rank = [Int](repeating: Int.max, count: analysis.network.actors.count)
        for (k, v) in analysis.actorsByBetweenness.enumerated() { rank[v] = k }
        let findings = analysis.stakeholderFindings
        var first: [Int] = []
        var seen = Set<Int>()
        for flag in StakeholderFlag.allCases {
            for stakeholder in findings.flagged(flag) where stakeholder.isRated && seen.insert(stakeholder.actor).inserted {
                first.append(stakeholder.actor)
            }
        }
        let rest = rated.filter { !seen.contains($0.actor) }.sorted { rank[$0.actor] < rank[$1.actor] }
        let byActor = Dictionary(uniqueKeysWithValues: rated.map { ($0.actor, $0) })
        return first.compactMap { byActor[$0] } + rest
    }

    /// How many rated actors share both ratings with another (the markers the layout moves apart).
    static func sharedRatings(_ rated: [Stakeholder]) -> Int {
        var count: [String: Int] = [:]
        for s in rated { count["\(s.interest ?? 0)|\(s.influence ?? 0)", default: 0] += 1 }
        return rated.filter { (count["\($0.interest ?? 0)|\($0.influence ?? 0)"] ?? 0) > 1 }.count
    }
}
