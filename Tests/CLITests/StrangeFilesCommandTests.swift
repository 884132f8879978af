import Foundation
import TestSupport
import Testing

/// Issue 11's smaller findings: what stands where a file is expected, what the system said, and what the data
/// would do to a terminal, each as a plain sentence.
///
/// A FIFO or `/dev/zero` as actors.csv reported "permission" (or waited for ever), a folder named actors.csv
/// showed "NSCocoaErrorDomain error 256", and escape sequences in a cell reached the terminal raw.
@Suite("Strange files and text on the command line", .serialized)
struct StrangeFilesCommandTests {
    /// A copy of `networks/riverside` whose actors.csv is replaced by what `make` puts at its path.
    static func riverside(actors make: (URL) throws -> Void) throws -> URL {
        let folder = try Repository.scratchFolder("strange-files").appendingPathComponent("net")
        try FileManager.default.copyItem(at: Repository.network("riverside"), to: folder)
        let actors = folder.appendingPathComponent("actors.csv")
        try FileManager.default.removeItem(at: actors)
        try make(actors)
        return folder
    }

    @Test(.timeLimit(.minutes(1))) func aPipeAFolderAndADeviceAreNotFiles() throws {
        let cases: [(make: (URL) throws -> Void, says: String)] = [
            ({ #expect(mkfifo($0.path, 0o644) == 0) }, "\"actors.csv\" is a named pipe (FIFO), not a file."),
            ({ try FileManager.default.createDirectory(at: $0, withIntermediateDirectories: false) },
             "\"actors.csv\" is a folder, not a file."),
            ({ try FileManager.default.createSymbolicLink(atPath: $0.path, withDestinationPath: "/dev/zero") },
             "\"actors.csv\" is a device, not a file."),
        ]
        for (make, says) in cases {
            let folder = try Self.riverside(actors: make)
            let r = try CommandRunner.run(["check", folder.path, "--lang", "en"])
            #expect(r.status == 74, "\(r.stderr)")
            #expect(r.stderr.contains(says), "\(r.stderr)")
            #expect(!r.stderr.contains("NSCocoaErrorDomain") && !r.stderr.contains("permission"))
        }
    }

    /// What the system said, as a sentence in the user's language, not strerror's English or Foundation's codes.
    @Test func aFolderThatCannotBeMadeIsSaidPlainly() throws {
        let folder = try Repository.scratchFolder("strange-output")
        let file = folder.appendingPathComponent("plain.txt")
        try Data("x".utf8).write(to: file)
        let r = try CommandRunner.run(["report", Repository.network("riverside").path, "-o", file.path + "/sub/report.md",
                                       "--lang", "de"])
        #expect(r.status == 74)
        #expect(r.stderr.contains("Ein Teil des Pfads ist eine Datei, kein Ordner."), "\(r.stderr)")
    }

    /// `ESC [ 2 J` clears the screen, `ESC ] 52` sets the clipboard, U+202E turns text around: shown, never done.
    @Test func controlCharactersInMessagesAreShownEscaped() throws {
        let folder = try Repository.scratchFolder("strange-text").appendingPathComponent("net")
        try FileManager.default.copyItem(at: Repository.network("riverside"), to: folder)
        let ties = folder.appendingPathComponent("ties.csv")
        let row = "community-office,\u{1B}[2J\u{1B}]52;c;ZXZpbA==\u{07}gpj\u{202E}.exe,cooperation,1,no,\n"
        try Data((try String(contentsOf: ties, encoding: .utf8) + row).utf8).write(to: ties)
        let r = try CommandRunner.run(["check", folder.path, "--lang", "en"])
        #expect(r.status == 65)
        #expect(r.stderr.contains("\"\\u{1B}[2J\\u{1B}]52;c;ZXZpbA==\\u{7}gpj\\u{202E}.exe\" names no actor."), "\(r.stderr)")
        #expect(!r.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
    }

    /// An option's value is quoted as data is: shortened, with control characters escaped.
    @Test func optionValuesAreQuotedLikeData() throws {
        let focus = "\u{1B}]0;pwned\u{07}" + String(repeating: "x", count: 10_000)
        let r = try CommandRunner.run(["render", Repository.network("riverside").path, "--focus", focus, "-o", "-", "--lang", "en"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--focus \"\\u{1B}]0;pwned\\u{7}xxx"), "\(r.stderr.prefix(300))")
        #expect(r.stderr.utf8.count < 1_000)
        #expect(!r.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }
}

