import NetworkMap
import Wording

/// Escaping for text placed into HTML and for JSON placed into a `<script>` element.
public enum HTMLText {
    /// Text for element content and quoted attribute values: `& < > " '` as entities.
    public static func escape(_ text: String) -> String { Markup.escape(text) }

    /// JSON text safe inside `<script type="application/json">`: `</` becomes `<\/` and `<!--` becomes
    /// `\u003c!--`, so no string can close the element or open a comment; `JSON.parse` reads both back unchanged.
    ///
    /// Valid because `<` appears in JSON only inside strings, where `\/` and `\u003c` are escapes.
    public static func scriptJSON(_ json: String) -> String {
        json.replacingOccurrences(of: "<!--", with: "\\u003c!--").replacingOccurrences(of: "</", with: "<\\/")
    }
}
