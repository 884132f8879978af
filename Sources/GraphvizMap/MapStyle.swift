import NetworkMap

/// The visual encoding of a map: colour and shape by actor type, line style by tie kind, size range.
///
/// Colours come from Paul Tol's colour-blind-safe schemes (https://personal.sron.nl/~pault/): the
/// "light" scheme for node fills (black text stays readable on every one) and the "bright"/"vibrant"
/// schemes for ties. Shapes and line styles carry the same meaning as colour, so a map printed in
/// black and white still reads.
public struct MapStyle: Hashable, Sendable {
    /// Node fill per built-in actor type (Tol light).
    public var typeColors: [ActorType: String] = [
        .resident: "#EEDD88",        // light yellow
        .residentsGroup: "#EE8866",  // orange
        .association: "#77AADD",     // light blue
        .business: "#BBCC33",        // pear
        .institution: "#99DDFF",     // light cyan
        .body: "#FFAABB",            // pink
    ]
    /// Shape (and extra style) per built-in actor type.
    public var typeShapes: [ActorType: (shape: String, style: [String])] {
        [
            .resident: ("ellipse", []),
            .residentsGroup: ("hexagon", []),
            .association: ("box", ["rounded"]),
            .business: ("house", []),
            .institution: ("box3d", []),
            .body: ("octagon", []),
        ]
    }
    /// Fill for custom types without a colour, and for unknown values.
    public var fallbackColor = "#DDDDDD"
    /// Categorical fills for colour-by community/area/theme (Tol light, then Tol muted tints).
    public var categoricalPalette = [
        "#77AADD", "#EE8866", "#EEDD88", "#FFAABB", "#99DDFF", "#44BB99", "#BBCC33", "#AAAA00",
        "#CC99BB", "#88CCAA", "#DDCC77", "#AA99DD",
    ]
    /// Fill per attitude: supportive green, neutral grey, opposed red-orange (Tol light tints).
    public var attitudeColors: [Attitude: String] = [.supportive: "#44BB99", .neutral: "#DDDDDD", .opposed: "#EE8866"]
    /// Fill inside the quarter (Tol light blue) and outside it (Tol pale yellow): two clearly different greys in print.
    public var localityColors: [Locality: String] = [.inside: "#77AADD", .outside: "#EEDD88"]
    /// Outline of actors who leave in a what-if scenario (Tol vibrant red).
    public var removedColor = "#CC3311"
    /// Fill of actors who leave: a pale grey that reads as "no longer there".
    public var removedFill = "#EEEEEE"
    /// Outline of actors cut off from the main network (Tol muted wine: stands out against every fill,
    /// including the residents' groups' orange, and prints nearly black).
    public var cutOffColor = "#882255"
    /// Outline of new actors and line of new ties (Tol vibrant teal; distinct from funding's green).
    public var addedColor = "#009988"
    /// Line of planned ties (Tol vibrant blue; distinct from the introductions' purple).
    public var plannedColor = "#0077BB"
    /// Line of lost ties: a mid grey, dotted, below the ties that remain.
    public var lostColor = "#999999"
    /// Node width range in inches for size values 0 and 1 (labels may widen a node further).
    public var nodeWidth: ClosedRange<Double> = 0.45...1.6
    /// Label font size range in points for size values 0 and 1.
    public var fontSize: ClosedRange<Double> = 9...15
    public var fontName = "DejaVu Sans"
    /// Wrap labels longer than this many characters onto several lines.
    public var labelWrapWidth = 16

    public init() {}

    public static func == (a: MapStyle, b: MapStyle) -> Bool {
        a.typeColors == b.typeColors && a.fallbackColor == b.fallbackColor
            && a.categoricalPalette == b.categoricalPalette && a.attitudeColors == b.attitudeColors
            && a.localityColors == b.localityColors
            && a.nodeWidth == b.nodeWidth && a.fontSize == b.fontSize && a.fontName == b.fontName
            && a.labelWrapWidth == b.labelWrapWidth && a.removedColor == b.removedColor
            && a.removedFill == b.removedFill && a.cutOffColor == b.cutOffColor && a.addedColor == b.addedColor
            && a.plannedColor == b.plannedColor && a.lostColor == b.lostColor
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(typeColors); hasher.combine(categoricalPalette); hasher.combine(fontName)
    }

    /// Fill colour of an actor type; custom types use their colour from `network.yaml`.
    public func color(of type: ActorType, custom: [CustomStyle] = []) -> String {
        if let style = custom.first(where: { $0.id == type.rawValue }), let color = style.color,
           MapStyle.isHexColor(color) {
            return color
        }
        return typeColors[type] ?? fallbackColor
    }

    /// Shape of an actor type; custom types use their shape from `network.yaml`, else a parallelogram.
    public func shape(of type: ActorType, custom: [CustomStyle] = []) -> (shape: String, style: [String]) {
        if let style = custom.first(where: { $0.id == type.rawValue }), let shape = style.shape,
           MapStyle.nodeShapes.contains(shape) {
            return (shape, [])
        }
        return typeShapes[type] ?? ("parallelogram", [])
    }

