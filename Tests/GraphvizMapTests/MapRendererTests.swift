import Foundation
import NetworkMap
import Reports
import TestSupport
import Testing
import Wording

@testable import GraphvizMap

/// Renders through Graphviz: serialized, since Graphviz keeps global state.
@Suite(.serialized) struct MapRendererTests {
    static let quarter = SyntheticQuarter.make(actorCount: 150)

    /// The map of `network` prepared as the command line prepares it (names shown with `showingPrivateNames`).
    static func svg(_ network: Network, _ options: MapOptions, showingPrivateNames: Bool = false,
                    render: RenderOptions = RenderOptions()) throws -> SVGDocument {
        let spec = MapSpec(network.analysed(showingPrivateNames: showingPrivateNames), options: options)
        return SVGDocument(try MapRenderer.render(spec, format: .svg, options: render))
    }

    @Test func everyActorIsANodeWithItsLabel() throws {
        let network = Self.quarter
        let shown = network.prepared(in: .de, showingPrivateNames: false).network
        let names = shown.actors.map(\.name)
        let doc = try Self.svg(network, Fixtures.analysedOptions(network))
        #expect(doc.actorNodes.count == network.actors.count)
        for (i, actor) in shown.actors.enumerated() {
            let node = try #require(doc.actor(actor.id), "no node for \(actor.id)")
            #expect(node.texts.joined(separator: " ") == names[i])
        }
        #expect(doc.ties.count == network.ties.count + 2)  // two introductions
    }

