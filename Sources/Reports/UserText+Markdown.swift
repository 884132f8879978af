import Wording

extension UserText {
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
