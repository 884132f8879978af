import Foundation
import NetworkMap
import TestSupport
import Testing
@testable import NetworkMapApp

/// A stand-in for the edit forms to come: sets the `notes` cell of one actor row in actors.csv.
///
/// It reads the file, waits `pause` milliseconds, then writes the whole file back (temporary file, then rename):
/// without the app's lock, two of these at once would each write their own version and lose the other's change.
struct NoteEdit: NetworkEdit, Decodable {
    var kind: String
    var actor: String
    var note: String
    var pause: Int

    var rows: Set<String> { ["actors.csv#\(actor)"] }

    func apply(in folder: URL) throws {
        let file = folder.appendingPathComponent("actors.csv")
        var lines = String(decoding: try Data(contentsOf: file), as: UTF8.self).components(separatedBy: "\n")
        guard let index = lines.firstIndex(where: { $0.hasPrefix(actor + ",") }) else { throw NoteEditError.noRow(actor) }
        var fields = lines[index].components(separatedBy: ",")
        fields[fields.count - 1] = note
        lines[index] = fields.joined(separator: ",")
        Thread.sleep(forTimeInterval: Double(pause) / 1_000)
        let temporary = folder.appendingPathComponent(".actors.csv.tmp")
        try Data(lines.joined(separator: "\n").utf8).write(to: temporary)
        guard rename(temporary.path, file.path) == 0 else { throw NoteEditError.rename(errno) }
    }

    static let kind = NetworkEditKind(name: "note") { data in try JSONDecoder().decode(NoteEdit.self, from: data) }
}

enum NoteEditError: Error {
    case noRow(String)
    case rename(Int32)
}

@Suite("Concurrent edits")
struct EditTests {
    static let actorIDs = ["a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8"]

    /// FOLDER with one small network "club": eight actors with an empty notes column, a chain of ties.
    static func clubFolder() throws -> URL {
        let folder = try Repository.scratchFolder("edits")
        let club = folder.appendingPathComponent("club")
        try FileManager.default.createDirectory(at: club, withIntermediateDirectories: false)
        let actors = "id,name,type,notes\n" + actorIDs.map { "\($0),Member \($0),association," }.joined(separator: "\n") + "\n"
        let ties = "source,target\n" + zip(actorIDs, actorIDs.dropFirst()).map { "\($0),\($1)" }.joined(separator: "\n") + "\n"
        try Data(actors.utf8).write(to: club.appendingPathComponent("actors.csv"))
        try Data(ties.utf8).write(to: club.appendingPathComponent("ties.csv"))
        return folder
    }

    static func note(_ actor: String, _ note: String, pause: Int = 0) -> Data {
        Data("{\"kind\":\"note\",\"actor\":\"\(actor)\",\"note\":\"\(note)\",\"pause\":\(pause)}".utf8)
    }

    static func version(_ server: TestServer) async throws -> String {
        let check = try await server.request("/api/networks/club")
        return try #require(check.json()["version"] as? String)
    }

    /// The notes as the loader reads them back, by actor id.
    static func notes(_ folder: URL) throws -> [String: String] {
        let network = try NetworkLoader.load(from: folder.appendingPathComponent("club")).network
        return Dictionary(uniqueKeysWithValues: network.actors.map { ($0.id, $0.notes ?? "") })
    }

    @Test func anEditNamesItsVersionAndGetsTheNextOne() async throws {
        try await TestServer.with(folder: try Self.clubFolder(), editKinds: [NoteEdit.kind]) { server in
            let version = try await Self.version(server)
            let missing = try await server.post("/api/networks/club/edits", json: Self.note("a1", "x"))
            #expect(missing.status == 428)
            let applied = try await server.post("/api/networks/club/edits", json: Self.note("a1", "first"),
                                                headers: ["If-Match: \"\(version)\""])
            #expect(applied.status == 200)
            let next = try #require(try applied.json()["version"] as? String)
            #expect(next != version)
            #expect(applied.header("ETag") == "\"\(next)\"")
            #expect(try await Self.version(server) == next)
            #expect(try Self.notes(server.folder)["a1"] == "first")
            let unknown = try await server.post("/api/networks/club/edits", json: Data("{\"kind\":\"drop\"}".utf8),
                                                headers: ["If-Match: \"\(next)\""])
            #expect(unknown.status == 400)
            #expect(try await Self.version(server) == next)
        }
    }

