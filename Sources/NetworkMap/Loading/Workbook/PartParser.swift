import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A streaming (SAX) reader of one XML part of a workbook, on Foundation's `XMLParser` (libxml2 on Linux).
///
/// Subclasses see elements by their local name (prefix dropped: `x:c` is `c`) and text as it arrives; no tree is
/// built. A part that declares a DTD is refused before parsing, so no entity (internal or external) is ever expanded,
/// and external entities are not resolved in any case. Nesting deeper than ``WorkbookLimits/maximumDepth`` stops the
/// parse, so does any error a subclass raises with ``fail(_:)``.
class PartParser: NSObject, XMLParserDelegate {
    let part: String
    let limits: WorkbookLimits
    private var depth = 0
    private var rootClosed = false
    private var failure: WorkbookError?
    private var syntaxErrorLine: Int?
    private weak var parser: XMLParser?

    init(part: String, limits: WorkbookLimits) {
        self.part = part; self.limits = limits
    }

    /// Parses `data`, calling ``start(_:_:)``, ``end(_:)`` and ``characters(_:)``.
    final func parse(_ data: Data) throws(WorkbookError) {
        try PartParser.refuseDoctype(in: data, part: part)
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = self
        self.parser = parser
        let ok = parser.parse()
        parser.delegate = nil
        if let failure { throw failure }
        if let line = syntaxErrorLine { throw .malformedPart(part, line: line) }
        // Foundation never tells libxml2 that the data has ended, so for a part over 10 MB (libxml2's lookup limit)
        // it reports an error after the root element has closed: the document was read whole all the same.
        guard ok || rootClosed else { throw .malformedPart(part, line: nil) }
    }

    /// An element opens; `name` without prefix, attributes by their names as written.
    func start(_ name: String, _ attributes: [String: String]) {}
    /// An element closes.
    func end(_ name: String) {}
    /// Text inside the current element; may come in several pieces.
    func characters(_ text: String) {}

    /// Stops the parse with `error` (the first error raised wins).
    final func fail(_ error: WorkbookError) {
        if failure == nil { failure = error }
        parser?.abortParsing()
    }

    /// Whether a subclass has raised an error, so that it can skip further work.
    final var hasFailed: Bool { failure != nil }

    // MARK: XMLParserDelegate

    final func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                      qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        guard failure == nil else { return }
        depth += 1
        guard depth <= limits.maximumDepth else {
            fail(.tooLarge(part: part, limit: .depth(limits.maximumDepth)))
            return
        }
        start(PartParser.localName(elementName), attributeDict)
    }

    final func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                      qualifiedName qName: String?) {
        guard failure == nil else { return }
        depth -= 1
        if depth == 0 { rootClosed = true }
        end(PartParser.localName(elementName))
    }

    final func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard failure == nil else { return }
        characters(string)
    }

    final func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard failure == nil else { return }
        characters(String(decoding: CDATABlock, as: UTF8.self))
    }

    final func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        // libxml2 runs in recovery mode under Foundation; any error it reports makes the part malformed, except
        // one after the root element has closed (see parse(_:)).
        if syntaxErrorLine == nil && !rootClosed { syntaxErrorLine = parser.lineNumber }
    }

    // MARK: Helpers

    /// `c` for `c` and for `x:c`.
    static func localName(_ name: String) -> String {
        guard let colon = name.utf8.lastIndex(of: UInt8(ascii: ":")) else { return name }
        return String(name[name.index(after: colon)...])
    }

    /// The value of the attribute whose local name is `name`, whatever its prefix (`r:id`, `relationships:id`).
    static func attribute(_ name: String, in attributes: [String: String]) -> String? {
        if let value = attributes[name] { return value }
        let suffix = ":" + name
        return attributes.first { $0.key.hasSuffix(suffix) }?.value
    }

    /// Refuses a part whose prolog has `<!DOCTYPE` (or any `<!` but a comment): entity expansion needs a DTD.
    ///
    /// Scans up to the root element's start tag, stepping over processing instructions and comments; zero bytes are
    /// skipped so that UTF-16 parts are scanned too. O(length of the prolog).
    static func refuseDoctype(in data: Data, part: String) throws(WorkbookError) {
        var bytes = data.lazy.filter { $0 != 0 }.makeIterator()
        /// Skips to just after `terminator`; `false` at the end of the data.
        func skip(past terminator: [UInt8]) -> Bool {
            var matched = 0
            while let byte = bytes.next() {
                if byte == terminator[matched] {
                    matched += 1
                    if matched == terminator.count { return true }
                } else {
                    matched = byte == terminator[0] ? 1 : 0
                }
            }
            return false
        }
        while let byte = bytes.next() {
            guard byte == UInt8(ascii: "<") else { continue }
            switch bytes.next() {
            case UInt8(ascii: "?"):
                guard skip(past: Array("?>".utf8)) else { return }
            case UInt8(ascii: "!"):
                guard bytes.next() == UInt8(ascii: "-"), bytes.next() == UInt8(ascii: "-") else {
                    throw .forbiddenDoctype(part: part)
                }
                guard skip(past: Array("-->".utf8)) else { return }
            default:
                return  // the root element starts
            }
        }
    }
}
