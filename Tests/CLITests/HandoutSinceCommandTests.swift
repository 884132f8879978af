import Foundation
import TestSupport
import Testing

/// `network-map handout NEW --since OLD` end to end: the real binary, the PDF read back with `pdftotext`.
@Suite("network-map handout --since", .serialized)
struct HandoutSinceCommandTests {
    static func pdftotext(_ file: URL) throws -> String {
        try Poppler.run("pdftotext", [], file: file).replacingOccurrences(of: "\n", with: " ")
    }

    @Test func writesTheChangeSinceTheEarlierSnapshot() throws {
        let folder = try Repository.scratchFolder("handout-since")
        let out = folder.appendingPathComponent("muehlenviertel-2026.pdf")
        let r = try CommandRunner.run(["handout", "networks/muehlenviertel-2026", "--since", "networks/muehlenviertel",
                                       "-o", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("Handout geschrieben"))
        let data = try Data(contentsOf: out)
        #expect(data.starts(with: Array("%PDF-".utf8)))
        let text = try Self.pdftotext(out)
        #expect(text.contains("Was hat sich seit dem letzten Stand verändert?"))
        // The QM office's share of paths then and now (pseudonymised data, as in `network-map diff`).
        // networkx 3.6.1 on the active ties without the withheld ones: 0.50049 (2025) and 0.42155 (2026).
        #expect(text.contains("Wege über das QM-Büro: 50,0 % → 42,2 % (−7,9 Pp.)"))
        #expect(text.contains("Seite 3 von 3") || text.contains("Seite 2 von 2") || text.contains("Seite 1 von 1"))
        // Private persons: the same pseudonyms as `diff` gives for the two snapshots, no names.
        #expect(text.contains("Bewohner:in 13"))
        #expect(!text.contains("Ingrid S."))
        #expect(!text.contains("Nina V."))

        let english = try CommandRunner.run(["handout", "networks/muehlenviertel-2026", "--since", "networks/muehlenviertel",
                                             "--lang", "en", "-o", "-"])
        #expect(english.status == 0)
        #expect(english.stdoutData.starts(with: Array("%PDF-".utf8)))
    }

    @Test func anUnreadableOrBrokenEarlierSnapshotExitsLikeAnyLoad() throws {
        let folder = try Repository.scratchFolder("handout-since-bad")
        let out = folder.appendingPathComponent("h.pdf")
        let missing = try CommandRunner.run(["handout", "networks/muehlenviertel-2026", "--since", "networks/no-such-quarter",
                                             "-o", out.path])
        #expect(missing.status == 74)
        #expect(missing.stderr.contains("no-such-quarter"))
        #expect(!FileManager.default.fileExists(atPath: out.path))

        // An earlier snapshot whose ties name an actor that does not exist: bad data.
        let broken = folder.appendingPathComponent("broken")
        try FileManager.default.createDirectory(at: broken, withIntermediateDirectories: true)
        let source = Repository.network("muehlenviertel")
        for file in ["network.yaml", "actors.csv", "ties.csv"] {
            try FileManager.default.copyItem(at: source.appendingPathComponent(file), to: broken.appendingPathComponent(file))
        }
        var ties = try String(contentsOf: broken.appendingPathComponent("ties.csv"), encoding: .utf8)
        ties += "qm-buero,Niemand Bekanntes,Kooperation,2,,,,,\n"
        try ties.write(to: broken.appendingPathComponent("ties.csv"), atomically: true, encoding: .utf8)
        let bad = try CommandRunner.run(["handout", "networks/muehlenviertel-2026", "--since", broken.path, "-o", out.path])
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("ties.csv"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