    @Test func aStaleEditOfTheSameRowIsAConflictOfAnotherRowApplies() async throws {
        try await TestServer.with(folder: try Self.clubFolder(), editKinds: [NoteEdit.kind]) { server in
            let opened = try await Self.version(server)
            let first = try await server.post("/api/networks/club/edits", json: Self.note("a1", "mine"),
                                              headers: ["If-Match: \"\(opened)\""])
            #expect(first.status == 200)
            // Made on the version before the first edit, on the same row: refused with a message, nothing written.
            let same = try await server.post("/api/networks/club/edits", json: Self.note("a1", "theirs"),
                                             headers: ["If-Match: \"\(opened)\""])
            #expect(same.status == 409)
            #expect(try same.json()["message"] as? String == AppMessage.editConflict.text(.en))
            // On another row: both apply.
            let other = try await server.post("/api/networks/club/edits", json: Self.note("a2", "theirs"),
                                              headers: ["If-Match: \"\(opened)\""])
            #expect(other.status == 200)
            #expect(try Self.notes(server.folder)["a1"] == "mine")
            #expect(try Self.notes(server.folder)["a2"] == "theirs")
            // A change from outside the app: the app cannot tell which rows it touched, so an older edit conflicts.
            let current = try await Self.version(server)
            let actors = server.folder.appendingPathComponent("club/actors.csv")
            let text = String(decoding: try Data(contentsOf: actors), as: UTF8.self)
            try Data(text.replacingOccurrences(of: "Member a8", with: "Member eight").utf8).write(to: actors)
            let afterOutside = try await server.post("/api/networks/club/edits", json: Self.note("a3", "late"),
                                                     headers: ["If-Match: \"\(current)\""])
            #expect(afterOutside.status == 409)
            #expect(try Self.notes(server.folder)["a3"] == "")
        }
    }

    @Test func concurrentEditsOfDifferentRowsAllLand() async throws {
        try await TestServer.with(folder: try Self.clubFolder(), editKinds: [NoteEdit.kind]) { server in
            let opened = try await Self.version(server)
            // Eight edits at once, all made on the same version, each pausing between its read and its write.
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for actor in Self.actorIDs {
                    group.addTask {
                        try await server.post("/api/networks/club/edits", json: Self.note(actor, "note-\(actor)", pause: 50),
                                              headers: ["If-Match: \"\(opened)\""]).status
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses == Array(repeating: 200, count: 8))
            let notes = try Self.notes(server.folder)
            #expect(notes == Dictionary(uniqueKeysWithValues: Self.actorIDs.map { ($0, "note-\($0)") }))
        }
    }

    @Test func concurrentEditsOfOneRowOneWinsOneIsTold() async throws {
        try await TestServer.with(folder: try Self.clubFolder(), editKinds: [NoteEdit.kind]) { server in
            let opened = try await Self.version(server)
            let answers = try await withThrowingTaskGroup(of: (String, Int).self) { group in
                for who in ["alice", "bob"] {
                    group.addTask {
                        let response = try await server.post("/api/networks/club/edits",
                                                              json: Self.note("a4", who, pause: 50),
                                                              headers: ["If-Match: \"\(opened)\""])
                        return (who, response.status)
                    }
                }
                return try await group.reduce(into: [:]) { $0[$1.0] = $1.1 }
            }
            #expect(answers.values.sorted() == [200, 409])
            let winner = try #require(answers.first { $0.value == 200 }?.key)
            #expect(try Self.notes(server.folder)["a4"] == winner)
        }
    }
}
