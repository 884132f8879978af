import NetworkMap
import Wording

/// JSON placed into a `<script>` element of the HTML page (text goes through ``NetworkMap/Markup``).
public enum HTMLText {
    /// JSON text safe inside `<script type="application/json">`: `</` becomes `<\/` and `<!--` becomes
    /// `\u003c!--`, so no string can close the element or open a comment; `JSON.parse` reads both back unchanged.
    ///
    /// Valid because `<` appears in JSON only inside strings, where `\/` and `\u003c` are escapes.
    public static func scriptJSON(_ json: String) -> String {
        json.replacingOccurrences(of: "<!--", with: "\\u003c!--").replacingOccurrences(of: "</", with: "<\\/")
    }
}
