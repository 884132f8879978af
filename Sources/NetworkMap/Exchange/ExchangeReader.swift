import Foundation

/// Reads networks from GraphML and GEXF files, as written by network-map, Gephi, networkx, yEd or igraph.
///
/// Node and edge attributes are matched to actor and tie fields by their names (English or German, as in
/// the CSV headers; `label`/`name` is the actor's name, `weight`/`strength` the tie's strength); other
/// attributes are kept as extra attributes. The checks are the loader's: every error of the file at once,
/// each with its line; duplicate ties merged with a warning; self-ties refused. Types and kinds that are not
/// built in become custom ones (with a warning), since other tools know nothing of network.yaml.
public enum ExchangeReader {
    /// Loads the network in the GraphML or GEXF file at `url`.
    public static func load(from url: URL, format: ExchangeFormat) throws(LoadFailure) -> LoadResult {
        let data: Data
        do {
            data = Data(try InputFile.read(url))
        } catch {
            throw LoadFailure(errors: [.unreadable(url, error)], isIOError: true)
        }
        let name = url.deletingPathExtension().lastPathComponent
        return try read(data, file: url.lastPathComponent, format: format, defaultName: name)
    }

    /// Reads a GraphML or GEXF document; `file` names it in messages, `defaultName` names a network without a name.
    public static func read(_ data: Data, file: String, format: ExchangeFormat,
                            defaultName: String = "") throws(LoadFailure) -> LoadResult {
        let root: XMLElementNode
        switch XMLTree.parse(data) {
        case .success(let node): root = node
        case .failure(let error):
            switch error.problem {
            case .parser(let fault): throw LoadFailure(errors: [.notWellFormed(file, line: error.line, fault: fault)])
            case .nestedTooDeeply(let limit): throw LoadFailure(errors: [.nestedTooDeeply(file, line: error.line, limit: limit)])
            case .notUTF8: throw LoadFailure(errors: [.xmlNotUTF8(file, line: error.line)])
            }
        }
        let raw: RawGraph
        switch format {
        case .graphml: raw = try graphML(root, file: file)
        case .gexf: raw = try gexf(root, file: file)
        case .dot, .json:
            throw LoadFailure(errors: [.notANetwork(file)], isIOError: true)
        }
        var builder = ExchangeBuilder(file: file)
        let network = builder.build(raw, defaultName: defaultName)
        let errors = builder.issues.filter { $0.severity == .error }
        let warnings = builder.issues.filter { $0.severity == .warning }
        guard errors.isEmpty else {
            // With the network read so far, so that the messages name its actors as a prepared network does.
            throw LoadFailure(errors: errors, warnings: warnings,
                              language: network.language, network: network)
        }
        return LoadResult(network: network, warnings: warnings)
    }

    // MARK: GraphML

