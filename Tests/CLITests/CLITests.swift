import Foundation
import TestSupport
import Testing

/// The real binary on real network folders: what a user types, what they see, and the exit codes.
@Suite("network-map command line", .serialized)
struct CLITests {
    let quarter = "networks/muehlenviertel"

    @Test func checkCountsTheExampleQuarter() throws {
        let r = try CommandRunner.run(["check", quarter])
        #expect(r.status == 0)
        #expect(r.stdout.contains("147 Akteure, 398 Beziehungen"))
        #expect(r.stdout.contains("Vereine"))
        #expect(r.stdout.contains("QM-Büro: Quartiersmanagement Mühlenviertel"))
        // The quarter's network.yaml says `language: de`, so its warnings are German too.
        #expect(r.stderr.contains("4 Akteure haben keine Beziehungen"))
        let en = try CommandRunner.run(["check", quarter, "--lang", "en"])
        #expect(en.stdout.contains("147 actors, 398 ties"))
        #expect(en.stderr.contains("4 actors have no ties"))
    }

    @Test(arguments: ["excel-cp1252", "excel-utf8-bom"])
    func checkLoadsWhatGermanExcelSaves(_ folder: String) throws {
        let path = "Tests/NetworkMapTests/Fixtures/loading/\(folder)"
        let r = try CommandRunner.run(["check", path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("OK"))
    }

    @Test func misspeltActorNameGivesFileLineAndSuggestion() throws {
        let folder = try Repository.scratchFolder("misspelt")
        let source = Repository.network("muehlenviertel")
        for file in ["actors.csv", "network.yaml"] {
            try FileManager.default.copyItem(at: source.appendingPathComponent(file), to: folder.appendingPathComponent(file))
        }
        var ties = try String(contentsOf: source.appendingPathComponent("ties.csv"), encoding: .utf8)
        var lines = ties.components(separatedBy: "\n")
        lines.insert("qm-buero,Kita Sonnenschien,Kooperation,2,,,,,", at: 3)
        ties = lines.joined(separator: "\n")
        try ties.write(to: folder.appendingPathComponent("ties.csv"), atomically: true, encoding: .utf8)
        let before = try Data(contentsOf: folder.appendingPathComponent("ties.csv"))

        // The network is German (language: de), so English needs --lang en; LoadMessageLanguageTests covers the German.
        let r = try CommandRunner.run(["check", folder.path, "--lang", "en"])
        #expect(r.status == 65)
        #expect(r.stderr.contains("ties.csv"))
        #expect(r.stderr.contains("line 4"))
        #expect(r.stderr.contains("\"An\""))
        #expect(r.stderr.contains("Did you mean \"Kita Sonnenschein\"?"))
        #expect(r.stdout.isEmpty)
        // Input files are never written.
        #expect(try Data(contentsOf: folder.appendingPathComponent("ties.csv")) == before)
        // Analysing commands refuse the same data with the same code and write nothing.
        let out = folder.appendingPathComponent("report.md")
        let report = try CommandRunner.run(["report", folder.path, "-o", out.path])
        #expect(report.status == 65)
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func exitCodesForUsageAndUnreadableInput() throws {
        #expect(try CommandRunner.run(["check", "networks/does-not-exist"]).status == 74)
        #expect(try CommandRunner.run(["report", quarter, "--format", "pptx"]).status == 64)
        #expect(try CommandRunner.run(["brokers", quarter, "--lang", "fr"]).status == 64)
        #expect(try CommandRunner.run(["no-such-command"]).status == 64)
        let help = try CommandRunner.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("65 bad data"))
    }

    @Test func unwritableOutputIsAnIOError() throws {
        let r = try CommandRunner.run(["report", quarter, "-o", "/proc/network-map-cannot-write/report.md", "--lang", "en"])
        #expect(r.status == 74)
        #expect(r.stderr.contains("error: Cannot write /proc/network-map-cannot-write/report.md: the folder /proc/network-map-cannot-write cannot be created"))
        // The quarter is German: so is the message.
        let de = try CommandRunner.run(["report", quarter, "-o", "/proc/network-map-cannot-write/report.md"])
        #expect(de.status == 74)
        #expect(de.stderr.contains("Fehler: „/proc/network-map-cannot-write/report.md“ lässt sich nicht schreiben. Der Ordner /proc/network-map-cannot-write lässt sich nicht anlegen"))
    }

    @Test func initWritesTemplatesThatCheckAcceptsAndNeverOverwrites() throws {
        let folder = try Repository.scratchFolder("init").appendingPathComponent("mein-quartier")
        let first = try CommandRunner.run(["init", folder.path, "--lang", "de"])
        #expect(first.status == 0)
        #expect(first.stdout.contains("network-map check"))
        for file in ["actors.csv", "ties.csv", "network.yaml"] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(file).path))
        }
        let check = try CommandRunner.run(["check", folder.path])
        #expect(check.status == 0, "\(check.stderr)")
        let again = try CommandRunner.run(["init", folder.path])
        #expect(again.status == 64)
        #expect(again.stderr.contains("already exist"))
    }

    @Test func brokersGapsAndGroupsSpeakTheNetworksLanguage() throws {
        let brokers = try CommandRunner.run(["brokers", quarter, "--top", "3"])
        #expect(brokers.status == 0)
        #expect(brokers.stdout.contains("| 1 | Quartiersmanagement Mühlenviertel |"))
        #expect(brokers.stdout.contains("Abhängigkeit vom QM-Büro"))
        let gaps = try CommandRunner.run(["gaps", quarter, "--format", "txt", "--lang", "en"])
        #expect(gaps.status == 0)
        #expect(gaps.stdout.contains("Nobody works on the theme “Energieeffizienz”."))
        #expect(gaps.stdout.contains("Suggested introductions"))
        #expect(!gaps.stdout.contains("**"))
        let groups = try CommandRunner.run(["groups", quarter])
        #expect(groups.status == 0)
        #expect(groups.stdout.contains("Afghanischer Frauenverein Noor e.V."))
    }

    @Test func privatePersonsArePseudonymisedUnlessAsked() throws {
        let hidden = try CommandRunner.run(["report", quarter, "--format", "json"])
        #expect(!hidden.stdout.contains("Samira B."))
        #expect(hidden.stdout.contains("Bewohner:in 11"))
        let shown = try CommandRunner.run(["report", quarter, "--format", "json", "--show-private"])
        #expect(shown.stdout.contains("Samira B."))
    }

    @Test func jsonReportIsCompleteAndDeterministic() throws {
        let first = try CommandRunner.run(["report", quarter, "--format", "json"])
        let second = try CommandRunner.run(["report", quarter, "--format", "json"])
        #expect(first.status == 0)
        #expect(first.stdoutData == second.stdoutData)
        let object = try #require(try JSONSerialization.jsonObject(with: first.stdoutData) as? [String: Any])
        #expect(object["schema"] as? String == "network-map/report@1")
        for key in ["network", "summary", "actors", "components", "isolates", "articulationPoints", "bridges",
                    "communities", "typeMixing", "gaps", "introductions"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        let actors = try #require(object["actors"] as? [[String: Any]])
        #expect(actors.count == 147)
        let fields = ["id", "name", "type", "degree", "betweenness", "weightedBetweenness", "closeness", "harmonic",
                      "pagerank", "eigenvector", "constraint", "effectiveSize", "coreNumber", "component",
                      "community", "articulationPoint", "brokerage"]
        for field in fields { #expect(actors[0][field] != nil, "actor field \(field)") }
        // An isolate's constraint is undefined: null, not a number.
        let isolate = try #require(actors.first { $0["id"] as? String == "imbiss" })
        #expect(isolate["constraint"] is NSNull)
    }

    @Test func reportWritesTheFileWholeWithDashMeaningStandardOutput() throws {
        let folder = try Repository.scratchFolder("out")
        let file = folder.appendingPathComponent("sub/report.md")
        let r = try CommandRunner.run(["report", quarter, "-o", file.path])
        #expect(r.status == 0)
        let written = try String(contentsOf: file, encoding: .utf8)
        #expect(written.hasPrefix("# Mühlenviertel"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path)
        #expect(leftovers == ["report.md"])
        let dash = try CommandRunner.run(["report", quarter, "-o", "-"])
        #expect(dash.stdout == written)
    }

    /// Standard output and `-o FILE` get the same bytes: `report --format csv > file.csv` used to end in an
    /// empty row (a newline after the final CRLF); so do the other formats and commands.
    @Test(arguments: [["report", "--format", "csv"], ["report", "--format", "csv", "--lang", "en"], ["report", "--format", "json"],
                      ["report", "--format", "txt"], ["convert", "--to", "gexf"], ["gaps", "--format", "txt"],
                      ["whatif", "--remove", "qm-buero", "--format", "json"]])
    func standardOutputGetsTheFilesBytes(_ command: [String]) throws {
        let arguments = [command[0], quarter] + command.dropFirst()
        let file = try Repository.scratchFolder("same-bytes").appendingPathComponent("out")
        let written = try CommandRunner.run(arguments + ["-o", file.path])
        #expect(written.status == 0, "\(written.stderr)")
        let piped = try CommandRunner.run(arguments)
        #expect(piped.stdoutData == (try Data(contentsOf: file)), "\(command)")
        if command.contains("csv") {
            #expect(piped.stdoutData.suffix(3) != Data([0x0D, 0x0A, 0x0A]))
            #expect(piped.stdoutData.suffix(2) == Data([0x0D, 0x0A]))
        }
    }
}

/// `render` end to end: files, formats, filters, determinism, and exit codes.
@Suite("network-map render", .serialized)
struct RenderCommandTests {
    let quarter = "networks/muehlenviertel"

    @Test func defaultMapGoesToOutputFolderAsSVGWithEveryActor() throws {
        let folder = try Repository.scratchFolder("render")
        let quarterPath = Repository.network("muehlenviertel").path
        let r = try CommandRunner.run(["render", quarterPath], in: folder)
        #expect(r.status == 0, "\(r.stderr)")
        let svg = try String(contentsOf: folder.appendingPathComponent("output/muehlenviertel-map.svg"), encoding: .utf8)
        #expect(svg.contains("<svg"))
        #expect(svg.components(separatedBy: "class=\"node actor").count - 1 == 147)
        #expect(svg.contains("Quartiersmanagement"))
        #expect(svg.contains("Was kann abgelesen werden?"))
        #expect(!svg.contains("Samira B."))
    }

    @Test func sameInputSameBytesInEveryFormat() throws {
        for format in ["svg", "pdf", "png", "dot"] {
            let a = try CommandRunner.run(["render", quarter, "--format", format, "-o", "-"])
            let b = try CommandRunner.run(["render", quarter, "--format", format, "-o", "-"])
            #expect(a.status == 0)
            #expect(a.stdoutData.count > 1000)
            #expect(a.stdoutData == b.stdoutData, "\(format) differs between runs")
        }
    }

    @Test func pdfIsARealPDF() throws {
        let r = try CommandRunner.run(["render", quarter, "--format", "pdf", "-o", "-"])
        #expect(r.stdoutData.starts(with: Data("%PDF".utf8)))
    }

    @Test func focusDrawsTheNeighbourhoodOnly() throws {
        let r = try CommandRunner.run(["render", quarter, "--focus", "Kita Sonnenschein", "--depth", "1", "-o", "-", "--format", "svg"])
        #expect(r.status == 0)
        let nodes = r.stdout.components(separatedBy: "class=\"node actor").count - 1
        #expect(nodes > 1 && nodes < 30)
        #expect(r.stdout.contains("Kita Sonnenschein"))
        let missing = try CommandRunner.run(["render", quarter, "--focus", "Kita Sonnenschien"])
        #expect(missing.status == 64)
    }

    @Test func themeAndTypeFilters() throws {
        let r = try CommandRunner.run(["render", quarter, "--type", "Unternehmen", "-o", "-"])
        #expect(r.status == 0)
        // Graphviz writes "-" in attribute values as the entity &#45;.
        let svg = r.stdout.replacingOccurrences(of: "&#45;", with: "-")
        #expect(svg.contains("type-business"))
        #expect(!svg.contains("type-association"))
        let t = try CommandRunner.run(["render", quarter, "--theme", "Umwelt und Klima", "-o", "-"])
        #expect(t.status == 0)
        #expect(t.stdout.contains("Gemeinschaftsgarten"))
        #expect(try CommandRunner.run(["render", quarter, "--theme", "Raumfahrt"]).status == 64)
    }

    @Test func highlightsAreMarked() throws {
        let r = try CommandRunner.run(["render", quarter, "--highlight", "brokers,bridges,isolated,introductions", "-o", "-"])
        #expect(r.status == 0)
        let svg = r.stdout.replacingOccurrences(of: "&#45;", with: "-")
        for mark in ["mark-broker", "mark-isolated", "mark-introduction", "mark-bridge", "mark-articulation-point"] {
            #expect(svg.contains(mark), "missing \(mark)")
        }
        #expect(try CommandRunner.run(["render", quarter, "--highlight", "everything"]).status == 64)
    }

    @Test func graphvizFailureExits70() throws {
        let r = try CommandRunner.run(["render", quarter, "--layout", "no-such-engine", "-o", "-"])
        #expect(r.status == 70)
        #expect(r.stderr.contains("no-such-engine"))
    }

    @Test func rendersWithoutAnyGraphvizProgramOnThePath() throws {
        let r = try CommandRunner.run(["render", quarter, "--format", "png", "-o", "-"], environment: ["PATH": "/nonexistent"])
        #expect(r.status == 0)
        #expect(r.stdoutData.starts(with: Data([0x89, 0x50, 0x4E, 0x47])))
    }
}

/// `network-map handout` end to end: the real binary writes a whole A4 PDF, and refuses bad options.
@Suite("network-map handout", .serialized)
struct HandoutCommandTests {
    @Test func writesTheHandoutAndRefusesAnUnknownFocus() throws {
        let folder = try Repository.scratchFolder("handout-cli")
        let out = folder.appendingPathComponent("riverside.pdf")
        let r = try CommandRunner.run(["handout", "networks/riverside", "-o", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let data = try Data(contentsOf: out)
        #expect(data.starts(with: Array("%PDF-".utf8)))
        #expect(r.stderr.contains("Handout written to"))
        // No temporary file is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["riverside.pdf"])
        let again = try CommandRunner.run(["handout", "networks/riverside", "-o", "-"])
        #expect(again.status == 0)
        #expect(again.stdoutData == data)

        let german = try CommandRunner.run(["handout", "networks/muehlenviertel", "--focus", "Gewerbeverein Mühlenviertel e.V.",
                                            "-o", folder.appendingPathComponent("focus.pdf").path])
        #expect(german.status == 0, "\(german.stderr)")
        #expect(german.stderr.contains("Handout geschrieben"))

        let bad = try CommandRunner.run(["handout", "networks/riverside", "--focus", "Nobody Here", "-o", out.path])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--focus"))
        let both = try CommandRunner.run(["handout", "networks/riverside", "--focus", "x", "--theme", "y"])
        #expect(both.status == 64)
    }
}
