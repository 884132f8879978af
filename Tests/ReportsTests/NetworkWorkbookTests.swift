import Foundation
import NetworkMap
import Reports
import TestSupport
import Testing
import Wording

/// The network as a workbook: the template of `init --format xlsx`, the network of `convert --to xlsx` and the results
/// of `report --format xlsx`, all from ``NetworkWorkbook``.
///
/// Checked three ways: our loader reads each back as the network it was made from; openpyxl's reading of the committed
/// files (`check_network_workbooks.py` → `network-workbooks.openpyxl.json`) has every value, drop-down and number
/// format the document holds; LibreOffice (soffice, in that script) shows the same values as openpyxl.
@Suite("Network workbooks")
struct NetworkWorkbookTests {
    static let folder = Repository.root.appendingPathComponent("Tests/NetworkMapTests/Fixtures/workbooks")

    static func quarter() throws -> Network {
        try NetworkLoader.load(from: Repository.network("muehlenviertel")).network
    }

    /// The three documents, by the file name they are committed as.
    static func documents() throws -> [(String, WorkbookDocument)] {
        let de = Language.de.phrases
        let template = NetworkWorkbook.document(NetworkTemplate.exampleNetwork(de.template(folderName: "vorlage")),
                                                words: de.workbookWords, template: true)
        let network = try quarter()
        let converted = NetworkWorkbook.document(network.prepared(in: .de).network, words: de.workbookWords)
        let results = WorkbookReport.document(network.analysed(.en), language: .en)
        return [("network-template.de.xlsx", template), ("network-muehlenviertel.de.xlsx", converted),
                ("results-muehlenviertel.en.xlsx", results)]
    }

    private func strip(_ network: Network) -> Network {
        var copy = network
        for i in copy.actors.indices { copy.actors[i].location = nil }
        for i in copy.ties.indices { copy.ties[i].location = nil }
        return copy
    }

    private func load(_ document: WorkbookDocument, as name: String) throws -> LoadResult {
        let url = try Repository.scratchFolder("network-workbook").appendingPathComponent(name)
        try XLSXWriter.write(document, to: url)
        return try NetworkLoader.load(from: url)
    }

    /// `init --format xlsx`: the template loads back as its example rows, with no warning; the drop-downs are fed from
    /// the hidden lists, which have room for the user's own types.
    @Test func theTemplateLoadsBackAsItsExample() throws {
        let content = Language.de.phrases.template(folderName: "vorlage")
        let example = NetworkTemplate.exampleNetwork(content)
        let loaded = try load(NetworkWorkbook.document(example, words: Language.de.phrases.workbookWords, template: true),
                              as: "vorlage.xlsx")
        #expect(loaded.warnings.isEmpty)
        #expect(strip(loaded.network).actors == strip(example).actors && strip(loaded.network).ties == strip(example).ties)
        #expect(loaded.network.actors.map(\.name) == ["Quartiersmanagement", "Kita Sonnenschein"])
        #expect(loaded.workbooks.first?.skipped == [SkippedSheet(name: "Listen", reason: .hidden)])
        // The CSV template's rows and the workbook's are one example.
        let folder = try Repository.scratchFolder("template-csv")
        try NetworkTemplate.write(content, to: folder)
        let csv = try NetworkLoader.load(from: folder).network
        #expect(strip(csv).actors == strip(example).actors && strip(csv).ties == strip(example).ties)
    }

    /// `convert --to xlsx` and load: every field and extra column of the quarter, private persons shown or not.
    @Test(arguments: [false, true])
    func convertAndLoadAreARoundTrip(showingPrivate: Bool) throws {
        let network = try Self.quarter().prepared(in: .de, showingPrivateNames: showingPrivate).network
        let loaded = try load(NetworkWorkbook.document(network, words: Language.de.phrases.workbookWords), as: "quartier.xlsx")
        #expect(strip(loaded.network).actors == strip(network).actors)
        #expect(strip(loaded.network).ties == strip(network).ties)
        let english = try load(NetworkWorkbook.document(network, words: Language.en.phrases.workbookWords), as: "quarter.xlsx")
        #expect(strip(english.network).actors == strip(network).actors && strip(english.network).ties == strip(network).ties)
    }

