import Foundation
import GraphvizMap
import NetworkMap
import Wording

/// The printable A4 handout for a coordination meeting.
///
/// By default one sheet printed on both sides: the front has the map with its legend and captions, the key
/// figures and the QM office's share of the network; the back has the brokers, the gaps with suggested
/// introductions, the stakeholder matrix and questions for discussion. ``HandoutOptions/detailed`` gives the
/// longer version: the map, the matrix on a page of its own, then findings, questions and the invitation list.
///
/// Composed on a ``PDFDocument`` (GraphvizMap's cairo PDF ``Page``); Graphviz lays the map and the matrix out and
/// draws them onto the pages, so every word stays real, searchable text. Black on white with grey panels: it
/// reads printed in black and white (the map's shapes and line styles and the matrix's marker shapes carry their
/// meaning without colour). The same analysis and options give the same bytes (the PDF's dates are the data's date).
public enum Handout {
    /// The default handout: one sheet, both sides.
    public static let sheetPages = 2
    /// The detailed handout never runs longer than this.
    public static let maximumPages = 4
    /// Pages of findings, questions and invitations in the detailed handout.
    static let detailedTextPages = 2

    /// The handout as PDF bytes.
    public static func pdf(_ analysis: Analysis, options: HandoutOptions) throws(HandoutError) -> Data {
        let content = HandoutContent(analysis, options: options)
        let strings = HandoutStrings(options.language, analysis: analysis)
        // Text is measured on the document's own context; page 1 takes its orientation once the map is planned.
        let canvas: PDFDocument
        do {
            canvas = try PDFDocument(firstPage: .a4Portrait, title: strings.title(options.title),
                                     date: analysis.network.date, creator: "network-map")
        } catch { throw .page(error) }
        if options.detailed {
            let map = try MapPage.plan(content, strings: strings, canvas: canvas)
            canvas.resizeCurrentPage(map.pageSize)
            let matrix = try MatrixPage.plan(content, strings: strings, canvas: canvas)
            let pages = TextPages.plan(content, strings: strings, canvas: canvas)
            let total = 2 + pages.count
            try map.draw(on: canvas, strings: strings, pages: total)
            canvas.nextPage(MatrixPage.pageSize)
            try matrix.draw(on: canvas, strings: strings, page: 2, of: total)
            for (k, page) in pages.enumerated() {
                canvas.nextPage(.a4Portrait)
                Frame.draw(on: canvas, strings: strings, page: k + 3, of: total)
                try page.draw(on: canvas)
            }
        } else {
            let map = try MapPage.plan(content, strings: strings, canvas: canvas, footer: frontFooter(content, strings: strings))
            let back = try TextPages.planBack(content, strings: strings, canvas: canvas)
            try map.draw(on: canvas, strings: strings, pages: sheetPages)
            canvas.nextPage(.a4Portrait)
            Frame.draw(on: canvas, strings: strings, page: 2, of: sheetPages)
            try back.draw(on: canvas)
        }
        do { return try canvas.finish() } catch { throw .page(error) }
    }

    /// Under the map on the front of the sheet: the key figures and the QM office's line.
    static func frontFooter(_ content: HandoutContent, strings: HandoutStrings) -> [Block] {
        var blocks: [Block] = [.figures(strings.keyFigures(content))]
        if let home = content.home {
            blocks.append(.paragraph([TextRun(strings.homeHeading, bold: true), TextRun(" " + strings.s.homeSentence(home))],
                                     marker: nil))
        } else {
            blocks.append(.paragraph([TextRun(strings.homeHeading, bold: true), TextRun(" " + strings.noHome())], marker: nil))
        }
        return blocks
    }
}

/// Margins, header and footer shared by every page.
enum Frame {
    static let margin = 40.0
    static let top = 52.0
    static let bottomSpace = 46.0

    static func contentRect(_ size: PageSize) -> PageRect {
        PageRect(x: margin, y: top, width: size.width - 2 * margin, height: size.height - top - bottomSpace)
    }

    static func draw(on canvas: any Page, strings: HandoutStrings, page: Int, of pages: Int) {
        let size = canvas.pageSize
        let small = PageFont(size: 7.5)
        let header = strings.header(page: page)
        canvas.text(header.left, x: margin, y: 30, font: PageFont(size: 7.5, bold: true))
        canvas.text(header.right, x: size.width - margin, y: 30, font: small, alignRight: true)
        canvas.line(from: (margin, 35), to: (size.width - margin, 35), width: 0.5)
        let footer = strings.footer(page: page, of: pages)
        let y = size.height - 26
        canvas.line(from: (margin, y - 10), to: (size.width - margin, y - 10), width: 0.5)
        let rightWidth = canvas.width(footer.right, small)
        // A long source is cut to the room left of the page number.
        var left = footer.left
        while left.count > 10, canvas.width(left, small) > size.width - 2 * margin - rightWidth - 16 {
            left = String(left.dropLast(2)) + "…"
        }
        canvas.text(left, x: margin, y: y, font: small)
        canvas.text(footer.right, x: size.width - margin, y: y, font: small, alignRight: true)
    }
}

