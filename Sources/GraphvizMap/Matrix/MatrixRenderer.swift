import CGraphviz
import Foundation
import NetworkMap

/// How ``MatrixRenderer`` lays out and draws a ``MatrixSpec``.
public struct MatrixRenderOptions: Hashable, Sendable {
    /// What is drawn around the plot.
    public enum Surroundings: Hashable, Sendable {
        /// Title, legend beside the plot, captions and notes below: a chart that stands alone.
        case full
        /// The legend beside the plot only: for a page that sets its own title and text.
        case legendOnly
        /// The plot alone.
        case none
    }

    public var layout: MatrixLayoutOptions
    public var surroundings: Surroundings
    /// The date written into a PDF's `/CreationDate` (see ``RenderOptions/documentDate``).
    public var documentDate: Day?

    public init(layout: MatrixLayoutOptions = MatrixLayoutOptions(), surroundings: Surroundings = .full,
                documentDate: Day? = nil) {
        self.layout = layout; self.surroundings = surroundings; self.documentDate = documentDate
    }
}

/// Draws a ``MatrixSpec`` through Graphviz's C API as SVG, PDF or PNG, every position fixed by ``MatrixLayout``.
///
/// Every element is a node or an edge pinned with `pos="x,y!"` and the drawing is finished by Graphviz's `nop`
/// engine, which keeps positions as given (as `neato -n` does); the fields' tint, the grid, the middle lines,
/// the ticks and the axis titles are drawn first from the graph's `_background` (xdot operations). Markers are
/// nodes with the SVG id ``SVGIdentifier/matrixActor(_:)`` and the classes `matrix-actor`, `attitude-…` and
/// `flag-…`; names are nodes with the id ``SVGIdentifier/matrixLabel(_:)``; leader lines and ties are edges
/// of class `leader` and `tie`. The same spec gives the same bytes.
public enum MatrixRenderer {
    /// The matrix as bytes in the given format.
    public static func render(
        _ spec: MatrixSpec, format: MapFormat, options: MatrixRenderOptions = MatrixRenderOptions()
    ) throws(MapRenderError) -> Data {
        try Graphviz.withExclusiveAccess { () throws(MapRenderError) -> Data in
            let graph = try build(spec, options: options).graph
            let data = try graph.renderData(format: format.device)
            return format == .pdf ? MapRenderer.stampCreationDate(data, options.documentDate) : data
        }
    }

    /// Where every marker and name goes, as ``render(_:format:options:)`` draws them.
    public static func layout(_ spec: MatrixSpec, options: MatrixLayoutOptions = MatrixLayoutOptions()) -> MatrixLayout {
        let measure = TextMeasure(fontName: options.style.fontName)
        return MatrixLayout.make(spec, options: options) { measure.width($0, size: $1, bold: $2) }
    }

    /// The natural size of the drawing in points, to plan a page around it.
    public static func drawingSize(of spec: MatrixSpec, options: MatrixRenderOptions) throws(MapRenderError) -> DrawingSize {
        try Graphviz.withExclusiveAccess { () throws(MapRenderError) -> DrawingSize in
            try MapRenderer.size(of: build(spec, options: options).graph)
        }
    }

    /// Draws the matrix into `cairo` (a `cairo_t *`), scaled to fit `rect` and centred in it (see
    /// ``MapRenderer/draw(_:options:into:fitting:maximumScale:)``).
    static func draw(
        _ spec: MatrixSpec, options: MatrixRenderOptions, into cairo: OpaquePointer, fitting rect: PageRect,
        maximumScale: Double
    ) throws(MapRenderError) -> PlacedDrawing {
        try Graphviz.withExclusiveAccess { () throws(MapRenderError) -> PlacedDrawing in
            let graph = try build(spec, options: options, transparent: true).graph
            return try MapRenderer.place(graph, into: cairo, fitting: rect, maximumScale: maximumScale)
        }
    }

    // MARK: - Inside the lock

