/// Writes a network as GraphML (http://graphml.graphdrawing.org), for yEd, Gephi, Cytoscape, networkx and igraph.
///
/// Every field is a `<data>` value declared by a `<key>` (see ``ExchangeFields``); the network's settings are
/// graph data. The graph is declared undirected and each tie carries a `directed` value instead of GraphML's
/// per-edge `directed` attribute, because networkx refuses graphs that mix directed and undirected edges.
/// Takes a ``PreparedNetwork``: private persons appear as its preparation decided.
public enum GraphMLWriter {
    /// The document as UTF-8 text, ending with a newline.
    ///
    /// O(|V| + |E|) in the size of the text.
    public static func document(_ prepared: PreparedNetwork) -> String {
        let network = prepared.network
        let actorExtras = ExchangeFields.extraNames(network.actors.map(\.attributes))
        let tieExtras = ExchangeFields.extraNames(network.ties.map(\.attributes))
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- Written by network-map. Ties carry their direction in the data key "directed". -->
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        func key(_ id: String, _ scope: String, _ name: String, _ type: ExchangeFields.ValueType) {
            out += "  <key id=\"\(Markup.escape(id, for: .xml))\" for=\"\(scope)\" attr.name=\"\(Markup.escape(name, for: .xml))\" attr.type=\"\(type.rawValue)\"/>\n"
        }
        for f in ExchangeFields.networkFields { key("g_" + f.key, "graph", f.key, f.type) }
        for f in ExchangeFields.actorFields { key("n_" + f.key, "node", f.key, f.type) }
        for (i, name) in actorExtras.enumerated() { key("nx\(i)", "node", name, .string) }
        for f in ExchangeFields.tieFields { key("e_" + f.key, "edge", f.key, f.type) }
        for (i, name) in tieExtras.enumerated() { key("ex\(i)", "edge", name, .string) }

        func data(_ key: String, _ value: String, indent: String) {
            out += "\(indent)<data key=\"\(Markup.escape(key, for: .xml))\">\(Markup.escape(value, for: .xml))</data>\n"
        }
        out += "  <graph id=\"G\" edgedefault=\"undirected\">\n"
        for (k, v) in ExchangeFields.values(of: network) { data("g_" + k, v, indent: "    ") }
        let actorExtraIndex = Dictionary(actorExtras.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        for actor in network.actors {
            out += "    <node id=\"\(Markup.escape(actor.id, for: .xml))\">\n"
            for (k, v) in ExchangeFields.values(of: actor) { data("n_" + k, v, indent: "      ") }
            for a in actor.attributes { data("nx\(actorExtraIndex[a.name] ?? 0)", a.value, indent: "      ") }
            out += "    </node>\n"
        }
        let tieExtraIndex = Dictionary(tieExtras.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        for (i, tie) in network.ties.enumerated() {
            let source = Markup.escape(network.actors[tie.source].id, for: .xml)
            let target = Markup.escape(network.actors[tie.target].id, for: .xml)
            out += "    <edge id=\"e\(i)\" source=\"\(source)\" target=\"\(target)\">\n"
            for (k, v) in ExchangeFields.values(of: tie) { data("e_" + k, v, indent: "      ") }
            for a in tie.attributes { data("ex\(tieExtraIndex[a.name] ?? 0)", a.value, indent: "      ") }
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }
}
