import GraphvizMap
import NetworkMap
import Wording

/// What decides the fill colour of the actors.
public enum MapColorBy: String, CaseIterable, Sendable {
    /// Actor type (the default; shape shows the type too).
    case type
    /// Community from the analysis (``MapOptions/communities``).
    case community
    /// The actor's sub-area (`area`/`Gebiet`).
    case area
    /// The actor's first theme.
    case theme
    /// Supportive / neutral / opposed.
    case attitude
    /// Inside the quarter or outside it (``NetworkMap/Network/locality(of:)``).
    case local
}

/// What groups actors into drawn clusters (only layouts that support clusters draw them: fdp, dot).
public enum MapClusterBy: String, CaseIterable, Sendable {
    case community, area, type, theme
}

/// Choices and precomputed analysis values for building a ``MapSpec`` from a network.
///
/// Every index refers to an actor of the analysed network handed to ``MapSpec/init(_:options:)``
/// (not of a filtered view), so analysis results on the whole network can be passed unchanged.
public struct MapOptions: Sendable {
    public var language: Language
    /// The actors to draw (``NetworkMap/Network/neighbourhood(of:depth:)``, ``NetworkMap/Network/actorIndices(withTheme:)``, …); `nil` draws all.
    public var selection: Set<Int>?
    public var colorBy: MapColorBy
    /// One value per actor (any scale, larger = bigger node); `nil` draws all nodes alike.
    public var sizeValues: [Double]?
    /// What the size shows, for the legend ("Betweenness", "Vermittlungsrolle").
    public var sizeLabel: String?
    /// Community number per actor, for colour or clusters by community.
    public var communities: [Int]?
    public var highlightBrokers: Set<Int>
    public var articulationPoints: Set<Int>
    /// Ties whose removal disconnects the network, as actor index pairs (either order).
    public var bridges: [(Int, Int)]
    /// Groups apart from the main network (components, isolates).
    public var isolatedGroups: [[Int]]
    /// Suggested introductions, drawn as dashed ties of their own colour.
    public var introductions: [(Int, Int)]
    /// Actors the user asked to highlight (`--highlight`, the centre of `--focus`).
    public var highlighted: Set<Int>
    public var clusterBy: MapClusterBy?
    /// Title; defaults to the network's name.
    public var title: String?
    /// "Was ist dargestellt?" / "Was kann abgelesen werden?" texts, as the caller wrote them.
    public var captions: [MapSpec.Caption]
    public var style: MapStyle
    /// Further marks per actor, such as the `.removed`, `.cutOff` and `.added` of a scenario.
    ///
    /// Ties of an actor marked `.removed` are marked `.lost`.
    public var actorMarks: [Int: Set<MapSpec.NodeMark>]
    /// Further marks on the network's ties (such as `.added` since an older snapshot).
    public var tieMarks: [TieMarking]
    /// Lines drawn besides the network's ties: planned ties, ties lost since an older snapshot.
    public var extraTies: [ExtraTie]
    /// Second title line; defaults to the date and the counts.
    public var subtitle: String?

    /// Marks for the ties between two actors (either direction), of one kind or of every kind.
    public struct TieMarking: Sendable, Hashable {
        public var source: Int
        public var target: Int
        /// The tie kind's identifier; `nil` marks every tie between the two.
        public var kind: String?
        public var marks: Set<MapSpec.EdgeMark>
        public init(source: Int, target: Int, kind: String? = nil, marks: Set<MapSpec.EdgeMark>) {
            self.source = source; self.target = target; self.kind = kind; self.marks = marks
        }
    }

    /// A line that is no tie of the network: a planned tie (mark `.planned`) or a lost one (mark `.lost`).
    public struct ExtraTie: Sendable, Hashable {
        public var source: Int
        public var target: Int
        /// A tie kind's identifier, or ``MapSpec/Edge/plannedKind``.
        public var kind: String
        public var strength: Double
        public var isDirected: Bool
        public var marks: Set<MapSpec.EdgeMark>
        public init(source: Int, target: Int, kind: String, strength: Double = 1, isDirected: Bool = false,
                    marks: Set<MapSpec.EdgeMark>) {
            self.source = source; self.target = target; self.kind = kind; self.strength = strength
            self.isDirected = isDirected; self.marks = marks
        }
    }

