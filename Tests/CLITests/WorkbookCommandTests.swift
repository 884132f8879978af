import Foundation
import TestSupport
import Testing

/// Workbooks on the command line: every command reads them, and the xlsx outputs open and load back.
@Suite("network-map command line: workbooks", .serialized)
struct WorkbookCommandTests {
    let workbook = "networks/muehlenviertel-xlsx/muehlenviertel.xlsx"

    /// `check` says which sheets it read and which it passed over; `report` gives what the CSV folder gives.
    @Test func aWorkbookIsAsGoodAsTheCSVFiles() throws {
        let check = try CommandRunner.run(["check", workbook])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("147 Akteure, 398 Beziehungen"))
        #expect(check.stdout.contains("muehlenviertel.xlsx: Akteure aus „Akteure“ und Beziehungen aus „Beziehungen“"))
        #expect(check.stdout.contains("Tabellenblätter übergangen, weil ausgeblendet: „Akteure 2024“"))
        for format in ["md", "json", "csv"] {
            let fromWorkbook = try CommandRunner.run(["report", workbook, "--format", format, "-o", "-"])
            let fromCSV = try CommandRunner.run(["report", "networks/muehlenviertel", "--format", format, "-o", "-"])
            #expect(fromWorkbook.status == 0 && fromWorkbook.stdoutData == fromCSV.stdoutData, "\(format)")
        }
    }

    @Test func sheetOptionsAndRefusals() throws {
        let wrongSheet = try CommandRunner.run(["check", workbook, "--ties-sheet", "Bezihungen"])
        #expect(wrongSheet.status == 65)
        #expect(wrongSheet.stderr.contains("Die Arbeitsmappe hat kein Tabellenblatt „Bezihungen“ (für die Beziehungen)."))
        #expect(wrongSheet.stderr.contains("Meinten Sie „Beziehungen“?"))
        let legacy = try CommandRunner.run(["check", "Tests/NetworkMapTests/Fixtures/workbooks/legacy.xls", "--lang", "en"])
        #expect(legacy.status == 65)
        #expect(legacy.stderr.contains("save it as Excel workbook (.xlsx)"))
    }

    /// `init --format xlsx` writes a workbook that `check` loads, and refuses to write over it.
    @Test func theTemplateWorkbookLoads() throws {
        let folder = try Repository.scratchFolder("init-xlsx").appendingPathComponent("nordstadt")
        let made = try CommandRunner.run(["init", folder.path, "--format", "xlsx", "--lang", "de"])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["network.yaml", "netzwerk.xlsx"])
        let check = try CommandRunner.run(["check", folder.path])
        #expect(check.status == 0 && check.stdout.contains("2 Akteure, 1 Beziehungen"), "\(check.stderr)")
        #expect(check.stdout.contains("nicht verwendet: „Erläuterungen“"))
        let again = try CommandRunner.run(["init", folder.path, "--format", "xlsx"])
        #expect(again.status == 64)
    }

    /// `convert --to xlsx` and `report --format xlsx` write files that load back; never over the input.
    @Test func workbookOutputsLoadBackAndNeverReplaceTheInput() throws {
        let folder = try Repository.scratchFolder("convert-xlsx")
        let converted = folder.appendingPathComponent("quartier.xlsx").path
        #expect(try CommandRunner.run(["convert", "networks/muehlenviertel", "--to", "xlsx", "-o", converted]).status == 0)
        let json = try CommandRunner.run(["convert", converted, "--to", "json", "--lang", "de", "-o", "-"])
        let original = try CommandRunner.run(["convert", "networks/muehlenviertel", "--to", "json", "-o", "-"])
        // Settings stay in network.yaml: the actors and ties are the same, from `"actors"` on.
        func body(_ text: String) -> Substring { text[(text.range(of: "\"actors\"")?.lowerBound ?? text.startIndex)...] }
        #expect(json.status == 0 && body(json.stdout) == body(original.stdout))
        let results = folder.appendingPathComponent("ergebnisse.xlsx").path
        #expect(try CommandRunner.run(["report", "networks/muehlenviertel", "--format", "xlsx", "-o", results]).status == 0)
        // The results hold the analysed network: the 9 ties that ended before the network's date are not in it.
        #expect(try CommandRunner.run(["check", results, "--lang", "en"]).stdout.contains("147 actors, 389 ties"))

        let before = try Data(contentsOf: URL(fileURLWithPath: converted))
        let overwrite = try CommandRunner.run(["convert", converted, "--to", "xlsx", "-o", converted])
        #expect(overwrite.status == 64)
        #expect(try Data(contentsOf: URL(fileURLWithPath: converted)) == before)
    }
}
