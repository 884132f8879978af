import Foundation
import NetworkMap
import Reports
import Wording

/// The app's one page: a shell in the user's language that the script (``PageAssets/script``) fills from the API.
///
/// Every fixed word comes from Wording's ``Wording/AppText`` table: written into the HTML here, and handed to the
/// script as the same table in an inert `application/json` block, so that no word has a second source. The map's
/// controls are the HTML report's own (``Reports/HTMLReport/explorerControls(_:)``), driven by the same script.
///
/// Accessibility (WCAG 2.1 AA, as BITV 2.0 asks): `lang` on the document and on the other language's link, a
/// skip link, landmarks (banner, navigation, main, contentinfo), one `h1` and a heading per section and view,
/// every control with a visible `<label>` (or a legend for a group) and its hints tied by `aria-describedby`,
/// results announced through `role="status"` regions, the map's content also as a table, and nothing that only a
/// mouse can do (the drop zone is an extra beside the file chooser). No inline script or style: the
/// Content-Security-Policy allows only `/app.js`, `/explore.js` and `/app.css`.
enum PageHTML {
    static func render(language: Language, folderName: String) -> String {
        let phrases = language.phrases
        let t = { (text: AppText) in Markup.escape(phrases.app(text)) }
        let r = { (text: PageText) in Markup.escape(phrases.html(text)) }
        let json = JSONValue.object(phrases.pageDictionary.map { ($0.0, JSONValue.string($0.1)) }).rendered()
        let other: Language = language == .de ? .en : .de
        func languageLink(_ target: Language) -> String {
            let name = target == .de ? "Deutsch" : "English"
            let current = target == language ? " aria-current=\"true\"" : ""
            return "<li><a href=\"/?lang=\(target.rawValue)\" hreflang=\"\(target.rawValue)\" lang=\"\(target.rawValue)\"\(current)>\(name)</a></li>"
        }
        func option(_ value: String, _ text: AppText, selected: Bool = false) -> String {
            "<option value=\"\(value)\"\(selected ? " selected" : "")>\(t(text))</option>"
        }
        func mark(_ value: String, _ text: AppText, checked: Bool) -> String {
            "<li><input type=\"checkbox\" id=\"mark-\(value)\" name=\"marks\" value=\"\(value)\"\(checked ? " checked" : "")>"
                + " <label class=\"inline\" for=\"mark-\(value)\">\(t(text))</label></li>"
        }
        func view(_ id: String, _ heading: AppText, _ body: String) -> String {
            """
            <section id="view-\(id)" class="view" aria-labelledby="\(id)-heading" hidden>
            <h3 id="\(id)-heading">\(t(heading))</h3>
            \(body)
            </section>
            """
        }
        func field(_ id: String, _ label: AppText, hint: AppText? = nil, input: String) -> String {
            let described = hint.map { _ in " aria-describedby=\"\(id)-hint\"" } ?? ""
            let control = input.replacingOccurrences(of: "{id}", with: "id=\"\(id)\" name=\"\(id)\"\(described)")
            let hintText = hint.map { "\n<p id=\"\(id)-hint\" class=\"hint\">\(t($0))</p>" } ?? ""
            return "<div class=\"field\"><label for=\"\(id)\">\(t(label))</label>\n\(control)\(hintText)</div>"
        }
        let text = "<input type=\"text\" {id} autocomplete=\"off\">"
        let choices = "<select {id}></select>"
        let yesNo = "<select {id}><option value=\"\">\(t(.unset))</option><option value=\"yes\">\(t(.yes))</option>"
            + "<option value=\"no\">\(t(.no))</option></select>"
        let downloads: [(String, AppText)] = [
            ("handout.pdf", .downloadHandout), ("report.md", .downloadReportMD), ("report.html", .downloadReportHTML),
            ("map.svg", .downloadMapSVG), ("map.pdf", .downloadMapPDF), ("map.png", .downloadMapPNG),
            ("network.gexf", .downloadGEXF), ("network.graphml", .downloadGraphML),
        ]
        let views: [(String, AppText)] = [
            ("check", .viewCheck), ("map", .viewMap), ("findings", .viewFindings), ("whatif", .viewWhatIf),
            ("diff", .viewDiff), ("edit", .viewEdit), ("downloads", .viewDownloads),
        ]
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(t(.pageTitle))</title>
            <link rel="icon" href="data:,">
            <link rel="stylesheet" href="/app.css">
            <script src="/explore.js" defer></script>
            <script src="/app.js" defer></script>
            </head>
            <body>
            <a class="skip" href="#main">\(t(.skipLink))</a>
            <header class="top">
            <p class="brand">network-map</p>
            <div class="privacy">
            <input type="checkbox" id="show-private" aria-describedby="privacy-hint">
            <label class="inline" for="show-private">\(t(.privacyToggle))</label>
            <p id="privacy-hint" class="hint">\(t(.privacyHint))</p>
            </div>
            <nav aria-label="\(t(.languageNav))">
            <ul class="languages">\(languageLink(language))\(languageLink(other))</ul>
            </nav>
            </header>
            <p id="privacy-banner" class="banner" role="status"></p>
            <main id="main" tabindex="-1">
            <h1>\(t(.mainHeading)) <span class="folder">\(Markup.escape(phrases.quoted(folderName)))</span></h1>
            <p class="tagline">\(t(.tagline))</p>
            <noscript><p class="note">\(t(.noScript))</p></noscript>
            <div class="columns">
            <section class="networks" aria-labelledby="networks-heading">
            <h2 id="networks-heading">\(t(.networksHeading))</h2>
            <p>\(t(.networksIntro))</p>
            <ul id="network-list" class="network-list" aria-busy="true"><li>\(t(.loading))</li></ul>
            <p id="list-status" class="visually-hidden" role="status"></p>
            </section>
            <section class="add" aria-labelledby="add-heading">
            <h2 id="add-heading">\(t(.addHeading))</h2>
            <p id="add-intro">\(t(.addIntro))</p>
            <form id="add-form" novalidate>
            <div class="field">
            <label for="files">\(t(.filesLabel))</label>
            <input id="files" name="files" type="file" multiple accept=".csv,.tsv,.txt,.xlsx,.ods" aria-describedby="add-intro files-hint">
            <p id="files-hint" class="hint">\(t(.filesHint))</p>
            <p id="files-chosen" class="hint"></p>
            </div>
            <div id="drop-zone" class="drop-zone">\(t(.dropZone))</div>
            <div class="field">
            <label for="network-name">\(t(.nameLabel))</label>
            <input id="network-name" name="name" type="text" autocomplete="off" maxlength="60" aria-describedby="name-hint">
            <p id="name-hint" class="hint">\(t(.nameHint))</p>
            </div>
            <button type="submit">\(t(.addButton))</button>
            <p id="add-status" class="add-status" role="status"></p>
            </form>
            </section>
            </div>
            <section id="network" class="network" aria-labelledby="network-heading">
            <h2 id="network-heading">\(t(.checkHeading))</h2>
            <p id="network-status" role="status">\(t(.chooseNetwork))</p>
            <nav id="views-nav" aria-label="\(t(.viewsNav))" hidden>
            <ul class="views">\(views.map { "<li><a href=\"#view-\($0.0)\" data-view=\"\($0.0)\">\(t($0.1))</a></li>" }.joined())</ul>
            </nav>
            \(view("check", .checkHeading, "<div id=\"check-details\"></div>"))
            \(view("map", .mapHeading, """
            <form id="map-settings" class="settings">
            <fieldset><legend>\(t(.mapSettings))</legend>
            <div class="field inline-field"><label for="color-by">\(t(.colorBy))</label>
            <select id="color-by" name="color">\(option("type", .colorType, selected: true))\(option("community", .colorCommunity))\(option("area", .colorArea))\(option("theme", .colorTheme))\(option("attitude", .colorAttitude))</select></div>
            <div class="field inline-field"><label for="size-by">\(t(.sizeBy))</label>
            <select id="size-by" name="size">\(option("betweenness", .sizeBetweenness, selected: true))\(option("degree", .sizeDegree))\(option("pagerank", .sizePagerank))\(option("influence", .sizeInfluence))\(option("none", .sizeNone))</select></div>
            <fieldset class="marks"><legend>\(t(.highlights))</legend><ul class="checks">
            \(mark("brokers", .markBrokers, checked: true))\(mark("bridges", .markBridges, checked: false))\(mark("isolated", .markIsolated, checked: true))\(mark("introductions", .markIntroductions, checked: false))
            </ul></fieldset>
            </fieldset>
            </form>
            \(HTMLReport.explorerControls(phrases))
            <p id="map-status" class="status" role="status"></p>
            <div id="map" class="map-frame"></div>
            <div id="details" aria-live="polite"><p class="hint">\(r(.hint))</p></div>
            \(HTMLReport.actorTable(phrases).replacingOccurrences(of: "<h2 id=\"actor-table-heading\">", with: "<h4 id=\"actor-table-heading\">").replacingOccurrences(of: "</h2>", with: "</h4>"))
            """))
            \(view("findings", .findingsHeading, "<p id=\"findings-status\" class=\"status\" role=\"status\"></p>\n<div id=\"findings-body\" class=\"report\"></div>"))
            \(view("whatif", .whatIfHeading, """
            <p>\(t(.whatIfIntro))</p>
            <p><button type="button" id="home-leaves" hidden>\(t(.homeLeaves))</button> <button type="button" id="whatif-clear" class="secondary">\(t(.clearScenario))</button></p>
            <div class="columns">
            <fieldset class="leaving"><legend>\(t(.leavingHeading))</legend>
            <label for="leaving-filter">\(t(.leavingFilter))</label>
            <input type="search" id="leaving-filter">
            <ul id="leaving-list" class="checks scroll"></ul>
            </fieldset>
            <fieldset class="planned"><legend>\(t(.plannedHeading))</legend>
            <div class="field"><label for="planned-from">\(t(.plannedFrom))</label><select id="planned-from"></select></div>
            <div class="field"><label for="planned-to">\(t(.plannedTo))</label><select id="planned-to"></select></div>
            <button type="button" id="planned-add">\(t(.plannedAdd))</button>
            <ul id="planned-list" class="planned-list"></ul>
            </fieldset>
            </div>
            <p id="whatif-status" class="status" role="status"></p>
            <div id="whatif-report" class="report"></div>
            <h4>\(t(.whatIfMapHeading))</h4>
            <div id="whatif-map" class="map-frame"></div>
            """))
            \(view("diff", .diffHeading, """
            <p>\(t(.diffIntro))</p>
            <form id="diff-form" class="settings">
            <div class="field inline-field"><label for="diff-older">\(t(.diffOlder))</label><select id="diff-older"></select></div>
            <button type="submit">\(t(.diffShow))</button>
            </form>
            <p id="diff-status" class="status" role="status"></p>
            <div id="diff-report" class="report"></div>
            <h4>\(t(.diffMapHeading))</h4>
            <div id="diff-map" class="map-frame"></div>
            """))
            \(view("edit", .editHeading, """
            <p>\(t(.editIntro))</p>
            <p id="edit-status" class="status" role="status"></p>
            <div id="edit-errors"></div>
            <div class="columns">
            <form id="actor-form" class="edit-form" novalidate>
            <fieldset><legend>\(t(.editActorHeading))</legend>
            \(field("actor-choice", .editChooseActor, input: choices))
            <p id="actor-private" class="note" hidden>\(t(.privateHidden))</p>
            \(field("actor-name", .fieldName, input: text))
            \(field("actor-type", .fieldType, input: choices))
            \(field("actor-category", .fieldCategory, input: text))
            \(field("actor-themes", .fieldThemes, hint: .fieldThemesHint, input: text))
            \(field("actor-area", .fieldArea, input: text))
            \(field("actor-influence", .fieldInfluence, hint: .fieldScoreHint, input: "<input type=\"text\" inputmode=\"decimal\" {id} autocomplete=\"off\">"))
            \(field("actor-interest", .fieldInterest, hint: .fieldScoreHint, input: "<input type=\"text\" inputmode=\"decimal\" {id} autocomplete=\"off\">"))
            \(field("actor-attitude", .fieldAttitude, input: "<select {id}><option value=\"\">\(t(.unset))</option>\(option("supportive", .attitudeSupportive))\(option("neutral", .attitudeNeutral))\(option("opposed", .attitudeOpposed))</select>"))
            \(field("actor-private-flag", .fieldPrivate, input: yesNo))
            \(field("actor-contact", .fieldContact, input: text))
            \(field("actor-notes", .fieldNotes, input: "<textarea {id} rows=\"3\"></textarea>"))
            <p id="actor-extra" class="hint"></p>
            <button type="submit" id="actor-save">\(t(.saveActor))</button>
            </fieldset>
            </form>
            <form id="tie-form" class="edit-form" novalidate>
            <fieldset><legend>\(t(.editTieHeading))</legend>
            \(field("tie-choice", .editChooseTie, input: choices))
            \(field("tie-source", .fieldSource, input: choices))
            \(field("tie-target", .fieldTarget, input: choices))
            \(field("tie-kind", .fieldKind, input: choices))
            \(field("tie-strength", .fieldStrength, input: "<select {id}><option value=\"\">\(t(.unset))</option><option value=\"1\">\(t(.strengthWeak))</option><option value=\"2\">\(t(.strengthMedium))</option><option value=\"3\">\(t(.strengthStrong))</option></select>"))
            \(field("tie-directed", .fieldDirected, input: yesNo))
            \(field("tie-since", .fieldSince, hint: .fieldDateHint, input: text))
            \(field("tie-until", .fieldUntil, hint: .fieldDateHint, input: text))
            \(field("tie-reported", .fieldReportedBy, input: text))
            \(field("tie-notes", .fieldNotes, input: "<textarea {id} rows=\"3\"></textarea>"))
            <p id="tie-extra" class="hint"></p>
            <button type="submit" id="tie-save">\(t(.saveTie))</button>
            <button type="button" id="tie-delete" class="danger">\(t(.deleteTie))</button>
            </fieldset>
            </form>
            </div>
            """))
            \(view("downloads", .downloadsHeading, """
            <p>\(t(.downloadsIntro))</p>
            <p id="downloads-private" class="note" hidden>\(t(.downloadsPrivate))</p>
            <ul id="download-list" class="downloads">\(downloads.map { "<li><a data-file=\"\($0.0)\" href=\"#\" download>\(t($0.1))</a></li>" }.joined())</ul>
            """))
            </section>
            </main>
            <footer class="bottom"><p>\(t(.footer))</p></footer>
            <script type="application/json" id="page-strings">\(HTMLText.scriptJSON(json))</script>
            </body>
            </html>

            """
    }

    /// The page shown instead when a request is refused (no token, wrong host, another site): what to do, nothing else.
    static func refusal(_ text: String, language: Language) -> String {
        let title = language.phrases.app(.noAccess)
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(Markup.escape(title))</title></head>
            <body><main><h1>\(Markup.escape(title))</h1><p>\(Markup.escape(text))</p></main></body>
            </html>

            """
    }
}
