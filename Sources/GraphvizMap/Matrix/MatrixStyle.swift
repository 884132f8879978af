import NetworkMap

/// The visual encoding of the stakeholder matrix: attitude as colour and shape, a measure as marker size.
///
/// Colours from Okabe and Ito's palette for colour-blind readers (Color Universal Design, 2008): supportive
/// blue, opposed vermilion, neutral grey; each attitude also has its own shape (circle, square, triangle), so
/// the chart reads in black and white and without telling colours apart. Actors with a finding get a double
/// black outline and a bold name.
public struct MatrixStyle: Hashable, Sendable {
    /// A marker's look.
    public struct Marker: Hashable, Sendable {
        /// Graphviz shape name.
        public var shape: String
        public var fill: String
        /// Width and height relative to the marker's diameter, so that every shape covers about the same area.
        public var widthFactor: Double
        public var heightFactor: Double
    }

    public var supportive = Marker(shape: "circle", fill: "#0072B2", widthFactor: 1, heightFactor: 1)
    public var neutral = Marker(shape: "square", fill: "#BBBBBB", widthFactor: 0.9, heightFactor: 0.9)
    public var opposed = Marker(shape: "triangle", fill: "#D55E00", widthFactor: 1.3, heightFactor: 1.3)
    /// No attitude given: an empty circle.
    public var unknown = Marker(shape: "circle", fill: "#FFFFFF", widthFactor: 1, heightFactor: 1)
    /// Marker radius in points for size values 0 and 1 (area grows with the value), and without a measure.
    public var radius: ClosedRange<Double> = 3.5...12
    public var plainRadius = 5.5
    /// The field where actors are managed closely (high influence, high interest) is tinted; the rest stay white.
    public var keyPlayerTint = "#EFEFEF"
    public var gridColor = "#E0E0E0"
    public var middleColor = "#444444"
    public var frameColor = "#333333"
    public var tieColor = "#B8B8B8"
    public var leaderColor = "#777777"
    public var outline = "#1A1A1A"
    public var fontName = "DejaVu Sans"
    public var labelFontSize = 7.5
    public var quadrantFontSize = 11.0
    public var tickFontSize = 8.0
    public var legendFontSize = 8.5
    public var legendHeadingFontSize = 9.5
    /// The widest a legend line's text runs before it wraps, in points.
    public var legendTextWidth = 230.0

    /// The chart for print at about its printed size: smaller markers and type, a narrower legend.
    public static var print: MatrixStyle {
        var style = MatrixStyle()
        style.radius = 2.5...8.5
        style.plainRadius = 4
        style.labelFontSize = 6.3
        style.quadrantFontSize = 8
        style.tickFontSize = 6.5
        style.legendFontSize = 7
        style.legendHeadingFontSize = 7.5
        style.legendTextWidth = 120
        return style
    }

    public init() {}

    /// The marker of an attitude.
    public func marker(_ attitude: Attitude?) -> Marker {
        switch attitude {
        case .supportive: return supportive
        case .neutral: return neutral
        case .opposed: return opposed
        case nil: return unknown
        }
    }

    /// Radius in points for a relative size.
    public func radius(size: Double?) -> Double {
        guard let size, size.isFinite else { return plainRadius }
        let s = min(max(size, 0), 1)
        return radius.lowerBound + s.squareRoot() * (radius.upperBound - radius.lowerBound)
    }
}
