/// Text from the user's data (names, themes, labels) inside a report's sentences, marked so that each output
/// format can treat it as text and never as markup.
///
/// The sentences carry markup of their own (`**bold**`, `` `--flag` ``) while an actor may be named
/// `![x](http://evil.invalid/x.png)`: once interpolated, the two cannot be told apart. ``Strings`` made with
/// `marksUserText` wraps every piece of user text in two noncharacters (U+FDD0 … U+FDD1, which Unicode reserves
/// for a program's internal use and which are removed from the text itself), and ``TextDocument`` escapes what is
/// inside them for Markdown and HTML, and drops the marks for plain text.
public enum UserText {
    // Swift refuses noncharacters in literals; the fallbacks never apply.
    static let open = Unicode.Scalar(0xFDD0 as UInt32) ?? "\u{E000}"
    static let close = Unicode.Scalar(0xFDD1 as UInt32) ?? "\u{E001}"
    /// Stands for a sentence's `**` in plain text until the lines are wrapped.
    static let bold = Unicode.Scalar(0xFDD2 as UInt32) ?? "\u{E002}"

    /// `text` between the marks (any marks inside it removed, so data cannot forge them).
    static func mark(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        out.append(open)
        for scalar in text.unicodeScalars where scalar != open && scalar != close && scalar != bold { out.append(scalar) }
        out.append(close)
        return String(out)
    }

    /// `text` without the marks.
    public static func unmarked(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == open || $0 == close }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != open && $0 != close }))
    }

    /// The text in its pieces, in order: the sentence's own (`isUser == false`) and the user's.
    static func pieces(_ text: String) -> [(isUser: Bool, text: String)] {
        var result: [(isUser: Bool, text: String)] = []
        var current = String.UnicodeScalarView()
        var inUser = false
        for scalar in text.unicodeScalars {
            if scalar == open || scalar == close {
                if !current.isEmpty { result.append((inUser, String(current))) }
                current = String.UnicodeScalarView()
                inUser = scalar == open
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty { result.append((inUser, String(current))) }
        return result
    }

    /// User text for CommonMark and GitHub's Markdown: it reads as itself wherever it stands in a line.
    ///
    /// Backslash escapes (CommonMark 0.31, section 2.4) for what starts inline markup: `\ * _ ` [ ] < # | ~`, so no
    /// link, image, emphasis, code span, raw HTML, table cell or strikethrough can begin inside a name; `&` before
    /// a letter, digit or `#` (an entity reference); `:` before `//` and the dot of a leading `www.` (GitHub's bare
    /// autolinks). Line breaks become spaces: a name cannot start a new block. What starts a block (`-`, `+`, `>`,
    /// `1.`) is escaped where a block starts, by ``TextDocument``. (GitHub's e-mail autolinks cannot be escaped; they
    /// link to the address as shown.)
    static func markdown(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        let scalars = Array(text.unicodeScalars)
        for (i, scalar) in scalars.enumerated() {
            let next = i + 1 < scalars.count ? scalars[i + 1] : nil
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", "#", "|", "~":
                out.append("\\")
                out.unicodeScalars.append(scalar)
            case "&" where next.map { $0 == "#" || $0.properties.isAlphabetic || ("0"..."9").contains($0) } ?? false:
                out += "\\&"
            case ":" where i + 2 < scalars.count && scalars[i + 1] == "/" && scalars[i + 2] == "/":
                out += "\\:"
            case "." where i >= 3 && isWWW(scalars, endingAt: i):
                out += "\\."
            case "\n", "\r", "\u{2028}", "\u{2029}":
                out += " "
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether `www` (any case) ends just before `index`, at the start of a word.
    private static func isWWW(_ s: [Unicode.Scalar], endingAt index: Int) -> Bool {
        guard s[(index - 3)..<index].allSatisfy({ $0 == "w" || $0 == "W" }) else { return false }
        return index == 3 || !(s[index - 4].properties.isAlphabetic || ("0"..."9").contains(s[index - 4]))
    }
}
