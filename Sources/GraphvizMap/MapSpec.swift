import NetworkMap

/// Everything a map shows, decided before Graphviz sees it: nodes, edges, title, legend, captions.
///
/// A pure value that knows no language: every word in it (labels, tooltips, legend, captions) is the caller's,
/// as it should read. Reports' `MapBuilder` fills it from a network and its analysis; ``MapRenderer`` turns it
/// into bytes or draws it onto a ``Page``. Node ids are actor ids; their SVG ids follow ``SVGIdentifier``.
public struct MapSpec: Hashable, Sendable {
    public var nodes: [Node]
    public var edges: [Edge]
    /// The network's name.
    public var title: String
    /// Second title line, such as "Stand: 2024-03-01 · 158 Akteure · 310 Beziehungen".
    public var subtitle: String?
    public var legend: [LegendSection]
    /// "Was ist dargestellt?" / "Was kann abgelesen werden?", as the caller wrote them.
    public var captions: [Caption]

    public init(
        nodes: [Node], edges: [Edge], title: String, subtitle: String? = nil, legend: [LegendSection] = [],
        captions: [Caption] = []
    ) {
        self.nodes = nodes; self.edges = edges; self.title = title; self.subtitle = subtitle
        self.legend = legend; self.captions = captions
    }

    /// One actor as drawn.
    public struct Node: Hashable, Sendable {
        /// The actor's id (pseudonymised persons: `person-N`); becomes the SVG element id ``SVGIdentifier/actor(_:)``.
        public var id: String
        /// The text shown, exactly as it should read (no Graphviz escapes needed by the caller).
        public var label: String
        /// The actor type's identifier (`association`), used as an SVG class `type-association`.
        public var type: String
        /// A Graphviz shape name.
        public var shape: String
        /// Extra Graphviz node styles that belong to the type, such as `rounded`.
        public var shapeStyle: [String]
        /// Fill colour `#rrggbb`.
        public var fillColor: String
        /// Relative size 0...1 from the chosen measure; `nil` draws every node alike.
        public var size: Double?
        public var marks: Set<NodeMark>
        /// Nodes with the same key are grouped in a cluster (layouts that support clusters: fdp, dot).
        public var cluster: String?
        public var tooltip: String?

        public init(
            id: String, label: String, type: String, shape: String, shapeStyle: [String] = [], fillColor: String,
            size: Double? = nil, marks: Set<NodeMark> = [], cluster: String? = nil, tooltip: String? = nil
        ) {
            self.id = id; self.label = label; self.type = type; self.shape = shape; self.shapeStyle = shapeStyle
            self.fillColor = fillColor; self.size = size; self.marks = marks; self.cluster = cluster
            self.tooltip = tooltip
        }
    }

    /// A highlight on an actor, drawn as an outline that also reads in black and white.
    public enum NodeMark: String, Hashable, Sendable, CaseIterable, Comparable {
        /// A central broker: double outline.
        case broker
        /// A cut vertex (articulation point): thick dark outline.
        case articulationPoint = "articulation-point"
        /// Member of a group apart from the main network: dashed outline.
        case isolated
        /// Asked for by the user (`--highlight`) or the centre of a focus view: thick red outline.
        case highlighted
        /// Leaves in a what-if scenario: greyed, crossed (diagonals), heavy dashed red outline.
        case removed
        /// Loses every path to the main network in a what-if scenario: very thick solid dark red (wine) outline.
        case cutOff = "cut-off"
        /// New since the older snapshot: double teal outline.
        case added

        public static func < (a: NodeMark, b: NodeMark) -> Bool {
            (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
        }
    }

    /// One tie as drawn.
    public struct Edge: Hashable, Sendable {
        public var source: String
        public var target: String
        /// The tie kind's identifier (`funding`); an introduction that is no tie yet uses ``MapSpec/Edge/introductionKind``.
        public var kind: String
        /// 1 weak … 3 strong.
        public var strength: Double
        public var isDirected: Bool
        public var marks: Set<EdgeMark>
        public var tooltip: String?

        /// The kind used for suggested introductions (drawn dashed in their own colour).
        public static let introductionKind = "introduction"
        /// The kind used for planned ties of a what-if scenario (drawn dashed in their own colour).
        public static let plannedKind = "planned"

        public init(
            source: String, target: String, kind: String, strength: Double = 1, isDirected: Bool = false,
            marks: Set<EdgeMark> = [], tooltip: String? = nil
        ) {
            self.source = source; self.target = target; self.kind = kind; self.strength = strength
            self.isDirected = isDirected; self.marks = marks; self.tooltip = tooltip
        }
    }

    /// A highlight on a tie.
    public enum EdgeMark: String, Hashable, Sendable, CaseIterable, Comparable {
        /// A tie whose loss splits the network: drawn as a double line.
        case bridge
        /// A suggested introduction (not a tie yet): dashed.
        case introduction
        /// A tie that goes (with an actor who leaves, or since the older snapshot): faded grey, dotted.
        case lost
        /// A planned tie of a what-if scenario (not a tie yet): dashed, blue, heavier than an introduction.
        case planned
        /// New since the older snapshot: thick teal double line.
        case added
        /// A suggested introduction of the older snapshot that has become a tie: thick purple, dots at both ends.
        case introduced
        /// A tie of a merged network that rests on one side's word (one-sided or unverifiable): dashed.
        case unconfirmed

        public static func < (a: EdgeMark, b: EdgeMark) -> Bool {
            (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
        }
    }

    /// A titled block of the legend, of a kind a page composer can keep or leave out.
    public struct LegendSection: Hashable, Sendable {
        public var kind: LegendKind
        public var title: String
        public var entries: [LegendEntry]
        public init(_ kind: LegendKind, title: String, entries: [LegendEntry]) {
            self.kind = kind; self.title = title; self.entries = entries
        }
    }

    /// What a legend section explains.
    public enum LegendKind: Hashable, Sendable {
        /// Shape (and colour, when colour shows the type) of each actor type.
        case actorTypes
        /// What the fill colour shows when it is not the type (community, area, theme, attitude).
        case colour
        /// The kinds and strengths of ties.
        case ties
        /// Outlines and lines that mark findings (brokers, bridges, scenario changes).
        case marks
        /// What node size shows.
        case size
    }

    /// One line of the legend: a sample drawn like the map, and its explanation.
    public struct LegendEntry: Hashable, Sendable {
        public var symbol: LegendSymbol
        public var label: String
        public init(symbol: LegendSymbol, label: String) { self.symbol = symbol; self.label = label }
    }

    /// What the legend line shows as its sample.
    public enum LegendSymbol: Hashable, Sendable {
        /// A node of this shape, fill, size and marks.
        case node(shape: String, shapeStyle: [String], fillColor: String, size: Double?, marks: Set<NodeMark>)
        /// A short line drawn like an edge of this kind and marks.
        case edge(kind: String, strength: Double, isDirected: Bool, marks: Set<EdgeMark>)
        /// Text only.
        case none
    }

    /// A short caption with its heading.
    public struct Caption: Hashable, Sendable {
        public var heading: String
        public var text: String
        public init(heading: String, text: String) { self.heading = heading; self.text = text }
    }
}
