/// A table in a sheet: its header row and the rows below it, every value with the cell it came from.
///
/// Where the table is:
/// - **Header**: among the first 30 rows holding values, the first that names the role's key columns: for ties a
///   source and a target column, for actors a name or id column and one more actor column; failing that, the first
///   naming one of them (a source or a target; a name or an id); failing that, the sheet's first row with a value.
///   Title rows and blank rows above it are left out. The header's columns run from its first to its last
///   non-empty cell.
/// - **Rows**: the rows below the header, blank ones skipped, down to the last *complete* row (one with values in
///   two or more named columns, or in the only one), and the rows that follow it without a blank row in between (an
///   unfinished last row is the user's data and should be reported, not dropped). Anything after a blank row that
///   follows the last complete row is a note below the table: left out and listed in ``noteRows``.
/// - Values to the right of the header's last column are kept (their header is empty), so that the loader can say
///   they have no column; values to the left of its first column are not part of the table.
public struct WorkbookTable: Hashable, Sendable {
    public var role: TableRole
    public var sheet: String
    public var match: SheetMatch
    /// The number of the header row; 0 for an empty sheet.
    public var headerRow: Int
    /// The sheet columns (1-based) of the table's fields, in order: field `i` is column `columns[i]`.
    public var columns: [Int]
    /// The header of each field as written (trimmed); empty for a column without one.
    public var headers: [String]
    /// The table's rows, blank rows left out, each with one value per field.
    public var rows: [TableRow]
    /// Rows below the table taken as notes, not read.
    public var noteRows: [Int]
    /// The sheet's merged ranges: an empty cell inside one is empty because the merge shows another cell's value.
    public var mergedRanges: [CellRange]
    /// Cells of the table whose formula was saved without a value (they read as empty).
    public var uncachedFormulas: [CellReference]

    /// The table of `role` in `sheet`; see ``WorkbookTable`` for the rule.
    public init(role: TableRole, sheet: Sheet, match: SheetMatch) {
        self.role = role
        self.sheet = sheet.name
        self.match = match
        self.mergedRanges = sheet.mergedRanges
        guard let headerIndex = HeaderSearch.header(in: sheet, for: role) else {
            headerRow = 0; columns = []; headers = []; rows = []; noteRows = []; uncachedFormulas = []
            return
        }
        let header = sheet.rows[headerIndex]
        headerRow = header.number
        let named = header.cells.filter { !$0.value.isBlank }
        let firstColumn = named.first?.column ?? 1
        let lastHeaderColumn = named.last?.column ?? firstColumn
        let namedColumns = Set(named.map(\.column))

        let body = sheet.rows[(headerIndex + 1)...].filter { row in
            row.cells.contains { $0.column >= firstColumn && !$0.value.isBlank }
        }
        let threshold = min(2, namedColumns.count)
        let lastComplete = body.lastIndex { row in
            row.cells.count { namedColumns.contains($0.column) && !$0.value.isBlank } >= threshold
        }
        var end = lastComplete.map { $0 + 1 } ?? body.startIndex
        if let lastComplete {
            var previous = body[lastComplete].number
            while end < body.endIndex, body[end].number == previous + 1 {
                previous = body[end].number; end += 1
            }
        }
        let tableRows = body[body.startIndex..<end]
        noteRows = body[end...].map(\.number)

        let lastColumn = max(lastHeaderColumn, tableRows.compactMap { $0.cells.last?.column }.max() ?? 0)
        columns = Array(firstColumn...lastColumn)
        headers = columns.map { header.value(inColumn: $0).text.trimmingWhitespace }
        let columns = self.columns
        rows = tableRows.map { row in TableRow(number: row.number, values: columns.map { row.value(inColumn: $0) }) }
        let rowRange = (header.number + 1)...max(header.number + 1, tableRows.last?.number ?? header.number)
        uncachedFormulas = sheet.uncachedFormulas.filter {
            rowRange.contains($0.row) && (firstColumn...lastColumn).contains($0.column)
        }
    }

