import Foundation
import NetworkMap
import Reports
import TestSupport
import Testing
import Wording

/// The handout's section on what changed since an earlier snapshot (`handout NEW --since OLD`), read back from
/// the PDF with poppler's `pdftotext`.
@Suite("Handout: change since the last snapshot", .serialized)
struct HandoutSinceTests {
    /// Reference values computed once with networkx 3.6.1 from the spreadsheets (Golden/since/make_fixture.py).
    struct Reference: Decodable {
        let homeShareBefore: Double
        let homeShareAfter: Double
        let actorsAdded: Int
        let actorsLost: Int
        let tiesAdded: Int
        let tiesLost: Int

        static func load() throws -> Reference {
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("Golden/since/muehlenviertel-since.json")
            return try JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
        }
    }

    /// Both example snapshots, pseudonymised alike as the command line does, analysed as the handout does.
    static func snapshots(showPrivate: Bool = false) throws -> (old: Network, new: Network, Analysis, Analysis) {
        let old = try NetworkLoader.load(from: Repository.network("muehlenviertel")).network
        let new = try NetworkLoader.load(from: Repository.network("muehlenviertel-2026")).network
        let (a, b) = Network.prepared(old, new, showingPrivateNames: showPrivate, pseudonym: German().pseudonym)
        var options = AnalysisOptions()
        options.introductions = 10
        return (old, new, Analysis(a, options: options), Analysis(b, options: options))
    }

    static func text(_ pdf: Data) throws -> String {
        // pdftotext breaks lines where the PDF does; the checks read it as one line.
        try HandoutTests.poppler("pdftotext", [], pdf: pdf).replacingOccurrences(of: "\n", with: " ")
    }

    @Test func germanHandoutSaysWhatChangedAndStaysOnOneSheet() throws {
        let (old, new, before, after) = try Self.snapshots()
        let pdf = try Handout.pdf(after, options: HandoutOptions(language: .de, since: before))
        let sizes = try HandoutTests.pageSizes(pdf)
        #expect(sizes.count == Handout.sheetPages)
        for (w, h) in sizes { #expect(Set([w, h]) == Set([595.28, 841.89]), "page \(w) x \(h)") }
        let text = try Self.text(pdf)
        #expect(text.contains("Was hat sich seit dem letzten Stand verändert?"))
        #expect(text.contains("Verglichen mit dem Stand vom 2025-10-01"))
        // The Verstetigung trend, one decimal, as the two analyses computed it.
        let s = Strings(.de, analysis: after)
        let share = try #require(before.homeDependency?.pathShare)
        let now = try #require(after.homeDependency?.pathShare)
        #expect(text.contains("Wege über das QM-Büro: \(s.percent(share, digits: 1)) → \(s.percent(now, digits: 1))"))
        #expect(now < share)
        #expect(text.contains("Das Netzwerk trägt sich mehr selbst."))
        // Counts of actors and ties added and lost, as Python counted them from the spreadsheets.
        let reference = try Reference.load()
        #expect(text.contains("Akteure: \(reference.actorsAdded) neu ("))
        #expect(text.contains("und \(reference.actorsLost) weggefallen ("))
        #expect(text.contains("Beziehungen: \(reference.tiesAdded) neu, \(reference.tiesLost) weggefallen"))
        // Three pages leave room only to count the gaps in German (see changeSectionGivesWayBeforeTheFindings).
        #expect(text.contains("Lücken: 5 geschlossen, 7 neu aufgetreten."))
        #expect(text.contains("Vorschläge vom letzten Stand:"))
        // A discussion question from the change.
        #expect(text.contains("Neu seit dem letzten Stand:"))
        // Nobody private is named, from either snapshot; the lost person appears under the shared pseudonym.
        for actor in old.actors + new.actors where actor.isPrivate {
            #expect(!text.contains(actor.name), "private name printed: \(actor.name)")
        }
        let newIDs = Set(new.actors.map(\.id))
        let lostPerson = try #require(old.actors.firstIndex { $0.isPrivate && !newIDs.contains($0.id) })
        #expect(text.contains(before.network.actors[lostPerson].name))
        #expect(before.network.actors[lostPerson].name.hasPrefix("Bewohner:in "))
    }

    @Test func trendMatchesNetworkxWhenNamesAreShown() throws {
        // With --show-private no tie is left out for data protection, so the shares are networkx's on the raw data.
        let (_, _, before, after) = try Self.snapshots(showPrivate: true)
        let reference = try Reference.load()
        #expect(abs((before.homeDependency?.pathShare ?? -1) - reference.homeShareBefore) < 1e-9)
        #expect(abs((after.homeDependency?.pathShare ?? -1) - reference.homeShareAfter) < 1e-9)
        let pdf = try Handout.pdf(after, options: HandoutOptions(language: .de, since: before))
        let text = try Self.text(pdf)
        // 0.49846… and 0.41978… from networkx (Golden/since/make_fixture.py).
        #expect(text.contains("49,8 % → 42,0 % (−7,9 Pp.)"))
        #expect(try HandoutTests.pageSizes(pdf).count == Handout.sheetPages)
    }

    @Test func englishSectionAndNoSectionWithoutAnEarlierSnapshot() throws {
        let (_, _, before, after) = try Self.snapshots()
        let english = try Self.text(Handout.pdf(after, options: HandoutOptions(language: .en, since: before)))
        #expect(english.contains("What changed since the last snapshot?"))
        #expect(english.contains("50.0% → 42.2% (−7.9 pp)"))
        #expect(english.contains("Ties: 38 added, 16 lost"))
        #expect(!english.contains("Verglichen"))
        let plain = try Self.text(Handout.pdf(after, options: HandoutOptions(language: .de)))
        #expect(!plain.contains("seit dem letzten Stand"))
    }

    @Test func changeSectionGivesWayBeforeTheFindings() throws {
        let (_, _, before, after) = try Self.snapshots()
        let content = HandoutContent(after, options: HandoutOptions(language: .de, since: before))
        let strings = HandoutStrings(.de, analysis: after)
        let full = strings.changeLines(content, items: 2)
        let counted = strings.changeLines(content, items: 0)
        // Counted only: one line for the gaps instead of one per kind, no gap described.
        #expect(counted.count == full.count - 1)
        #expect(counted.contains { $0.lead == "Lücken:" && $0.text == "5 geschlossen, 7 neu aufgetreten." })
        #expect(content.change?.gapsClosed.count == 5 && content.change?.gapsOpened.count == 7)
        // The same data always gives the same bytes.
        let options = HandoutOptions(language: .de, since: before)
        #expect(try Handout.pdf(after, options: options) == Handout.pdf(after, options: options))
    }
}