    static func build(_ spec: MatrixSpec, options: MatrixRenderOptions, transparent: Bool = false)
        throws(MapRenderError) -> (graph: GraphvizGraph, layout: MatrixLayout) {
        let style = options.layout.style
        let measure = TextMeasure(fontName: style.fontName)
        let layout = MatrixLayout.make(spec, options: options.layout) { measure.width($0, size: $1, bold: $2) }
        let context = try GraphvizContext()
        let graph = try GraphvizGraph(name: spec.title.isEmpty ? "matrix" : spec.title, directed: false, context: context)
        graph.set("outputorder", "edgesfirst")
        graph.set("splines", "false")
        graph.set("overlap", "true")
        graph.set("pad", transparent ? "0" : "0.25")
        graph.set("margin", "0")
        graph.set("bgcolor", transparent ? "transparent" : "white")
        graph.set("fontname", style.fontName)
        graph.set("tooltip", GraphvizText.plain(spec.title))
        // Its own id: a page that shows the map too would otherwise hold two elements `graph0`.
        graph.set("id", "matrix-graph")
        var drawing = Drawing(graph: graph, style: style, measure: measure)
        graph.set("_background", background(spec, layout, style: style, measure: measure))

        for quadrant in Quadrant.allCases {
            guard let box = layout.quadrantBoxes[quadrant], let name = spec.quadrantNames[quadrant] else { continue }
            let set = try drawing.pinned("matrix-quadrant-\(quadrant.rawValue)", classes: "matrix-quadrant", at: box.centre)
            set("shape", "plaintext")
            set("fixedsize", "true")
            set("width", inches(box.width))
            set("height", inches(box.height))
            set("fontcolor", "#555555")
            set("fontsize", MapRenderer.format(layout.quadrantFontSize))
            drawing.html(set, "<b>" + GraphvizText.html(name) + "</b>")
        }

        var handles: [String: UnsafeMutablePointer<Agnode_t>] = [:]
        var usedIDs = Set<String>()
        for placed in layout.points {
            let point = spec.points[placed.index]
            // Ids must be unique for Graphviz and for the page that links to them.
            var id = point.id
            if usedIDs.contains(id) { id += "-\(placed.index)" }
            usedIDs.insert(id)
            let classes = ["matrix-actor", "attitude-" + (point.attitude?.rawValue ?? "unknown")]
                + point.flags.map { "flag-" + $0.rawValue }
            let set = try drawing.pinned(SVGIdentifier.matrixActor(id), classes: classes.joined(separator: " "),
                                         at: placed.centre)
            applyMarker(set, attitude: point.attitude, radius: placed.radius, flagged: !point.flags.isEmpty, style: style)
            set("tooltip", GraphvizText.plain(point.tooltip ?? point.label))
            handles[point.id] = drawing.lastNode
        }
        for (k, tie) in spec.ties.enumerated() {
            guard let a = handles[tie.source], let b = handles[tie.target], a != b else { continue }
            let edge = try graph.edge(a, b, name: "tie-\(k)")
            let set = { (name: String, value: String) in GraphvizGraph.set(UnsafeMutableRawPointer(edge), name, value) }
            set("color", style.tieColor)
            set("penwidth", MapRenderer.format(0.4 + 0.3 * min(max(tie.strength, 1), 3)))
            set("id", "matrix-tie-\(k)")
            set("class", "tie")
            set("tooltip", " ")
        }
        for label in layout.labels {
            let point = spec.points[label.point]
            let set = try drawing.pinned(SVGIdentifier.matrixLabel(point.id), classes: "matrix-label", at: label.box.centre)
            let node = drawing.lastNode
            set("shape", "box")
            // A pale backing keeps a name legible where it grazes a marker's rim or crosses a line.
            set("style", "filled")
            set("fillcolor", "#FFFFFFCC")
            set("color", "transparent")
            set("penwidth", "0")
            set("fixedsize", "true")
            set("width", inches(label.box.width))
            set("height", inches(label.box.height))
            set("margin", "0")
            set("fontsize", MapRenderer.format(style.labelFontSize))
            set("fontcolor", "#111111")
            set("tooltip", GraphvizText.plain(point.tooltip ?? point.label))
            let text = label.lines.map(GraphvizText.html).joined(separator: "<br/>")
            drawing.html(set, label.bold ? "<b>" + text + "</b>" : text)
            if label.leader, let marker = handles[point.id], let node {
                let edge = try graph.edge(marker, node, name: "leader-\(label.point)")
                let setEdge = { (name: String, value: String) in GraphvizGraph.set(UnsafeMutableRawPointer(edge), name, value) }
                setEdge("color", style.leaderColor)
                setEdge("penwidth", "0.5")
                setEdge("id", "matrix-leader-\(SVGIdentifier.token(point.id))")
                setEdge("class", "leader")
                setEdge("tooltip", " ")
            }
        }

        if options.surroundings != .none {
            let legendRight = try drawLegend(spec, layout: layout, drawing: &drawing)
            if options.surroundings == .full {
                try drawTitleAndText(spec, layout: layout, right: legendRight, drawing: &drawing)
            }
        }
        try graph.layout(engine: "nop")
        return (graph, layout)
    }

