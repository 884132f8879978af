import Foundation
import TestSupport
import Testing
@testable import NetworkMapApp

/// Uploads: checked before anything is written, copied under a new name, never over an existing network.
@Suite("Uploads", .ownThreads)
struct UploadTests {
    static func body(name: String? = nil, files: [(String, Data)]) -> Data {
        var object: [String: Any] = ["files": files.map { ["name": $0.0, "content": $0.1.base64EncodedString()] }]
        if let name { object["name"] = name }
        return (try? JSONSerialization.data(withJSONObject: object)) ?? Data()
    }

    static var exampleFiles: [(String, Data)] {
        get throws {
            let folder = Repository.network("riverside")
            return [("Riverside Akteure.csv", try Data(contentsOf: folder.appendingPathComponent("actors.csv"))),
                    ("riverside ties.csv", try Data(contentsOf: folder.appendingPathComponent("ties.csv")))]
        }
    }

    /// FOLDER's entries, hidden ones included: an upload that fails must leave no trace, not even a temporary file.
    static func entries(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test func twoCSVFilesBecomeANewNetworkAndNeverOverwrite() async throws {
        try await TestServer.with { server in
            let files = try Self.exampleFiles
            let first = try await server.post("/api/networks", json: Self.body(name: "Riverside", files: files))
            #expect(first.status == 201)
            let json = try first.json()
            #expect(json["name"] as? String == "Riverside")
            #expect(json["state"] as? String == "loaded")
            #expect(json["actors"] as? Int == 29)
            let stored = server.folder.appendingPathComponent("Riverside")
            // Copied byte for byte under the names the loader reads; the roles came from the headers.
            #expect(try Data(contentsOf: stored.appendingPathComponent("actors.csv")) == files[0].1)
            #expect(try Data(contentsOf: stored.appendingPathComponent("ties.csv")) == files[1].1)
            // The same name again: a new name, the first copy untouched.
            let before = try Data(contentsOf: stored.appendingPathComponent("actors.csv"))
            let second = try await server.post("/api/networks", json: Self.body(name: "Riverside", files: files.reversed()))
            #expect(second.status == 201)
            #expect(try second.json()["name"] as? String == "Riverside-2")
            #expect(try Data(contentsOf: stored.appendingPathComponent("actors.csv")) == before)
            // An existing network's name ("riverside" is one of the examples): a suffix again.
            let third = try await server.post("/api/networks", json: Self.body(name: "riverside", files: files))
            #expect(try third.json()["name"] as? String == "riverside-2")
            let list = try await server.request("/api/networks")
            #expect(list.text.contains("\"name\":\"Riverside-2\""))
            #expect(try Self.entries(server.folder) == ["Riverside", "Riverside-2", "muehlenviertel", "muehlenviertel-2026",
                                                         "riverside", "riverside-2"])
        }
    }

    @Test func namesAreSanitised() async throws {
        try await TestServer.with { server in
            let files = try Self.exampleFiles
            for (given, stored) in [("../../evil", "evil"), ("Mühlen Viertel / 2026", "Mühlen-Viertel-2026"),
                                    (".hidden", "hidden"), ("\u{202E}gpj.exe", "gpj-exe"), ("::", "network")] {
                let response = try await server.post("/api/networks", json: Self.body(name: given, files: files))
                #expect(response.status == 201, "\(given)")
                #expect(try response.json()["name"] as? String == stored, "\(given)")
            }
            // Without a name, the actors file's name is used, unless it is just "actors".
            let unnamed = try await server.post("/api/networks", json: Self.body(files: files))
            #expect(try unnamed.json()["name"] as? String == "Riverside-Akteure")
            let generic = try await server.post("/api/networks", json: Self.body(files: [("actors.csv", files[0].1),
                                                                                         ("ties.csv", files[1].1)]))
            #expect(try generic.json()["name"] as? String == "network-2")
            #expect(!FileManager.default.fileExists(atPath: server.folder.deletingLastPathComponent()
                .appendingPathComponent("evil").path))
        }
    }

    @Test func aWorkbookIsStoredAsOneFileAndReadByTheLoader() async throws {
        try await TestServer.with { server in
            let zip = Data([0x50, 0x4B, 0x03, 0x04]) + Data(repeating: 0, count: 100)
            let response = try await server.post("/api/networks", json: Self.body(files: [("Quartier 2026.xlsx", zip)]))
            #expect(response.status == 201)
            let json = try response.json()
            #expect(json["name"] as? String == "Quartier-2026.xlsx")
            #expect(json["kind"] as? String == "workbook")
            // Zip's signature and nothing else: stored as it came, and the loader says it is no workbook.
            #expect(json["state"] as? String == "failed")
            #expect((json["errors"] as? [[String: Any]])?.isEmpty == false)
            #expect(try Data(contentsOf: server.folder.appendingPathComponent("Quartier-2026.xlsx")) == zip)
            let again = try await server.post("/api/networks", json: Self.body(files: [("Quartier 2026.xlsx", zip)]))
            #expect(try again.json()["name"] as? String == "Quartier-2026-2.xlsx")
        }
    }

    @Test func badUploadsAreRefusedAndLeaveNothing() async throws {
        try await TestServer.with { server in
            let files = try Self.exampleFiles
            let before = try Self.entries(server.folder)
            let cases: [(Data, Int, String)] = [
                (Data("not json".utf8), 400, "not a valid upload"),
                (Self.body(files: [files[0]]), 422, "not 1 files"),
                (Self.body(files: files + [files[0]]), 422, "not 3 files"),
                (Self.body(files: [files[0], ("notes.pdf", Data("%PDF".utf8))]), 422, "neither CSV"),
                (Self.body(files: [files[0], ("ties.csv", Data([0x73, 0x00, 0x74]))]), 422, "not a text"),
                (Self.body(files: [files[0], ("ties.csv", Data("source,target\n\"a1,a2\n".utf8))]), 422, "line 2"),
                (Self.body(files: [files[0], ("ties.csv", Data())]), 422, "is empty"),
                (Self.body(files: [files[0], files[0]]), 422, "Cannot tell"),
                (Self.body(files: [files[0], ("ties.csv", Data("a,b\n1,2\n".utf8))]), 422, "Cannot tell"),
                (Self.body(files: [("book.xlsx", Data("no zip".utf8))]), 422, "not a workbook"),
                (Data("{\"files\":[{\"name\":\"a.csv\",\"content\":\"***\"}]}".utf8), 422, "arrived damaged"),
            ]
            for (body, status, text) in cases {
                let response = try await server.post("/api/networks", json: body)
                #expect(response.status == status, "\(text)")
                #expect((try? response.json()["error"] as? String)?.contains(text) == true, "\(text): \(response.text)")
            }
            #expect(try Self.entries(server.folder) == before)
        }
    }

    @Test func theSizeLimitHoldsBeforeAnythingIsWritten() async throws {
        try await TestServer.with(uploadLimit: 1_000) { server in
            let before = try Self.entries(server.folder)
            let cookie = "Cookie: \(server.cookie)"
            let origin = "Origin: http://127.0.0.1:\(server.port)"
            // A declared length over the limit: refused at once, without waiting for a byte of the body.
            let declared = try await RawHTTP.send(
                "POST /api/networks HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\n\(cookie)\r\n\(origin)\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 50000000", port: server.port)
            #expect(declared.status == 413)
            #expect(try declared.json()["error"] as? String == "The upload is larger than 1 KB; nothing was saved.")
            // A streamed (chunked) body that grows past the limit.
            // (The body may exceed the file limit by base64's third and 64 KB of JSON around it.)
            let chunk = String(repeating: "x", count: 10_000)
            let chunked = String(repeating: "\(String(chunk.utf8.count, radix: 16))\r\n\(chunk)\r\n", count: 10) + "0\r\n\r\n"
            let streamed = try await RawHTTP.send(
                "POST /api/networks HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\n\(cookie)\r\n\(origin)\r\n"
                    + "Transfer-Encoding: chunked", body: Data(chunked.utf8), port: server.port)
            #expect(streamed.status == 413)
            // Files over the limit once decoded, in a body that is itself within the limit the base64 allows.
            let big = Self.body(files: [("actors.csv", Data(repeating: 0x41, count: 700)),
                                        ("ties.csv", Data(repeating: 0x41, count: 700))])
            let decoded = try await server.post("/api/networks", json: big)
            #expect(decoded.status == 413)
            #expect(try Self.entries(server.folder) == before)
        }
    }

    @Test func sanitisedNamesKeepLettersAndDropTheRest() {
        #expect(NetworkName.sanitised("Kita Sonnenschein e.V.") == "Kita-Sonnenschein-e-V")
        #expect(NetworkName.sanitised("Stra\u{0073}\u{0073}e") == "Strasse")
        #expect(NetworkName.sanitised("Mu\u{0308}hle") == "Mühle")  // NFD in, NFC out
        #expect(NetworkName.sanitised(String(repeating: "ä", count: 100)).count == 60)
        #expect(NetworkName.sanitised("   ") == "network")
        #expect(NetworkName.sanitised("a\u{0}b") == "a-b")
    }
}
