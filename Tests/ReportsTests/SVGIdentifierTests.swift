import Foundation
import GraphvizMap
import NetworkMap
import Reports
import TestSupport
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The HTML page finds each actor's node by the id the renderer gave it, whatever letters the actor's id has.
@Suite("SVG ids: one rule for the map and the page", .serialized)
struct SVGIdentifierTests {
    /// Ids with umlauts, accents, Turkish letters, a space and a slash, as users' ids come.
    static let unicodeQuarter = Network(name: "Kiez", actors: [
        Actor(id: "qm", name: "QM", type: .institution),
        Actor(id: "café-kotti", name: "Café Kotti", type: .business),
        Actor(id: "bäckerei-öz", name: "Bäckerei Öz", type: .business),
        Actor(id: "çiçek", name: "Çiçek Blumen", type: .business),
        Actor(id: "ağ evi", name: "Ağ Evi", type: .association),
        Actor(id: "a/b", name: "A/B", type: .association),
    ], ties: (1..<6).map { Tie(source: 0, target: $0) })

    /// The ids of the `<g>` elements of an SVG, entities decoded (Graphviz writes `-` as `&#45;`).
    static func groupIDs(_ svg: String) -> Set<String> {
        final class Collector: NSObject, XMLParserDelegate {
            var ids = Set<String>()
            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                        attributes: [String: String] = [:]) {
                if name == "g", let id = attributes["id"] { ids.insert(id) }
            }
        }
        let parser = XMLParser(data: Data(svg.utf8))
        let collector = Collector()
        parser.delegate = collector
        parser.shouldResolveExternalEntities = false
        _ = parser.parse()
        return collector.ids
    }

    @Test func everyActorOfThePageHasItsNodeInTheRenderedMap() throws {
        let analysis = Self.unicodeQuarter.analysed()
        let svg = try HTMLReport.mapSVG(analysis, language: .de)
        let ids = Self.groupIDs(svg)
        // The renderer's ids, read back from Graphviz's SVG.
        #expect(ids.contains("actor-café-kotti") && ids.contains("actor-bäckerei-öz") && ids.contains("actor-çiçek"))
        #expect(ids.contains("actor-ağ_evi") && ids.contains("actor-a_b"))
        // The page's data names the same ids for every actor.
        let page = HTMLReport.render(analysis, language: .de, svg: svg)
        let start = try #require(page.range(of: "<script type=\"application/json\" id=\"network-data\">\n"))
        let end = try #require(page.range(of: "\n</script>", range: start.upperBound..<page.endIndex))
        let json = String(page[start.upperBound..<end.lowerBound]).replacingOccurrences(of: "<\\/", with: "</")
        let data = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let actors = try #require(data["actors"] as? [[String: Any]])
        #expect(actors.count == Self.unicodeQuarter.actors.count)
        for actor in actors {
            let svgID = try #require(actor["svg"] as? String)
            #expect(ids.contains(svgID), "the page looks for \(svgID), which the map does not have")
            #expect(svgID == SVGIdentifier.actor(try #require(actor["id"] as? String)))
        }
    }
}