    @Test func legendListsTheTypesAndKindsPresent() throws {
        let network = Self.quarter
        let doc = try Self.svg(network, Fixtures.analysedOptions(network))
        let legendText = Set(doc.legendNodes.flatMap(\.texts))
        for type in ActorType.builtIn { #expect(legendText.contains(German().label(type, plural: true, custom: []))) }
        #expect(legendText.contains("Konflikt"))
        #expect(legendText.contains("Vorschlag: miteinander bekannt machen"))
        #expect(legendText.contains("Schlüsselakteur (doppelter Rand)"))
        #expect(legendText.contains("Größe: Anzahl Beziehungen"))

        // A network of two associations and one cooperation lists only what it shows.
        let small = Network(name: "Klein", actors: [Actor(id: "a", name: "A", type: .association),
                                                     Actor(id: "b", name: "B", type: .association)],
                            ties: [Tie(source: 0, target: 1)])
        let smallText = Set(try Self.svg(small, MapOptions()).legendNodes.flatMap(\.texts))
        #expect(smallText.contains("Vereine"))
        #expect(!smallText.contains("Unternehmen"))
        #expect(!smallText.contains("Konflikt"))
        #expect(!smallText.contains("Markierungen"))
    }

    @Test func marksAreClassesAndIntroductionsAreDashed() throws {
        let network = Self.quarter
        let options = Fixtures.analysedOptions(network)
        let doc = try Self.svg(network, options)
        let shown = network.prepared(in: .de, showingPrivateNames: false).network
        for i in options.highlightBrokers {
            #expect(doc.actor(shown.actors[i].id)?.classes.contains("mark-broker") == true)
        }
        #expect(doc.actor(shown.actors[0].id)?.classes.contains("mark-articulation-point") == true)
        let n = network.actors.count
        #expect(doc.actor(shown.actors[n - 1].id)?.classes.contains("mark-isolated") == true)
        #expect(doc.actor(shown.actors[5].id)?.classes.contains("mark-broker") == false)
        let introductions = doc.ties.filter { $0.classes.contains("mark-introduction") }
        #expect(introductions.count == 2)
        for tie in introductions { #expect(!tie.strokeDasharrays.isEmpty) }
        let plain = doc.ties.filter { $0.classes.contains("kind-cooperation") && !$0.classes.contains("mark-bridge") }
        #expect(plain.allSatisfy { $0.strokeDasharrays.isEmpty })
        #expect(doc.ties.filter { $0.classes.contains("mark-bridge") }.count == 1)
    }

    @Test func privatePersonsArePseudonymisedUnlessAsked() throws {
        let network = Self.quarter
        let residents = network.actors.filter(\.isPrivate)
        #expect(!residents.isEmpty)
        let hidden = try Self.svg(network, MapOptions())
        let hiddenText = Set(hidden.actorNodes.map { $0.texts.joined(separator: " ") })
        for person in residents { #expect(!hiddenText.contains(person.name)) }
        #expect(hiddenText.contains("Bewohner:in 1"))
        #expect(hidden.actorNodes.allSatisfy { !$0.id.contains("anna") })
        let shown = try Self.svg(network, MapOptions(), showingPrivateNames: true)
        let shownText = Set(shown.actorNodes.map { $0.texts.joined(separator: " ") })
        #expect(shownText.contains(residents[0].name))
    }

    @Test(arguments: [
        "Kita \"Sonnenschein\"", #"Back\slash \n \l \N \G"#, "A < B & C > D", "&amp; stays &lt;",
        "{Klammern} [und] |Striche|", "Bürgerverein Süd ß", "جمعية الحي", "Café ☕️ 🌳", "it's 'quoted'",
    ])
    func specialCharactersComeOutExactly(name: String) throws {
        let network = Network(name: name, actors: [Actor(id: "x", name: name, type: .association),
                                                   Actor(id: "y", name: "Y", type: .business)],
                              ties: [Tie(source: 0, target: 1)])
        let spec = MapSpec(network.analysed(), options: MapOptions())
        var style = MapStyle()
        style.labelWrapWidth = 200
        let doc = SVGDocument(try MapRenderer.render(spec, format: .svg, options: RenderOptions(style: style)))
        #expect(doc.actor("x")?.texts == [name])
        // The title (an HTML-like label) shows the same text, with an invisible word joiner after a
        // backslash that Graphviz would otherwise substitute (`\N` is the node's name there).
        let title = doc.groups.first { $0.classes.contains("title") }
        #expect(title?.texts.first?.replacingOccurrences(of: "\u{2060}", with: "") == name)
    }

    /// cairo stamps the current time into PDFs; the renderer replaces it with the given date (whether the same
    /// input gives the same bytes is checked across two runs of the binary, in CLITests' DeterminismTests).
    @Test func pdfsCarryTheDataDateNotTheTime() throws {
        let network = SyntheticQuarter.make(actorCount: 60)
        let spec = MapSpec(network.analysed(), options: Fixtures.analysedOptions(network))
        var options = RenderOptions()
        options.documentDate = Day(year: 2024, month: 3, day: 1)
        let pdf = try MapRenderer.render(spec, format: .pdf, options: options)
        #expect(String(decoding: pdf, as: UTF8.self).contains("/CreationDate (D:20240301000000Z)"))
    }

    /// Each format from its first bytes to its last: files are then written whole by the command line's one writer.
    @Test func everyFormatComesOutWhole() throws {
        let spec = MapSpec(SyntheticQuarter.make(actorCount: 40).analysed(), options: MapOptions())
        let starts: [MapFormat: [UInt8]] = [.svg: Array("<?xml".utf8), .pdf: Array("%PDF".utf8),
                                            .png: [0x89, 0x50, 0x4E, 0x47], .dot: Array("digraph".utf8)]
        // The PNG's last chunk is IEND with its fixed CRC.
        let ends: [MapFormat: [UInt8]] = [.svg: Array("</svg>\n".utf8), .pdf: Array("%%EOF\n".utf8),
                                          .png: [0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82], .dot: Array("}\n".utf8)]
        for format in MapFormat.allCases {
            let data = [UInt8](try MapRenderer.render(spec, format: format))
            let start = starts[format] ?? [], end = ends[format] ?? []
            #expect(data.starts(with: start), "\(format)")
            #expect(Array(data.suffix(end.count)) == end, "\(format)")
        }
    }

    @Test func unknownLayoutEngineIsARenderErrorWithGraphvizsMessage() throws {
        let spec = MapSpec(SyntheticQuarter.make(actorCount: 40).analysed(), options: MapOptions())
        do {
            _ = try MapRenderer.render(spec, format: .svg, options: RenderOptions(layout: "bogus"))
            Issue.record("expected an error")
        } catch {
            #expect(error.operation.contains("bogus"))
            #expect(error.graphvizMessages.joined().contains("not recognized"))
            #expect(MapRenderError.exitCode == 70)
        }
        // Graphviz works normally afterwards.
        #expect(try MapRenderer.render(spec, format: .svg).count > 1000)
    }

    @Test func thousandRendersDoNotGrowMemory() throws {
        // Small, so 1,000 renders stay quick; with title, legend and captions, so their code is covered.
        let network = Network(name: "Klein", actors: (0..<8).map {
            Actor(id: "a\($0)", name: "Akteur \($0)", type: ActorType.builtIn[$0 % 6])
        }, ties: (0..<7).map { Tie(source: $0, target: $0 + 1, kind: TieKind.builtIn[$0 % 5]) })
        let spec = MapSpec(network.analysed(), options: MapOptions(sizeValues: (0..<8).map(Double.init),
                                                                 highlightBrokers: [1], introductions: [(0, 7)]))
        for _ in 0..<20 { _ = try MapRenderer.render(spec, format: .svg) }  // warm up caches and plugins
        let before = residentMegabytes()
        for _ in 0..<1000 { _ = try MapRenderer.render(spec, format: .svg) }
        let after = residentMegabytes()
        print("RSS before \(before) MB, after 1,000 renders \(after) MB")
        #expect(after - before < 40, "RSS grew from \(before) MB to \(after) MB")
    }

    /// Every one of 1,000 actors is drawn. (How long it takes belongs in a benchmark, not here: a time
    /// bound failed under a loaded machine, which says nothing about the code.)
    @Test func largeNetworksRender() throws {
        let network = SyntheticQuarter.make(actorCount: 1000)
        let data = try MapRenderer.render(MapSpec(network.analysed(), options: MapOptions()), format: .svg)
        #expect(SVGDocument(data).actorNodes.count == 1000)
    }

    func residentMegabytes() -> Double {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Double(fields[1]) else { return 0 }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }
}
