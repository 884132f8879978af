import GraphvizMap
import NetworkMap
import Wording

/// The stakeholder matrix as the handout prints it: laid out at about its printed size (so names print at
/// 6 points and more), names for the actors with a finding and the most central ones where they find room,
/// the legend beside the plot, and what can be read from it in words.
struct MatrixPrint {
    let spec: MatrixSpec
    let options: MatrixRenderOptions
    /// Names without room on the chart (their markers are drawn).
    let leftOut: Int
    /// The findings in words ("Verdeckte Vermittler: …"), and what is shown.
    let read: String
    let shown: String

    /// Names the back of the sheet tries to place; fewer when they find no room.
    static let labelBudget = 45

    /// The matrix planned for a rectangle of `width` × `height` points, placing at most `labels` names.
    static func plan(_ content: HandoutContent, width: Double, height: Double,
                     labels: Int = labelBudget) throws(HandoutError) -> MatrixPrint {
        let analysis = content.analysis
        let language = content.options.language
        var spec = MatrixSpec(analysis, options: MatrixOptions(language: language, sizeBy: .betweenness))
        // On paper the legend keeps the markers' meaning; the lines are explained by the captions beside it.
        spec.legend = spec.legend.map { section in
            MatrixSpec.LegendSection(title: section.title, entries: section.entries.filter {
                if case .marker = $0.symbol { return true }
                return false
            })
        }
        var layout = MatrixLayoutOptions(style: .print, labelWrapWidth: 20, maximumLabels: labels, omitWhenCrowded: true,
                                         leaderRings: 3, numbers: .flagged,
                                         maximumNumbers: 15)
        // The legend takes about the marker's width, its text and the gaps beside the plot.
        let legendWidth = 20 + 2 * layout.style.radius.upperBound + 16 + layout.style.legendTextWidth
        layout.side = max(120, min(height - 50, width - legendWidth - 30))
        var options = MatrixRenderOptions(layout: layout, surroundings: .legendOnly, documentDate: analysis.network.date)
        // Shrink the plot until the drawing fits at its own size: names then print as large as planned.
        for _ in 0..<3 {
            let natural: DrawingSize
            do { natural = try MatrixRenderer.drawingSize(of: spec, options: options) } catch { throw .map(error.description) }
            let over = max(natural.width - width, natural.height - height)
            guard over > 0.5, let side = options.layout.side else { break }
            options.layout.side = max(120, side - over - 1)
        }
        let placed = MatrixRenderer.layout(spec, options: options.layout)
        let findings = analysis.stakeholderFindings
        // The chart's numbers after the names they stand for; an actor without a finding that got one is keyed.
        var actorOf: [String: Int] = [:]
        for (v, actor) in analysis.network.actors.enumerated() where actorOf[actor.id] == nil { actorOf[actor.id] = v }
        var numbers: [Int: Int] = [:]
        var unflagged: [String] = []
        for (number, point) in placed.keyed {
            if let v = actorOf[spec.points[point].id] { numbers[v] = number }
            if spec.points[point].flags.isEmpty { unflagged.append("\(number) \(spec.points[point].label)") }
        }
        var read = MatrixCaptions.read(analysis, findings: findings, language: language, numbers: numbers,
                                       findingsOnly: true).text
        if !unflagged.isEmpty { read += " " + spec.keyHeading + ": " + unflagged.joined(separator: ", ") + "." }
        let shown = MatrixCaptions.shown(analysis, findings: findings, language: language,
                                         sizeBy: language.phrases.sizeMeaning(.betweenness), ties: false,
                                         nudged: placed.nudgedCount, namesLeftOut: placed.leftOut.count).text
        return MatrixPrint(spec: spec, options: options, leftOut: placed.leftOut.count, read: read, shown: shown)
    }
}

/// The detailed handout's matrix page: on its side, the heading, the matrix as large as the page's height
/// allows with its legend beside it, and its two captions in a column at the right (below the matrix only when
/// they are too long for the column).
struct MatrixPage {
    static let pageSize = PageSize.a4Landscape
    static let headingSize = 15.0
    static let captionSize = 8.5
    /// The captions' column beside the drawing.
    static let columnWidth = 200.0
    static let columnGap = 16.0
    /// A page of its own has room for more names than the back of the sheet.
    static let labelBudget = 110

