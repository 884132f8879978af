import GraphvizMap
import NetworkMap
import Wording

/// One piece of the text pages, measured and drawn by ``TextPages``.
enum Block {
    case heading(String)
    /// A paragraph; with a marker ("1.", "•") it hangs indented after it.
    case paragraph([TextRun], marker: String?)
    /// Key figures: big numbers with a short label, in framed cells on one row.
    case figures([(value: String, label: String)])
    /// Numbered questions on a grey panel.
    case questions([String])
    case tableHeader([String])
    /// One invitation: a tick box, the actor, the reasons.
    case tableRow(name: String, reason: String)
    /// A framed note (the data-protection line).
    case note([TextRun])
    /// Paragraphs that stay on one page together (a short section a meeting reads as one).
    case together([(runs: [TextRun], marker: String?)])
    /// The stakeholder matrix, drawn into a band of this height.
    case matrix(MatrixPrint, height: Double)

    var keepsWithNext: Bool {
        switch self {
        case .heading, .tableHeader: return true
        default: return false
        }
    }
}

/// Pages 2 and 3: the findings as short sentences, paginated so that the handout stays within three pages.
struct TextPages {
    let blocks: [Block]
    let width: Double
    let x: Double
    let top: Double
    unowned let canvas: any Page

    static let body = 9.0
    static let leading = 11.6
    static let headingSize = 11.5
    static let nameColumn = 175.0

    /// Builds the blocks with as many brokers, gaps and introductions as fit two pages, then splits them.
    ///
    /// The change since the last snapshot gives way first (two gaps of each kind named, then one, then only
    /// counted) and may break across pages, then the invitation list, and only then the number of brokers,
    /// gaps and introductions. At most 4 · 3 · 3 · 2 layouts are measured.
    static func plan(_ content: HandoutContent, strings: HandoutStrings, canvas: any Page) -> [TextPages] {
        let rect = Frame.contentRect(.a4Portrait)
        var best: [TextPages] = []
        for top in stride(from: max(content.options.top, 2), through: 2, by: -1) {
            for changeItems in content.change == nil ? [0] : [2, 1, 0] {
                for invitationLimit in [14, 10, 8] {
                    for together in content.change == nil ? [true] : [true, false] {
                        let blocks = Self.blocks(content, strings: strings, top: top, invitations: invitationLimit,
                                                 changeItems: changeItems, changeTogether: together)
                        let pages = paginate(blocks, rect: rect, canvas: canvas)
                        best = pages
                        if pages.count <= Handout.detailedTextPages { return pages }
                    }
                }
            }
        }
        // Still too long (a very large network): keep two pages, end with the data-protection note.
        var kept = Array(best.prefix(Handout.detailedTextPages))
        if let last = kept.popLast() {
            var blocks = last.blocks
            let closing: [Block] = [.note([TextRun(strings.shortened(strings.invitationsHeading))]),
                                    .note([TextRun(strings.dataProtection)])]
            let page = TextPages(blocks: blocks + closing, width: rect.width, x: rect.x, top: rect.y, canvas: canvas)
            var fitted = page
            while fitted.height > rect.height, !blocks.isEmpty {
                blocks.removeLast()
                fitted = TextPages(blocks: blocks + closing, width: rect.width, x: rect.x, top: rect.y, canvas: canvas)
            }
            kept.append(fitted)
        }
        return kept
    }

