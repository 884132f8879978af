import Foundation
import Testing

@testable import NetworkMap

/// Finding the actors and ties tables in workbooks: the fixtures' layouts (the values expected from
/// `expected.json`, the writer's data) and constructed workbooks for the rules' edge cases.
@Suite struct WorkbookTablesTests {
    /// Each fixture with its actors sheet and header row, and its ties sheet and header row.
    static let layouts: [(file: String, actors: String, actorsHeader: Int, ties: String, tiesHeader: Int)] = [
        ("quartier.xlsx", "Akteure", 3, "Beziehungen", 1),
        ("quartier-libreoffice.xlsx", "Akteure", 3, "Beziehungen", 1),
        ("quartier-libreoffice.ods", "Akteure", 3, "Beziehungen", 1),
        ("kumu.xlsx", "Elements", 1, "Connections", 1),
        ("gephi.xlsx", "Nodes", 1, "Edges", 1),
        ("nodexl.xlsx", "Vertices", 2, "Edges", 2),
        ("polinode.xlsx", "Nodes", 1, "Edges", 1),
        ("onodo.xlsx", "Nodes", 1, "Relations", 1),
    ]

    @Test(arguments: layouts)
    func findsTheTablesOfEachLayout(_ layout: (file: String, actors: String, actorsHeader: Int, ties: String, tiesHeader: Int)) throws {
        let workbook = try WorkbookFixtures.read(layout.file)
        let expected = try #require(try WorkbookFixtures.expected()[layout.file])
        let tables = try WorkbookTables.find(in: workbook)
        let actors = try #require(tables.actors, "\(layout.file): no actors table")
        let ties = try #require(tables.ties, "\(layout.file): no ties table")
        #expect(actors.sheet == layout.actors && actors.headerRow == layout.actorsHeader, "\(layout.file)")
        #expect(ties.sheet == layout.ties && ties.headerRow == layout.tiesHeader, "\(layout.file)")
        #expect(actors.match == .name && ties.match == .name)
        for table in [actors, ties] {
            let sheet = try #require(expected.sheets.first { $0.name == table.sheet })
            // The header is the writer's header row, the rows are its values, field by field.
            for (field, header) in table.headers.enumerated() {
                let reference = table.headerLocation(field: field).reference.description
                #expect(try sheet.cells[reference].map(WorkbookFixtures.value)?.text.trimmingWhitespace ?? "" == header)
            }
            for row in table.rows {
                for field in table.columns.indices {
                    let reference = table.location(of: row, field: field).reference.description
                    let want = try sheet.cells[reference].map(WorkbookFixtures.value) ?? .empty
                    let wantCalculated = sheet.uncachedFormulas.contains(reference) ? CellValue.empty : want
                    #expect(row.values[field] == wantCalculated, "\(layout.file) \(table.sheet)!\(reference)")
                }
            }
            // Every value of the writer below the header and inside the table's columns is in the table.
            let inTable = Set(table.rows.flatMap { row in table.columns.indices.map { table.location(of: row, field: $0).reference } })
            for (text, _) in sheet.cells {
                guard let reference = CellReference(text), reference.row > table.headerRow,
                      table.columns.contains(reference.column), !table.noteRows.contains(reference.row) else { continue }
                #expect(inTable.contains(reference), "\(layout.file) \(table.sheet)!\(text) is outside the table")
            }
        }
    }

