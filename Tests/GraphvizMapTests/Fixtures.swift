import GraphvizMap
import NetworkMap
import Reports

/// Analysis-like inputs for the synthetic quarter (hand-picked, since the renderer never computes measures).
enum Fixtures {
    static func analysedOptions(_ network: Network, language: Language = .de) -> MapOptions {
        let degree = network.actors.indices.map { i in
            Double(network.ties.filter { $0.source == i || $0.target == i }.count)
        }
        let n = network.actors.count
        return MapOptions(
            language: language, sizeValues: degree, sizeLabel: language == .de ? "Anzahl Beziehungen" : "number of ties",
            highlightBrokers: [0, 4, 1 + 12 + 1], articulationPoints: [0], bridges: [(n - 10, n - 9)],
            isolatedGroups: [Array((n - 10)..<n)], introductions: [(13, 27 + 12), (30, 45)],
            captions: [
                MapSpec.Caption(heading: "Was ist dargestellt?", text: "Alle Akteure des Quartiers und ihre Beziehungen laut Erhebung vom März 2024. Größe: Anzahl der Beziehungen."),
                MapSpec.Caption(heading: "Was kann abgelesen werden?", text: "Das QM-Büro hält das Netz zusammen; einige Bewohnergruppen hängen nur an einer einzigen Verbindung."),
            ])
    }
}
