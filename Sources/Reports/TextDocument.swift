import Foundation

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
    public mutating func paragraph(_ text: String) { blocks.append(.paragraph(text)) }
    public mutating func bullets(_ items: [String]) { if !items.isEmpty { blocks.append(.bullets(items)) } }
    public mutating func numbered(_ items: [String]) { if !items.isEmpty { blocks.append(.numbered(items)) } }
    public mutating func table(_ header: [String], _ rows: [[String]], alignRight: Set<Int> = []) {
        if !rows.isEmpty { blocks.append(.table(header: header, rows: rows, alignRight: alignRight)) }
    }
    public mutating func append(_ other: TextDocument) { blocks += other.blocks }

    /// The document as Markdown or plain text (wrapped at 100 columns), ending with one newline.
    public func rendered(_ format: Format) -> String {
        let body = blocks.map { format == .markdown ? markdown($0) : text($0) }.joined(separator: "\n\n") + "\n"
        // Plain text has no emphasis: drop Markdown's bold markers.
        return format == .markdown ? body : body.replacingOccurrences(of: "**", with: "")
    }

    private func markdown(_ block: Block) -> String {
        switch block {
        case let .heading(level, text): return String(repeating: "#", count: max(1, level)) + " " + text
        case let .paragraph(text): return text
        case let .bullets(items): return items.map { "- " + $0 }.joined(separator: "\n")
        case let .numbered(items): return items.enumerated().map { "\($0 + 1). " + $1 }.joined(separator: "\n")
        case let .table(header, rows, right):
            func cell(_ s: String) -> String { s.replacingPipes() }
            var lines = ["| " + header.map(cell).joined(separator: " | ") + " |"]
            lines.append("|" + header.indices.map { right.contains($0) ? " ---: " : " --- " }.joined(separator: "|") + "|")
            for row in rows { lines.append("| " + row.map(cell).joined(separator: " | ") + " |") }
            return lines.joined(separator: "\n")
        }
    }

    private func text(_ block: Block) -> String {
        switch block {
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
