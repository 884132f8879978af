import Foundation

/// Reads an Office Open XML workbook (`.xlsx`, `.xlsm`; ECMA-376 Part 1, SpreadsheetML) into a ``Workbook``.
///
/// The sheets come in the order of `workbook.xml`'s `<sheets>`, each found through the workbook's relationships
/// (not by file name or zip order). Shared strings, inline strings and rich-text runs read as their plain text (without
/// phonetic runs); `_xHHHH_` escapes are decoded. Formulas read as their cached value; a formula saved without one
/// (openpyxl writes none) reads as empty and is listed in ``Sheet/uncachedFormulas``. Strict OOXML
/// (ISO/IEC 29500 Strict) reads the same way: parts are matched by local names and relationship types by their last
/// segment.
enum XLSXReader {
    static func read(_ package: ZipPackage, limits: WorkbookLimits) throws(WorkbookError) -> Workbook {
        let workbookPart = try mainPart(package)
        let workbookData = try package.require(workbookPart)
        let workbookParser = WorkbookPartParser(part: workbookPart, limits: limits)
        try workbookParser.parse(workbookData)
        guard workbookParser.sheets.count <= limits.maximumSheets else {
            throw .tooLarge(part: workbookPart, limit: .sheets(limits.maximumSheets))
        }
        let relationships = try self.relationships(of: workbookPart, in: package, limits: limits)
        func target(ofType type: String, fallback: String) -> String {
            relationships.values.first { $0.type == type }?.target ?? fallback
        }
        let folder = directory(of: workbookPart)

        var styles = StylesParser(part: "", limits: limits)
        let stylesPart = target(ofType: "styles", fallback: folder + "styles.xml")
        if let data = try package.read(stylesPart) {
            styles = StylesParser(part: stylesPart, limits: limits)
            try styles.parse(data)
        }
        var sharedStrings: [String] = []
        let stringsPart = target(ofType: "sharedStrings", fallback: folder + "sharedStrings.xml")
        if let data = try package.read(stringsPart) {
            let parser = SharedStringsParser(part: stringsPart, limits: limits)
            try parser.parse(data)
            sharedStrings = parser.strings
        }
        let dateKinds = styles.cellFormatKinds()
        let budget = CellBudget(remaining: limits.maximumCells)

        var sheets: [Sheet] = []
        for entry in workbookParser.sheets {
            guard let id = entry.relationshipID, let relationship = relationships[id] else {
                throw .malformedPart(workbookPart, line: nil)
            }
            var sheet = Sheet(name: entry.name, visibility: entry.visibility)
            if relationship.type == "worksheet" {
                let data = try package.require(relationship.target)
                let parser = WorksheetParser(part: relationship.target, limits: limits, sharedStrings: sharedStrings,
                                             kinds: dateKinds, date1904: workbookParser.date1904, budget: budget)
                try parser.parse(data)
                sheet.rows = parser.rows()
                sheet.mergedRanges = parser.mergedRanges
                sheet.uncachedFormulas = parser.uncachedFormulas
                sheet.clearCoveredCells()
            }
            // Chart sheets, dialog sheets and macro sheets hold no cells: they stay empty sheets.
            sheets.append(sheet)
        }
        return Workbook(format: .xlsx, sheets: sheets)
    }

    /// The workbook part the package's relationships name; `.xlsb` and non-spreadsheet packages are refused.
    static func mainPart(_ package: ZipPackage) throws(WorkbookError) -> String {
        var main: String?
        if let data = try package.read("_rels/.rels") {
            let parser = RelationshipsParser(part: "_rels/.rels", base: "", limits: .standard)
            try parser.parse(data)
            main = parser.relationships.values.sorted { $0.id < $1.id }.first { $0.type == "officeDocument" }?.target
        }
        if main == nil, package.contains("xl/workbook.xml") { main = "xl/workbook.xml" }
        guard let main else {
            if package.contains("xl/workbook.bin") { throw .binaryExcel }
            throw .notAWorkbook(mediaType: nil)
        }
        let name = main.lowercased()
        if name.hasSuffix(".bin") { throw .binaryExcel }
        let mediaType = try contentType(of: main, in: package)
        let isSpreadsheet = mediaType.map { $0.contains("spreadsheetml") || $0.contains("ms-excel") } ?? name.hasSuffix("workbook.xml")
        guard isSpreadsheet else { throw .notAWorkbook(mediaType: mediaType) }
        return main
    }

