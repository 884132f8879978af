/// Where something came from in the user's files: a line of a text file, or a cell of a workbook's sheet.
///
/// Text files (CSV, YAML, GraphML, GEXF) have a 1-based `line`; workbooks a `sheet` and a cell (`line` is then
/// the sheet's 1-based row and `columnIndex` its 1-based column: `Beziehungen!B9`). `column` is the column's
/// header as the user wrote it, where known. Line 0 stands for the whole file. The Wording module says a
/// location in words (`ties.csv, Zeile 12, Spalte „An“`; `netz.xlsx, Beziehungen!B9 (Spalte „An“)`).
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file name as given (a workbook's file name for cells).
    public var file: String
    /// The 1-based line of a text file, or the 1-based row of a sheet; 0 for the whole file.
    public var line: Int
    /// The header of the column, as the user wrote it.
    public var column: String?
    /// The sheet of a workbook; `nil` in text files.
    public var sheet: String?
    /// The 1-based column of a sheet's cell (1 is `A`); `nil` in text files or for a whole row.
    public var columnIndex: Int?

    /// A line of a text file, optionally in a named column.
    public init(file: String, line: Int, column: String? = nil) {
        self.file = file; self.line = line; self.column = column
    }

    /// A cell (or, without `columnIndex`, a row) of a workbook's sheet.
    public init(file: String, sheet: String, row: Int, columnIndex: Int? = nil, column: String? = nil) {
        self.file = file; self.line = row; self.column = column; self.sheet = sheet; self.columnIndex = columnIndex
    }

    /// The cell as a spreadsheet names it, `B9`; `nil` outside a sheet or without a column.
    public var cell: String? {
        guard sheet != nil, let columnIndex, columnIndex > 0, line > 0 else { return nil }
        return Self.columnLetters(columnIndex) + String(line)
    }

    /// `A` for 1, `Z` for 26, `AA` for 27: spreadsheets' bijective base-26 column names.
    public static func columnLetters(_ index: Int) -> String {
        var letters: [Character] = []
        var n = index
        while n > 0 {
            let digit = (n - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + digit))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }

    /// A short technical form for logs and test failures: `ties.csv:12[An]`, `netz.xlsx:Beziehungen!B9[An]`.
    public var description: String {
        var text = file + ":"
        if let sheet { text += sheet + "!" + (cell ?? String(line)) } else { text += String(line) }
        if let column { text += "[\(column)]" }
        return text
    }
}
