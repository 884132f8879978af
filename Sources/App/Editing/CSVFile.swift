import Foundation
import NetworkMap

/// A CSV file as its bytes, edited one record at a time so that everything else stays byte for byte.
///
/// The file is decoded as the loader decodes it (``NetworkMap/TextDecoding``) and scanned by the loader's rules
/// (``NetworkMap/CSVReader``), but keeping where each record and each field lies in the text. An edit rewrites
/// only the record it changes, and in that record only the fields it changes; every other byte — the separator,
/// the byte order mark, the encoding, the quoting, the line endings, blank lines, unknown columns, the order of the
/// rows — stays as it was. A file that would not come back as the same bytes after decoding and encoding (an
/// unusual encoding) is not edited at all.
struct CSVFile {
    /// A field as it is written in the text.
    struct Field {
        /// Scalar offsets of the field's text in ``CSVFile/scalars``, quotes included.
        var range: Range<Int>
        var value: String
        var isQuoted: Bool
    }

    /// A record (row) as it is written: its text without the line break, its fields, its first line.
    struct Record {
        var range: Range<Int>
        /// Where the line break after it ends (the next record starts there).
        var end: Int
        var fields: [Field]
        var line: Int
        var isBlank: Bool

        var values: [String] { fields.map(\.value) }
    }

    /// Why a file cannot be edited in place.
    enum Problem: Error, Equatable {
        /// Decoding and encoding would not give the same bytes back.
        case notRoundTrip
        /// The file's encoding (Windows-1252) cannot hold this character.
        case cannotEncode(Character)
        /// A quote opens and never closes.
        case unterminatedQuote(line: Int)
    }

    let encoding: TextDecoding.Encoding
    private(set) var scalars: [Unicode.Scalar]
    let separator: Unicode.Scalar
    /// The line break the file uses (the first one in it; LF for a file of one line).
    let lineBreak: String
    private(set) var records: [Record]

    /// The file read from `bytes`.
    init(_ bytes: [UInt8]) throws(Problem) {
        let (text, encoding) = TextDecoding.decode(bytes)
        self.encoding = encoding
        guard (try? Self.encode(text, encoding)) == bytes else { throw .notRoundTrip }
        scalars = Array(text.unicodeScalars)
        let table: CSVTable
        do { table = try CSVReader.parse(text, encoding: encoding) } catch { throw .unterminatedQuote(line: error.line) }
        separator = table.separator
        lineBreak = Self.firstLineBreak(scalars)
        records = try Self.scan(scalars, separator: separator)
        // The scan follows CSVReader's rules; should the two ever disagree, the file is not edited.
        let kept = records.filter { !$0.isBlank }
        var expected = table.records.map(\.fields)
        if let header = table.header { expected.insert(header.fields, at: 0) }
        let scanned = kept.enumerated().map { index, record -> [String] in
            guard index == 0 else { return record.values }
            var header = record.values
            while let last = header.last, last.allSatisfy(\.isWhitespace) { header.removeLast() }
            return header
        }
        guard scanned == expected else { throw .notRoundTrip }
    }

    /// The records the loader reads, in order: the header first, blank records left out.
    var rows: [Record] { records.filter { !$0.isBlank } }

    /// The header's values as written (trailing empty columns dropped, as the loader drops them).
    var header: [String] {
        var values = rows.first?.values ?? []
        while let last = values.last, last.allSatisfy(\.isWhitespace) { values.removeLast() }
        return values
    }

    /// The data record `index` (0 for the first row below the header), as the loader counts rows.
    func dataRecord(_ index: Int) -> Record? {
        let rows = self.rows
        return index >= 0 && index + 1 < rows.count ? rows[index + 1] : nil
    }

    /// How many data records there are.
    var dataCount: Int { max(0, rows.count - 1) }

    /// The text of a record as written, for telling whether it changed since someone looked at it.
    func text(of record: Record) -> String {
        String(String.UnicodeScalarView(scalars[record.range]))
    }

