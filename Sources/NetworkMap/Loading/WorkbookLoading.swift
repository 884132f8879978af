import Foundation

/// Choices a user can make about how a network is read.
public struct LoadOptions: Hashable, Sendable {
    /// The sheet of a workbook that holds the actors (`--actors-sheet`), when the loader should not choose.
    public var actorsSheet: String?
    /// The sheet that holds the ties (`--ties-sheet`).
    public var tiesSheet: String?

    public init(actorsSheet: String? = nil, tiesSheet: String? = nil) {
        self.actorsSheet = actorsSheet; self.tiesSheet = tiesSheet
    }
}

/// Which sheets of a workbook a load used, and which it left out: what `check` tells the user.
public struct WorkbookUse: Hashable, Sendable {
    /// The workbook's file name.
    public var file: String
    public var actorsSheet: String?
    public var tiesSheet: String?
    /// Hidden sheets and sheets marked "(ignore)", left out.
    public var skipped: [SkippedSheet]
    /// Visible sheets used for neither table.
    public var unused: [String]

    public init(file: String, actorsSheet: String?, tiesSheet: String?, skipped: [SkippedSheet], unused: [String]) {
        self.file = file; self.actorsSheet = actorsSheet; self.tiesSheet = tiesSheet
        self.skipped = skipped; self.unused = unused
    }
}

extension NetworkLoader {
    /// Extensions of the files read as workbooks; the content decides the format, so that an old `.xls` or a CSV
    /// renamed to `.xlsx` gets a message of its own.
    static let workbookExtensions: Set<String> = ["xlsx", "xlsm", "ods", "xls", "xlsb"]

    static func isWorkbook(_ name: String) -> Bool {
        let lower = name.lowercased()
        // Excel's and LibreOffice's lock files (`~$netz.xlsx`, `.~lock.netz.ods#`) are no workbooks.
        guard !lower.hasPrefix("~$"), !lower.hasPrefix(".~lock") else { return false }
        return workbookExtensions.contains((lower as NSString).pathExtension)
    }

    /// The tables of a workbook (`role` `nil` for a workbook holding both).
    ///
    /// Problems go to `issues`; the tables are `nil` after a workbook that cannot be read.
    static func workbookTables(
        _ url: URL, role: TableRole?, options: LoadOptions, issues: inout [LoadIssue], uses: inout [WorkbookUse]
    ) -> (actors: RowTable?, ties: RowTable?, unreadable: Bool) {
        let file = url.lastPathComponent
        let found: WorkbookTables
        do {
            let workbook = try Workbook.read(from: url)
            switch role {
            case nil: found = try WorkbookTables.find(in: workbook, actorsSheet: options.actorsSheet, tiesSheet: options.tiesSheet)
            case .actors?: found = try WorkbookTables.find(.actors, in: workbook, sheet: options.actorsSheet)
            case .ties?: found = try WorkbookTables.find(.ties, in: workbook, sheet: options.tiesSheet)
            }
        } catch {
            issues.append(LoadIssue(.workbook(error), at: SourceLocation(file: file, line: 0)))
            if case .unreadable = error { return (nil, nil, true) }
            return (nil, nil, false)
        }
        uses.append(WorkbookUse(file: file, actorsSheet: found.actors?.sheet, tiesSheet: found.ties?.sheet,
                                skipped: found.skipped, unused: found.unused))
        return (found.actors.map { rowTable($0, file: file, issues: &issues) },
                found.ties.map { rowTable($0, file: file, issues: &issues) }, false)
    }

    /// The loader's table of a sheet's table: each cell as the text a CSV export would hold.
    ///
    /// These exceptions make the workbook read as the user sees it:
    /// - a cell covered by a merged range below the header shows the merge's value (a type merged over three rows
    ///   is the type of all three);
    /// - a date with a time of day is its day;
    /// - a formula's error (`#DIV/0!`) is empty, with a warning.
    static func rowTable(_ table: WorkbookTable, file: String, issues: inout [LoadIssue]) -> RowTable {
        var result = RowTable(file: file, headers: table.headers, headerLine: table.headerRow, rows: [],
                              sheet: table.sheet, columns: table.columns)
        var values = table.rows.map(\.values)
        if !table.mergedRanges.isEmpty {
            var rowIndex: [Int: Int] = [:]
            for (i, row) in table.rows.enumerated() { rowIndex[row.number] = i }
            var fieldIndex: [Int: Int] = [:]
            for (i, column) in table.columns.enumerated() { fieldIndex[column] = i }
            for range in table.mergedRanges where range.first.row > table.headerRow {
                guard let originRow = rowIndex[range.first.row], let originField = fieldIndex[range.first.column] else {
                    continue
                }
                let origin = values[originRow][originField]
                for rowNumber in range.first.row...range.last.row {
                    guard let i = rowIndex[rowNumber] else { continue }
                    for column in range.first.column...range.last.column {
                        if let f = fieldIndex[column], values[i][f].isBlank { values[i][f] = origin }
                    }
                }
            }
        }
        result.rows = zip(table.rows, values).map { row, cells in
            CSVRecord(line: row.number, fields: cells.enumerated().map { field, value in
                switch value {
                case .dateTime(let day, _): return day.description
                case .error(let shown):
                    issues.append(LoadIssue(.formulaError(value: shown), at: result.location(line: row.number, field: field)))
                    return ""
                default: return value.text
                }
            })
        }
        if let first = table.uncachedFormulas.first {
            issues.append(LoadIssue(.uncachedFormulas(count: table.uncachedFormulas.count, first: first.description),
                                    at: SourceLocation(file: file, sheet: table.sheet, row: first.row, columnIndex: first.column)))
        }
        if let firstNote = table.noteRows.first {
            issues.append(LoadIssue(.rowsBelowTable(rows: table.noteRows),
                                    at: SourceLocation(file: file, sheet: table.sheet, row: firstNote)))
        }
        return result
    }
}
