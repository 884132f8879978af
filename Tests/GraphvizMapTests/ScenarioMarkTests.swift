import Foundation
import NetworkMap
import Reports
import Testing

@testable import GraphvizMap

/// The marks of the what-if and diff maps: in the spec, as SVG classes and line styles, and in the legend.
@Suite(.serialized) struct ScenarioMarkTests {
    /// x - h - y - z, and w - z as information; h is the hub whose departure cuts x off.
    static let hub = Network(name: "Nabe", actors: [
        Actor(id: "h", name: "Hub", type: .institution),
        Actor(id: "x", name: "X", type: .residentsGroup),
        Actor(id: "y", name: "Y", type: .association),
        Actor(id: "z", name: "Z", type: .business),
        Actor(id: "w", name: "W", type: .association),
    ], ties: [Tie(source: 1, target: 0), Tie(source: 0, target: 2), Tie(source: 2, target: 3),
              Tie(source: 4, target: 3, kind: .information)])

    static var whatIfOptions: MapOptions {
        MapOptions(actorMarks: [0: [.removed], 1: [.cutOff]],
                   extraTies: [MapOptions.ExtraTie(source: 1, target: 3, kind: MapSpec.Edge.plannedKind,
                                                   marks: [.planned])])
    }

    static var diffOptions: MapOptions {
        MapOptions(actorMarks: [4: [.added]],
                   tieMarks: [MapOptions.TieMarking(source: 3, target: 4, kind: "information", marks: [.added]),
                              MapOptions.TieMarking(source: 3, target: 4, kind: "conflict", marks: [.lost]),
                              MapOptions.TieMarking(source: 2, target: 3, marks: [.added, .introduced])],
                   extraTies: [MapOptions.ExtraTie(source: 1, target: 2, kind: "funding", strength: 2,
                                                   isDirected: true, marks: [.lost])])
    }

    static func legendLabels(_ spec: MapSpec) -> [String] {
        spec.legend.first { $0.title == "Markierungen" }?.entries.map(\.label) ?? []
    }

    @Test func aRemovedActorsTiesAreLostAndPlannedTiesAreExtra() {
        let spec = MapSpec(Self.hub.analysed(), options: Self.whatIfOptions)
        #expect(spec.nodes.map(\.marks) == [[.removed], [.cutOff], [], [], []])
        #expect(spec.nodes[0].label == "✕\u{00A0}Hub")
        #expect(spec.edges.map(\.marks) == [[.lost], [.lost], [], [], [.planned]])
        #expect(spec.edges[4].kind == MapSpec.Edge.plannedKind && spec.edges[4].source == "x" && spec.edges[4].target == "z")
        #expect(spec.edges[0].tooltip == "X – Hub: Kooperation (fällt weg)")
        // The planned tie is no tie of the network: the subtitle counts four.
        #expect(spec.subtitle == "5 Akteure · 4 Beziehungen")
        #expect(Self.legendLabels(spec) == [
            "fällt weg (grau, rot gestrichelt)", "verliert den Anschluss (dicker dunkelroter Rand)",
            "Beziehung fällt weg (grau punktiert)", "geplante Beziehung (blau gestrichelt)",
        ])
    }

    @Test func tieMarksMatchBothDirectionsAndTheirKind() {
        let spec = MapSpec(Self.hub.analysed(), options: Self.diffOptions)
        #expect(spec.nodes[4].marks == [.added])
        // y-z marked for any kind; z-w only as information (the conflict marking names no tie).
        #expect(spec.edges.map(\.marks) == [[], [], [.added, .introduced], [.added], [.lost]])
        #expect(spec.edges[4].kind == "funding" && spec.edges[4].isDirected)
        #expect(Self.legendLabels(spec) == [
            "neu (doppelter Rand)", "Beziehung fällt weg (grau punktiert)", "neue Beziehung (dicke Doppellinie)",
            "Vorschlag umgesetzt (lila, Punkte an den Enden)",
        ])
        // The funding line is lost, so "Förderung" is no kind the map draws in its own look.
        let kinds = spec.legend.first { $0.title == "Beziehungen" }?.entries.map(\.label) ?? []
        #expect(kinds == ["Kooperation", "Informationsaustausch"])
        let english = MapSpec(Self.hub.analysed(), options: { var o = Self.diffOptions; o.language = .en; return o }())
        #expect(english.legend.first { $0.title == "Marks" }?.entries.first?.label == "new (double outline)")
    }

    @Test func marksAreSVGClassesAndReadWithoutColour() throws {
        let whatIf = SVGDocument(try MapRenderer.render(MapSpec(Self.hub.analysed(), options: Self.whatIfOptions), format: .svg))
        #expect(whatIf.actor("h")?.classes.contains("mark-removed") == true)
        #expect(whatIf.actor("x")?.classes.contains("mark-cut-off") == true)
        #expect(whatIf.actor("y")?.classes.contains { $0.hasPrefix("mark-") } == false)
        // Removed: a dashed outline; lost ties dotted, planned ties dashed: line styles, not only colour.
        #expect(whatIf.actor("h")?.strokeDasharrays.isEmpty == false)
        #expect(whatIf.actor("x")?.strokeDasharrays.isEmpty == true)
        let lost = whatIf.ties.filter { $0.classes.contains("mark-lost") }
        let planned = whatIf.ties.filter { $0.classes.contains("mark-planned") }
        #expect(lost.count == 2 && planned.count == 1)
        #expect(lost.allSatisfy { $0.strokeDasharrays.contains("1,5") })
        #expect(planned.allSatisfy { $0.strokeDasharrays.contains("5,2") })
        let legend = Set(whatIf.legendNodes.flatMap(\.texts))
        #expect(legend.contains("fällt weg (grau, rot gestrichelt)"))
        #expect(legend.contains("verliert den Anschluss (dicker dunkelroter Rand)"))
        #expect(!legend.contains("neu (doppelter Rand)"))

        let diff = SVGDocument(try MapRenderer.render(MapSpec(Self.hub.analysed(), options: Self.diffOptions), format: .svg))
        #expect(diff.actor("w")?.classes.contains("mark-added") == true)
        let added = diff.ties.filter { $0.classes.contains("mark-added") }
        #expect(added.count == 2)
        // New ties are solid even when their kind (information) is dotted, so they never read as lost.
        #expect(added.allSatisfy { $0.strokeDasharrays.isEmpty })
        #expect(diff.ties.filter { $0.classes.contains("mark-introduced") }.count == 1)
        let diffLegend = Set(diff.legendNodes.flatMap(\.texts))
        #expect(diffLegend.contains("neu (doppelter Rand)"))
        #expect(!diffLegend.contains("fällt weg (grau, rot gestrichelt)"))
        #expect(!diffLegend.contains("geplante Beziehung (blau gestrichelt)"))
    }

    @Test func aMapWithoutScenarioMarksHasNoneInItsLegend() {
        let spec = MapSpec(Self.hub.analysed(), options: MapOptions())
        #expect(spec.legend.allSatisfy { $0.title != "Markierungen" })
        #expect(spec.edges.allSatisfy { $0.marks.isEmpty })
    }
}
