/// Writes a network as GEXF 1.2 (https://gexf.net), the format of Gephi.
///
/// Actors are nodes with their name as `label`; every other field is a declared attribute
/// (see ``ExchangeFields``), ties carry their strength as `weight`. The graph is declared undirected and each
/// tie carries a boolean `directed` attribute, because networkx's `read_gexf` refuses mixed graphs. The
/// network's settings, which GEXF has no place for, go into `<nm:data>` elements of network-map's own
/// namespace, which other readers skip. Takes a ``PreparedNetwork``: private persons appear as its preparation decided.
public enum GEXFWriter {
    /// The namespace of network-map's own elements.
    public static let namespace = "https://network-map.invalid/gexf-settings/1"

    /// The document as UTF-8 text, ending with a newline.
    ///
    /// O(|V| + |E|) in the size of the text.
    public static func document(_ prepared: PreparedNetwork) -> String {
        let network = prepared.network
        let actorExtras = ExchangeFields.extraNames(network.actors.map(\.attributes))
        let tieExtras = ExchangeFields.extraNames(network.ties.map(\.attributes))
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://www.gexf.net/1.2draft" xmlns:nm="\(namespace)" version="1.2">
              <meta\(network.date.map { " lastmodifieddate=\"\($0)\"" } ?? "")>
                <creator>network-map</creator>
                <description>\(Markup.escape(network.name, for: .xml))</description>
              </meta>
              <graph defaultedgetype="undirected" mode="static" name="\(Markup.escape(network.name, for: .xml))">

            """
        for (k, v) in ExchangeFields.values(of: network) {
            out += "    <nm:data key=\"\(k)\">\(Markup.escape(v, for: .xml))</nm:data>\n"
        }
        func declarations(_ scope: String, _ fields: [ExchangeFields.Field], extras: [String]) {
            out += "    <attributes class=\"\(scope)\" mode=\"static\">\n"
            for f in fields {
                out += "      <attribute id=\"\(f.key)\" title=\"\(f.key)\" type=\"\(f.type.rawValue)\"/>\n"
            }
            for (i, name) in extras.enumerated() {
                out += "      <attribute id=\"x\(i)\" title=\"\(Markup.escape(name, for: .xml))\" type=\"string\"/>\n"
            }
            out += "    </attributes>\n"
        }
        // The label and weight are GEXF's own; they are not declared as attributes.
        declarations("node", ExchangeFields.actorFields.filter { $0.key != "label" }, extras: actorExtras)
        declarations("edge", ExchangeFields.tieFields.filter { $0.key != "weight" }, extras: tieExtras)
        func attvalue(_ key: String, _ value: String) {
            out += "          <attvalue for=\"\(Markup.escape(key, for: .xml))\" value=\"\(Markup.escape(value, for: .xml))\"/>\n"
        }
        let actorExtraIndex = Dictionary(actorExtras.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        out += "    <nodes>\n"
        for actor in network.actors {
            out += "      <node id=\"\(Markup.escape(actor.id, for: .xml))\" label=\"\(Markup.escape(actor.name, for: .xml))\">\n"
            out += "        <attvalues>\n"
            for (k, v) in ExchangeFields.values(of: actor) where k != "label" { attvalue(k, v) }
            for a in actor.attributes { attvalue("x\(actorExtraIndex[a.name] ?? 0)", a.value) }
            out += "        </attvalues>\n      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        let tieExtraIndex = Dictionary(tieExtras.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        for (i, tie) in network.ties.enumerated() {
            let source = Markup.escape(network.actors[tie.source].id, for: .xml)
            let target = Markup.escape(network.actors[tie.target].id, for: .xml)
            out += "      <edge id=\"\(i)\" source=\"\(source)\" target=\"\(target)\" weight=\"\(ExchangeFields.number(tie.strength))\">\n"
            out += "        <attvalues>\n"
            for (k, v) in ExchangeFields.values(of: tie) where k != "weight" { attvalue(k, v) }
            for a in tie.attributes { attvalue("x\(tieExtraIndex[a.name] ?? 0)", a.value) }
            out += "        </attvalues>\n      </edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }
}