    /// Where field `field` of `row` is: `Beziehungen!B9`.
    public func location(of row: TableRow, field: Int) -> CellLocation {
        CellLocation(sheet: sheet, reference: CellReference(row: row.number, column: columns[field]))
    }

    /// Where the header of field `field` is.
    public func headerLocation(field: Int) -> CellLocation {
        CellLocation(sheet: sheet, reference: CellReference(row: headerRow, column: columns[field]))
    }

    /// The top-left cell of the merged range that covers `reference` (not being that cell), if any: the cell whose
    /// value the user sees in `reference`.
    public func mergeOrigin(of reference: CellReference) -> CellReference? {
        guard let range = mergedRanges.first(where: { $0.contains(reference) }), range.first != reference else { return nil }
        return range.first
    }
}

/// A row of a ``WorkbookTable``: its number in the sheet and one value per field of the table.
public struct TableRow: Hashable, Sendable {
    public var number: Int
    public var values: [CellValue]

    public init(number: Int, values: [CellValue]) {
        self.number = number; self.values = values
    }

    /// The fields as text, as the loader reads CSV fields (see ``CellValue/text``).
    public var texts: [String] { values.map(\.text) }
}

/// A cell in a named sheet, written as Excel and LibreOffice write references: `Beziehungen!B9`,
/// `'Akteure 2024'!A3` (quoted when the name has other than letters, digits and `_`; a quote doubled inside).
public struct CellLocation: Hashable, Sendable, CustomStringConvertible {
    public var sheet: String
    public var reference: CellReference

    public init(sheet: String, reference: CellReference) {
        self.sheet = sheet; self.reference = reference
    }

    public var description: String {
        let plain = !sheet.isEmpty && sheet.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
            && !(sheet.first?.isNumber ?? false)
        let name = plain ? sheet : "'" + sheet.replacingOccurrences(of: "'", with: "''") + "'"
        return "\(name)!\(reference)"
    }
}

/// Finds the header row of a table; see ``WorkbookTable``.
enum HeaderSearch {
    /// How many rows holding values are looked at for a header.
    static let rowsSearched = 30

    /// What a row names of a role's columns.
    private struct Named {
        var identifying = 0  // ties: source or target; actors: name or id
        var source = false
        var target = false
        var other = 0
    }

    private static func named(_ row: Row, _ role: TableRole) -> Named {
        var named = Named()
        for cell in row.cells {
            guard case .text(let text) = cell.value else { continue }
            switch role {
            case .ties:
                switch TieColumn(header: text) {
                case .source?: named.source = true; named.identifying += 1
                case .target?: named.target = true; named.identifying += 1
                case nil: break
                default: named.other += 1
                }
            case .actors:
                switch ActorColumn(header: text) {
                case .name?, .id?: named.identifying += 1
                case nil: break
                default: named.other += 1
                }
            }
        }
        return named
    }

    /// The index (in `sheet.rows`) of a row that clearly heads a table of `role`, as the search by header needs.
    static func strongHeader(in sheet: Sheet, for role: TableRole) -> Int? {
        sheet.rows.prefix(rowsSearched).indices.first { index in
            let n = named(sheet.rows[index], role)
            switch role {
            case .ties: return n.source && n.target
            case .actors: return n.identifying >= 1 && n.identifying + n.other >= 2
            }
        }
    }

    /// The index of the header row of a sheet taken for `role`; `nil` for an empty sheet.
    static func header(in sheet: Sheet, for role: TableRole) -> Int? {
        if let strong = strongHeader(in: sheet, for: role) { return strong }
        if let weak = sheet.rows.prefix(rowsSearched).indices.first(where: { named(sheet.rows[$0], role).identifying > 0 }) {
            return weak
        }
        return sheet.rows.indices.first { index in sheet.rows[index].cells.contains { !$0.value.isBlank } }
    }
}
