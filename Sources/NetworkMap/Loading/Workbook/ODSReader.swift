import Foundation

/// Reads an OpenDocument spreadsheet (`.ods`; ODF 1.2/1.3 Part 1, 9.1 tables) into a ``Workbook``.
///
/// Only `content.xml` is read, in one streaming pass: automatic table styles first (`table:display="false"` hides a
/// sheet), then each `table:table` in document order. Values come from `office:value-type` and its attribute
/// (`office:value`, `office:date-value`, `office:time-value`, `office:boolean-value`, `office:string-value`), else
/// from the cell's paragraphs (`text:p`, joined by line feeds; `text:s`, `text:tab`, `text:line-break` as the
/// characters they stand for; comments in `office:annotation` and drawn frames left out). LibreOffice marks a
/// formula's error with `calcext:value-type="error"`: it reads as ``CellValue/error(_:)``. A number 0 or 1 shown as
/// `TRUE`/`FALSE` (`WAHR`/`FALSCH`) has LibreOffice's boolean format and reads as a boolean, as a number with a date
/// format reads as a date in xlsx.
///
/// `table:number-rows-repeated` and `table:number-columns-repeated` are never expanded for empty cells, so the
/// million empty rows LibreOffice writes at the end of a sheet cost nothing; repeated cells with a value are expanded
/// and count against ``WorkbookLimits/maximumCells`` before any is made. `table:covered-table-cell`s (the cells a
/// merge hides) read as empty; `table:number-columns-spanned`/`-rows-spanned` give the merged ranges.
/// Attributes are matched by the prefixes ODF's own schema uses (`table:`, `office:`, `text:`), which every
/// producer writes.
enum ODSReader {
    static let mediaType = "application/vnd.oasis.opendocument.spreadsheet"

    static func read(_ package: ZipPackage, limits: WorkbookLimits) throws(WorkbookError) -> Workbook {
        if let manifest = try package.read("META-INF/manifest.xml"),
           manifest.range(of: Data("encryption-data".utf8)) != nil {
            throw .encrypted
        }
        let data = try package.require("content.xml")
        let parser = ContentParser(part: "content.xml", limits: limits)
        try parser.parse(data)
        return Workbook(format: .ods, sheets: parser.sheets)
    }
}

private final class ContentParser: PartParser {
    var sheets: [Sheet] = []
    private lazy var budget = limits.maximumCells

    // Automatic styles: table style name -> hidden.
    private var hiddenStyles = Set<String>()
    private var styleName: String?
    private var styleFamily: String?

    // The table being read.
    private var tableDepth = 0
    private var tableStyle: String?
    private var tableName = ""
    private var rows: [Row] = []
    private var merged: [CellRange] = []
    private var rowNumber = 0  // the number of the row being read (1-based)
    private var rowRepeat = 1
    private var rowCells: [Cell] = []
    private var column = 0  // the column of the cell being read (1-based)

    // The cell being read.
    private var inCell = false
    private var covered = false
    private var cellRepeat = 1
    private var cellValue: CellValue = .empty
    private var needsText = false
    private var isError = false
    private var mayBeBoolean = false  // a 0 or 1 that LibreOffice may show as TRUE or FALSE
    private var paragraphs: [String] = []
    private var paragraph = ""
    private var paragraphDepth = 0
    private var skipDepth = 0  // inside an annotation or a drawing: its text is not the cell's

    override func start(_ name: String, _ attributes: [String: String]) {
        if skipDepth > 0 { skipDepth += 1; return }
        switch name {
        case "style" where tableDepth == 0:
            styleName = attributes["style:name"]; styleFamily = attributes["style:family"]
        case "table-properties" where tableDepth == 0:
            if styleFamily == "table", let styleName, attributes["table:display"] == "false" {
                hiddenStyles.insert(styleName)
            }
        case "table":
            tableDepth += 1
            guard tableDepth == 1 else { return }  // a table inside a cell (ODF subtables) is not read
            guard sheets.count < limits.maximumSheets else {
                fail(.tooLarge(part: part, limit: .sheets(limits.maximumSheets))); return
            }
            tableName = attributes["table:name"] ?? ""
            tableStyle = attributes["table:style-name"]
            rows = []; merged = []; rowNumber = 0
        case "table-row" where tableDepth == 1:
            rowNumber += 1
            rowRepeat = ContentParser.count(attributes["table:number-rows-repeated"], limit: 2 * CellReference.maximumRow)
            rowCells = []
            column = 0
        case "table-cell" where tableDepth == 1, "covered-table-cell" where tableDepth == 1:
            startCell(covered: name == "covered-table-cell", attributes)
        case "annotation", "frame", "custom-shape", "rect", "line", "ellipse", "g":
            if inCell { skipDepth = 1 }
        case "p", "h":
            if inCell && tableDepth == 1 {
                paragraphDepth += 1
                if paragraphDepth == 1 { paragraph = "" }
            }
        case "s":
            if paragraphDepth > 0 {
                let n = ContentParser.count(attributes["text:c"], limit: 1_000)
                paragraph += String(repeating: " ", count: n)
            }
        case "tab":
            if paragraphDepth > 0 { paragraph += "\t" }
        case "line-break":
            if paragraphDepth > 0 { paragraph += "\n" }
        default:
            break
        }
    }

