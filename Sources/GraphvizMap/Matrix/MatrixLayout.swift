import Foundation
import NetworkMap

/// How a stakeholder matrix is laid out: the plot's size, the names' font and how many names it must show.
public struct MatrixLayoutOptions: Hashable, Sendable {
    /// The plot's side in points; `nil` chooses by the number of actors (larger for more, so names find room).
    public var side: Double?
    public var style: MatrixStyle
    /// Names longer than this many characters break onto a second line.
    public var labelWrapWidth: Int
    /// Only the first this many points (the spec's order: the most important first) get a name; `nil`: all.
    public var maximumLabels: Int?
    /// Leave out names that find no room instead of enlarging the plot (a printed page cannot grow).
    public var omitWhenCrowded: Bool
    /// Repair rounds of the label placement (``LabelPlacement``).
    public var placementRounds: Int
    /// How often the plot may grow by a fifth when names still overlap (without `omitWhenCrowded`).
    public var growthSteps: Int
    /// How far from its marker a name may go, in rings of candidate positions (``LabelPlacement``): fewer keep
    /// leader lines short where a crowded chart leaves names out anyway.
    public var leaderRings: Int
    /// Which markers whose names find no room get a number instead, explained in a key (``MatrixLayout/keyed``).
    public var numbers: Numbering
    /// At most this many numbers (the first in spec order); `nil`: as many as needed.
    public var maximumNumbers: Int?

    /// Markers that get a number when their name finds no room.
    public enum Numbering: Hashable, Sendable {
        case none
        /// Only actors with a finding: what a reader must find.
        case flagged
        case all
    }

    public init(side: Double? = nil, style: MatrixStyle = MatrixStyle(), labelWrapWidth: Int = 22,
                maximumLabels: Int? = nil, omitWhenCrowded: Bool = false, placementRounds: Int = 30,
                growthSteps: Int = 5, leaderRings: Int = LabelPlacement.rings, numbers: Numbering = .all,
                maximumNumbers: Int? = nil) {
        self.side = side; self.style = style; self.labelWrapWidth = labelWrapWidth; self.maximumLabels = maximumLabels
        self.omitWhenCrowded = omitWhenCrowded; self.placementRounds = placementRounds; self.growthSteps = growthSteps
        self.leaderRings = leaderRings; self.numbers = numbers; self.maximumNumbers = maximumNumbers
    }

    /// The side chosen for `count` rated actors: 440 points up to about 25 actors, growing with the square root
    /// of the count (the area per actor stays about the same), at most 1,600.
    public static func defaultSide(count: Int) -> Double {
        min(1_600, max(440, 64 * Double(count).squareRoot() + 120))
    }
}

/// A stakeholder matrix laid out: where each marker, each name and each field's name goes.
///
/// Pure geometry.
///
/// The plot is a square from (0, 0) to (side, side), y up. Ratings 0-10 map onto it inside a margin; a band
/// along the top and the bottom edge holds the fields' names, so that they never sit on a marker's place.
/// Markers sit exactly where their ratings put them, except that markers of actors with the same two ratings
/// form a small cluster there: the largest marker exactly in place, the others on rings around it without
/// overlapping, each at most ``PlacedPoint/nudgeLimit`` from its place.
/// Names are placed by ``LabelPlacement``; when some still overlap, the plot grows, and a name that finds no
/// room even then is left out (its marker stays): it gets a small number beside its marker where one fits
/// (``keyed``, explained in a key under the chart), else it is listed in ``leftOut``.
public struct MatrixLayout: Hashable, Sendable {
    public struct PlacedPoint: Hashable, Sendable {
        /// Index into ``MatrixSpec/points``.
        public var index: Int
        /// Where the marker is drawn.
        public var centre: LayoutPoint
        /// Where its ratings put it.
        public var exact: LayoutPoint
        public var radius: Double
        /// The largest distance between `centre` and `exact` the arrangement of equal ratings allows (0 when the
        /// marker shares its ratings with no one).
        public var nudgeLimit: Double
    }

    public struct PlacedLabel: Hashable, Sendable {
        /// Index into ``MatrixSpec/points``.
        public var point: Int
        public var box: LayoutRect
        public var lines: [String]
        public var bold: Bool
        /// Set apart from its marker: drawn with a leader line.
        public var leader: Bool
        /// A number standing for the name (explained in the key), not the name itself.
        public var number: Int?
    }

