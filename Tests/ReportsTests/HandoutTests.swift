import Foundation
import NetworkMap
import Reports
import TestSupport
import Testing
import Wording

/// The meeting handout as a reader sees it: pages, size, text (through poppler's `pdftotext`), fonts, pseudonyms.
@Suite("Handout PDF", .serialized)
struct HandoutTests {
    /// Loads, pseudonymises (as the command line does) and analyses an example network.
    static func analysis(_ name: String, showPrivate: Bool = false) throws -> (Network, Analysis, Language) {
        let network = try NetworkLoader.load(from: Repository.network(name)).network
        let language: Language = network.language ?? .de
        return (network, network.analysed(language, showingPrivateNames: showPrivate), language)
    }

    /// Runs a poppler tool on the PDF bytes and returns what it printed.
    static func poppler(_ tool: String, _ arguments: [String], pdf: Data) throws -> String {
        try Poppler.run(tool, arguments, pdf: pdf)
    }

    /// Each page's size in points, from `pdfinfo -f 1 -l N`.
    static func pageSizes(_ pdf: Data) throws -> [(Double, Double)] {
        let info = try poppler("pdfinfo", ["-f", "1", "-l", "10"], pdf: pdf)
        return info.split(separator: "\n").filter { $0.hasPrefix("Page") && $0.contains("size:") }.compactMap { line in
            let numbers = line.split(separator: " ").compactMap { Double($0) }
            return numbers.count >= 3 ? (numbers[1], numbers[2]) : nil
        }
    }