    @Test func theQuarterSkipsHiddenAndIgnoredSheetsAndTheNoteBelow() throws {
        for file in ["quartier.xlsx", "quartier-libreoffice.ods"] {
            let tables = try WorkbookTables.find(in: WorkbookFixtures.read(file))
            #expect(tables.skipped == [
                SkippedSheet(name: "Akteure 2024", reason: .hidden),
                SkippedSheet(name: "Entwurf (ignorieren)", reason: .markedIgnore),
                SkippedSheet(name: "Listen", reason: .hidden),
            ], "\(file)")
            #expect(tables.unused.isEmpty)
            let actors = try #require(tables.actors)
            #expect(actors.headers == ["Name", "Typ", "Themen", "Einfluss", "Privatperson", "seit", ""])
            #expect(actors.rows.map(\.number) == [4, 5, 6, 7, 8])
            #expect(actors.noteRows == [10])
            #expect(actors.rows[2].texts.prefix(6) == ["Nachbarschaftsverein e.V.", "Verein", "Nachbarschaft; Umwelt", "2.5",
                                                       "FALSCH", "2023-11-05T14:30:00"])
            #expect(actors.rows[4].values[6] == .time(secondOfDay: 52_200), "G8, right of the header, is kept")
            let ties = try #require(tables.ties)
            #expect(ties.rows.map(\.number) == [2, 3, 4, 5, 6, 7, 8])
            let a7 = CellReference(row: 7, column: 1)
            #expect(ties.rows[5].values[0] == .empty)
            #expect(ties.mergeOrigin(of: a7) == CellReference(row: 6, column: 1))
            #expect(ties.location(of: ties.rows[1], field: 1).description == "Beziehungen!B3")
        }
        let uncalculated = try #require(try WorkbookTables.find(in: WorkbookFixtures.read("quartier.xlsx")).ties)
        // G8's formula lies right of the table's last column (no value, no header): not the table's.
        #expect(uncalculated.uncachedFormulas.map(\.description) == ["D3", "D6"])
    }

    @Test func nodeXLKeepsItsColumnGroupsOutOfTheHeader() throws {
        let tables = try WorkbookTables.find(in: WorkbookFixtures.read("nodexl.xlsx"))
        let ties = try #require(tables.ties)
        #expect(ties.headers.map { TieColumn(header: $0) } == [.source, .target, nil, nil, .strength])
        #expect(try #require(tables.actors).headers.first.flatMap(ActorColumn.init(header:)) == .name)
        #expect(tables.unused == ["Overall Metrics"])
    }

    @Test func toolColumnsMapToOurs() {
        // Kumu, Gephi, Polinode, NodeXL, Onodo headers as their files write them.
        let actors: [(String, ActorColumn)] = [
            ("Label", .name), ("Type", .type), ("Description", .notes), ("Tags", .themes), ("Id", .id), ("Name", .name),
            ("Vertex", .name), ("name", .name), ("type", .type), ("description", .notes),
        ]
        for (header, column) in actors { #expect(ActorColumn(header: header) == column, "\(header)") }
        let ties: [(String, TieColumn)] = [
            ("From", .source), ("To", .target), ("Direction", .directed), ("Strength", .strength), ("Type", .kind),
            ("Source", .source), ("Target", .target), ("Weight", .strength), ("Vertex 1", .source), ("Vertex 2", .target),
            ("Edge Weight", .strength), ("directed", .directed), ("source", .source), ("target", .target),
        ]
        for (header, column) in ties { #expect(TieColumn(header: header) == column, "\(header)") }
    }

    // MARK: Rules on constructed workbooks

    private func sheet(_ name: String, _ rows: [[String]], firstRow: Int = 1, visibility: Sheet.Visibility = .visible) -> Sheet {
        Sheet(name: name, visibility: visibility, rows: rows.enumerated().compactMap { offset, texts in
            let cells = texts.enumerated().compactMap { column, text in
                text.isEmpty ? nil : Cell(column: column + 1, value: .text(text))
            }
            return cells.isEmpty ? nil : Row(number: firstRow + offset, cells: cells)
        })
    }

    private let actorRows = [["Name", "Typ"], ["Kita", "Institution"]]
    private let tieRows = [["Von", "An"], ["Kita", "Verein"]]

    @Test func sheetNamesWithYearsAndRemarksCount() {
        #expect(SheetNames.role(ofSheetNamed: "Akteure 2025") == .actors)
        #expect(SheetNames.role(ofSheetNamed: "2025_Beziehungen") == .ties)
        #expect(SheetNames.role(ofSheetNamed: "Akteure (Stand März)") == .actors)
        #expect(SheetNames.role(ofSheetNamed: "EDGES") == .ties)
        #expect(SheetNames.role(ofSheetNamed: "Akteure alt") == nil)
        #expect(SheetNames.role(ofSheetNamed: "Tabelle1") == nil)
        #expect(SheetNames.isMarkedIgnore("Alt (IGNORE)"))
        #expect(!SheetNames.isMarkedIgnore("ignorieren"))
    }

    @Test func byHeaderWhenNoNameFits() throws {
        let workbook = Workbook(format: .xlsx, sheets: [sheet("Tabelle1", actorRows), sheet("Tabelle2", tieRows)])
        let tables = try WorkbookTables.find(in: workbook)
        #expect(tables.actors?.sheet == "Tabelle1" && tables.actors?.match == .header)
        #expect(tables.ties?.sheet == "Tabelle2" && tables.ties?.match == .header)
    }

    @Test func twoCandidatesAreAnErrorUntilTheUserChooses() throws {
        let byName = Workbook(format: .xlsx, sheets: [sheet("Akteure", actorRows), sheet("Actors", actorRows),
                                                       sheet("Beziehungen", tieRows)])
        #expect(throws: WorkbookError.ambiguousSheets(.actors, candidates: ["Akteure", "Actors"], by: .name)) {
            try WorkbookTables.find(in: byName)
        }
        let chosen = try WorkbookTables.find(in: byName, actorsSheet: "actors")
        #expect(chosen.actors?.sheet == "Actors" && chosen.actors?.match == .explicit)
        #expect(chosen.unused == ["Akteure"])

        let byHeader = Workbook(format: .ods, sheets: [sheet("A", tieRows), sheet("B", tieRows), sheet("C", actorRows)])
        #expect(throws: WorkbookError.ambiguousSheets(.ties, candidates: ["A", "B"], by: .header)) {
            try WorkbookTables.find(in: byHeader)
        }
        #expect(throws: WorkbookError.sheetNotFound(.ties, name: "D", available: ["A", "B", "C"])) {
            try WorkbookTables.find(in: byHeader, tiesSheet: "D")
        }
        #expect(throws: WorkbookError.sameSheetForBothRoles("A")) {
            try WorkbookTables.find(in: byHeader, actorsSheet: "A", tiesSheet: "a")
        }
    }

    @Test func aHiddenSheetIsSkippedUnlessNamed() throws {
        let workbook = Workbook(format: .xlsx, sheets: [
            sheet("Akteure", actorRows), sheet("Akteure 2024", actorRows, visibility: .hidden), sheet("Beziehungen", tieRows),
        ])
        let tables = try WorkbookTables.find(in: workbook)
        #expect(tables.actors?.sheet == "Akteure")
        #expect(tables.skipped == [SkippedSheet(name: "Akteure 2024", reason: .hidden)])
        let named = try WorkbookTables.find(in: workbook, actorsSheet: "Akteure 2024")
        #expect(named.actors?.sheet == "Akteure 2024")
        #expect(named.unused == ["Akteure"] && named.skipped.isEmpty)
    }

    @Test func aTiesHeaderIsNoActorsHeader() throws {
        // "Von | An | Id" names an id, but it heads ties.
        let workbook = Workbook(format: .xlsx, sheets: [sheet("X", [["Von", "An", "Id"], ["a", "b", "1"]])])
        let tables = try WorkbookTables.find(in: workbook)
        #expect(tables.ties?.sheet == "X")
        #expect(tables.actors == nil)
    }

    @Test func theTableEndsWhereTheNotesBegin() throws {
        let rows = [
            ["Netzwerk Nord"], [], ["Name", "Typ", "Themen"], ["Kita", "Institution"], [], ["Verein", "Verein"],
            ["Bäcker"], [], ["Quelle: Interviews 2025"], ["Stand: März"],
        ]
        let table = WorkbookTable(role: .actors, sheet: sheet("Akteure", rows), match: .name)
        #expect(table.headerRow == 3)
        #expect(table.rows.map(\.number) == [4, 6, 7], "a blank row inside the table is skipped; the unfinished last row stays")
        #expect(table.noteRows == [9, 10])
        #expect(table.headers == ["Name", "Typ", "Themen"])
    }

    @Test func aFileOfOneTableMayHoldItOnItsOnlySheet() throws {
        let odd = Workbook(format: .xlsx, sheets: [sheet("Tabelle1", [["Wer", "Was"], ["Kita", "Institution"]]),
                                                   sheet("Alt (ignore)", actorRows)])
        let tables = try WorkbookTables.find(.actors, in: odd)
        #expect(tables.actors?.sheet == "Tabelle1" && tables.actors?.match == .onlySheet)
        #expect(tables.actors?.headerRow == 1)
        #expect(tables.skipped == [SkippedSheet(name: "Alt (ignore)", reason: .markedIgnore)])
        #expect(try WorkbookTables.find(in: odd).actors == nil, "a workbook of both tables does not guess")
        let ties = try WorkbookTables.find(.ties, in: Workbook(format: .xlsx, sheets: [sheet("Akteure", tieRows)]))
        #expect(ties.ties?.sheet == "Akteure", "in ties.xlsx, the one sheet is the ties, whatever its name")
    }

    @Test func locationsQuoteSheetNamesAsExcelDoes() {
        #expect(CellLocation(sheet: "Beziehungen", reference: CellReference(row: 9, column: 2)).description == "Beziehungen!B9")
        #expect(CellLocation(sheet: "Akteure 2024", reference: CellReference(row: 3, column: 1)).description == "'Akteure 2024'!A3")
        #expect(CellLocation(sheet: "Peter's", reference: CellReference(row: 1, column: 1)).description == "'Peter''s'!A1")
    }

    @Test func anEmptySheetGivesAnEmptyTable() {
        let table = WorkbookTable(role: .ties, sheet: Sheet(name: "Kanten"), match: .name)
        #expect(table.headerRow == 0 && table.rows.isEmpty && table.headers.isEmpty)
    }
}
