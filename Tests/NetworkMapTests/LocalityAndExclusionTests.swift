import Foundation
import TestSupport
import Testing

@testable import NetworkMap

/// Inside or outside the quarter (`lokal` column, `outside_areas`), and leaving actors out before the analysis.
@Suite("Locality and excluded actors")
struct LocalityAndExclusionTests {
    static let files = [
        "actors.csv": """
            id;Name;Typ;Gebiet;lokal;Privatperson
            qm;QM Nordstadt;Institution;Mitte;;nein
            amt;Bezirksamt;Institution;Bezirk;;nein
            kita;Kita Löwenzahn;Institution;Mitte;nein;nein
            anna;Anna B.;Bewohner:in;Bezirk;;ja
            ole;Ole K.;Bewohner:in;;ja;ja
            club;Sportclub;Verein;;;nein

            """,
        "ties.csv": "Von;An;Art\nqm;amt;Förderung\nqm;kita;Kooperation\nkita;anna;Kooperation\nqm;club;Kooperation\nclub;ole;Mitgliedschaft\n",
        "network.yaml": "name: Nordstadt\nhome: qm\noutside_areas:\n  - bezirk\n",
    ]

    @Test func theColumnWinsThenTheDeclaredOutsideAreasThenUnknown() throws {
        let network = try NetworkLoader.load(from: LoadingFixture.folder(Self.files)).network
        #expect(network.outsideAreas == ["bezirk"])
        #expect(network.actors.map(\.isLocal) == [nil, nil, false, nil, true, nil])
        // qm: area Mitte, not outside; amt: Bezirk (case ignored); kita: column says no; club: neither.
        #expect(network.actors.map { network.locality(of: $0) } == [.inside, .outside, .outside, .outside, .inside, nil])
    }

    @Test func aBadLocalValueIsAnErrorWithItsPlace() throws {
        let failure = try LoadingFixture.failure([
            "actors.csv": "id;Name;Typ;lokal\nqm;QM;Institution;vielleicht\nkita;Kita;Institution;ja\n",
            "ties.csv": "Von;An;Art\nqm;kita;Kooperation\n",
        ])
        #expect(failure.errors.count == 1)
        #expect(failure.errors.first?.location?.line == 2)
        #expect(failure.errors.first?.location?.column == "lokal")
    }

    @Test func pseudonymisedPersonsKeepInsideOrOutsideButNotTheirArea() throws {
        let network = try NetworkLoader.load(from: LoadingFixture.folder(Self.files)).network
        let shown = network.prepared(in: .de, showingPrivateNames: false).network
        #expect(shown.actors[3].area == nil)
        #expect(shown.locality(of: shown.actors[3]) == .outside)
        #expect(shown.locality(of: shown.actors[4]) == .inside)
    }

    @Test func excludingRemovesActorsAndTheirTiesAndKeepsTheRestInOrder() throws {
        let network = try NetworkLoader.load(from: LoadingFixture.folder(Self.files)).network
        let prepared = network.prepared(in: .de, showingPrivateNames: false).excluding([0, 3])
        #expect(prepared.network.actors.map(\.id) == ["amt", "kita", "person-2", "club"])
        #expect(prepared.excluded.map(\.name) == ["QM Nordstadt", "Bewohner:in 1"])
        let pairs = prepared.network.ties.map { [prepared.network.actors[$0.source].id, prepared.network.actors[$0.target].id] }
        #expect(pairs == [["club", "person-2"]])
        let analysis = Analysis(prepared)
        #expect(analysis.home == nil)
        #expect(analysis.isHomeExcluded)
        #expect(analysis.excludedActors.count == 2)
        #expect(analysis.graph.nodeCount == 4)
        // Excluding nothing, or indices out of range, changes nothing.
        #expect(network.prepared(in: .de).excluding([99]).network == network.prepared(in: .de).network)
    }
}
