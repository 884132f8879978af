import Foundation
import TestSupport
import Testing

/// End to end: `whatif` and `diff` drawing maps, run as a user would on the example quarter.
///
/// Expected actors confirmed independently with networkx 3.6.1 (2026-11-25): loading
/// networks/muehlenviertel/{actors,ties}.csv with csv.DictReader, dropping ties ended before the data's date
/// (2025-10-01) and conflict ties (not channels, as in Graph), `G.remove_node("qm-buero")`: the main component
/// of 135 falls into 120 and 14 actors, all of area "Hochhaussiedlung Nord" (seven organisations and seven
/// residents, private persons 1-7 in input order); qm-buero has 49 ties active on that date (50 rows; its tie
/// to the Mieterverein ended in 2022). The new actors of the 2026 snapshot
/// are the ids of muehlenviertel-2026/actors.csv missing from muehlenviertel/actors.csv (the one resident among
/// them is the 30th private person, after the old snapshot's 29).
@Suite("whatif and diff maps, run as a user would", .serialized)
struct ScenarioMapCommandTests {
    static let quarter = "networks/muehlenviertel"
    static let later = "networks/muehlenviertel-2026"
    static let hochhaussiedlungNord = [
        "flohmarkt-nord", "hg-turm7", "hg-turm9", "mieterbeirat-nord", "mietertreff-nord", "ni-nord",
        "spielplatzpaten-nord", "person-1", "person-2", "person-3", "person-4", "person-5", "person-6", "person-7",
    ]
    static let newIn2026 = ["person-30", "energieberatung", "coworking", "nachbarschaftscafe-nord", "lastenrad",
                            "kita-muehlenzwerge"]

    /// The SVG with Graphviz's `&#45;` turned back into hyphens.
    static func svg(_ result: Subprocess.Result) -> String {
        result.stdout.replacingOccurrences(of: "&#45;", with: "-")
    }

    /// The class attribute of the actor's node group.
    static func classes(ofActor id: String, in svg: String) -> [String] {
        guard let start = svg.range(of: "<g id=\"actor-\(id)\" class=\"") else { return [] }
        let rest = svg[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return [] }
        return rest[..<end].split(separator: " ").map(String.init)
    }

    /// Ids of the actors whose node carries the class.
    static func actors(withClass mark: String, in svg: String) -> Set<String> {
        var found = Set<String>()
        var search = svg[...]
        while let start = search.range(of: "<g id=\"actor-") {
            let rest = search[start.upperBound...]
            guard let idEnd = rest.firstIndex(of: "\""), let classStart = rest.range(of: "class=\"") else { break }
            let classEnd = rest[classStart.upperBound...].firstIndex(of: "\"") ?? rest.endIndex
            if rest[classStart.upperBound..<classEnd].split(separator: " ").contains(Substring(mark)) {
                found.insert(String(rest[..<idEnd]))
            }
            search = rest[classEnd...]
        }
        return found
    }

    /// All text of the drawing, lines joined by spaces (captions are wrapped onto several lines).
    static func text(_ svg: String) -> String {
        svg.components(separatedBy: "<text").dropFirst().compactMap { part -> String? in
            guard let open = part.firstIndex(of: ">"), let close = part.range(of: "</text>") else { return nil }
            return String(part[part.index(after: open)..<close.lowerBound])
        }.joined(separator: " ").replacingOccurrences(of: "&amp;", with: "&")
    }

    static func ties(withClass mark: String, in svg: String) -> Int {
        svg.components(separatedBy: "class=\"edge tie ").dropFirst()
            .filter { $0.prefix { $0 != "\"" }.split(separator: " ").contains(Substring(mark)) }.count
    }

    @Test func whatifDrawsTheLossOfTheQMOffice() throws {
        let r = try CommandRunner.run(["whatif", Self.quarter, "--remove", "qm-buero", "--format", "svg", "-o", "-"])
        #expect(r.status == 0, "\(r.stderr)")
        let svg = Self.svg(r)
        #expect(svg.hasPrefix("<?xml"))
        #expect(Self.classes(ofActor: "qm-buero", in: svg).contains("mark-removed"))
        #expect(Self.actors(withClass: "mark-removed", in: svg) == ["qm-buero"])
        #expect(Self.actors(withClass: "mark-cut-off", in: svg) == Set(Self.hochhaussiedlungNord))
        #expect(Self.ties(withClass: "mark-lost", in: svg) == 49)
        #expect(Self.ties(withClass: "mark-planned", in: svg) == 0)
        #expect(svg.contains("✕\u{00A0}Quartiersmanagement"))
        // Legend: only the marks present; captions say what breaks.
        #expect(svg.contains("fällt weg (grau, rot gestrichelt)"))
        #expect(svg.contains("verliert den Anschluss (dicker dunkelroter Rand)"))
        #expect(!svg.contains("geplante Beziehung (blau gestrichelt)"))
        #expect(Self.text(svg).contains("Was kann abgelesen werden?"))
        #expect(Self.text(svg).contains("Gruppe um Nachbarschaftsinitiative Nord (14 Akteure"))
        #expect(Self.text(svg).contains("120 Akteure"))
        #expect(!svg.contains("Olga P."))
    }

