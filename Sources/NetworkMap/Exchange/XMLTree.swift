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
        /// Not well-formed; the parser's own description.
        case parser(String)
        /// Elements open more than ``XMLTree/maximumDepth`` levels deep.
        case nestedTooDeeply(limit: Int)
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
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        let builder = TreeBuilder()
        parser.delegate = builder
        let ok = parser.parse()
        if let error = builder.error { return .failure(error) }
        guard ok, let root = builder.root else {
            let message = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "the document is incomplete"
            return .failure(XMLSyntaxError(line: parser.lineNumber, problem: .parser(message)))
        }
        return .success(root)
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
            error = XMLSyntaxError(line: parser.lineNumber, problem: .parser((parseError as NSError).localizedDescription))
        }
    }
}
