import Foundation
import NetworkMap
import Reports
import TestSupport
import Testing

/// What the reports say and how they are built, on the example quarter and on small hand-made networks.
@Suite("Report contents")
struct ReportContentTests {
    static let quarter: Network = {
        (try? NetworkLoader.load(from: Repository.network("muehlenviertel")).network) ?? Network(name: "")
    }()

    static func analysis(_ language: Language, showPrivate: Bool = false) -> Analysis {
        quarter.analysed(language, showingPrivateNames: showPrivate)
    }

    @Test func germanReportHasEverySectionAndNamesActors() {
        let md = FullReport(Self.analysis(.de), language: .de).document.rendered(.markdown)
        #expect(md.hasPrefix("# Mühlenviertel"))
        for heading in ["## Das Netzwerk auf einen Blick", "## Schlüsselakteure und Brückenakteure",
                        "## Abhängigkeit vom QM-Büro (Verstetigung)", "## Lücken im Netzwerk", "## Vorgeschlagene Kontakte",
                        "## Isolierte und lose angebundene Gruppen", "## Abdeckung der Themen",
                        "## Hinweise zur Aussagekraft", "## Methode"] {
            #expect(md.contains(heading + "\n"), "missing \(heading)")
        }
        // The QM office's share of paths is its betweenness in the pseudonymised network, which leaves out the
        // five ties of private persons to faith and migrant organisations: networkx 3.6.1 gives 0.50049 for the
        // fixture graph (ties active on the data's date) without those ties (49.8 % with them, checked in
        // NetworkMapTests).
        #expect(md.contains("Quartiersmanagement Mühlenviertel liegt auf 50,0 % aller kürzesten Wege"))
        #expect(md.contains("| Energieeffizienz | 0 | – (niemand aktiv) | – |"))
        #expect(md.contains("Afghanischer Frauenverein Noor e.V."))
        #expect(md.contains("| Bewohnergruppen | 24 |"))
        // Grammar the reader notices: no "1 Akteure", no "und 1 weitere".
        #expect(!md.contains(" 1 Akteure") && !md.contains("und 1 weitere"))
    }

    @Test func englishReportSpeaksEnglish() {
        let txt = FullReport(Self.analysis(.en), language: .en).document.rendered(.text)
        #expect(txt.hasPrefix("Mühlenviertel: network analysis\n"))
        #expect(txt.contains("The network at a glance"))
        #expect(txt.contains("Nobody works on the theme “Energieeffizienz”."))
        #expect(!txt.contains("**"))
        #expect(!txt.contains(" 1 actors"))
    }

