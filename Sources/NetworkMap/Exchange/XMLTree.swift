import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An element of a parsed XML document, with the line it starts on.
struct XMLElementNode {
    /// The name without namespace prefix (`node` for `gexf:node`).
    var name: String
    /// The namespace prefix as written, empty without one.
    var prefix: String
    /// Attributes by name as written (prefixes kept).
    var attributes: [String: String]
    var children: [XMLElementNode] = []
    /// The text directly inside the element, concatenated.
    var text: String = ""
    var line: Int

    func children(named name: String) -> [XMLElementNode] { children.filter { $0.name == name } }
    func child(named name: String) -> XMLElementNode? { children.first { $0.name == name } }
}

/// A document that cannot be read as a tree: the line and what is wrong.
struct XMLSyntaxError: Error {
    enum Problem {
        /// Not well-formed, for the parser's reason.
        case parser(XMLFault)
        /// Elements open more than ``XMLTree/maximumDepth`` levels deep.
        case nestedTooDeeply(limit: Int)
        /// A document in UTF-8 (declared so, or not declared) with bytes that are not UTF-8.
        case notUTF8
    }

    var line: Int
    var problem: Problem
}

/// Parses XML into ``XMLElementNode``s with Foundation's `XMLParser` (libxml2's SAX parser on Linux).
///
/// External entities are not resolved. The tree is built with an explicit stack, not by recursion; its depth is
/// capped, because a tree of nested values is freed recursively and 50,000 levels overflow the call stack.
/// O(size of the document).
enum XMLTree {
    /// The deepest nesting read.
    ///
    /// GraphML and GEXF use about five levels (nested GraphML graphs a few more); the parser as Foundation sets
    /// it up reads 50,000 levels and more.
    static let maximumDepth = 256

    static func parse(_ data: Data) -> Result<XMLElementNode, XMLSyntaxError> {
        // libxml2 hands FoundationXML the bytes of a broken name as they are, and FoundationXML crashes on a name
        // that is not UTF-8 (exit 132): such a document is refused before it is parsed.
        if isMeantAsUTF8(data), let offset = firstInvalidUTF8(data) {
            let line = 1 + data.prefix(offset).reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
            return .failure(XMLSyntaxError(line: line, problem: .notUTF8))
        }
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        let builder = TreeBuilder()
        parser.delegate = builder
        let ok = parser.parse()
        if let error = builder.error { return .failure(error) }
        guard ok, let root = builder.root else {
            // A parse that ends without an error and without an element read no XML at all (an empty file).
            let fault = parser.parserError.map(XMLFault.init) ?? .notXML
            return .failure(XMLSyntaxError(line: parser.lineNumber, problem: .parser(fault)))
        }
        return .success(root)
    }
}

extension XMLTree {
    /// Whether the document is UTF-8 by the XML rules: no UTF-16 or UTF-32 byte order or pattern, and an
    /// `encoding` in its declaration, if any, that names UTF-8. (Other declared encodings libxml2 converts itself.)
    static func isMeantAsUTF8(_ data: Data) -> Bool {
        let head = [UInt8](data.prefix(200))
        if head.starts(with: [0xFE, 0xFF]) || head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0, 0, 0xFE, 0xFF])
            || head.starts(with: [0x3C, 0]) || head.starts(with: [0, 0x3C]) {
            return false
        }
        let text = String(decoding: head, as: UTF8.self)
        guard text.hasPrefix("<?xml") || text.hasPrefix("\u{FEFF}<?xml"), let end = text.range(of: "?>"),
              let encoding = text[..<end.lowerBound].range(of: "encoding") else { return true }
        let declared = text[encoding.upperBound..<end.lowerBound].lowercased()
        return declared.contains("utf-8") || declared.contains("utf8")
    }

    /// The offset of the first byte that does not belong to a valid UTF-8 sequence (RFC 3629), `nil` if there is none.
    static func firstInvalidUTF8(_ data: Data) -> Int? {
        let bytes = [UInt8](data)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch b {
            case 0x00...0x7F: i += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return i
            }
            guard i + length <= bytes.count else { return i }
            for k in 1..<length {
                let c = bytes[i + k]
                let (lo, hi) = k == 1 ? (low, high) : (0x80, 0xBF)
                if c < lo || c > hi { return i }
            }
            i += length
        }
        return nil
    }
}

private final class TreeBuilder: NSObject, XMLParserDelegate {
    var stack: [XMLElementNode] = []
    var root: XMLElementNode?
    var error: XMLSyntaxError?

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        guard error == nil else { return }
        guard stack.count < XMLTree.maximumDepth else {
            error = XMLSyntaxError(line: parser.lineNumber, problem: .nestedTooDeeply(limit: XMLTree.maximumDepth))
            parser.abortParsing()
            return
        }
        let parts = elementName.split(separator: ":", maxSplits: 1)
        let name = parts.count == 2 ? String(parts[1]) : elementName
        let prefix = parts.count == 2 ? String(parts[0]) : ""
        stack.append(XMLElementNode(name: name, prefix: prefix, attributes: attributes, line: parser.lineNumber))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard error == nil, let node = stack.popLast() else { return }
        if stack.isEmpty {
            root = node
        } else {
            stack[stack.count - 1].children.append(node)
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].text += string
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].text += String(decoding: CDATABlock, as: UTF8.self)
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if error == nil {
            error = XMLSyntaxError(line: parser.lineNumber, problem: .parser(XMLFault(parseError)))
        }
    }
}
