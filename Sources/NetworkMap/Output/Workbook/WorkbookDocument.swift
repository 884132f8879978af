/// A workbook to be written as `.xlsx` (``XLSXWriter``): sheets of typed cells and how each sheet shows.
///
/// The `init` template, `report --format xlsx` and `convert --to xlsx` build one of these; the writer turns it into
/// bytes. Nothing here knows about networks.
public struct WorkbookDocument: Hashable, Sendable {
    public var sheets: [SheetDocument]
    /// The title in the file's properties (`docProps/core.xml`).
    public var title: String?
    /// The date written as the file's creation and modification date; a fixed date when `nil`, so that the same
    /// document always gives the same bytes.
    public var date: Day?

    public init(sheets: [SheetDocument], title: String? = nil, date: Day? = nil) {
        self.sheets = sheets; self.title = title; self.date = date
    }
}

/// One sheet to be written.
public struct SheetDocument: Hashable, Sendable {
    /// The sheet's name; the writer makes it valid for Excel (at most 31 characters, none of `[]:*?/\`, unique).
    public var name: String
    public var visibility: Sheet.Visibility
    /// The rows from row 1 down, each from column A; trailing `.empty` cells may be left out.
    public var rows: [[OutputCell]]
    /// The first row is a header: bold, frozen so that it stays in view, and (with ``autoFilter``) with filter buttons.
    public var hasHeader: Bool
    /// Filter buttons on the header over all rows (needs ``hasHeader``).
    public var autoFilter: Bool
    /// Column widths in characters by 1-based column; columns not given keep the default width.
    public var columnWidths: [Int: Double]
    /// Drop-down lists.
    public var validations: [ListValidation]

    public init(name: String, visibility: Sheet.Visibility = .visible, rows: [[OutputCell]], hasHeader: Bool = false,
                autoFilter: Bool = false, columnWidths: [Int: Double] = [:], validations: [ListValidation] = []) {
        self.name = name; self.visibility = visibility; self.rows = rows; self.hasHeader = hasHeader
        self.autoFilter = autoFilter; self.columnWidths = columnWidths; self.validations = validations
    }
}

/// A cell to be written.
public enum OutputCell: Hashable, Sendable {
    case empty
    /// Text, always written as text: text starting with `=`, `+`, `-` or `@` is marked so that no office suite takes
    /// it for a formula, even when the cell is edited.
    case text(String)
    /// A number with a number format (the number stays a number in Excel, sortable and summable). A number that is
    /// not finite is written as an empty cell.
    case number(Double, NumberFormat = .general)
    case boolean(Bool)
    /// A date, shown in the reader's locale (built-in format 14).
    case date(Day)
    /// A date with a time of day, shown in the reader's locale (built-in format 22).
    case dateTime(Day, secondOfDay: Int)
}

/// How a number is shown.
public enum NumberFormat: Hashable, Sendable {
    /// As much as needed (`General`).
    case general
    /// A whole number (`0`).
    case integer
    /// With `places` decimals (`0.00` for 2).
    case decimal(places: Int)
    /// As a percentage with `places` decimals (`0%`, `0.00%`): 0.25 shows as 25%.
    case percent(places: Int)
    /// A format code of ECMA-376 Part 1, 18.8.31 (`#,##0.000`).
    case custom(String)
}

/// A drop-down list on a range of cells, fed from a range on another (typically hidden) sheet.
///
/// The list source is a range rather than an inline list because Excel refuses inline lists longer than 255
/// characters, and because a user can then add an entry (a custom actor type) to the list sheet.
public struct ListValidation: Hashable, Sendable {
    /// What happens when a value not in the list is typed.
    public enum Enforcement: String, Hashable, Sendable {
        /// The value is refused.
        case stop
        /// A warning; the user may keep the value.
        case warning
        /// A note; the value is kept.
        case information
    }

    /// The cells that get the drop-down.
    public var cells: CellRange
    /// The sheet holding the list (its name as given to the document) and the range of the entries there.
    public var sourceSheet: String
    public var source: CellRange
    public var enforcement: Enforcement

    public init(cells: CellRange, sourceSheet: String, source: CellRange, enforcement: Enforcement = .warning) {
        self.cells = cells; self.sourceSheet = sourceSheet; self.source = source; self.enforcement = enforcement
    }
}
