/// A spreadsheet workbook as read from an `.xlsx` or `.ods` file: its sheets in the order the workbook lists them.
///
/// Only what a table of actors or ties needs is kept: each sheet's name, whether it is hidden, its merged ranges and
/// its non-empty cells as typed values. Formatting, formulas (only their cached results), comments and charts are
/// not read. Cells are stored sparsely, row by row, so a sheet with one value in `XFD1048576` costs one cell.
public struct Workbook: Hashable, Sendable {
    /// The container a workbook was read from.
    public enum Format: String, Hashable, Sendable {
        /// Office Open XML (ECMA-376), as Excel, LibreOffice, openpyxl and Google Sheets write it.
        case xlsx
        /// OpenDocument Spreadsheet (ODF 1.2/1.3), LibreOffice's own format.
        case ods
    }

    public var format: Format
    /// The sheets in the workbook's order (the order of the tabs), hidden ones included.
    public var sheets: [Sheet]

    public init(format: Format, sheets: [Sheet]) {
        self.format = format; self.sheets = sheets
    }

    /// The sheet named `name` exactly, else the first whose name matches ignoring case and surrounding space.
    public func sheet(named name: String) -> Sheet? {
        sheets.first { $0.name == name } ?? sheets.first { Normalize.key($0.name) == Normalize.key(name) }
    }
}

/// One sheet (tab) of a workbook.
public struct Sheet: Hashable, Sendable {
    /// Whether a sheet shows as a tab.
    public enum Visibility: String, Hashable, Sendable {
        case visible
        /// Hidden; the user can show it again (xlsx `state="hidden"`, ods `table:display="false"`).
        case hidden
        /// Hidden so that only a macro can show it again (xlsx `state="veryHidden"`).
        case veryHidden
    }

    public var name: String
    public var visibility: Visibility
    /// The rows that hold at least one value, in ascending order of their number.
    public var rows: [Row]
    /// Merged ranges: only the top-left cell of each holds a value.
    ///
    /// The other cells of a range read as empty, whatever the file keeps in them, since that is what Excel and
    /// LibreOffice show.
    public var mergedRanges: [CellRange]
    /// Cells with a formula but no cached result: they read as empty.
    ///
    /// Files written by a program that cannot calculate (openpyxl) and never opened in an office suite have them.
    /// At most the first 1,000.
    public var uncachedFormulas: [CellReference]

    public init(name: String, visibility: Visibility = .visible, rows: [Row] = [], mergedRanges: [CellRange] = [],
                uncachedFormulas: [CellReference] = []) {
        self.name = name; self.visibility = visibility; self.rows = rows; self.mergedRanges = mergedRanges
        self.uncachedFormulas = uncachedFormulas
    }

    /// Empties the cells that merged ranges cover (all but each range's top-left cell), and drops rows left empty.
    ///
    /// A sweep over the rows with the ranges active at each row: O(cells × ranges active per row + ranges log ranges).
    mutating func clearCoveredCells() {
        guard !mergedRanges.isEmpty else { return }
        let byFirstRow = mergedRanges.sorted { $0.first.row < $1.first.row }
        var next = 0
        var active: [CellRange] = []
        for index in rows.indices {
            let number = rows[index].number
            while next < byFirstRow.count, byFirstRow[next].first.row <= number {
                active.append(byFirstRow[next]); next += 1
            }
            active.removeAll { $0.last.row < number }
            guard !active.isEmpty else { continue }
            rows[index].cells.removeAll { cell in
                let reference = CellReference(row: number, column: cell.column)
                return active.contains { $0.contains(reference) && $0.first != reference }
            }
        }
        rows.removeAll { $0.cells.isEmpty }
    }

    /// Hidden or very hidden.
    public var isHidden: Bool { visibility != .visible }

    /// The value at `reference`; `.empty` for a cell the sheet does not hold.
    ///
    /// O(log rows + log cells of the row).
    public func value(at reference: CellReference) -> CellValue {
        guard let row = row(numbered: reference.row) else { return .empty }
        return row.value(inColumn: reference.column)
    }

    /// The row numbered `number` (1-based), if it holds a value; O(log rows).
    public func row(numbered number: Int) -> Row? {
        var low = 0
        var high = rows.count
        while low < high {
            let middle = (low + high) / 2
            if rows[middle].number < number { low = middle + 1 } else { high = middle }
        }
        return low < rows.count && rows[low].number == number ? rows[low] : nil
    }

    /// The merged range `reference` lies in, if any.
    public func mergedRange(containing reference: CellReference) -> CellRange? {
        mergedRanges.first { $0.contains(reference) }
    }
}

/// A row of a sheet: its 1-based number and its non-empty cells in ascending order of their column.
public struct Row: Hashable, Sendable {
    public var number: Int
    public var cells: [Cell]

    public init(number: Int, cells: [Cell]) {
        self.number = number; self.cells = cells
    }

    /// The value in `column` (1-based), `.empty` if the row holds none there; O(log cells).
    public func value(inColumn column: Int) -> CellValue {
        var low = 0
        var high = cells.count
        while low < high {
            let middle = (low + high) / 2
            if cells[middle].column < column { low = middle + 1 } else { high = middle }
        }
        return low < cells.count && cells[low].column == column ? cells[low].value : .empty
    }
}

/// A non-empty cell: its 1-based column and its value (the row is the ``Row``'s).
public struct Cell: Hashable, Sendable {
    public var column: Int
    public var value: CellValue