    public init(
        language: Language = .de, selection: Set<Int>? = nil,
        colorBy: MapColorBy = .type, sizeValues: [Double]? = nil, sizeLabel: String? = nil,
        communities: [Int]? = nil, highlightBrokers: Set<Int> = [], articulationPoints: Set<Int> = [],
        bridges: [(Int, Int)] = [], isolatedGroups: [[Int]] = [], introductions: [(Int, Int)] = [],
        highlighted: Set<Int> = [], clusterBy: MapClusterBy? = nil, title: String? = nil,
        captions: [MapSpec.Caption] = [], style: MapStyle = MapStyle(),
        actorMarks: [Int: Set<MapSpec.NodeMark>] = [:], tieMarks: [TieMarking] = [], extraTies: [ExtraTie] = [],
        subtitle: String? = nil
    ) {
        self.actorMarks = actorMarks; self.tieMarks = tieMarks; self.extraTies = extraTies; self.subtitle = subtitle
        self.language = language; self.selection = selection
        self.colorBy = colorBy; self.sizeValues = sizeValues; self.sizeLabel = sizeLabel
        self.communities = communities; self.highlightBrokers = highlightBrokers
        self.articulationPoints = articulationPoints; self.bridges = bridges; self.isolatedGroups = isolatedGroups
        self.introductions = introductions; self.highlighted = highlighted; self.clusterBy = clusterBy
        self.title = title; self.captions = captions; self.style = style
    }
}