    /// The content type `[Content_Types].xml` gives `part` (an override, else the default for its extension).
    static func contentType(of part: String, in package: ZipPackage) throws(WorkbookError) -> String? {
        guard let data = try package.read("[Content_Types].xml") else { return nil }
        let parser = ContentTypesParser(part: "[Content_Types].xml", limits: .standard)
        try parser.parse(data)
        let key = "/" + part.lowercased()
        if let type = parser.overrides[key] { return type }
        let ext = part.split(separator: ".").last.map { $0.lowercased() } ?? ""
        return parser.defaults[ext]
    }

    /// The relationships of `part` (from `folder/_rels/name.rels`), by id; empty if it has none.
    static func relationships(of part: String, in package: ZipPackage,
                              limits: WorkbookLimits) throws(WorkbookError) -> [String: Relationship] {
        let folder = directory(of: part)
        let name = String(part.split(separator: "/").last ?? "")
        let relsPart = folder + "_rels/" + name + ".rels"
        guard let data = try package.read(relsPart) else { return [:] }
        let parser = RelationshipsParser(part: relsPart, base: folder, limits: limits)
        try parser.parse(data)
        return parser.relationships
    }

    /// `xl/` for `xl/workbook.xml`; empty for a part at the root.
    static func directory(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "" }
        return String(part[...slash])
    }

    /// `target` relative to `base` (a folder ending in `/`), with `..` resolved; absolute targets start at the root.
    static func resolve(_ target: String, base: String) -> String {
        let joined = target.hasPrefix("/") ? target : base + target
        var parts: [Substring] = []
        for piece in joined.split(separator: "/") {
            if piece == "." { continue }
            if piece == ".." { _ = parts.popLast(); continue }
            parts.append(piece)
        }
        return parts.joined(separator: "/")
    }

    /// Decodes the `_xHHHH_` escapes of ST_Xstring (ECMA-376 Part 1, 22.9.2.19): `_x000A_` is a line feed,
    /// `_x005F_` an underscore (so `_x005F_x000A_` stays the text `_x000A_`).
    static func decodeEscapes(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "_")) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if scalars[i] == "_", i + 6 < scalars.count, scalars[i + 1] == "x" || scalars[i + 1] == "X",
               scalars[i + 6] == "_", let value = UInt32(String(String.UnicodeScalarView(scalars[(i + 2)..<(i + 6)])), radix: 16),
               let scalar = Unicode.Scalar(value) {
                out.append(scalar)
                i += 7
                continue
            }
            out.append(scalars[i])
            i += 1
        }
        return String(out)
    }
}

/// One relationship of a part: its target part (resolved) and its type's last segment (`worksheet`, `styles`).
struct Relationship: Hashable {
    var id: String
    var type: String
    var target: String
}

/// Counts the cells a workbook may still hold; shared by the sheets of one workbook.
final class CellBudget {
    var remaining: Int
    init(remaining: Int) { self.remaining = remaining }
}

// MARK: - Package parts

/// `*.rels`: `<Relationship Id Type Target [TargetMode="External"]/>`.
private final class RelationshipsParser: PartParser {
    let base: String
    var relationships: [String: Relationship] = [:]

    init(part: String, base: String, limits: WorkbookLimits) {
        self.base = base
        super.init(part: part, limits: limits)
    }

    override func start(_ name: String, _ attributes: [String: String]) {
        guard name == "Relationship", attributes["TargetMode"] != "External", let id = attributes["Id"],
              let type = attributes["Type"], let target = attributes["Target"] else { return }
        let kind = String(type.split(separator: "/").last ?? "")
        relationships[id] = Relationship(id: id, type: kind, target: XLSXReader.resolve(target, base: base))
    }
}

/// `[Content_Types].xml`: defaults by extension and overrides by part name, keys lower-cased.
private final class ContentTypesParser: PartParser {
    var defaults: [String: String] = [:]
    var overrides: [String: String] = [:]

    override func start(_ name: String, _ attributes: [String: String]) {
        if name == "Default", let ext = attributes["Extension"], let type = attributes["ContentType"] {
            defaults[ext.lowercased()] = type
        } else if name == "Override", let part = attributes["PartName"], let type = attributes["ContentType"] {
            overrides[part.lowercased()] = type
        }
    }
}

