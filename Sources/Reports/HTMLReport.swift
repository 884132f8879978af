import Foundation
import GraphvizMap
import NetworkMap
import Wording

/// A self-contained interactive page: the map and the stakeholder matrix as inline SVG beside the full report's
/// findings.
///
/// The map has search, click-to-highlight and filters by type and theme; hovering or focusing an actor (Tab,
/// then Enter to select) in the map or in the matrix highlights it in the other. No network access: no external
/// scripts, fonts or styles.
///
/// Safety: every text from the data is HTML-escaped on the way into the page; the data the script needs sits
/// in a `<script type="application/json">` block (see ``HTMLText/scriptJSON(_:)``) and the script writes it
/// into the page only through `textContent`, so a name such as `<img src=x onerror=alert(1)>` stays text.
public enum HTMLReport {
    /// The page, with the map `svg` and the stakeholder matrix `matrixSVG` as Graphviz wrote them.
    ///
    /// Graphviz writes nodes as `<g id="actor-…" class="node …">` and matrix markers as `<g id="matrix-actor-…">`.
    /// A `nil` `svg` leaves the map out and says so; search, filters and measures still work. A `nil` `matrixSVG`
    /// leaves the matrix out.
    public static func render(_ analysis: Analysis, language: Language, svg: String?, matrixSVG: String? = nil,
                              top: Int = 10) -> String {
        let s = Strings(language, analysis: analysis)
        let report = FullReport(analysis, language: language, top: top)
        let e = { Markup.escape($0) }
        var page = """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="network-map">
            <title>\(e(report.title))</title>
            <style>
            \(style)
            </style>
            </head>
            <body>
            <header>
            <h1>\(e(report.title))</h1>

            """
        if let line = s.dataLine { page += "<p class=\"data-line\">\(TextDocument.inlineHTML(line))</p>\n" }
        page += """
            </header>
            <noscript><p class="note">\(e(s.phrases.html(.noScript)))</p></noscript>
            <main>
            <section id="explore" aria-label="\(e(s.phrases.html(.mapHeading)))">
            \(explorerControls(s.phrases))
            <div id="views"\(matrixSVG == nil ? "" : " class=\"both\"")>
            <div id="map">

            """
        if let svg { page += inlineSVG(svg) + "\n" } else { page += "<p class=\"note\">\(e(s.phrases.html(.noMap)))</p>\n" }
        page += "</div>\n"
        if let matrixSVG {
            page += "<div id=\"matrix\" role=\"group\" aria-label=\"\(e(s.phrases.html(.matrixHeading)))\">\n"
                + inlineSVG(matrixSVG) + "\n</div>\n"
        }
        page += """
            </div>
            <div id="details" aria-live="polite"><p class="hint">\(e(s.phrases.html(.hint)))</p></div>
            \(actorTable(s.phrases))
            </section>
            <section id="findings" aria-label="\(e(s.phrases.html(.findingsHeading)))">
            \(report.body.html())</section>
            </main>
            <script type="application/json" id="network-data">
            \(HTMLText.scriptJSON(data(analysis, strings: s).rendered()))
            </script>
            <script>
            \(MapExplorer.script)
            \(bootstrap)
            </script>
            </body>
            </html>

            """
        return page
    }

    /// The search, the filters by type, theme and area, reset and zoom, each with a visible label (axe-core counts a
    /// visually hidden label as hidden): the controls of ``MapExplorer``, in the
    /// report and in the app alike (their options come from the data).
    public static func explorerControls(_ phrases: any Phrases) -> String {
        let e = { Markup.escape($0) }
        func filter(_ id: String, _ label: PageText, _ all: PageText) -> String {
            "<label for=\"\(id)\" class=\"control\">\(e(phrases.html(label)))</label>\n"
                + "<select id=\"\(id)\" aria-label=\"\(e(phrases.html(label)))\">\n<option value=\"\">\(e(phrases.html(all)))</option>\n</select>"
        }
        return """
            <form id="controls" role="search">
            <label for="search" class="control">\(e(phrases.html(.searchLabel)))</label>
            <input type="search" id="search" placeholder="\(e(phrases.html(.searchPlaceholder)))" aria-label="\(e(phrases.html(.searchLabel)))">
            \(filter("type-filter", .typeFilter, .allTypes))
            \(filter("theme-filter", .themeFilter, .allThemes))
            \(filter("area-filter", .areaFilter, .allAreas))
            <button type="button" id="reset">\(e(phrases.html(.reset)))</button>
            <button type="button" id="zoom-in" title="\(e(phrases.html(.zoomIn)))" aria-label="\(e(phrases.html(.zoomIn)))">+</button>
            <button type="button" id="zoom-out" title="\(e(phrases.html(.zoomOut)))" aria-label="\(e(phrases.html(.zoomOut)))">−</button>
            </form>
            <div id="results" aria-live="polite"></div>
            """
    }

