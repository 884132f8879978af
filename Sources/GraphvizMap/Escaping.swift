import NetworkMap

/// Turning users' text into Graphviz strings that display exactly as written.
enum GraphvizText {
    /// A plain (non-HTML) label or tooltip: Graphviz reads `\n`, `\l`, `\N`, `\G` … as escapes and decodes
    /// HTML entities such as `&amp;`, so backslashes are doubled and `&` written as `&amp;`.
    static func plain(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for ch in text {
            switch ch {
            case "\\": out += "\\\\"
            case "&": out += "&amp;"
            case "\n", "\r\n", "\r": out += "\\n"
            default: out.append(ch)
            }
        }
        return out
    }

    /// A plain label broken at spaces into lines of at most `width` characters (longer words stay whole),
    /// each line escaped and joined with Graphviz's centred line break; `lineEnd` ends every line (`\l`: left).
    static func wrapped(_ text: String, width: Int, lineEnd: String = "\\n", trailing: Bool = false) -> String {
        let lines = wrap(text, width: width)
        let body = lines.map(plain).joined(separator: lineEnd)
        return trailing ? body + lineEnd : body
    }

    /// Breaks text at single spaces into lines of at most `width` characters; words longer than that stay whole.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard text.count > width, width > 0 else { return [text] }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        lines.append(current)
        return lines
    }

    /// Text inside an HTML-like label: `&`, `<`, `>`, `"`, `'` become entities.
    ///
    /// Graphviz replaces `\N`, `\G`, `\E`, `\H`, `\T`, `\L` in HTML-like labels after decoding entities,
    /// so no escape can keep them; a WORD JOINER (U+2060, invisible) after such a backslash stops the
    /// substitution. Actor labels are plain labels and come out exact; this only touches title, legend, captions.
    static func html(_ text: String) -> String {
        var joined = ""
        joined.reserveCapacity(text.utf8.count + 8)
        var previousWasBackslash = false
        for ch in text {
            if previousWasBackslash, "NGEHTL".contains(ch) { joined.append("\u{2060}") }
            previousWasBackslash = ch == "\\"
            joined.append(ch)
        }
        return Markup.escape(joined)
    }
}