    /// The back of the one-sheet handout: brokers, gaps with introductions, the change since the last snapshot
    /// (with `--since`), the matrix, questions and the data-protection note, all on one page.
    ///
    /// What gives way, in order, until it fits: the change's named gaps, then the number of brokers, gaps and
    /// introductions (3, then 2), then the fourth question, then the matrix's height (from 290 down to 200
    /// points), then the matrix drawing itself (its findings stay, in words, with a pointer to `--detailed`): the
    /// questions are what the meeting needs most. Still too long, whole sections before the data-protection note
    /// are dropped from the end. At most 5 · 2 · 2 · 3 layouts are measured, and the matrix is laid out once per
    /// height.
    static func planBack(_ content: HandoutContent, strings: HandoutStrings, canvas: any Page) throws(HandoutError) -> TextPages {
        let rect = Frame.contentRect(.a4Portrait)
        var last: [Block] = []
        for height in [290.0, 260, 230, 200, nil] {
            var matrix: MatrixPrint?
            if let height { matrix = try MatrixPrint.plan(content, width: rect.width, height: height - 22) }
            for questions in [4, 3] {
                for top in [3, 2] {
                    for changeItems in content.change == nil ? [0] : [2, 1, 0] {
                        let blocks = backBlocks(content, strings: strings, top: min(top, max(content.options.top, 1)),
                                                matrix: matrix.map { ($0, (height ?? 0) - 22) }, changeItems: changeItems,
                                                questions: questions)
                        last = blocks
                        let page = TextPages(blocks: blocks, width: rect.width, x: rect.x, top: rect.y, canvas: canvas)
                        if page.height <= rect.height { return page }
                    }
                }
            }
        }
        // A very large network: keep whole sections that fit, end with the data-protection note.
        var blocks = Array(last.dropLast())
        let closing: [Block] = [.note([TextRun(strings.dataProtection)])]
        var page = TextPages(blocks: blocks + closing, width: rect.width, x: rect.x, top: rect.y, canvas: canvas)
        while page.height > rect.height, !blocks.isEmpty {
            blocks.removeLast()
            while let end = blocks.last, end.keepsWithNext { blocks.removeLast() }
            page = TextPages(blocks: blocks + closing, width: rect.width, x: rect.x, top: rect.y, canvas: canvas)
        }
        return page
    }

    /// The back's sections in reading order.
    ///
    /// Without a `matrix` to draw (a full page), the matrix's findings are said in words only.
    static func backBlocks(_ content: HandoutContent, strings: HandoutStrings, top: Int,
                           matrix: (print: MatrixPrint, height: Double)?, changeItems: Int, questions: Int) -> [Block] {
        typealias Run = TextRun
        let s = strings.s
        var blocks: [Block] = [.heading(strings.brokersHeading)]
        if content.brokers.isEmpty { blocks.append(.paragraph([Run(strings.noBrokers())], marker: nil)) }
        for (k, b) in content.brokers.prefix(top).enumerated() {
            let line = strings.broker(b)
            blocks.append(.paragraph([Run(line.name, bold: true), Run(line.text)], marker: "\(k + 1)."))
        }
        blocks.append(.heading(strings.gapsHeading))
        if content.gaps.isEmpty { blocks.append(.paragraph([Run(strings.noGaps())], marker: nil)) }
        for (k, gap) in content.gaps.prefix(top).enumerated() {
            blocks.append(.paragraph([Run(s.describe(gap))], marker: "\(k + 1)."))
        }
        blocks.append(.heading(strings.introductionsHeading))
        if content.introductions.isEmpty { blocks.append(.paragraph([Run(strings.noIntroductions())], marker: nil)) }
        for intro in content.introductions.prefix(top) {
            let line = strings.introduction(intro)
            blocks.append(.paragraph([Run(line.pair, bold: true), Run(": " + line.reason)], marker: "•"))
        }
        if let change = content.change {
            blocks.append(.heading(strings.changeHeading))
            let lines = strings.changeLines(content, items: changeItems)
            blocks.append(.together([([Run(strings.changeIntro(change), italic: true)], nil)]
                + lines.map { ([Run($0.lead, bold: true), Run(" " + $0.text)], "•") }))
        }
        blocks.append(.heading(strings.stakeholdersHeading))
        if let matrix {
            blocks.append(.matrix(matrix.print, height: matrix.height))
            if !matrix.print.read.isEmpty { blocks.append(.paragraph([Run(matrix.print.read)], marker: nil)) }
        } else {
            let read = MatrixCaptions.read(content.analysis, findings: content.analysis.stakeholderFindings,
                                           language: content.options.language, findingsOnly: true).text
            blocks.append(.paragraph([Run(read + " " + strings.phrases.matrixInDetailedHandout)], marker: nil))
        }
        blocks.append(.heading(strings.questionsHeading))
        blocks.append(.questions(Array(strings.questions(content).prefix(questions))))
        // Of the cautions only the one that changes how every finding above is read: how many ties rest on one
        // side's word (merged interviews). The others are in the detailed handout and the report.
        for case .unconfirmedTies(let evidence) in content.analysis.cautions {
            blocks.append(.note([TextRun(s.caution(.unconfirmedTies(evidence)))]))
        }
        blocks.append(.note([TextRun(strings.dataProtection)]))
        return blocks
    }

