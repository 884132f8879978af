import Testing

@testable import GraphvizMap

/// Users' text in Graphviz's plain and HTML-like labels, and in SVG ids.
struct EscapingTests {
    @Test func escaping() {
        #expect(GraphvizText.plain(#"a\nb & c"#) == #"a\\nb &amp; c"#)
        #expect(GraphvizText.html(#"<a href="x">'&'</a>"#) == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        #expect(GraphvizText.html(#"\N \x"#) == "\\\u{2060}N \\x")
        #expect(GraphvizText.wrap("Nachbarschaftshaus Ostend e.V.", width: 16) == ["Nachbarschaftshaus", "Ostend e.V."])
        #expect(SVGIdentifier.token("a b/ü") == "a_b_ü")
        #expect(SVGIdentifier.actor("café-kotti") == "actor-café-kotti")
    }
}