    public init(column: Int, value: CellValue) {
        self.column = column; self.value = value
    }
}

/// What a cell holds, typed as the office suite stored it.
///
/// Formulas read as their cached result (what the suite showed when it saved the file). A number with a date format
/// reads as a date; see ``XLSXNumberFormat`` for the rule. Text is kept as written, with surrounding space.
public enum CellValue: Hashable, Sendable {
    case empty
    case text(String)
    /// A number; a whole number saved as `3.0` is the same value as `3`.
    case number(Double)
    case boolean(Bool)
    /// A calendar date without a time of day.
    case date(Day)
    /// A date with a time of day (seconds after midnight, rounded to the second).
    case dateTime(Day, secondOfDay: Int)
    /// A time of day without a date (a number with a format such as `hh:mm`, an ods `office:time-value`).
    case time(secondOfDay: Int)
    /// A formula's error result as the suite wrote it: `#DIV/0!`, `#N/A`, `#NV`.
    case error(String)

    /// Whether the cell holds nothing, or only white space.
    public var isBlank: Bool {
        switch self {
        case .empty: return true
        case .text(let text): return text.isBlank
        default: return false
        }
    }

    /// The value as text, as a CSV export of the sheet would write it in an English locale, without thousands marks.
    ///
    /// Whole numbers have no decimals (`3.0` gives `3`); other numbers give the shortest text that reads back as
    /// the same `Double` (`2.5`). Dates and times are ISO 8601 (`2024-03-01`, `2024-03-01T14:30:00`, `14:30:00`), which ``Day/init(parsing:)``
    /// reads; booleans are `TRUE`/`FALSE`; errors as written. This is what the loader sees of a cell.
    public var text: String {
        switch self {
        case .empty: return ""
        case .text(let text): return text
        case .number(let value): return CellValue.format(value)
        case .boolean(let value): return value ? "TRUE" : "FALSE"
        case .date(let day): return day.description
        case .dateTime(let day, let second): return "\(day)T" + CellValue.clock(second)
        case .time(let second): return CellValue.clock(second)
        case .error(let text): return text
        }
    }

    /// A boolean cell, or text that spells one as office suites do: `TRUE`/`FALSE`, `WAHR`/`FALSCH` (any case).
    public var booleanValue: Bool? {
        switch self {
        case .boolean(let value): return value
        case .text(let text):
            switch Normalize.key(text) {
            case "true", "wahr": return true
            case "false", "falsch": return false
            default: return nil
            }
        default: return nil
        }
    }

    /// `14:30:00`.
    static func clock(_ second: Int) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(two(second / 3600)):\(two(second / 60 % 60)):\(two(second % 60))"
    }

    /// `3` for 3.0, `2.5`, `-0.125`; `1e+20` stays in Swift's shortest round-trip form.
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        return String(value)
    }
}

/// A cell's place in a sheet: 1-based row and column, written `B9` (A1 notation).
public struct CellReference: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var row: Int
    public var column: Int

    /// The largest row and column Excel and LibreOffice allow: `XFD1048576`.
    public static let maximumRow = 1_048_576
    public static let maximumColumn = 16_384

    public init(row: Int, column: Int) {
        self.row = row; self.column = column
    }

    /// Parses `B9`, `$B$9` or `xfd1048576`; `nil` for anything else or beyond `XFD1048576`.
    public init?(_ text: some StringProtocol) {
        var column = 0
        var row = 0
        var sawDigit = false
        var letters = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "$"):
                continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard !sawDigit, letters < 3 else { return nil }
                column = column * 26 + Int((byte | 0x20) - UInt8(ascii: "a")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard letters > 0, row <= CellReference.maximumRow else { return nil }
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                sawDigit = true
            default:
                return nil
            }
        }
        guard sawDigit, (1...CellReference.maximumRow).contains(row), (1...CellReference.maximumColumn).contains(column)
        else { return nil }
        self.init(row: row, column: column)
    }

    /// `B9`.
    public var description: String { CellReference.columnName(column) + String(row) }

    /// The letters of a 1-based column: 1 is `A`, 27 is `AA`, 16384 is `XFD`.
    public static func columnName(_ column: Int) -> String {
        var n = column
        var letters: [Character] = []
        while n > 0 {
            let remainder = (n - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }

    public static func < (a: CellReference, b: CellReference) -> Bool {
        (a.row, a.column) < (b.row, b.column)
    }
}

/// A rectangle of cells, `A1:C3`; a single cell is a range whose corners are equal.
public struct CellRange: Hashable, Sendable, CustomStringConvertible {
    public var first: CellReference
    public var last: CellReference

    public init(first: CellReference, last: CellReference) {
        self.first = CellReference(row: min(first.row, last.row), column: min(first.column, last.column))
        self.last = CellReference(row: max(first.row, last.row), column: max(first.column, last.column))
    }

    /// Parses `A1:C3` or `B9`.
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let first = CellReference(parts[0]),
              let last = parts.count == 2 ? CellReference(parts[1]) : first else { return nil }
        self.init(first: first, last: last)
    }

    public func contains(_ reference: CellReference) -> Bool {
        (first.row...last.row).contains(reference.row) && (first.column...last.column).contains(reference.column)
    }

    /// `A1:C3`, or `B9` for a single cell.
    public var description: String { first == last ? first.description : "\(first):\(last)" }
}
