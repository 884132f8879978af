import Foundation
import TestSupport
import Testing

@testable import NetworkMap

/// Issue 11, finding 8 and the stray temporary files of killed runs.
@Suite("Atomic file writes")
struct AtomicFileTests {
    static func mode(_ url: URL) -> mode_t {
        var info = stat()
        return stat(url.path, &info) == 0 ? info.st_mode & 0o7777 : 0
    }

    /// A private report replaced by a new one stays private (it became 0644 before).
    @Test(arguments: [0o600, 0o640, 0o604] as [mode_t])
    func aReplacedFileKeepsItsMode(_ mode: mode_t) throws {
        let url = try Repository.scratchFolder("atomic").appendingPathComponent("report.md")
        try AtomicFile.write("old", to: url)
        #expect(chmod(url.path, mode) == 0)
        try AtomicFile.write("new", to: url)
        #expect(Self.mode(url) == mode)
        #expect(try String(contentsOf: url, encoding: .utf8) == "new")
    }

    @Test func aReplacedFileKeepsItsOwnerWhereTheSystemAllows() throws {
        guard geteuid() == 0 else { return }  // only root may give a file to someone else
        let url = try Repository.scratchFolder("atomic").appendingPathComponent("map.svg")
        try AtomicFile.write("old", to: url)
        #expect(chown(url.path, 4321, 4322) == 0)
        try AtomicFile.write("new", to: url)
        var info = stat()
        #expect(stat(url.path, &info) == 0 && info.st_uid == 4321 && info.st_gid == 4322)
    }

    @Test func aNewFileGetsTheUsualModeAndNoTemporaryIsLeft() throws {
        let folder = try Repository.scratchFolder("atomic")
        let url = folder.appendingPathComponent("deep/er/report.json")
        try AtomicFile.write("{}", to: url)
        let mask = umask(0)
        umask(mask)
        #expect(Self.mode(url) == 0o666 & ~mask)
        #expect(try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path) == ["report.json"])
    }

    @Test func temporaryNamesCarryTheProcessAndAreRecognised() {
        let name = AtomicFile.temporaryName(for: "map.svg")
        #expect(name.hasPrefix(".map.svg.network-map-\(getpid())-") && name.hasSuffix(".tmp"))
        #expect(AtomicFile.writerProcess(ofTemporary: name) == getpid())
        let long = AtomicFile.temporaryName(for: String(repeating: "ä", count: 200) + ".svg")
        #expect(long.utf8.count <= 255 && AtomicFile.writerProcess(ofTemporary: long) == getpid())
        for other in [".map.svg.tmp", "map.svg.network-map-12-abcdefgh.tmp", ".map.svg.network-map-12-ABCDEFGH.tmp",
                      ".map.svg.network-map-x-abcdefgh.tmp", ".map.svg.network-map-12-abc.tmp", ".network-map-0-abcdefgh.tmp"] {
            #expect(AtomicFile.writerProcess(ofTemporary: other) == nil, "\(other)")
        }
    }

    /// What a `kill -9` during a write leaves behind is removed by the next write into the folder; nothing else is.
    @Test func staleTemporariesOfOursAreRemovedOnTheNextWrite() throws {
        let folder = try Repository.scratchFolder("atomic-stale")
        // A process that has ended: its id is free (the system does not hand it out again at once).
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        ended.waitUntilExit()
        let dead = ended.processIdentifier
        let files = [
            "gone": ".map.svg.network-map-\(dead)-abcdefgh.tmp",
            "running": ".map.svg.network-map-\(getpid())-abcdefgh.tmp",
            "old": ".report.md.network-map-\(getpid())-zyxwvuts.tmp",
            "foreign": ".map.svg.tmp",
            "user's": "notes.network-map-\(dead)-abcdefgh.tmp",
        ]
        for name in files.values { try Data("x".utf8).write(to: folder.appendingPathComponent(name)) }
        let hourAgo = Date().addingTimeInterval(-3600)
        try FileManager.default.setAttributes([.modificationDate: hourAgo], ofItemAtPath: folder.appendingPathComponent(files["old", default: ""]).path)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".dir.network-map-\(dead)-abcdefgh.tmp"),
                                                withIntermediateDirectories: false)

        try AtomicFile.write("new", to: folder.appendingPathComponent("map.svg"))

        let left = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        #expect(left == ["map.svg", files["running", default: ""], files["foreign", default: ""], files["user's", default: ""],
                         ".dir.network-map-\(dead)-abcdefgh.tmp"])
    }
}
