/// Escaping of user text for HTML and HTML-like markup (the HTML report, Graphviz's HTML-like labels).
public enum Markup {
    /// Text safe in element content and in quoted attribute values: `& < > " '` as entities, characters that
    /// markup cannot carry as U+FFFD (``XMLText/sanitized(_:)``: the page embeds the map's SVG, and stays XML-clean).
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in XMLText.sanitized(text) {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }
}