    @Test func germanQuarterPrintsOnOneSheetWithTheFindings() throws {
        let (original, analysis, language) = try Self.analysis("muehlenviertel")
        let pdf = try Handout.pdf(analysis, options: HandoutOptions(language: language))
        let sizes = try Self.pageSizes(pdf)
        // One sheet, both sides upright, so that duplex printing needs no choice of binding edge.
        #expect(sizes.count == 2)
        for (w, h) in sizes { #expect(w == 595.28 && h == 841.89, "page \(w) x \(h)") }
        let text = try Self.poppler("pdftotext", [], pdf: pdf)
        let pages = text.components(separatedBy: "\u{0C}")
        let front = pages.first ?? "", back = pages.count > 1 ? pages[1] : ""
        // Print has no Markdown: no code marks, and no doubled full stop after "e.V.".
        #expect(!text.contains("`"))
        #expect(!text.contains("e.V.."))
        for expected in ["Netzwerk Mühlenviertel", "Was ist dargestellt?", "Was kann abgelesen werden?", "Ohne das QM-Büro",
                         "Seite 1 von 2", "Interviews und Netzwerkworkshop des Quartiersmanagements", "network-map, 2025-10-01",
                         "Förderung"] {
            #expect(front.contains(expected), "missing on the front: \(expected)")
        }
        for expected in ["Schlüsselakteure", "Lücken", "Einfluss, Interesse und Netzwerkposition", "Eng einbinden",
                         "Fragen für die Diskussion", "Datenschutz", "Gewerbeverein Mühlenviertel e.V.", "Seite 2 von 2"] {
            #expect(back.contains(expected), "missing on the back: \(expected)")
        }
        // The invitation list is the detailed handout's.
        #expect(!text.contains("Einladungsliste"))
        // The stakeholder findings named under the matrix are those the independent Python computation found
        // (Tests/NetworkMapTests/Fixtures/stakeholders): three hidden brokers, the planted opponent with reach.
        let flat = back.replacingOccurrences(of: "\n", with: " ")
        #expect(flat.contains("Verdeckte Vermittler: Gemeinschaftsgarten Kanalgrün (1), Projekt Stadtteilmütter (2) und Mietertreff Turmstraße (3)."))
        #expect(flat.contains("Gegner mit Reichweite: Gewerbeverein Mühlenviertel e.V."))
        // The home office's share of paths, as the analysis computed it (50 %, checked against networkx in AnalysisTests).
        if let home = analysis.homeDependency {
            #expect(front.contains(Strings(.de, analysis: analysis).percent(home.pathShare)))
        }
        // Umlauts come out as real characters, not as mojibake or decomposed marks.
        #expect(text.contains("Mühlenviertel"))
        #expect(!text.contains("MÃ¼"))
        // Private persons appear only under their pseudonyms.
        #expect(text.contains("Bewohner:in"))
        for actor in original.actors where actor.isPrivate {
            #expect(!text.contains(actor.name), "private name printed: \(actor.name)")
        }
    }

    @Test func detailedHandoutHasTheMatrixPageAndTheInvitationList() throws {
        let (original, analysis, language) = try Self.analysis("muehlenviertel")
        let pdf = try Handout.pdf(analysis, options: HandoutOptions(language: language, detailed: true))
        let sizes = try Self.pageSizes(pdf)
        #expect((3...Handout.maximumPages).contains(sizes.count))
        for (w, h) in sizes { #expect(Set([w, h]) == Set([595.28, 841.89]), "page \(w) x \(h)") }
        let text = try Self.poppler("pdftotext", [], pdf: pdf)
        let pages = text.components(separatedBy: "\u{0C}")
        // Page 2 is the matrix on its own, with its captions.
        let matrix = pages.count > 1 ? pages[1] : ""
        for expected in ["Einfluss, Interesse und Netzwerkposition", "Eng einbinden", "Zufriedenstellen", "Informieren",
                         "Beobachten", "Was ist dargestellt?", "Was kann abgelesen werden?", "Verdeckte Vermittler"] {
            #expect(matrix.contains(expected), "missing on the matrix page: \(expected)")
        }
        for expected in ["Kennzahlen", "Schlüsselakteure", "Lücken", "Fragen für die Diskussion", "Einladungsliste",
                         "Datenschutz", "Afghanischer Frauenverein Noor e.V.", "Seite 1 von \(sizes.count)"] {
            #expect(text.contains(expected), "missing: \(expected)")
        }
        for actor in original.actors where actor.isPrivate {
            #expect(!text.contains(actor.name), "private name printed: \(actor.name)")
        }
    }

    @Test func fontsAreEmbeddedAndTheDocumentIsStampedWithTheDataDate() throws {
        let (_, analysis, language) = try Self.analysis("muehlenviertel")
        let pdf = try Handout.pdf(analysis, options: HandoutOptions(language: language))
        let fonts = try Self.poppler("pdffonts", [], pdf: pdf).split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty)
        for line in fonts {
            let columns = line.split(separator: " ", omittingEmptySubsequences: true)
            // name type [type] encoding emb sub uni object ID: "emb" is the fourth from the end... check "yes yes yes".
            #expect(line.contains("yes yes"), "font not embedded: \(line)")
            #expect(columns.first?.contains("DejaVu") ?? false)
        }
        let info = try Self.poppler("pdfinfo", [], pdf: pdf)
        #expect(info.contains("2025"))
        #expect(info.contains("Oct  1"))
    }

    @Test func showPrivatePrintsNamesAndSaysSo() throws {
        let (original, analysis, language) = try Self.analysis("muehlenviertel", showPrivate: true)
        let pdf = try Handout.pdf(analysis, options: HandoutOptions(language: language))
        let text = try Self.poppler("pdftotext", [], pdf: pdf)
        #expect(text.contains("--show-private"))
        #expect(!text.contains("Bewohner:in 1 "))
        #expect(original.actors.contains { $0.isPrivate })
    }

    @Test func englishNetworkReadsInEnglish() throws {
        let (_, analysis, language) = try Self.analysis("riverside")
        #expect(language == .en)
        let pdf = try Handout.pdf(analysis, options: HandoutOptions(language: .en))
        let text = try Self.poppler("pdftotext", [], pdf: pdf)
        for expected in ["Network Riverside", "What is shown?", "Influence, interest and network position",
                         "Questions for discussion", "Data protection", "Page 1 of 2", "Resident"] {
            #expect(text.contains(expected), "missing: \(expected)")
        }
        #expect(!text.contains("Seite"))
        #expect(try Self.pageSizes(pdf).count == Handout.sheetPages)
        let detailed = try Self.poppler("pdftotext", [], pdf: Handout.pdf(analysis, options: HandoutOptions(language: .en, detailed: true)))
        // ("Keep satisfied" is left out: Graphviz's pango sets its "fi" as a ligature, which pdftotext reads as U+FB01.)
        for expected in ["Key figures", "Suggested invitation list", "Manage closely", "Keep informed", "Monitor"] {
            #expect(detailed.contains(expected), "missing in the detailed handout: \(expected)")
        }
    }

    @Test func invitationListIsDeduplicatedAndCoversEveryDetachedGroup() throws {
        let (_, analysis, language) = try Self.analysis("muehlenviertel")
        let content = HandoutContent(analysis, options: HandoutOptions(language: language))
        let invited = content.invitations.map(\.actor)
        #expect(Set(invited).count == invited.count)
        #expect(!invited.contains { $0 == analysis.home })
        #expect(content.invitations.allSatisfy { !$0.reasons.isEmpty })
        for c in content.detachedGroups {
            let members = analysis.components[c]
            let chosen = invited.filter { members.contains($0) }
            #expect(!chosen.isEmpty, "nobody from group \(members)")
            // An organisation speaks for the group when it has one.
            if members.contains(where: { !analysis.network.actors[$0].isPrivate }) {
                #expect(chosen.contains { !analysis.network.actors[$0].isPrivate })
            }
        }
        // Both sides of every suggested introduction are invited.
        for intro in content.introductions {
            #expect(invited.contains(intro.source) && invited.contains(intro.target))
        }
        let questions = HandoutStrings(language, analysis: analysis).questions(content)
        #expect((2...4).contains(questions.count))
    }

    @Test func largeNetworkMapShowsACoreSmallOneShowsAll() throws {
        let (_, big, language) = try Self.analysis("muehlenviertel")
        let content = HandoutContent(big, options: HandoutOptions(language: language))
        let core = content.mapSelection(limit: 40)
        #expect(core.count == 40)
        if let home = big.home { #expect(core.contains(home)) }
        for b in content.brokers { #expect(core.contains(b.actor)) }
        let (_, small, _) = try Self.analysis("riverside")
        let all = HandoutContent(small, options: HandoutOptions(language: .en)).mapSelection(limit: 60)
        #expect(all.count == small.graph.nodeCount)
    }
}
