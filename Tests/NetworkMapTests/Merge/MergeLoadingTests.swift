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
}
