import NetworkMap

/// Everything a stakeholder matrix shows, decided before it is laid out: actors by their ratings, the fields'
/// names, axes, legend, captions and the notes under the chart.
///
/// Like ``MapSpec`` a pure value that knows no language: every word is the caller's. Reports' `MatrixBuilder`
/// fills it from an analysis; ``MatrixRenderer`` lays it out (``MatrixLayout``) and draws it through Graphviz.
/// A point's SVG id is ``SVGIdentifier/matrixActor(_:)`` of its actor id, its name's ``SVGIdentifier/matrixLabel(_:)``.
public struct MatrixSpec: Hashable, Sendable {
    public var title: String
    /// Second title line: the data's date and what is drawn.
    public var subtitle: String?
    /// The horizontal axis (interest) and the vertical one (influence), as they should read.
    public var xAxisTitle: String
    public var yAxisTitle: String
    /// The field names: keep closely, keep satisfied, keep informed, monitor.
    public var quadrantNames: [Quadrant: String]
    /// The rated actors, the most important first: names are placed in this order, so a crowded chart keeps
    /// the first ones.
    public var points: [Point]
    /// Ties between drawn actors (by actor id), drawn as thin grey lines under the markers; empty unless asked.
    public var ties: [Tie]
    public var legend: [LegendSection]
    /// "Was ist dargestellt?" / "Was kann abgelesen werden?", as the caller wrote them.
    public var captions: [MapSpec.Caption]
    /// Paragraphs under the chart, such as the actors without ratings (who are never placed at 0).
    public var notes: [MapSpec.Caption]
    /// The heading of the list of names that found no room on the chart (their markers are drawn).
    public var leftOutHeading: String
    /// The heading of the key to the numbers that stand for names without room on the chart.
    public var keyHeading: String

    public init(
        title: String, subtitle: String? = nil, xAxisTitle: String, yAxisTitle: String,
        quadrantNames: [Quadrant: String], points: [Point], ties: [Tie] = [], legend: [LegendSection] = [],
        captions: [MapSpec.Caption] = [], notes: [MapSpec.Caption] = [], leftOutHeading: String = "",
        keyHeading: String = ""
    ) {
        self.title = title; self.subtitle = subtitle; self.xAxisTitle = xAxisTitle; self.yAxisTitle = yAxisTitle
        self.quadrantNames = quadrantNames; self.points = points; self.ties = ties; self.legend = legend
        self.captions = captions; self.notes = notes; self.leftOutHeading = leftOutHeading; self.keyHeading = keyHeading
    }

    /// The rating scale: 0 to 10, split at 5 (``NetworkMap/StakeholderThresholds/scaleMiddle``).
    public static let scale: ClosedRange<Double> = 0...10
    public static let middle = StakeholderThresholds.scaleMiddle

    /// The key to the numbers a layout put in place of names: "1 Name, 2 Name".
    public func key(_ layout: MatrixLayout) -> String {
        layout.keyed.map { "\($0.number) \(points[$0.point].label)" }.joined(separator: ", ")
    }

    /// One rated actor.
    public struct Point: Hashable, Sendable {
        /// The actor's id (pseudonymised persons: `person-N`).
        public var id: String
        /// The name shown, exactly as it should read.
        public var label: String
        /// 0-10, across.
        public var interest: Double
        /// 0-10, up.
        public var influence: Double
        /// Colour and shape; `nil` draws the marker for an unknown attitude.
        public var attitude: Attitude?
        /// Relative size 0...1 from the chosen measure; `nil` draws every marker alike.
        public var size: Double?
        /// Findings: a double outline and a bold name; their identifiers become SVG classes `flag-…`.
        public var flags: [StakeholderFlag]
        public var tooltip: String?

        public init(id: String, label: String, interest: Double, influence: Double, attitude: Attitude?,
                    size: Double? = nil, flags: [StakeholderFlag] = [], tooltip: String? = nil) {
            self.id = id; self.label = label; self.interest = interest; self.influence = influence
            self.attitude = attitude; self.size = size; self.flags = flags; self.tooltip = tooltip
        }
    }

    /// A tie between two drawn actors.
    public struct Tie: Hashable, Sendable {
        public var source: String
        public var target: String
        /// 1 weak … 3 strong.
        public var strength: Double
        public init(source: String, target: String, strength: Double = 1) {
            self.source = source; self.target = target; self.strength = strength
        }
    }

    /// A titled block of the legend.
    public struct LegendSection: Hashable, Sendable {
        public var title: String
        public var entries: [LegendEntry]
        public init(title: String, entries: [LegendEntry]) { self.title = title; self.entries = entries }
    }

    /// A sample drawn like the chart, and its explanation.
    public struct LegendEntry: Hashable, Sendable {
        public var symbol: LegendSymbol
        public var label: String
        public init(symbol: LegendSymbol, label: String) { self.symbol = symbol; self.label = label }
    }

    /// What a legend line shows as its sample.
    public enum LegendSymbol: Hashable, Sendable {
        /// A marker of this attitude and size, with the double outline of a finding when `flagged`.
        case marker(attitude: Attitude?, size: Double?, flagged: Bool)
        /// A leader line from a marker to its name.
        case leader
        /// A tie between two markers.
        case tie
        /// The dashed middle line of the scale.
        case middle
        /// Text only.
        case none
    }
}
