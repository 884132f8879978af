import Foundation
import NetworkMap
import Wording

/// A report as blocks that render as Markdown or as plain text, so that both formats say the same.
public struct TextDocument: Sendable {
    public enum Block: Sendable {
        case heading(Int, String)
        case paragraph(String)
        case bullets([String])
        case numbered([String])
        /// Header and rows; `alignRight` marks numeric columns.
        case table(header: [String], rows: [[String]], alignRight: Set<Int>)
    }

    public enum Format: String, Sendable, CaseIterable {
        case markdown = "md"
        case text = "txt"
    }

    public private(set) var blocks: [Block] = []
    public init() {}

    public mutating func heading(_ level: Int, _ text: String) { blocks.append(.heading(level, text)) }
    public mutating func paragraph(_ text: String) { blocks.append(.paragraph(text.tidySentence)) }
    public mutating func bullets(_ items: [String]) {
        if !items.isEmpty { blocks.append(.bullets(items.map(\.tidySentence))) }
    }
    public mutating func numbered(_ items: [String]) {
        if !items.isEmpty { blocks.append(.numbered(items.map(\.tidySentence))) }
    }
    public mutating func table(_ header: [String], _ rows: [[String]], alignRight: Set<Int> = []) {
        if !rows.isEmpty { blocks.append(.table(header: header, rows: rows, alignRight: alignRight)) }
    }
    public mutating func append(_ other: TextDocument) { blocks += other.blocks }

    /// The document as Markdown or plain text (wrapped at 100 columns), ending with one newline.
    public func rendered(_ format: Format) -> String {
        let body = blocks.map { format == .markdown ? markdown($0) : text($0) }.joined(separator: "\n\n") + "\n"
        guard format == .text, body.unicodeScalars.contains(UserText.bold) else { return body }
        return String(String.UnicodeScalarView(body.unicodeScalars.filter { $0 != UserText.bold }))
    }

    private func markdown(_ block: Block) -> String {
        switch block {
        case let .heading(level, text): return String(repeating: "#", count: max(1, level)) + " " + Self.markdownLine(text)
        case let .paragraph(text): return Self.markdownLine(text)
        case let .bullets(items): return items.map { "- " + Self.markdownLine($0) }.joined(separator: "\n")
        case let .numbered(items): return items.enumerated().map { "\($0 + 1). " + Self.markdownLine($1) }.joined(separator: "\n")
        case let .table(header, rows, right):
            func cell(_ s: String) -> String { Self.markdownInline(s, inTable: true) }
            var lines = ["| " + header.map(cell).joined(separator: " | ") + " |"]
            lines.append("|" + header.indices.map { right.contains($0) ? " ---: " : " --- " }.joined(separator: "|") + "|")
            for row in rows { lines.append("| " + row.map(cell).joined(separator: " | ") + " |") }
            return lines.joined(separator: "\n")
        }
    }

    /// A sentence as Markdown: user text escaped (``UserText/markdown(_:)``), the sentence's own `**` and `` ` `` kept.
    static func markdownInline(_ text: String, inTable: Bool = false) -> String {
        var out = ""
        for piece in UserText.pieces(text) {
            if piece.isUser {
                out += UserText.markdown(piece.text)
            } else {
                // A sentence never means raw HTML: "<" stays text wherever the Markdown is shown as HTML.
                let own = piece.text.replacingOccurrences(of: "<", with: "\\<")
                out += inTable ? own.replacingPipes() : own
            }
        }
        return out
    }

    /// A sentence that starts a block (a paragraph, a heading or a list item's text): inline as
    /// ``markdownInline(_:inTable:)``, and what would open another block at its start escaped (`- + = >`, `1.`, `1)`,
    /// four spaces of indentation).
    static func markdownLine(_ text: String) -> String {
        var line = Substring(markdownInline(text))
        while line.first == " " || line.first == "\t" { line.removeFirst() }
        guard let first = line.first else { return "" }
        if "-+=>".contains(first) { return "\\" + String(line) }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        let afterDigits = line.dropFirst(digits.count)
        if !digits.isEmpty, digits.count <= 9, let mark = afterDigits.first, mark == "." || mark == ")",
           afterDigits.dropFirst().first.map({ $0 == " " || $0 == "\t" }) ?? true {
            return String(digits) + "\\" + String(line.dropFirst(digits.count))
        }
        return String(line)
    }

    /// A sentence as plain text: user text as it is, the sentence's own `**` as two placeholders that
    /// ``rendered(_:)`` drops after wrapping (plain text has no emphasis; lines are wrapped as they always were).
    static func plain(_ text: String) -> String {
        UserText.pieces(text).map { $0.isUser ? $0.text : $0.text.replacingOccurrences(of: "**", with: boldPlaceholder) }
            .joined()
    }

    private static let boldPlaceholder = String(repeating: String(UserText.bold), count: 2)