/// `workbook.xml`: the sheets in order, and the date system.
private final class WorkbookPartParser: PartParser {
    struct Entry {
        var name: String
        var visibility: Sheet.Visibility
        var relationshipID: String?
    }

    var sheets: [Entry] = []
    var date1904 = false

    override func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "workbookPr":
            if let value = attributes["date1904"] { date1904 = value == "1" || value.lowercased() == "true" }
        case "sheet":
            let visibility: Sheet.Visibility
            switch attributes["state"] {
            case "hidden": visibility = .hidden
            case "veryHidden": visibility = .veryHidden
            default: visibility = .visible
            }
            sheets.append(Entry(name: attributes["name"] ?? "", visibility: visibility,
                                relationshipID: PartParser.attribute("id", in: attributes)))
        default:
            break
        }
    }
}

/// `styles.xml`: the number format of each cell format (`cellXfs/xf`), and the custom format codes.
private final class StylesParser: PartParser {
    private var codes: [Int: String] = [:]
    private var formatIDs: [Int] = []
    private var inCellFormats = false

    override func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] { codes[id] = code }
        case "cellXfs":
            inCellFormats = true
        case "xf" where inCellFormats:
            formatIDs.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
        default:
            break
        }
    }

    override func end(_ name: String) {
        if name == "cellXfs" { inCellFormats = false }
    }

    /// The kind of number each cell format index (a cell's `s`) makes.
    func cellFormatKinds() -> [XLSXNumberFormat.Kind] {
        formatIDs.map { id in
            // A custom code may redefine a built-in id; Excel writes custom codes from 164 on.
            if let code = codes[id] { return XLSXNumberFormat.kind(code: code) }
            return XLSXNumberFormat.kind(builtIn: id)
        }
    }
}

/// `sharedStrings.xml`: `<si>` items of plain (`<t>`) or rich text (`<r><t>`), phonetic runs (`<rPh>`) left out.
private final class SharedStringsParser: PartParser {
    var strings: [String] = []
    private var current = ""
    private var inText = false
    private var inPhonetic = false

    override func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "si": current = ""
        case "t": inText = !inPhonetic
        case "rPh": inPhonetic = true
        default: break
        }
    }

    override func end(_ name: String) {
        switch name {
        case "si": strings.append(XLSXReader.decodeEscapes(current))
        case "t": inText = false
        case "rPh": inPhonetic = false
        default: break
        }
    }

    override func characters(_ text: String) {
        if inText { current += text }
    }
}

/// A worksheet part: the cells of `<sheetData>`, the merged ranges and the formulas without a cached value.
private final class WorksheetParser: PartParser {
    private let sharedStrings: [String]
    private let kinds: [XLSXNumberFormat.Kind]
    private let date1904: Bool
    private let budget: CellBudget

    private struct Located {
        var row: Int
        var column: Int
        var value: CellValue
    }

    private var cells: [Located] = []
    private var sorted = true
    var mergedRanges: [CellRange] = []
    var uncachedFormulas: [CellReference] = []

    // The cell being read.
    private var rowNumber = 0
    private var lastColumn = 0
    private var cellType = "n"
    private var cellStyle = 0
    private var cellReference = CellReference(row: 1, column: 1)
    private var inCell = false
    private var hasFormula = false
    private var valueText = ""
    private var inlineText = ""
    private var sawValue = false
    private var sawInline = false
    private enum TextTarget { case none, value, inline }
    private var target = TextTarget.none
    private var inPhonetic = false
    private var inInline = false

    init(part: String, limits: WorkbookLimits, sharedStrings: [String], kinds: [XLSXNumberFormat.Kind], date1904: Bool,
         budget: CellBudget) {
        self.sharedStrings = sharedStrings; self.kinds = kinds; self.date1904 = date1904; self.budget = budget
        super.init(part: part, limits: limits)
    }

