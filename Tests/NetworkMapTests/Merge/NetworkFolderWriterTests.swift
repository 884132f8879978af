import Foundation
import TestSupport
import Testing
import Wording

@testable import NetworkMap

@Suite("Writing a network folder")
struct NetworkFolderWriterTests {
    /// Every example network, written in either language and loaded back, is the network it was.
    @Test(arguments: ["muehlenviertel", "muehlenviertel-2026", "riverside"], Language.allCases)
    func examplesLoadBack(name: String, language: Language) throws {
        let original = try NetworkLoader.load(from: Repository.network(name)).network
        let folder = try Repository.scratchFolder("writer").appendingPathComponent(name)
        try NetworkFolderWriter.write(original, to: folder, words: language.phrases)
        let loaded = try NetworkLoader.load(from: folder)
        #expect(MergeFixture.withoutLocations(loaded.network) == MergeFixture.withoutLocations(original))
        // Written again from what was read, the files are the same bytes.
        #expect(try MergeFixture.bytes(loaded.network, language: language) == MergeFixture.bytes(original, language: language))
    }

    @Test func extraColumnsAndOddCellsSurvive() throws {
        var network = Network(name: "Test", date: Day(year: 2025, month: 1, day: 2), language: .de, themes: ["A; B", "C"])
        network.actors = [
            Actor(id: "a", name: "Verein \"Nord\"; Süd", type: .association, themes: ["Bildung"], influence: 9.5,
                  notes: "Zeile 1\nZeile 2", attributes: [Attribute(name: "Telefon", value: "030 1"), Attribute(name: "Seit", value: "")]),
            Actor(id: "b", name: "Frau P.", type: .resident, attributes: [Attribute(name: "Telefon", value: ""),
                                                                         Attribute(name: "Seit", value: "2020")]),
            Actor(id: "c", name: "Schule", type: ActorType(rawValue: "schule"),
                  attributes: [Attribute(name: "Telefon", value: ""), Attribute(name: "Seit", value: "")]),
        ]
        network.customActorTypes = [CustomStyle(id: "schule", labelDE: "Schule", labelEN: "School", color: "#56b4e9", shape: "box")]
        network.customTieKinds = [CustomStyle(id: "beratung", labelDE: "Beratung: intensiv", shape: "dashed")]
        network.ties = [
            Tie(source: 0, target: 1, kind: TieKind(rawValue: "beratung"), strength: 2.5, since: Day(year: 2020, month: 3, day: 1),
                reportedBy: "Interview A | Workshop", attributes: [Attribute(name: "Tisch", value: "3")], confirmation: .oneSided),
            Tie(source: 2, target: 0, kind: .funding, strength: 3, attributes: [Attribute(name: "Tisch", value: "")],
                confirmation: .unverifiable),
        ]
        network.home = "a"
        network.respondent = "b"
        network.mergedFrom = [MergedSource(name: "Interview A", respondent: "a", date: Day(year: 2025, month: 1, day: 1)),
                              MergedSource(name: "Workshop")]
        for language in Language.allCases {
            let folder = try Repository.scratchFolder("writer").appendingPathComponent("n")
            try NetworkFolderWriter.write(network, to: folder, words: language.phrases)
            let loaded = try NetworkLoader.load(from: folder).network
            #expect(MergeFixture.withoutLocations(loaded) == network, "\(language)")
            let ties = try String(decoding: Data(contentsOf: folder.appendingPathComponent("ties.csv")), as: UTF8.self)
            let actors = try [UInt8](Data(contentsOf: folder.appendingPathComponent("actors.csv")))
            #expect(Array(actors.prefix(3)) == [0xEF, 0xBB, 0xBF] as [UInt8])
            if language == .de {
                #expect(ties.contains("Von;An;Art;Stärke;gerichtet;seit;bis;Quelle;Notizen;Bestätigung;Tisch\r\n"))
                #expect(ties.contains("a;b;beratung;2,5;nein;2020-03-01;;Interview A | Workshop;;einseitig;3\r\n"))
                #expect(ties.contains("c;a;Förderung;3;ja;;;;;nicht prüfbar;\r\n"))
            } else {
                #expect(ties.contains("source,target,kind,strength,directed,since,until,reported_by,notes,confirmation,Tisch\r\n"))
                #expect(ties.contains("a,b,beratung,2.5,no,2020-03-01,,Interview A | Workshop,,one-sided,3\r\n"))
            }
        }
    }

    @Test func withoutConfirmationsNoConfirmationColumn() throws {
        let quarter = try NetworkLoader.load(from: Repository.network("riverside")).network
        let files = try NetworkFolderWriter.files(quarter, words: English())
        let ties = String(decoding: files[1].bytes, as: UTF8.self)
        #expect(!ties.contains("confirmation"))
    }