    /// The map's content as a table that ``MapExplorer`` fills: the same actors, reachable without seeing the map.
    public static func actorTable(_ phrases: any Phrases) -> String {
        let e = { Markup.escape($0) }
        let columns: [(PageText, Bool)] = [(.columnName, false), (.columnType, false), (.columnThemes, false),
                                           (.columnArea, false), (.columnContacts, true), (.columnBetweenness, true)]
        let header = columns.map { "<th scope=\"col\"\($0.1 ? " class=\"num\"" : "")>\(e(phrases.html($0.0)))</th>" }.joined()
        return """
            <section id="actor-table" aria-labelledby="actor-table-heading">
            <h2 id="actor-table-heading">\(e(phrases.html(.listHeading)))</h2>
            <p class="hint">\(e(phrases.html(.listIntro)))</p>
            <div class="table-frame"><table>
            <thead><tr>\(header)</tr></thead>
            <tbody id="actor-list"></tbody>
            </table></div>
            </section>
            """
    }

    /// Starts ``MapExplorer`` on the report's own data; a link may name an actor to show (`page.html#actor=ID`).
    static let bootstrap = """
        (function () {
          var explorer = NetworkMapExplorer.create(document);
          explorer.load(JSON.parse(document.getElementById('network-data').textContent));
          var wanted = decodeURIComponent((location.hash.match(/^#actor=(.*)$/) || [])[1] || '');
          if (wanted) { explorer.selectID(wanted); }
          document.documentElement.setAttribute('data-ready', String(explorer.actors.length));
        })();
        """

    /// What the script needs: labels, the filters' options, and per actor its SVG id, name, type, themes, formatted
    /// measures and neighbours.
    public static func data(_ analysis: Analysis, strings s: Strings) -> JSONValue {
        let graph = analysis.graph
        let actors: [JSONValue] = analysis.measures.enumerated().map { v, m in
            let actor = analysis.network.actors[v]
            let values: [String] = [
                String(m.degree), s.percent(m.betweenness, digits: 1), s.percent(m.weightedBetweenness, digits: 1),
                s.decimal(m.closeness, digits: 3), s.decimal(m.pagerank, digits: 4), s.decimal(m.eigenvector, digits: 3),
                m.constraint.map { s.decimal($0, digits: 2) } ?? "–", String(m.coreNumber),
                s.communityName(m.community), m.cutOff > 0 ? String(m.cutOff) : "–",
                m.isArticulationPoint ? s.yes : s.no,
            ]
            let neighbours = graph.neighbors(of: v).map { Int($0) }.sorted()
            return .object([
                ("id", .string(actor.id)),
                ("svg", .string(SVGIdentifier.actor(actor.id))),
                ("matrix", .string(SVGIdentifier.matrixActor(actor.id))),
                ("name", .string(actor.name)),
                ("type", .string(actor.type.rawValue)),
                ("typeLabel", .string(s.typeLabel(actor.type))),
                ("themes", .array(actor.themes.map { .string($0) })),
                ("area", actor.area.map { .string($0) } ?? .null),
                ("values", .array(values.map { .string($0) })),
                ("neighbours", .array(neighbours.map { .int($0) })),
            ])
        }
        let areas = Set(analysis.network.actors.compactMap(\.area)).sorted()
        func pairs(_ items: [(String, String)]) -> JSONValue { .array(items.map { .array([.string($0.0), .string($0.1)]) }) }
        return .object([
            ("labels", .object(s.phrases.htmlScriptLabels.map { ($0.0, .string($0.1)) })),
            ("filters", .object([
                ("types", pairs(analysis.types.map { ($0.rawValue, s.typeLabel($0, plural: true)) })),
                ("themes", pairs(analysis.themes.map { ($0, $0) })),
                ("areas", pairs(areas.map { ($0, $0) })),
            ])),
            ("measureLabels", .array(s.phrases.htmlMeasureLabels.map { .string($0) })),
            ("actors", .array(actors)),
        ])
    }