    /// A marker's node attributes (shared by the chart and the legend's samples).
    static func applyMarker(_ set: (String, String) -> Void, attitude: Attitude?, radius: Double, flagged: Bool,
                            style: MatrixStyle) {
        let marker = style.marker(attitude)
        set("shape", marker.shape)
        set("fixedsize", "true")
        set("width", inches(2 * radius * marker.widthFactor))
        set("height", inches(2 * radius * marker.heightFactor))
        set("style", "filled")
        set("fillcolor", marker.fill)
        set("color", flagged ? "#000000" : style.outline)
        set("penwidth", flagged ? "1.3" : "0.7")
        if flagged { set("peripheries", "2") }
        set("label", "")
    }

    static func inches(_ points: Double) -> String { MapRenderer.format(max(points, 0.5) / 72) }

    // MARK: Background: fields, grid, middle lines, ticks, axis titles

    /// The xdot operations drawn before everything else.
    static func background(_ spec: MatrixSpec, _ layout: MatrixLayout, style: MatrixStyle, measure: TextMeasure) -> String {
        var ops = XDot()
        let plot = layout.plot, data = layout.data
        let midX = data.x + data.width / 2, midY = data.y + data.height / 2
        ops.fill(style.keyPlayerTint)
        ops.pen(style.keyPlayerTint)
        ops.polygon(filled: true, [(midX, midY), (plot.maxX, midY), (plot.maxX, plot.maxY), (midX, plot.maxY)])
        ops.style("setlinewidth(0.4)")
        ops.pen(style.gridColor)
        for v in 0...10 where v != 5 {
            let x = data.x + Double(v) / 10 * data.width, y = data.y + Double(v) / 10 * data.height
            ops.line([(x, data.y), (x, data.maxY)])
            ops.line([(data.x, y), (data.maxX, y)])
        }
        ops.style("setlinewidth(1)")
        ops.style("dashed")
        ops.pen(style.middleColor)
        ops.line([(midX, plot.y), (midX, plot.maxY)])
        ops.line([(plot.x, midY), (plot.maxX, midY)])
        ops.style("solid")
        ops.pen(style.frameColor)
        ops.polygon(filled: false, [(plot.x, plot.y), (plot.maxX, plot.y), (plot.maxX, plot.maxY), (plot.x, plot.maxY)])
        ops.font(style.tickFontSize, style.fontName)
        ops.pen("#333333")
        for v in 0...10 {
            let text = String(v)
            let w = measure.width(text, size: style.tickFontSize, bold: false)
            let x = data.x + Double(v) / 10 * data.width, y = data.y + Double(v) / 10 * data.height
            ops.line([(x, plot.y), (x, plot.y - 3)])
            ops.line([(plot.x, y), (plot.x - 3, y)])
            ops.text(x: x, y: plot.y - 4 - style.tickFontSize, align: 0, width: w, text)
            ops.text(x: plot.x - 5, y: y - style.tickFontSize * 0.35, align: 1, width: w, text)
        }
        let axisFont = style.tickFontSize + 1.5
        ops.font(axisFont, style.fontName)
        ops.pen("#000000")
        let xTitle = spec.xAxisTitle + " →", yTitle = "↑ " + spec.yAxisTitle
        ops.text(x: data.x + data.width / 2, y: plot.y - 8 - style.tickFontSize - axisFont, align: 0,
                 width: measure.width(xTitle, size: axisFont, bold: false), xTitle)
        ops.text(x: plot.x, y: plot.maxY + 6, align: -1, width: measure.width(yTitle, size: axisFont, bold: false), yTitle)
        return ops.text
    }