    /// `report --format xlsx` loads back as the network, its measures as extra columns holding the analysis' numbers.
    @Test func theResultsLoadBackWithTheirMeasures() throws {
        let analysis = try Self.quarter().analysed(.de)
        let loaded = try load(WorkbookReport.document(analysis, language: .de), as: "ergebnisse.xlsx")
        #expect(loaded.network.actors.map(\.id) == analysis.network.actors.map(\.id))
        #expect(loaded.network.ties.count == analysis.network.ties.count)
        let header = Language.de.phrases.csvHeader[7]  // "Vermittlung (Betweenness)"
        for (actor, m) in zip(loaded.network.actors, analysis.measures) {
            let shown = try #require(actor.attributes.first { $0.name == header }?.value)
            #expect(abs((Double(shown) ?? -1) - m.betweenness) < 1e-12, "\(actor.name)")
        }
        #expect(loaded.workbooks.first?.unused == ["Lücken", "Vorgeschlagene Kontakte", "Gruppen"])
    }

    @Test func sameNetworkSameBytes() throws {
        for (name, document) in try Self.documents() {
            #expect(try XLSXWriter.data(for: document) == XLSXWriter.data(for: document), "\(name)")
        }
    }

    /// The committed files are what the writer writes now (re-record with RECORD_FIXTURES=1, then run
    /// `check_network_workbooks.py`).
    @Test func theCommittedFilesAreWhatTheWriterWritesNow() throws {
        for (name, document) in try Self.documents() {
            let data = try XLSXWriter.data(for: document)
            let committed = Self.folder.appendingPathComponent(name)
            if ProcessInfo.processInfo.environment["RECORD_FIXTURES"] == "1" { try data.write(to: committed) }
            #expect(try Workbook.read(from: committed) == Workbook.read(data: data), "\(name): re-record, then run the script")
        }
    }

    /// openpyxl's and LibreOffice's reading of the committed files, as `check_network_workbooks.py` recorded it.
    @Test func openpyxlAndLibreOfficeReadWhatWasWritten() throws {
        struct Read: Decodable {
            struct Sheet: Decodable {
                var name: String
                var state: String
                var freeze: String?
                var validations: [[String: String]]
                var cells: [String: String]
                var formats: [String: String]
                var libreOfficeMismatches: [String]
                var libreOfficeCellsCompared: Int
            }
            var files: [String: [Sheet]]
        }
        let json = Self.folder.appendingPathComponent("network-workbooks.openpyxl.json")
        let read = try JSONDecoder().decode(Read.self, from: Data(contentsOf: json))
        for (name, document) in try Self.documents() {
            let sheets = try #require(read.files[name], "\(name)")
            #expect(sheets.map(\.name) == document.sheets.map(\.name))
            for (sheet, written) in zip(sheets, document.sheets) {
                var expected: [String: String] = [:]
                for (r, row) in written.rows.enumerated() {
                    for (c, cell) in row.enumerated() {
                        let reference = CellReference(row: r + 1, column: c + 1).description
                        switch cell {
                        case .empty: break
                        case .text(let text): if !text.isEmpty { expected[reference] = "text:" + text }
                        case .number(let value, _): expected[reference] = "number:" + Self.number(value)
                        case .boolean(let flag): expected[reference] = "boolean:\(flag)"
                        case .date(let day): expected[reference] = "date:\(day)"
                        case .dateTime(let day, _): expected[reference] = "dateTime:\(day)"
                        }
                    }
                }
                #expect(sheet.cells == expected, "\(name) \(sheet.name)")
                #expect(sheet.libreOfficeMismatches.isEmpty, "\(name) \(sheet.name): \(sheet.libreOfficeMismatches.prefix(5))")
                #expect(sheet.libreOfficeCellsCompared == expected.count, "\(name) \(sheet.name)")
                #expect(sheet.freeze == "A2" || !written.hasHeader)
            }
        }
        let template = try #require(read.files["network-template.de.xlsx"])
        #expect(template.map(\.state) == ["visible", "visible", "visible", "hidden"])
        #expect(template[0].validations == [
            ["type": "list", "sqref": "C2:C1000", "formula1": "'Listen'!$A$2:$A$31", "errorStyle": "warning"],
            ["type": "list", "sqref": "I2:I1000", "formula1": "'Listen'!$D$2:$D$4", "errorStyle": "warning"],
            ["type": "list", "sqref": "J2:J1000", "formula1": "'Listen'!$E$2:$E$3", "errorStyle": "warning"],
        ])
        #expect(template[1].validations.map { $0["sqref"] } == ["C2:C1000", "D2:D1000", "E2:E1000"])
        let results = try #require(read.files["results-muehlenviertel.en.xlsx"])
        // Measures are numbers with number formats, not text: betweenness (column N) with four decimals.
        #expect(results[0].formats["N2"] == "0.0000" && results[0].cells["N1"] == "text:betweenness")
    }

    /// A number as Python's `repr` of a float writes it (`3.0`, `0.1234`).
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) + ".0" : "\(value)"
    }
}
