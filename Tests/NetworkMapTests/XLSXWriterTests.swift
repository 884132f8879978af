import Foundation
import TestSupport
import Testing

@testable import NetworkMap

/// The xlsx writer, checked by three readers: LibreOffice (our file converted to CSV by soffice), openpyxl (its reading
/// of our file committed as `written-by-network-map.openpyxl.json`) and our own reader.
@Suite struct XLSXWriterTests {
    /// A document with every kind of cell and every sheet feature the writer has.
    static func sample() throws -> WorkbookDocument {
        let march = try #require(Day(year: 2024, month: 3, day: 1))
        let leap = try #require(Day(year: 1900, month: 3, day: 1))
        let entries = (1...40).map { "Eintrag Nummer \($0) mit etwas Text" }  // 1,300 characters: too long for an inline list
        let actors = SheetDocument(
            name: "Akteure",
            rows: [
                [.text("Name"), .text("Typ"), .text("Einfluss"), .text("Anteil"), .text("Privat"), .text("seit"),
                 .text("Zeitpunkt"), .text("Betrag")],
                [.text("Kita Sonnenschein"), .text("Institution"), .number(3, .integer), .number(0.25, .percent(places: 0)),
                 .boolean(false), .date(march), .dateTime(march, secondOfDay: 52_200), .number(1234.5678, .custom("#,##0.000"))],
                [.text("=HYPERLINK(\"http://example.org\")"), .text("Verein"), .number(2.5, .decimal(places: 2)),
                 .number(0.125, .percent(places: 2)), .boolean(true), .date(leap), .empty, .number(.nan)],
                [.text("  Frau Özdemir "), .text("Bewohner:in"), .number(7), .empty, .empty, .empty, .empty, .number(-3)],
                [.text("-5 Grad"), .text("@Verein"), .text("+49 30 123"), .text("Zeile 1\nZeile 2"), .text("Tab\there"),
                 .text("Steuer\u{1}zeichen"), .text("_x0041_ bleibt"), .text("Mühle & <Söhne> \"GmbH\"")],
            ],
            hasHeader: true, autoFilter: true, columnWidths: [1: 28, 2: 16, 8: 12.5],
            validations: [ListValidation(cells: CellRange(first: CellReference(row: 2, column: 2), last: CellReference(row: 1000, column: 2)),
                                         sourceSheet: "Listen",
                                         source: CellRange(first: CellReference(row: 2, column: 1), last: CellReference(row: 41, column: 1)))])
        let lists = SheetDocument(name: "Listen", visibility: .hidden, rows: [[.text("Typ")]] + entries.map { [.text($0)] })
        let secret = SheetDocument(name: "Geheim", visibility: .veryHidden, rows: [[.text("x")]])
        let notes = SheetDocument(name: "Hinweise", rows: [[.text("Jede Zeile ist ein Akteur.")], [], [.text("Ende")]])
        return WorkbookDocument(sheets: [actors, lists, secret, notes], title: "Vorlage", date: march)
    }

    static let fixture = "written-by-network-map.xlsx"

    @Test func readsBackAsWritten() throws {
        let data = try XLSXWriter.data(for: try Self.sample())
        let workbook = try Workbook.read(data: data)
        #expect(workbook.sheets.map(\.name) == ["Akteure", "Listen", "Geheim", "Hinweise"])
        #expect(workbook.sheets.map(\.visibility) == [.visible, .hidden, .veryHidden, .visible])
        for (sheet, document) in zip(workbook.sheets, try Self.sample().sheets) {
            for (r, row) in document.rows.enumerated() {
                for (c, cell) in row.enumerated() {
                    let read = sheet.value(at: CellReference(row: r + 1, column: c + 1))
                    #expect(read == Self.expected(cell), "\(sheet.name)!\(CellReference(row: r + 1, column: c + 1))")
                }
            }
            let written = document.rows.enumerated().reduce(0) { total, row in
                total + row.element.count { Self.expected($0) != .empty }
            }
            #expect(sheet.rows.reduce(0) { $0 + $1.cells.count } == written, "no cell more than written in \(sheet.name)")
        }
    }