    /// The handout's sections in reading order.
    static func blocks(_ content: HandoutContent, strings: HandoutStrings, top: Int, invitations: Int,
                       changeItems: Int = 2, changeTogether: Bool = true) -> [Block] {
        typealias Run = TextRun
        let s = strings.s
        var blocks: [Block] = [.heading(strings.keyFiguresHeading), .figures(strings.keyFigures(content))]

        blocks.append(.heading(strings.brokersHeading))
        if content.brokers.isEmpty { blocks.append(.paragraph([Run(strings.noBrokers())], marker: nil)) }
        for (k, b) in content.brokers.prefix(top).enumerated() {
            let line = strings.broker(b)
            blocks.append(.paragraph([Run(line.name, bold: true), Run(line.text)], marker: "\(k + 1)."))
        }

        blocks.append(.heading(strings.homeHeading))
        if let home = content.home {
            blocks.append(.paragraph([Run(s.homeSentence(home))], marker: nil))
            if let detail = strings.homeDetail(home) { blocks.append(.paragraph([Run(detail)], marker: nil)) }
        } else {
            blocks.append(.paragraph([Run(strings.noHome())], marker: nil))
        }

        blocks.append(.heading(strings.gapsHeading))
        if content.gaps.isEmpty { blocks.append(.paragraph([Run(strings.noGaps())], marker: nil)) }
        for (k, gap) in content.gaps.prefix(top).enumerated() {
            blocks.append(.paragraph([Run(s.describe(gap))], marker: "\(k + 1)."))
        }

        blocks.append(.heading(strings.introductionsHeading))
        if content.introductions.isEmpty { blocks.append(.paragraph([Run(strings.noIntroductions())], marker: nil)) }
        for intro in content.introductions.prefix(top) {
            let line = strings.introduction(intro)
            blocks.append(.paragraph([Run(line.pair, bold: true), Run(": " + line.reason)], marker: "•"))
        }

        blocks.append(.heading(strings.groupsHeading))
        if content.detachedGroups.isEmpty && content.isolates.isEmpty {
            blocks.append(.paragraph([Run(strings.noDetachedGroups())], marker: nil))
        }
        for c in content.detachedGroups {
            let line = strings.detachedGroup(c)
            blocks.append(.paragraph([Run(line.name, bold: true), Run(line.text)], marker: "•"))
        }
        if !content.isolates.isEmpty {
            let line = strings.isolatesLine(content.isolates)
            blocks.append(.paragraph([Run(line.name, bold: true), Run(line.text)], marker: "•"))
        }
        for summary in content.analysis.isolatedGroups.looselyAttached.prefix(2) {
            if let text = strings.looselyAttached(summary) { blocks.append(.paragraph([Run(text)], marker: "•")) }
        }

        if let change = content.change {
            blocks.append(.heading(strings.changeHeading))
            let lines = strings.changeLines(content, items: changeItems)
            let paragraphs: [(runs: [Run], marker: String?)] = [([Run(strings.changeIntro(change), italic: true)], nil)]
                + lines.map { ([Run($0.lead, bold: true), Run(" " + $0.text)], "•") }
            // On one page when it fits; else it may break like any other section.
            if changeTogether {
                blocks.append(.together(paragraphs))
            } else {
                // The introduction stays with the first bullet, so that the heading never ends a page alone.
                blocks.append(.together(Array(paragraphs.prefix(2))))
                blocks += paragraphs.dropFirst(2).map { .paragraph($0.runs, marker: $0.marker) }
            }
        }

        blocks.append(.heading(strings.questionsHeading))
        blocks.append(.questions(strings.questions(content)))

        blocks.append(.heading(strings.invitationsHeading))
        blocks.append(.paragraph([Run(strings.invitationsIntro, italic: true)], marker: nil))
        if content.invitations.isEmpty {
            blocks.append(.paragraph([Run(strings.noInvitations())], marker: nil))
        } else {
            blocks.append(.tableHeader(strings.invitationColumns))
            for invitation in content.invitations.prefix(invitations) {
                blocks.append(.tableRow(name: strings.invitee(invitation.actor), reason: strings.reasons(invitation)))
            }
        }

        blocks.append(.heading(strings.notesHeading))
        for caution in content.analysis.cautions {
            blocks.append(.paragraph([Run(s.caution(caution))], marker: "•"))
        }
        blocks.append(.note([Run(strings.dataProtection)]))
        return blocks
    }