    let matrix: MatrixPrint
    let title: String
    let captions: [MapSpec.Caption]
    /// Captions in a column beside the drawing rather than below it.
    let beside: Bool

    var content: PageRect { Frame.contentRect(Self.pageSize) }
    var captionWidth: Double { beside ? Self.columnWidth : content.width }

    static func plan(_ content: HandoutContent, strings: HandoutStrings, canvas: any Page) throws(HandoutError) -> MatrixPage {
        let rect = Frame.contentRect(pageSize)
        func captions(_ matrix: MatrixPrint) -> [MapSpec.Caption] {
            [MapSpec.Caption(heading: strings.phrases.shownHeading, text: matrix.shown),
             MapSpec.Caption(heading: strings.phrases.readHeading, text: matrix.read)]
        }
        let drawingWidth = rect.width - columnWidth - columnGap
        let wide = try MatrixPrint.plan(content, width: drawingWidth, height: rect.height - 30, labels: labelBudget)
        let page = MatrixPage(matrix: wide, title: strings.stakeholdersHeading, captions: captions(wide), beside: true)
        if page.captionsHeight(canvas) <= rect.height - 30 { return page }
        // Captions too long for the column (a large network): below the matrix, measured once its numbers are known.
        var reserved = 90.0
        var below = MatrixPage(matrix: try MatrixPrint.plan(content, width: rect.width, height: rect.height - 30 - reserved,
                                                            labels: labelBudget),
                               title: strings.stakeholdersHeading, captions: [], beside: false)
        for _ in 0..<2 {
            below = MatrixPage(matrix: below.matrix, title: below.title, captions: captions(below.matrix), beside: false)
            let needed = below.captionsHeight(canvas)
            guard needed > reserved + 0.5 else { break }
            reserved = needed
            below = MatrixPage(matrix: try MatrixPrint.plan(content, width: rect.width, height: rect.height - 30 - reserved,
                                                            labels: labelBudget),
                               title: below.title, captions: captions(below.matrix), beside: false)
        }
        return below
    }

    func captionLines(_ canvas: any Page) -> [(heading: String, lines: [TextLine])] {
        captions.map { ($0.heading, canvas.lines([TextRun($0.text)], size: Self.captionSize, width: captionWidth)) }
    }

    func captionsHeight(_ canvas: any Page) -> Double {
        captionLines(canvas).reduce(0) { $0 + 14 + Double($1.lines.count) * Self.captionSize * 1.3 + 4 }
    }

    func draw(on canvas: any Page, strings: HandoutStrings, page: Int, of pages: Int) throws(HandoutError) {
        Frame.draw(on: canvas, strings: strings, page: page, of: pages)
        let c = content
        canvas.text(title, x: c.x, y: c.y + Self.headingSize, font: PageFont(size: Self.headingSize, bold: true))
        let drawing: PageRect
        var x = c.x, y: Double
        if beside {
            drawing = PageRect(x: c.x, y: c.y + 30, width: c.width - Self.columnWidth - Self.columnGap, height: c.height - 30)
            x = c.maxX - Self.columnWidth
            y = c.y + 30 - 11
        } else {
            let bottom = c.maxY - captionsHeight(canvas) - 6
            drawing = PageRect(x: c.x, y: c.y + 30, width: c.width, height: bottom - c.y - 30)
            y = bottom + 2
        }
        do {
            try canvas.drawMatrix(matrix.spec, options: matrix.options, fitting: drawing, maximumScale: 1)
        } catch { throw .map(error.description) }
        for caption in captionLines(canvas) {
            y += 11
            canvas.text(caption.heading, x: x, y: y, font: PageFont(size: 9.5, bold: true))
            y += 3 + Self.captionSize * 1.3
            canvas.draw(caption.lines, x: x, y: y, size: Self.captionSize, leading: Self.captionSize * 1.3)
            y += Double(caption.lines.count) * Self.captionSize * 1.3 - Self.captionSize * 1.3 + 4
        }
    }
}