    static func graphML(_ root: XMLElementNode, file: String) throws(LoadFailure) -> RawGraph {
        guard root.name == "graphml" else { throw LoadFailure(errors: [.wrongRoot(file, found: root.name, expected: "graphml")]) }
        guard let graph = root.child(named: "graph") else { throw LoadFailure(errors: [.noGraph(file)]) }
        struct Key { var scope: String; var title: String; var isExtra: Bool; var fallback: String? }
        var keys: [String: Key] = [:]
        for key in root.children(named: "key") {
            guard let id = key.attributes["id"] else { continue }
            let title = key.attributes["attr.name"] ?? id
            let isExtra = id.range(of: #"^[ne]x[0-9]+$"#, options: .regularExpression) != nil
            keys[id] = Key(scope: key.attributes["for"] ?? "all", title: title, isExtra: isExtra,
                           fallback: key.child(named: "default")?.text)
        }
        func values(_ element: XMLElementNode, scope: String) -> [RawValue] {
            var result: [RawValue] = []
            var present = Set<String>()
            for data in element.children(named: "data") {
                guard let id = data.attributes["key"] else { continue }
                present.insert(id)
                let key = keys[id]
                result.append(RawValue(title: key?.title ?? id, value: data.text, isExtra: key?.isExtra ?? false, line: data.line))
            }
            // Keys with a default apply to every element of their scope that does not set them.
            for (id, key) in keys.sorted(by: { $0.key < $1.key })
            where (key.scope == scope || key.scope == "all") && !present.contains(id) {
                if let fallback = key.fallback {
                    result.append(RawValue(title: key.title, value: fallback, isExtra: key.isExtra, line: element.line))
                }
            }
            return result
        }
        var raw = RawGraph()
        raw.defaultDirected = graph.attributes["edgedefault"] == "directed"
        raw.settings = values(graph, scope: "graph")
        for node in graph.children(named: "node") {
            raw.nodes.append(RawNode(id: node.attributes["id"], label: nil, line: node.line, values: values(node, scope: "node")))
        }
        for edge in graph.children(named: "edge") {
            let directed = edge.attributes["directed"].flatMap(ValueParsing.bool)
            raw.edges.append(RawEdge(source: edge.attributes["source"], target: edge.attributes["target"], line: edge.line,
                                     directed: directed, weight: nil, values: values(edge, scope: "edge")))
        }
        return raw
    }

    // MARK: GEXF

    static func gexf(_ root: XMLElementNode, file: String) throws(LoadFailure) -> RawGraph {
        guard root.name == "gexf" else { throw LoadFailure(errors: [.wrongRoot(file, found: root.name, expected: "gexf")]) }
        guard let graph = root.child(named: "graph") else { throw LoadFailure(errors: [.noGraph(file)]) }
        struct Declared { var title: String; var isExtra: Bool; var fallback: String? }
        var declared: [String: [String: Declared]] = ["node": [:], "edge": [:]]
        for block in graph.children(named: "attributes") {
            let scope = block.attributes["class"] ?? "node"
            for attribute in block.children(named: "attribute") {
                guard let id = attribute.attributes["id"] else { continue }
                declared[scope, default: [:]][id] = Declared(
                    title: attribute.attributes["title"] ?? id,
                    isExtra: id.range(of: #"^x[0-9]+$"#, options: .regularExpression) != nil,
                    fallback: attribute.child(named: "default")?.text)
            }
        }
        func values(_ element: XMLElementNode, scope: String) -> [RawValue] {
            var result: [RawValue] = []
            var present = Set<String>()
            let table = declared[scope] ?? [:]
            for value in element.child(named: "attvalues")?.children(named: "attvalue") ?? [] {
                guard let id = value.attributes["for"] ?? value.attributes["id"] else { continue }
                present.insert(id)
                let d = table[id]
                result.append(RawValue(title: d?.title ?? id, value: value.attributes["value"] ?? "",
                                       isExtra: d?.isExtra ?? false, line: value.line))
            }
            for (id, d) in table.sorted(by: { $0.key < $1.key }) where !present.contains(id) {
                if let fallback = d.fallback {
                    result.append(RawValue(title: d.title, value: fallback, isExtra: d.isExtra, line: element.line))
                }
            }
            return result
        }
        var raw = RawGraph()
        raw.defaultDirected = graph.attributes["defaultedgetype"] == "directed"
        raw.settings = graph.children(named: "data").filter { !$0.prefix.isEmpty }.compactMap { data in
            data.attributes["key"].map { RawValue(title: $0, value: data.text, isExtra: false, line: data.line) }
        }
        if let name = graph.attributes["name"] ?? root.child(named: "meta")?.child(named: "description")?.text,
           !raw.settings.contains(where: { $0.title == "name" }) {
            raw.settings.append(RawValue(title: "name", value: name, isExtra: false, line: graph.line))
        }
        for node in graph.child(named: "nodes")?.children(named: "node") ?? [] {
            raw.nodes.append(RawNode(id: node.attributes["id"], label: node.attributes["label"], line: node.line,
                                     values: values(node, scope: "node")))
        }
        for edge in graph.child(named: "edges")?.children(named: "edge") ?? [] {
            let type = edge.attributes["type"]
            raw.edges.append(RawEdge(source: edge.attributes["source"], target: edge.attributes["target"], line: edge.line,
                                     directed: type.map { $0 == "directed" }, weight: edge.attributes["weight"],
                                     values: values(edge, scope: "edge")))
        }
        return raw
    }
}

/// One attribute value as found in the file.
struct RawValue {
    var title: String
    var value: String
    /// Written by network-map as an extra column (so never a field, whatever its title).
    var isExtra: Bool
    var line: Int
}

struct RawNode {
    var id: String?
    var label: String?
    var line: Int
    var values: [RawValue]
}

struct RawEdge {
    var source: String?
    var target: String?
    var line: Int
    /// The direction the format itself states for this edge, if any.
    var directed: Bool?
    /// GEXF's `weight` attribute.
    var weight: String?
    var values: [RawValue]
}

/// Nodes, edges and graph-level settings of a GraphML or GEXF file, before checking.
struct RawGraph {
    var settings: [RawValue] = []
    var nodes: [RawNode] = []
    var edges: [RawEdge] = []
    var defaultDirected = false
}
