import NetworkMap

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
}

/// What groups actors into drawn clusters (only layouts that support clusters draw them: fdp, dot).
public enum MapClusterBy: String, CaseIterable, Sendable {
    case community, area, type, theme
}

/// Choices and precomputed analysis values for building a ``MapSpec`` from a network.
///
/// Every index refers to an actor of the network handed to ``MapSpec/init(network:options:)``
/// (not of a filtered view), so analysis results on the whole network can be passed unchanged.
public struct MapOptions: Sendable {
    public var language: Language
    /// Show private persons' names; otherwise they appear as "Bewohner:in 3".
    public var showPrivate: Bool
    /// The actors to draw (from ``MapFilter``); `nil` draws all.
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
        language: Language = .de, showPrivate: Bool = false, selection: Set<Int>? = nil,
        colorBy: MapColorBy = .type, sizeValues: [Double]? = nil, sizeLabel: String? = nil,
        communities: [Int]? = nil, highlightBrokers: Set<Int> = [], articulationPoints: Set<Int> = [],
        bridges: [(Int, Int)] = [], isolatedGroups: [[Int]] = [], introductions: [(Int, Int)] = [],
        highlighted: Set<Int> = [], clusterBy: MapClusterBy? = nil, title: String? = nil,
        captions: [MapSpec.Caption] = [], style: MapStyle = MapStyle(),
        actorMarks: [Int: Set<MapSpec.NodeMark>] = [:], tieMarks: [TieMarking] = [], extraTies: [ExtraTie] = [],
        subtitle: String? = nil
    ) {
        self.actorMarks = actorMarks; self.tieMarks = tieMarks; self.extraTies = extraTies; self.subtitle = subtitle
        self.language = language; self.showPrivate = showPrivate; self.selection = selection
        self.colorBy = colorBy; self.sizeValues = sizeValues; self.sizeLabel = sizeLabel
        self.communities = communities; self.highlightBrokers = highlightBrokers
        self.articulationPoints = articulationPoints; self.bridges = bridges; self.isolatedGroups = isolatedGroups
        self.introductions = introductions; self.highlighted = highlighted; self.clusterBy = clusterBy
        self.title = title; self.captions = captions; self.style = style
    }
}

