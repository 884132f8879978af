/// Writes a network as plain Graphviz DOT text, for Graphviz itself and the tools that read DOT.
///
/// An undirected `graph`; directed ties get `dir=forward`. Every field is a DOT attribute (unknown attributes
/// are kept by Graphviz's tools and ignored when drawing); extra columns are prefixed with `x:`. This is the
/// network's data, not a styled map: `render --format dot` draws the map. Takes a ``PreparedNetwork``:
/// private persons appear as its preparation decided.
public enum DOTWriter {
    /// The document, ending with a newline.
    ///
    /// O(|V| + |E|) in the size of the text.
    public static func document(_ prepared: PreparedNetwork) -> String {
        let network = prepared.network
        var out = "// Written by network-map: the data of the network \(comment(network.name)).\n"
        out += "graph \(quote(network.name)) {\n"
        let settings = ExchangeFields.values(of: network).filter { $0.key != "name" }
        out += "  graph [label=\(quote(network.name))" + settings.map { ", \(quote($0.key))=\(quote($0.value))" }.joined() + "];\n"
        for actor in network.actors {
            var attributes = ExchangeFields.values(of: actor)
            attributes += actor.attributes.map { ("x:" + $0.name, $0.value) }
            out += "  \(quote(actor.id)) [" + attributes.map { "\(quote($0.key))=\(quote($0.value))" }.joined(separator: ", ") + "];\n"
        }
        for tie in network.ties {
            var attributes = ExchangeFields.values(of: tie)
            attributes += tie.attributes.map { ("x:" + $0.name, $0.value) }
            if tie.isDirected { attributes.append(("dir", "forward")) }
            out += "  \(quote(network.actors[tie.source].id)) -- \(quote(network.actors[tie.target].id)) ["
                + attributes.map { "\(quote($0.key))=\(quote($0.value))" }.joined(separator: ", ") + "];\n"
        }
        return out + "}\n"
    }

    /// A DOT double-quoted string: quotes and backslashes escaped, line breaks as `\n`.
    static func quote(_ text: String) -> String {
        var out = "\""
        for ch in text {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n", "\r\n": out += "\\n"
            case "\r": out += "\\n"
            default: out.append(ch)
            }
        }
        return out + "\""
    }

    private static func comment(_ text: String) -> String {
        "\"" + String(text.map { $0.isNewline ? " " : $0 }) + "\""
    }
}