    /// The file's bytes now, in its own encoding.
    func bytes() throws(Problem) -> [UInt8] {
        try Self.encode(String(String.UnicodeScalarView(scalars)), encoding)
    }

    // MARK: Edits

    /// Sets the fields `values` (column index → new value) of data record `index`; every other field keeps its text.
    mutating func replace(dataRecord index: Int, with values: [Int: String]) {
        guard let record = dataRecord(index) else { return }
        let text = recordText(record, values)
        splice(record.range, with: text)
    }

    /// Adds a data record with `values` (column index → value) after the last one.
    mutating func append(_ values: [Int: String]) {
        let width = max((values.keys.max() ?? 0) + 1, header.count)
        let quoteAll = rows.first.map { !$0.fields.isEmpty && $0.fields.allSatisfy(\.isQuoted) } ?? false
        let fields = (0..<width).map { column in values[column].map { serialise($0, quoteAll: quoteAll) } ?? "" }
        let text = fields.joined(separator: String(separator))
        let endsWithBreak = scalars.last == "\n" || scalars.last == "\r"
        splice(scalars.count..<scalars.count, with: endsWithBreak || scalars.isEmpty ? text + lineBreak : lineBreak + text)
    }

    /// Removes data record `index` with its line break.
    mutating func delete(dataRecord index: Int) {
        guard let record = dataRecord(index) else { return }
        splice(record.range.lowerBound..<record.end, with: "")
    }

    /// Adds a column `name` to the header and returns its index: into the first empty header field after the named
    /// ones (a trailing empty column), else at the end.
    mutating func addColumn(_ name: String) -> Int {
        guard let head = rows.first else {
            splice(0..<0, with: serialise(name, quoteAll: false) + lineBreak)
            return 0
        }
        let named = header.count
        if named < head.fields.count {
            replace(record: head, values: [named: name])
        } else {
            splice(head.range.upperBound..<head.range.upperBound, with: String(separator) + serialise(name, quoteAll: false))
        }
        return named
    }

    private mutating func replace(record: Record, values: [Int: String]) {
        splice(record.range, with: recordText(record, values))
    }

    /// The record's text with `values` set: untouched fields as written, missing ones added empty.
    private func recordText(_ record: Record, _ values: [Int: String]) -> String {
        let width = max(record.fields.count, (values.keys.max() ?? -1) + 1)
        let quoteAll = !record.fields.isEmpty && record.fields.allSatisfy(\.isQuoted)
        var parts: [String] = []
        for column in 0..<width {
            if let value = values[column] {
                parts.append(serialise(value, quoteAll: quoteAll))
            } else if column < record.fields.count {
                parts.append(String(String.UnicodeScalarView(scalars[record.fields[column].range])))
            } else {
                parts.append("")
            }
        }
        return parts.joined(separator: String(separator))
    }

