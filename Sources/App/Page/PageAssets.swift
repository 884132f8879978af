import Reports

/// The page's style and scripts, served from the binary as `/app.css`, `/app.js` and `/explore.js`.
///
/// Embedded as Swift strings rather than package resources: the executable then needs no resource bundle beside
/// it, wherever it is copied. Plain CSS and dependency-free JavaScript; the script writes every text from the data
/// with `textContent` (never as markup), so a name such as `<img onerror=…>` stays text.
enum PageAssets {
    /// Colours pass WCAG AA with room to spare (text #1b1b1b on white 17:1; links and buttons #0b4f8a 8.6:1;
    /// errors #9b0d1a 8.9:1; warnings #6b4400 8.1:1); sizes in rem, so text scales with the browser's setting;
    /// a thick focus ring on every control.
    static let style = #"""
        :root { color-scheme: light; --ink: #1b1b1b; --muted: #4a4a4a; --accent: #0b4f8a; --paper: #ffffff;
          --tint: #f1f4f8; --line: #8a96a3; --error: #9b0d1a; --warning: #6b4400; --ok: #1d5e20; }
        * { box-sizing: border-box; }
        html { font-size: 100%; }
        body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
          font-size: 1rem; line-height: 1.5; color: var(--ink); background: var(--paper); }
        a { color: var(--accent); }
        :focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
        .skip { position: absolute; left: 0.5rem; top: -3rem; padding: 0.5rem 1rem; background: var(--paper);
          border: 2px solid var(--accent); }
        .skip:focus { top: 0.5rem; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
          white-space: nowrap; }
        .top, .bottom { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center;
          gap: 1rem; padding: 0.75rem 1.5rem; background: var(--tint); }
        .brand { margin: 0; font-weight: 700; font-size: 1.125rem; }
        .languages { display: flex; gap: 1rem; list-style: none; margin: 0; padding: 0; }
        .languages a[aria-current] { font-weight: 700; text-decoration: none; color: var(--ink); }
        main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem 2rem; }
        main:focus { outline: none; }
        h1 { font-size: 1.75rem; margin: 0.5rem 0; }
        h1 .folder { font-weight: 400; }
        h2 { font-size: 1.375rem; margin: 1.5rem 0 0.5rem; }
        h3 { font-size: 1.125rem; margin: 1rem 0 0.5rem; }
        .tagline, .hint { color: var(--muted); }
        .hint { margin: 0.25rem 0 0; font-size: 0.9375rem; }
        .columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 0 2rem; }
        .network-list { list-style: none; padding: 0; margin: 0; }
        .network-list li { margin: 0 0 0.5rem; }
        .network-list button { width: 100%; text-align: left; padding: 0.5rem 0.75rem; font: inherit; color: var(--ink);
          background: var(--paper); border: 1px solid var(--line); border-radius: 0.25rem; cursor: pointer; }
        .network-list button:hover { background: var(--tint); }
        .network-list button[aria-current="true"] { border: 2px solid var(--accent); background: var(--tint); }
        .network-list .name { display: block; font-weight: 700; }
        .network-list .meta { display: block; color: var(--muted); font-size: 0.9375rem; }
        .state-failed, .state-refused, .error { color: var(--error); }
        .warning { color: var(--warning); }
        .state-loaded { color: var(--ok); }
        .counts { display: grid; grid-template-columns: max-content auto; gap: 0.125rem 1rem; margin: 0.5rem 0; }
        .counts dt { font-weight: 700; }
        .counts dd { margin: 0; }
        .issues { padding-left: 1.25rem; }
        .issues li { margin-bottom: 0.375rem; }
        .field { margin: 0.75rem 0; }
        label { display: block; font-weight: 700; }
        input[type="text"] { font: inherit; padding: 0.375rem 0.5rem; width: min(100%, 28rem);
          border: 1px solid var(--line); border-radius: 0.25rem; }
        input[type="file"] { font: inherit; }
        button[type="submit"] { font: inherit; font-weight: 700; padding: 0.5rem 1.25rem; color: var(--paper);
          background: var(--accent); border: 2px solid var(--accent); border-radius: 0.25rem; cursor: pointer; }
        .drop-zone { margin: 0.75rem 0; padding: 1.25rem; border: 2px dashed var(--line); border-radius: 0.5rem;
          color: var(--muted); text-align: center; }
        .drop-zone.active { border-color: var(--accent); background: var(--tint); color: var(--ink); }
        .add-status:empty { display: none; }
        .note { padding: 0.5rem 0.75rem; border-left: 4px solid var(--warning); background: var(--tint); }
        .privacy { max-width: 34rem; }
        .privacy .hint { font-size: 0.875rem; }
        label.inline { display: inline; }
        .banner:empty { display: none; }
        .banner { margin: 0; padding: 0.5rem 1.5rem; background: #fff4d6; color: var(--warning); font-weight: 700;
          border-bottom: 2px solid var(--warning); }
        .network { border-top: 2px solid var(--line); margin-top: 1.5rem; }
        .views { display: flex; flex-wrap: wrap; gap: 0.25rem; list-style: none; padding: 0; margin: 0.5rem 0 1rem;
          border-bottom: 2px solid var(--accent); }
        .views a { display: inline-block; padding: 0.5rem 0.875rem; border: 1px solid var(--line); border-bottom: none;
          border-radius: 0.25rem 0.25rem 0 0; text-decoration: none; color: var(--accent); background: var(--paper); }
        .views a[aria-current="page"] { background: var(--accent); color: var(--paper); font-weight: 700; }
        .view h3 { font-size: 1.25rem; }
        fieldset { border: 1px solid var(--line); border-radius: 0.25rem; margin: 0.5rem 0; padding: 0.5rem 0.75rem; }
        legend { font-weight: 700; padding: 0 0.25rem; }
        .settings fieldset.marks { display: inline-block; vertical-align: top; }
        .inline-field { display: inline-block; margin-right: 1.25rem; vertical-align: top; }
        select, textarea { font: inherit; padding: 0.3rem 0.4rem; border: 1px solid var(--line); border-radius: 0.25rem;
          max-width: 100%; }
        textarea { width: min(100%, 28rem); }
        .checks { list-style: none; margin: 0.25rem 0; padding: 0; }
        .checks li { margin: 0.125rem 0; }
        .checks.scroll { max-height: 18rem; overflow: auto; border: 1px solid var(--line); padding: 0.25rem 0.5rem; }
        button { font: inherit; padding: 0.375rem 0.875rem; color: var(--paper); background: var(--accent);
          border: 2px solid var(--accent); border-radius: 0.25rem; cursor: pointer; }
        button.secondary, button.actor-link { color: var(--accent); background: var(--paper); }
        button.danger { color: var(--error); background: var(--paper); border-color: var(--error); }
        button.actor-link { font-size: 0.9375rem; padding: 0.05rem 0.4rem; border: 1px solid var(--line); margin: 0.1rem; }
        .planned-list li { margin: 0.25rem 0; }
        .status:empty { display: none; }
        .status { font-weight: 700; }
        #controls { display: flex; flex-wrap: wrap; gap: 0.4rem; margin: 0.75rem 0 0.4rem; }
        #controls input, #controls select { font: inherit; padding: 0.3rem 0.4rem; }
        #controls label.control { display: inline; align-self: center; font-weight: 400; color: var(--muted); }
        #controls input { flex: 1 1 12rem; border: 1px solid var(--line); border-radius: 0.25rem; }
        #results { display: flex; flex-wrap: wrap; gap: 0.25rem; margin-bottom: 0.4rem; align-items: center; }
        #results:empty { display: none; }
        .map-frame { border: 1px solid var(--line); border-radius: 0.25rem; overflow: auto; max-height: 80vh; background: #fff; }
        .map-frame:empty { display: none; }
        .map-frame svg { display: block; width: 100%; height: auto; max-width: none; }
        #map g.node { cursor: pointer; }
        #map .dim { opacity: 0.15; }
        #map .filtered { opacity: 0.05; }
        #map g.node.selected > ellipse, #map g.node.selected > polygon, #map g.node.selected > path { stroke: #b2182b; stroke-width: 5px; }
        #map g.node.match > ellipse, #map g.node.match > polygon, #map g.node.match > path { stroke: #a65400; stroke-width: 4px; }
        #map g.edge.incident > path { stroke: #b2182b; stroke-width: 2.5px; }
        #details { margin-top: 0.6rem; padding: 0.6rem 0.8rem; border: 1px solid var(--line); border-radius: 0.25rem; background: var(--tint); }
        #details h3 { margin: 0 0 0.3rem; }
        table { border-collapse: collapse; margin: 0.6rem 0; }
        th, td { border-bottom: 1px solid var(--line); padding: 0.2rem 0.45rem; text-align: left; vertical-align: top; }
        th.num, td.num { text-align: right; }
        .table-frame { max-height: 28rem; overflow: auto; border: 1px solid var(--line); border-radius: 0.25rem; }
        .table-frame table { margin: 0; width: 100%; }
        .table-frame thead th { position: sticky; top: 0; background: var(--paper); }
        #actor-list tr.selected { background: var(--tint); }
        .report table { display: block; max-width: 100%; overflow-x: auto; }
        .report h4 { font-size: 1.125rem; margin-top: 1.25rem; }
        .report h5 { font-size: 1rem; }
        .issue .place { font-weight: 700; }
        .issue .what { display: block; }
        .downloads li { margin: 0.4rem 0; }
        [hidden] { display: none !important; }
        @media (prefers-reduced-motion: reduce) { * { transition: none !important; } }
        """#

    /// The map's interactive behaviour, the HTML report's own script (``Reports/MapExplorer``), served as `/explore.js`.
    static let explorer = MapExplorer.script

}