    // MARK: Legend, title, captions

    /// The legend as a column right of the plot; returns its right edge.
    static func drawLegend(_ spec: MatrixSpec, layout: MatrixLayout, drawing: inout Drawing) throws(MapRenderError) -> Double {
        let style = drawing.style
        // The leader line is explained only where one is drawn.
        let hasLeaders = layout.labels.contains(where: \.leader)
        let sections = spec.legend.map { section in
            MatrixSpec.LegendSection(title: section.title, entries: section.entries.filter { $0.symbol != .leader || hasLeaders })
        }.filter { !$0.entries.isEmpty }
        guard !sections.isEmpty else { return layout.plot.maxX }
        let entryFont = style.legendFontSize, headingFont = style.legendHeadingFontSize
        let symbolWidth = 2 * style.radius.upperBound + 10
        let textWidth = min(style.legendTextWidth, sections.flatMap { $0.entries.map { drawing.measure.width($0.label, size: entryFont, bold: false) } }
            .max() ?? 60)
        let x = layout.plot.maxX + 20
        var y = layout.plot.maxY
        for section in sections {
            let headingWidth = symbolWidth + 6 + textWidth
            let heading = try drawing.pinned("matrix-legend-\(drawing.counter + 1)", classes: "legend",
                                             at: LayoutPoint(x: x + headingWidth / 2, y: y - headingFont * 0.8))
            heading("shape", "plaintext")
            heading("margin", "0")
            drawing.html(heading, Decorations.leftAligned(section.title, width: headingWidth, height: headingFont * 1.6,
                                                          fontSize: headingFont, bold: true))
            y -= headingFont * 2
            for entry in section.entries {
                let lines = drawing.measure.wrap(entry.label, width: textWidth, size: entryFont)
                var rowHeight = max(Double(lines.count) * entryFont * 1.25 + 4, entryFont * 2)
                let centreY = { y - rowHeight / 2 }
                switch entry.symbol {
                case let .marker(attitude, size, flagged):
                    let radius = style.radius(size: size)
                    rowHeight = max(rowHeight, 2 * radius * 1.3 + (flagged ? 8 : 4))
                    let sample = try drawing.pinned("matrix-legend-\(drawing.counter + 1)", classes: "legend",
                                                    at: LayoutPoint(x: x + symbolWidth / 2, y: centreY()))
                    applyMarker(sample, attitude: attitude, radius: radius, flagged: flagged, style: style)
                case .leader, .tie, .middle:
                    let from = try drawing.pinned("matrix-legend-\(drawing.counter + 1)", classes: "legend",
                                                  at: LayoutPoint(x: x + 2, y: centreY()))
                    let a = drawing.lastNode
                    for set in [from] { set("shape", "point"); set("width", "0.02"); set("style", "invis"); set("label", "") }
                    let to = try drawing.pinned("matrix-legend-\(drawing.counter + 1)", classes: "legend",
                                                at: LayoutPoint(x: x + symbolWidth - 2, y: centreY()))
                    to("shape", "point"); to("width", "0.02"); to("style", "invis"); to("label", "")
                    if let a, let b = drawing.lastNode {
                        let edge = try drawing.graph.edge(a, b, name: "matrix-legend-edge-\(drawing.counter)")
                        let set = { (name: String, value: String) in GraphvizGraph.set(UnsafeMutableRawPointer(edge), name, value) }
                        switch entry.symbol {
                        case .leader: set("color", style.leaderColor); set("penwidth", "0.5")
                        case .tie: set("color", style.tieColor); set("penwidth", "1")
                        default: set("color", style.middleColor); set("penwidth", "1"); set("style", "dashed")
                        }
                        set("class", "legend")
                        set("id", "matrix-legend-edge-\(drawing.counter)")
                    }
                case .none:
                    break
                }
                let text = try drawing.pinned("matrix-legend-\(drawing.counter + 1)", classes: "legend",
                                              at: LayoutPoint(x: x + symbolWidth + 6 + textWidth / 2, y: centreY()))
                text("shape", "plaintext")
                text("margin", "0")
                drawing.html(text, "<table border=\"0\" cellborder=\"0\" cellpadding=\"0\" cellspacing=\"0\"><tr>"
                    + "<td align=\"left\" balign=\"left\" fixedsize=\"true\" width=\"\(Int(textWidth.rounded(.up)))\" "
                    + "height=\"\(Int(rowHeight.rounded(.up)))\"><font point-size=\"\(MapRenderer.format(entryFont))\">"
                    + lines.map(GraphvizText.html).joined(separator: "<br/>") + "</font></td></tr></table>")
                y -= rowHeight
            }
            y -= 8
        }
        return x + symbolWidth + 6 + textWidth
    }

