/// Where something came from in the user's files: the file name as given, the 1-based line and, where known, the column.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: String?

    public init(file: String, line: Int, column: String? = nil) {
        self.file = file; self.line = line; self.column = column
    }

    /// `ties.csv:12 (column "An")`, or `ties.csv:12` without a column.
    public var description: String {
        if let column { return "\(file):\(line) (column \"\(column)\")" }
        return "\(file):\(line)"
    }
}