    override func end(_ name: String) {
        if skipDepth > 0 { skipDepth -= 1; return }
        switch name {
        case "style":
            styleName = nil; styleFamily = nil
        case "p", "h":
            if paragraphDepth > 0 {
                paragraphDepth -= 1
                if paragraphDepth == 0 { paragraphs.append(paragraph) }
            }
        case "table-cell" where tableDepth == 1, "covered-table-cell" where tableDepth == 1:
            finishCell()
        case "table-row" where tableDepth == 1:
            finishRow()
        case "table":
            tableDepth -= 1
            if tableDepth == 0 { finishTable() }
        default:
            break
        }
    }

    override func characters(_ text: String) {
        if skipDepth == 0 && paragraphDepth > 0 { paragraph += text }
    }

    private func startCell(covered: Bool, _ attributes: [String: String]) {
        inCell = true
        self.covered = covered
        cellRepeat = ContentParser.count(attributes["table:number-columns-repeated"], limit: 2 * CellReference.maximumColumn)
        paragraphs = []; paragraphDepth = 0
        isError = attributes["calcext:value-type"] == "error"
        needsText = false
        mayBeBoolean = false
        cellValue = .empty
        let start = CellReference(row: rowNumber, column: column + 1)
        if !covered {
            let across = ContentParser.count(attributes["table:number-columns-spanned"], limit: CellReference.maximumColumn)
            let down = ContentParser.count(attributes["table:number-rows-spanned"], limit: CellReference.maximumRow)
            if across > 1 || down > 1, start.row <= CellReference.maximumRow, start.column <= CellReference.maximumColumn {
                guard merged.count < 100_000 else { fail(.tooLarge(part: part, limit: .mergedRanges(100_000))); return }
                let last = CellReference(row: min(CellReference.maximumRow, start.row + down - 1),
                                         column: min(CellReference.maximumColumn, start.column + across - 1))
                merged.append(CellRange(first: start, last: last))
            }
        }
        switch attributes["office:value-type"] {
        case "float", "percentage", "currency":
            if let number = attributes["office:value"].flatMap(Double.init), number.isFinite {
                cellValue = .number(number)
                mayBeBoolean = number == 0 || number == 1
            } else {
                needsText = true
            }
        case "date":
            cellValue = attributes["office:date-value"].flatMap(XLSXNumberFormat.isoValue) ?? .empty
            needsText = cellValue == .empty
        case "time":
            if let seconds = attributes["office:time-value"].flatMap(XLSXNumberFormat.durationSeconds) {
                cellValue = .time(secondOfDay: seconds)
            } else {
                needsText = true
            }
        case "boolean":
            switch attributes["office:boolean-value"]?.lowercased() {
            case "true", "1": cellValue = .boolean(true)
            case "false", "0": cellValue = .boolean(false)
            default: needsText = true
            }
        case "string":
            if let text = attributes["office:string-value"], !isError {
                cellValue = .text(text)
            } else {
                needsText = true
            }
        default:
            needsText = true  // no type: older producers write the text alone
        }
    }

    private func finishCell() {
        inCell = false
        var value = cellValue
        if needsText {
            let text = paragraphs.joined(separator: "\n")
            value = text.isEmpty ? .empty : isError ? .error(text) : .text(text)
        } else if mayBeBoolean, paragraphs.count == 1, let shown = CellValue.text(paragraphs[0]).booleanValue,
                  shown == (value == .number(1)) {
            // A number with LibreOffice's BOOLEAN format (what it makes of an xlsx boolean): shown, and meant, as one.
            value = .boolean(shown)
        }
        let first = column + 1
        column += cellRepeat
        guard !covered, value != .empty, !hasFailed else { return }
        guard column <= CellReference.maximumColumn, rowNumber <= CellReference.maximumRow else {
            let reference = CellReference.columnName(min(column, CellReference.maximumColumn + 1)) + String(rowNumber)
            fail(.badCellReference(part: part, reference: reference)); return
        }
        guard cellRepeat <= budget else { fail(.tooLarge(part: part, limit: .cells(limits.maximumCells))); return }
        budget -= cellRepeat
        for c in first...column { rowCells.append(Cell(column: c, value: value)) }
    }

    private func finishRow() {
        let first = rowNumber
        rowNumber += rowRepeat - 1
        guard !rowCells.isEmpty, !hasFailed else { return }
        guard rowNumber <= CellReference.maximumRow else {
            fail(.badCellReference(part: part, reference: "A\(CellReference.maximumRow + 1)")); return
        }
        let extra = (rowRepeat - 1).multipliedReportingOverflow(by: rowCells.count)
        guard !extra.overflow, extra.partialValue <= budget else {
            fail(.tooLarge(part: part, limit: .cells(limits.maximumCells))); return
        }
        budget -= extra.partialValue
        for number in first...rowNumber { rows.append(Row(number: number, cells: rowCells)) }
        rowCells = []
    }

    private func finishTable() {
        let visibility: Sheet.Visibility = tableStyle.map { hiddenStyles.contains($0) } == true ? .hidden : .visible
        var sheet = Sheet(name: tableName, visibility: visibility, rows: rows, mergedRanges: merged)
        sheet.clearCoveredCells()
        sheets.append(sheet)
        rows = []; merged = []
    }

    /// A repetition or span count: 1 when absent or malformed, at most `limit` (anything beyond the grid is moot).
    static func count(_ text: String?, limit: Int) -> Int {
        guard let text, let n = Int(text), n >= 1 else {
            // Digits too many for an Int are a count beyond any limit.
            if let text, !text.isEmpty, text.allSatisfy(\.isASCIIDigit) { return limit }
            return 1
        }
        return min(n, limit)
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