    /// Title and subtitle above the plot; captions, notes and the names left out below it.
    static func drawTitleAndText(_ spec: MatrixSpec, layout: MatrixLayout, right: Double,
                                 drawing: inout Drawing) throws(MapRenderError) {
        let left = layout.plot.x - 24
        let width = max(right - left, 360)
        let titleFont = 17.0, subtitleFont = 10.5, headingFont = 10.0, textFont = 9.0
        var rows = "<tr><td align=\"left\"><font point-size=\"\(MapRenderer.format(titleFont))\"><b>"
            + GraphvizText.html(spec.title) + "</b></font></td></tr>"
        var height = titleFont * 1.35 + 6
        if let subtitle = spec.subtitle, !subtitle.isEmpty {
            rows += "<tr><td align=\"left\"><font point-size=\"\(MapRenderer.format(subtitleFont))\">"
                + GraphvizText.html(subtitle) + "</font></td></tr>"
            height += subtitleFont * 1.35 + 2
        }
        let titleWidth = max(drawing.measure.width(spec.title, size: titleFont, bold: true),
                             drawing.measure.width(spec.subtitle ?? "", size: subtitleFont, bold: false)) + 8
        let top = layout.plot.maxY + 24
        let title = try drawing.pinned("matrix-title", classes: "title",
                                       at: LayoutPoint(x: left + titleWidth / 2, y: top + height / 2))
        title("shape", "plaintext")
        title("margin", "0")
        drawing.html(title, "<table border=\"0\" cellpadding=\"1\" cellspacing=\"0\">\(rows)</table>")

        var blocks = spec.captions + spec.notes
        if !layout.keyed.isEmpty {
            blocks.append(MapSpec.Caption(heading: spec.keyHeading, text: spec.key(layout)))
        }
        if !layout.leftOut.isEmpty, !spec.leftOutHeading.isEmpty {
            blocks.append(MapSpec.Caption(heading: spec.leftOutHeading,
                                          text: layout.leftOut.map { spec.points[$0].label }.joined(separator: ", ")))
        }
        var y = layout.plot.y - 48
        for (k, block) in blocks.enumerated() where !block.heading.isEmpty || !block.text.isEmpty {
            let lines = drawing.measure.wrap(block.text, width: width - 8, size: textFont)
            var body = ""
            var blockHeight = 6.0
            if !block.heading.isEmpty {
                body += "<tr><td align=\"left\"><font point-size=\"\(MapRenderer.format(headingFont))\"><b>"
                    + GraphvizText.html(block.heading) + "</b></font></td></tr>"
                blockHeight += headingFont * 1.35 + 2
            }
            body += "<tr><td align=\"left\" balign=\"left\"><font point-size=\"\(MapRenderer.format(textFont))\">"
                + lines.map(GraphvizText.html).joined(separator: "<br/>") + "</font></td></tr>"
            blockHeight += Double(lines.count) * textFont * 1.3
            let blockWidth = (lines.map { drawing.measure.width($0, size: textFont, bold: false) }
                + [drawing.measure.width(block.heading, size: headingFont, bold: true)]).max() ?? width
            let node = try drawing.pinned("matrix-caption-\(k + 1)", classes: "caption",
                                          at: LayoutPoint(x: left + (blockWidth + 6) / 2, y: y - blockHeight / 2))
            node("shape", "plaintext")
            node("margin", "0")
            drawing.html(node, "<table border=\"0\" cellpadding=\"1\" cellspacing=\"0\">\(body)</table>")
            y -= blockHeight + 6
        }
    }

