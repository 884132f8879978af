/// The formats a network can be exchanged in with other tools (Gephi, networkx, Graphviz, scripts).
///
/// GraphML and GEXF are written and read; DOT and JSON are written only. Every field of every actor and
/// tie, and the network's settings, survive a round trip through GraphML or GEXF (see ``ExchangeFields``).
public enum ExchangeFormat: String, Sendable, CaseIterable {
    case graphml, gexf, dot, json

    /// The usual file extension, without the dot.
    public var fileExtension: String { rawValue }

    /// The format of a file name's extension (`.graphml`, `.gexf`, `.dot`/`.gv`, `.json`), or `nil`.
    public init?(path: String) {
        let lower = path.lowercased()
        guard let dot = lower.lastIndex(of: ".") else { return nil }
        switch lower[lower.index(after: dot)...] {
        case "graphml": self = .graphml
        case "gexf": self = .gexf
        case "dot", "gv": self = .dot
        case "json": self = .json
        default: return nil
        }
    }

    /// Whether ``NetworkLoader/load(from:)`` reads this format.
    public var isReadable: Bool { self == .graphml || self == .gexf }
}