extension MapSpec {
    /// Builds the map of a network: names pseudonymised unless `showPrivate`, colours and shapes from the
    /// style, analysis values turned into sizes and marks, a legend listing only what the map shows.
    ///
    /// O(|V| + |E|) plus sorting the categories.
    public init(network: Network, options: MapOptions) {
        let language = options.language
        let style = options.style
        let shown = network.pseudonymised(showPrivate: options.showPrivate, language: language)
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
        let unknown = language == .de ? "unbekannt" : "unknown"
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
            }
        }
        var categoryColor: [String: String] = [:]
        var categories: [String] = []
        if options.colorBy != .type && options.colorBy != .attitude {
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
            default: return category(i).flatMap { categoryColor[$0] } ?? style.fallbackColor
            }
        }

        // Numbered from 1 as "Gruppe 3" / "Group 3", the way the reports name communities.
        let communityWord = language == .de ? "Gruppe" : "Group"
        func clusterKey(_ i: Int) -> String? {
            guard let by = options.clusterBy else { return nil }
            let actor = shown.actors[i]
            switch by {
            case .community:
                guard let communities = options.communities, communities.count == count else { return nil }
                return "\(communityWord) \(communities[i] + 1)"
            case .area: return actor.area
            case .type: return actor.type.pluralLabel(language, custom: custom)
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
            var tooltip = "\(actor.name) (\(actor.type.label(language, custom: custom)))"
            if !actor.themes.isEmpty {
                tooltip += (language == .de ? " · Themen: " : " · Themes: ") + actor.themes.joined(separator: ", ")
            }
            if let area = actor.area { tooltip += (language == .de ? " · Gebiet: " : " · Area: ") + area }
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
        let lostWord = language == .de ? "fällt weg" : "lost"
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
            var tooltip = "\(shown.actors[tie.source].name) – \(shown.actors[tie.target].name): "
                + tie.kind.label(language, custom: network.customTieKinds)
            if marks.contains(.lost) { tooltip += " (\(lostWord))" }
            edges.append(Edge(
                source: nodeIDs[tie.source], target: nodeIDs[tie.target], kind: tie.kind.rawValue,
                strength: tie.strength, isDirected: tie.isDirected, marks: marks, tooltip: tooltip))
        }
        let introductionWord = language == .de ? "Vorschlag: bekannt machen" : "Suggested introduction"
        for (a, b) in options.introductions
        where a >= 0 && b >= 0 && a < count && b < count && a != b && selected(a) && selected(b) {
            edges.append(Edge(
                source: nodeIDs[a], target: nodeIDs[b], kind: Edge.introductionKind, strength: 1.5,
                isDirected: false, marks: [.introduction],
                tooltip: "\(introductionWord): \(shown.actors[a].name) – \(shown.actors[b].name)"))
        }

        let networkTieCount = edges.count
        let plannedWord = language == .de ? "geplant" : "planned"
        for extra in options.extraTies
        where extra.source >= 0 && extra.target >= 0 && extra.source < count && extra.target < count
            && extra.source != extra.target && selected(extra.source) && selected(extra.target) {
            let what = extra.kind == Edge.plannedKind ? plannedWord
                : TieKind(rawValue: extra.kind).label(language, custom: network.customTieKinds)
                    + (extra.marks.contains(.lost) ? " (\(lostWord))" : "")
            edges.append(Edge(
                source: nodeIDs[extra.source], target: nodeIDs[extra.target], kind: extra.kind,
                strength: extra.strength, isDirected: extra.isDirected, marks: extra.marks,
                tooltip: "\(shown.actors[extra.source].name) – \(shown.actors[extra.target].name): \(what)"))
        }

        // Legend: only what the map shows.
        var legend: [LegendSection] = []
        let shownTypes = Set((0..<count).filter(selected).map { shown.actors[$0].type }).sorted()
        let typeEntries = shownTypes.map { type -> LegendEntry in
            let look = style.shape(of: type, custom: custom)
            let fill = options.colorBy == .type ? style.color(of: type, custom: custom) : "#FFFFFF"
            return LegendEntry(symbol: .node(shape: look.shape, shapeStyle: look.style, fillColor: fill, size: 0,
                                             marks: []),
                               label: type.pluralLabel(language, custom: custom))
        }
        legend.append(LegendSection(title: language == .de ? "Akteurstypen" : "Actor types", entries: typeEntries))
        if options.colorBy != .type {
            let title: String
            var entries: [LegendEntry] = []
            switch options.colorBy {
            case .attitude:
                title = language == .de ? "Farbe: Haltung" : "Colour: attitude"
                let present = Set((0..<count).filter(selected).map { shown.actors[$0].attitude })
                for attitude in Attitude.allCases where present.contains(attitude) {
                    entries.append(LegendEntry(
                        symbol: .node(shape: "box", shapeStyle: ["rounded"],
                                      fillColor: style.attitudeColors[attitude] ?? style.fallbackColor, size: 0, marks: []),
                        label: Self.attitudeLabel(attitude, language)))
                }
                if present.contains(nil) {
                    entries.append(LegendEntry(symbol: .node(shape: "box", shapeStyle: ["rounded"],
                                                             fillColor: style.fallbackColor, size: 0, marks: []),
                                               label: unknown))
                }
            default:
                switch options.colorBy {
                case .community: title = language == .de ? "Farbe: Gruppe (Community)" : "Colour: group (community)"
                case .area: title = language == .de ? "Farbe: Gebiet" : "Colour: area"
                default: title = language == .de ? "Farbe: Thema (erstes)" : "Colour: theme (first)"
                }
                let limit = min(categories.count, style.categoricalPalette.count)
                for value in categories.prefix(limit) {
                    let label = options.colorBy == .community ? "\(communityWord) \((Int(value) ?? 0) + 1)" : value
                    entries.append(LegendEntry(symbol: .node(shape: "box", shapeStyle: ["rounded"],
                                                             fillColor: categoryColor[value] ?? style.fallbackColor,
                                                             size: 0, marks: []), label: label))
                }
                if categories.count > limit {
                    entries.append(LegendEntry(symbol: .none, label: language == .de
                        ? "… \(categories.count - limit) weitere (Farben wiederholt)"
                        : "… \(categories.count - limit) more (colours repeat)"))
                }
                if (0..<count).filter(selected).contains(where: { category($0) == nil }) {
                    entries.append(LegendEntry(symbol: .node(shape: "box", shapeStyle: ["rounded"],
                                                             fillColor: style.fallbackColor, size: 0, marks: []),
                                               label: unknown))
                }
            }
            legend.append(LegendSection(title: title, entries: entries))
        }
        // Kinds and strengths of the ties drawn in their own look (not suggested, planned or lost).
        let drawnAsKind = edges.filter { $0.marks.isDisjoint(with: [.introduction, .planned, .lost]) }
        let tieKinds = Set(drawnAsKind.map(\.kind))
        var kindEntries: [LegendEntry] = []
        let orderedKinds = tieKinds.map { TieKind(rawValue: $0) }.sorted()
        for kind in orderedKinds {
            let directed = edges.contains { $0.kind == kind.rawValue && $0.isDirected }
            var label = kind.label(language, custom: network.customTieKinds)
            if kind == .funding && directed { label += language == .de ? " (Pfeil: an wen)" : " (arrow: to whom)" }
            kindEntries.append(LegendEntry(symbol: .edge(kind: kind.rawValue, strength: 2, isDirected: directed,
                                                         marks: []), label: label))
        }
        let strengths = Set(drawnAsKind.map(\.strength))
        if strengths.count > 1 {
            kindEntries.append(LegendEntry(symbol: .edge(kind: TieKind.cooperation.rawValue, strength: 1,
                                                         isDirected: false, marks: []),
                                           label: language == .de ? "schwache Beziehung (1)" : "weak tie (1)"))
            kindEntries.append(LegendEntry(symbol: .edge(kind: TieKind.cooperation.rawValue, strength: 3,
                                                         isDirected: false, marks: []),
                                           label: language == .de ? "starke Beziehung (3)" : "strong tie (3)"))
        }
        legend.append(LegendSection(title: language == .de ? "Beziehungen" : "Ties", entries: kindEntries))

        var markEntries: [LegendEntry] = []
        let nodeMarks = Set(nodes.flatMap(\.marks))
        for mark in NodeMark.allCases where nodeMarks.contains(mark) {
            markEntries.append(LegendEntry(symbol: .node(shape: "ellipse", shapeStyle: [], fillColor: "#FFFFFF",
                                                         size: 0, marks: [mark]),
                                           label: Self.markLabel(mark, language)))
        }
        let edgeMarks = Set(edges.flatMap(\.marks))
        for mark in EdgeMark.allCases where edgeMarks.contains(mark) {
            // A suggestion that happened is a new tie too: its sample shows both marks, as the map does.
            let sampleMarks: Set<EdgeMark> = mark == .introduced ? [.added, .introduced] : [mark]
            markEntries.append(LegendEntry(symbol: .edge(kind: TieKind.cooperation.rawValue, strength: 2,
                                                         isDirected: false, marks: sampleMarks),
                                           label: Self.markLabel(mark, language)))
        }
        if !markEntries.isEmpty {
            legend.append(LegendSection(title: language == .de ? "Markierungen" : "Marks", entries: markEntries))
        }
        if options.sizeValues != nil, sizes.contains(where: { $0 != nil }) {
            let what = options.sizeLabel ?? (language == .de ? "Messwert" : "measure")
            legend.append(LegendSection(
                title: (language == .de ? "Größe: " : "Size: ") + what,
                entries: [
                    LegendEntry(symbol: .node(shape: "ellipse", shapeStyle: [], fillColor: "#FFFFFF", size: 0.05,
                                              marks: []), label: language == .de ? "niedrig" : "low"),
                    LegendEntry(symbol: .node(shape: "ellipse", shapeStyle: [], fillColor: "#FFFFFF", size: 1,
                                              marks: []), label: language == .de ? "hoch" : "high"),
                ]))
        }

        let actorWord = language == .de ? "Akteure" : "actors"
        let tieWord = language == .de ? "Beziehungen" : "ties"
        let realTies = edges.prefix(networkTieCount).filter { !$0.marks.contains(.introduction) }.count
        var subtitle = "\(nodes.count) \(actorWord) · \(realTies) \(tieWord)"
        if let date = network.date {
            subtitle = (language == .de ? "Stand: " : "As of ") + date.description + " · " + subtitle
        }
        if let given = options.subtitle { subtitle = given }
        self.init(nodes: nodes, edges: edges, title: options.title ?? network.name, subtitle: subtitle,
                  legend: legend, captions: options.captions, language: language)
    }

    static func attitudeLabel(_ attitude: Attitude, _ language: Language) -> String {
        switch (attitude, language) {
        case (.supportive, .de): return "unterstützend"
        case (.supportive, .en): return "supportive"
        case (.neutral, _): return "neutral"
        case (.opposed, .de): return "ablehnend"
        case (.opposed, .en): return "opposed"
        }
    }

    static func markLabel(_ mark: NodeMark, _ language: Language) -> String {
        switch (mark, language) {
        case (.broker, .de): return "Schlüsselakteur (doppelter Rand)"
        case (.broker, .en): return "Key broker (double outline)"
        case (.articulationPoint, .de): return "ohne diesen Akteur zerfällt das Netz"
        case (.articulationPoint, .en): return "network splits without this actor"
        case (.isolated, .de): return "abgetrennte Gruppe (gestrichelt)"
        case (.isolated, .en): return "isolated group (dashed outline)"
        case (.highlighted, .de): return "hervorgehoben"
        case (.highlighted, .en): return "highlighted"
        case (.removed, .de): return "fällt weg (grau, rot gestrichelt)"
        case (.removed, .en): return "leaves (greyed, red dashed outline)"
        case (.cutOff, .de): return "verliert den Anschluss (dicker dunkelroter Rand)"
        case (.cutOff, .en): return "cut off (thick dark red outline)"
        case (.added, .de): return "neu (doppelter Rand)"
        case (.added, .en): return "new (double outline)"
        }
    }

    static func markLabel(_ mark: EdgeMark, _ language: Language) -> String {
        switch (mark, language) {
        case (.bridge, .de): return "Brücke: einzige Verbindung (Doppellinie)"
        case (.bridge, .en): return "bridge: the only link (double line)"
        case (.introduction, .de): return "Vorschlag: miteinander bekannt machen"
        case (.introduction, .en): return "suggested introduction"
        case (.lost, .de): return "Beziehung fällt weg (grau punktiert)"
        case (.lost, .en): return "lost tie (grey dotted)"
        case (.planned, .de): return "geplante Beziehung (blau gestrichelt)"
        case (.planned, .en): return "planned tie (blue dashed)"
        case (.added, .de): return "neue Beziehung (dicke Doppellinie)"
        case (.added, .en): return "new tie (thick double line)"
        case (.introduced, .de): return "Vorschlag umgesetzt (lila, Punkte an den Enden)"
        case (.introduced, .en): return "suggested introduction made (purple, dots at the ends)"
        }
    }
}
