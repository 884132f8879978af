import Foundation
import NetworkMap
import TestSupport
import Testing

/// `network-map merge` through the real binary, on the interviews of `Tests/NetworkMapTests/Fixtures/merge` and
/// against their `truth.json` (written by `make_interviews.py` from the example quarter).
@Suite("network-map merge", .serialized)
struct MergeCommandTests {
    static let fixture = Repository.root.appendingPathComponent("Tests/NetworkMapTests/Fixtures/merge")
    static var interviews: [String] {
        let folder = fixture.appendingPathComponent("interviews")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0).path }
    }
    static var aliases: String { fixture.appendingPathComponent("aliases.csv").path }

    /// The parts of `truth.json` these tests compare with.
    struct Truth: Decodable {
        struct Actor: Decodable { var id: String; var mergedName: String }
        struct Tie: Decodable {
            var source: String
            var target: String
            var kind: String
            var reportedBy: [String]
            var confirmation: String
        }
        struct Pair: Decodable { var first: String; var second: String }
        var actors: [Actor]
        var ties: [Tie]
        var counts: [String: Int]
        var proposalsRequired: [Pair]
        var proposalsForbidden: [Pair]
    }

    static func truth() throws -> Truth {
        try JSONDecoder().decode(Truth.self, from: Data(contentsOf: fixture.appendingPathComponent("truth.json")))
    }

    static func files(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    static func text(_ folder: URL, _ name: String) throws -> String {
        String(decoding: try Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self)
    }

    @Test func withTheAliasesTheQuarterComesBackWithItsConfirmations() throws {
        let out = try Repository.scratchFolder("merge-cli").appendingPathComponent("merged")
        let run = try CommandRunner.run(["merge"] + Self.interviews + ["--aliases", Self.aliases, "-o", out.path, "--lang", "de"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("147 Akteure, 398 Beziehungen"))
        let truth = try Self.truth()
        let merged = try NetworkLoader.load(from: out).network
        #expect(merged.actors.count == truth.actors.count)
        #expect(merged.ties.count == truth.ties.count)
        // Merged ids may be derived where the sources had none; the merged names are the truth's.
        #expect(Set(merged.actors.map(\.name)) == Set(truth.actors.map(\.mergedName)))
        let name = Dictionary(uniqueKeysWithValues: truth.actors.map { ($0.id, $0.mergedName) })
        var expected: [String: (Set<String>, String)] = [:]
        for tie in truth.ties {
            let kind = TieKind(named: tie.kind, custom: merged.customTieKinds)?.rawValue ?? tie.kind
            let ends = [name[tie.source] ?? tie.source, name[tie.target] ?? tie.target].sorted()
            expected[ends.joined(separator: " / ") + " " + kind] = (Set(tie.reportedBy), tie.confirmation)
        }
        #expect(expected.count == truth.ties.count)
        var counts: [String: Int] = [:]
        for tie in merged.ties {
            let key = [merged.actors[tie.source].name, merged.actors[tie.target].name].sorted().joined(separator: " / ") + " " + tie.kind.rawValue
            let reporters = Set((tie.reportedBy ?? "").components(separatedBy: " | "))
            #expect(expected[key]?.0 == reporters, "\(key)")
            #expect(expected[key]?.1 == tie.confirmation?.rawValue, "\(key)")
            counts[tie.confirmation?.rawValue ?? "none", default: 0] += 1
        }
        #expect(counts == truth.counts)
        // The report counts the same and says how many ties rest on one side's word.
        let report = try Self.text(out, "merge-report.md")
        #expect(report.contains("- **bestätigt**: \(truth.counts["confirmed"] ?? -1) –"))
        #expect(report.contains("- **einseitig**: \(truth.counts["one-sided"] ?? -1) –"))
        #expect(report.contains("Vorsicht: 394 von 398 Beziehungen beruhen auf dem Wort einer Seite. 7 davon"))
        // The aliases used are kept in the new folder, which every load applies.
        #expect(try Self.text(out, "aliases.csv").contains("QM-Büro;Quartiersmanagement Mühlenviertel"))
    }

    @Test func withoutAliasesTheLookAlikesAreProposedAndNotMerged() throws {
        let out = try Repository.scratchFolder("merge-cli").appendingPathComponent("proposed")
        let run = try CommandRunner.run(["merge"] + Self.interviews + ["-o", out.path, "--lang", "en", "--show-private"])
        #expect(run.status == 0, "\(run.stderr)")
        let report = try Self.text(out, "merge-report.md")
        let proposals = report.components(separatedBy: "## Proposals")[1].components(separatedBy: "## ")[0]
        let truth = try Self.truth()
        for pair in truth.proposalsRequired {
            #expect(proposals.split(separator: "\n").contains { $0.contains("\"\(pair.first)\"") && $0.contains("\"\(pair.second)\"") },
                    "\(pair.first) / \(pair.second)")
        }
        for pair in truth.proposalsForbidden {
            #expect(!proposals.split(separator: "\n").contains { $0.contains("\"\(pair.first)\"") && $0.contains("\"\(pair.second)\"") })
        }
        let merged = try NetworkLoader.load(from: out).network
        #expect(merged.actors.contains { $0.name == "Kita Regenbogen" } && merged.actors.contains { $0.name == "Ev. Kita Regenbogen" })
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("aliases.csv").path))
        #expect(try Self.text(out, "ties.csv").hasPrefix("\u{FEFF}source,target,kind,strength,directed,since,until,reported_by,notes,confirmation"))
    }

    @Test func theOrderOfTheSourcesAndASecondMergeChangeNoByte() throws {
        let scratch = try Repository.scratchFolder("merge-cli")
        let first = scratch.appendingPathComponent("a"), reversed = scratch.appendingPathComponent("b")
        let again = scratch.appendingPathComponent("c")
        #expect(try CommandRunner.run(["merge"] + Self.interviews + ["--aliases", Self.aliases, "-o", first.path]).status == 0)
        let other = Array(Self.interviews.reversed())
        #expect(try CommandRunner.run(["merge"] + other + ["--aliases", Self.aliases, "-o", reversed.path]).status == 0)
        #expect(try Self.files(first) == Self.files(reversed))
        // The merged network merged again (its aliases.csv applied by the load) is the same network.
        #expect(try CommandRunner.run(["merge", first.path, "-o", again.path]).status == 0)
        for name in ["actors.csv", "ties.csv", "network.yaml", "aliases.csv"] {
            #expect(try Self.text(first, name) == Self.text(again, name), "\(name)")
        }
    }

    @Test func nextMonthsInterviewMatchesByTheKeptAliases() throws {
        let scratch = try Repository.scratchFolder("merge-cli")
        let first = scratch.appendingPathComponent("march")
        #expect(try CommandRunner.run(["merge"] + Self.interviews + ["--aliases", Self.aliases, "-o", first.path]).status == 0)
        let interview = scratch.appendingPathComponent("interview-qm")
        try FileManager.default.createDirectory(at: interview, withIntermediateDirectories: true)
        try "name;type\nQM-Büro;Institution\nKita Turmspatzn;Institution\n"
            .write(to: interview.appendingPathComponent("actors.csv"), atomically: true, encoding: .utf8)
        try "Von;An\nQM-Büro;Kita Turmspatzn\n".write(to: interview.appendingPathComponent("ties.csv"), atomically: true, encoding: .utf8)
        try "source: Interview QM Juni\nrespondent: QM-Büro\ndate: 2025-06-01\n"
            .write(to: interview.appendingPathComponent("network.yaml"), atomically: true, encoding: .utf8)
        let next = scratch.appendingPathComponent("june")
        let run = try CommandRunner.run(["merge", first.path, interview.path, "-o", next.path])
        #expect(run.status == 0, "\(run.stderr)")
        let merged = try NetworkLoader.load(from: next).network
        #expect(merged.actors.count == 147)
        let qm = try #require(merged.actors.firstIndex { $0.id == "qm-buero" })
        let kita = try #require(merged.actors.firstIndex { $0.id == "kita-turmspatzen" })
        let tie = try #require(merged.ties.first { Set([$0.source, $0.target]) == [qm, kita] })
        #expect(tie.reportedBy?.contains("Interview QM Juni") == true)
    }

    @Test func neverOverAnInputNorAnExistingFolderAndNothingOnBadSources() throws {
        let scratch = try Repository.scratchFolder("merge-cli")
        let sources = Self.interviews
        // Into an input.
        let into = try CommandRunner.run(["merge"] + sources + ["-o", sources[0], "--force"])
        #expect(into.status == 64)
        #expect(into.stderr.contains("overwrite") || into.stderr.contains("überschreiben"))
        // Onto an existing network: refused, then replaced with --force.
        let out = scratch.appendingPathComponent("existing")
        #expect(try CommandRunner.run(["merge", sources[0], "-o", out.path]).status == 0)
        let before = try Self.files(out)
        let refused = try CommandRunner.run(["merge"] + sources + ["-o", out.path, "--lang", "en"])
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("exists already") && refused.stderr.contains("--force"))
        #expect(try Self.files(out) == before)
        #expect(try CommandRunner.run(["merge"] + sources + ["-o", out.path, "--force"]).status == 0)
        #expect(try Self.files(out) != before)
        // A source that does not load: its errors with file and line, nothing written.
        let bad = scratch.appendingPathComponent("bad")
        try FileManager.default.createDirectory(at: bad, withIntermediateDirectories: true)
        try "name;type\nA;Vrein\n".write(to: bad.appendingPathComponent("actors.csv"), atomically: true, encoding: .utf8)
        let target = scratch.appendingPathComponent("never")
        let failed = try CommandRunner.run(["merge", sources[0], bad.path, "-o", target.path, "--lang", "en"])
        #expect(failed.status == 65)
        #expect(failed.stderr.contains("does not load") && failed.stderr.contains("actors.csv, line 2"), "\(failed.stderr)")
        #expect(failed.stderr.contains("Nothing was written."))
        #expect(!FileManager.default.fileExists(atPath: target.path))
        // A bad aliases file: its line, nothing written.
        let aliases = scratch.appendingPathComponent("aliases.csv")
        try "Alias;Akteur\nKita;\n".write(to: aliases, atomically: true, encoding: .utf8)
        let badAliases = try CommandRunner.run(["merge", sources[0], "--aliases", aliases.path, "-o", target.path, "--lang", "de"])
        #expect(badAliases.status == 65)
        #expect(badAliases.stderr.contains("aliases.csv, Zeile 2") && badAliases.stderr.contains("„Akteur“ ist leer"), "\(badAliases.stderr)")
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }

    @Test func theReportNamesNoPrivatePersonUnlessAsked() throws {
        let scratch = try Repository.scratchFolder("merge-cli")
        let quarter = try NetworkLoader.load(from: Repository.network("muehlenviertel")).network
        let names = quarter.actors.filter(\.isPrivate).map(\.name)
        #expect(names.contains("Jürgen K.") && names.contains("Olga P."))
        let hidden = scratch.appendingPathComponent("hidden"), shown = scratch.appendingPathComponent("shown")
        #expect(try CommandRunner.run(["merge"] + Self.interviews + ["-o", hidden.path]).status == 0)
        #expect(try CommandRunner.run(["merge"] + Self.interviews + ["-o", shown.path, "--show-private"]).status == 0)
        let report = try Self.text(hidden, "merge-report.md")
        #expect(names.filter { report.contains($0) } == [])
        #expect(report.contains("Interview mit Bewohner:in"))
        let named = try Self.text(shown, "merge-report.md")
        #expect(named.contains("Jürgen K.") && named.contains("Olga P."))
        // The merged files are the user's data and keep the names.
        #expect(try Self.text(hidden, "actors.csv").contains("Olga P."))
    }

    /// `--interactive` through a real terminal: `script` (util-linux) gives the command a pseudo-terminal and
    /// types the answers into it.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func interactiveAnswersBecomeTheNewFoldersAliases() throws {
        let scratch = try Repository.scratchFolder("merge-cli")
        let out = scratch.appendingPathComponent("asked")
        func quote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let command = ([CommandRunner.binary.path, "merge"] + Self.interviews
            + ["-o", out.path, "--interactive", "--show-private", "--lang", "de"]).map(quote).joined(separator: " ")
        // Yes to the first, an answer it does not know, no to the second, yes to the third, then end of input.
        let typed = "printf 'j\\nvielleicht\\nn\\nj\\n' | /usr/bin/script -qec \(quote("test -t 0 && " + command)) /dev/null"
        let run = try Subprocess.run(URL(fileURLWithPath: "/bin/sh"), ["-c", typed])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("(1/5) Ist „Stadtteilbiblothek Mühlenviertel“ derselbe Akteur wie „Stadtteilbibliothek Mühlenviertel“?"))
        #expect(run.stdout.contains("Bitte antworten Sie mit j, n oder ü."))
        #expect(run.stdout.contains("2 Entscheidungen stehen in"))
        #expect(try Self.text(out, "aliases.csv") == "\u{FEFF}Alias;Akteur\r\nStadtteilbiblothek Mühlenviertel;Stadtteilbibliothek Mühlenviertel\r\n"
            + "Kita Turmspatzn;Kita Turmspatzen\r\n")
        // The answers are applied at once: the yes pairs are one actor, the no pair stays two.
        let merged = try NetworkLoader.load(from: out).network
        #expect(!merged.actors.contains { $0.name == "Kita Turmspatzn" || $0.name == "Stadtteilbiblothek Mühlenviertel" })
        #expect(merged.actors.contains { $0.name == "Kita Regenbogen" })
        let report = try Self.text(out, "merge-report.md")
        #expect(!report.contains("„Kita Turmspatzn“ /") && report.contains("„Ev. Kita Regenbogen“ / „Kita Regenbogen“"))
    }

    @Test func theAnalysisSaysWhatRestsOnOneSideAndTheMapDashesIt() throws {
        let out = try Repository.scratchFolder("merge-cli").appendingPathComponent("analysed")
        #expect(try CommandRunner.run(["merge"] + Self.interviews + ["--aliases", Self.aliases, "-o", out.path]).status == 0)
        let loaded = try NetworkLoader.load(from: out).network
        let active = loaded.date.map { loaded.asOf($0) } ?? loaded
        let confirmed = active.ties.filter { $0.confirmation == .confirmed }.count
        let oneSided = active.ties.filter { $0.confirmation == .oneSided }.count
        let report = try CommandRunner.run(["report", out.path, "--show-private", "--format", "md", "-o", "-"])
        #expect(report.status == 0)
        #expect(report.stdout.contains("\(active.ties.count - confirmed) von \(active.ties.count) Beziehungen beruhen auf dem Wort einer Seite: "
            + "\(confirmed) sind von beiden Seiten bestätigt, \(oneSided) einseitig"), "\(report.stdout)")
        let handout = try CommandRunner.run(["handout", out.path, "--show-private", "-o", out.deletingLastPathComponent().appendingPathComponent("h.pdf").path])
        #expect(handout.status == 0, "\(handout.stderr)")
        let text = try Poppler.run("pdftotext", [], file: out.deletingLastPathComponent().appendingPathComponent("h.pdf"))
        #expect(text.replacingOccurrences(of: "\n", with: " ").contains("beruhen auf dem Wort einer Seite"))
        // The map: every tie not confirmed from both sides dashed, and no other.
        func dashedEdges(_ extra: [String]) throws -> (edges: Int, dashed: Int) {
            let run = try CommandRunner.run(["render", out.path, "--show-private", "--format", "dot", "-o", "-"] + extra)
            // The tie edges, not the legend's samples (whose ends are "legend-…" nodes).
            let blocks = run.stdout.components(separatedBy: "];").filter { $0.contains(" -> ") && !$0.contains("legend") }
            return (blocks.count, blocks.filter { $0.contains("style=dashed") }.count)
        }
        let marked = try dashedEdges(["--highlight", "unconfirmed"])
        #expect(marked.edges == active.ties.count)
        #expect(marked.dashed == active.ties.count - confirmed)
        #expect(try dashedEdges(["--highlight", "brokers"]).dashed == 0)
    }
}
