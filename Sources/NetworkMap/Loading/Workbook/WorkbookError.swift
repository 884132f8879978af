/// Why a workbook could not be read, or its tables not found: typed, with what a message needs, and no text.
///
/// The wording (German and English, with what to do) is rendered elsewhere from these cases. Every case but
/// ``unreadable(reason:)`` means bad data (exit code 65); `unreadable` means the file could not be read at all (74).
public enum WorkbookError: Error, Hashable, Sendable {
    // MARK: The file is no workbook we can read

    /// An Excel 97-2003 binary workbook (`.xls`: a compound file with a `Workbook` or `Book` stream).
    case legacyExcel
    /// A password-protected Office file (a compound file with an `EncryptedPackage` stream).
    case encrypted
    /// Another compound file (an old Word document, a Works file): no workbook.
    case otherCompoundFile
    /// An Excel binary workbook (`.xlsb`: a zip holding `xl/workbook.bin`).
    case binaryExcel
    /// Text, not a zip: typically a CSV file renamed to `.xlsx`. `looksLikeCSV` when its first line has a separator.
    case textFile(looksLikeCSV: Bool)
    /// Neither zip nor compound file nor text (an image, a PDF).
    case unknownFormat
    /// The file is empty (0 bytes).
    case emptyFile
    /// A zip archive that is damaged or cut short: no central directory, a bad entry, a checksum that does not match.
    case corruptArchive(part: String?)
    /// A sound zip that is no spreadsheet (a `.docx`, an `.odt`, a folder zipped). `mediaType` is what it says it is,
    /// where it says (an OpenDocument `mimetype`, an Office main part's content type).
    case notAWorkbook(mediaType: String?)

    // MARK: A workbook whose parts are wrong

    /// A part the workbook names (or must have) is not in the archive: `xl/workbook.xml`, `content.xml`, a sheet.
    case missingPart(String)
    /// A part is not well-formed XML, or not the XML it should be. `line` where the parser knows it.
    case malformedPart(String, line: Int?)
    /// A part declares a DTD or entities; office suites never write them, and they are the means of entity attacks.
    case forbiddenDoctype(part: String)
    /// A cell reference in a part that is no reference or lies beyond `XFD1048576`.
    case badCellReference(part: String, reference: String)

    // MARK: Limits

    /// The file or a part exceeds a limit of ``WorkbookLimits``; the workbook is refused rather than read in part.
    case tooLarge(part: String?, limit: WorkbookLimits.Limit)

    // MARK: I/O

    /// The file could not be opened or read (missing, a folder, no permission). `reason` is the system's.
    case unreadable(reason: String)

    // MARK: Finding the tables

    /// Two or more sheets qualify for the same role; the user must choose one (`--actors-sheet`, `--ties-sheet`).
    case ambiguousSheets(TableRole, candidates: [String], by: SheetMatch)
    /// The sheet the user named for a role is not in the workbook; `available` lists the sheets that are.
    case sheetNotFound(TableRole, name: String, available: [String])
    /// The user named the same sheet for both roles.
    case sameSheetForBothRoles(String)
}

/// How far a workbook may go before it is refused; the defaults fit a nationwide network with room to spare.
///
/// A 150,000-actor network of a dozen columns and 300,000 ties is about 130 MB of sheet XML and four million cells.
/// Every limit is checked while reading (bytes as they are inflated, not the sizes a zip declares), so a zip bomb or
/// a cell repeated a billion times is stopped at the limit, and memory stays below a small multiple of it.
public struct WorkbookLimits: Hashable, Sendable {
    /// The limit a workbook exceeded, with its value.
    public enum Limit: Hashable, Sendable {
        /// The workbook file's own size in bytes.
        case fileBytes(Int)
        /// One part's size in bytes once inflated.
        case partBytes(Int)
        /// All parts read together, in bytes once inflated.
        case totalBytes(Int)
        /// Non-empty cells in the whole workbook (repeated ods cells count once per repetition).
        case cells(Int)
        /// Sheets in the workbook.
        case sheets(Int)
        /// Nesting depth of XML elements.
        case depth(Int)
        /// Files in the zip archive.
        case entries(Int)
        /// Merged ranges in one sheet.
        case mergedRanges(Int)
    }

    public var maximumFileBytes = 256 << 20
    public var maximumPartBytes = 256 << 20
    public var maximumTotalBytes = 512 << 20
    public var maximumCells = 10_000_000
    public var maximumSheets = 1_000
    /// Office files nest a dozen levels deep; libxml2 itself stops at 256.
    public var maximumDepth = 100

    public init() {}

    /// The default limits.
    public static let standard = WorkbookLimits()
}

/// The two tables a network needs from a workbook.
public enum TableRole: String, Hashable, Sendable, CaseIterable {
    case actors, ties
}

/// How a sheet was taken for a role.
public enum SheetMatch: String, Hashable, Sendable {
    /// Its name is one the role is known by ("Akteure", "Edges").
    case name
    /// Its header row holds the role's column names ("Von", "An").
    case header
    /// It is the only sheet of a file named for the role (`actors.xlsx`).
    case onlySheet
    /// The user named it (`--actors-sheet`).
    case explicit
}
