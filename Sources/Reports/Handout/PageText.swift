import Foundation
import GraphvizMap
import Wording

/// One stretch of text in one font: regular, bold or italic.
struct TextRun: Hashable {
    var text: String
    var bold = false
    var italic = false

    init(_ text: String, bold: Bool = false, italic: Bool = false) {
        self.text = text; self.bold = bold; self.italic = italic
    }
}

/// A laid-out line: words with their x offset from the line's start.
struct TextLine {
    var pieces: [(x: Double, run: TextRun)]
    var width: Double
}

/// The handout's text on a ``Page``: word wrap and printed wording.
extension Page {
    /// One line of text as it goes on paper (``Swift/String/printed``) at `(x, baseline)`; `alignRight` puts its end at `x`.
    func text(_ text: String, x: Double, y: Double, font: PageFont, alignRight: Bool = false, gray: Double = 0) {
        showText(text.printed, x: x, y: y, font: font, alignRight: alignRight, gray: gray)
    }

    /// Greedy word wrap of styled runs into lines no wider than `width`.
    ///
    /// A word longer than a line is split between characters. O(words).
    func lines(_ runs: [TextRun], size: Double, width: Double) -> [TextLine] {
        var words: [(run: TextRun, startsWord: Bool)] = []
        for run in runs {
            // A piece after a space starts a word; a run that begins without one continues the previous
            // word (a bold name followed by ":").
            for (k, part) in run.text.printed.split(separator: " ", omittingEmptySubsequences: false).enumerated() where !part.isEmpty {
                words.append((TextRun(String(part), bold: run.bold, italic: run.italic), words.isEmpty || k > 0))
            }
        }
        var result: [TextLine] = []
        var current = TextLine(pieces: [], width: 0)
        for (run, startsWord) in words {
            let font = PageFont(size: size, bold: run.bold, italic: run.italic)
            let wordWidth = self.width(run.text, font)
            let space = startsWord && !current.pieces.isEmpty ? self.width(" ", font) : 0
            if !current.pieces.isEmpty, startsWord, current.width + space + wordWidth > width {
                result.append(current)
                current = TextLine(pieces: [], width: 0)
            }
            if current.pieces.isEmpty && wordWidth > width {
                // Split an overlong word (a URL, a long compound) character by character.
                var chunk = ""
                for ch in run.text {
                    if !chunk.isEmpty, self.width(chunk + String(ch), font) > width {
                        result.append(TextLine(pieces: [(0, TextRun(chunk, bold: run.bold, italic: run.italic))],
                                               width: self.width(chunk, font)))
                        chunk = ""
                    }
                    chunk.append(ch)
                }
                current = TextLine(pieces: [(0, TextRun(chunk, bold: run.bold, italic: run.italic))], width: self.width(chunk, font))
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
    func draw(_ lines: [TextLine], x: Double, y: Double, size: Double, leading: Double, gray: Double = 0) {
        var pieces: [PlacedText] = []
        for (k, line) in lines.enumerated() {
            for piece in line.pieces {
                pieces.append(PlacedText(piece.run.text, x: x + piece.x, y: y + Double(k) * leading,
                                         font: PageFont(size: size, bold: piece.run.bold, italic: piece.run.italic)))
            }
        }
        show(pieces, gray: gray)
    }
}

/// The handout could not be made: cairo failed, or Graphviz could not draw the map.
public enum HandoutError: Error, Sendable, CustomStringConvertible {
    case page(PageError)
    case map(String)

    /// The command line's exit code (sysexits' `EX_SOFTWARE`, as for a map that cannot be drawn).
    public static let exitCode: Int32 = 70

    public var description: String {
        switch self {
        case let .page(error): return error.description
        case let .map(message): return message
        }
    }
}

extension String {
    /// The text as it goes on paper: no doubled full stop, and no Markdown code marks (they mean nothing
    /// in print: `network-map render` prints as network-map render).
    var printed: String { tidySentence.replacingOccurrences(of: "`", with: "") }
}
