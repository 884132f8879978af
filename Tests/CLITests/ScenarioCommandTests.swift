import Foundation
import TestSupport
import Testing

/// End to end: the real binary on the example quarter and its 2026 snapshot.
@Suite("whatif, diff and convert, run as a user would")
struct ScenarioCommandTests {
    static let quarter = "networks/muehlenviertel"
    static let later = "networks/muehlenviertel-2026"

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func whatifWithoutTheQMOffice() throws {
        let r = try CommandRunner.run(["whatif", Self.quarter, "--remove", "qm-buero", "--format", "json"])
        #expect(r.status == 0)
        let doc = try json(r.stdout)
        #expect(doc["schema"] as? String == "network-map/whatif@1")
        #expect(doc["removed"] as? [String] == ["qm-buero"])
        let before = try #require(doc["before"] as? [String: Any]), after = try #require(doc["after"] as? [String: Any])
        #expect(before["mainComponent"] as? Int == 135)
        #expect(after["mainComponent"] as? Int == 120)
        let cut = try #require(doc["cutOff"] as? [[String: Any]])
        // 135 in the main part before: 1 leaves, 120 stay together, 14 are cut off.
        #expect(cut.map { $0["size"] as? Int ?? 0 }.reduce(0, +) == 14)
        #expect(cut.first?["lead"] as? String == "ni-nord")
        #expect(doc["pairsLost"] as? Int == 14 * 120)
        // Private persons are pseudonymised unless asked.
        #expect(!r.stdout.contains("Olga P."))
    }

    @Test func whatifMendsWithAPlannedTie() throws {
        let r = try CommandRunner.run(["whatif", Self.quarter, "--remove", "Quartiersmanagement Mühlenviertel",
                                          "--add", "ni-nord -- nachbarschaftshaus", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try json(r.stdout)
        let after = try #require(doc["after"] as? [String: Any])
        #expect(after["mainComponent"] as? Int == 134)
        #expect((doc["cutOff"] as? [Any])?.isEmpty == true)
    }

    @Test func whatifUnknownActorIsAUsageError() throws {
        // The example quarter speaks German; --lang en switches the message.
        let r = try CommandRunner.run(["whatif", Self.quarter, "--remove", "Kita Sonnenschien"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("Fehler: --remove „Kita Sonnenschien“ ist kein Akteur von Mühlenviertel. Meinten Sie „Kita Sonnenschein“?"))
        #expect(r.stdout.isEmpty)
        let en = try CommandRunner.run(["whatif", Self.quarter, "--remove", "qm-bro", "--lang", "en"])
        #expect(en.status == 64)
        #expect(en.stderr.contains("error: --remove \"qm-bro\" names no actor of Mühlenviertel. Did you mean \"qm-buero\"?"))
        let m = try CommandRunner.run(["whatif", Self.quarter, "--add", "qm-buero"])
        #expect(m.status == 64)
    }

    @Test func whatifReportsInGermanMarkdown() throws {
        let r = try CommandRunner.run(["whatif", Self.quarter, "--remove", "qm-buero"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("# Was wäre, wenn … – Mühlenviertel\n"))
        #expect(r.stdout.contains("**Gruppe um Nachbarschaftsinitiative Nord** (14 Akteure"))
        #expect(r.stdout.contains("## Erreichbarkeit nach Akteurstyp"))
    }

    @Test func diffOfTwoSnapshots() throws {
        let r = try CommandRunner.run(["diff", Self.quarter, Self.later, "--format", "json"])
        #expect(r.status == 0)
        let doc = try json(r.stdout)
        #expect(doc["schema"] as? String == "network-map/diff@1")
        #expect((doc["old"] as? [String: Any])?["actors"] as? Int == 147)
        #expect((doc["new"] as? [String: Any])?["actors"] as? Int == 151)
        let added = try #require(doc["addedActors"] as? [String]), lost = try #require(doc["lostActors"] as? [String])
        #expect(added.count == 6 && lost.count == 2)
        #expect(added.contains("energieberatung") || added.contains { $0.hasPrefix("energieberatung") })
        let closed = try #require(doc["gapsClosed"] as? [[String: Any]])
        #expect(closed.contains { $0["kind"] as? String == "uncoveredTheme" })
        let made = try #require(doc["introductionsMade"] as? [[String: Any]])
        #expect(!made.isEmpty)
        // The same person keeps the same pseudonym in both snapshots: no private actor appears as both lost and added.
        #expect(Set(added).intersection(lost).isEmpty)
    }

    @Test func diffAsOfTwoDates() throws {
        let r = try CommandRunner.run(["diff", Self.later, "--as-of", "2025-10-01", "--to", "2026-10-01", "--format", "txt", "--lang", "en"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("What changed: Mühlenviertel (2025-10-01) → Mühlenviertel (2026-10-01)"))
        let bad = try CommandRunner.run(["diff", Self.later, "--as-of", "gestern"])
        #expect(bad.status == 64)
    }

    @Test(arguments: ["graphml", "gexf"])
    func convertRoundTripThroughTheBinary(format: String) throws {
        let folder = try Repository.scratchFolder("convert")
        let file = folder.appendingPathComponent("m.\(format)").path
        let write = try CommandRunner.run(["convert", Self.quarter, "--to", format, "--show-private", "-o", file])
        #expect(write.status == 0)
        let original = try CommandRunner.run(["convert", Self.quarter, "--to", "json", "--show-private"])
        let again = try CommandRunner.run(["convert", file, "--to", "json", "--show-private"])
        #expect(again.status == 0)
        #expect(again.stdout == original.stdout)
        #expect(original.stdout.contains("\"schema\": \"network-map/network@1\""))
        let hidden = try CommandRunner.run(["convert", Self.quarter, "--to", format])
        #expect(!hidden.stdout.contains("Olga P.") && hidden.stdout.contains("person-1"))
    }

    @Test func convertRefusesBrokenXML() throws {
        let folder = try Repository.scratchFolder("convert")
        let file = folder.appendingPathComponent("broken.gexf")
        try Data("<gexf>\n<graph>\n<nodes>\n<node id=\"a\">\n".utf8).write(to: file)
        // No network.yaml: the messages follow the locale, so pin it.
        let r = try CommandRunner.run(["convert", file.path, "--to", "json"], environment: ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "C.UTF-8"])
        #expect(r.status == 65)
        #expect(r.stderr.contains("broken.gexf, line"))
        let de = try CommandRunner.run(["convert", file.path, "--to", "json"], environment: ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "de_DE.UTF-8"])
        #expect(de.status == 65)
        #expect(de.stderr.contains("broken.gexf, Zeile"))
        let dot = try CommandRunner.run(["convert", Self.quarter, "--to", "dot"])
        #expect(dot.status == 0 && dot.stdout.contains("graph \"Mühlenviertel\" {"))
    }
}