    /// What our reader should give for a written cell.
    static func expected(_ cell: OutputCell) -> CellValue {
        switch cell {
        case .empty: return .empty
        case .text(let text): return text.isEmpty ? .empty : .text(text)
        case .number(let value, _): return value.isFinite ? .number(value) : .empty
        case .boolean(let flag): return .boolean(flag)
        case .date(let day): return .date(day)
        case .dateTime(let day, let second): return .dateTime(day, secondOfDay: second)
        }
    }

    @Test func sameDocumentSameBytes() throws {
        let first = try XLSXWriter.data(for: try Self.sample())
        let second = try XLSXWriter.data(for: try Self.sample())
        #expect(first == second)
    }

    @Test func theCommittedFileIsWhatTheWriterWritesNow() throws {
        let data = try XLSXWriter.data(for: try Self.sample())
        let committed = Repository.root.appendingPathComponent("Tests/NetworkMapTests/Fixtures/workbooks/\(Self.fixture)")
        if ProcessInfo.processInfo.environment["RECORD_FIXTURES"] == "1" {
            try data.write(to: committed)
        }
        #expect(try Workbook.read(from: committed) == Workbook.read(data: data),
                "re-record with RECORD_FIXTURES=1, then run check_written.py (see Fixtures/workbooks/README.md)")
    }

    /// openpyxl's reading of the committed file (`check_written.py`) against the document.
    @Test func openpyxlReadsWhatWasWritten() throws {
        struct Read: Decodable {
            struct Sheet: Decodable {
                var name: String
                var state: String
                var freeze: String?
                var autoFilter: String?
                var widths: [String: Double]
                var validations: [[String: String]]
                var boldHeader: Bool
                var cells: [String: [WorkbookFixtures.JSONValue]]
                var formats: [String: String]
            }
            var sheets: [Sheet]
        }
        let url = try WorkbookFixtures.url("written-by-network-map.openpyxl.json")
        let read = try JSONDecoder().decode(Read.self, from: Data(contentsOf: url))
        let document = try Self.sample()
        #expect(read.sheets.map(\.name) == document.sheets.map(\.name))
        #expect(read.sheets.map(\.state) == ["visible", "hidden", "veryHidden", "visible"])
        let actors = try #require(read.sheets.first)
        #expect(actors.freeze == "A2")
        #expect(actors.autoFilter == "A1:H5")
        #expect(actors.boldHeader)
        #expect(actors.widths == ["A": 28, "B": 16, "H": 12.5])
        #expect(actors.validations == [["type": "list", "sqref": "B2:B1000", "formula1": "'Listen'!$A$2:$A$41",
                                        "errorStyle": "warning"]])
        #expect(actors.formats["C2"] == "0" && actors.formats["D2"] == "0%" && actors.formats["C3"] == "0.00")
        #expect(actors.formats["D3"] == "0.00%" && actors.formats["H2"] == "#,##0.000" && actors.formats["F2"] == "mm-dd-yy")
        for (sheet, written) in zip(read.sheets, document.sheets) {
            var expected: [String: CellValue] = [:]
            for (r, row) in written.rows.enumerated() {
                for (c, cell) in row.enumerated() where Self.expected(cell) != .empty {
                    expected[CellReference(row: r + 1, column: c + 1).description] = Self.expected(cell)
                }
            }
            var got = try sheet.cells.mapValues(WorkbookFixtures.value)
            // openpyxl cannot hold control characters, so it leaves their escape as it is in the file.
            if sheet.name == "Akteure", got["F5"] == .text("Steuer_x0001_zeichen") { got["F5"] = .text("Steuer\u{1}zeichen") }
            #expect(got == expected, "\(sheet.name) as openpyxl reads it")
        }
        // openpyxl shows a formula-looking text as the text it is, never as a formula.
        #expect(actors.cells["A3"] == [.string("text"), .string("=HYPERLINK(\"http://example.org\")")])
    }

    /// LibreOffice opens our file: soffice converts it to CSV (every sheet, cells as shown), and the values are what was
    /// written, shown as LibreOffice shows them in its default en-US locale: built-in format 14 as M/D/YYYY, 22 as
    /// M/D/YYYY h:mm, `0.00`, `0.00%` and `#,##0.000` applied; text exactly as written (the control character too).
    @Test(.enabled(if: LibreOffice.isAvailable || LibreOffice.isRequired, "soffice is not installed"))
    func libreOfficeOpensIt() throws {
        let folder = try Repository.scratchFolder("xlsx-writer")
        let file = folder.appendingPathComponent("vorlage.xlsx")
        try XLSXWriter.write(try Self.sample(), to: file)
        let csv = try LibreOffice.csvOfEverySheet(file)
        let actors = try #require(csv["Akteure"], "LibreOffice wrote sheets \(csv.keys.sorted())")
        #expect(actors == [
            ["Name", "Typ", "Einfluss", "Anteil", "Privat", "seit", "Zeitpunkt", "Betrag"],
            ["Kita Sonnenschein", "Institution", "3", "25%", "FALSE", "3/1/2024", "3/1/2024 14:30", "1,234.568"],
            ["=HYPERLINK(\"http://example.org\")", "Verein", "2.50", "12.50%", "TRUE", "3/1/1900", "", ""],
            ["  Frau Özdemir ", "Bewohner:in", "7", "", "", "", "", "-3"],
            ["-5 Grad", "@Verein", "+49 30 123", "Zeile 1\nZeile 2", "Tab\there", "Steuer\u{1}zeichen", "_x0041_ bleibt",
             "Mühle & <Söhne> \"GmbH\""],
        ])
        let lists = try #require(csv["Listen"])
        #expect(lists.count == 41 && lists.last == ["Eintrag Nummer 40 mit etwas Text"])
        #expect(csv["Geheim"] == [["x"]])
        #expect(csv["Hinweise"] == [["Jede Zeile ist ein Akteur."], [""], ["Ende"]])
    }
}

