/// Escaping of text for XML 1.0 documents (GraphML, GEXF).
enum XMLText {
    /// `text` safe inside an element or a double-quoted attribute.
    ///
    /// `& < > " '` become entities; tab, line feed and carriage return become character references, so that
    /// attribute-value normalisation cannot turn them into spaces. Characters XML 1.0 cannot carry at all
    /// (other control characters, unpaired surrogates cannot occur in Swift strings) become U+FFFD.
    static func escape(_ text: String) -> String {
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
            default:
                let v = scalar.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