    @Test func whatifDrawsPlannedTiesAndWhatTheyKeep() throws {
        let r = try CommandRunner.run(["whatif", Self.quarter, "--remove", "qm-buero", "--add", "ni-nord -- nachbarschaftshaus",
                                       "--format", "svg", "--lang", "en", "-o", "-"])
        #expect(r.status == 0, "\(r.stderr)")
        let svg = Self.svg(r)
        #expect(Self.ties(withClass: "mark-planned", in: svg) == 1)
        #expect(Self.actors(withClass: "mark-cut-off", in: svg).isEmpty)
        #expect(svg.contains("planned tie (blue dashed)"))
        #expect(!svg.contains("cut off (thick dark red outline)"))
        #expect(Self.text(svg).contains("The planned ties keep 14 actors in the network who would be cut off without them"))
    }

    @Test func whatifMapFormatsFollowTheOutputFileAndDefaultToOutputFolder() throws {
        let folder = try Repository.scratchFolder("whatif-map")
        defer { try? FileManager.default.removeItem(at: folder) }
        let network = Repository.root.appendingPathComponent(Self.quarter).path
        let png = folder.appendingPathComponent("loss.png").path
        let r = try CommandRunner.run(["whatif", network, "--remove", "qm-buero", "-o", png])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: png)).prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
        let d = try CommandRunner.run(["whatif", network, "--remove", "qm-buero", "--format", "pdf"], in: folder)
        #expect(d.status == 0, "\(d.stderr)")
        let pdf = try Data(contentsOf: folder.appendingPathComponent("output/muehlenviertel-whatif.pdf"))
        #expect(pdf.prefix(4) == Data("%PDF".utf8))
        #expect(d.stderr.contains("output/muehlenviertel-whatif.pdf"))
        // A text report stays the default.
        let md = try CommandRunner.run(["whatif", network, "--remove", "qm-buero"], in: folder)
        #expect(md.stdout.hasPrefix("# Was wäre, wenn"))
    }

    @Test func diffMarksTheNewActorsAndTies() throws {
        let r = try CommandRunner.run(["diff", Self.quarter, Self.later, "--format", "svg", "-o", "-"])
        #expect(r.status == 0, "\(r.stderr)")
        let svg = Self.svg(r)
        #expect(Self.actors(withClass: "mark-added", in: svg) == Set(Self.newIn2026))
        #expect(Self.classes(ofActor: "energieberatung", in: svg).contains("mark-added"))
        // 38 new ties (as the JSON report counts them); one is the introduction suggested last year.
        #expect(Self.ties(withClass: "mark-added", in: svg) == 38)
        #expect(Self.ties(withClass: "mark-introduced", in: svg) == 1)
        #expect(Self.actors(withClass: "mark-removed", in: svg).isEmpty)
        #expect(svg.contains("neu (doppelter Rand)"))
        #expect(svg.contains("Vorschlag umgesetzt (lila, Punkte an den Enden)"))
        // Lost actors are not on the map of the new state: the caption names them.
        #expect(!svg.contains("id=\"actor-buchhandlung\""))
        #expect(Self.text(svg).contains("Nicht mehr dabei (daher nicht auf der Karte): Buchhandlung Seitenwind"))
    }

    @Test func diffOnTwoDatesDrawsLostTiesAndDefaultsToOutputFolder() throws {
        let folder = try Repository.scratchFolder("diff-map")
        defer { try? FileManager.default.removeItem(at: folder) }
        let network = Repository.root.appendingPathComponent(Self.later).path
        let r = try CommandRunner.run(["diff", network, "--as-of", "2025-10-01", "--to", "2026-10-01", "--format", "svg",
                                       "--lang", "en"], in: folder)
        #expect(r.status == 0, "\(r.stderr)")
        let svg = try String(contentsOf: folder.appendingPathComponent("output/muehlenviertel-2026-diff.svg"), encoding: .utf8)
            .replacingOccurrences(of: "&#45;", with: "-")
        let json = try CommandRunner.run(["diff", network, "--as-of", "2025-10-01", "--to", "2026-10-01", "--format", "json"])
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let lost = (doc["lostTies"] as? [Any])?.count ?? -1
        #expect(lost > 0)
        // Every actor is in both states here, so every lost tie can be drawn.
        #expect(Self.ties(withClass: "mark-lost", in: svg) == lost)
        #expect(Self.ties(withClass: "mark-added", in: svg) == (doc["addedTies"] as? [Any])?.count)
        #expect(svg.contains("lost tie (grey dotted)"))
        #expect(!svg.contains("new (double outline)"))
    }

    @Test(arguments: [["whatif", quarter, "--remove", "qm-buero"], ["diff", quarter, later]])
    func sameInputGivesTheSameMap(command: [String]) throws {
        for format in ["svg", "pdf"] {
            let first = try CommandRunner.run(command + ["--format", format, "-o", "-"])
            let second = try CommandRunner.run(command + ["--format", format, "-o", "-"])
            #expect(first.status == 0)
            #expect(first.stdoutData.count > 10_000)
            #expect(first.stdoutData == second.stdoutData, "\(command[0]) \(format) differs between two runs")
        }
    }
}
