import Foundation
import NetworkMap
import Reports

/// The app's one page: a shell in the user's language that the script (``PageAssets/script``) fills from the API.
///
/// Accessibility (WCAG 2.1 AA, as BITV 2.0 asks): `lang` on the document and on the other language's link, a
/// skip link, landmarks (banner, navigation, main, contentinfo), one `h1` and a heading per section, every control
/// with a visible `<label>` and its hints tied by `aria-describedby`, results announced through `role="status"`
/// regions, and nothing that only a mouse can do (the drop zone is an extra beside the file chooser).
/// No inline script or style: the Content-Security-Policy allows only `/app.js` and `/app.css`; the texts the
/// script needs sit in an inert `application/json` block.
enum PageHTML {
    static func render(language: Language, folderName: String) -> String {
        let s = AppStrings.table(language)
        let e = HTMLText.escape
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = (try? encoder.encode(s.script)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        let (open, close) = language == .de ? ("„", "“") : ("“", "”")
        let other: Language = language == .de ? .en : .de
        func languageLink(_ target: Language) -> String {
            let name = target == .de ? "Deutsch" : "English"
            let current = target == language ? " aria-current=\"true\"" : ""
            return "<li><a href=\"/?lang=\(target.rawValue)\" hreflang=\"\(target.rawValue)\" lang=\"\(target.rawValue)\"\(current)>\(name)</a></li>"
        }
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(s.pageTitle))</title>
            <link rel="icon" href="data:,">
            <link rel="stylesheet" href="/app.css">
            <script src="/app.js" defer></script>
            </head>
            <body>
            <a class="skip" href="#main">\(e(s.skipLink))</a>
            <header class="top">
            <p class="brand">network-map</p>
            <nav aria-label="\(e(s.languageNav))">
            <ul class="languages">\(languageLink(language))\(languageLink(other))</ul>
            </nav>
            </header>
            <main id="main" tabindex="-1">
            <h1>\(e(s.mainHeading)) <span class="folder">\(open)\(e(folderName))\(close)</span></h1>
            <p class="tagline">\(e(s.tagline))</p>
            <noscript><p class="note">\(e(s.noScript))</p></noscript>
            <div class="columns">
            <section class="networks" aria-labelledby="networks-heading">
            <h2 id="networks-heading">\(e(s.networksHeading))</h2>
            <p>\(e(s.networksIntro))</p>
            <ul id="network-list" class="network-list" aria-busy="true"><li>\(e(s.script.loading))</li></ul>
            <p id="list-status" class="visually-hidden" role="status"></p>
            </section>
            <section class="check" aria-labelledby="check-heading">
            <h2 id="check-heading">\(e(s.checkHeading))</h2>
            <p id="check-status" role="status">\(e(s.checkIntro))</p>
            <div id="check-details"></div>
            </section>
            </div>
            <section class="add" aria-labelledby="add-heading">
            <h2 id="add-heading">\(e(s.addHeading))</h2>
            <p id="add-intro">\(e(s.addIntro))</p>
            <form id="add-form" novalidate>
            <div class="field">
            <label for="files">\(e(s.filesLabel))</label>
            <input id="files" name="files" type="file" multiple accept=".csv,.tsv,.txt,.xlsx,.ods" aria-describedby="add-intro files-hint">
            <p id="files-hint" class="hint">\(e(s.filesHint))</p>
            <p id="files-chosen" class="hint"></p>
            </div>
            <div id="drop-zone" class="drop-zone">\(e(s.dropZone))</div>
            <div class="field">
            <label for="network-name">\(e(s.nameLabel))</label>
            <input id="network-name" name="name" type="text" autocomplete="off" maxlength="60" aria-describedby="name-hint">
            <p id="name-hint" class="hint">\(e(s.nameHint))</p>
            </div>
            <button type="submit">\(e(s.addButton))</button>
            <p id="add-status" class="add-status" role="status"></p>
            </form>
            </section>
            </main>
            <footer class="bottom"><p>\(e(s.footer))</p></footer>
            <script type="application/json" id="page-strings">\(HTMLText.scriptJSON(json))</script>
            </body>
            </html>

            """
    }

    /// The page shown instead when a request is refused (no token, wrong host, another site): what to do, nothing else.
    static func refusal(_ text: String, language: Language) -> String {
        let title = language == .de ? "network-map: kein Zugang" : "network-map: no access"
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLText.escape(title))</title></head>
            <body><main><h1>\(HTMLText.escape(title))</h1><p>\(HTMLText.escape(text))</p></main></body>
            </html>

            """
    }
}
