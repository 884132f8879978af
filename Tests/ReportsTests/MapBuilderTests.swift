import GraphvizMap
import NetworkMap
import Reports
import TestSupport
import Testing

/// Building a map's specification from a network: selections, sizes, colours, shapes (no Graphviz).
struct MapBuilderTests {
    /// a - b - c - d, and e alone; a conflict b-e.
    static let chain = Network(name: "Kette", actors: [
        Actor(id: "a", name: "A", type: .association, themes: ["Umwelt"]),
        Actor(id: "b", name: "B", type: .business, themes: ["Arbeit"]),
        Actor(id: "c", name: "C", type: .association, themes: ["umwelt "]),
        Actor(id: "d", name: "D", type: .institution),
        Actor(id: "e", name: "E", type: .resident, themes: ["Umwelt"]),
    ], ties: [Tie(source: 0, target: 1), Tie(source: 1, target: 2), Tie(source: 2, target: 3),
              Tie(source: 4, target: 1, kind: .conflict)])

    @Test func focusSelectsTheNeighbourhoodByDepth() {
        #expect(Self.chain.neighbourhood(of: 0, depth: 0) == [0])
        #expect(Self.chain.neighbourhood(of: 0, depth: 1) == [0, 1])
        // The conflict b-e counts: a partial map shows who is at odds too.
        #expect(Self.chain.neighbourhood(of: 0, depth: 2) == [0, 1, 2, 4])
        #expect(Self.chain.neighbourhood(of: 3, depth: 9) == [0, 1, 2, 3, 4])
        #expect(Self.chain.neighbourhood(of: 9, depth: 1).isEmpty)
    }

    @Test func themeAndTypeFilters() {
        #expect(Self.chain.actorIndices(withTheme: "UMWELT") == [0, 2, 4])
        // A private person's themes are a sensitive attribute: gone in the pseudonymised network.
        let shown = Self.chain.prepared(in: .de, showingPrivateNames: false).network
        #expect(shown.actorIndices(withTheme: "Umwelt") == [0, 2])
        #expect(Self.chain.actorIndices(ofTypes: [.association, .institution]) == [0, 2, 3])
    }

    @Test func selectionKeepsOnlyTiesInside() {
        let spec = MapSpec(Self.chain.analysed(), options: MapOptions(selection: [0, 1, 4], introductions: [(0, 3), (0, 4)]))
        #expect(spec.nodes.map(\.id) == ["a", "b", "person-1"])
        #expect(spec.edges.map { "\($0.source)-\($0.target)-\($0.kind)" }
                == ["a-b-cooperation", "person-1-b-conflict", "a-person-1-introduction"])
        #expect(spec.subtitle == "3 Akteure · 2 Beziehungen")
    }

    @Test func sizesScaleByTheLargestShownValue() {
        let spec = MapSpec(Self.chain.analysed(), options: MapOptions(sizeValues: [1, 4, 2, 0, .nan]))
        #expect(spec.nodes.map(\.size) == [0.25, 1, 0.5, 0, nil])
        #expect(MapSpec(Self.chain.analysed(), options: MapOptions()).nodes.allSatisfy { $0.size == nil })
    }

    @Test func colourByAttitudeAndCommunity() {
        var network = Self.chain
        network.actors[0].attitude = .supportive
        network.actors[1].attitude = .opposed
        let style = MapStyle()
        let byAttitude = MapSpec(network.analysed(), options: MapOptions(colorBy: .attitude))
        #expect(byAttitude.nodes[0].fillColor == style.attitudeColors[.supportive])
        #expect(byAttitude.nodes[1].fillColor == style.attitudeColors[.opposed])
        #expect(byAttitude.nodes[2].fillColor == style.fallbackColor)
        let byCommunity = MapSpec(network.analysed(), options: MapOptions(colorBy: .community, communities: [7, 7, 3, 3, 9]))
        #expect(byCommunity.nodes.map(\.fillColor) == [style.categoricalColor(1), style.categoricalColor(1),
                                                       style.categoricalColor(0), style.categoricalColor(0),
                                                       style.categoricalColor(2)])
        // Named as the reports name communities: "Gruppe N", counted from 1.
        let legend = byCommunity.legend.first { $0.title == "Farbe: Gruppe (Community)" }
        #expect(legend?.entries.map(\.label) == ["Gruppe 4", "Gruppe 8", "Gruppe 10"])
    }

    @Test func shapesCarryTheType() {
        let spec = MapSpec(Self.chain.analysed(), options: MapOptions())
        let shapes = Dictionary(spec.nodes.map { ($0.type, $0.shape) }, uniquingKeysWith: { a, _ in a })
        #expect(Set(shapes.values).count == shapes.count)  // a different shape for each type shown
    }
}
