import Foundation
import NetworkMap
import TestSupport
import Testing
import Wording
@testable import NetworkMapApp

/// Edits through the app's real endpoint, written back to the files and read again by the loader.
///
/// `POST /api/networks/{name}/edits`. One server for the suite; each test has a network of its own in its FOLDER.
@Suite("Edits", .ownThreads)
struct EditTests {
    static let actorIDs = ["a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8"]
    static let clubs = ["versions", "stale", "different-rows", "same-row", "rejected"]

    /// FOLDER with small networks, one per test: eight actors with an empty notes column, a chain of ties; and
    /// "excel", a German Excel file (BOM, semicolons, CRLF, quotes, a column the tool does not know).
    static func folder() throws -> URL {
        let folder = try Repository.scratchFolder("edits")
        let actors = "id,name,type,notes\n" + actorIDs.map { "\($0),Member \($0),association," }.joined(separator: "\n") + "\n"
        let ties = "source,target\n" + zip(actorIDs, actorIDs.dropFirst()).map { "\($0),\($1)" }.joined(separator: "\n") + "\n"
        for club in clubs {
            let network = folder.appendingPathComponent(club)
            try FileManager.default.createDirectory(at: network, withIntermediateDirectories: false)
            try Data(actors.utf8).write(to: network.appendingPathComponent("actors.csv"))
            try Data(ties.utf8).write(to: network.appendingPathComponent("ties.csv"))
        }
        let excel = folder.appendingPathComponent("excel")
        try FileManager.default.createDirectory(at: excel, withIntermediateDirectories: false)
        try Data(excelActors).write(to: excel.appendingPathComponent("akteure.csv"))
        try Data(excelTies.utf8).write(to: excel.appendingPathComponent("beziehungen.csv"))
        return folder
    }

    static let excelActors: [UInt8] = [0xEF, 0xBB, 0xBF] + Array((
        "ID;Name;Typ;Telefonkette;Notizen\r\n"
            + "qm;Quartiersbüro;Einrichtung;\"ja; mittwochs\";\"Zwei\r\nZeilen\"\r\n"
            + "kita;Kita Sonnenschein;Einrichtung;nein;\r\n"
            + "verein;Bürgerverein;Verein;;\"sagt \"\"hallo\"\"\"\r\n"
    ).utf8)
    static let excelTies = "Von;An;Art\r\nqm;kita;Kooperation\r\nqm;verein;Informationsaustausch\r\n"

    static func server() async throws -> TestServer { try await TestServer.suite("edits", folder: folder) }

    static func version(_ server: TestServer, _ network: String) async throws -> String {
        let check = try await server.request("/api/networks/\(network)")
        return try #require(check.json()["version"] as? String)
    }

    static func note(_ record: Int, _ note: String) -> Data {
        Data("{\"kind\":\"actor\",\"record\":\(record),\"fields\":{\"notes\":\"\(note)\"}}".utf8)
    }

    static func edit(_ server: TestServer, _ network: String, _ json: Data, on version: String,
                     language: String = "en") async throws -> RawHTTP.Response
    {
        try await server.post("/api/networks/\(network)/edits?lang=\(language)", json: json,
                              headers: ["If-Match: \"\(version)\""])
    }

    /// The notes as the loader reads them back, by actor id.
    static func notes(_ server: TestServer, _ network: String) throws -> [String: String] {
        let loaded = try NetworkLoader.load(from: server.folder.appendingPathComponent(network)).network
        return Dictionary(uniqueKeysWithValues: loaded.actors.map { ($0.id, $0.notes ?? "") })
    }

    @Test func anEditNamesItsVersionGetsTheNextOneAndKeepsABackup() async throws {
        let server = try await Self.server()
        let network = "versions"
        let original = try Data(contentsOf: server.folder.appendingPathComponent("\(network)/actors.csv"))
        let version = try await Self.version(server, network)
        let missing = try await server.post("/api/networks/\(network)/edits", json: Self.note(0, "x"))
        #expect(missing.status == 428)
        let applied = try await Self.edit(server, network, Self.note(0, "first"), on: version)
        #expect(applied.status == 200)
        let answer = try applied.json()
        let next = try #require(answer["version"] as? String)
        #expect(next != version)
        #expect(applied.header("ETag") == "\"\(next)\"")
        #expect(try await Self.version(server, network) == next)
        #expect(try Self.notes(server, network)["a1"] == "first")
        // The previous file, byte for byte, under the name the answer gives.
        let backup = try #require(answer["backup"] as? String)
        #expect(backup.hasPrefix(".network-map-backup/"))
        #expect(try Data(contentsOf: server.folder.appendingPathComponent("\(network)/\(backup)")) == original)
        let unknown = try await Self.edit(server, network, Data("{\"kind\":\"drop\"}".utf8), on: next)
        #expect(unknown.status == 400)
        #expect(try await Self.version(server, network) == next)
    }

