import CGraphviz

/// Title above the map, legend and captions below it, as nodes pinned around the laid-out map.
///
/// Legend samples are real Graphviz nodes and edges with the map's own attributes, so shapes,
/// colours and line styles in the legend are exactly those of the map.
enum Decorations {

    /// A rough width in points of text set in DejaVu Sans (wide glyphs: about 0.6 em per character).
    static func textWidth(_ text: String, fontSize: Double) -> Double {
        Double(text.count) * fontSize * 0.6
    }

    /// An HTML-like label of one left-aligned line in a cell of fixed size (user text escaped).
    static func leftAligned(_ text: String, width: Double, height: Double, fontSize: Double, bold: Bool) -> String {
        let escaped = GraphvizText.html(text)
        let body = bold ? "<b>\(escaped)</b>" : escaped
        return "<table border=\"0\" cellborder=\"0\" cellpadding=\"0\" cellspacing=\"0\"><tr>"
            + "<td align=\"left\" fixedsize=\"true\" width=\"\(Int(width.rounded(.up)))\" "
            + "height=\"\(Int(height.rounded(.up)))\"><font point-size=\"\(MapRenderer.format(fontSize))\">"
            + body + "</font></td></tr></table>"
    }

    /// Pins title, legend and captions around `box`; `legendBandWidth` overrides how wide a band of legend
    /// columns may grow (a handout fits its legend to the page), and an empty title is left out.
    static func add(
        to graph: GraphvizGraph, spec: MapSpec, box: BoundingBox, style: MapStyle, legendBandWidth: Double? = nil
    ) throws(MapRenderError) {
        // Large maps are printed scaled down: the text around them grows with the map to stay readable.
        let scale = min(max(box.width / 900, 1), 3)
        let entryFont = (11 * scale).rounded()
        let headingFont = (12.5 * scale).rounded()
        let titleFont = (22 * scale).rounded()
        let subtitleFont = (13 * scale).rounded()
        var counter = 0
        func pinned(_ kind: String, x: Double, y: Double) throws(MapRenderError) -> (String, String) -> Void {
            counter += 1
            let node = try graph.node("\(kind)-\(counter)")
            let object = UnsafeMutableRawPointer(node)
            let set = { (name: String, value: String) in
                if name == "htmlLabel" { graph.setHTML(node: node, "label", value) } else { GraphvizGraph.set(object, name, value) }
            }
            set("pos", "\(MapRenderer.format(x)),\(MapRenderer.format(y))!")
            set("pin", "true")
            set("id", "\(kind)-\(counter)")
            set("class", kind)
            set("fontname", style.fontName)
            set("tooltip", " ")
            return set
        }
        func pinnedHTML(_ kind: String, x: Double, y: Double, html: String) throws(MapRenderError) {
            counter += 1
            let node = try graph.node("\(kind)-\(counter)")
            let object = UnsafeMutableRawPointer(node)
            GraphvizGraph.set(object, "pos", "\(MapRenderer.format(x)),\(MapRenderer.format(y))!")
            GraphvizGraph.set(object, "shape", "plaintext")
            GraphvizGraph.set(object, "id", "\(kind)-\(counter)")
            GraphvizGraph.set(object, "class", kind)
            GraphvizGraph.set(object, "fontname", style.fontName)
            GraphvizGraph.set(object, "tooltip", " ")
            graph.setHTML(node: node, "label", html)
        }

        // Title and subtitle, centred above the map.
        var titleRows = "<tr><td><font point-size=\"\(MapRenderer.format(titleFont))\"><b>"
            + GraphvizText.html(spec.title) + "</b></font></td></tr>"
        var titleHeight = titleFont * 1.3 + 8
        if let subtitle = spec.subtitle, !subtitle.isEmpty {
            titleRows += "<tr><td><font point-size=\"\(MapRenderer.format(subtitleFont))\">"
                + GraphvizText.html(subtitle) + "</font></td></tr>"
            titleHeight += subtitleFont * 1.3 + 4
        }
        if !spec.title.isEmpty {
            try pinnedHTML("title", x: box.midX, y: box.maxY + 14 * scale + titleHeight / 2,
                           html: "<table border=\"0\" cellpadding=\"2\" cellspacing=\"0\">\(titleRows)</table>")
        }

        // Legend: one column per section; columns wrap into bands no wider than the page-ish width.
        let widestSample = spec.legend.flatMap(\.entries).map { entry -> Double in
            if case let .node(_, _, _, size, _) = entry.symbol { return style.width(size: size) * 72 }
            return 0
        }.max() ?? 0
        let symbolWidth = max(0.8 * 72 * scale, widestSample)
        let gap = 8.0 * scale
        let columnGap = 28.0 * scale
        let columns = spec.legend.filter { !$0.entries.isEmpty }.map { section -> (MapSpec.LegendSection, Double) in
            let widest = section.entries.map { textWidth($0.label, fontSize: entryFont) }.max() ?? 0
            let title = textWidth(section.title, fontSize: headingFont) - symbolWidth - gap
            return (section, max(widest, title, 40))
        }
        let maxBandWidth = legendBandWidth ?? max(box.width, 760 * scale)
        var bands: [[(MapSpec.LegendSection, Double)]] = [[]]
        var bandWidth = 0.0
        for column in columns {
            let width = symbolWidth + gap + column.1
            if bandWidth > 0, bandWidth + columnGap + width > maxBandWidth {
                bands.append([]); bandWidth = 0
            }
            bandWidth += (bandWidth > 0 ? columnGap : 0) + width
            bands[bands.count - 1].append(column)
        }
        var top = box.minY - 24 * scale
        var legendWidth = 0.0
        for band in bands where !band.isEmpty {
            let total = band.reduce(0) { $0 + symbolWidth + gap + $1.1 } + columnGap * Double(band.count - 1)
            legendWidth = max(legendWidth, total)
            var x = box.midX - total / 2
            var lowest = top
            for (section, textW) in band {
                var y = top
                let heading = try pinned("legend", x: x + (symbolWidth + gap + textW) / 2, y: y - headingFont * 0.7)
                heading("shape", "plaintext")
                heading("margin", "0")
                heading("htmlLabel", leftAligned(section.title, width: symbolWidth + gap + textW,
                                                  height: headingFont * 1.6, fontSize: headingFont, bold: true))
                y -= headingFont * 2.1
                for entry in section.entries {
                    var rowHeight = entryFont * 2
                    switch entry.symbol {
                    case let .node(shape, shapeStyle, fill, size, marks):
                        let sample = try pinned("legend", x: x + symbolWidth / 2, y: y - 11)
                        MapRenderer.applyNodeLook(sample, shape: shape, shapeStyle: shapeStyle, fill: fill, size: size,
                                                  marks: marks, style: style)
                        let w = style.width(size: size) * 72
                        let h = max(0.3 * 72, shape == "ellipse" || shape == "box" || shape == "box3d"
                                    || shape == "house" || shape == "hexagon" || shape == "octagon" ? w * 0.55 : w)
                        sample("fixedsize", "true")
                        sample("label", "")
                        rowHeight = max(rowHeight, h + 6)
                        sample("pos", "\(MapRenderer.format(x + symbolWidth / 2)),\(MapRenderer.format(y - rowHeight / 2))!")
                    case let .edge(kind, strength, isDirected, marks):
                        let from = try pinned("legend", x: x + 4, y: y - 11)
                        let to = try pinned("legend", x: x + symbolWidth - 4, y: y - 11)
                        for end in [from, to] {
                            end("shape", "point"); end("width", "0.02"); end("style", "invis"); end("label", "")
                        }
                        let a = try graph.node("legend-\(counter - 1)")
                        let b = try graph.node("legend-\(counter)")
                        let edge = try graph.edge(a, b, name: "legend-edge-\(counter)")
                        let object = UnsafeMutableRawPointer(edge)
                        let set = { (name: String, value: String) in GraphvizGraph.set(object, name, value) }
                        MapRenderer.applyEdgeLook(set, kind: kind, strength: strength, isDirected: isDirected,
                                                  marks: marks, style: style)
                        set("class", "legend")
                        set("id", "legend-edge-\(counter)")
                    case .none:
                        break
                    }
                    let text = try pinned("legend", x: x + symbolWidth + gap + textW / 2, y: y - rowHeight / 2)
                    text("shape", "plaintext")
                    text("margin", "0")
                    text("htmlLabel", leftAligned(entry.label, width: textW, height: rowHeight, fontSize: entryFont,
                                                  bold: false))
                    y -= rowHeight
                }
                lowest = min(lowest, y)
                x += symbolWidth + gap + textW + columnGap
            }
            top = lowest - 18 * scale
        }

        // Captions, centred below the legend.
        let captions = spec.captions.filter { !$0.text.isEmpty || !$0.heading.isEmpty }
        guard !captions.isEmpty else { return }
        let available = max(box.width, legendWidth, 520 * scale)
        let wrapWidth = min(max(Int(available / (entryFont * 0.6)), 60), 130)
        var rows = ""
        var height = 8.0
        for caption in captions {
            rows += "<tr><td align=\"left\"><font point-size=\"\(MapRenderer.format(headingFont))\"><b>"
                + GraphvizText.html(caption.heading) + "</b></font></td></tr>"
            height += headingFont * 1.35 + 4
            let lines = caption.text.split(separator: "\n", omittingEmptySubsequences: false)
                .flatMap { GraphvizText.wrap(String($0), width: wrapWidth) }
            rows += "<tr><td align=\"left\" balign=\"left\"><font point-size=\"\(MapRenderer.format(entryFont))\">"
                + lines.map(GraphvizText.html).joined(separator: "<br/>") + "</font></td></tr>"
            height += Double(lines.count) * entryFont * 1.3 + 6
        }
        try pinnedHTML("caption", x: box.midX, y: top - height / 2,
                       html: "<table border=\"0\" cellpadding=\"2\" cellspacing=\"0\">\(rows)</table>")
    }
}
