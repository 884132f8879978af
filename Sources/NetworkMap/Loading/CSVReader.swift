/// One row of a CSV file: its fields and the 1-based line of the file where it starts.
public struct CSVRecord: Hashable, Sendable {
    /// The line where the record starts; a quoted field with line breaks makes a record span several lines.
    public var line: Int
    public var fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line; self.fields = fields
    }
}

/// A parsed CSV file: the header record, the data records, the separator and encoding that were detected.
public struct CSVTable: Hashable, Sendable {
    /// The first non-blank record, with trailing empty columns removed; `nil` for an empty file.
    public var header: CSVRecord?
    /// The records after the header, blank ones skipped.
    public var records: [CSVRecord]
    public var separator: Unicode.Scalar
    public var encoding: TextDecoding.Encoding
}

/// A CSV file that cannot be read: a quote opened and never closed.
public struct CSVError: Error, Hashable, Sendable {
    /// The line where the unterminated quoted field starts.
    public var line: Int
}

/// Reads CSV as Excel and LibreOffice write it (RFC 4180, leniently).
///
/// The separator (comma, semicolon or tab) is the one that occurs most often outside quotes in the
/// header line. Line breaks may be CRLF, CR or LF. Fields may be quoted, with separators, doubled quotes and
/// line breaks inside. Blank lines, and rows whose every field is empty (what Excel writes for an empty
/// row: `;;;`), are skipped. A quote in the middle of an unquoted field is kept as a character.
/// Time and memory O(n) in the size of the file.
public enum CSVReader {
    /// Decodes and parses the bytes of a file.
    public static func read(_ bytes: [UInt8]) throws(CSVError) -> CSVTable {
        let (text, encoding) = TextDecoding.decode(bytes)
        return try parse(text, encoding: encoding)
    }

    /// Parses decoded text.
    public static func parse(_ text: String, encoding: TextDecoding.Encoding = .utf8) throws(CSVError) -> CSVTable {
        let scalars = Array(text.unicodeScalars)
        let separator = detectSeparator(scalars)
        var records = try records(scalars, separator: separator)
        var header: CSVRecord?
        if !records.isEmpty {
            var first = records.removeFirst()
            while let last = first.fields.last, last.isBlank { first.fields.removeLast() }
            header = first
        }
        return CSVTable(header: header, records: records, separator: separator, encoding: encoding)
    }

    /// The most frequent of tab, semicolon and comma outside quotes in the first non-blank line; comma if none occurs.
    static func detectSeparator(_ scalars: [Unicode.Scalar]) -> Unicode.Scalar {
        var counts: [Unicode.Scalar: Int] = [",": 0, ";": 0, "\t": 0]
        var inQuotes = false
        var sawContent = false
        for s in scalars {
            if s == "\"" { inQuotes.toggle(); sawContent = true; continue }
            if inQuotes { continue }
            if s == "\n" || s == "\r" {
                if sawContent { break } else { continue }
            }
            if counts[s] != nil { counts[s, default: 0] += 1 }
            if s != " " { sawContent = true }
        }
        // Ties go to the separator least likely to occur inside a name: tab, then semicolon, then comma.
        var best: Unicode.Scalar = ","
        var bestCount = 0
        for candidate in ["\t", ";", ","] as [Unicode.Scalar] where counts[candidate, default: 0] > bestCount {
            best = candidate
            bestCount = counts[candidate, default: 0]
        }
        return best
    }

    /// Splits text into records; see ``CSVReader`` for the rules.
    static func records(_ s: [Unicode.Scalar], separator: Unicode.Scalar) throws(CSVError) -> [CSVRecord] {
        var result: [CSVRecord] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var recordLine = 1
        var i = 0
        var fieldHasContent = false  // whether the current field has a non-space character or was quoted
        var recordStarted = false

        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            fieldHasContent = false
        }
        func endRecord() {
            endField()
            if fields.contains(where: { !$0.isBlank }) {
                result.append(CSVRecord(line: recordLine, fields: fields))
            }
            fields = []
            recordStarted = false
        }

        while i < s.count {
            let c = s[i]
            if !recordStarted { recordStarted = true; recordLine = line }
            if c == "\"" && !fieldHasContent {
                // A quoted field; spaces before the opening quote are dropped.
                field = String.UnicodeScalarView()
                fieldHasContent = true
                let openLine = line
                i += 1
                var closed = false
                while i < s.count {
                    let q = s[i]
                    if q == "\"" {
                        if i + 1 < s.count && s[i + 1] == "\"" {
                            field.append("\"")
                            i += 2
                            continue
                        }
                        closed = true
                        i += 1
                        break
                    }
                    if q == "\r" {
                        line += 1
                        field.append("\n")
                        if i + 1 < s.count && s[i + 1] == "\n" { i += 1 }
                        i += 1
                        continue
                    }
                    if q == "\n" { line += 1 }
                    field.append(q)
                    i += 1
                }
                if !closed { throw CSVError(line: openLine) }
                continue
            }
            if c == separator {
                endField()
                i += 1
                continue
            }
            if c == "\r" || c == "\n" {
                endRecord()
                if c == "\r" && i + 1 < s.count && s[i + 1] == "\n" { i += 1 }
                i += 1
                line += 1
                continue
            }
            field.append(c)
            if c != " " { fieldHasContent = true }
            i += 1
        }
        if recordStarted { endRecord() }
        return result
    }
}

extension StringProtocol {
    /// Empty or only white space.
    var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