    /// The SVG without its XML declaration, doctype and comments, which have no place inside HTML.
    ///
    /// One pass over the bytes: removing Graphviz's comment per node and tie one by one, each searched from the
    /// start, took 12 s for the example quarter. O(n).
    public static func inlineSVG(_ svg: String) -> String {
        let bytes = Array(svg.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        let skipped: [(open: [UInt8], close: [UInt8])] = [("<?xml", "?>"), ("<!DOCTYPE", ">"), ("<!--", "-->")]
            .map { (Array($0.utf8), Array($1.utf8)) }
        func matches(_ pattern: [UInt8], at i: Int) -> Bool {
            i + pattern.count <= bytes.count && bytes[i..<(i + pattern.count)].elementsEqual(pattern)
        }
        var i = 0
        outer: while i < bytes.count {
            if bytes[i] == UInt8(ascii: "<") {
                for (open, close) in skipped where matches(open, at: i) {
                    var j = i + open.count
                    while j < bytes.count && !matches(close, at: j) { j += 1 }
                    if j < bytes.count {
                        i = j + close.count
                        continue outer
                    }
                }
            }
            out.append(bytes[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static let style = """
        :root { --accent: #b2182b; --match: #e08214; --ink: #1a1a1a; --muted: #5a5a5a; --line: #d0d0d0; }
        * { box-sizing: border-box; }
        body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color: var(--ink); line-height: 1.45; }
        header { padding: 0.8rem 1.2rem; border-bottom: 1px solid var(--line); }
        header h1 { margin: 0; font-size: 1.5rem; }
        .data-line { margin: 0.2rem 0 0; color: var(--muted); }
        main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1rem; padding: 0.8rem 1.2rem; }
        @media (max-width: 900px) { main { grid-template-columns: 1fr; } }
        #explore { position: sticky; top: 0; align-self: start; max-height: 100vh; overflow: auto; }
        #controls { display: flex; flex-wrap: wrap; gap: 0.4rem; margin-bottom: 0.4rem; }
        #controls input, #controls select, #controls button { font: inherit; padding: 0.25rem 0.4rem; }
        #controls input { flex: 1 1 12rem; }
        #results { display: flex; flex-wrap: wrap; gap: 0.25rem; margin-bottom: 0.4rem; font-size: 0.9rem; }
        #results:empty { display: none; }
        button.actor-link { font: inherit; font-size: 0.9rem; border: 1px solid var(--line); background: #f6f6f6; border-radius: 3px; padding: 0.05rem 0.35rem; cursor: pointer; }
        button.actor-link:hover, button.actor-link:focus { border-color: var(--accent); }
        #views { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.6rem; }
        @media (min-width: 1500px) { #views.both { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); } }
        #map, #matrix { border: 1px solid var(--line); border-radius: 4px; overflow: auto; max-height: 85vh; }
        #map svg, #matrix svg { display: block; width: 100%; height: auto; max-width: none; }
        #matrix g.node.matrix-actor { cursor: pointer; transition: opacity 0.15s; }
        #matrix .dim { opacity: 0.2; }
        #matrix .filtered { opacity: 0.08; }
        #map g.node.linked > ellipse, #map g.node.linked > polygon, #map g.node.linked > path,
        #matrix g.node.linked > ellipse, #matrix g.node.linked > polygon { stroke: var(--match); stroke-width: 4px; }
        #matrix g.node.selected > ellipse, #matrix g.node.selected > polygon { stroke: var(--accent); stroke-width: 4px; }
        #map g.node:focus, #matrix g.node:focus { outline: 2px solid var(--accent); outline-offset: 2px; }
        #map g.node { cursor: pointer; transition: opacity 0.15s; }
        #map g.edge { transition: opacity 0.15s; }
        #map .dim { opacity: 0.15; }
        #map .filtered { opacity: 0.05; }
        #map g.node.selected > ellipse, #map g.node.selected > polygon, #map g.node.selected > path { stroke: var(--accent); stroke-width: 5px; }
        #map g.node.match > ellipse, #map g.node.match > polygon, #map g.node.match > path { stroke: var(--match); stroke-width: 4px; }
        #map g.edge.incident > path { stroke: var(--accent); stroke-width: 2.5px; }
        #details { margin-top: 0.6rem; padding: 0.6rem 0.8rem; border: 1px solid var(--line); border-radius: 4px; background: #fafafa; }
        #details h3 { margin: 0 0 0.3rem; }
        #details table { margin: 0.4rem 0; }
        .hint, .note { color: var(--muted); margin: 0.3rem 0; }
        #findings { font-size: 0.95rem; }
        #findings h2 { font-size: 1.2rem; border-bottom: 1px solid var(--line); padding-bottom: 0.2rem; margin-top: 1.4rem; }
        #findings h2:first-child { margin-top: 0; }
        #findings h3 { font-size: 1.05rem; }
        table { border-collapse: collapse; font-size: 0.9rem; margin: 0.6rem 0; }
        #findings table { display: block; max-width: 100%; overflow-x: auto; }
        th, td { border-bottom: 1px solid var(--line); padding: 0.2rem 0.45rem; text-align: left; vertical-align: top; }
        th.num, td.num { text-align: right; }
        code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.9em; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        #controls label.control { align-self: center; font-size: 0.9rem; color: #444; }
        #actor-table { margin-top: 1rem; }
        #actor-table h2 { font-size: 1.2rem; }
        .table-frame { max-height: 24rem; overflow: auto; border: 1px solid var(--line); border-radius: 4px; }
        .table-frame table { margin: 0; width: 100%; }
        .table-frame thead th { position: sticky; top: 0; background: #fff; }
        #actor-list tr.selected { background: #fdecea; }
        @media print { #controls, #results, #details { display: none; } main { display: block; } #explore { position: static; max-height: none; } }
        """
}

extension HTMLReport {
    /// The stakeholder matrix of the analysed network as SVG, as `network-map matrix` draws it.
    public static func matrixSVG(_ analysis: Analysis, language: Language) throws(MapRenderError) -> String {
        let spec = MatrixSpec(analysis, options: MatrixOptions(language: language))
        let data = try MatrixRenderer.render(spec, format: .svg,
                                             options: MatrixRenderOptions(documentDate: analysis.network.date))
        return String(decoding: data, as: UTF8.self)
    }

    /// The map of the analysed network as SVG, drawn by GraphvizMap: sized by betweenness, brokers,
    /// cut vertices, bridges, detached groups and suggested introductions marked.
    ///
    /// The analysis's network is already as outputs may show it (see ``PreparedNetwork``), so it is drawn as it is.
    public static func mapSVG(_ analysis: Analysis, language: Language, top: Int = 10) throws(MapRenderError) -> String {
        let s = Strings(language, analysis: analysis)
        let groups = analysis.isolatedGroups
        let options = MapOptions(
            language: language,
            sizeValues: analysis.measures.map(\.betweenness), sizeLabel: s.phrases.htmlMeasureLabels[1],
            communities: analysis.communities.membership,
            highlightBrokers: Set(analysis.brokers(top: min(top, 5)).map(\.actor)),
            articulationPoints: Set(analysis.articulationPoints),
            bridges: analysis.bridges.map { ($0.u, $0.v) },
            isolatedGroups: groups.detachedComponents.map { analysis.components[$0] } + groups.isolates.map { [$0] },
            introductions: analysis.introductions(top: top).map { ($0.source, $0.target) },
            title: s.reportTitle)
        let spec = MapSpec(analysis, options: options)
        var render = RenderOptions()
        render.documentDate = analysis.network.date
        let data = try MapRenderer.render(spec, format: .svg, options: render)
        return String(decoding: data, as: UTF8.self)
    }
}