    @Test func neverOverAnExistingFolderUnlessAsked() throws {
        let network = try NetworkLoader.load(from: Repository.network("riverside")).network
        let parent = try Repository.scratchFolder("writer")
        let folder = parent.appendingPathComponent("out")
        try NetworkFolderWriter.write(network, to: folder, words: English())
        var smaller = network
        smaller.name = "Riverside again"
        #expect(throws: NetworkWriteError.exists(path: folder.path)) {
            try NetworkFolderWriter.write(smaller, to: folder, words: English())
        }
        #expect(try NetworkLoader.load(from: folder).network.name == network.name)
        try NetworkFolderWriter.write(smaller, to: folder, words: English(), replacing: true,
                                      additionalFiles: [("merge-report.md", Array("# Bericht\n".utf8))])
        #expect(try NetworkLoader.load(from: folder).network.name == "Riverside again")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("merge-report.md").path))
        // Nothing is left beside it: no temporary or old folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["out"])
    }

    @Test func theUsersAliasesStayAndAnEmptyFolderIsNoObstacle() throws {
        let network = try NetworkLoader.load(from: Repository.network("riverside")).network
        let folder = try Repository.scratchFolder("writer").appendingPathComponent("merged")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try NetworkFolderWriter.write(network, to: folder, words: German())
        let aliases = Data("Alias;Akteur\r\nA;B\r\n".utf8)
        try aliases.write(to: folder.appendingPathComponent("aliases.csv"))
        try NetworkFolderWriter.write(network, to: folder, words: German(), replacing: true)
        #expect(try Data(contentsOf: folder.appendingPathComponent("aliases.csv")) == aliases)
        let newer = Array("Alias;Akteur\r\nC;D\r\n".utf8)
        try NetworkFolderWriter.write(network, to: folder, words: German(), replacing: true,
                                      additionalFiles: [("aliases.csv", newer)])
        #expect(try [UInt8](Data(contentsOf: folder.appendingPathComponent("aliases.csv"))) == newer)
    }

    @Test func neverOverSomethingElse() throws {
        let network = try NetworkLoader.load(from: Repository.network("riverside")).network
        let parent = try Repository.scratchFolder("writer")
        let documents = parent.appendingPathComponent("documents")
        try FileManager.default.createDirectory(at: documents, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: documents.appendingPathComponent("letter.txt"))
        #expect(throws: NetworkWriteError.notANetworkFolder(path: documents.path, unexpected: ["letter.txt"])) {
            try NetworkFolderWriter.write(network, to: documents, words: German(), replacing: true)
        }
        #expect(try Data(contentsOf: documents.appendingPathComponent("letter.txt")) == Data("mine".utf8))
        let file = parent.appendingPathComponent("file.csv")
        try Data("x".utf8).write(to: file)
        #expect(throws: NetworkWriteError.notAFolder(path: file.path)) {
            try NetworkFolderWriter.write(network, to: file, words: German(), replacing: true)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted() == ["documents", "file.csv"])
    }

    @Test func neverOverAnInput() throws {
        let parent = try Repository.scratchFolder("writer")
        let source = parent.appendingPathComponent("interview")
        let network = try NetworkLoader.load(from: Repository.network("riverside")).network
        try NetworkFolderWriter.write(network, to: source, words: German())
        for target in [source, parent] {
            #expect(throws: NetworkWriteError.wouldOverwriteInput(path: target.path, input: source.path)) {
                try NetworkFolderWriter.write(network, to: target, words: German(), replacing: true, protecting: [source])
            }
        }
        // A new folder inside a source's folder overwrites nothing.
        try NetworkFolderWriter.write(network, to: source.appendingPathComponent("merged"), words: German(), protecting: [source])
    }

    @Test func duplicateIDsAreRefused() {
        var network = Network(name: "x")
        network.actors = [Actor(id: "Kita", name: "Kita A", type: .institution), Actor(id: "kita", name: "Kita B", type: .institution)]
        #expect(throws: NetworkWriteError.duplicateID("kita")) { try NetworkFolderWriter.files(network, words: German()) }
    }

    @Test func csvCellsAreQuotedWhereExcelNeedsIt() throws {
        let rows = [["a;b", "say \"hi\"", "line\r\nbreak", " padded", "plain", "9,5"]]
        let german = German().networkFile(rows)
        #expect(String(decoding: german.dropFirst(3), as: UTF8.self)
                == "\"a;b\";\"say \"\"hi\"\"\";\"line\r\nbreak\";\" padded\";plain;9,5\r\n")
        let english = String(decoding: English().networkFile(rows).dropFirst(3), as: UTF8.self)
        #expect(english == "a;b,\"say \"\"hi\"\"\",\"line\r\nbreak\",\" padded\",plain,\"9,5\"\r\n")
        let read = try CSVReader.read(German().networkFile([["h1", "h2", "h3", "h4", "h5", "h6"]] + rows))
        #expect(read.records.first?.fields == ["a;b", "say \"hi\"", "line\nbreak", " padded", "plain", "9,5"])
    }
}