    /// Greedy page filling; a heading (or a table header) moves to the next page with the block after it.
    static func paginate(_ blocks: [Block], rect: PageRect, canvas: any Page) -> [TextPages] {
        var pages: [[Block]] = [[]]
        var used = 0.0
        let measure = TextPages(blocks: [], width: rect.width, x: rect.x, top: rect.y, canvas: canvas)
        var k = 0
        while k < blocks.count {
            // A block that must stay with the next one is placed with it.
            var group = [blocks[k]]
            var j = k
            while blocks[j].keepsWithNext, j + 1 < blocks.count { j += 1; group.append(blocks[j]) }
            let height = group.reduce(0) { $0 + measure.height(of: $1) }
            if used + height > rect.height, !(pages[pages.count - 1].isEmpty) {
                pages.append([])
                used = 0
            }
            pages[pages.count - 1] += group
            used += height
            k = j + 1
        }
        return pages.map { TextPages(blocks: $0, width: rect.width, x: rect.x, top: rect.y, canvas: canvas) }
    }

    var height: Double { blocks.reduce(0) { $0 + height(of: $1) } }

    // MARK: - Measuring and drawing

    let markerWidth = 16.0

    func lines(_ runs: [TextRun], indent: Double = 0, size: Double = TextPages.body) -> [TextLine] {
        canvas.lines(runs, size: size, width: width - indent)
    }

    func height(of block: Block) -> Double {
        switch block {
        case .heading: return 26
        case let .paragraph(runs, marker):
            return Double(lines(runs, indent: marker == nil ? 0 : markerWidth).count) * Self.leading + 4
        case .figures: return 50
        case let .questions(questions):
            let count = questions.reduce(0) { $0 + lines([TextRun($1, bold: true)], indent: markerWidth + 16).count }
            return Double(count) * Self.leading + Double(questions.count) * 4 + 16
        case .tableHeader: return 16
        case let .tableRow(name, reason):
            return rowHeight(name: name, reason: reason)
        case let .note(runs):
            return Double(lines(runs, indent: 16).count) * Self.leading + 18
        case let .together(paragraphs):
            return paragraphs.reduce(0) { $0 + height(of: .paragraph($1.runs, marker: $1.marker)) }
        case let .matrix(_, height): return height + 4
        }
    }

    func rowLines(name: String, reason: String) -> ([TextLine], [TextLine]) {
        (canvas.lines([TextRun(name, bold: true)], size: Self.body, width: Self.nameColumn - 26),
         canvas.lines([TextRun(reason)], size: Self.body, width: width - Self.nameColumn - 4))
    }

    func rowHeight(name: String, reason: String) -> Double {
        let (a, b) = rowLines(name: name, reason: reason)
        return Double(max(a.count, b.count)) * Self.leading + 6
    }

