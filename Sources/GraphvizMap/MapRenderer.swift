import CGraphviz
import Foundation
import NetworkMap

/// An output format of ``MapRenderer``.
public enum MapFormat: String, CaseIterable, Sendable {
    case svg, pdf, png, dot

    /// Graphviz's device name; PDF and PNG are named explicitly so the output never depends on plugin order.
    var device: String {
        switch self {
        case .svg: return "svg"
        case .pdf: return "pdf:cairo"
        case .png: return "png:cairo"
        case .dot: return "dot"
        }
    }
}

/// How ``MapRenderer`` lays out and draws a ``MapSpec``.
public struct RenderOptions: Hashable, Sendable {
    /// A Graphviz layout engine (`neato`, `fdp`, `sfdp`, `dot`, `circo`, `twopi`); `nil` chooses by size.
    public var layout: String?
    public var style: MapStyle
    /// Seed of the layout's starting positions: the same seed gives the same drawing, byte for byte.
    public var seed: Int
    /// Draw title, legend and captions around the map.
    public var decorations: Bool
    /// Above this many nodes, labels are dropped for actors whose size is below ``labelSizeThreshold``.
    public var labelNodeLimit: Int
    public var labelSizeThreshold: Double
    /// The date written into a PDF's `/CreationDate` (cairo stamps the current time, which would make
    /// every PDF differ); `nil` writes 2000-01-01.
    public var documentDate: Day?
    /// Extra Graphviz graph attributes, set last (for example `["size": "11,8", "ratio": "fill"]`).
    public var graphAttributes: [String: String]

    public init(
        layout: String? = nil, style: MapStyle = MapStyle(), seed: Int = 1, decorations: Bool = true,
        labelNodeLimit: Int = 1500, labelSizeThreshold: Double = 0.3, graphAttributes: [String: String] = [:]
    ) {
        self.graphAttributes = graphAttributes
        self.documentDate = nil
        self.layout = layout; self.style = style; self.seed = seed; self.decorations = decorations
        self.labelNodeLimit = labelNodeLimit; self.labelSizeThreshold = labelSizeThreshold
    }
}

/// Draws a ``MapSpec`` through Graphviz's C API (cgraph + gvc) as SVG, PDF, PNG or DOT.
///
/// All calls are serialised through one process-wide lock, since Graphviz keeps global state.
/// The map is laid out first; title, legend and captions are then pinned around its bounding box
/// and the whole drawing is finished with Graphviz's `nop` engine, which keeps the positions.
public enum MapRenderer {
    /// The engine used when none is given: `neato` (stress majorization, the most readable for
    /// quarter-sized networks) up to 400 nodes, `sfdp` (multilevel force-directed, Hu 2005) beyond;
    /// `fdp` when nodes are grouped into clusters, since neato and sfdp ignore clusters.
    public static func defaultLayout(nodeCount: Int, hasClusters: Bool = false) -> String {
        if hasClusters { return "fdp" }
        return nodeCount <= 400 ? "neato" : "sfdp"
    }

    /// The most actors a map is drawn with.
    ///
    /// Beyond some thousands of actors Graphviz lays a map out for minutes (packing 50,000 actors without ties
    /// gave no answer after 180 s on the release build), and nobody reads a map of that many names. A quarter has
    /// some hundreds.
    public static let maximumActors = 5_000
    /// The most ties a map is drawn with: a complete graph of 1,500 actors made a 391 MB SVG in nearly 3 minutes.
    public static let maximumTies = 50_000

    /// Whether `spec` is larger than a map is drawn (``maximumActors``, ``maximumTies``): the caller refuses it
    /// with advice to draw a part (`--focus`, `--type`, `--theme`) rather than let Graphviz run for minutes.
    public static func isTooLarge(_ spec: MapSpec) -> Bool {
        spec.nodes.count > maximumActors || spec.edges.count > maximumTies
    }