    @Test func aStaleEditOfTheSameRowIsAConflictOfAnotherRowApplies() async throws {
        let server = try await Self.server()
        let network = "stale"
        let opened = try await Self.version(server, network)
        #expect(try await Self.edit(server, network, Self.note(0, "mine"), on: opened).status == 200)
        // Made on the version before the first edit, on the same row: refused with a message, nothing written.
        let same = try await Self.edit(server, network, Self.note(0, "theirs"), on: opened)
        #expect(same.status == 409)
        #expect(try same.json()["message"] as? String == Language.en.phrases.app(AppMessage.editConflict))
        // On another row: both apply.
        #expect(try await Self.edit(server, network, Self.note(1, "theirs"), on: opened).status == 200)
        #expect(try Self.notes(server, network)["a1"] == "mine")
        #expect(try Self.notes(server, network)["a2"] == "theirs")
        // A change from outside the app: the app cannot tell which rows it touched, so an older edit conflicts.
        let current = try await Self.version(server, network)
        let actors = server.folder.appendingPathComponent("\(network)/actors.csv")
        let text = String(decoding: try Data(contentsOf: actors), as: UTF8.self)
        try Data(text.replacingOccurrences(of: "Member a8", with: "Member eight").utf8).write(to: actors)
        #expect(try await Self.edit(server, network, Self.note(2, "late"), on: current).status == 409)
        #expect(try Self.notes(server, network)["a3"] == "")
    }

    @Test func concurrentEditsOfDifferentRowsAllLand() async throws {
        let server = try await Self.server()
        let network = "different-rows"
        let opened = try await Self.version(server, network)
        // Eight edits at once, all made on the same version.
        let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
            for (record, actor) in Self.actorIDs.enumerated() {
                group.addTask { try await Self.edit(server, network, Self.note(record, "note-\(actor)"), on: opened).status }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(statuses == Array(repeating: 200, count: 8))
        #expect(try Self.notes(server, network) == Dictionary(uniqueKeysWithValues: Self.actorIDs.map { ($0, "note-\($0)") }))
    }

    @Test func concurrentEditsOfOneRowOneWinsOneIsTold() async throws {
        let server = try await Self.server()
        let network = "same-row"
        let opened = try await Self.version(server, network)
        let answers = try await withThrowingTaskGroup(of: (String, Int).self) { group in
            for who in ["alice", "bob"] {
                group.addTask { (who, try await Self.edit(server, network, Self.note(3, who), on: opened).status) }
            }
            return try await group.reduce(into: [:]) { $0[$1.0] = $1.1 }
        }
        #expect(answers.values.sorted() == [200, 409])
        let winner = try #require(answers.first { $0.value == 200 }?.key)
        #expect(try Self.notes(server, network)["a4"] == winner)
    }

    /// Everything but the edited cell stays as it was: BOM, semicolons, CRLF, quoting, the unknown column.
    @Test func anEditOfAnExcelFileChangesOnlyItsCell() async throws {
        let server = try await Self.server()
        let network = "excel"
        let file = server.folder.appendingPathComponent("\(network)/akteure.csv")
        let version = try await Self.version(server, network)
        let edit = Data("{\"kind\":\"actor\",\"record\":1,\"fields\":{\"name\":\"Kita Regenbogen\"}}".utf8)
        let applied = try await Self.edit(server, network, edit, on: version)
        #expect(applied.status == 200, "\(applied.text)")
        let expected = String(decoding: Self.excelActors, as: UTF8.self)
            .replacingOccurrences(of: "kita;Kita Sonnenschein;Einrichtung;nein;\r\n", with: "kita;Kita Regenbogen;Einrichtung;nein;\r\n")
        #expect(Array(try Data(contentsOf: file)) == [0xEF, 0xBB, 0xBF] + Array(expected.dropFirst().utf8))
        // A new tie, its ends chosen by index as the form sends them: appended in the file's own dialect.
        let next = try await Self.version(server, network)
        let loaded = try NetworkLoader.load(from: server.folder.appendingPathComponent(network)).network
        let kita = try #require(loaded.actors.firstIndex { $0.id == "kita" })
        let verein = try #require(loaded.actors.firstIndex { $0.id == "verein" })
        let tie = Data("{\"kind\":\"tie\",\"record\":null,\"fields\":{\"source\":\(kita),\"target\":\(verein),\"kind\":\"information\"}}".utf8)
        let added = try await Self.edit(server, network, tie, on: next, language: "de")
        #expect(added.status == 200, "\(added.text)")
        let ties = String(decoding: try Data(contentsOf: server.folder.appendingPathComponent("\(network)/beziehungen.csv")), as: UTF8.self)
        #expect(ties == Self.excelTies + "kita;verein;Informationsaustausch\r\n")
        let reloaded = try NetworkLoader.load(from: server.folder.appendingPathComponent(network)).network
        #expect(reloaded.ties.count == 3)
    }

    /// An edit the loader would refuse is not written, and the answer gives the loader's own message.
    @Test func anEditThatBreaksTheNetworkIsRefused() async throws {
        let server = try await Self.server()
        let network = "rejected"
        let file = server.folder.appendingPathComponent("\(network)/actors.csv")
        let before = try Data(contentsOf: file)
        let version = try await Self.version(server, network)
        // Two actors with one id: the loader's error.
        let edit = Data("{\"kind\":\"actor\",\"record\":1,\"fields\":{\"id\":\"a1\"}}".utf8)
        let refused = try await Self.edit(server, network, edit, on: version)
        #expect(refused.status == 422, "\(refused.text)")
        let errors = try #require(try refused.json()["errors"] as? [[String: Any]])
        #expect(errors.contains { ($0["text"] as? String)?.contains("a1") == true }, "\(refused.text)")
        #expect(try Data(contentsOf: file) == before)
    }
}