    func draw(on canvas: any Page) throws(HandoutError) {
        var y = top
        for block in blocks {
            if case let .matrix(matrix, height) = block {
                do {
                    try canvas.drawMatrix(matrix.spec, options: matrix.options,
                                          fitting: PageRect(x: x, y: y + 2, width: width, height: height), maximumScale: 1)
                } catch { throw .map(error.description) }
            } else {
                draw(block, at: y)
            }
            y += height(of: block)
        }
    }

    private func draw(_ block: Block, at y: Double) {
        let baseline = y + Self.body
        switch block {
        case let .heading(text):
            canvas.text(text, x: x, y: y + 16, font: PageFont(size: Self.headingSize, bold: true))
            canvas.line(from: (x, y + 20), to: (x + width, y + 20), width: 0.6)
        case let .paragraph(runs, marker):
            let indent = marker == nil ? 0 : markerWidth
            if let marker {
                canvas.text(marker, x: x, y: baseline, font: PageFont(size: Self.body, bold: true))
            }
            canvas.draw(lines(runs, indent: indent), x: x + indent, y: baseline, size: Self.body, leading: Self.leading)
        case let .figures(figures):
            let gap = 6.0
            let cell = (width - gap * Double(figures.count - 1)) / Double(max(figures.count, 1))
            for (k, figure) in figures.enumerated() {
                let cx = x + Double(k) * (cell + gap)
                canvas.box(cx, y + 2, cell, 42, fill: 0.94, stroke: 0.6)
                canvas.text(figure.value, x: cx + 6, y: y + 22, font: PageFont(size: 16, bold: true))
                let label = canvas.lines([TextRun(figure.label)], size: 7, width: cell - 10)
                canvas.draw(Array(label.prefix(2)), x: cx + 6, y: y + 32, size: 7, leading: 8)
            }
        case let .questions(questions):
            let h = height(of: block) - 6
            canvas.box(x, y + 2, width, h, fill: 0.93, stroke: 0)
            canvas.line(from: (x, y + 2), to: (x, y + 2 + h), width: 3)
            var line = y + 10 + Self.body
            for (k, question) in questions.enumerated() {
                canvas.text("\(k + 1).", x: x + 10, y: line, font: PageFont(size: Self.body, bold: true))
                let wrapped = lines([TextRun(question, bold: true)], indent: markerWidth + 16)
                canvas.draw(wrapped, x: x + 10 + markerWidth, y: line, size: Self.body, leading: Self.leading)
                line += Double(wrapped.count) * Self.leading + 4
            }
        case let .tableHeader(columns):
            canvas.text(columns.count > 1 ? columns[1] : "", x: x + 22, y: y + 11, font: PageFont(size: 8, bold: true))
            canvas.text(columns.count > 2 ? columns[2] : "", x: x + Self.nameColumn, y: y + 11, font: PageFont(size: 8, bold: true))
            canvas.line(from: (x, y + 15), to: (x + width, y + 15), width: 0.6)
        case let .tableRow(name, reason):
            let (a, b) = rowLines(name: name, reason: reason)
            // An empty box to tick once the invitation is sent.
            canvas.box(x + 2, y + 3, 9, 9, stroke: 0.7)
            canvas.draw(a, x: x + 22, y: baseline + 2, size: Self.body, leading: Self.leading)
            canvas.draw(b, x: x + Self.nameColumn, y: baseline + 2, size: Self.body, leading: Self.leading)
            let bottom = y + rowHeight(name: name, reason: reason)
            canvas.line(from: (x, bottom - 1), to: (x + width, bottom - 1), width: 0.3, gray: 0.55)
        case let .note(runs):
            let h = height(of: block) - 6
            canvas.box(x, y + 3, width, h, stroke: 0.8)
            canvas.draw(lines(runs, indent: 16), x: x + 8, y: y + 8 + Self.body, size: Self.body, leading: Self.leading)
        case let .together(paragraphs):
            var top = y
            for paragraph in paragraphs {
                let block = Block.paragraph(paragraph.runs, marker: paragraph.marker)
                draw(block, at: top)
                top += height(of: block)
            }
        case .matrix:
            break  // drawn by draw(on:), which can fail
        }
    }
}
