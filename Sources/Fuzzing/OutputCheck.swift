import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Checks that what a command wrote is well-formed in its format; each returns `nil` when it is, or what is wrong.
public enum OutputCheck {
    /// XML 1.0 (SVG, GEXF, GraphML), read by Foundation's `XMLParser` (libxml2) without resolving any entity.
    public static func xmlProblem(_ data: Data) -> String? {
        guard !data.isEmpty else { return "the document is empty" }
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        let collector = ErrorCollector()
        parser.delegate = collector
        if parser.parse(), collector.message == nil { return nil }
        let detail = collector.message ?? parser.parserError.map { "\($0)" } ?? "no detail"
        return "not well-formed XML at line \(parser.lineNumber), column \(parser.columnNumber): \(detail)"
    }

    /// JSON, read by `JSONSerialization`.
    public static func jsonProblem(_ data: Data) -> String? {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return nil
        } catch {
            return "not JSON: \(error)"
        }
    }

    /// An HTML page: UTF-8, closed, and every `<svg>…</svg>` in it well-formed XML.
    public static func htmlProblem(_ data: Data) -> String? {
        guard let text = String(data: data, encoding: .utf8) else { return "not UTF-8" }
        guard text.contains("</html>") else { return "the page does not end with </html>" }
        var rest = Substring(text)
        while let start = rest.range(of: "<svg"), let end = rest.range(of: "</svg>", range: start.upperBound..<rest.endIndex) {
            let svg = rest[start.lowerBound..<end.upperBound]
            if let problem = xmlProblem(Data(svg.utf8)) { return "embedded SVG: \(problem)" }
            rest = rest[end.upperBound...]
        }
        return nil
    }

    /// Text: valid UTF-8.
    public static func textProblem(_ data: Data) -> String? {
        String(data: data, encoding: .utf8) == nil ? "not UTF-8" : nil
    }

    /// A PDF: the header and an end-of-file marker near the end.
    public static func pdfProblem(_ data: Data) -> String? {
        guard data.starts(with: Array("%PDF-".utf8)) else { return "no %PDF- header" }
        guard String(decoding: data.suffix(64), as: UTF8.self).contains("%%EOF") else { return "no %%EOF at the end" }
        return nil
    }
}

private final class ErrorCollector: NSObject, XMLParserDelegate {
    var message: String?

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if message == nil { message = "\(parseError)" }
    }

    func parser(_ parser: XMLParser, validationErrorOccurred validationError: Error) {
        if message == nil { message = "\(validationError)" }
    }
}
