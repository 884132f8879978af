import Foundation
import TestSupport
import Testing
import Wording

@testable import NetworkMap

/// What the loader reads for merges: `respondent:`, `merged_from:` and the confirmation column.
@Suite("Loading what a merge writes")
struct MergeLoadingTests {
    @Test func respondentMergedFromAndConfirmations() throws {
        let result = try LoadingFixture.load([
            "actors.csv": "Name;Typ\nKita Sonnenschein;Institution\nTafel;Verein\nStiftung;Institution\n",
            "ties.csv": "Von;An;Bestätigung\nKita Sonnenschein;Tafel;bestätigt\nTafel;Stiftung;Nicht prüfbar\nKita Sonnenschein;Stiftung;\n",
            "network.yaml": """
                respondent: Kita Sonnenschein
                merged_from:
                  - name: Interview Kita
                    respondent: kita-sonnenschein
                    date: 2025-03-01
                  - name: Workshop
                """,
        ])
        #expect(result.network.respondent == "Kita Sonnenschein")
        #expect(result.network.mergedFrom == [
            MergedSource(name: "Interview Kita", respondent: "kita-sonnenschein", date: Day(year: 2025, month: 3, day: 1)),
            MergedSource(name: "Workshop"),
        ])
        #expect(result.network.ties.map(\.confirmation) == [.confirmed, .unverifiable, nil])
        #expect(result.warnings.isEmpty, "\(result.warnings)")
    }

    @Test func badValuesAreErrorsWithTheirPlace() throws {
        let failure = try LoadingFixture.failure([
            "actors.csv": "Name;Typ\nA;Verein\nB;Verein\n",
            "ties.csv": "Von;An;confirmation\nA;B;vielleicht\n",
            "network.yaml": "merged_from:\n  - name: X\n    date: gestern\n    who: y\n  - respondent: A\n",
        ])
        let places = failure.errors.compactMap(\.location).map(\.description)
        #expect(places.contains("ties.csv:2[confirmation]"))
        #expect(places.contains("network.yaml:3[date]"))
        #expect(places.contains("network.yaml:5[merged_from]"))
        #expect(failure.errors.contains { $0.message(.de).contains("„vielleicht“ ist keine bekannte Bestätigung") })
        #expect(failure.warnings.contains { $0.message(.en).contains("who") })
    }

    @Test func words() {
        for confirmation in NetworkMap.Confirmation.allCases {
            for language in Language.allCases {
                #expect(NetworkMap.Confirmation(parsing: language.phrases.fileWord(confirmation)) == confirmation)
            }
        }
        #expect(German().fileWord(NetworkMap.Confirmation.oneSided) == "einseitig")
        #expect(English().fileWord(NetworkMap.Confirmation.oneSided) == "one-sided")
        #expect(NetworkMap.Confirmation(parsing: " Nicht Pruefbar ") == .unverifiable)
        #expect(NetworkMap.Confirmation(parsing: "ja") == nil)
    }

    @Test func aFoldersAliasesLetTiesNameAnActorByTheDecidedSpelling() throws {
        let result = try LoadingFixture.load([
            "actors.csv": "Name;Typ\nKita Sonnenschein;Institution\nQuartiersmanagement Mühlenviertel;Institution\n",
            "ties.csv": "Von;An\nQM-Büro;KiTa Sonnenschein e.V. (Frau Peters)\n",
            "aliases.csv": "\u{FEFF}Alias;Akteur\nQM-Büro;Quartiersmanagement Mühlenviertel\nKita Sonnenschein (Frau Peters);Kita Sonnenschein\n"
                + "Quartiersmanagement Mühlenviertel;QM-Büro\n",
        ])
        #expect(result.network.ties.count == 1)
        #expect(result.network.ties.first.map { [$0.source, $0.target] } == [1, 0])
        #expect(result.aliases?.rules.count == 3)
        // Without the file the same tie names no actor.
        let failure = try LoadingFixture.failure([
            "actors.csv": "Name;Typ\nKita Sonnenschein;Institution\nQuartiersmanagement Mühlenviertel;Institution\n",
            "ties.csv": "Von;An\nQM-Büro;KiTa Sonnenschein e.V. (Frau Peters)\n",
        ])
        #expect(failure.errors.map(\.location?.description) == ["ties.csv:2[Von]", "ties.csv:2[An]"])
    }

    @Test func aBadAliasesFileStopsTheLoadWithItsLine() throws {
        let failure = try LoadingFixture.failure([
            "actors.csv": "Name;Typ\nA;Verein\nB;Verein\n", "ties.csv": "Von;An\nA;B\n",
            "aliases.csv": "Alias;Akteur\nA1;A\nA1;B\n",
        ])
        #expect(failure.errors.map(\.location?.description) == ["aliases.csv:3"])
        #expect(failure.errors.first?.message(.de) == "„A1“ ist zwei verschiedenen Akteuren zugeordnet (Zeilen 2 und 3).")
    }
}
