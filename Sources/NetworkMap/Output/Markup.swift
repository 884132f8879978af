/// Escaping of users' text for markup, in one place: HTML (the report's page, Graphviz's HTML-like labels)
/// and XML 1.0 documents (GraphML, GEXF).
public enum Markup {
    /// Whose rules apply.
    public enum Dialect: Sendable {
        case html, xml
    }

    /// `text` safe in element content and in quoted attribute values.
    ///
    /// Both dialects write `& < > " '` as entities. The two escape different sets, which is why there is a
    /// dialect: XML also writes tab, line feed and carriage return as character references (attribute-value
    /// normalisation would turn them into spaces, and a GraphML or GEXF round trip must keep a note's line
    /// breaks), writes the apostrophe as `&apos;`, and replaces what XML 1.0 cannot carry at all (other
    /// control characters, U+FFFE, U+FFFF; unpaired surrogates cannot occur in Swift strings) by U+FFFD. HTML
    /// keeps line breaks as they are and writes the apostrophe as `&#39;`, which every HTML reader knows.
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
            case (_, .xml) where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
