import Foundation
import GraphvizMap
import NetworkMap
import Reports
import TestSupport
import Testing
import Wording

/// The stakeholder matrix as a reader checks it: every rated actor where its ratings put it, in the field the
/// independent Python computation names, no name over another name or over a marker, equal ratings visible,
/// and the drawing where the layout says, in the same bytes every time.
@Suite("Stakeholder matrix layout and drawing", .serialized)
struct MatrixTests {
    /// The example quarter as the command line analyses it (pseudonymised).
    static func quarter(_ language: Language = .de) throws -> (Network, Analysis) {
        let network = try NetworkLoader.load(from: Repository.network("muehlenviertel")).network
        return (network, network.analysed(language, showingPrivateNames: false))
    }

    /// Each actor's field (or `nil` when unrated) from Tests/NetworkMapTests/Fixtures/stakeholders, which
    /// make_fixture.py computed from the spreadsheets with Python's csv module.
    static func fixtureQuadrants() throws -> [String: String?] {
        struct Fixture: Decodable {
            struct Entry: Decodable { let id: String; let quadrant: String? }
            let stakeholders: [Entry]
        }
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("NetworkMapTests/Fixtures/stakeholders/muehlenviertel.json")
        let fixture = try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
        return Dictionary(uniqueKeysWithValues: fixture.stakeholders.map { ($0.id, $0.quadrant) })
    }

    /// `count` rated actors on a star-and-chain network, ratings in whole numbers from a seeded generator: many
    /// share both ratings, as in real rating workshops.
    static func crowded(_ count: Int, seed: UInt64 = 7) -> Network {
        var state = seed
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        let words = ["Nachbarschaftsinitiative", "Förderverein", "Mieterbeirat", "Jugendtreff", "Bäckerei", "Kita",
                     "Seniorenbüro", "Grundschule", "Kulturverein Brücke", "Sportverein Grün-Weiß", "Café", "Tafel"]
        let attitudes: [Attitude?] = [.supportive, .neutral, .opposed, nil]
        let actors = (0..<count).map { k in
            Actor(id: "a\(k)", name: "\(words[k % words.count]) \(k)", type: .association,
                  influence: Double(next(11)), interest: Double(next(11)), attitude: attitudes[next(4)])
        }
        let ties = (1..<count).map { Tie(source: $0 % 7 == 0 ? 0 : $0 - 1, target: $0) }
        return Network(name: "Gedrängt", actors: actors, ties: ties)
    }

    /// Where a rating lands inside the layout's data rectangle (y up).
    static func exact(_ point: MatrixSpec.Point, in layout: MatrixLayout) -> LayoutPoint {
        LayoutPoint(x: layout.data.x + point.interest / 10 * layout.data.width,
                    y: layout.data.y + point.influence / 10 * layout.data.height)
    }

