import CCairo

/// Measures text as the drawings set it: DejaVu Sans through cairo, the font Graphviz's cairo renderer uses for
/// PDF and PNG (and that SVG names), so that names placed by ``LabelPlacement`` do not overlap on paper.
///
/// Owns a tiny cairo image surface and its context, destroyed in `deinit`; use from one thread.
final class TextMeasure {
    private let surface: OpaquePointer?
    private let context: OpaquePointer?
    private let family: String

    init(fontName: String = "DejaVu Sans") {
        family = fontName
        surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 4, 4)
        context = surface.flatMap { cairo_create($0) }
    }

    deinit {
        if let context { cairo_destroy(context) }
        if let surface { cairo_surface_destroy(surface) }
    }

    /// The advance width of `text` at `size` points; without cairo a generous estimate (0.62 em a character).
    func width(_ text: String, size: Double, bold: Bool) -> Double {
        guard let context, cairo_status(context) == CAIRO_STATUS_SUCCESS else {
            return Double(text.count) * size * 0.62
        }
        cairo_select_font_face(context, family, CAIRO_FONT_SLANT_NORMAL,
                               bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(context, size)
        var extents = cairo_text_extents_t()
        cairo_text_extents(context, text, &extents)
        return extents.x_advance
    }

    /// Greedy word wrap to `width` points; a word longer than a line stays whole on its own line.
    func wrap(_ text: String, width: Double, size: Double, bold: Bool = false) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var current = ""
            for word in paragraph.split(separator: " ") {
                let candidate = current.isEmpty ? String(word) : current + " " + word
                if !current.isEmpty, self.width(candidate, size: size, bold: bold) > width {
                    lines.append(current)
                    current = String(word)
                } else {
                    current = candidate
                }
            }
            lines.append(current)
        }
        return lines
    }
}