    public var side: Double
    public var plot: LayoutRect
    /// Where the ratings 0-10 map to, inside the plot.
    public var data: LayoutRect
    public var points: [PlacedPoint]
    public var labels: [PlacedLabel]
    /// Points whose names are not on the chart, neither as a name nor as a number, in spec order.
    public var leftOut: [Int]
    /// Points shown by a number instead of their name, with that number (from 1), in spec order.
    public var keyed: [(number: Int, point: Int)] { labels.compactMap { label in label.number.map { ($0, label.point) } } }
    /// The fields' names, where they go, and their type size.
    public var quadrantBoxes: [Quadrant: LayoutRect]
    public var quadrantFontSize: Double
    /// Points moved apart because they share their ratings with others.
    public var nudgedCount: Int { points.filter { $0.nudgeLimit > 0 }.count }

    /// The margins inside the plot: the band for the fields' names above and below, a little room at the sides.
    static let band = 22.0
    static let sideMargin = 14.0

    /// Lays out `spec`; `measure(text, size, bold)` gives a text's width in points.
    public static func make(_ spec: MatrixSpec, options: MatrixLayoutOptions = MatrixLayoutOptions(),
                            measure: (String, Double, Bool) -> Double) -> MatrixLayout {
        var side = options.side ?? MatrixLayoutOptions.defaultSide(count: spec.points.count)
        let steps = options.omitWhenCrowded || options.side != nil ? 0 : max(0, options.growthSteps)
        var layout = attempt(spec, side: side, options: options, omit: options.omitWhenCrowded, measure: measure)
        var step = 0
        while layout.conflicts > 0 && step < steps {
            step += 1
            side *= 1.2
            layout = attempt(spec, side: side, options: options, omit: false, measure: measure)
        }
        if layout.conflicts > 0 {
            layout = attempt(spec, side: side, options: options, omit: true, measure: measure)
        }
        return layout.layout
    }

    /// The layout at one size; `conflicts` counts names that still overlap.
    static func attempt(_ spec: MatrixSpec, side: Double, options: MatrixLayoutOptions, omit: Bool,
                        measure: (String, Double, Bool) -> Double) -> (layout: MatrixLayout, conflicts: Int) {
        let style = options.style
        let plot = LayoutRect(x: 0, y: 0, width: side, height: side)
        let data = LayoutRect(x: sideMargin, y: band, width: side - 2 * sideMargin, height: side - 2 * band)
        let range = MatrixSpec.scale.upperBound - MatrixSpec.scale.lowerBound
        func position(_ interest: Double, _ influence: Double) -> LayoutPoint {
            LayoutPoint(x: data.x + (interest - MatrixSpec.scale.lowerBound) / range * data.width,
                        y: data.y + (influence - MatrixSpec.scale.lowerBound) / range * data.height)
        }
        var points = spec.points.enumerated().map { k, p in
            let exact = position(clamp(p.interest), clamp(p.influence))
            return PlacedPoint(index: k, centre: exact, exact: exact, radius: style.radius(size: p.size), nudgeLimit: 0)
        }
        arrangeEqualRatings(spec, &points)

        // The fields' names in the bands: the upper fields above, the lower ones below, at the outer corners.
        // Two names share a band: smaller type where the plot is too narrow for both.
        let widest = Quadrant.allCases.compactMap { spec.quadrantNames[$0] }.map { measure($0, style.quadrantFontSize, true) }.max() ?? 0
        let quadrantFont = max(5, min(style.quadrantFontSize, style.quadrantFontSize * (side / 2 - 14) / max(widest + 4, 1)))
        var quadrantBoxes: [Quadrant: LayoutRect] = [:]
        for quadrant in Quadrant.allCases {
            guard let name = spec.quadrantNames[quadrant], !name.isEmpty else { continue }
            let width = measure(name, quadrantFont, true) + 4, height = quadrantFont * 1.3
            let right = quadrant == .keyPlayer || quadrant == .keepInformed
            let top = quadrant == .keyPlayer || quadrant == .keepSatisfied
            let x = right ? plot.maxX - 4 - width : plot.x + 4
            let y = top ? plot.maxY - band / 2 - height / 2 : plot.y + band / 2 - height / 2
            quadrantBoxes[quadrant] = LayoutRect(x: x, y: y, width: width, height: height)
        }

        let fontSize = style.labelFontSize
        let labelled = Array(points.indices.prefix(options.maximumLabels ?? points.count))
        let texts = labelled.map { k -> (lines: [String], bold: Bool) in
            (GraphvizText.wrap(spec.points[k].label, width: options.labelWrapWidth), !spec.points[k].flags.isEmpty)
        }
        let items = zip(labelled, texts).map { k, text in
            let width = (text.lines.map { measure($0, fontSize, text.bold) }.max() ?? 0) + 3
            let height = Double(text.lines.count) * fontSize * 1.2 + 1.5
            return LabelPlacement.Item(anchor: points[k].centre, radius: points[k].radius, width: width, height: height)
        }
        let result = LabelPlacement.place(
            items, markers: points.map { ($0.centre, $0.radius) }, obstacles: Array(quadrantBoxes.values.sorted {
                ($0.x, $0.y) < ($1.x, $1.y)
            }), bounds: LayoutRect(x: plot.x + 1, y: plot.y + 1, width: plot.width - 2, height: plot.height - 2),
            rounds: options.placementRounds, rings: options.leaderRings, omitWhenCrowded: omit)
        var labels: [PlacedLabel] = []
        var leftOut: [Int] = []
        for (j, k) in labelled.enumerated() {
            if let placed = result.placed[j] {
                labels.append(PlacedLabel(point: k, box: placed.box, lines: texts[j].lines, bold: texts[j].bold,
                                          leader: placed.leader, number: nil))
            } else {
                leftOut.append(k)
            }
        }
        leftOut += points.indices.dropFirst(labelled.count)

        // Numbers for names without room, placed clear of the names and of each other.
        let numbered = Array(leftOut.filter { k in
            switch options.numbers {
            case .none: return false
            case .flagged: return !spec.points[k].flags.isEmpty
            case .all: return true
            }
        }.prefix(options.maximumNumbers ?? leftOut.count))
        if !numbered.isEmpty {
            let numberItems = numbered.enumerated().map { n, k in
                LabelPlacement.Item(anchor: points[k].centre, radius: points[k].radius,
                                    width: measure(String(n + 1), fontSize, true) + 3, height: fontSize * 1.2 + 1.5)
            }
            let numberResult = LabelPlacement.place(
                numberItems, markers: points.map { ($0.centre, $0.radius) },
                obstacles: Array(quadrantBoxes.values.sorted { ($0.x, $0.y) < ($1.x, $1.y) }) + labels.map(\.box),
                bounds: LayoutRect(x: plot.x + 1, y: plot.y + 1, width: plot.width - 2, height: plot.height - 2),
                rounds: options.placementRounds, rings: options.leaderRings, omitWhenCrowded: true)
            var number = 0
            var stillLeft = Set<Int>()
            for (j, k) in numbered.enumerated() {
                guard let placed = numberResult.placed[j] else { stillLeft.insert(k); continue }
                number += 1
                labels.append(PlacedLabel(point: k, box: placed.box, lines: [String(number)], bold: true,
                                          leader: placed.leader, number: number))
            }
            leftOut = leftOut.filter { !numbered.contains($0) || stillLeft.contains($0) }
        }
        let layout = MatrixLayout(side: side, plot: plot, data: data, points: points, labels: labels,
                                  leftOut: leftOut.sorted(), quadrantBoxes: quadrantBoxes, quadrantFontSize: quadrantFont)
        return (layout, result.conflicts)
    }

