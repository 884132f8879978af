import CGraphviz
import Foundation
import NetworkMap

/// A Graphviz rendering context (`GVC_t`), freed with `gvFreeContext` when the last reference goes.
///
/// Create and use only inside ``Graphviz/withExclusiveAccess(_:)``.
final class GraphvizContext {
    let handle: OpaquePointer

    init() throws(MapRenderError) {
        guard let gvc = gvContext() else {
            throw MapRenderError(operation: "create a rendering context", graphvizMessages: Graphviz.takeMessages())
        }
        handle = gvc
    }

    deinit { gvFreeContext(handle) }
}

/// A Graphviz graph (`Agraph_t`) owned by this object: its layout and the graph itself are freed in `deinit`.
///
/// Create and use only inside ``Graphviz/withExclusiveAccess(_:)``; every failure is a ``MapRenderError``
/// carrying Graphviz's messages.
final class GraphvizGraph {
    let context: GraphvizContext
    let handle: UnsafeMutablePointer<Agraph_t>
    private var hasLayout = false

    init(name: String, directed: Bool, context: GraphvizContext) throws(MapRenderError) {
        self.context = context
        // Graphviz writes the graph's name into the SVG's <title>.
        let made: UnsafeMutablePointer<Agraph_t>? = Markup.sanitized(name).withCString { cName in
            agopen(UnsafeMutablePointer(mutating: cName), directed ? nm_directed() : nm_undirected(), nil)
        }
        guard let made else {
            throw MapRenderError(operation: "create the graph", graphvizMessages: Graphviz.takeMessages())
        }
        handle = made
    }

    deinit {
        if hasLayout { gvFreeLayout(context.handle, handle) }
        agclose(handle)
    }

    /// Sets a graph attribute (Graphviz copies the value).
    func set(_ name: String, _ value: String) {
        Self.set(UnsafeMutableRawPointer(handle), name, value)
    }

    /// Adds (or finds) the node with this name.
    func node(_ name: String) throws(MapRenderError) -> UnsafeMutablePointer<Agnode_t> {
        let made = name.withCString { agnode(handle, UnsafeMutablePointer(mutating: $0), 1) }
        guard let made else {
            throw MapRenderError(operation: "add node \(name)", graphvizMessages: Graphviz.takeMessages())
        }
        return made
    }

    /// Adds an edge between two nodes.
    func edge(
        _ tail: UnsafeMutablePointer<Agnode_t>, _ head: UnsafeMutablePointer<Agnode_t>, name: String
    ) throws(MapRenderError) -> UnsafeMutablePointer<Agedge_t> {
        let made = name.withCString { agedge(handle, tail, head, UnsafeMutablePointer(mutating: $0), 1) }
        guard let made else {
            throw MapRenderError(operation: "add edge \(name)", graphvizMessages: Graphviz.takeMessages())
        }
        return made
    }

    /// Sets an attribute of a node or an edge (Graphviz copies the value into its string pool).
    ///
    /// Graphviz escapes `& < > " '` in SVG but copies control characters as they are, which XML cannot carry, and a
    /// C string ends at a NUL: every value passes ``Markup/sanitized(_:)`` first.
    static func set(_ object: UnsafeMutableRawPointer, _ name: String, _ value: String) {
        name.withCString { cName in
            Markup.sanitized(value).withCString { cValue in
                "".withCString { cDefault in
                    _ = agsafeset(object, UnsafeMutablePointer(mutating: cName),
                                  UnsafeMutablePointer(mutating: cValue), UnsafeMutablePointer(mutating: cDefault))
                }
            }
        }
    }

    /// Sets an attribute of a node of this graph to an HTML-like label value (the caller has escaped all user
    /// text): the string goes through `agstrdup_html`, which marks it as markup in the graph's string pool.
    func setHTML(node: UnsafeMutablePointer<Agnode_t>, _ name: String, _ html: String) {
        let value = Markup.sanitized(html).withCString { agstrdup_html(handle, UnsafeMutablePointer(mutating: $0)) }
        name.withCString { cName in
            "".withCString { cDefault in
                _ = agsafeset(UnsafeMutableRawPointer(node), UnsafeMutablePointer(mutating: cName),
                              value, UnsafeMutablePointer(mutating: cDefault))
            }
        }
        agstrfree(handle, value)
    }

    /// Frees the current layout; required before nodes are added to a laid-out graph, since the
    /// engine's cleanup walks every node and would read the new ones' missing layout records.
    func freeLayout() {
        if hasLayout { gvFreeLayout(context.handle, handle); hasLayout = false }
    }

    /// Lays the graph out with a Graphviz engine (`neato`, `fdp`, `sfdp`, `dot`, `circo`, `twopi`).
    func layout(engine: String) throws(MapRenderError) {
        freeLayout()
        _ = Graphviz.takeMessages()
        let status = engine.withCString { gvLayout(context.handle, handle, $0) }
        guard status == 0 else {
            throw MapRenderError(operation: "lay out the map with \"\(engine)\"", graphvizMessages: Graphviz.takeMessages())
        }
        hasLayout = true
    }

    /// The laid-out drawing in a Graphviz output format (`svg`, `pdf:cairo`, `png:cairo`, `dot`), as bytes.
    func renderData(format: String) throws(MapRenderError) -> Data {
        var result: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        let status = format.withCString { gvRenderData(context.handle, handle, $0, &result, &length) }
        defer { if let result { gvFreeRenderData(result) } }
        guard status == 0, let result else {
            throw MapRenderError(operation: "render \(format)", graphvizMessages: Graphviz.takeMessages())
        }
        return Data(bytes: result, count: Int(length))
    }
}

extension GraphvizGraph {
    /// A graph attribute's value, or `nil` when unset.
    func attribute(_ name: String) -> String? {
        let value = name.withCString { agget(UnsafeMutableRawPointer(handle), UnsafeMutablePointer(mutating: $0)) }
        guard let value else { return nil }
        let text = String(cString: value)
        return text.isEmpty ? nil : text
    }

    /// Adds a subgraph (a cluster when its name starts with `cluster`).
    func subgraph(_ name: String) throws(MapRenderError) -> UnsafeMutablePointer<Agraph_t> {
        let made = name.withCString { agsubg(handle, UnsafeMutablePointer(mutating: $0), 1) }
        guard let made else {
            throw MapRenderError(operation: "add subgraph \(name)", graphvizMessages: Graphviz.takeMessages())
        }
        return made
    }

    /// Puts a node into a subgraph.
    func add(_ node: UnsafeMutablePointer<Agnode_t>, to subgraph: UnsafeMutablePointer<Agraph_t>) {
        _ = agsubnode(subgraph, node, 1)
    }
}
