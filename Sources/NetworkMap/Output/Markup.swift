/// Users' text for markup, in one place: the one sanitiser of every XML output (GraphML, GEXF, the maps'
/// SVG through Graphviz, the HTML page and its embedded map, the handout's text through cairo) and the
/// escaping for HTML and XML 1.0.
public enum Markup {
    /// Whose rules apply.
    public enum Dialect: Sendable {
        case html, xml
    }

    /// Whether XML 1.0 can carry `scalar` (its production `Char`) and does not discourage it (section 2.2).
    ///
    /// XML 1.0 cannot carry most control characters at all, not even as character references: a name with a
    /// vertical tab made an SVG map that no XML parser reads. The ones XML 1.0 discourages (DEL, the C1
    /// controls but NEL, the noncharacters) are refused too: on a noncharacter cairo gives up drawing a page.
    /// Unpaired surrogates cannot occur in Swift strings.
    @inlinable
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 { return v == 0x09 || v == 0x0A || v == 0x0D }
        if v < 0x7F { return true }
        if v <= 0x9F { return v == 0x85 }
        return !(0xFDD0...0xFDEF).contains(v) && v & 0xFFFE != 0xFFFE
    }

    /// `text` with every character ``isAllowed(_:)`` refuses replaced by U+FFFD, which every reader shows as a
    /// visible "something was here"; O(n), and no copy when there is none.
    public static func sanitized(_ text: String) -> String {
        guard !text.unicodeScalars.allSatisfy(isAllowed) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(isAllowed(scalar) ? scalar : "\u{FFFD}") }
        return String(out)
    }

    /// `text`, sanitised, safe in element content and in quoted attribute values.
    ///
    /// Both dialects write `& < > " '` as entities and pass the rest through ``sanitized(_:)`` (the HTML page
    /// embeds the map's SVG and stays XML-clean). The two escape different sets, which is why there is a
    /// dialect: XML also writes tab, line feed and carriage return as character references (attribute-value
    /// normalisation would turn them into spaces, and a GraphML or GEXF round trip must keep a note's line
    /// breaks) and writes the apostrophe as `&apos;`. HTML keeps line breaks as they are and writes the
    /// apostrophe as `&#39;`, which every HTML reader knows.
    public static func escape(_ text: String, for dialect: Dialect = .html) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch (scalar, dialect) {
            case ("&", _): out += "&amp;"
            case ("<", _): out += "&lt;"
            case (">", _): out += "&gt;"
            case ("\"", _): out += "&quot;"
            case ("'", .html): out += "&#39;"
            case ("'", .xml): out += "&apos;"
            case ("\t", .xml): out += "&#9;"
            case ("\n", .xml): out += "&#10;"
            case ("\r", .xml): out += "&#13;"
            default: out.unicodeScalars.append(isAllowed(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return out
    }
}