    static func clamp(_ rating: Double) -> Double {
        guard rating.isFinite else { return MatrixSpec.scale.lowerBound }
        return min(max(rating, MatrixSpec.scale.lowerBound), MatrixSpec.scale.upperBound)
    }

    /// Moves markers that share both ratings apart around their common place, deterministically: the largest
    /// marker (the first in spec order among equals) stays exactly there, the others sit on rings around it, as
    /// many on each ring as fit without overlapping, the inner ring first, starting on the left.
    static func arrangeEqualRatings(_ spec: MatrixSpec, _ points: inout [PlacedPoint]) {
        var groups: [[Int]] = []
        var groupOf: [String: Int] = [:]
        for (k, p) in spec.points.enumerated() {
            let key = "\(clamp(p.interest))|\(clamp(p.influence))"
            if let g = groupOf[key] { groups[g].append(k) } else { groupOf[key] = groups.count; groups.append([k]) }
        }
        let gap = 1.5
        for group in groups where group.count > 1 {
            let members = group.enumerated().sorted { a, b in
                points[a.element].radius != points[b.element].radius
                    ? points[a.element].radius > points[b.element].radius : a.offset < b.offset
            }.map(\.element)
            let centre = points[members[0]].radius
            let outer = members.dropFirst().map { points[$0].radius }.max() ?? 0
            let pitch = 2 * outer + gap
            var rest = Array(members.dropFirst())
            var ring = 0
            var limit = 0.0
            while !rest.isEmpty {
                let radius = centre + gap + outer + Double(ring) * pitch
                let capacity = max(1, Int((2 * Double.pi * radius / pitch).rounded(.down)))
                let onRing = Array(rest.prefix(capacity))
                rest.removeFirst(onRing.count)
                for (k, member) in onRing.enumerated() {
                    let angle = Double.pi + 2 * Double.pi * Double(k) / Double(onRing.count)
                    points[member].centre = LayoutPoint(x: points[member].exact.x + radius * cos(angle),
                                                        y: points[member].exact.y + radius * sin(angle))
                }
                limit = radius
                ring += 1
            }
            for member in members { points[member].nudgeLimit = limit }
        }
    }
}
