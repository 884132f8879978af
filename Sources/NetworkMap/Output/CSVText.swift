/// CSV as network-map writes it, for people who open it in Excel or LibreOffice.
///
/// German files are `;`-separated, the separator a German Excel expects (it takes the comma for the decimal
/// separator and would put a whole row into one cell); English files are `,`-separated. Both are UTF-8 with a byte
/// order mark, without which Excel of any language reads "Mühle" as "MÃ¼hle", and end lines with CR LF as Excel
/// does. A cell is quoted when it holds the separator, a quote, a line break or white space at either end;
/// quotes inside are doubled (RFC 4180). ``CSVReader`` reads all of this back.
enum CSVText {
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    static func separator(_ language: Language) -> Character {
        language == .de ? ";" : ","
    }

    /// The bytes of a whole file: byte order mark, then the rows.
    static func file(_ rows: [[String]], language: Language) -> [UInt8] {
        let separator = separator(language)
        var text = ""
        for row in rows {
            var first = true
            for cell in row {
                if !first { text.append(separator) }
                first = false
                text += field(cell, separator: separator)
            }
            text += "\r\n"
        }
        return byteOrderMark + Array(text.utf8)
    }

    /// One cell, quoted where needed.
    static func field(_ cell: String, separator: Character) -> String {
        // "\r\n" is one Character, which isNewline catches and a comparison with "\n" would not.
        let needsQuotes = cell.contains { $0 == separator || $0 == "\"" || $0.isNewline }
            || cell.first?.isWhitespace == true || cell.last?.isWhitespace == true
        guard needsQuotes else { return cell }
        var quoted = "\""
        for ch in cell {
            if ch == "\"" { quoted += "\"\"" } else { quoted.append(ch) }
        }
        return quoted + "\""
    }
}