    /// The map as bytes in the given format.
    public static func render(
        _ spec: MapSpec, format: MapFormat, options: RenderOptions = RenderOptions()
    ) throws(MapRenderError) -> Data {
        try Graphviz.withExclusiveAccess { () throws(MapRenderError) -> Data in
            let graph = try build(spec, options: options)
            let data = try graph.renderData(format: format.device)
            return format == .pdf ? stampCreationDate(data, options.documentDate) : data
        }
    }

    /// Replaces cairo's `/CreationDate (D:YYYYMMDDHHMMSSZ)` by a fixed date of the same length, so the
    /// cross-reference offsets stay valid and the same input gives the same bytes.
    static func stampCreationDate(_ pdf: Data, _ day: Day?) -> Data {
        let marker = Array("/CreationDate (D:".utf8)
        var bytes = [UInt8](pdf)
        guard bytes.count > marker.count + 14 else { return pdf }
        let stamp = Array(((day.map { $0.description.replacingOccurrences(of: "-", with: "") } ?? "20000101")
                           + "000000").utf8)
        var i = 0
        while i + marker.count + 14 <= bytes.count {
            if bytes[i] == marker[0], Array(bytes[i..<(i + marker.count)]) == marker {
                let start = i + marker.count
                guard bytes[start..<(start + 14)].allSatisfy({ (48...57).contains($0) }) else { break }
                bytes.replaceSubrange(start..<(start + 14), with: stamp)
                return Data(bytes)
            }
            i += 1
        }
        return pdf
    }

    // MARK: - Building the Graphviz graph