    /// The graph being drawn, with a counter for the ids of decorations and the node made last.
    struct Drawing {
        let graph: GraphvizGraph
        let style: MatrixStyle
        let measure: TextMeasure
        var counter = 0
        var lastNode: UnsafeMutablePointer<Agnode_t>?

        /// A node pinned at `point`, with its id and classes; returns its attribute setter.
        mutating func pinned(_ id: String, classes: String, at point: LayoutPoint) throws(MapRenderError)
            -> (String, String) -> Void {
            counter += 1
            let node = try graph.node("m\(counter)")
            lastNode = node
            let object = UnsafeMutableRawPointer(node)
            let set = { (name: String, value: String) in GraphvizGraph.set(object, name, value) }
            set("pos", "\(MapRenderer.format(point.x)),\(MapRenderer.format(point.y))!")
            set("pin", "true")
            set("id", id)
            set("class", classes)
            set("fontname", style.fontName)
            set("tooltip", " ")
            return set
        }

        /// Sets the last node's label to an HTML-like label (every user text in it already escaped).
        func html(_ set: (String, String) -> Void, _ label: String) {
            guard let lastNode else { return }
            graph.setHTML(node: lastNode, "label", label)
        }
    }
}

/// Graphviz's xdot drawing operations, for a graph's `_background`.
struct XDot {
    private(set) var text = ""

    private mutating func op(_ code: String, _ value: String) {
        text += "\(code) \(value.utf8.count) -\(value) "
    }

    private func number(_ value: Double) -> String { MapRenderer.format(value) }

    mutating func pen(_ color: String) { op("c", color) }
    mutating func fill(_ color: String) { op("C", color) }
    mutating func style(_ style: String) { op("S", style) }
    mutating func font(_ size: Double, _ name: String) { text += "F \(number(size)) \(name.utf8.count) -\(name) " }

    mutating func polygon(filled: Bool, _ points: [(Double, Double)]) {
        text += (filled ? "P " : "p ") + "\(points.count) " + points.map { "\(number($0.0)) \(number($0.1))" }.joined(separator: " ") + " "
    }

    mutating func line(_ points: [(Double, Double)]) {
        text += "L \(points.count) " + points.map { "\(number($0.0)) \(number($0.1))" }.joined(separator: " ") + " "
    }

    /// Text with its baseline at `y`; `align` -1 left, 0 centred, 1 right of `x`.
    mutating func text(x: Double, y: Double, align: Int, width: Double, _ value: String) {
        text += "T \(number(x)) \(number(y)) \(align) \(number(width)) \(value.utf8.count) -\(value) "
    }
}
