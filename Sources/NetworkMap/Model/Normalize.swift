/// Text normalisation used wherever users' words are matched: header names, type names, actor names.
public enum Normalize {
    /// Lower-cased, trimmed, inner runs of white space folded to one space.
    ///
    /// "  Kita  Sonnenschein " and "kita sonnenschein" give the same key, and so do "IŞIK" and "Işık". Umlauts are kept:
    /// "Förderung" and "Forderung" are different words.
    public static func key(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for ch in text.lowercased() {
            // Turkish dotless ı and dotted İ (which lowercases to i + U+0307) match i: "IŞIK" finds "Işık".
            if ch == "ı" || ch == "i\u{307}" {
                if pendingSpace { out.append(" "); pendingSpace = false }
                out.append("i")
                continue
            }
            if ch.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" "); pendingSpace = false }
                out.append(ch)
            }
        }
        return out
    }

    /// A ``key(_:)`` without apostrophes and with `_` and `-` read as spaces: "residents' group", "residents_group"
    /// and "residents group" are one name.
    static func withoutApostrophes(_ key: String) -> String {
        var out = ""
        for ch in key where !"'’‘`´".contains(ch) { out.append(ch == "_" || ch == "-" ? " " : ch) }
        return out
    }
}

/// ``Normalize/key(_:)`` remembered per distinct text.
///
/// A network repeats a few dozen themes and areas across thousands of actors, and the Unicode case mapping
/// is the expensive part: 100,000 actors' theme cells took 1.7 s normalised one by one.
struct NormalizedKeys {
    private var memo: [String: String] = [:]

    subscript(text: String) -> String {
        mutating get {
            if let known = memo[text] { return known }
            let made = Normalize.key(text)
            memo[text] = made
            return made
        }
    }
}