    /// A value as a field: quoted (quotes doubled) when it holds the separator, a quote, a line break or spaces at
    /// either end, or when the record quotes all its fields.
    func serialise(_ value: String, quoteAll: Bool) -> String {
        let needsQuotes = quoteAll || value.unicodeScalars.contains { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || value.first?.isWhitespace == true || value.last?.isWhitespace == true
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private mutating func splice(_ range: Range<Int>, with text: String) {
        scalars.replaceSubrange(range, with: Array(text.unicodeScalars))
        // Offsets after the edit moved: scan again (linear in the file, and edits are one at a time).
        records = (try? Self.scan(scalars, separator: separator)) ?? []
    }

    // MARK: Reading

    static func firstLineBreak(_ s: [Unicode.Scalar]) -> String {
        var inQuotes = false
        for (i, c) in s.enumerated() {
            if c == "\"" { inQuotes.toggle() }
            guard !inQuotes else { continue }
            if c == "\r" { return i + 1 < s.count && s[i + 1] == "\n" ? "\r\n" : "\r" }
            if c == "\n" { return "\n" }
        }
        return "\n"
    }

    /// Every record with its place in the text, in one pass.
    ///
    /// By ``NetworkMap/CSVReader``'s rules: blank records are marked, not dropped.
    static func scan(_ s: [Unicode.Scalar], separator: Unicode.Scalar) throws(Problem) -> [Record] {
        var records: [Record] = []
        var fields: [Field] = []
        var value = String.UnicodeScalarView()
        var fieldStart = 0, recordStart = 0
        var line = 1, recordLine = 1
        var hasContent = false, quoted = false, started = false
        var i = 0

        func endField(at end: Int) {
            fields.append(Field(range: fieldStart..<end, value: String(value), isQuoted: quoted))
            value = String.UnicodeScalarView()
            hasContent = false
            quoted = false
        }
        func endRecord(at end: Int, next: Int) {
            endField(at: end)
            let blank = !fields.contains { !$0.value.allSatisfy(\.isWhitespace) }
            records.append(Record(range: recordStart..<end, end: next, fields: fields, line: recordLine, isBlank: blank))
            fields = []
            started = false
        }

        while i < s.count {
            let c = s[i]
            if !started { started = true; recordStart = i; recordLine = line; fieldStart = i }
            if c == "\"" && !hasContent {
                value = String.UnicodeScalarView()
                hasContent = true
                quoted = true
                let openLine = line
                i += 1
                var closed = false
                while i < s.count {
                    let q = s[i]
                    if q == "\"" {
                        if i + 1 < s.count && s[i + 1] == "\"" { value.append("\""); i += 2; continue }
                        closed = true
                        i += 1
                        break
                    }
                    if q == "\r" {
                        line += 1
                        value.append("\n")
                        if i + 1 < s.count && s[i + 1] == "\n" { i += 1 }
                        i += 1
                        continue
                    }
                    if q == "\n" { line += 1 }
                    value.append(q)
                    i += 1
                }
                if !closed { throw .unterminatedQuote(line: openLine) }
                continue
            }
            if c == separator {
                endField(at: i)
                i += 1
                fieldStart = i
                continue
            }
            if c == "\r" || c == "\n" {
                var next = i + 1
                if c == "\r" && next < s.count && s[next] == "\n" { next += 1 }
                endRecord(at: i, next: next)
                i = next
                line += 1
                continue
            }
            value.append(c)
            if c != " " { hasContent = true }
            i += 1
        }
        if started { endRecord(at: s.count, next: s.count) }
        return records
    }

    // MARK: Encoding

    /// `text` in `encoding`, with the byte order mark the encoding implies.
    static func encode(_ text: String, _ encoding: TextDecoding.Encoding) throws(Problem) -> [UInt8] {
        switch encoding {
        case .utf8: return Array(text.utf8)
        case .utf8WithBOM: return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        case .utf16LittleEndian, .utf16BigEndian:
            var bytes: [UInt8] = encoding == .utf16LittleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
            for unit in text.utf16 {
                let pair = [UInt8(unit >> 8), UInt8(unit & 0xFF)]
                bytes += encoding == .utf16LittleEndian ? pair.reversed() : pair
            }
            return bytes
        case .windows1252:
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.unicodeScalars.count)
            for scalar in text.unicodeScalars {
                if let byte = windows1252[scalar] { bytes.append(byte); continue }
                throw .cannotEncode(Character(scalar))
            }
            return bytes
        }
    }

    /// Windows-1252 from code point to byte: Latin-1, except that 0x80-0x9F hold what ``NetworkMap/TextDecoding``
    /// maps them to.
    static let windows1252: [Unicode.Scalar: UInt8] = {
        var table: [Unicode.Scalar: UInt8] = [:]
        for byte in 0...255 {
            let text = TextDecoding.decode([0x41, UInt8(byte)]).text
            if let scalar = text.unicodeScalars.dropFirst().first { table[scalar] = UInt8(byte) }
        }
        return table
    }()
}
