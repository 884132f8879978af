import CCairo
import CGraphviz
import Foundation

/// Drawing maps onto a ``Page`` someone else composes (the handout): Graphviz renders through
/// `gvRenderContext` into the page's own cairo context, so the map's text stays real text in the PDF. The
/// cairo context never leaves this module: pages call these from their ``Page`` methods.
extension MapRenderer {
    /// The size of the map (without title, legend and captions) once laid out; the same spec and options
    /// give the same layout, so a caller can choose the page's orientation and then draw it with ``Page/drawMap(_:options:fitting:maximumScale:)``.
    public static func layoutSize(of spec: MapSpec, options: RenderOptions = RenderOptions()) throws(MapRenderError) -> DrawingSize {
        try Graphviz.withExclusiveAccess { () throws(MapRenderError) -> DrawingSize in
            let graph = try build(spec, options: pageOptions(options))
            return try size(of: graph)
        }
    }

    /// Lays out the map (without title, legend and captions) and draws it into `cairo` (a `cairo_t *`),
    /// scaled to fit `rect` (never above `maximumScale`) and centred in it.
    ///
    /// The caller's context and surface stay as they were (no page is ended); the caller owns them.
    static func draw(
        _ spec: MapSpec, options: RenderOptions = RenderOptions(), into cairo: OpaquePointer, fitting rect: PageRect,
        maximumScale: Double = 1
    ) throws(MapRenderError) -> PlacedDrawing {
        try Graphviz.withExclusiveAccess { () throws(MapRenderError) -> PlacedDrawing in
            let graph = try build(spec, options: pageOptions(options))
            return try place(graph, into: cairo, fitting: rect, maximumScale: maximumScale)
        }
    }

    /// The natural size of the map's legend (the same samples as the map's), laid out in bands of columns
    /// no wider than `bandWidth` points.
    public static func legendSize(of spec: MapSpec, style: MapStyle = MapStyle(), bandWidth: Double) throws(MapRenderError) -> DrawingSize {
        try Graphviz.withExclusiveAccess { () throws(MapRenderError) -> DrawingSize in
            let graph = try buildLegend(spec, style: style, bandWidth: bandWidth)
            return try size(of: graph)
        }
    }

    /// Draws the map's legend into `cairo`, fitted into `rect` like ``draw(_:options:into:fitting:maximumScale:)``.
    static func drawLegend(
        of spec: MapSpec, style: MapStyle = MapStyle(), bandWidth: Double, into cairo: OpaquePointer,
        fitting rect: PageRect, maximumScale: Double = 1
    ) throws(MapRenderError) -> PlacedDrawing {
        try Graphviz.withExclusiveAccess { () throws(MapRenderError) -> PlacedDrawing in
            let graph = try buildLegend(spec, style: style, bandWidth: bandWidth)
            return try place(graph, into: cairo, fitting: rect, maximumScale: maximumScale)
        }
    }

    // MARK: - Inside the lock

    /// The map alone, without padding or background: the page around it is the caller's.
    static func pageOptions(_ options: RenderOptions) -> RenderOptions {
        var copy = options
        copy.decorations = false
        copy.graphAttributes["pad"] = "0"
        copy.graphAttributes["margin"] = "0"  // the PDF device's default margin would shift the drawing
        copy.graphAttributes["bgcolor"] = "transparent"
        return copy
    }

    /// A graph holding only the legend, its entries pinned and finished with the `nop` engine.
    static func buildLegend(_ spec: MapSpec, style: MapStyle, bandWidth: Double) throws(MapRenderError) -> GraphvizGraph {
        let context = try GraphvizContext()
        let graph = try GraphvizGraph(name: "legend", directed: false, context: context)
        graph.set("pad", "0")
        graph.set("margin", "0")
        graph.set("bgcolor", "transparent")
        graph.set("fontname", style.fontName)
        graph.set("overlap", "true")
        graph.set("pack", "false")
        graph.set("outputorder", "edgesfirst")
        let legendOnly = MapSpec(nodes: [], edges: [], title: "", legend: spec.legend)
        let width = max(bandWidth, 100)
        try Decorations.add(to: graph, spec: legendOnly, box: BoundingBox(minX: 0, minY: 0, maxX: width, maxY: 0),
                            style: style, legendBandWidth: width)
        try graph.layout(engine: "nop")
        return graph
    }

    /// The laid-out graph's bounding box (`bb`), read back through a DOT rendering that records it.
    static func size(of graph: GraphvizGraph) throws(MapRenderError) -> DrawingSize {
        _ = try graph.renderData(format: "dot")
        guard let box = BoundingBox(graph.attribute("bb")) else { return DrawingSize(width: 0, height: 0) }
        return DrawingSize(width: max(0, box.width), height: max(0, box.maxY - box.minY))
    }

    /// Scales and centres the laid-out graph in `rect` and lets Graphviz's cairo renderer draw it there.
    static func place(
        _ graph: GraphvizGraph, into cairo: OpaquePointer, fitting rect: PageRect, maximumScale: Double
    ) throws(MapRenderError) -> PlacedDrawing {
        let natural = try size(of: graph)
        guard natural.width > 0, natural.height > 0, rect.width > 0, rect.height > 0 else {
            return PlacedDrawing(frame: PageRect(x: rect.x, y: rect.y, width: 0, height: 0), scale: 0)
        }
        let scale = min(rect.width / natural.width, rect.height / natural.height, maximumScale)
        let width = natural.width * scale, height = natural.height * scale
        let frame = PageRect(x: rect.x + (rect.width - width) / 2, y: rect.y + (rect.height - height) / 2,
                             width: width, height: height)
        // Graphviz's cairo renderer ends a PDF job with `cairo_show_page` and `cairo_surface_finish` on the
        // context's target, which would close the caller's document. It gets a context of its own on a
        // sub-surface instead: drawing there goes straight (as vectors and text) to the page, and finishing
        // it only releases the sub-surface's reference to the page's surface.
        guard let target = cairo_get_target(cairo),
              let sub = cairo_surface_create_for_rectangle(target, 0, 0, 14_400, 14_400) else {
            throw MapRenderError(operation: "prepare the page for the map", graphvizMessages: [])
        }
        defer { cairo_surface_destroy(sub) }
        guard let local = cairo_create(sub) else {
            throw MapRenderError(operation: "prepare the page for the map", graphvizMessages: [])
        }
        defer { cairo_destroy(local) }
        var matrix = cairo_matrix_t()
        cairo_get_matrix(cairo, &matrix)
        cairo_set_matrix(local, &matrix)
        cairo_translate(local, frame.x, frame.y)
        cairo_scale(local, scale, scale)
        let status = "pdf:cairo".withCString { gvRenderContext(graph.context.handle, graph.handle, $0, UnsafeMutableRawPointer(local)) }
        guard status == 0, cairo_surface_status(target) == CAIRO_STATUS_SUCCESS else {
            throw MapRenderError(operation: "draw the map onto the page", graphvizMessages: Graphviz.takeMessages())
        }
        return PlacedDrawing(frame: frame, scale: scale)
    }
}