    /// Builds and lays out the graph; inside the lock.
    static func build(_ spec: MapSpec, options: RenderOptions) throws(MapRenderError) -> GraphvizGraph {
        let context = try GraphvizContext()
        let directed = spec.edges.contains { $0.isDirected }
        let graph = try GraphvizGraph(name: spec.title.isEmpty ? "map" : spec.title, directed: directed,
                                      context: context)
        let style = options.style
        let hasClusters = spec.nodes.contains { $0.cluster != nil }
        let engine = options.layout ?? defaultLayout(nodeCount: spec.nodes.count, hasClusters: hasClusters)
        let n = spec.nodes.count
        let large = n > 400

        graph.set("outputorder", "edgesfirst")
        graph.set("overlap", large && n > 3000 ? "scale" : "prism")
        graph.set("overlap_scaling", large ? "-4" : "-4")
        graph.set("sep", "+7")
        graph.set("esep", "+3")
        // Routing splines around nodes reads best but costs seconds beyond a few dozen nodes.
        graph.set("splines", n <= 60 ? "true" : "false")
        graph.set("start", String(options.seed))
        graph.set("pad", "0.3")
        graph.set("bgcolor", "white")
        graph.set("fontname", style.fontName)
        graph.set("pack", "true")
        graph.set("packmode", "graph")
        graph.set("tooltip", GraphvizText.plain(spec.title))
        if engine == "sfdp" { graph.set("K", "0.9"); graph.set("repulsiveforce", "1.2") }
        if engine == "fdp" { graph.set("K", "0.5") }

        for (name, value) in options.graphAttributes.sorted(by: { $0.key < $1.key }) { graph.set(name, value) }

        let dropSmallLabels = n > options.labelNodeLimit
        var handles: [String: UnsafeMutablePointer<Agnode_t>] = [:]
        handles.reserveCapacity(n)
        var clusters: [String: UnsafeMutablePointer<Agraph_t>] = [:]
        for (index, node) in spec.nodes.enumerated() {
            let handle = try graph.node("n\(index)")
            handles[node.id] = handle
            let object = UnsafeMutableRawPointer(handle)
            let set = { (name: String, value: String) in GraphvizGraph.set(object, name, value) }
            let showLabel = !dropSmallLabels || (node.size ?? 0) >= options.labelSizeThreshold
                || !node.marks.isEmpty
            set("label", showLabel ? GraphvizText.wrapped(node.label, width: style.labelWrapWidth) : "")
            applyNodeLook(set, shape: node.shape, shapeStyle: node.shapeStyle, fill: node.fillColor,
                          size: node.size, marks: node.marks, style: style)
            if !showLabel { set("fixedsize", "true") }
            set("id", SVGIdentifier.actor(node.id))
            let classes = ["actor", "type-" + SVGIdentifier.token(node.type)]
                + node.marks.sorted().map { "mark-" + $0.rawValue }
            set("class", classes.joined(separator: " "))
            set("tooltip", GraphvizText.plain(node.tooltip ?? node.label))
            if let key = node.cluster, engine == "fdp" || engine == "dot" {
                let sub: UnsafeMutablePointer<Agraph_t>
                if let existing = clusters[key] {
                    sub = existing
                } else {
                    sub = try graph.subgraph("cluster_\(clusters.count)")
                    clusters[key] = sub
                    GraphvizGraph.set(UnsafeMutableRawPointer(sub), "label", GraphvizText.plain(key))
                    GraphvizGraph.set(UnsafeMutableRawPointer(sub), "style", "rounded,dashed")
                    GraphvizGraph.set(UnsafeMutableRawPointer(sub), "color", "#888888")
                    GraphvizGraph.set(UnsafeMutableRawPointer(sub), "fontsize", "12")
                    GraphvizGraph.set(UnsafeMutableRawPointer(sub), "fontname", style.fontName)
                }
                graph.add(handle, to: sub)
            }
        }
        for (index, edge) in spec.edges.enumerated() {
            guard let tail = handles[edge.source], let head = handles[edge.target] else { continue }
            let handle = try graph.edge(tail, head, name: "e\(index)")
            let object = UnsafeMutableRawPointer(handle)
            let set = { (name: String, value: String) in GraphvizGraph.set(object, name, value) }
            applyEdgeLook(set, kind: edge.kind, strength: edge.strength, isDirected: edge.isDirected,
                          marks: edge.marks, style: style)
            set("id", "tie-\(index)")
            let classes = ["tie", "kind-" + SVGIdentifier.token(edge.kind)]
                + edge.marks.sorted().map { "mark-" + $0.rawValue }
            set("class", classes.joined(separator: " "))
            if let tooltip = edge.tooltip { set("tooltip", GraphvizText.plain(tooltip)) }
            if edge.marks.contains(.introduction) || edge.marks.contains(.planned) { set("weight", "0.05"); set("len", "3") }
            // A lost tie holds nothing together: long and slack, so whoever hung on it drifts apart.
            if edge.marks.contains(.lost) { set("weight", "0.05"); set("len", "2.5") }
        }

        try graph.layout(engine: engine)
        guard options.decorations else { return graph }
        // The layout's positions become attributes (as in a DOT output); then decorations are pinned
        // around the bounding box and the `nop` engine keeps every position.
        _ = try graph.renderData(format: "dot")
        let box = BoundingBox(graph.attribute("bb")) ?? BoundingBox(minX: 0, minY: 0, maxX: 100, maxY: 100)
        graph.freeLayout()
        try Decorations.add(to: graph, spec: spec, box: box, style: style)
        graph.set("overlap", "true")
        graph.set("pack", "false")
        try graph.layout(engine: "nop")
        return graph
    }

