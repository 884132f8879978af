import CCairo
import Foundation
import NetworkMap

/// A page size in points.
public struct PageSize: Hashable, Sendable {
    public var width: Double
    public var height: Double

    public init(width: Double, height: Double) { self.width = width; self.height = height }

    /// ISO A4 upright: 210 x 297 mm.
    public static let a4Portrait = PageSize(width: 595.28, height: 841.89)
    /// ISO A4 turned on its side.
    public static let a4Landscape = PageSize(width: 841.89, height: 595.28)
}

/// A PDF being drawn with cairo into memory: pages, text in DejaVu Sans, lines and boxes.
///
/// Owns the cairo surface and context (destroyed in `deinit`); ``finish()`` returns the document's bytes.
/// Text uses cairo's "toy" font API, which embeds the font as a subset and keeps text searchable; the
/// word wrapping is ours (``lines(_:width:)``).
final class PDFCanvas {
    /// Collects what cairo writes; cairo calls back on the drawing thread only.
    private final class Sink {
        var data = Data()
    }

    private let sink = Sink()
    private let surface: OpaquePointer
    let context: OpaquePointer
    private(set) var pageSize: PageSize
    private var finished = false

    /// A new document whose first page has `size`; metadata is stamped with `date` so the bytes are reproducible.
    init(firstPage size: PageSize, title: String, date: Day?, creator: String) throws(HandoutError) {
        let write: cairo_write_func_t = { closure, bytes, length in
            guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
            let sink = Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue()
            sink.data.append(bytes, count: Int(length))
            return CAIRO_STATUS_SUCCESS
        }
        guard let surface = cairo_pdf_surface_create_for_stream(write, Unmanaged.passUnretained(sink).toOpaque(),
                                                                size.width, size.height),
              cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            throw HandoutError.cairo("create the PDF surface")
        }
        self.surface = surface
        guard let context = cairo_create(surface), cairo_status(context) == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw HandoutError.cairo("create the drawing context")
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
    func nextPage(_ size: PageSize) {
        cairo_show_page(context)
        cairo_pdf_surface_set_size(surface, size.width, size.height)
        pageSize = size
    }

    /// Changes the size of the current page; only before anything is drawn on it.
    func resizeCurrentPage(_ size: PageSize) {
        cairo_pdf_surface_set_size(surface, size.width, size.height)
        pageSize = size
    }

    /// Ends the last page and the document; the PDF's bytes.
    func finish() throws(HandoutError) -> Data {
        guard !finished else { return sink.data }
        cairo_show_page(context)
        cairo_surface_finish(surface)
        finished = true
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { throw HandoutError.cairo("write the PDF") }
        return sink.data
    }

    // MARK: - Text

    /// A font as the handout uses it: DejaVu Sans, regular or bold, at a size in points.
    struct Font: Hashable {
        var size: Double
        var bold = false
        var italic = false
    }

    /// One stretch of text in one font.
    struct Run: Hashable {
        var text: String
        var bold = false
        var italic = false

        /// cairo stops drawing the whole page at a noncharacter: text passes ``XMLText/sanitized(_:)`` first.
        init(_ text: String, bold: Bool = false, italic: Bool = false) {
            self.text = XMLText.sanitized(text); self.bold = bold; self.italic = italic
        }
    }

    /// A laid-out line: words with their x offset from the line's start.
    struct Line {
        var pieces: [(x: Double, run: Run)]
        var width: Double
    }

    static let fontFamily = "DejaVu Sans"