/// LibreOffice's soffice, for the tests that open our files with it.
enum LibreOffice {
    static let executable: String? = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/opt/libreoffice/program/soffice"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static var isAvailable: Bool { executable != nil }
    /// Under CI the test must run: a missing soffice is a failure there, not a skip.
    static var isRequired: Bool { ProcessInfo.processInfo.environment["CI"] != nil }

    /// Every sheet of `file` as CSV rows (UTF-8, comma, `"`-quoted), by sheet name.
    static func csvOfEverySheet(_ file: URL) throws -> [String: [[String]]] {
        guard let executable else { throw Failure("soffice is not installed (apt-get install libreoffice-calc-nogui)") }
        let folder = try Repository.scratchFolder("soffice")
        let profile = folder.appendingPathComponent("profile")
        let out = folder.appendingPathComponent("out")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [
            "-env:UserInstallation=\(profile.absoluteString)", "--headless", "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1", "--outdir", out.path, file.path,
        ]
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C.UTF-8"
        environment["LANG"] = "C.UTF-8"
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failure("soffice exited with \(process.terminationStatus)") }
        let base = file.deletingPathExtension().lastPathComponent + "-"
        var sheets: [String: [[String]]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: out.path) where name.hasPrefix(base) && name.hasSuffix(".csv") {
            let sheet = String(name.dropFirst(base.count).dropLast(4))
            let bytes = try [UInt8](Data(contentsOf: out.appendingPathComponent(name)))
            sheets[sheet] = try CSVRows.parse(String(decoding: bytes, as: UTF8.self))
        }
        return sheets
    }
}

/// Plain RFC 4180 parsing of soffice's CSV (comma, `"` quotes), keeping blank rows, which ``CSVReader`` skips.
enum CSVRows {
    static func parse(_ text: String) throws -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text).makeIterator()
        var pending: Character? = chars.next()
        while let ch = pending {
            pending = chars.next()
            if quoted {
                if ch == "\"" {
                    if pending == "\"" { field.append("\""); pending = chars.next() } else { quoted = false }
                } else {
                    field.append(ch)
                }
            } else if ch == "\"" {
                quoted = true
            } else if ch == "," {
                row.append(field); field = ""
            } else if ch == "\n" || ch == "\r\n" {
                row.append(field); rows.append(row); row = []; field = ""
            } else {
                field.append(ch)
            }
        }
        if quoted { throw Failure("unterminated quote in soffice's CSV") }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
