import Foundation
import TestSupport
import Testing

/// Issue 11, finding 9: a map larger than Graphviz lays out in reasonable time is refused with advice.
///
/// `render` of 50,000 actors gave no answer after 180 s; a complete graph of 1,500 actors made a 391 MB SVG in
/// nearly 3 minutes. Now both exit 64 before any layout, and a part of the same network is still drawn.
@Suite("Map size limits", .serialized)
struct MapSizeCommandTests {
    /// A network of `count` actors, tied by `ties` (pairs of indices).
    static func network(_ name: String, actors count: Int, ties: [(Int, Int)]) throws -> URL {
        let folder = try Repository.scratchFolder("map-size").appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let actors = "id,name,type\n" + (0..<count).map { "a\($0),Actor \($0),association\n" }.joined()
        let tieRows = "from,to,kind\n" + ties.map { "a\($0.0),a\($0.1),cooperation\n" }.joined()
        try Data(actors.utf8).write(to: folder.appendingPathComponent("actors.csv"))
        try Data(tieRows.utf8).write(to: folder.appendingPathComponent("ties.csv"))
        return folder
    }

    @Test(.timeLimit(.minutes(3))) func tooManyActorsAreRefusedAndAPartIsDrawn() throws {
        // One tie, so the network has ties at all; 5,001 actors are one more than a map is drawn with.
        let folder = try Self.network("many-actors", actors: 5_001, ties: [(0, 1)])
        let map = folder.deletingLastPathComponent().appendingPathComponent("many.svg")
        let r = try CommandRunner.run(["render", folder.path, "-o", map.path, "--lang", "en"])
        #expect(r.status == 64, "\(r.stderr.suffix(400))")
        #expect(r.stderr.contains("The map would show 5001 actors and 1 ties; a map is drawn with at most 5000 actors"))
        #expect(r.stderr.contains("--focus ACTOR --depth 1"))
        #expect(!FileManager.default.fileExists(atPath: map.path))

        let whatif = try CommandRunner.run(["whatif", folder.path, "--add", "a2 -- a3", "--format", "svg", "-o", map.path,
                                            "--lang", "de"])
        #expect(whatif.status == 64, "\(whatif.stderr.suffix(400))")
        #expect(whatif.stderr.contains("Die Karte würde 5001 Akteure"))
        #expect(whatif.stderr.contains("höchstens 5000 Akteuren und 50000 Beziehungen"))
        #expect(!FileManager.default.fileExists(atPath: map.path))

        let part = try CommandRunner.run(["render", folder.path, "--focus", "a0", "--depth", "1", "-o", map.path])
        #expect(part.status == 0, "\(part.stderr.suffix(400))")
        let svg = try String(contentsOf: map, encoding: .utf8)
        #expect(svg.contains("Actor 0") && svg.contains("Actor 1") && !svg.contains("Actor 2<"))
    }

    @Test(.timeLimit(.minutes(3))) func tooManyTiesAreRefused() throws {
        // A complete graph of 317 actors has 317 * 316 / 2 = 50,086 ties.
        let pairs = (0..<317).flatMap { a in ((a + 1)..<317).map { (a, $0) } }
        #expect(pairs.count == 50_086)
        let folder = try Self.network("many-ties", actors: 317, ties: pairs)
        let r = try CommandRunner.run(["render", folder.path, "-o", "-", "--lang", "en"])
        #expect(r.status == 64, "\(r.stderr.suffix(400))")
        #expect(r.stderr.contains("317 actors and 50086 ties"))
        #expect(r.stdout.isEmpty)
    }
}
