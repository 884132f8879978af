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
        let types = analysis.types.map { type in (type.rawValue, s.typeLabel(type, plural: true)) }
        let themes = analysis.themes
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
            <form id="controls" role="search" onsubmit="return false">
            <label for="search" class="visually-hidden">\(e(s.phrases.html(.searchLabel)))</label>
            <input type="search" id="search" placeholder="\(e(s.phrases.html(.searchPlaceholder)))" autocomplete="off">
            <label for="type-filter" class="visually-hidden">\(e(s.phrases.html(.typeFilter)))</label>
            <select id="type-filter">
            <option value="">\(e(s.phrases.html(.allTypes)))</option>

            """
        for (id, label) in types { page += "<option value=\"\(e(id))\">\(e(label))</option>\n" }
        page += """
            </select>
            <label for="theme-filter" class="visually-hidden">\(e(s.phrases.html(.themeFilter)))</label>
            <select id="theme-filter">
            <option value="">\(e(s.phrases.html(.allThemes)))</option>

            """
        for theme in themes { page += "<option value=\"\(e(theme))\">\(e(theme))</option>\n" }
        page += """
            </select>
            <button type="button" id="reset">\(e(s.phrases.html(.reset)))</button>
            <button type="button" id="zoom-in" title="\(e(s.phrases.html(.zoomIn)))" aria-label="\(e(s.phrases.html(.zoomIn)))">+</button>
            <button type="button" id="zoom-out" title="\(e(s.phrases.html(.zoomOut)))" aria-label="\(e(s.phrases.html(.zoomOut)))">−</button>
            </form>
            <div id="results" aria-live="polite"></div>
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
            </section>
            <section id="findings" aria-label="\(e(s.phrases.html(.findingsHeading)))">
            \(report.body.html())</section>
            </main>
            <script type="application/json" id="network-data">
            \(HTMLText.scriptJSON(data(analysis, strings: s).rendered()))
            </script>
            <script>
            \(script)
            </script>
            </body>
            </html>

            """
        return page
    }

    /// What the script needs: labels, and per actor its SVG id, name, type, themes, formatted measures and neighbours.
    static func data(_ analysis: Analysis, strings s: Strings) -> JSONValue {
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
        return .object([
            ("labels", .object(s.phrases.htmlScriptLabels.map { ($0.0, .string($0.1)) })),
            ("measureLabels", .array(s.phrases.htmlMeasureLabels.map { .string($0) })),
            ("actors", .array(actors)),
        ])
    }

    /// The SVG without its XML declaration, doctype and comments, which have no place inside HTML.
    ///
    /// One pass over the bytes: removing Graphviz's comment per node and tie one by one, each searched from the
    /// start, took 12 s for the example quarter. O(n).
    static func inlineSVG(_ svg: String) -> String {
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
        @media print { #controls, #results, #details { display: none; } main { display: block; } #explore { position: static; max-height: none; } }
        """

    static let script = """
        (function () {
          'use strict';
          var data = JSON.parse(document.getElementById('network-data').textContent);
          var actors = data.actors, labels = data.labels;
          var map = document.getElementById('map');
          var search = document.getElementById('search');
          var typeFilter = document.getElementById('type-filter');
          var themeFilter = document.getElementById('theme-filter');
          var results = document.getElementById('results');
          var details = document.getElementById('details');
          var hint = details.firstElementChild.cloneNode(true);
          var selected = -1;

          var nodes = actors.map(function (a) {
            var el = document.getElementById(a.svg);
            return el && map.contains(el) ? el : null;
          });
          var matrix = document.getElementById('matrix');
          var points = actors.map(function (a) {
            var el = matrix ? document.getElementById(a.matrix) : null;
            return el && matrix.contains(el) ? el : null;
          });
          var byTitle = {}, byElement = new Map();
          nodes.forEach(function (el, i) {
            if (!el) { return; }
            byElement.set(el, i);
            var title = el.querySelector('title');
            if (title) { byTitle[title.textContent] = i; }
          });
          var edges = [];
          map.querySelectorAll('g.edge').forEach(function (el) {
            var title = el.querySelector('title');
            if (!title) { return; }
            var ends = title.textContent.split(/--|->/);
            var a = byTitle[ends[0]], b = byTitle[ends[1]];
            if (a !== undefined && b !== undefined) { edges.push({ el: el, a: a, b: b }); }
          });

          function fold(text) {
            return text.toLocaleLowerCase().normalize('NFD').replace(/[\\u0300-\\u036f]/g, '');
          }
          function passesFilters(i) {
            var a = actors[i];
            if (typeFilter.value && a.type !== typeFilter.value) { return false; }
            if (themeFilter.value && a.themes.indexOf(themeFilter.value) < 0) { return false; }
            return true;
          }
          function matchesQuery(i) {
            var q = fold(search.value.trim());
            return q !== '' && fold(actors[i].name).indexOf(q) >= 0;
          }
          function element(tag, text, className) {
            var el = document.createElement(tag);
            if (text !== undefined) { el.textContent = text; }
            if (className) { el.className = className; }
            return el;
          }
          function actorButton(i) {
            var button = element('button', actors[i].name, 'actor-link');
            button.type = 'button';
            button.addEventListener('click', function () { select(i); });
            return button;
          }

          function update() {
            var near = null;
            if (selected >= 0) {
              near = new Set(actors[selected].neighbours);
              near.add(selected);
            }
            nodes.forEach(function (el, i) {
              if (!el) { return; }
              el.classList.toggle('filtered', !passesFilters(i));
              el.classList.toggle('dim', near !== null && !near.has(i));
              el.classList.toggle('selected', i === selected);
              el.classList.toggle('match', matchesQuery(i));
            });
            points.forEach(function (el, i) {
              if (!el) { return; }
              el.classList.toggle('filtered', !passesFilters(i));
              el.classList.toggle('dim', near !== null && !near.has(i));
              el.classList.toggle('selected', i === selected);
              el.classList.toggle('match', matchesQuery(i));
            });
            edges.forEach(function (edge) {
              var visible = passesFilters(edge.a) && passesFilters(edge.b);
              var incident = selected >= 0 && (edge.a === selected || edge.b === selected);
              edge.el.classList.toggle('filtered', !visible);
              edge.el.classList.toggle('dim', selected >= 0 && !incident);
              edge.el.classList.toggle('incident', incident);
            });
            showResults();
          }

          function showResults() {
            results.textContent = '';
            if (search.value.trim() === '') { return; }
            var found = [];
            actors.forEach(function (a, i) { if (matchesQuery(i) && passesFilters(i)) { found.push(i); } });
            if (found.length === 0) { results.appendChild(element('span', labels.noMatch, 'hint')); return; }
            results.appendChild(element('span', found.length + ' ' + labels.matches + ':', 'hint'));
            found.slice(0, 40).forEach(function (i) { results.appendChild(actorButton(i)); });
          }

          function showDetails() {
            details.textContent = '';
            if (selected < 0) { details.appendChild(hint.cloneNode(true)); return; }
            var a = actors[selected];
            details.appendChild(element('h3', a.name));
            details.appendChild(element('p', a.typeLabel));
            if (a.themes.length) { details.appendChild(element('p', labels.themes + ': ' + a.themes.join(', '))); }
            if (a.area) { details.appendChild(element('p', labels.area + ': ' + a.area)); }
            var table = element('table');
            data.measureLabels.forEach(function (label, k) {
              var row = element('tr');
              row.appendChild(element('th', label));
              row.appendChild(element('td', a.values[k], 'num'));
              table.appendChild(row);
            });
            details.appendChild(table);
            details.appendChild(element('h4', labels.neighbours + ' (' + a.neighbours.length + ')'));
            var list = element('p');
            if (a.neighbours.length === 0) { list.textContent = labels.none; }
            a.neighbours.forEach(function (j) { list.appendChild(actorButton(j)); list.appendChild(document.createTextNode(' ')); });
            details.appendChild(list);
            var clear = element('button', labels.close, 'actor-link');
            clear.type = 'button';
            clear.addEventListener('click', function () { select(-1); });
            details.appendChild(clear);
          }

          // Zoom: the map grows inside its scrolling frame, so names become readable on a big network.
          var zoom = 1;
          var svgElements = [map.querySelector('svg'), matrix ? matrix.querySelector('svg') : null];
          function setZoom(z) {
            zoom = Math.max(1, Math.min(8, z));
            svgElements.forEach(function (el) { if (el) { el.style.width = (zoom * 100) + '%'; } });
          }
          document.getElementById('zoom-in').addEventListener('click', function () { setZoom(zoom * 1.5); centre(); });
          document.getElementById('zoom-out').addEventListener('click', function () { setZoom(zoom / 1.5); centre(); });
          map.addEventListener('wheel', function (event) {
            if (!event.ctrlKey) { return; }
            event.preventDefault();
            setZoom(zoom * (event.deltaY < 0 ? 1.25 : 0.8));
          }, { passive: false });
          function centre() {
            [nodes[selected], points[selected]].forEach(function (el) {
              if (selected >= 0 && el && el.scrollIntoView) { el.scrollIntoView({ block: 'center', inline: 'center' }); }
            });
          }

          function select(i) {
            selected = i;
            update();
            showDetails();
            if (i >= 0 && zoom < 2.5) { setZoom(2.5); }
            centre();
          }

          map.addEventListener('click', function (event) {
            var el = event.target.closest ? event.target.closest('g.node') : null;
            if (el && byElement.has(el)) { select(byElement.get(el)); event.preventDefault(); }
          });
          // Map and matrix: hovering or focusing an actor in one highlights it in the other; Tab reaches every
          // actor, Enter or Space selects it.
          function link(i, on) {
            [nodes[i], points[i]].forEach(function (el) { if (el) { el.classList.toggle('linked', on); } });
          }
          function reachable(el, i) {
            if (!el) { return; }
            el.setAttribute('tabindex', '0');
            el.setAttribute('role', 'button');
            el.setAttribute('aria-label', actors[i].name);
            el.addEventListener('mouseenter', function () { link(i, true); });
            el.addEventListener('mouseleave', function () { link(i, false); });
            el.addEventListener('focus', function () { link(i, true); });
            el.addEventListener('blur', function () { link(i, false); });
            el.addEventListener('keydown', function (event) {
              if (event.key === 'Enter' || event.key === ' ') { select(i); event.preventDefault(); }
            });
          }
          nodes.forEach(reachable);
          points.forEach(function (el, i) {
            reachable(el, i);
            if (el) { el.addEventListener('click', function (event) { select(i); event.preventDefault(); }); }
          });
          search.addEventListener('input', update);
          search.addEventListener('keydown', function (event) {
            if (event.key !== 'Enter') { return; }
            for (var i = 0; i < actors.length; i++) {
              if (matchesQuery(i) && passesFilters(i)) { select(i); break; }
            }
          });
          typeFilter.addEventListener('change', update);
          themeFilter.addEventListener('change', update);
          document.getElementById('reset').addEventListener('click', function () {
            search.value = ''; typeFilter.value = ''; themeFilter.value = '';
            select(-1);
          });
          // A link may name an actor to show: page.html#actor=ID.
          var wanted = decodeURIComponent((location.hash.match(/^#actor=(.*)$/) || [])[1] || '');
          if (wanted) { actors.forEach(function (a, i) { if (a.id === wanted) { select(i); } }); }
          document.documentElement.setAttribute('data-ready', String(actors.length));
        })();
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
