import Foundation
import NetworkMap
import Reports
import TestSupport
import Testing

/// The HTML page in a real browser: headless Chromium loads it, runs its script, and the DOM is checked.
///
/// Skips with a note when Chromium is not installed (`make deps` installs Debian's `chromium`).
@Suite("HTML page in headless Chromium", .serialized)
struct BrowserTests {
    static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// A Graphviz-shaped SVG for the tiny network: nodes `<g id="actor-…" class="node"><title>nK</title>`,
    /// edges `<g class="edge"><title>nA--nB</title>`, as GraphvizMap writes them.
    static func svg(_ network: Network) -> String {
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 500 120\" width=\"500pt\" height=\"120pt\"><g id=\"graph0\" class=\"graph\">"
        for (i, tie) in network.ties.enumerated() {
            out += "<g id=\"tie-\(i)\" class=\"edge tie\"><title>n\(tie.source)&#45;&#45;n\(tie.target)</title>"
            out += "<path fill=\"none\" stroke=\"black\" d=\"M\(50 + 100 * tie.source),60L\(50 + 100 * tie.target),60\"/></g>"
        }
        for (i, actor) in network.actors.enumerated() {
            out += "<g id=\"actor-\(HTMLReport.svgIdentifier(actor.id))\" class=\"node actor\"><title>n\(i)</title>"
            out += "<ellipse fill=\"#cccccc\" stroke=\"black\" cx=\"\(50 + 100 * i)\" cy=\"60\" rx=\"30\" ry=\"20\"/>"
            out += "<text x=\"\(50 + 100 * i)\" y=\"64\">\(HTMLText.escape(actor.name))</text></g>"
        }
        return out + "</g></svg>"
    }

    /// The DOM after the page's script ran, or `nil` (with a note) without Chromium.
    func dom(of page: String, fragment: String = "") throws -> String? {
        guard let chromium = Self.chromium else {
            print("note: Chromium not installed; skipping the browser test (apt-get install chromium).")
            return nil
        }
        let folder = try Repository.scratchFolder("html")
        let file = folder.appendingPathComponent("page.html")
        try Data(page.utf8).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-extensions",
                             "--user-data-dir=" + folder.appendingPathComponent("profile").path,
                             "--virtual-time-budget=2000", "--dump-dom", file.absoluteString + fragment]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test func scriptRunsHighlightsNeighboursAndKeepsTheXSSNameInert() throws {
        let network = ReportContentTests.tricky
        let page = HTMLReport.render(network.analysed(showingPrivateNames: true), language: .de, svg: Self.svg(network))
        // Select a2 (neighbours a0, a1, a3; a4 has no tie) through the page's #actor= link.
        guard let dom = try dom(of: page, fragment: "#actor=a2") else { return }
        // The script ran to its end without throwing.
        #expect(dom.contains("data-ready=\"5\""))
        #expect(dom.contains("<g id=\"actor-a2\" class=\"node actor selected\">"))
        #expect(dom.contains("<g id=\"actor-a4\" class=\"node actor dim\">"))
        #expect(dom.contains("<g id=\"actor-a0\" class=\"node actor\">"))
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
        guard let dom = try dom(of: HTMLReport.render(analysis, language: .en, svg: nil), fragment: "#actor=qm-buero") else { return }
        #expect(dom.contains("data-ready=\"147\""))
        #expect(dom.contains("<h3>Quartiersmanagement Mühlenviertel</h3>"))
        #expect(dom.contains("<h4>Direct contacts (49)</h4>"))
        #expect(dom.contains("<h2>Dependency on the neighbourhood office: will the network last?</h2>"))
    }
}