    func setFont(_ font: Font) {
        cairo_select_font_face(context, Self.fontFamily, font.italic ? CAIRO_FONT_SLANT_OBLIQUE : CAIRO_FONT_SLANT_NORMAL,
                               font.bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(context, font.size)
    }

    /// The advance width of `text` in `font`.
    func width(_ text: String, _ font: Font) -> Double {
        setFont(font)
        var extents = cairo_text_extents_t()
        cairo_text_extents(context, text, &extents)
        return extents.x_advance
    }

    /// Greedy word wrap of styled runs into lines no wider than `width`.
    ///
    /// A word longer than a line is split between characters. O(words).
    func lines(_ runs: [Run], size: Double, width: Double) -> [Line] {
        var words: [(run: Run, startsWord: Bool)] = []
        for run in runs {
            // A piece after a space starts a word; a run that begins without one continues the previous
            // word (a bold name followed by ":").
            for (k, part) in run.text.printed.split(separator: " ", omittingEmptySubsequences: false).enumerated() where !part.isEmpty {
                words.append((Run(String(part), bold: run.bold, italic: run.italic), words.isEmpty || k > 0))
            }
        }
        var result: [Line] = []
        var current = Line(pieces: [], width: 0)
        for (run, startsWord) in words {
            let font = Font(size: size, bold: run.bold, italic: run.italic)
            let wordWidth = self.width(run.text, font)
            let space = startsWord && !current.pieces.isEmpty ? self.width(" ", font) : 0
            if !current.pieces.isEmpty, startsWord, current.width + space + wordWidth > width {
                result.append(current)
                current = Line(pieces: [], width: 0)
            }
            if current.pieces.isEmpty && wordWidth > width {
                // Split an overlong word (a URL, a long compound) character by character.
                var chunk = ""
                for ch in run.text {
                    if !chunk.isEmpty, self.width(chunk + String(ch), font) > width {
                        result.append(Line(pieces: [(0, Run(chunk, bold: run.bold, italic: run.italic))],
                                           width: self.width(chunk, font)))
                        chunk = ""
                    }
                    chunk.append(ch)
                }
                current = Line(pieces: [(0, Run(chunk, bold: run.bold, italic: run.italic))], width: self.width(chunk, font))
                continue
            }
            let lead = current.pieces.isEmpty ? 0 : (startsWord ? self.width(" ", font) : 0)
            current.pieces.append((current.width + lead, run))
            current.width += lead + wordWidth
        }
        if !current.pieces.isEmpty { result.append(current) }
        return result
    }

    /// Draws laid-out lines from `(x, y)` (y is the first baseline) with `leading` between baselines.
    func draw(_ lines: [Line], x: Double, y: Double, size: Double, leading: Double, gray: Double = 0) {
        cairo_set_source_rgb(context, gray, gray, gray)
        for (k, line) in lines.enumerated() {
            for piece in line.pieces {
                setFont(Font(size: size, bold: piece.run.bold, italic: piece.run.italic))
                cairo_move_to(context, x + piece.x, y + Double(k) * leading)
                cairo_show_text(context, piece.run.text)
            }
        }
    }

    /// One line of text at `(x, baseline)`; `alignRight` puts its end at `x`.
    func text(_ text: String, x: Double, y: Double, font: Font, alignRight: Bool = false, gray: Double = 0) {
        let text = text.printed
        let w = alignRight ? width(text, font) : 0
        setFont(font)
        cairo_set_source_rgb(context, gray, gray, gray)
        cairo_move_to(context, x - w, y)
        cairo_show_text(context, text)
    }

    // MARK: - Lines and boxes

    func line(from a: (Double, Double), to b: (Double, Double), width: Double = 0.5, gray: Double = 0, dash: [Double] = []) {
        cairo_set_source_rgb(context, gray, gray, gray)
        cairo_set_line_width(context, width)
        cairo_set_dash(context, dash, Int32(dash.count), 0)
        cairo_move_to(context, a.0, a.1)
        cairo_line_to(context, b.0, b.1)
        cairo_stroke(context)
        cairo_set_dash(context, [], 0, 0)
    }

    /// A rectangle, filled with a grey (1 = white: none) and outlined when `stroke > 0`.
    func box(_ x: Double, _ y: Double, _ w: Double, _ h: Double, fill: Double = 1, stroke: Double = 0.6) {
        cairo_rectangle(context, x, y, w, h)
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
}

/// The handout could not be made: cairo failed, or Graphviz could not draw the map.
public enum HandoutError: Error, Sendable, CustomStringConvertible {
    case cairo(String)
    case map(String)

    /// The command line's exit code (sysexits' `EX_SOFTWARE`, as for a map that cannot be drawn).
    public static let exitCode: Int32 = 70

    public var description: String {
        switch self {
        case let .cairo(what): return "cairo failed to \(what)."
        case let .map(message): return message
        }
    }
}

extension String {
    /// The text as it goes on paper: no doubled full stop, and no Markdown code marks (they mean nothing
    /// in print: `network-map render` prints as network-map render), and nothing cairo cannot draw (a noncharacter
    /// puts cairo into an error that ends the page).
    var printed: String { XMLText.sanitized(tidySentence.replacingOccurrences(of: "`", with: "")) }
}
