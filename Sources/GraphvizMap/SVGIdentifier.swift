/// The one rule for the ids and classes of the SVG a map becomes, exported for whoever links to the drawing
/// (the HTML report's page finds an actor's node by it; the app will too).
///
/// Graphviz writes the `id` it is given as it is (XML-escaped), so the rule is ours alone: letters of any
/// script, digits, `-` and `_` stay, anything else becomes `_`. `café-kotti` is `actor-café-kotti`, and a
/// page that computed ASCII-only ids would look for `actor-caf_-kotti` and find nothing.
public enum SVGIdentifier {
    /// The `id` of the node drawn for the actor with this id (``MapSpec/Node/id``).
    public static func actor(_ id: String) -> String { "actor-" + token(id) }

    /// The `id` of the actor's marker in the stakeholder matrix (``MatrixSpec/Point/id``): distinct from the
    /// map's, so that a page can show both drawings and link them.
    public static func matrixActor(_ id: String) -> String { "matrix-" + actor(id) }

    /// The `id` of the actor's name in the stakeholder matrix.
    public static func matrixLabel(_ id: String) -> String { "matrix-label-" + token(id) }

    /// A value for `id` and `class` attributes: letters (any script), digits, `-` and `_` kept, anything else as `_`.
    public static func token(_ text: String) -> String {
        String(text.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" })
    }
}
