import Foundation
import Testing

@testable import NetworkMap

/// The workbook reader on files made by openpyxl, LibreOffice and by hand (`Fixtures/workbooks/make_workbooks.py`);
/// the expected values are the script's own data, recorded in `expected.json`.
@Suite struct WorkbookReaderTests {
    static let readable = [
        "quartier.xlsx", "quartier-libreoffice.xlsx", "quartier-libreoffice.ods", "dates-1904.xlsx",
        "kumu.xlsx", "gephi.xlsx", "nodexl.xlsx", "polinode.xlsx", "onodo.xlsx",
        "handmade-cells.xlsx", "handmade-prefixed-1904.xlsx", "repeat-empty.ods",
    ]

    @Test(arguments: readable)
    func readsWhatTheWriterWrote(_ name: String) throws {
        let expected = try #require(try WorkbookFixtures.expected()[name], "expected.json has no \(name)")
        let workbook = try WorkbookFixtures.read(name)
        #expect(workbook.format == (name.hasSuffix(".ods") ? .ods : .xlsx))
        #expect(workbook.sheets.map(\.name) == expected.sheets.map(\.name), "sheet order of \(name)")
        for (sheet, want) in zip(workbook.sheets, expected.sheets) {
            #expect(sheet.visibility.rawValue == want.visibility, "visibility of \(name) / \(sheet.name)")
            let cells = WorkbookFixtures.cells(of: sheet)
            let wanted = try want.cells.mapValues(WorkbookFixtures.value)
            for (reference, value) in wanted.sorted(by: { $0.key < $1.key }) {
                #expect(cells[reference] == value, "\(name) / \(sheet.name)!\(reference)")
            }
            let extra = Set(cells.keys).subtracting(wanted.keys).sorted()
            #expect(extra.isEmpty, "\(name) / \(sheet.name): cells not in the source: \(extra)")
            #expect(Set(sheet.mergedRanges.map(\.description)) == Set(want.merged), "merged ranges of \(name) / \(sheet.name)")
            #expect(sheet.uncachedFormulas.map(\.description).sorted() == want.uncachedFormulas,
                    "formulas without value in \(name) / \(sheet.name)")
        }
    }

    @Test func rowsAndCellsAreSortedWhateverTheFileOrder() throws {
        let sheet = try #require(try WorkbookFixtures.read("handmade-cells.xlsx").sheet(named: "Zellen"))
        #expect(sheet.rows.map(\.number) == [1, 2, 3, 4, 5, 8, 9])
        for row in sheet.rows { #expect(row.cells.map(\.column) == row.cells.map(\.column).sorted()) }
        #expect(sheet.value(at: CellReference(row: 9, column: 3)) == .number(9))
        #expect(sheet.value(at: CellReference(row: 9, column: 1)) == .empty, "A9 lies under the merge A8:B9")
        #expect(sheet.value(at: CellReference(row: 100, column: 1)) == .empty)
    }

    @Test func theLoneCellAtTheGridsEndCostsOneCell() throws {
        let sheet = try #require(try WorkbookFixtures.read("grid-corner.xlsx").sheets.first)
        #expect(sheet.rows == [Row(number: 1_048_576, cells: [Cell(column: 16_384, value: .number(1))])])
        #expect(sheet.value(at: try #require(CellReference("XFD1048576"))) == .number(1))
    }

    @Test func aSheetPartOverTenMegabytesReadsWhole() throws {
        // libxml2 under Foundation reports a spurious error at the end of parts over 10 MB; the part must still read.
        let rows = (1...130_000).map { n in [OutputCell.text("Akteur \(n) in der Mühlenstraße"), .number(Double(n % 3 + 1))] }
        let data = try XLSXWriter.data(for: WorkbookDocument(sheets: [SheetDocument(name: "Beziehungen", rows: rows)]))
        let sheet = try #require(try Workbook.read(data: data).sheets.first)
        #expect(sheet.rows.count == 130_000)
        #expect(sheet.value(at: CellReference(row: 130_000, column: 1)) == .text("Akteur 130000 in der Mühlenstraße"))
        #expect(sheet.value(at: CellReference(row: 130_000, column: 2)) == .number(2))
    }

    // MARK: Refusals

    static let refusals: [(String, WorkbookError)] = [
        ("legacy.xls", .legacyExcel),
        ("encrypted.xlsx", .encrypted),
        ("truncated.xlsx", .corruptArchive(part: nil)),
        ("renamed-csv.xlsx", .textFile(looksLikeCSV: true)),
        ("word-document.xlsx", .notAWorkbook(mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")),
        ("text-document.ods", .notAWorkbook(mediaType: "application/vnd.oasis.opendocument.text")),
        ("photos.xlsx", .notAWorkbook(mediaType: nil)),
        ("binary.xlsx", .binaryExcel),
        ("missing-sheet.xlsx", .missingPart("xl/worksheets/s1.xml")),
        ("malformed-sheet.xlsx", .malformedPart("xl/worksheets/s1.xml", line: 1)),
        ("billion-laughs.xlsx", .forbiddenDoctype(part: "xl/worksheets/s1.xml")),
        ("external-entity.xlsx", .forbiddenDoctype(part: "xl/worksheets/s1.xml")),
        ("deep-nesting.xlsx", .tooLarge(part: "xl/worksheets/s1.xml", limit: .depth(100))),
        ("beyond-grid.xlsx", .badCellReference(part: "xl/worksheets/s1.xml", reference: "XFE1")),
        ("zip-bomb.xlsx", .tooLarge(part: "xl/sharedStrings.xml", limit: .partBytes(256 << 20))),
        ("repeat-bomb.ods", .badCellReference(part: "content.xml", reference: "A1048577")),
        ("repeat-columns-bomb.ods", .badCellReference(part: "content.xml", reference: "XFE1")),
    ]

    @Test(arguments: refusals)
    func refusesWithTheReason(_ name: String, _ reason: WorkbookError) throws {
        let folder = try copyToScratch(name)
        let file = folder.appendingPathComponent(name)
        let before = try Data(contentsOf: file)
        let modified = try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date
        do {
            let workbook = try Workbook.read(from: file)
            Issue.record("\(name) read as \(workbook.sheets.count) sheets")
        } catch {
            #expect(error == reason, "\(name)")
        }
        #expect(try Data(contentsOf: file) == before, "\(name) is left as it was")
        #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date == modified)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [name], "nothing left beside \(name)")
    }

    @Test func refusesBytesThatAreNoWorkbook() {
        func reason(_ bytes: [UInt8]) -> WorkbookError? {
            do {
                _ = try Workbook.read(data: Data(bytes))
                return nil
            } catch {
                return error
            }
        }
        #expect(reason([]) == .emptyFile)
        #expect(reason(Array("%PDF-1.7\n%\u{01}\u{02}".utf8)) == .unknownFormat)
        #expect(reason(Array("Name,Typ\nA,B\n".utf8)) == .textFile(looksLikeCSV: true))
        #expect(reason(Array("Nur ein Satz.".utf8)) == .textFile(looksLikeCSV: false))
        #expect(reason([0x50, 0x4B, 0x03, 0x04, 0, 0, 0]) == .corruptArchive(part: nil))
        #expect(reason([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]) == .otherCompoundFile)
    }

    @Test func limitsStopAWorkbookEarly() throws {
        var limits = WorkbookLimits()
        limits.maximumPartBytes = 1_000
        #expect(try WorkbookFixtures.error(reading: "quartier.xlsx", limits: limits)?.isTooLarge == true)
        limits = WorkbookLimits()
        limits.maximumCells = 10
        #expect(try WorkbookFixtures.error(reading: "quartier.xlsx", limits: limits)
                == .tooLarge(part: "xl/worksheets/sheet1.xml", limit: .cells(10)))
        #expect(try WorkbookFixtures.error(reading: "quartier-libreoffice.ods", limits: limits)
                == .tooLarge(part: "content.xml", limit: .cells(10)))
        limits = WorkbookLimits()
        limits.maximumFileBytes = 100
        #expect(try WorkbookFixtures.error(reading: "quartier.xlsx", limits: limits)
                == .tooLarge(part: nil, limit: .fileBytes(100)))
        #expect(try WorkbookFixtures.error(reading: "quartier.xlsx") == nil)
    }

    @Test func aFolderIsUnreadable() throws {
        let folder = try copyToScratch("quartier.xlsx")
        #expect(throws: WorkbookError.unreadable(reason: "is a folder")) { try Workbook.read(from: folder) }
        guard case .unreadable? = try? WorkbookFixtures.error(reading: "no-such-file.xlsx") else {
            Issue.record("a missing file should be unreadable")
            return
        }
    }

    // MARK: Pieces

    @Test(arguments: [
        ("DD.MM.YYYY", XLSXNumberFormat.Kind.date), ("yyyy-mm-dd h:mm", .dateTime), ("0.00", .number), ("[Red]0", .number),
        ("#,##0 \"Tage\"", .number), ("General", .number), ("[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy", .date),
        ("hh:mm", .time), ("mm:ss", .time), ("h:mm AM/PM", .time), ("[h]:mm:ss", .number), ("mmm yy", .date),
        ("0.00E+00", .number), ("[$€-407] #,##0.00", .number), ("d/m/yy;@", .date), ("\"Datum\" 0", .number),
    ])
    func numberFormats(_ code: String, _ kind: XLSXNumberFormat.Kind) {
        #expect(XLSXNumberFormat.kind(code: code) == kind, "\(code)")
    }

    @Test func serialNumbersInBothDateSystems() throws {
        func date(_ serial: Double, _ date1904: Bool = false) -> String {
            XLSXNumberFormat.value(serial: serial, kind: .dateTime, date1904: date1904).text
        }
        // Excel's documented anchors: 1 is 1900-01-01, 60 the phantom 1900-02-29, 61 is 1900-03-01, 2958465 is 9999-12-31.
        #expect(date(1) == "1900-01-01T00:00:00")
        #expect(date(59) == "1900-02-28T00:00:00")
        #expect(date(60) == "1900-02-29")
        #expect(date(61) == "1900-03-01T00:00:00")
        #expect(date(45352.5) == "2024-03-01T12:00:00")
        #expect(date(2_958_465.5) == "9999-12-31T12:00:00")
        #expect(date(2_958_465.999_999_9) == "2958465.9999999", "rounds to 10000-01-01: beyond the calendar")
        #expect(date(0, true) == "1904-01-01T00:00:00")
        #expect(date(43890, true) == "2024-03-01T00:00:00")
        #expect(XLSXNumberFormat.value(serial: -1, kind: .date, date1904: false) == .number(-1))
        #expect(XLSXNumberFormat.value(serial: 3e7, kind: .date, date1904: false) == .number(3e7))
        #expect(XLSXNumberFormat.value(serial: 0.5, kind: .time, date1904: false) == .time(secondOfDay: 43_200))
    }

    @Test func cellReferences() {
        #expect(CellReference("A1") == CellReference(row: 1, column: 1))
        #expect(CellReference("$AB$12") == CellReference(row: 12, column: 28))
        #expect(CellReference("xfd1048576") == CellReference(row: 1_048_576, column: 16_384))
        for bad in ["", "A", "1", "A0", "XFE1", "A1048577", "AAAA1", "A1B", "A-1", "A99999999999999999999"] {
            #expect(CellReference(bad) == nil, "\(bad)")
        }
        #expect(CellReference(row: 9, column: 2).description == "B9")
        #expect(CellReference.columnName(27) == "AA")
        #expect(CellReference.columnName(16_384) == "XFD")
        #expect(CellRange("C3:A1")?.description == "A1:C3")
    }

    @Test func cellText() {
        #expect(CellValue.number(3.0).text == "3")
        #expect(CellValue.number(2.5).text == "2.5")
        #expect(CellValue.number(-0.125).text == "-0.125")
        #expect(CellValue.boolean(true).text == "TRUE")
        #expect(CellValue.text("WAHR").booleanValue == true)
        #expect(CellValue.text(" falsch ").booleanValue == false)
        #expect(CellValue.text("ja").booleanValue == nil)
    }

    private func copyToScratch(_ name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("network-map-workbook-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: WorkbookFixtures.url(name), to: folder.appendingPathComponent(name))
        return folder
    }
}

extension WorkbookError {
    fileprivate var isTooLarge: Bool {
        if case .tooLarge = self { return true }
        return false
    }
}
