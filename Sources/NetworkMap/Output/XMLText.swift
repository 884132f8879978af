/// Text for XML 1.0 documents: the one sanitiser of every XML output (GraphML, GEXF, the maps' SVG through
/// Graphviz, the HTML page and its embedded map).
///
/// XML 1.0 cannot carry most control characters at all, not even as character references: a name with a vertical
/// tab made an SVG map that no XML parser reads. Such characters become U+FFFD (the replacement character), which
/// every reader shows as a visible "something was here"; so do the ones XML 1.0 discourages (DEL, the C1 controls
/// but NEL, and the noncharacters), on which cairo gives up drawing a map into a PDF.
public enum XMLText {
    /// Whether XML 1.0 can carry `scalar` (its production `Char`) and does not discourage it (section 2.2).
    ///
    /// Unpaired surrogates cannot occur in Swift strings.
    @inlinable
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 { return v == 0x09 || v == 0x0A || v == 0x0D }
        if v < 0x7F { return true }
        if v <= 0x9F { return v == 0x85 }
        return !(0xFDD0...0xFDEF).contains(v) && v & 0xFFFE != 0xFFFE
    }

    /// `text` with every character XML 1.0 cannot carry replaced by U+FFFD; O(n), and no copy when there is none.
    public static func sanitized(_ text: String) -> String {
        guard !text.unicodeScalars.allSatisfy(isAllowed) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(isAllowed(scalar) ? scalar : "\u{FFFD}") }
        return String(out)
    }

    /// `text` safe inside an element or a double-quoted attribute.
    ///
    /// `& < > " '` become entities; tab, line feed and carriage return become character references, so that
    /// attribute-value normalisation cannot turn them into spaces; the rest as ``sanitized(_:)``.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t": out += "&#9;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            default: out.unicodeScalars.append(isAllowed(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return out
    }
}