    /// The colour of the n-th category (cycles when there are more categories than colours).
    public func categoricalColor(_ index: Int) -> String {
        categoricalPalette.isEmpty ? fallbackColor : categoricalPalette[index % categoricalPalette.count]
    }

    /// Line drawing of a tie kind: colour, Graphviz style, arrow heads.
    public struct EdgeLook: Hashable, Sendable {
        public var color: String
        public var style: String
        /// `none` for undirected kinds; conflicts end in bars (`tee`) at both ends.
        public var arrowHead: String
        public var arrowTail: String
        public var penwidthFactor: Double
    }

    /// How ties of a kind are drawn: conflict red with bars at both ends, funding green with an arrow,
    /// information blue dotted and thin, membership light grey, cooperation dark grey; introductions purple dashed,
    /// planned ties blue dashed and heavier.
    public func look(ofKind kind: String, isDirected: Bool, custom: [CustomStyle] = []) -> EdgeLook {
        let arrow = isDirected ? "normal" : "none"
        switch kind {
        case TieKind.conflict.rawValue:
            return EdgeLook(color: "#CC3311", style: "solid", arrowHead: "tee", arrowTail: "tee", penwidthFactor: 1.2)
        case TieKind.funding.rawValue:
            return EdgeLook(color: "#228833", style: "solid", arrowHead: isDirected ? "normal" : "none",
                            arrowTail: "none", penwidthFactor: 1)
        case TieKind.information.rawValue:
            return EdgeLook(color: "#4477AA", style: "dotted", arrowHead: arrow, arrowTail: "none", penwidthFactor: 0.8)
        case TieKind.membership.rawValue:
            return EdgeLook(color: "#AAAAAA", style: "solid", arrowHead: arrow, arrowTail: "none", penwidthFactor: 0.8)
        case TieKind.cooperation.rawValue:
            return EdgeLook(color: "#555555", style: "solid", arrowHead: arrow, arrowTail: "none", penwidthFactor: 1)
        case MapSpec.Edge.introductionKind:
            return EdgeLook(color: "#AA3377", style: "dashed", arrowHead: "none", arrowTail: "none", penwidthFactor: 1.6)
        case MapSpec.Edge.plannedKind:
            return EdgeLook(color: plannedColor, style: "dashed", arrowHead: "none", arrowTail: "none", penwidthFactor: 2)
        default:
            let custom = custom.first { $0.id == kind }
            let color = custom?.color.flatMap { MapStyle.isHexColor($0) ? $0 : nil } ?? "#777777"
            let style = custom?.shape.flatMap { MapStyle.lineStyles.contains($0) ? $0 : nil } ?? "solid"
            return EdgeLook(color: color, style: style, arrowHead: arrow, arrowTail: "none", penwidthFactor: 1)
        }
    }

    /// Line width in points for a tie strength (1 weak … 3 strong).
    public func penwidth(strength: Double) -> Double {
        let s = min(max(strength.isFinite ? strength : 1, 0.5), 3)
        return 0.5 + 0.6 * s
    }

    /// Node width in inches for a relative size; the area grows with the value.
    public func width(size: Double?) -> Double {
        guard let size, size.isFinite else { return nodeWidth.lowerBound + 0.25 * (nodeWidth.upperBound - nodeWidth.lowerBound) }
        let s = min(max(size, 0), 1)
        return nodeWidth.lowerBound + s.squareRoot() * (nodeWidth.upperBound - nodeWidth.lowerBound)
    }

    /// Label font size in points for a relative size.
    public func fontSize(size: Double?) -> Double {
        guard let size, size.isFinite else { return fontSize.lowerBound + 1 }
        let s = min(max(size, 0), 1)
        return (fontSize.lowerBound + s.squareRoot() * (fontSize.upperBound - fontSize.lowerBound)).rounded()
    }

    /// Graphviz node shapes accepted from `network.yaml`.
    public static let nodeShapes: Set<String> = [
        "box", "rect", "rectangle", "square", "ellipse", "oval", "circle", "diamond", "hexagon", "octagon",
        "doubleoctagon", "pentagon", "septagon", "house", "invhouse", "trapezium", "parallelogram", "triangle",
        "invtriangle", "egg", "box3d", "component", "note", "tab", "folder", "cds", "star", "cylinder",
    ]
    /// Graphviz line styles accepted from `network.yaml` for custom tie kinds.
    public static let lineStyles: Set<String> = ["solid", "dashed", "dotted", "bold"]

    static func isHexColor(_ text: String) -> Bool {
        let chars = Array(text.utf8)
        guard chars.count == 7, chars[0] == UInt8(ascii: "#") else { return false }
        return chars.dropFirst().allSatisfy { (48...57).contains($0) || (65...70).contains($0) || (97...102).contains($0) }
    }
}
