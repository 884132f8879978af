import Foundation
import TestSupport
import Testing
import Wording

@testable import NetworkMap

@Suite("Preparing a network for showing: pseudonyms, withheld ties")
struct PrivacyTests {
    func network() -> Network {
        Network(name: "t", home: "qm", actors: [
            Actor(id: "qm", name: "QM", type: .institution),
            Actor(id: "hatice", name: "Hatice Y.", type: .resident, themes: ["Integration"], area: "Nord",
                  contact: "0151 123", notes: "kennt alle"),
            Actor(id: "moschee", name: "Moscheegemeinde", type: .association, category: "Religionsgemeinschaft"),
            Actor(id: "partei", name: "Ortsverein", type: .association,
                  attributes: [Attribute(name: "Sensibel", value: "ja")]),
            Actor(id: "jan", name: "Jan P.", type: .resident),
        ], ties: [
            Tie(source: 0, target: 1, notes: "über Hatice"),
            Tie(source: 1, target: 2, kind: .membership),
            Tie(source: 3, target: 4, kind: .membership),
            Tie(source: 0, target: 2),
        ])
    }

    @Test func privatePersonsBecomeNumberedResidentsWithoutDetails() {
        let shown = network().prepared(in: .de, showingPrivateNames: false).network
        #expect(shown.actors.map(\.name) == ["QM", "Bewohner:in 1", "Moscheegemeinde", "Ortsverein", "Bewohner:in 2"])
        #expect(shown.actors[1].id == "person-1")
        #expect(shown.actors[1].themes.isEmpty && shown.actors[1].area == nil && shown.actors[1].contact == nil)
        #expect(shown.actors[1].notes == nil)
        #expect(network().prepared(in: .en, showingPrivateNames: false).network.actors[4].name == "Resident 2")
    }

    @Test func tiesRevealingFaithOriginOrPoliticsAreWithheld() {
        let prepared = network().prepared(in: .de, showingPrivateNames: false)
        let shown = prepared.network
        #expect(prepared.withheldTies == 2 && !prepared.showsPrivateNames)
        // The analysis of the prepared network says so in its cautions, and knows names are not shown.
        let analysis = Analysis(prepared)
        #expect(analysis.cautions.contains(.withheldTies(count: 2)) && !analysis.showsPrivateNames)
        #expect(shown.ties.count == 2)
        #expect(shown.ties.allSatisfy { $0.notes == nil || !shown.actors[$0.source].isPrivate })
        // The organisations' own ties stay.
        #expect(shown.ties.contains { $0.source == 0 && $0.target == 2 })
        // The person's remaining tie loses its notes (they name her).
        #expect(shown.ties.first { $0.target == 1 }?.notes == nil)
    }

    @Test func showPrivateKeepsEverything() {
        let all = network().prepared(in: .de, showingPrivateNames: true)
        #expect(all.network == network() && all.withheldTies == 0 && all.showsPrivateNames)
    }

    /// The loader's warnings name actors as the prepared network shows them, so `check` says "Bewohner:in 2".
    @Test func warningsNameActorsAsThePreparedNetworkDoes() throws {
        let folder = try Repository.scratchFolder("privacy-warnings")
        try Data("id,name,type\nqm,QM,institution\nkita,Kita,institution\njan,Jan P.,resident\n".utf8)
            .write(to: folder.appendingPathComponent("actors.csv"))
        try Data("source,target\nqm,kita\nkita,qm\n".utf8).write(to: folder.appendingPathComponent("ties.csv"))
        let result = try NetworkLoader.load(from: folder)
        let warnings = result.warnings.map { $0.description(.de) }
        #expect(warnings.contains { $0.contains("„Jan P.“") })
        let shown = result.network.prepared(in: .de).naming(result.warnings).map { $0.description(.de) }
        #expect(shown.contains("1 Akteur hat keine Beziehungen: „Bewohner:in 1“. Oft fehlen bei solchen Akteuren Daten, und sie sind gar nicht isoliert; prüfen Sie, ob Beziehungen fehlen."))
        #expect(!shown.joined().contains("Jan"))
        // The repeated tie names two organisations: unchanged.
        #expect(shown.contains { $0.contains("„Kita“ und „QM“") })
    }
}