    private func text(_ block: Block) -> String {
        switch plain(block) {
        case let .heading(level, text):
            let underline = level <= 1 ? "=" : (level == 2 ? "-" : "")
            return underline.isEmpty ? text : text + "\n" + String(repeating: underline, count: text.count)
        case let .paragraph(text): return Self.wrap(text, width: 100, indent: "")
        case let .bullets(items): return items.map { "- " + Self.wrap($0, width: 98, indent: "  ") }.joined(separator: "\n")
        case let .numbered(items):
            return items.enumerated().map { i, item in
                let label = "\(i + 1). "
                return label + Self.wrap(item, width: 100 - label.count, indent: String(repeating: " ", count: label.count))
            }.joined(separator: "\n")
        case let .table(header, rows, right):
            let all = [header] + rows
            let widths = header.indices.map { c in all.map { c < $0.count ? $0[c].count : 0 }.max() ?? 0 }
            func line(_ row: [String]) -> String {
                row.enumerated().map { c, value in
                    let pad = String(repeating: " ", count: max(0, widths[c] - value.count))
                    return right.contains(c) ? pad + value : value + pad
                }.joined(separator: "  ").trimmingTrailingSpaces()
            }
            let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
            return ([line(header), rule] + rows.map(line)).joined(separator: "\n")
        }
    }

    /// The block with every sentence as ``plain(_:)``.
    private func plain(_ block: Block) -> Block {
        switch block {
        case let .heading(level, text): return .heading(level, Self.plain(text))
        case let .paragraph(text): return .paragraph(Self.plain(text))
        case let .bullets(items): return .bullets(items.map(Self.plain))
        case let .numbered(items): return .numbered(items.map(Self.plain))
        case let .table(header, rows, right):
            return .table(header: header.map(Self.plain), rows: rows.map { $0.map(Self.plain) }, alignRight: right)
        }
    }

    /// The document as an HTML fragment: every text escaped, `**bold**` and `` `code` `` as elements,
    /// headings shifted by `headingOffset` levels (so a page can keep its own `<h1>`).
    public func html(headingOffset: Int = 0) -> String {
        blocks.map { block -> String in
            switch block {
            case let .heading(level, text):
                let h = min(6, max(1, level + headingOffset))
                return "<h\(h)>\(Self.inlineHTML(text))</h\(h)>"
            case let .paragraph(text): return "<p>\(Self.inlineHTML(text))</p>"
            case let .bullets(items): return "<ul>\n" + items.map { "<li>\(Self.inlineHTML($0))</li>" }.joined(separator: "\n") + "\n</ul>"
            case let .numbered(items): return "<ol>\n" + items.map { "<li>\(Self.inlineHTML($0))</li>" }.joined(separator: "\n") + "\n</ol>"
            case let .table(header, rows, right):
                func cells(_ row: [String], _ tag: String) -> String {
                    row.enumerated().map { c, value in
                        "<\(tag)\(right.contains(c) ? " class=\"num\"" : "")>\(Self.inlineHTML(value))</\(tag)>"
                    }.joined()
                }
                return "<table>\n<thead><tr>\(cells(header, "th"))</tr></thead>\n<tbody>\n"
                    + rows.map { "<tr>\(cells($0, "td"))</tr>" }.joined(separator: "\n") + "\n</tbody>\n</table>"
            }
        }.joined(separator: "\n") + "\n"
    }

    /// Escapes text for HTML, then turns the sentence's balanced `**…**` into `<strong>` and `` `…` `` into `<code>`;
    /// user text's own `*` and `` ` `` are character references, so they never pair up.
    static func inlineHTML(_ text: String) -> String {
        var out = UserText.pieces(text).map { piece in
            let escaped = Markup.escape(piece.text)
            return piece.isUser
                ? escaped.replacingOccurrences(of: "*", with: "&#42;").replacingOccurrences(of: "`", with: "&#96;") : escaped
        }.joined()
        for (marker, tag) in [("**", "strong"), ("`", "code")] {
            var parts = out.components(separatedBy: marker)
            guard parts.count >= 3 else { continue }
            var result = parts.removeFirst()
            var open = false
            while !parts.isEmpty {
                let part = parts.removeFirst()
                // An unmatched last marker stays as written.
                if !open && parts.isEmpty { result += marker + part; break }
                result += (open ? "</\(tag)>" : "<\(tag)>") + part
                open.toggle()
            }
            out = result
        }
        return out
    }

    /// Greedy word wrap; continuation lines get `indent`.
    static func wrap(_ text: String, width: Int, indent: String) -> String {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count > width {
                lines.append(current)
                current = indent + word
            } else {
                current += " " + word
            }
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }
}

extension String {
    fileprivate func replacingPipes() -> String {
        var out = ""
        for ch in self { if ch == "|" { out += "\\|" } else if ch == "\n" { out += " " } else { out.append(ch) } }
        return out
    }

    fileprivate func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
