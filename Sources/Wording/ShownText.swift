/// Text from the data or the command line as a message shows it: the one place such text passes on its way into
/// a message (``Grammar/quoted(_:)`` and ``Grammar/shown(_:)`` call it, and every message quotes what the user
/// wrote through them).
///
/// A message goes to a terminal. A cell holding `ESC ] 52` (set the clipboard), `ESC [ 2 J` (clear the screen) or
/// a right-to-left override (which makes `gpj.exe` read as `exe.jpg`) must reach it as visible text, not as an
/// instruction; a line break inside a name must not start what looks like a message of its own; and a cell
/// holding a megabyte must not come back as a megabyte of message.
public enum ShownText {
    /// `text` with every character a terminal would act on written as a visible escape, shortened beyond `limit`
    /// characters (``Swift/String/excerpt(limit:)``).
    ///
    /// Tab, line feed and carriage return read `\t`, `\n`, `\r`; the other C0 and C1 controls, DEL, the
    /// directional formatting characters (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) and the
    /// invisible line and paragraph separators read `\u{1B}` and so on, in Swift's own notation. The text is
    /// shortened first, so the work is O(`limit`) however long the text.
    public static func shown(_ text: String, limit: Int = 80) -> String {
        escaped(text.excerpt(limit: limit))
    }

    /// `text` with the characters ``shown(_:limit:)`` escapes escaped, and not shortened: for a library's detail
    /// (Graphviz, the YAML parser) that quotes the data.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case _ where needsEscape(scalar): out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether a terminal (or a reader of the message) would take `scalar` as something other than a character.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F...0x9F: return true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: return true
        default: return false
        }
    }
}

extension String {
    /// The text whole up to `limit` characters, otherwise its start and end around "…".
    ///
    /// The start says which cell it was and the end shows where it went wrong as often. O(`limit`), however long
    /// the text.
    public func excerpt(limit: Int = 80) -> String {
        guard utf8.count > limit,
              let cut = index(startIndex, offsetBy: limit, limitedBy: endIndex), cut != endIndex
        else { return self }
        let head = self[..<index(startIndex, offsetBy: limit * 2 / 3)]
        var tailStart = endIndex
        for _ in 0..<(limit - limit * 2 / 3 - 1) { formIndex(before: &tailStart) }
        // A short text cut where head and tail overlap needs no ellipsis.
        guard head.endIndex < tailStart else { return self }
        return head + "…" + self[tailStart...]
    }
}