/// Page 1: title, the map as large as the page allows, its legend and the two captions.
struct MapPage {
    let spec: MapSpec
    let renderOptions: RenderOptions
    let pageSize: PageSize
    let style: MapStyle
    let title: String
    let subtitle: String
    let captions: [MapSpec.Caption]
    /// Blocks set across the page's foot, under the captions (the sheet's key figures and QM office line).
    var footer: [Block] = []

    static let titleSize = 17.0
    static let captionSize = 8.5
    static let legendScale = 0.8

    /// Chooses the actors, the orientation and the map's size: fewer actors until the smallest label
    /// prints at the minimum size (a map shrunk to illegibility helps nobody at the table).
    ///
    /// With a `footer` (the one-sheet handout) the page stays upright, so that both sides of the sheet print alike.
    static func plan(_ content: HandoutContent, strings: HandoutStrings, canvas probe: any Page,
                     footer: [Block] = []) throws(HandoutError) -> MapPage {
        let analysis = content.analysis
        let options = content.options
        let total = content.scope?.count ?? analysis.graph.nodeCount
        var limit = max(5, options.mapActorLimit)
        var renderOptions = RenderOptions(style: options.style, seed: options.seed)
        renderOptions.documentDate = analysis.network.date
        // Compact for paper: node overlaps removed at about the nodes' own size, not four times it.
        renderOptions.graphAttributes["overlap_scaling"] = "-1"
        renderOptions.graphAttributes["sep"] = "+3"
        // Spline routing around nodes differs between runs (it depends on memory addresses); straight
        // ties keep the handout byte for byte the same.
        renderOptions.graphAttributes["splines"] = "false"
        while true {
            let selection = content.mapSelection(limit: limit)
            let sizeLabel = strings.phrases.sizeMeaning(.betweenness)
            let focusName = options.focus.map { analysis.network.actors[$0].name }
            var captions = MapCaptions.make(analysis, language: options.language, sizeBy: sizeLabel, focusName: focusName,
                                            shownActors: selection.count)
            let privateLeftOut = (content.scope ?? Set(0..<analysis.graph.nodeCount)).subtracting(selection)
                .filter { analysis.network.actors[$0].isPrivate }.count
            let excerpt = strings.mapExcerpt(shown: selection.count, total: total, privateLeftOut: privateLeftOut,
                                             focusName: focusName, theme: options.theme)
            if !excerpt.isEmpty, !captions.isEmpty { captions[0].text += " " + excerpt }
            let selectedSet = selection
            let mapOptions = MapOptions(
                language: options.language, selection: selection,
                sizeValues: analysis.measures.map(\.betweenness), sizeLabel: sizeLabel,
                communities: analysis.communities.membership,
                highlightBrokers: Set(content.brokers.map(\.actor)),
                isolatedGroups: content.detachedGroups.map { analysis.components[$0] } + content.isolates.map { [$0] },
                introductions: content.introductions.prefix(3).map { ($0.source, $0.target) }
                    .filter { selectedSet.contains($0.0) && selectedSet.contains($0.1) },
                highlighted: options.focus.map { [$0] } ?? [], title: strings.title(options.title))
            var spec = MapSpec(analysis, options: mapOptions)
            // Node size is explained in the caption; its legend samples (up to 1.6 inch wide) would cost the map room.
            spec.legend.removeAll { $0.kind == .size }
            let natural: DrawingSize
            do { natural = try MapRenderer.layoutSize(of: spec, options: renderOptions) } catch { throw .map(error.description) }
            let page: PageSize = footer.isEmpty && natural.aspectRatio > 1.25 ? .a4Landscape : .a4Portrait
            let candidate = MapPage(
                spec: spec, renderOptions: renderOptions, pageSize: page, style: options.style,
                title: strings.title(options.title),
                subtitle: strings.subtitle(actors: analysis.graph.nodeCount, ties: analysis.network.ties.count),
                captions: captions, footer: footer)
            let area = try candidate.mapArea(probe)
            let scale = min(area.width / max(natural.width, 1), area.height / max(natural.height, 1), 1)
            if scale * options.style.fontSize.lowerBound >= options.minimumLabelSize || limit <= 12 { return candidate }
            limit = max(12, Int(Double(min(limit, selection.count)) * 0.8))
        }
    }

    var content: PageRect { Frame.contentRect(pageSize) }

    /// Where map and legend go: on a landscape page the legend is a column beside the map, on an upright
    /// page a band below it; the captions run across the page's foot.
    struct Geometry {
        var map: PageRect
        var legend: PageRect
        var legendBandWidth: Double
        var legendScale: Double
    }

