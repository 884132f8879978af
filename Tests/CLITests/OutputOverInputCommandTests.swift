import Foundation
import TestSupport
import Testing

/// Issue 11, finding 5: an output onto a file the command reads is refused.
///
/// `report net --format csv -o net/actors.csv` replaced the user's data. Now it exits 64 and the file keeps its
/// bytes, however the path leads there.
@Suite("Output over input", .serialized)
struct OutputOverInputCommandTests {
    /// A copy of `networks/riverside` in a scratch folder, and the bytes of each of its files.
    static func riverside() throws -> (folder: URL, bytes: [String: Data]) {
        let folder = try Repository.scratchFolder("output-over-input").appendingPathComponent("net")
        try FileManager.default.copyItem(at: Repository.network("riverside"), to: folder)
        var bytes: [String: Data] = [:]
        for name in ["actors.csv", "ties.csv", "network.yaml"] {
            bytes[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return (folder, bytes)
    }

    static func expectUnchanged(_ folder: URL, _ bytes: [String: Data]) throws {
        for (name, data) in bytes {
            #expect(try Data(contentsOf: folder.appendingPathComponent(name)) == data, "\(name) was changed")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == bytes.keys.sorted())
    }

    @Test(arguments: [
        ["report", "--format", "csv", "-o", "actors.csv"],
        ["convert", "--to", "json", "-o", "ties.csv"],
        ["render", "--format", "svg", "-o", "network.yaml"],
        ["whatif", "--remove", "community-office", "-o", "ties.csv"],
        ["brokers", "-o", "actors.csv"],
    ])
    func anOutputOntoAnInputIsRefused(arguments: [String]) throws {
        let (folder, bytes) = try Self.riverside()
        let command = [arguments[0], folder.path] + arguments.dropFirst().map { $0.hasSuffix(".csv") || $0.hasSuffix(".yaml")
            ? folder.appendingPathComponent($0).path : $0 }
        let r = try CommandRunner.run(command + ["--lang", "en"])
        #expect(r.status == 64, "\(command): \(r.stderr)")
        #expect(r.stderr.contains("is a file of the network this command reads"))
        #expect(r.stderr.contains("The file is left as it is."))
        try Self.expectUnchanged(folder, bytes)
    }

    /// Another spelling of the path, a symbolic link and a hard link lead to the same file.
    @Test func everyPathToAnInputIsRefused() throws {
        let (folder, bytes) = try Self.riverside()
        let outside = folder.deletingLastPathComponent()
        let link = outside.appendingPathComponent("link.csv")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: folder.appendingPathComponent("ties.csv"))
        let hard = outside.appendingPathComponent("hard.csv")
        #expect(Foundation.link(folder.appendingPathComponent("actors.csv").path, hard.path) == 0)
        for target in [folder.path + "/../net/./actors.csv", link.path, hard.path] {
            let r = try CommandRunner.run(["report", folder.path, "--format", "csv", "-o", target, "--lang", "de"])
            #expect(r.status == 64, "\(target): \(r.stderr)")
            #expect(r.stderr.contains("ist eine Datei des Netzwerks, das dieser Befehl liest"))
        }
        try Self.expectUnchanged(folder, bytes)
    }

    /// A GraphML file given as the network, and either snapshot of `diff`.
    @Test func exchangeFilesAndSnapshotsAreInputsToo() throws {
        let (folder, bytes) = try Self.riverside()
        let graphml = folder.deletingLastPathComponent().appendingPathComponent("net.graphml")
        #expect(try CommandRunner.run(["convert", folder.path, "--to", "graphml", "-o", graphml.path]).status == 0)
        let before = try Data(contentsOf: graphml)
        let r = try CommandRunner.run(["convert", graphml.path, "--to", "graphml", "-o", graphml.path])
        #expect(r.status == 64, "\(r.stderr)")
        #expect(try Data(contentsOf: graphml) == before)

        let d = try CommandRunner.run(["diff", graphml.path, folder.path, "-o", folder.appendingPathComponent("ties.csv").path])
        #expect(d.status == 64, "\(d.stderr)")
        try Self.expectUnchanged(folder, bytes)
    }

    /// A new file beside the inputs is written as always.
    @Test func aNewFileBesideTheInputsIsWritten() throws {
        let (folder, _) = try Self.riverside()
        let report = folder.appendingPathComponent("report.csv")
        let r = try CommandRunner.run(["report", folder.path, "--format", "csv", "-o", report.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: report.path))
    }
}
