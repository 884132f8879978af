/// The messages of reading GraphML and GEXF files, in one place (as ``LoadIssue``s, like the loader's).
extension LoadIssue {
    static func notWellFormed(_ file: String, line: Int, detail: String) -> LoadIssue {
        LoadIssue(.error, at: SourceLocation(file: file, line: line),
                  "The file is not well-formed XML here (\(detail)).",
                  hint: "The file is damaged or not a GraphML/GEXF file; export it again from the tool that wrote it.")
    }

    static func wrongRoot(_ file: String, found: String, expected: String) -> LoadIssue {
        LoadIssue(.error, at: SourceLocation(file: file, line: 1),
                  "The file's outermost element is <\(found)>, not <\(expected)>.",
                  hint: "Check that the file extension matches its content (.graphml for GraphML, .gexf for GEXF).")
    }

    static func noGraph(_ file: String) -> LoadIssue {
        LoadIssue(.error, at: SourceLocation(file: file, line: 1), "The file holds no <graph> element.",
                  hint: "Export the network again from the tool that wrote the file.")
    }

    static func missingXMLAttribute(_ file: String, line: Int, element: String, attribute: String) -> LoadIssue {
        LoadIssue(.error, at: SourceLocation(file: file, line: line),
                  "The <\(element)> here has no \(attribute).", hint: "Every <\(element)> needs a \(attribute).")
    }

    static func duplicateNode(_ file: String, line: Int, id: String, firstLine: Int) -> LoadIssue {
        LoadIssue(.error, at: SourceLocation(file: file, line: line),
                  "The node id \"\(id)\" is already used by the node in line \(firstLine).",
                  hint: "Every node needs its own id.")
    }

    static func unknownNode(_ file: String, line: Int, id: String, suggestions: [String]) -> LoadIssue {
        LoadIssue(.error, at: SourceLocation(file: file, line: line),
                  "The edge here names the node \"\(id)\", which the file does not contain.",
                  hint: suggestions.isEmpty ? "Add the node, or correct the edge's source or target."
                      : "Did you mean " + suggestions.map { "\"\($0)\"" }.joined(separator: " or ") + "?")
    }

    static func invalidValue(_ file: String, line: Int, key: String, value: String, expected: String) -> LoadIssue {
        LoadIssue(.error, at: SourceLocation(file: file, line: line, column: key),
                  "\"\(value)\" is not a valid value for \(key).", hint: "Expected \(expected).")
    }

    static func undeclaredTypes(_ file: String, types: [String], what: String) -> LoadIssue {
        LoadIssue(.warning, at: SourceLocation(file: file, line: 0),
                  "The \(what) \(types.map { "\"\($0)\"" }.joined(separator: ", ")) \(types.count == 1 ? "is" : "are") not built in; kept as custom \(what).",
                  hint: "Declare them with labels and colours under actor_types or tie_kinds in network.yaml if you keep working with this network.")
    }

    static func untypedActors(_ file: String, count: Int) -> LoadIssue {
        LoadIssue(.warning, at: SourceLocation(file: file, line: 0),
                  "\(count == 1 ? "1 node has" : "\(count) nodes have") no actor type; \(count == 1 ? "it is" : "they are") read as type \"unspecified\".",
                  hint: "Add a node attribute \"type\" (resident, residents_group, association, business, institution or body) for analyses by type.")
    }

    static func strengthClamped(_ file: String, count: Int, line: Int) -> LoadIssue {
        LoadIssue(.warning, at: SourceLocation(file: file, line: line),
                  "\(count == 1 ? "1 edge has" : "\(count) edges have") a weight outside 1-3; read as the nearest of 1 (weak) and 3 (strong).",
                  hint: "network-map's tie strengths are 1 weak, 2 medium, 3 strong; rescale the weights if they mean something else.")
    }

    static func selfLoop(_ file: String, line: Int, id: String) -> LoadIssue {
        LoadIssue(.error, at: SourceLocation(file: file, line: line),
                  "This edge joins the node \"\(id)\" to itself.", hint: "A tie joins two different actors; remove the edge.")
    }
}
