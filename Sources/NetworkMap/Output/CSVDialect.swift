import Foundation

/// How a CSV file is written for the spreadsheet programs of a locale: the separator and the byte order mark.
///
/// A German Excel splits at `;` (the comma is its decimal mark) and reads UTF-8 only after a byte order mark;
/// elsewhere the comma separates and no mark is needed. Fields are quoted as RFC 4180 asks and lines end
/// with CRLF, so that every spreadsheet program and Python's `csv` read the file back unchanged.
public struct CSVDialect: Hashable, Sendable {
    public var separator: Character
    public var byteOrderMark: Bool

    public init(separator: Character, byteOrderMark: Bool) {
        self.separator = separator; self.byteOrderMark = byteOrderMark
    }

    /// What a German Excel opens by double-click: `;`-separated UTF-8 with a byte order mark.
    public static let germanExcel = CSVDialect(separator: ";", byteOrderMark: true)
    /// `,`-separated UTF-8 without a byte order mark.
    public static let comma = CSVDialect(separator: ",", byteOrderMark: false)

    /// One field, quoted when it holds the separator, a quote, a line break or leading/trailing space.
    public func field(_ value: String) -> String {
        // "\r\n" is one Character, which isNewline catches and a comparison with "\n" would not; a tab at either
        // end would be trimmed by the reader as any white space is.
        let needsQuotes = value.contains { $0 == separator || $0 == "\"" || $0.isNewline }
            || value.first?.isWhitespace == true || value.last?.isWhitespace == true
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The rows as a document: every line ends with CRLF, the byte order mark (U+FEFF) first where the dialect has one.
    public func document(_ rows: [[String]]) -> String {
        let body = rows.map { row in row.map(field).joined(separator: String(separator)) }.joined(separator: "\r\n") + "\r\n"
        return byteOrderMark ? "\u{FEFF}" + body : body
    }
}
