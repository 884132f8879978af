import Foundation
import ZIPFoundation

/// Writes a ``WorkbookDocument`` as an Office Open XML workbook (`.xlsx`, ECMA-376 Part 1 transitional).
///
/// The package holds only the parts a workbook needs: `[Content_Types].xml`, the relationships, `docProps`
/// (core and app), `xl/workbook.xml`, `xl/styles.xml`, `xl/sharedStrings.xml` and one part per sheet. Elements come
/// in the order the schema requires (CT_Worksheet: `sheetViews`, `sheetFormatPr`, `cols`, `sheetData`,
/// `autoFilter`, `dataValidations`, `pageMargins`; CT_Workbook: `workbookPr`, `bookViews`, `sheets`,
/// `definedNames`). Text goes to the shared strings in order of first use; characters XML 1.0 cannot carry are
/// written as `_xHHHH_` escapes (ST_Xstring, Part 1 22.9.2.19), as Excel does, so no text makes the file invalid
/// and none is lost.
///
/// The bytes are deterministic: a fixed date in the zip entries and in `docProps` (the document's date, or
/// 1980-01-01), parts and styles in a fixed order, no random ids.
public enum XLSXWriter {
    /// A document that could not be packed (the zip library failed); `reason` is its message.
    public struct Failure: Error, Hashable, Sendable {
        public var reason: String
    }

    /// The document as the bytes of an `.xlsx` file.
    public static func data(for document: WorkbookDocument) throws(Failure) -> Data {
        var parts = Parts(document: document)
        let files = parts.build()
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            // DOS time of 1980-01-01 00:00 (the zip format's first day), written the same in every time zone.
            let fixed = Date(timeIntervalSince1970: 315_532_800)
            for (path, data) in files {
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: fixed,
                                     permissions: 0o644, compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let bytes = archive.data else { throw Failure(reason: "the archive has no data") }
            return bytes
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(reason: String(describing: error))
        }
    }

    /// Writes the document to `url` whole or not at all (see ``AtomicFile``).
    public static func write(_ document: WorkbookDocument, to url: URL) throws(AtomicFile.WriteError) {
        let bytes: Data
        do {
            bytes = try data(for: document)
        } catch {
            // Not the system's failure but the document's (a cell the format cannot hold): said in its own words.
            throw AtomicFile.WriteError(path: url.path, reason: .system(.other(code: 0, text: error.reason)))
        }
        try AtomicFile.write(bytes, to: url)
    }

    /// A serial number of the 1900 date system for `day` (see ``XLSXNumberFormat``).
    static func serial(_ day: Day) -> Int {
        let days = day.daysSince1970
        // From 1900-03-01 on, serials count one day more than the days since 1899-12-31 (Excel's phantom 1900-02-29).
        return days >= -25_508 ? days + 25_569 : days + 25_568
    }

    /// Whether text would be taken for a formula (or a DDE payload) if typed into a cell.
    static func looksLikeFormula(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return first == "=" || first == "+" || first == "-" || first == "@" || first == "\t" || first == "\r"
    }

    /// Text as the content of a `<t>` element: ST_Xstring escapes for what XML cannot carry, then XML escapes.
    static func escapeText(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            case "_":
                // An underscore that would start an escape is itself escaped, so the text reads back as written.
                if isEscapeStart(scalars, at: index) { out += "_x005F_" } else { out += "_" }
            default:
                let v = scalar.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF {
                    out += "_x" + String(v, radix: 16, uppercase: true).leftPadded(to: 4) + "_"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// `_xHHHH_` starts at `index`.
    private static func isEscapeStart(_ s: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 6 < s.count, s[index + 1] == "x" || s[index + 1] == "X", s[index + 6] == "_" else { return false }
        return s[(index + 2)..<(index + 6)].allSatisfy { $0.properties.isASCIIHexDigit }
    }

    /// Text inside a double-quoted attribute.
    static func escapeAttribute(_ text: String) -> String {
        Markup.escape(text, for: .xml)
    }

    /// A number as xsd:double: `3`, `2.5`, `1e-05`.
    static func number(_ value: Double) -> String {
        CellValue.format(value)
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: Swift.max(0, width - count)) + self
    }
}

/// The parts of one package, built in a fixed order.
private struct Parts {
    let document: WorkbookDocument
    var sheetNames: [String] = []
    var strings: [String] = []
    var stringIndex: [String: Int] = [:]
    var styles = Styles()

    init(document: WorkbookDocument) {
        self.document = document
        sheetNames = Parts.validNames(document.sheets.map(\.name))
    }