    @Test func privatePersonsStayPseudonymousInEveryFormat() throws {
        // Samira B. is a private person of the example; her notes and contact must not leak either.
        let person = try #require(Self.quarter.actors.first { $0.name == "Samira B." })
        #expect(person.isPrivate)
        for language in Language.allCases {
            let analysis = Self.analysis(language)
            let outputs = [
                FullReport(analysis, language: language).document.rendered(.markdown),
                JSONReport.render(analysis, language: language),
                CSVReport.render(analysis, language: language),
                HTMLReport.render(analysis, language: language, svg: nil),
            ]
            for output in outputs {
                #expect(!output.contains("Samira B."))
                if let notes = person.notes, !notes.isEmpty { #expect(!output.contains(notes)) }
            }
        }
        // A hand-made person with distinctive contact and notes: neither reaches any format.
        var network = Self.tricky
        network.actors.append(Actor(id: "p", name: "Hidden Person", type: .resident, themes: ["Glaube"], area: "Hinterhof 3",
                                    contact: "hidden@example.org", notes: "secret note"))
        network.ties.append(Tie(source: network.actors.count - 1, target: 0, notes: "tie note"))
        for language in Language.allCases {
            let analysis = network.analysed(language, showingPrivateNames: false)
            for output in [FullReport(analysis, language: language).document.rendered(.text),
                           JSONReport.render(analysis, language: language), CSVReport.render(analysis, language: language),
                           HTMLReport.render(analysis, language: language, svg: nil)] {
                for secret in ["Hidden Person", "hidden@example.org", "secret note", "tie note", "Hinterhof 3", "Glaube"] {
                    #expect(!output.contains(secret), "\(secret) leaked")
                }
            }
        }
        let shown = FullReport(Self.analysis(.de, showPrivate: true), language: .de).document.rendered(.markdown)
        #expect(shown.contains("Samira B."))
    }

    /// A tiny network whose names carry every character that needs care.
    static let tricky: Network = {
        let names = ["<img src=x onerror=alert(1)>", "Müller; \"Bäckerei\", Café", "=HYPERLINK(\"x\")", "Line\nbreak", "Plain"]
        let actors = names.enumerated().map { i, name in
            Actor(id: "a\(i)", name: name, type: i == 0 ? .association : .business, themes: ["Grün & Blau"], area: "Nord")
        }
        let ties = [Tie(source: 0, target: 1), Tie(source: 1, target: 2), Tie(source: 2, target: 3), Tie(source: 0, target: 2)]
        return Network(name: "Test </script><!-- quarter", language: .de, themes: ["Grün & Blau"], actors: actors, ties: ties)
    }()

    @Test func csvIsRFC4180WithGermanExcelConventions() {
        let analysis = Self.tricky.analysed(showingPrivateNames: true)
        let de = CSVReport.render(analysis, language: .de)
        #expect(de.hasPrefix("\u{FEFF}ID;Name;Typ;"))
        let lines = de.dropFirst().components(separatedBy: "\r\n")
        // Header, 5 actors and the empty string after the final CRLF; the lone LF stays inside its quotes.
        #expect(lines.count == 7)
        #expect(lines[2].hasPrefix("a1;\"Müller; \"\"Bäckerei\"\", Café\";business;Unternehmen;Grün & Blau;Nord;2;"))
        #expect(lines[3].hasPrefix("a2;\"'=HYPERLINK(\"\"x\"\")\";"), "formula-like text is neutralised and quoted")
        #expect(lines[4].hasPrefix("a3;\"Line\nbreak\";business;"))
        // a2 lies on the only shortest paths a3–a0 and a3–a1: networkx 3.6.1 gives betweenness 2/6 = 0.333333.
        #expect(de.contains("a2;\"'=HYPERLINK(\"\"x\"\")\";business;Unternehmen;Grün & Blau;Nord;3;0,333333;"))
        let en = CSVReport.render(analysis, language: .en)
        #expect(en.hasPrefix("id,name,type,"))
        #expect(en.contains("a1,\"Müller; \"\"Bäckerei\"\", Café\",business,Business,Grün & Blau,Nord,2,"))
        #expect(en.contains("a2,\"'=HYPERLINK(\"\"x\"\")\",business,Business,Grün & Blau,Nord,3,0.333333,"))
    }

    @Test func htmlEscapesEveryNameAndKeepsTheDataBlockClosed() throws {
        let page = HTMLReport.render(Self.tricky.analysed(showingPrivateNames: true), language: .de, svg: nil)
        // Outside the JSON block (which the browser never parses as HTML) the name appears only escaped.
        let markup = page.components(separatedBy: "<script type=\"application/json\"")[0]
        #expect(!markup.contains("<img src=x"))
        #expect(page.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(page.contains("<title>Test &lt;/script&gt;&lt;!-- quarter: Netzwerkanalyse</title>"))
        // Exactly the page's own two script elements close, and no comment opens.
        #expect(page.components(separatedBy: "</script>").count == 3)
        #expect(!page.contains("<!--"))
        // The JSON block parses back to the names as written.
        let start = try #require(page.range(of: "<script type=\"application/json\" id=\"network-data\">\n"))
        let end = try #require(page.range(of: "\n</script>", range: start.upperBound..<page.endIndex))
        let json = try JSONSerialization.jsonObject(with: Data(page[start.upperBound..<end.lowerBound].utf8)) as? [String: Any]
        let actors = try #require(json?["actors"] as? [[String: Any]])
        #expect(actors.map { $0["name"] as? String } == Self.tricky.actors.map(\.name))
        #expect(actors[2]["neighbours"] as? [Int] == [0, 1, 3])
    }

    @Test func htmlInlinesTheSVGWithoutPrologOrComments() {
        let svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"x\" \"y\">\n<!-- Generated by graphviz -->\n<svg><g id=\"actor-a0\" class=\"node\"><title>n0</title></g></svg>\n"
        let page = HTMLReport.render(Self.tricky.analysed(showingPrivateNames: true), language: .en, svg: svg)
        #expect(page.contains("<div id=\"map\">\n<svg><g id=\"actor-a0\" class=\"node\"><title>n0</title></g></svg>\n</div>"))
        #expect(!page.contains("<?xml") && !page.contains("DOCTYPE svg") && !page.contains("Generated by graphviz"))
    }

    @Test func markdownKeepsMarkupInNamesInert() {
        let md = FullReport(Self.tricky.analysed(showingPrivateNames: true), language: .en).document.rendered(.markdown)
        #expect(!md.replacingOccurrences(of: "\\<", with: "").contains("<"))
        #expect(md.contains("\\<img src=x onerror=alert(1)>"))
    }
}

@Suite("Sentence tidying")
struct SentenceTidyingTests {
    @Test func doubledFullStopAfterAbbreviationCollapses() {
        var doc = TextDocument()
        doc.paragraph("Die Gruppe hängt allein an Kleingartenverein Am Mühlengraben e.V..")
        doc.bullets(["Wartet… und dann...", "Nichts zu tun."])
        let text = doc.rendered(.text)
        #expect(text.contains("Mühlengraben e.V.\n"))
        #expect(text.contains("Wartet… und dann..."))
        #expect(text.contains("Nichts zu tun."))
    }
}
