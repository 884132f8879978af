/// The formats a network can be exchanged in with other tools (Gephi, networkx, Graphviz, scripts).
///
/// Every format is read and written here, in `Exchange/`: GraphML and GEXF both ways (``ExchangeReader``,
/// ``GraphMLWriter``, ``GEXFWriter``), DOT and JSON written only (``DOTWriter``, ``JSONWriter``). Every field of every actor and
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

    /// The network's data in this format, as text ending with a newline.
    public func document(_ prepared: PreparedNetwork) -> String {
        switch self {
        case .graphml: return GraphMLWriter.document(prepared)
        case .gexf: return GEXFWriter.document(prepared)
        case .dot: return DOTWriter.document(prepared)
        case .json: return JSONWriter.render(prepared)
        }
    }
}