    /// Sheet names Excel accepts: none of `[]:*?/\`, no leading or trailing `'`, 1-31 characters, unique ignoring case.
    static func validNames(_ names: [String]) -> [String] {
        var used = Set<String>()
        return names.enumerated().map { index, name in
            var clean = String(name.map { "[]:*?/\\".contains($0) ? "_" : $0 })
            while clean.hasPrefix("'") { clean.removeFirst() }
            while clean.hasSuffix("'") { clean.removeLast() }
            if clean.trimmingWhitespace.isEmpty { clean = "Sheet\(index + 1)" }
            var candidate = String(clean.prefix(31))
            var n = 2
            while used.contains(candidate.lowercased()) {
                let suffix = " (\(n))"
                candidate = String(clean.prefix(31 - suffix.count)) + suffix
                n += 1
            }
            used.insert(candidate.lowercased())
            return candidate
        }
    }

    mutating func build() -> [(String, Data)] {
        var sheets: [(String, Data)] = []
        for (index, sheet) in document.sheets.enumerated() {
            sheets.append(("xl/worksheets/sheet\(index + 1).xml", Data(worksheet(sheet, index: index).utf8)))
        }
        var files: [(String, Data)] = [
            ("[Content_Types].xml", Data(contentTypes().utf8)),
            ("_rels/.rels", Data(rootRelationships.utf8)),
            ("docProps/core.xml", Data(coreProperties().utf8)),
            ("docProps/app.xml", Data(appProperties.utf8)),
            ("xl/workbook.xml", Data(workbook().utf8)),
            ("xl/_rels/workbook.xml.rels", Data(workbookRelationships().utf8)),
            ("xl/styles.xml", Data(styles.xml().utf8)),
            ("xl/sharedStrings.xml", Data(sharedStrings().utf8)),
        ]
        files += sheets
        return files
    }

    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    func contentTypes() -> String {
        var xml = Parts.header + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        xml += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        let overrides: [(String, String)] = [
            ("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
            ("/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"),
            ("/xl/sharedStrings.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"),
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
        ] + document.sheets.indices.map {
            ("/xl/worksheets/sheet\($0 + 1).xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml")
        }
        for (part, type) in overrides { xml += "<Override PartName=\"\(part)\" ContentType=\"\(type)\"/>" }
        return xml + "</Types>"
    }

    let rootRelationships = Parts.header
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
        + "</Relationships>"

    func coreProperties() -> String {
        let stamp = (document.date?.description ?? "1980-01-01") + "T00:00:00Z"
        var xml = Parts.header + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
        xml += " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
        xml += " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        if let title = document.title { xml += "<dc:title>\(XLSXWriter.escapeText(title))</dc:title>" }
        xml += "<dc:creator>network-map</dc:creator>"
        xml += "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(stamp)</dcterms:created>"
        xml += "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(stamp)</dcterms:modified>"
        return xml + "</cp:coreProperties>"
    }

    let appProperties = Parts.header
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
        + "<Application>network-map</Application></Properties>"

    /// The first visible sheet, which the workbook opens on; Excel needs one, so the first sheet if none is.
    var activeSheet: Int { document.sheets.firstIndex { $0.visibility == .visible } ?? 0 }

    func workbook() -> String {
        var xml = Parts.header + "<workbook xmlns=\"\(Parts.mainNamespace)\" xmlns:r=\"\(Parts.relationshipNamespace)\">"
        xml += "<workbookPr/><bookViews><workbookView activeTab=\"\(activeSheet)\"/></bookViews><sheets>"
        for (index, sheet) in document.sheets.enumerated() {
            var state = ""
            if index != activeSheet {
                switch sheet.visibility {
                case .visible: break
                case .hidden: state = " state=\"hidden\""
                case .veryHidden: state = " state=\"veryHidden\""
                }
            }
            xml += "<sheet name=\"\(XLSXWriter.escapeAttribute(sheetNames[index]))\" sheetId=\"\(index + 1)\"\(state) r:id=\"rId\(index + 1)\"/>"
        }
        xml += "</sheets>"
        // Excel keeps an autofilter's range as a hidden name; LibreOffice reads the filter from it too.
        let filters = document.sheets.indices.compactMap { index in filterRange(index).map { (index, $0) } }
        if !filters.isEmpty {
            xml += "<definedNames>"
            for (index, range) in filters {
                xml += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(index)\" hidden=\"1\">"
                xml += XLSXWriter.escapeText(absolute(range, sheet: sheetNames[index])) + "</definedName>"
            }
            xml += "</definedNames>"
        }
        return xml + "</workbook>"
    }

    func workbookRelationships() -> String {
        var xml = Parts.header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for index in document.sheets.indices {
            xml += "<Relationship Id=\"rId\(index + 1)\" Type=\"\(Parts.relationshipNamespace)/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }
        let n = document.sheets.count
        xml += "<Relationship Id=\"rId\(n + 1)\" Type=\"\(Parts.relationshipNamespace)/styles\" Target=\"styles.xml\"/>"
        xml += "<Relationship Id=\"rId\(n + 2)\" Type=\"\(Parts.relationshipNamespace)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        return xml + "</Relationships>"
    }

    func sharedStrings() -> String {
        var xml = Parts.header + "<sst xmlns=\"\(Parts.mainNamespace)\" count=\"\(strings.count)\" uniqueCount=\"\(strings.count)\">"
        for text in strings {
            let preserve = text.first.map(\.isWhitespace) == true || text.last.map(\.isWhitespace) == true
            xml += preserve ? "<si><t xml:space=\"preserve\">" : "<si><t>"
            xml += XLSXWriter.escapeText(text) + "</t></si>"
        }
        return xml + "</sst>"
    }

    /// The range an autofilter covers: the header and every row below it, over the widest row.
    func filterRange(_ index: Int) -> CellRange? {
        let sheet = document.sheets[index]
        guard sheet.hasHeader, sheet.autoFilter, let header = sheet.rows.first, !header.isEmpty else { return nil }
        let width = max(1, sheet.rows.map(\.count).max() ?? 1)
        return CellRange(first: CellReference(row: 1, column: 1), last: CellReference(row: max(1, sheet.rows.count), column: width))
    }

    /// `'Akteure'!$A$1:$F$10`.
    func absolute(_ range: CellRange, sheet: String) -> String {
        func cell(_ r: CellReference) -> String { "$\(CellReference.columnName(r.column))$\(r.row)" }
        let name = "'" + sheet.replacingOccurrences(of: "'", with: "''") + "'"
        return "\(name)!\(cell(range.first)):\(cell(range.last))"
    }

    mutating func worksheet(_ sheet: SheetDocument, index: Int) -> String {
        var xml = Parts.header + "<worksheet xmlns=\"\(Parts.mainNamespace)\" xmlns:r=\"\(Parts.relationshipNamespace)\">"
        let width = max(1, sheet.rows.map(\.count).max() ?? 1)
        let dimension = CellRange(first: CellReference(row: 1, column: 1),
                                  last: CellReference(row: max(1, sheet.rows.count), column: width))
        xml += "<dimension ref=\"\(dimension)\"/>"
        xml += "<sheetViews><sheetView workbookViewId=\"0\"\(index == activeSheet ? " tabSelected=\"1\"" : "")>"
        if sheet.hasHeader {
            xml += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            xml += "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>"
        }
        xml += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
        let widths = sheet.columnWidths.filter { (1...CellReference.maximumColumn).contains($0.key) && $0.value > 0 }
        if !widths.isEmpty {
            xml += "<cols>"
            for (column, width) in widths.sorted(by: { $0.key < $1.key }) {
                xml += "<col min=\"\(column)\" max=\"\(column)\" width=\"\(XLSXWriter.number(width))\" customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        for (rowIndex, row) in sheet.rows.enumerated() {
            let number = rowIndex + 1
            let bold = sheet.hasHeader && rowIndex == 0
            var cells = ""
            for (columnIndex, value) in row.enumerated() {
                cells += cell(value, at: CellReference(row: number, column: columnIndex + 1), bold: bold)
            }
            xml += cells.isEmpty ? "" : "<row r=\"\(number)\">\(cells)</row>"
        }
        xml += "</sheetData>"
        if let range = filterRange(index) { xml += "<autoFilter ref=\"\(range)\"/>" }
        if !sheet.validations.isEmpty {
            xml += "<dataValidations count=\"\(sheet.validations.count)\">"
            for validation in sheet.validations {
                let source = document.sheets.firstIndex { $0.name == validation.sourceSheet }.map { sheetNames[$0] }
                    ?? validation.sourceSheet
                xml += "<dataValidation type=\"list\" errorStyle=\"\(validation.enforcement.rawValue)\" allowBlank=\"1\""
                xml += " showInputMessage=\"1\" showErrorMessage=\"1\" sqref=\"\(validation.cells)\">"
                xml += "<formula1>\(XLSXWriter.escapeText(absolute(validation.source, sheet: source)))</formula1></dataValidation>"
            }
            xml += "</dataValidations>"
        }
        xml += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        return xml + "</worksheet>"
    }

    mutating func cell(_ value: OutputCell, at reference: CellReference, bold: Bool) -> String {
        switch value {
        case .empty:
            return ""
        case .text(let text):
            guard !text.isEmpty else { return "" }
            let style = styles.index(bold: bold, format: 0, quotePrefix: XLSXWriter.looksLikeFormula(text))
            return "<c r=\"\(reference)\"\(Parts.s(style)) t=\"s\"><v>\(stringID(text))</v></c>"
        case .number(let number, let format):
            guard number.isFinite else { return "" }
            let style = styles.index(bold: bold, format: styles.formatID(format), quotePrefix: false)
            return "<c r=\"\(reference)\"\(Parts.s(style))><v>\(XLSXWriter.number(number))</v></c>"
        case .boolean(let flag):
            let style = styles.index(bold: bold, format: 0, quotePrefix: false)
            return "<c r=\"\(reference)\"\(Parts.s(style)) t=\"b\"><v>\(flag ? 1 : 0)</v></c>"
        case .date(let day):
            let style = styles.index(bold: bold, format: 14, quotePrefix: false)
            return "<c r=\"\(reference)\"\(Parts.s(style))><v>\(XLSXWriter.serial(day))</v></c>"
        case .dateTime(let day, let second):
            let style = styles.index(bold: bold, format: 22, quotePrefix: false)
            let serial = Double(XLSXWriter.serial(day)) + Double(min(max(second, 0), 86_399)) / 86_400
            return "<c r=\"\(reference)\"\(Parts.s(style))><v>\(XLSXWriter.number(serial))</v></c>"
        }
    }

    static func s(_ style: Int) -> String { style == 0 ? "" : " s=\"\(style)\"" }

    mutating func stringID(_ text: String) -> Int {
        if let id = stringIndex[text] { return id }
        let id = strings.count
        strings.append(text)
        stringIndex[text] = id
        return id
    }
}

/// The cell formats a document uses, numbered in order of first use (0 is the default).
private struct Styles {
    struct Key: Hashable {
        var bold: Bool
        var format: Int
        var quotePrefix: Bool
    }

    private(set) var keys: [Key] = [Key(bold: false, format: 0, quotePrefix: false)]
    private var indexByKey: [Key: Int] = [Key(bold: false, format: 0, quotePrefix: false): 0]
    private(set) var customFormats: [String] = []  // ids 164, 165, …

    mutating func index(bold: Bool, format: Int, quotePrefix: Bool) -> Int {
        let key = Key(bold: bold, format: format, quotePrefix: quotePrefix)
        if let index = indexByKey[key] { return index }
        keys.append(key)
        indexByKey[key] = keys.count - 1
        return keys.count - 1
    }

    /// The numFmtId of a format: a built-in one where ECMA-376 has it (18.8.30), else a custom id from 164 on.
    mutating func formatID(_ format: NumberFormat) -> Int {
        let code: String
        switch format {
        case .general: return 0
        case .integer: return 1
        case .decimal(places: 2): return 2
        case .percent(places: 0): return 9
        case .percent(places: 2): return 10
        case .decimal(let places):
            code = places <= 0 ? "0" : "0." + String(repeating: "0", count: min(places, 30))
        case .percent(let places):
            code = (places <= 0 ? "0" : "0." + String(repeating: "0", count: min(places, 30))) + "%"
        case .custom(let text):
            code = text
        }
        if let existing = customFormats.firstIndex(of: code) { return 164 + existing }
        customFormats.append(code)
        return 164 + customFormats.count - 1
    }

    func xml() -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        xml += "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        if !customFormats.isEmpty {
            xml += "<numFmts count=\"\(customFormats.count)\">"
            for (offset, code) in customFormats.enumerated() {
                xml += "<numFmt numFmtId=\"\(164 + offset)\" formatCode=\"\(XLSXWriter.escapeAttribute(code))\"/>"
            }
            xml += "</numFmts>"
        }
        xml += "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        xml += "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
        xml += "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
        xml += "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        xml += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        xml += "<cellXfs count=\"\(keys.count)\">"
        for key in keys {
            xml += "<xf numFmtId=\"\(key.format)\" fontId=\"\(key.bold ? 1 : 0)\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
            if key.format != 0 { xml += " applyNumberFormat=\"1\"" }
            if key.bold { xml += " applyFont=\"1\"" }
            if key.quotePrefix { xml += " quotePrefix=\"1\"" }
            xml += "/>"
        }
        xml += "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        return xml + "</styleSheet>"
    }
}
