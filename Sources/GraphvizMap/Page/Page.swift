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

/// A rectangle on a page, in points, with the origin at the top left.
public struct PageRect: Hashable, Sendable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x; self.y = y; self.width = width; self.height = height
    }

    public var maxX: Double { x + width }
    public var maxY: Double { y + height }
}

/// The natural size of a laid-out drawing, in points (Graphviz's 72 per inch).
public struct DrawingSize: Hashable, Sendable {
    public var width: Double
    public var height: Double

    public init(width: Double, height: Double) { self.width = width; self.height = height }

    /// Width over height (1 for an empty drawing).
    public var aspectRatio: Double { height > 0 ? width / height : 1 }
}

/// Where a drawing landed on the page and how much it was scaled.
public struct PlacedDrawing: Hashable, Sendable {
    /// The area the drawing covers, centred in the rectangle it was fitted into.
    public var frame: PageRect
    /// Page points per drawing point: a 9 pt label prints at `9 * scale` pt.
    public var scale: Double
}

/// A font as pages set text: DejaVu Sans (the maps' font), regular or bold, upright or oblique.
public struct PageFont: Hashable, Sendable {
    public var size: Double
    public var bold: Bool
    public var italic: Bool

    public init(size: Double, bold: Bool = false, italic: Bool = false) {
        self.size = size; self.bold = bold; self.italic = italic
    }
}

/// A piece of text at a place on the page, in its font.
public struct PlacedText: Hashable, Sendable {
    public var text: String
    /// The start of the baseline.
    public var x: Double
    public var y: Double
    public var font: PageFont

    public init(_ text: String, x: Double, y: Double, font: PageFont) {
        self.text = text; self.x = x; self.y = y; self.font = font
    }
}

/// A page someone else composes (the handout), onto which maps and their legends are drawn.
///
/// The small set of things a page composer needs: measuring and setting text, lines and boxes in shades of
/// grey, and a map or its legend fitted into a rectangle. ``PDFDocument`` is the page there is (a PDF drawn
/// with cairo, the map's text staying real text); whoever composes writes against this protocol and never
/// sees cairo or Graphviz.
public protocol Page: AnyObject {
    /// The current page's size.
    var pageSize: PageSize { get }
    /// The advance width of `text` in `font`.
    func width(_ text: String, _ font: PageFont) -> Double
    /// One line of text at `(x, baseline)` in a grey (0 black, 1 white); `alignRight` puts its end at `x`.
    func showText(_ text: String, x: Double, y: Double, font: PageFont, alignRight: Bool, gray: Double)
    /// Pieces of text in one grey (the words of wrapped lines).
    func show(_ pieces: [PlacedText], gray: Double)
    /// A straight line, solid or dashed (`dash`: lengths of dashes and gaps).
    func drawLine(from a: (Double, Double), to b: (Double, Double), width: Double, gray: Double, dash: [Double])
    /// A rectangle, filled with a grey (1 = white: none) and outlined in black when `stroke > 0`.
    func drawBox(_ rect: PageRect, fill: Double, stroke: Double)
    /// Lays out the map (without title, legend and captions) and draws it scaled to fit `rect` (never above
    /// `maximumScale`), centred in it.
    @discardableResult
    func drawMap(_ spec: MapSpec, options: RenderOptions, fitting rect: PageRect, maximumScale: Double)
        throws(MapRenderError) -> PlacedDrawing
    /// Draws the map's legend in bands of columns no wider than `bandWidth`, fitted like ``drawMap(_:options:fitting:maximumScale:)``.
    @discardableResult
    func drawLegend(of spec: MapSpec, style: MapStyle, bandWidth: Double, fitting rect: PageRect, maximumScale: Double)
        throws(MapRenderError) -> PlacedDrawing
    /// Lays out the stakeholder matrix and draws it scaled to fit `rect` (never above `maximumScale`), centred in it.
    @discardableResult
    func drawMatrix(_ spec: MatrixSpec, options: MatrixRenderOptions, fitting rect: PageRect, maximumScale: Double)
        throws(MapRenderError) -> PlacedDrawing
}

extension Page {
    public func line(from a: (Double, Double), to b: (Double, Double), width: Double = 0.5, gray: Double = 0,
                     dash: [Double] = []) {
        drawLine(from: a, to: b, width: width, gray: gray, dash: dash)
    }

    public func box(_ x: Double, _ y: Double, _ w: Double, _ h: Double, fill: Double = 1, stroke: Double = 0.6) {
        drawBox(PageRect(x: x, y: y, width: w, height: h), fill: fill, stroke: stroke)
    }

    @discardableResult
    public func drawMap(_ spec: MapSpec, options: RenderOptions, fitting rect: PageRect) throws(MapRenderError) -> PlacedDrawing {
        try drawMap(spec, options: options, fitting: rect, maximumScale: 1)
    }
}