    /// Node attributes for a shape, fill, size and marks (shared by map nodes and legend samples).
    static func applyNodeLook(
        _ set: (String, String) -> Void, shape: String, shapeStyle: [String], fill: String, size: Double?,
        marks: Set<MapSpec.NodeMark>, style: MapStyle
    ) {
        set("shape", shape)
        var styles = ["filled"] + shapeStyle
        var pen = 1.0
        var outline = "#333333"
        if marks.contains(.isolated) { styles.append("dashed"); pen = max(pen, 1.6) }
        if marks.contains(.articulationPoint) { pen = max(pen, 3); outline = "#000000" }
        if marks.contains(.broker) { set("peripheries", "2"); pen = max(pen, 1.5); outline = "#000000" }
        if marks.contains(.highlighted) { pen = max(pen, 3.5); outline = "#CC3311" }
        var fill = fill
        if marks.contains(.added) { set("peripheries", "2"); pen = max(pen, 2.5); outline = style.addedColor }
        if marks.contains(.cutOff) { pen = max(pen, 4.5); outline = style.cutOffColor }
        if marks.contains(.removed) {
            // Greyed and crossed at the corners, so it reads as gone in black and white too.
            if !styles.contains("dashed") { styles.append("dashed") }
            styles.append("diagonals")
            pen = max(pen, 3.5); outline = style.removedColor; fill = style.removedFill
            set("fontcolor", "#666666")
        }
        set("style", styles.joined(separator: ","))
        set("fillcolor", fill)
        set("color", outline)
        set("penwidth", format(pen))
        let width = style.width(size: size)
        let tall = shape == "ellipse" || shape == "box" || shape == "box3d" || shape == "house" || shape == "hexagon"
            || shape == "octagon"
        set("width", format(width))
        set("height", format(tall ? max(0.3, width * 0.55) : width))
        set("fontname", style.fontName)
        set("fontsize", format(style.fontSize(size: size)))
        set("margin", "0.06,0.03")
    }

    /// Edge attributes for a tie kind, strength and marks (shared by map edges and legend samples).
    static func applyEdgeLook(
        _ set: (String, String) -> Void, kind: String, strength: Double, isDirected: Bool,
        marks: Set<MapSpec.EdgeMark>, style: MapStyle
    ) {
        var look = style.look(ofKind: marks.contains(.introduction) ? MapSpec.Edge.introductionKind
                                : marks.contains(.planned) ? MapSpec.Edge.plannedKind : kind,
                              isDirected: isDirected)
        if marks.contains(.introduced) { look.arrowHead = "dot"; look.arrowTail = "dot" }
        let pen = style.penwidth(strength: strength) * look.penwidthFactor
        if marks.contains(.lost) {
            // Faded and dotted whatever its kind: the tie is gone.
            set("color", style.lostColor)
            set("penwidth", format(max(pen * 0.8, 1.5)))
            look.style = "dotted"
        } else if marks.contains(.introduced) {
            // In the introductions' purple, single and thick: the dots at the ends need one colour.
            set("color", style.look(ofKind: MapSpec.Edge.introductionKind, isDirected: false).color)
            set("penwidth", format(max(pen, 3)))
        } else if marks.contains(.added) {
            set("color", "\(style.addedColor):invis:\(style.addedColor)")
            set("penwidth", format(max(pen, 2)))
            look.style = "solid"  // a dotted double line would read as a lost tie
        } else if marks.contains(.bridge) {
            set("color", "\(look.color):invis:\(look.color)")
            set("penwidth", format(max(pen, 1.4)))
        } else {
            set("color", look.color)
            set("penwidth", format(pen))
        }
        // Dashed in its kind's colour: still a tie, but one to ask about. A lost tie's dots say more.
        if marks.contains(.unconfirmed) && !marks.contains(.lost) { look.style = "dashed" }
        set("style", look.style)
        set("arrowhead", look.arrowHead)
        set("arrowtail", look.arrowTail)
        set("arrowsize", marks.contains(.introduced) ? "1.2" : "0.7")
        let both = look.arrowTail != "none"
        set("dir", both ? "both" : (look.arrowHead != "none" ? "forward" : "none"))
    }

    /// A number as Graphviz reads it, without locale and with at most 3 decimals.
    static func format(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(rounded)
    }
}

/// Graphviz's `bb` attribute: lower-left and upper-right corners in points.
struct BoundingBox {
    var minX: Double, minY: Double, maxX: Double, maxY: Double

    init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.minX = minX; self.minY = minY; self.maxX = maxX; self.maxY = maxY
    }

    init?(_ text: String?) {
        guard let text else { return nil }
        let parts = text.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 4 else { return nil }
        self.init(minX: parts[0], minY: parts[1], maxX: parts[2], maxY: parts[3])
    }

    var midX: Double { (minX + maxX) / 2 }
    var width: Double { maxX - minX }
}
