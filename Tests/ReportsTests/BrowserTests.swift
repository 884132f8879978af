import Foundation
import GraphvizMap
import NetworkMap
import Reports
import TestSupport
import Testing

/// Debian's `chromium` (or another Chromium) where installed.
enum Chromium {
    static let program = Subprocess.installed(["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"])
}

/// The HTML page in a real browser: headless Chromium loads it, runs its script, and the DOM is checked.
///
/// Shown as skipped where Chromium is not installed; under CI (``RequiredTools``) the suite runs and fails
/// without it (`make deps` installs Debian's `chromium`).
@Suite("HTML page in headless Chromium", .serialized,
       .enabled(if: Chromium.program != nil || RequiredTools.areRequired, "Chromium is not installed"))
struct BrowserTests {

    /// A Graphviz-shaped SVG for the tiny network: nodes `<g id="actor-…" class="node"><title>nK</title>`,
    /// edges `<g class="edge"><title>nA--nB</title>`, as GraphvizMap writes them.
    static func svg(_ network: Network) -> String {
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 500 120\" width=\"500pt\" height=\"120pt\"><g id=\"graph0\" class=\"graph\">"
        for (i, tie) in network.ties.enumerated() {
            out += "<g id=\"tie-\(i)\" class=\"edge tie\"><title>n\(tie.source)&#45;&#45;n\(tie.target)</title>"
            out += "<path fill=\"none\" stroke=\"black\" d=\"M\(50 + 100 * tie.source),60L\(50 + 100 * tie.target),60\"/></g>"
        }
        for (i, actor) in network.actors.enumerated() {
            out += "<g id=\"actor-\(SVGIdentifier.token(actor.id))\" class=\"node actor\"><title>n\(i)</title>"
            out += "<ellipse fill=\"#cccccc\" stroke=\"black\" cx=\"\(50 + 100 * i)\" cy=\"60\" rx=\"30\" ry=\"20\"/>"
            out += "<text x=\"\(50 + 100 * i)\" y=\"64\">\(Markup.escape(actor.name))</text></g>"
        }
        return out + "</g></svg>"
    }

    /// The DOM after the page's script (and then `afterScript`, if given) ran.
    func dom(of page: String, fragment: String = "", afterScript: String? = nil) throws -> String {
        let chromium = try #require(Chromium.program, "Chromium is needed (apt-get install chromium)")
        let folder = try Repository.scratchFolder("html")
        let file = folder.appendingPathComponent("page.html")
        var page = page
        if let afterScript, let end = page.range(of: "</body>", options: .backwards) {
            page.insert(contentsOf: "<script>\n\(afterScript)\n</script>\n", at: end.lowerBound)
        }
        try Data(page.utf8).write(to: file)
        return try Subprocess.run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--disable-extensions",
                                             "--user-data-dir=" + folder.appendingPathComponent("profile").path,
                                             "--virtual-time-budget=2000", "--dump-dom", file.absoluteString + fragment]).stdout
    }

    @Test func scriptRunsHighlightsNeighboursAndKeepsTheXSSNameInert() throws {
        let network = ReportContentTests.tricky
        let page = HTMLReport.render(network.analysed(showingPrivateNames: true), language: .de, svg: Self.svg(network))
        // Select a2 (neighbours a0, a1, a3; a4 has no tie) through the page's #actor= link.
        let dom = try dom(of: page, fragment: "#actor=a2")
        // The script ran to its end without throwing.
        #expect(dom.contains("data-ready=\"5\""))
        // Every node is reachable with Tab (the map and the matrix highlight each other).
        #expect(dom.contains("<g id=\"actor-a2\" class=\"node actor selected\" tabindex=\"0\" role=\"button\""))
        #expect(dom.contains("<g id=\"actor-a4\" class=\"node actor dim\" tabindex=\"0\" role=\"button\""))
        #expect(dom.contains("<g id=\"actor-a0\" class=\"node actor\" tabindex=\"0\" role=\"button\""))
        #expect(dom.contains("<g id=\"tie-1\" class=\"edge tie incident\">"))
        #expect(dom.contains("<g id=\"tie-0\" class=\"edge tie dim\">"))
        // The details panel shows a2's measures and its neighbours, the XSS name among them as text.
        #expect(dom.contains("<h3>=HYPERLINK(\"x\")</h3>"))
        #expect(dom.contains("<h4>Direkte Kontakte (3)</h4>"))
        #expect(dom.contains(">&lt;img src=x onerror=alert(1)&gt;</button>"))
        // No element came of it: outside the inert JSON data block the DOM holds no <img at all.
        let elements = dom.components(separatedBy: "<script type=\"application/json\"")[0]
            + (dom.components(separatedBy: "</script>").dropFirst().joined())
        #expect(!elements.contains("<img"))
        // The findings sit beside the map.
        #expect(dom.contains("<h2>Schlüsselakteure und Brückenakteure</h2>"))
    }

    @Test func exampleQuarterPageRunsWithoutMap() throws {
        let network = try NetworkLoader.load(from: Repository.network("muehlenviertel")).network
        let analysis = network.analysed(.en, showingPrivateNames: false)
        let dom = try dom(of: HTMLReport.render(analysis, language: .en, svg: nil), fragment: "#actor=qm-buero")
        #expect(dom.contains("data-ready=\"147\""))
        #expect(dom.contains("<h3>Quartiersmanagement Mühlenviertel</h3>"))
        #expect(dom.contains("<h4>Direct contacts (49)</h4>"))
        #expect(dom.contains("<h2>Dependency on the neighbourhood office: will the network last?</h2>"))
    }

    /// Clicking an actor whose id has umlauts, accents or other scripts selects it: the page finds its node by
    /// the id the renderer gave it (they used to differ: `actor-caf_-kotti` in the page, `actor-café-kotti` in
    /// the SVG, and the click highlighted nothing).
    @Test(arguments: ["café-kotti", "bäckerei-öz", "çiçek", "ağ evi"])
    func clickingAnActorWithAnyLettersHighlightsIt(_ id: String) throws {
        let analysis = SVGIdentifierTests.unicodeQuarter.analysed()
        let svg = try HTMLReport.mapSVG(analysis, language: .de)
        let page = HTMLReport.render(analysis, language: .de, svg: svg)
        let svgID = SVGIdentifier.actor(id)
        // A real click on the node's label, bubbling to the map as a user's would.
        let dom = try dom(of: page, afterScript: """
            var node = document.getElementById(\(JSONValue.string(svgID).rendered()));
            var label = node ? (node.querySelector('text') || node) : null;
            if (label) { label.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true })); }
            document.documentElement.setAttribute('data-clicked', label ? 'yes' : 'no');
            """)
        #expect(dom.contains("data-clicked=\"yes\""), "no node \(svgID) in the page")
        let node = try #require(dom.range(of: "<g id=\"\(svgID)\" class=\""))
        let classes = dom[node.upperBound...].prefix { $0 != "\"" }
        #expect(classes.split(separator: " ").contains("selected"), "\(id): class \"\(classes)\"")
        // The details panel names the clicked actor.
        let name = try #require(analysis.network.actors.first { $0.id == id }?.name)
        #expect(dom.contains("<h3>\(Markup.escape(name))</h3>"))
    }
}
