import Foundation
import TestSupport
import Testing
import Wording

@testable import NetworkMap

/// Workbooks through the ordinary loader: the same network as from CSV, problems named by sheet and cell.
@Suite("Network loader: workbooks")
struct WorkbookLoadingTests {
    /// The network without where each row came from, which differs between a CSV file and a sheet by design.
    private func content(_ network: Network) -> Network {
        var copy = network
        for i in copy.actors.indices { copy.actors[i].location = nil }
        for i in copy.ties.indices { copy.ties[i].location = nil }
        copy.name = ""
        return copy
    }

    private func write(_ sheets: [SheetDocument], as name: String) throws -> URL {
        let folder = try Repository.scratchFolder("workbook-loading")
        let url = folder.appendingPathComponent(name)
        try XLSXWriter.write(WorkbookDocument(sheets: sheets), to: url)
        return url
    }

    private func texts(_ rows: [[String]]) -> [[OutputCell]] {
        rows.map { $0.map { $0.isEmpty ? OutputCell.empty : .text($0) } }
    }

    /// The example quarter as LibreOffice saved it, and in Kumu's layout, gives the network of the CSV files.
    ///
    /// The LibreOffice file has title rows, numbers and dates typed, a hidden sheet and a note below the ties; every
    /// actor and tie is compared with every field. The workbooks are made by `make_quarter_workbooks.py` from the CSV files with openpyxl and LibreOffice.
    @Test func theQuarterFromWorkbooksIsTheQuarterFromCSV() throws {
        let csv = try NetworkLoader.load(from: Repository.network("muehlenviertel"))
        let libreOffice = try NetworkLoader.load(from: Repository.network("muehlenviertel-xlsx"))
        let kumu = try NetworkLoader.load(from: WorkbookFixtures.url("muehlenviertel-kumu.xlsx"))
        #expect(csv.network.actors.count == 147 && csv.network.ties.count == 398)
        #expect(content(libreOffice.network) == content(csv.network))
        #expect(libreOffice.network.name == "Mühlenviertel")
        // Kumu's file has no network.yaml: the same actors and ties, the settings' defaults.
        #expect(content(kumu.network).actors == content(csv.network).actors)
        #expect(content(kumu.network).ties == content(csv.network).ties)
        #expect(libreOffice.workbooks == [WorkbookUse(file: "muehlenviertel.xlsx", actorsSheet: "Akteure", tiesSheet: "Beziehungen",
                                                      skipped: [SkippedSheet(name: "Akteure 2024", reason: .hidden)], unused: [])])
        #expect(libreOffice.warnings.map(\.problem).contains(.rowsBelowTable(rows: [403])))
        // And so the analysis is the same.
        let a = csv.network.analysed(), b = libreOffice.network.analysed()
        #expect(a.measures.map(\.betweenness) == b.measures.map(\.betweenness))
    }

    /// `quartier.xlsx` (openpyxl) and its LibreOffice copies: the merged cell A6:A7 of the ties gives row 7 its
    /// source, the hidden and "(ignorieren)" sheets are passed over, and the three files give the same network.
    @Test func theFixtureQuarterReadsAsTheUserSeesIt() throws {
        let xlsx = try NetworkLoader.load(from: WorkbookFixtures.url("quartier.xlsx"))
        let fromLibreOffice = try NetworkLoader.load(from: WorkbookFixtures.url("quartier-libreoffice.xlsx"))
        let ods = try NetworkLoader.load(from: WorkbookFixtures.url("quartier-libreoffice.ods"))
        #expect(content(ods.network) == content(fromLibreOffice.network))
        #expect(content(fromLibreOffice.network).actors == content(xlsx.network).actors)
        // The strengths `=1+2` and `=LEN("ab")`: computed by LibreOffice, empty (1) in openpyxl's file.
        #expect(fromLibreOffice.network.ties.map(\.strength) == [3, 3, 1, 2, 2, 2])
        #expect(xlsx.network.ties.map(\.strength) == [3, 1, 1, 1, 2, 2])
        #expect(xlsx.workbooks.first?.skipped.map(\.name) == ["Akteure 2024", "Entwurf (ignorieren)", "Listen"])
        let rows = xlsx.network.ties.compactMap(\.location).map(\.line)
        #expect(rows.contains(7))
        #expect(xlsx.network.ties.first { $0.location?.line == 7 }?.source
            == xlsx.network.ties.first { $0.location?.line == 6 }?.source)
        // openpyxl saves formulas without results; LibreOffice computes them (=1/0 shows #DIV/0!).
        #expect(xlsx.warnings.contains { if case .uncachedFormulas = $0.problem { return true } else { return false } })
        let error = try #require(ods.warnings.first { if case .formulaError = $0.problem { return true } else { return false } })
        #expect(error.location?.cell == "G8" && error.location?.sheet == "Beziehungen")
    }

    /// A misspelt actor in a workbook is named by file, sheet and cell, in both languages.
    @Test func errorsNameTheSheetAndTheCell() throws {
        let url = try write([
            SheetDocument(name: "Akteure", rows: texts([["Netzwerk Nordstadt"], [], ["Name", "Typ"], ["Kita Sonnenschein", "Institution"],
                                                         ["QM-Büro", "Institution"]])),
            SheetDocument(name: "Beziehungen", rows: texts([["Von", "An"], ["QM-Büro", "Kita Sonnenschein"], ["QM-Büro", "Kita Sonnenschien"]])),
        ], as: "netz.xlsx")
        let failure = try #require(throws: LoadFailure.self) { try NetworkLoader.load(from: url) }
        #expect(failure.errors.map { $0.description(.de) } == [
            "netz.xlsx, Beziehungen!B3 (Spalte „An“): „Kita Sonnenschien“ ist kein bekannter Akteur. Meinten Sie „Kita Sonnenschein“?"
        ])
        #expect(failure.errors.first?.location?.line == 3)
        #expect(failure.errors.map { $0.description(.en) } == [
            "netz.xlsx, Beziehungen!B3 (column \"An\"): \"Kita Sonnenschien\" names no actor. Did you mean \"Kita Sonnenschein\"?"
        ])
    }

    /// Two actors sheets: an error that names both and the option; the option chooses.
    @Test func twoCandidateSheetsAskForTheOption() throws {
        let actors = texts([["Name", "Typ"], ["A", "Verein"], ["B", "Verein"]])
        let url = try write([
            SheetDocument(name: "Akteure", rows: actors), SheetDocument(name: "Actors", rows: actors),
            SheetDocument(name: "Beziehungen", rows: texts([["Von", "An"], ["A", "B"]])),
        ], as: "zwei.xlsx")
        let failure = try #require(throws: LoadFailure.self) { try NetworkLoader.load(from: url) }
        #expect(failure.errors.map(\.problem) == [.workbook(.ambiguousSheets(.actors, candidates: ["Akteure", "Actors"], by: .name))])
        #expect(failure.errors.first?.description(.de) == "zwei.xlsx: Mehrere Tabellenblätter kommen für die Akteure in Frage: "
            + "„Akteure“ und „Actors“. Wählen Sie eines mit --actors-sheet „Akteure“, oder schreiben Sie „(ignorieren)“ in den Namen der anderen.")
        let chosen = try NetworkLoader.load(from: url, options: LoadOptions(actorsSheet: "Actors"))
        #expect(chosen.network.actors.map(\.name) == ["A", "B"] && chosen.workbooks.first?.unused == ["Akteure"])
        let missing = try #require(throws: LoadFailure.self) {
            try NetworkLoader.load(from: url, options: LoadOptions(actorsSheet: "Aktuere"))
        }
        #expect(missing.errors.first?.hint(.en) == "Did you mean \"Akteure\"? It has \"Akteure\", \"Actors\" and \"Beziehungen\".")
    }

    /// A folder with actors.xlsx and ties.ods, and a folder holding one workbook beside network.yaml.
    @Test func foldersOfWorkbooks() throws {
        let folder = try Repository.scratchFolder("workbook-folder")
        try XLSXWriter.write(WorkbookDocument(sheets: [SheetDocument(name: "Tabelle1", rows: texts([["Name", "Typ"], ["A", "Verein"], ["B", "Verein"]]))]),
                             to: folder.appendingPathComponent("actors.xlsx"))
        try XLSXWriter.write(WorkbookDocument(sheets: [SheetDocument(name: "Tabelle1", rows: texts([["Von", "An"], ["A", "B"]]))]),
                             to: folder.appendingPathComponent("ties.xlsx"))
        let split = try NetworkLoader.load(from: folder)
        #expect(split.network.ties.count == 1 && split.workbooks.map(\.file) == ["actors.xlsx", "ties.xlsx"])

        let one = try Repository.scratchFolder("workbook-folder")
        try "name: Nordstadt\n".write(to: one.appendingPathComponent("network.yaml"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(at: WorkbookFixtures.url("onodo.xlsx"), to: one.appendingPathComponent("netz.xlsx"))
        let loaded = try NetworkLoader.load(from: one)
        #expect(loaded.network.name == "Nordstadt" && loaded.network.actors.count == 2)
        #expect(try NetworkLoader.load(from: one.appendingPathComponent("netz.xlsx")).network.name == "Nordstadt")
        // A second workbook beside the network's (results saved there): the one named like the folder is read.
        let named = try Repository.scratchFolder("workbook-folder").appendingPathComponent("nordstadt")
        try FileManager.default.createDirectory(at: named, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: WorkbookFixtures.url("onodo.xlsx"), to: named.appendingPathComponent("nordstadt.xlsx"))
        try FileManager.default.copyItem(at: WorkbookFixtures.url("kumu.xlsx"), to: named.appendingPathComponent("ergebnisse.xlsx"))
        let both = try NetworkLoader.load(from: named)
        #expect(both.workbooks.map(\.file) == ["nordstadt.xlsx"])
        #expect(both.warnings.map(\.problem).contains(.severalFiles(["nordstadt.xlsx", "ergebnisse.xlsx"], using: "nordstadt.xlsx")))
    }

    /// Files that are no workbook we read: one sentence with what to do, bad data (65), the file untouched.
    @Test(arguments: [("legacy.xls", "Excel 97-2003"), ("renamed-csv.xlsx", "CSV"), ("encrypted.xlsx", "password"),
                      ("truncated.xlsx", "damaged"), ("word-document.xlsx", "no spreadsheet")])
    func refusedFiles(name: String, words: String) throws {
        let url = try WorkbookFixtures.url(name)
        let before = try Data(contentsOf: url)
        let failure = try #require(throws: LoadFailure.self) { try NetworkLoader.load(from: url) }
        #expect(!failure.isIOError)
        #expect(failure.errors.count == 1)
        #expect(failure.errors.first?.description(.en).contains(words) == true, "\(failure.description(.en))")
        #expect(failure.errors.first?.hint(.de) != nil)
        #expect(try Data(contentsOf: url) == before)
    }
}
