import Foundation
@testable import GraphvizMap
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The nodes and edges of a Graphviz SVG, read with an XML parser (entities decoded), for structural tests.
struct SVGDocument {
    struct Group {
        var id = ""
        var classes: [String] = []
        var title = ""
        var texts: [String] = []
        var strokeDasharrays: [String] = []
    }
    var groups: [Group] = []

    var actorNodes: [Group] { groups.filter { $0.classes.contains("actor") } }
    var legendNodes: [Group] { groups.filter { $0.classes.contains("legend") } }
    var ties: [Group] { groups.filter { $0.classes.contains("tie") } }
    func actor(_ id: String) -> Group? { actorNodes.first { $0.id == SVGIdentifier.actor(id) } }

    init(_ data: Data) {
        let delegate = Delegate()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        parser.shouldResolveExternalEntities = false
        _ = parser.parse()
        groups = delegate.groups
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        var groups: [Group] = []
        var current: Group?
        var depth = 0
        var element = ""
        var buffer = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            element = name
            buffer = ""
            if name == "g" {
                let classes = (attributes["class"] ?? "").split(separator: " ").map(String.init)
                if current == nil, classes.contains("node") || classes.contains("edge") {
                    current = Group(id: attributes["id"] ?? "", classes: classes)
                    depth = 0
                } else if current != nil {
                    depth += 1
                }
            }
            if current != nil, let dash = attributes["stroke-dasharray"] { current?.strokeDasharrays.append(dash) }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { buffer += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if current != nil {
                if name == "title" { current?.title = buffer }
                if name == "text" { current?.texts.append(buffer) }
                if name == "g" {
                    if depth == 0, let group = current { groups.append(group); current = nil } else { depth -= 1 }
                }
            }
            buffer = ""
        }
    }
}
