/// Rendering a map failed inside Graphviz; the command line exits with code 70 (`EX_SOFTWARE`).
public struct MapRenderError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What the renderer was doing: "layout with neato", "render svg", "create graph".
    public var operation: String
    /// Graphviz's own messages, captured while the operation ran (may be empty).
    public var graphvizMessages: [String]

    public init(operation: String, graphvizMessages: [String]) {
        self.operation = operation
        self.graphvizMessages = graphvizMessages
    }

    /// The exit code the command line uses for rendering failures (sysexits' `EX_SOFTWARE`).
    public static let exitCode: Int32 = 70

    public var description: String {
        // Each of Graphviz's messages ends in a line break; messages escape any left inside (ShownText).
        let detail = graphvizMessages.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.joined(separator: " ")
        return detail.isEmpty ? "Graphviz failed to \(operation)." : "Graphviz failed to \(operation): \(detail)"
    }
}