    func geometry(_ canvas: any Page) throws(HandoutError) -> Geometry {
        let c = content
        let top = c.y + headerHeight(canvas)
        let bottom = c.maxY - captionsHeight(canvas) - footerHeight(canvas) - 6
        do {
            if pageSize.width > pageSize.height {
                // Each section its own band: a column.
                let natural = try MapRenderer.legendSize(of: spec, style: style, bandWidth: 1)
                let scale = min(Self.legendScale, 215 / max(natural.width, 1), (bottom - top) / max(natural.height, 1))
                let width = natural.width * scale
                let legend = PageRect(x: c.maxX - width, y: top, width: width, height: natural.height * scale)
                let map = PageRect(x: c.x, y: top, width: c.width - width - 14, height: bottom - top)
                return Geometry(map: map, legend: legend, legendBandWidth: 1, legendScale: scale)
            }
            // One band across the page when it prints large enough, else bands that wrap. The sheet's front,
            // which also holds the key figures, keeps one band down to a smaller print.
            var band = 5_000.0
            var natural = try MapRenderer.legendSize(of: spec, style: style, bandWidth: band)
            let smallest = footer.isEmpty ? 0.62 : 0.55
            if c.width / max(natural.width, 1) < smallest {
                band = c.width / (footer.isEmpty ? Self.legendScale : smallest)
                natural = try MapRenderer.legendSize(of: spec, style: style, bandWidth: band)
            }
            let scale = min(Self.legendScale, c.width / max(natural.width, 1))
            let height = natural.height * scale
            let legend = PageRect(x: c.x, y: bottom - height, width: c.width, height: height)
            let map = PageRect(x: c.x, y: top, width: c.width, height: max(40, legend.y - 8 - top))
            return Geometry(map: map, legend: legend, legendBandWidth: band, legendScale: scale)
        } catch {
            throw .map(error.description)
        }
    }

    /// The rectangle left for the map.
    func mapArea(_ canvas: any Page) throws(HandoutError) -> PageRect { try geometry(canvas).map }

    func headerHeight(_ canvas: any Page) -> Double {
        let lines = canvas.lines([TextRun(subtitle)], size: 9, width: content.width).count
        return Self.titleSize * 1.2 + Double(lines) * 11 + 8
    }

    func captionLines(_ canvas: any Page) -> [(heading: String, lines: [TextLine])] {
        captions.map { ($0.heading, canvas.lines([TextRun($0.text)], size: Self.captionSize, width: content.width)) }
    }

    /// The footer's blocks, set across the content's width.
    func footerPage(_ canvas: any Page, top: Double) -> TextPages {
        TextPages(blocks: footer, width: content.width, x: content.x, top: top, canvas: canvas)
    }

    func footerHeight(_ canvas: any Page) -> Double { footer.isEmpty ? 0 : footerPage(canvas, top: 0).height + 4 }

    func captionsHeight(_ canvas: any Page) -> Double {
        captionLines(canvas).reduce(0) { $0 + 14 + Double($1.lines.count) * Self.captionSize * 1.3 + 4 }
    }

    func draw(on canvas: any Page, strings: HandoutStrings, pages: Int) throws(HandoutError) {
        Frame.draw(on: canvas, strings: strings, page: 1, of: pages)
        let c = content
        canvas.text(title, x: c.x, y: c.y + Self.titleSize, font: PageFont(size: Self.titleSize, bold: true))
        let subtitleLines = canvas.lines([TextRun(subtitle)], size: 9, width: c.width)
        canvas.draw(subtitleLines, x: c.x, y: c.y + Self.titleSize * 1.2 + 10, size: 9, leading: 11, gray: 0.25)
        let g = try geometry(canvas)
        do {
            try canvas.drawMap(spec, options: renderOptions, fitting: g.map)
            try canvas.drawLegend(of: spec, style: style, bandWidth: g.legendBandWidth, fitting: g.legend,
                                  maximumScale: g.legendScale)
        } catch { throw .map(error.description) }
        // A thin frame around the map keeps it apart from the text on paper.
        canvas.box(g.map.x, g.map.y - 2, g.map.width, g.map.height + 4, stroke: 0.4)
        var y = c.maxY - captionsHeight(canvas) - footerHeight(canvas) - 4
        for caption in captionLines(canvas) {
            y += 11
            canvas.text(caption.heading, x: c.x, y: y, font: PageFont(size: 9.5, bold: true))
            y += 3 + Self.captionSize * 1.3
            canvas.draw(caption.lines, x: c.x, y: y, size: Self.captionSize, leading: Self.captionSize * 1.3)
            y += Double(caption.lines.count) * Self.captionSize * 1.3 - Self.captionSize * 1.3 + 4
        }
        if !footer.isEmpty { try footerPage(canvas, top: c.maxY - footerHeight(canvas) + 4).draw(on: canvas) }
    }
}

