import Foundation
import TestSupport
import Testing
@testable import NetworkMapApp

/// No path outside FOLDER is read, whatever the encoding, and symlinks that lead out are refused.
@Suite("Paths stay inside FOLDER", .ownThreads)
struct TraversalTests {
    static let marker = "SECRET-OUTSIDE-MARKER"

    /// FOLDER with the example networks and three ways out.
    ///
    /// The ways out: a network folder that is a symlink to a folder outside,
    /// a network whose ties.csv links to a file outside, and a workbook that is a symlink to a file outside.
    /// Also returns the outside folder, which holds a network whose every actor is named after ``marker``.
    static func trappedFolder() throws -> (folder: URL, outside: URL) {
        let folder = try TestServer.exampleFolder()
        let outside = try Repository.scratchFolder("outside")
        try Data("id,name,type\na1,\(marker) 1,association\na2,\(marker) 2,business\n".utf8)
            .write(to: outside.appendingPathComponent("actors.csv"))
        try Data("source,target\na1,a2\n".utf8).write(to: outside.appendingPathComponent("ties.csv"))
        try Data("PK\u{3}\u{4}\(marker)".utf8).write(to: outside.appendingPathComponent("book.xlsx"))
        let fm = FileManager.default
        try fm.createSymbolicLink(at: folder.appendingPathComponent("outside-link"), withDestinationURL: outside)
        let mixed = folder.appendingPathComponent("mixed")
        try fm.createDirectory(at: mixed, withIntermediateDirectories: false)
        try Data("id,name,type\na1,Inside,association\na2,Also inside,business\n".utf8)
            .write(to: mixed.appendingPathComponent("actors.csv"))
        try fm.createSymbolicLink(at: mixed.appendingPathComponent("ties.csv"),
                                  withDestinationURL: outside.appendingPathComponent("ties.csv"))
        try fm.createSymbolicLink(at: folder.appendingPathComponent("book.xlsx"),
                                  withDestinationURL: outside.appendingPathComponent("book.xlsx"))
        return (folder, outside)
    }

    @Test func encodedWaysOutFindNothing() async throws {
        let (folder, outside) = try Self.trappedFolder()
        let outsidePath = outside.path.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        try await TestServer.with(folder: folder) { server in
            let targets = [
                "/api/networks/..%2F..%2F..%2Fetc%2Fpasswd", "/api/networks/%2e%2e", "/api/networks/%2E%2E",
                "/api/networks/%2e%2e%2foutside-link", "/api/networks/%252e%252e", "/api/networks/%252e%252e%252fetc",
                "/api/networks/..%5C..%5Cetc%5Cpasswd", "/api/networks/%5C..%5Coutside-link", "/api/networks/..%255c..",
                "/api/networks/%2Fetc%2Fpasswd", "/api/networks/\(outsidePath)", "/api/networks/muehlenviertel%00",
                "/api/networks/%00", "/api/networks/%c0%ae%c0%ae", "/api/networks/%c0%ae%c0%ae%c0%afetc%c0%afpasswd",
                "/api/networks/%e0%80%ae%e0%80%ae", "/api/networks/%ef%bc%8e%ef%bc%8e", "/api/networks/..",
                "/api/networks/.", "/api/networks/../../etc/passwd", "/../../etc/passwd", "/api/../../../etc/passwd",
                "/api/networks/muehlenviertel/../../../etc/passwd", "/api/networks/muehlenviertel/actors.csv",
                "/api/networks/.upload-x", "/etc/passwd", "/muehlenviertel/actors.csv", "/api/networks/%2e",
                "/app.js/..%2f..%2f..%2fetc%2fpasswd", "/%2e%2e/%2e%2e/etc/passwd",
            ]
            for target in targets {
                let response = try await server.request(target)
                #expect([400, 404].contains(response.status), "\(target): \(response.status)")
                #expect(!response.text.contains(Self.marker), "\(target)")
                #expect(!response.text.contains("root:"), "\(target)")
                #expect(!response.text.contains("Mühlenviertel"), "\(target)")
            }
            // "//etc/passwd" is no path of this server at all.
            #expect(try await server.request("//etc/passwd").status == 400)
        }
    }

    @Test func symlinksLeadingOutAreListedAsRefusedAndNeverRead() async throws {
        let (folder, outside) = try Self.trappedFolder()
        let before = try Data(contentsOf: outside.appendingPathComponent("ties.csv"))
        try await TestServer.with(folder: folder) { server in
            let list = try await server.request("/api/networks")
            #expect(list.status == 200)
            #expect(!list.text.contains(Self.marker))
            let networks = try #require(try list.json()["networks"] as? [[String: Any]])
            let states = Dictionary(uniqueKeysWithValues: networks.map { ($0["name"] as? String ?? "", $0["state"] as? String ?? "") })
            #expect(states == ["book.xlsx": "refused", "mixed": "refused", "muehlenviertel": "loaded",
                               "muehlenviertel-2026": "loaded", "outside-link": "refused", "riverside": "loaded"])
            for name in ["outside-link", "mixed", "book.xlsx"] {
                let check = try await server.request("/api/networks/\(name)")
                #expect(check.status == 200)
                let json = try check.json()
                #expect(json["loads"] as? Bool == false)
                #expect(json["actors"] == nil)
                #expect(!check.text.contains(Self.marker))
                let errors = try #require(json["errors"] as? [[String: Any]])
                #expect((errors.first?["text"] as? String)?.contains("points outside the folder") == true)
                // Nor can an edit reach through it.
                let edit = try await server.post("/api/networks/\(name)/edits", json: Data("{\"kind\":\"x\"}".utf8),
                                                 headers: ["If-Match: \"0\""])
                #expect(edit.status == 404)
            }
        }
        #expect(try Data(contentsOf: outside.appendingPathComponent("ties.csv")) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).sorted() == ["actors.csv", "book.xlsx", "ties.csv"])
    }

    @Test(arguments: [
        ("muehlenviertel", true), ("Mühlen Viertel 2026", true), ("book.xlsx", true), ("", false), (".", false),
        ("..", false), (".hidden", false), ("a/b", false), ("a\\b", false), ("a\u{0}b", false), ("line\nbreak", false),
        ("tab\there", false), ("\u{7F}", false), ("%2e%2e", true), (String(repeating: "x", count: 256), false),
        ("\u{FFFD}", false),
    ])
    func plainNames(name: String, plain: Bool) {
        #expect(AppFolder.isPlainName(name) == plain)
    }

    @Test func aNameDecodesOnceAndInvalidUTF8IsRefused() {
        #expect(AppRoutes.networkName("M%C3%BChlenviertel") == "Mühlenviertel")
        #expect(AppRoutes.networkName("%252e%252e") == "%2e%2e")  // a literal name, never a second decoding
        #expect(AppRoutes.networkName("%2e%2e") == nil)
        #expect(AppRoutes.networkName("%c0%ae%c0%ae") == nil)  // overlong UTF-8 for ".."
        #expect(AppRoutes.networkName("%ff") == nil)
        #expect(AppRoutes.networkName("a%2fb") == nil)
        #expect(AppRoutes.networkName("a%5cb") == nil)
        #expect(AppRoutes.networkName("a%00") == nil)
    }
}