extension MapSpec {
    /// Builds the map of an analysed network, as its preparation shows it (private persons pseudonymised unless
    /// the user asked for names): colours and shapes from the style, analysis values turned into sizes and
    /// marks, a legend listing only what the map shows, every word in the options' language.
    ///
    /// O(|V| + |E|) plus sorting the categories.
    public init(_ analysis: Analysis, options: MapOptions) {
        let network = analysis.network
        let language = options.language
        let phrases = language.phrases
        let style = options.style
        let shown = network
        let count = shown.actors.count
        let selected: (Int) -> Bool = { i in options.selection.map { $0.contains(i) } ?? true }
        let custom = network.customActorTypes

        // Size: values scaled by the largest among the shown actors.
        var sizes = [Double?](repeating: nil, count: count)
        if let values = options.sizeValues, values.count == count {
            let maximum = values.indices.filter(selected).map { values[$0] }.filter(\.isFinite).max() ?? 0
            for i in 0..<count where values[i].isFinite {
                sizes[i] = maximum > 0 ? max(0, values[i]) / maximum : 0
            }
        }

        // Colour categories other than type, in sorted order so colours do not depend on input order.
        let unknown = phrases.unknownValue
        func category(_ i: Int) -> String? {
            let actor = shown.actors[i]
            switch options.colorBy {
            case .type: return nil
            case .community:
                guard let communities = options.communities, communities.count == count else { return nil }
                return String(communities[i])
            case .area: return actor.area
            case .theme: return actor.themes.first
            case .attitude: return actor.attitude?.rawValue
            case .local: return network.locality(of: actor)?.rawValue
            }
        }
        var categoryColor: [String: String] = [:]
        var categories: [String] = []
        if options.colorBy != .type && options.colorBy != .attitude && options.colorBy != .local {
            let present = Set((0..<count).filter(selected).compactMap(category))
            categories = present.sorted { a, b in
                if let x = Int(a), let y = Int(b) { return x < y }
                return a.localizedStandardCompare(b) == .orderedAscending
            }
            for (k, value) in categories.enumerated() { categoryColor[value] = style.categoricalColor(k) }
        }
        func fill(_ i: Int) -> String {
            switch options.colorBy {
            case .type: return style.color(of: shown.actors[i].type, custom: custom)
            case .attitude: return shown.actors[i].attitude.flatMap { style.attitudeColors[$0] } ?? style.fallbackColor
            case .local: return network.locality(of: shown.actors[i]).flatMap { style.localityColors[$0] } ?? style.fallbackColor
            default: return category(i).flatMap { categoryColor[$0] } ?? style.fallbackColor
            }
        }

        // Numbered from 1 as "Gruppe 3" / "Group 3", the way the reports name communities.
        func communityName(_ c: Int) -> String { phrases.community(number: c + 1, lead: nil) }
        func clusterKey(_ i: Int) -> String? {
            guard let by = options.clusterBy else { return nil }
            let actor = shown.actors[i]
            switch by {
            case .community:
                guard let communities = options.communities, communities.count == count else { return nil }
                return communityName(communities[i])
            case .area: return actor.area
            case .type: return phrases.label(actor.type, plural: true, custom: custom)
            case .theme: return actor.themes.first
            }
        }

        let isolated = Set(options.isolatedGroups.flatMap { $0 })
        var nodes: [Node] = []
        var nodeIDs = [String](repeating: "", count: count)
        var usedIDs = Set<String>()
        for i in 0..<count {
            // Ids must be unique for Graphviz; a duplicate (bad data the loader let through) gets a suffix.
            var id = shown.actors[i].id
            if usedIDs.contains(id) { id += "-\(i)" }
            usedIDs.insert(id)
            nodeIDs[i] = id
        }
        for i in 0..<count where selected(i) {
            let actor = shown.actors[i]
            let look = style.shape(of: actor.type, custom: custom)
            var marks = Set<NodeMark>()
            if options.highlightBrokers.contains(i) { marks.insert(.broker) }
            if options.articulationPoints.contains(i) { marks.insert(.articulationPoint) }
            if isolated.contains(i) { marks.insert(.isolated) }
            if options.highlighted.contains(i) { marks.insert(.highlighted) }
            marks.formUnion(options.actorMarks[i] ?? [])
            let tooltip = phrases.actorTooltip(name: actor.name, type: phrases.label(actor.type, plural: false, custom: custom),
                                               themes: actor.themes, area: actor.area)
            // A cross before the name of an actor who leaves: readable in black and white and by itself.
            nodes.append(Node(
                id: nodeIDs[i], label: marks.contains(.removed) ? "✕\u{00A0}" + actor.name : actor.name, type: actor.type.rawValue, shape: look.shape,
                shapeStyle: look.style, fillColor: fill(i), size: sizes[i], marks: marks,
                cluster: clusterKey(i), tooltip: tooltip))
        }

        func pairKey(_ a: Int, _ b: Int) -> Int { min(a, b) * max(count, 1) + max(a, b) }
        let bridgePairs = Set(options.bridges.filter { $0.0 >= 0 && $0.1 >= 0 && $0.0 < count && $0.1 < count }
            .map { pairKey($0.0, $0.1) })
        var tieMarks: [Int: [(kind: String?, marks: Set<EdgeMark>)]] = [:]
        for marking in options.tieMarks
        where marking.source >= 0 && marking.target >= 0 && marking.source < count && marking.target < count {
            tieMarks[pairKey(marking.source, marking.target), default: []].append((marking.kind, marking.marks))
        }
        let removed = Set(options.actorMarks.filter { $0.value.contains(.removed) }.keys)
        var edges: [Edge] = []
        for tie in shown.ties where selected(tie.source) && selected(tie.target)
            && tie.source >= 0 && tie.target >= 0 && tie.source < count && tie.target < count {
            var marks = Set<EdgeMark>()
            if bridgePairs.contains(pairKey(tie.source, tie.target)) { marks.insert(.bridge) }
            for marking in tieMarks[pairKey(tie.source, tie.target)] ?? []
            where marking.kind == nil || marking.kind == tie.kind.rawValue {
                marks.formUnion(marking.marks)
            }
            if removed.contains(tie.source) || removed.contains(tie.target) { marks.insert(.lost) }
            let tooltip = phrases.tieTooltip(shown.actors[tie.source].name, shown.actors[tie.target].name,
                                             kind: phrases.label(tie.kind, custom: network.customTieKinds),
                                             lost: marks.contains(.lost))
            edges.append(Edge(
                source: nodeIDs[tie.source], target: nodeIDs[tie.target], kind: tie.kind.rawValue,
                strength: tie.strength, isDirected: tie.isDirected, marks: marks, tooltip: tooltip))
        }
        for (a, b) in options.introductions
        where a >= 0 && b >= 0 && a < count && b < count && a != b && selected(a) && selected(b) {
            edges.append(Edge(
                source: nodeIDs[a], target: nodeIDs[b], kind: Edge.introductionKind, strength: 1.5,
                isDirected: false, marks: [.introduction],
                tooltip: phrases.introductionTooltip(shown.actors[a].name, shown.actors[b].name)))
        }

        let networkTieCount = edges.count
        for extra in options.extraTies
        where extra.source >= 0 && extra.target >= 0 && extra.source < count && extra.target < count
            && extra.source != extra.target && selected(extra.source) && selected(extra.target) {
            let kind = extra.kind == Edge.plannedKind ? nil
                : phrases.label(TieKind(rawValue: extra.kind), custom: network.customTieKinds)
            edges.append(Edge(
                source: nodeIDs[extra.source], target: nodeIDs[extra.target], kind: extra.kind,
                strength: extra.strength, isDirected: extra.isDirected, marks: extra.marks,
                tooltip: phrases.tieTooltip(shown.actors[extra.source].name, shown.actors[extra.target].name, kind: kind,
                                            lost: extra.marks.contains(.lost))))
        }

        // Legend: only what the map shows.
        var legend: [LegendSection] = []
        let shownTypes = Set((0..<count).filter(selected).map { shown.actors[$0].type }).sorted()
        let typeEntries = shownTypes.map { type -> LegendEntry in
            let look = style.shape(of: type, custom: custom)
            let fill = options.colorBy == .type ? style.color(of: type, custom: custom) : "#FFFFFF"
            return LegendEntry(symbol: .node(shape: look.shape, shapeStyle: look.style, fillColor: fill, size: 0,
                                             marks: []),
                               label: phrases.label(type, plural: true, custom: custom))
        }
        legend.append(LegendSection(.actorTypes, title: phrases.legendTitle(.actorTypes), entries: typeEntries))
        if options.colorBy != .type {
            let title: String
            var entries: [LegendEntry] = []
            switch options.colorBy {
            case .attitude:
                title = phrases.legendTitle(.colourByAttitude)
                let present = Set((0..<count).filter(selected).map { shown.actors[$0].attitude })
                for attitude in Attitude.allCases where present.contains(attitude) {
                    entries.append(LegendEntry(
                        symbol: .node(shape: "box", shapeStyle: ["rounded"],
                                      fillColor: style.attitudeColors[attitude] ?? style.fallbackColor, size: 0, marks: []),
                        label: phrases.attitude(attitude)))
                }
                if present.contains(nil) {
                    entries.append(LegendEntry(symbol: .node(shape: "box", shapeStyle: ["rounded"],
                                                             fillColor: style.fallbackColor, size: 0, marks: []),
                                               label: unknown))
                }
            case .local:
                title = phrases.legendTitle(.colourByLocality)
                let present = Set((0..<count).filter(selected).map { network.locality(of: shown.actors[$0]) })
                for locality in Locality.allCases where present.contains(locality) {
                    entries.append(LegendEntry(
                        symbol: .node(shape: "box", shapeStyle: ["rounded"],
                                      fillColor: style.localityColors[locality] ?? style.fallbackColor, size: 0, marks: []),
                        label: phrases.locality(locality)))
                }
                if present.contains(nil) {
                    entries.append(LegendEntry(symbol: .node(shape: "box", shapeStyle: ["rounded"],
                                                             fillColor: style.fallbackColor, size: 0, marks: []),
                                               label: unknown))
                }
            default:
                switch options.colorBy {
                case .community: title = phrases.legendTitle(.colourByCommunity)
                case .area: title = phrases.legendTitle(.colourByArea)
                default: title = phrases.legendTitle(.colourByTheme)
                }
                let limit = min(categories.count, style.categoricalPalette.count)
                for value in categories.prefix(limit) {
                    let label = options.colorBy == .community ? communityName(Int(value) ?? 0) : value
                    entries.append(LegendEntry(symbol: .node(shape: "box", shapeStyle: ["rounded"],
                                                             fillColor: categoryColor[value] ?? style.fallbackColor,
                                                             size: 0, marks: []), label: label))
                }
                if categories.count > limit {
                    entries.append(LegendEntry(symbol: .none, label: phrases.moreCategories(categories.count - limit)))
                }
                if (0..<count).filter(selected).contains(where: { category($0) == nil }) {
                    entries.append(LegendEntry(symbol: .node(shape: "box", shapeStyle: ["rounded"],
                                                             fillColor: style.fallbackColor, size: 0, marks: []),
                                               label: unknown))
                }
            }
            legend.append(LegendSection(.colour, title: title, entries: entries))
        }
        // Kinds and strengths of the ties drawn in their own look (not suggested, planned or lost).
        let drawnAsKind = edges.filter { $0.marks.isDisjoint(with: [.introduction, .planned, .lost]) }
        let tieKinds = Set(drawnAsKind.map(\.kind))
        var kindEntries: [LegendEntry] = []
        let orderedKinds = tieKinds.map { TieKind(rawValue: $0) }.sorted()
        for kind in orderedKinds {
            let directed = edges.contains { $0.kind == kind.rawValue && $0.isDirected }
            var label = phrases.label(kind, custom: network.customTieKinds)
            if kind == .funding && directed { label += phrases.fundingArrow }
            kindEntries.append(LegendEntry(symbol: .edge(kind: kind.rawValue, strength: 2, isDirected: directed,
                                                         marks: []), label: label))
        }
        let strengths = Set(drawnAsKind.map(\.strength))
        if strengths.count > 1 {
            kindEntries.append(LegendEntry(symbol: .edge(kind: TieKind.cooperation.rawValue, strength: 1,
                                                         isDirected: false, marks: []),
                                           label: phrases.weakTie))
            kindEntries.append(LegendEntry(symbol: .edge(kind: TieKind.cooperation.rawValue, strength: 3,
                                                         isDirected: false, marks: []),
                                           label: phrases.strongTie))
        }
        legend.append(LegendSection(.ties, title: phrases.legendTitle(.ties), entries: kindEntries))

        var markEntries: [LegendEntry] = []
        let nodeMarks = Set(nodes.flatMap(\.marks))
        for mark in NodeMark.allCases where nodeMarks.contains(mark) {
            markEntries.append(LegendEntry(symbol: .node(shape: "ellipse", shapeStyle: [], fillColor: "#FFFFFF",
                                                         size: 0, marks: [mark]),
                                           label: phrases.mark(mark.meaning)))
        }
        let edgeMarks = Set(edges.flatMap(\.marks))
        for mark in EdgeMark.allCases where edgeMarks.contains(mark) {
            // A suggestion that happened is a new tie too: its sample shows both marks, as the map does.
            let sampleMarks: Set<EdgeMark> = mark == .introduced ? [.added, .introduced] : [mark]
            markEntries.append(LegendEntry(symbol: .edge(kind: TieKind.cooperation.rawValue, strength: 2,
                                                         isDirected: false, marks: sampleMarks),
                                           label: phrases.mark(mark.meaning)))
        }
        if !markEntries.isEmpty {
            legend.append(LegendSection(.marks, title: phrases.legendTitle(.marks), entries: markEntries))
        }
        if options.sizeValues != nil, sizes.contains(where: { $0 != nil }) {
            legend.append(LegendSection(
                .size, title: phrases.legendTitle(.size(options.sizeLabel ?? phrases.someMeasure)),
                entries: [
                    LegendEntry(symbol: .node(shape: "ellipse", shapeStyle: [], fillColor: "#FFFFFF", size: 0.05,
                                              marks: []), label: phrases.low),
                    LegendEntry(symbol: .node(shape: "ellipse", shapeStyle: [], fillColor: "#FFFFFF", size: 1,
                                              marks: []), label: phrases.high),
                ]))
        }

        let realTies = edges.prefix(networkTieCount).filter { !$0.marks.contains(.introduction) }.count
        let subtitle = options.subtitle
            ?? phrases.datedSubtitle(date: network.date, rest: phrases.mapCounts(actors: nodes.count, ties: realTies))
        self.init(nodes: nodes, edges: edges, title: options.title ?? network.name, subtitle: subtitle,
                  legend: legend, captions: options.captions)
    }
}

extension MapSpec.NodeMark {
    /// What the mark means, for the legend's words.
    var meaning: MarkMeaning {
        switch self {
        case .broker: return .broker
        case .articulationPoint: return .articulationPoint
        case .isolated: return .isolated
        case .highlighted: return .highlighted
        case .removed: return .removed
        case .cutOff: return .cutOff
        case .added: return .addedActor
        }
    }
}

extension MapSpec.EdgeMark {
    /// What the mark means, for the legend's words.
    var meaning: MarkMeaning {
        switch self {
        case .bridge: return .bridge
        case .introduction: return .introduction
        case .lost: return .lostTie
        case .planned: return .plannedTie
        case .added: return .addedTie
        case .introduced: return .introduced
        case .unconfirmed: return .unconfirmedTie
        }
    }
}
