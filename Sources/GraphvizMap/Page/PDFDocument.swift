import CCairo
import Foundation
import NetworkMap

/// A cairo operation that failed while a PDF was drawn.
public struct PageError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What the document was doing: "create the PDF surface", "write the PDF".
    public var operation: String
    public var description: String { "cairo failed to \(operation)." }
}

/// A PDF being drawn with cairo into memory, page by page: the ``Page`` a handout is composed on.
///
/// Owns the cairo surface and context (destroyed in `deinit`); ``finish()`` returns the document's bytes.
/// Text uses cairo's "toy" font API, which embeds the font as a subset and keeps text searchable. Graphviz
/// draws maps onto the same pages through `gvRenderContext`, so their words stay real text too.
public final class PDFDocument: Page {
    /// Collects what cairo writes; cairo calls back on the drawing thread only.
    private final class Sink {
        var data = Data()
    }

    private let sink = Sink()
    private let surface: OpaquePointer
    private let context: OpaquePointer
    public private(set) var pageSize: PageSize
    private var finished = false

    /// A new document whose first page has `size`; metadata is stamped with `date` so the bytes are reproducible.
    public init(firstPage size: PageSize, title: String, date: Day?, creator: String) throws(PageError) {
        let write: cairo_write_func_t = { closure, bytes, length in
            guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
            let sink = Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue()
            sink.data.append(bytes, count: Int(length))
            return CAIRO_STATUS_SUCCESS
        }
        guard let surface = cairo_pdf_surface_create_for_stream(write, Unmanaged.passUnretained(sink).toOpaque(),
                                                                size.width, size.height),
              cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            throw PageError(operation: "create the PDF surface")
        }
        self.surface = surface
        guard let context = cairo_create(surface), cairo_status(context) == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw PageError(operation: "create the drawing context")
        }
        self.context = context
        pageSize = size
        // cairo would stamp the current time; the data's date keeps the same input giving the same bytes.
        let stamp = (date?.description ?? "2000-01-01") + "T00:00:00"
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, stamp)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, stamp)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, creator)
    }

    deinit {
        cairo_destroy(context)
        cairo_surface_destroy(surface)
    }

    /// Ends the current page and starts the next one with `size`.
    public func nextPage(_ size: PageSize) {
        cairo_show_page(context)
        cairo_pdf_surface_set_size(surface, size.width, size.height)
        pageSize = size
    }

    /// Changes the size of the current page; only before anything is drawn on it.
    public func resizeCurrentPage(_ size: PageSize) {
        cairo_pdf_surface_set_size(surface, size.width, size.height)
        pageSize = size
    }

    /// Ends the last page and the document; the PDF's bytes.
    public func finish() throws(PageError) -> Data {
        guard !finished else { return sink.data }
        cairo_show_page(context)
        cairo_surface_finish(surface)
        finished = true
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { throw PageError(operation: "write the PDF") }
        return sink.data
    }

    // MARK: - Page

    static let fontFamily = "DejaVu Sans"

    private func setFont(_ font: PageFont) {
        cairo_select_font_face(context, Self.fontFamily, font.italic ? CAIRO_FONT_SLANT_OBLIQUE : CAIRO_FONT_SLANT_NORMAL,
                               font.bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(context, font.size)
    }

    public func width(_ text: String, _ font: PageFont) -> Double {
        setFont(font)
        var extents = cairo_text_extents_t()
        cairo_text_extents(context, Markup.sanitized(text), &extents)
        return extents.x_advance
    }

    public func showText(_ text: String, x: Double, y: Double, font: PageFont, alignRight: Bool, gray: Double) {
        let w = alignRight ? width(text, font) : 0
        setFont(font)
        cairo_set_source_rgb(context, gray, gray, gray)
        cairo_move_to(context, x - w, y)
        cairo_show_text(context, Markup.sanitized(text))
    }

    public func show(_ pieces: [PlacedText], gray: Double) {
        cairo_set_source_rgb(context, gray, gray, gray)
        for piece in pieces {
            setFont(piece.font)
            cairo_move_to(context, piece.x, piece.y)
            // A noncharacter or a control character makes cairo give up the whole page; a NUL would end the C string.
            cairo_show_text(context, Markup.sanitized(piece.text))
        }
    }

    public func drawLine(from a: (Double, Double), to b: (Double, Double), width: Double, gray: Double, dash: [Double]) {
        cairo_set_source_rgb(context, gray, gray, gray)
        cairo_set_line_width(context, width)
        cairo_set_dash(context, dash, Int32(dash.count), 0)
        cairo_move_to(context, a.0, a.1)
        cairo_line_to(context, b.0, b.1)
        cairo_stroke(context)
        cairo_set_dash(context, [], 0, 0)
    }

    public func drawBox(_ rect: PageRect, fill: Double, stroke: Double) {
        cairo_rectangle(context, rect.x, rect.y, rect.width, rect.height)
        if fill < 1 {
            cairo_set_source_rgb(context, fill, fill, fill)
            if stroke > 0 { cairo_fill_preserve(context) } else { cairo_fill(context) }
        }
        if stroke > 0 {
            cairo_set_source_rgb(context, 0, 0, 0)
            cairo_set_line_width(context, stroke)
            cairo_stroke(context)
        }
    }

    @discardableResult
    public func drawMap(_ spec: MapSpec, options: RenderOptions, fitting rect: PageRect, maximumScale: Double)
        throws(MapRenderError) -> PlacedDrawing {
        try MapRenderer.draw(spec, options: options, into: context, fitting: rect, maximumScale: maximumScale)
    }

    @discardableResult
    public func drawLegend(of spec: MapSpec, style: MapStyle, bandWidth: Double, fitting rect: PageRect,
                           maximumScale: Double) throws(MapRenderError) -> PlacedDrawing {
        try MapRenderer.drawLegend(of: spec, style: style, bandWidth: bandWidth, into: context, fitting: rect,
                                   maximumScale: maximumScale)
    }

    @discardableResult
    public func drawMatrix(_ spec: MatrixSpec, options: MatrixRenderOptions, fitting rect: PageRect,
                           maximumScale: Double) throws(MapRenderError) -> PlacedDrawing {
        try MatrixRenderer.draw(spec, options: options, into: context, fitting: rect, maximumScale: maximumScale)
    }
}