    override func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "row":
            if let text = attributes["r"] {
                guard let number = Int(text), (1...CellReference.maximumRow).contains(number) else {
                    fail(.badCellReference(part: part, reference: text)); return
                }
                rowNumber = number
            } else {
                rowNumber += 1
            }
            lastColumn = 0
        case "c":
            inCell = true
            hasFormula = false; sawValue = false; sawInline = false
            valueText = ""; inlineText = ""
            cellType = attributes["t"] ?? "n"
            cellStyle = attributes["s"].flatMap(Int.init) ?? 0
            if let text = attributes["r"] {
                guard let reference = CellReference(text) else {
                    fail(.badCellReference(part: part, reference: text)); return
                }
                cellReference = reference
            } else {
                guard rowNumber >= 1, lastColumn < CellReference.maximumColumn else {
                    fail(.badCellReference(part: part, reference: "")); return
                }
                cellReference = CellReference(row: rowNumber, column: lastColumn + 1)
            }
            lastColumn = cellReference.column
        case "v" where inCell:
            target = .value; sawValue = true
        case "f" where inCell:
            hasFormula = true
        case "is" where inCell:
            inInline = true; sawInline = true
        case "t" where inInline && !inPhonetic:
            target = .inline
        case "rPh":
            inPhonetic = true
        case "mergeCell":
            if let text = attributes["ref"] {
                guard let range = CellRange(text) else { fail(.badCellReference(part: part, reference: text)); return }
                guard mergedRanges.count < 100_000 else {
                    fail(.tooLarge(part: part, limit: .mergedRanges(100_000))); return
                }
                mergedRanges.append(range)
            }
        default:
            break
        }
    }

    override func end(_ name: String) {
        switch name {
        case "v", "t": target = .none
        case "is": inInline = false
        case "rPh": inPhonetic = false
        case "c":
            inCell = false
            finishCell()
        default: break
        }
    }

    override func characters(_ text: String) {
        switch target {
        case .none: break
        case .value: valueText += text
        case .inline: inlineText += text
        }
    }

    private func finishCell() {
        let value: CellValue
        switch cellType {
        case "s":
            guard sawValue else { return }
            guard let index = Int(valueText) ?? Int(valueText.trimmingWhitespace), sharedStrings.indices.contains(index) else {
                fail(.malformedPart(part, line: nil)); return
            }
            value = .text(sharedStrings[index])
        case "inlineStr":
            value = .text(XLSXReader.decodeEscapes(inlineText))
        case "str":
            value = .text(XLSXReader.decodeEscapes(valueText))
        case "b":
            let t = valueText.trimmingWhitespace
            value = sawValue && !t.isEmpty ? .boolean(t == "1" || t.lowercased() == "true") : .empty
        case "e":
            value = .error(valueText.trimmingWhitespace)
        case "d":
            value = XLSXNumberFormat.isoValue(valueText) ?? .text(valueText)
        default:
            // Writers put the bare number in <v>; trimming is for the rare one that pads it.
            if let number = Double(valueText), number.isFinite {
                let kind = kinds.indices.contains(cellStyle) ? kinds[cellStyle] : .number
                value = XLSXNumberFormat.value(serial: number, kind: kind, date1904: date1904)
                break
            }
            let t = valueText.trimmingWhitespace
            if t.isEmpty {
                value = sawInline ? .text(XLSXReader.decodeEscapes(inlineText)) : .empty
            } else if let number = Double(t), number.isFinite {
                let kind = kinds.indices.contains(cellStyle) ? kinds[cellStyle] : .number
                value = XLSXNumberFormat.value(serial: number, kind: kind, date1904: date1904)
            } else {
                value = .text(t)
            }
        }
        if value == .empty || value == .text("") {
            if hasFormula && uncachedFormulas.count < 1_000 { uncachedFormulas.append(cellReference) }
            return
        }
        budget.remaining -= 1
        guard budget.remaining >= 0 else { fail(.tooLarge(part: part, limit: .cells(limits.maximumCells))); return }
        if let last = cells.last, (last.row, last.column) >= (cellReference.row, cellReference.column) { sorted = false }
        cells.append(Located(row: cellReference.row, column: cellReference.column, value: value))
    }

    /// The cells grouped into rows, sorted; a cell given twice keeps its first value.
    func rows() -> [Row] {
        if !sorted {
            cells = cells.enumerated().sorted { a, b in
                (a.element.row, a.element.column, a.offset) < (b.element.row, b.element.column, b.offset)
            }.map(\.element)
        }
        var rows: [Row] = []
        for cell in cells {
            if let last = rows.last, last.number == cell.row {
                if last.cells.last?.column == cell.column { continue }
                rows[rows.count - 1].cells.append(Cell(column: cell.column, value: cell.value))
            } else {
                rows.append(Row(number: cell.row, cells: [Cell(column: cell.column, value: cell.value)]))
            }
        }
        cells = []
        return rows
    }
}