    /// Names overlap neither each other nor any marker, markers sit at their ratings or, sharing them, within
    /// their cluster without covering each other.
    static func expectReadable(_ spec: MatrixSpec, _ layout: MatrixLayout, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let labels = layout.labels
        for i in labels.indices {
            #expect(layout.plot.contains(labels[i].box), "name outside the plot: \(labels[i].lines)", sourceLocation: sourceLocation)
            for j in labels.indices where j > i {
                #expect(labels[i].box.overlap(labels[j].box) < 0.01,
                        "\(labels[i].lines) over \(labels[j].lines)", sourceLocation: sourceLocation)
            }
            for p in layout.points {
                // The marker's disc against the name's box: the distance from its centre to the nearest point of
                // the box (markers of every shape fit in the disc).
                let box = labels[i].box
                let nearest = LayoutPoint(x: min(max(p.centre.x, box.x), box.maxX), y: min(max(p.centre.y, box.y), box.maxY))
                #expect(nearest.distance(to: p.centre) > p.radius - 0.5,
                        "\(labels[i].lines) over the marker of \(spec.points[p.index].label)", sourceLocation: sourceLocation)
            }
        }
        var byRating: [String: [MatrixLayout.PlacedPoint]] = [:]
        for p in layout.points {
            let point = spec.points[p.index]
            let exact = exact(point, in: layout)
            #expect(abs(p.exact.x - exact.x) < 1e-9 && abs(p.exact.y - exact.y) < 1e-9, sourceLocation: sourceLocation)
            #expect(p.centre.distance(to: p.exact) <= p.nudgeLimit + 1e-9, "\(point.label) moved too far", sourceLocation: sourceLocation)
            byRating["\(point.interest)|\(point.influence)", default: []].append(p)
        }
        for group in byRating.values where group.count > 1 {
            for i in group.indices {
                #expect(group[i].nudgeLimit > 0, sourceLocation: sourceLocation)
                for j in group.indices where j > i {
                    let gap = group[i].centre.distance(to: group[j].centre) - group[i].radius - group[j].radius
                    #expect(gap > -0.01, "equal ratings hide each other", sourceLocation: sourceLocation)
                }
            }
        }
        // Every point is named, numbered or listed: nobody silently disappears.
        let accounted = Set(labels.map(\.point)).union(layout.leftOut)
        #expect(accounted == Set(spec.points.indices), sourceLocation: sourceLocation)
    }

    @Test func exampleQuarterPlacesEveryRatedActorInTheFieldPythonFound() throws {
        let (network, analysis) = try Self.quarter()
        let spec = MatrixSpec(analysis, options: MatrixOptions(language: .de))
        let layout = MatrixRenderer.layout(spec)
        let quadrants = try Self.fixtureQuadrants()
        // 143 of 147 rated, as Python counted; the four without ratings are never placed (at 0 or anywhere).
        let rated = quadrants.filter { $0.value != nil }
        #expect(spec.points.count == rated.count)
        #expect(rated.count == 143)
        // Preparation keeps the actors' order and renames private persons: the fixture speaks of the file's ids.
        try #require(network.actors.count == analysis.network.actors.count)
        let fileID = Dictionary(uniqueKeysWithValues: zip(analysis.network.actors.map(\.id), network.actors.map(\.id)))
        #expect(Set(spec.points.compactMap { fileID[$0.id] }) == Set(rated.keys))
        let unrated = network.actors.indices.filter { quadrants[network.actors[$0].id] == .some(nil) }
            .map { analysis.network.actors[$0].name }
        #expect(unrated.count == 4)
        let notes = spec.notes.map(\.text).joined(separator: " ")
        for name in unrated { #expect(notes.contains(name), "unrated actor not listed: \(name)") }
        // The field each marker's exact place lies in is the field Python found for its ratings.
        let middle = LayoutPoint(x: layout.data.x + layout.data.width / 2, y: layout.data.y + layout.data.height / 2)
        for p in layout.points {
            let point = spec.points[p.index]
            let high = (influence: p.exact.y >= middle.y - 1e-9, interest: p.exact.x >= middle.x - 1e-9)
            let field: Quadrant = high.influence ? (high.interest ? .keyPlayer : .keepSatisfied)
                                                 : (high.interest ? .keepInformed : .monitor)
            #expect(quadrants[fileID[point.id] ?? ""] == .some(field.rawValue), "\(point.id) drawn in \(field)")
        }
        Self.expectReadable(spec, layout)
        // The planted findings carry their names in bold on the chart.
        for id in ["gewerbeverein", "gemeinschaftsgarten", "stadtteilmuetter", "mietertreff-nord"] {
            let index = try #require(spec.points.firstIndex { $0.id == id })
            let label = try #require(layout.labels.first { $0.point == index }, "\(id) has no name on the chart")
            #expect(label.bold && label.number == nil)
        }
    }

    @Test(arguments: [40, 200])
    func crowdedNetworksStayReadable(_ count: Int) {
        let network = Self.crowded(count)
        let spec = MatrixSpec(network.analysed(.de), options: MatrixOptions(language: .de))
        #expect(spec.points.count == count)
        let layout = MatrixRenderer.layout(spec)
        Self.expectReadable(spec, layout)
        // Readable means most names are on the chart, not in a list under it.
        #expect(Double(layout.labels.count) >= 0.75 * Double(count), "\(layout.labels.count) of \(count) named")
    }

    /// The centre of a marker group in the SVG (Graphviz's y grows downwards), from its first shape.
    static func centres(_ svg: String) -> [String: (Double, Double)] {
        var result: [String: (Double, Double)] = [:]
        let groups = svg.components(separatedBy: "<g id=\"matrix&#45;actor&#45;").dropFirst()
        for whole in groups {
            // The group's own shapes end with its link.
            let group = whole.components(separatedBy: "</a>")[0]
            guard let end = group.firstIndex(of: "\"") else { continue }
            let id = String(group[..<end]).replacingOccurrences(of: "&#45;", with: "-")
            if let e = group.range(of: "<ellipse"), let cx = Self.attribute("cx", in: group[e.upperBound...]),
               let cy = Self.attribute("cy", in: group[e.upperBound...]) {
                result[id] = (cx, cy)
            } else if let p = group.range(of: "points=\"") {
                let numbers = group[p.upperBound...].prefix { $0 != "\"" }.split(whereSeparator: { $0 == " " || $0 == "," })
                    .compactMap { Double($0) }
                let xs = stride(from: 0, to: numbers.count, by: 2).map { numbers[$0] }
                let ys = stride(from: 1, to: numbers.count, by: 2).map { numbers[$0] }
                guard let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(), let maxY = ys.max() else { continue }
                result[id] = ((minX + maxX) / 2, (minY + maxY) / 2)
            }
        }
        return result
    }

    static func attribute(_ name: String, in text: Substring) -> Double? {
        guard let r = text.range(of: " \(name)=\"") else { return nil }
        return Double(text[r.upperBound...].prefix { $0 != "\"" })
    }

    @Test func theSVGDrawsEveryMarkerWhereTheLayoutPutsIt() throws {
        let (original, analysis) = try Self.quarter()
        let spec = MatrixSpec(analysis, options: MatrixOptions(language: .de))
        let layout = MatrixRenderer.layout(spec)
        let svg = String(decoding: try MatrixRenderer.render(spec, format: .svg), as: UTF8.self)
        let centres = Self.centres(svg)
        #expect(centres.count == spec.points.count)
        // One translation maps the layout (y up) onto the SVG (y down); triangles' boxes sit a little off centre.
        let first = try #require(layout.points.first)
        let anchor = try #require(centres[spec.points[first.index].id])
        let dx = anchor.0 - first.centre.x, dy = anchor.1 + first.centre.y
        for p in layout.points {
            let drawn = try #require(centres[spec.points[p.index].id])
            let tolerance = spec.points[p.index].attitude == .opposed ? p.radius : 0.05
            #expect(abs(drawn.0 - (p.centre.x + dx)) < tolerance + 0.05 && abs(drawn.1 - (dy - p.centre.y)) < tolerance + 0.05,
                    "\(spec.points[p.index].id) drawn at \(drawn)")
        }
        // The fields' names, both axes and the findings' names are text in the drawing; private names are not.
        for text in ["Eng einbinden", "Zufriedenstellen", "Informieren", "Beobachten", "Einfluss (0&#45;10)",
                     "Interesse (0&#45;10)", "Gemeinschaftsgarten", "Kanalgrün"] {
            #expect(svg.contains(text), "missing: \(text)")
        }
        for actor in original.actors where actor.isPrivate { #expect(!svg.contains(actor.name), "private name: \(actor.name)") }
    }

    @Test(arguments: [MapFormat.svg, .pdf, .png])
    func sameSpecGivesTheSameBytes(_ format: MapFormat) throws {
        let (_, analysis) = try Self.quarter(.en)
        let spec = MatrixSpec(analysis, options: MatrixOptions(language: .en, ties: true))
        let options = MatrixRenderOptions(documentDate: analysis.network.date)
        let a = try MatrixRenderer.render(spec, format: format, options: options)
        #expect(a.count > 1_000)
        #expect(a == (try MatrixRenderer.render(spec, format: format, options: options)))
    }
}
