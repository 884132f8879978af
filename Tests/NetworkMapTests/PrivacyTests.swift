import Testing

@testable import NetworkMap

@Suite("Pseudonymisation")
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
        let shown = network().pseudonymised(showPrivate: false, language: .de)
        #expect(shown.actors.map(\.name) == ["QM", "Bewohner:in 1", "Moscheegemeinde", "Ortsverein", "Bewohner:in 2"])
        #expect(shown.actors[1].id == "person-1")
        #expect(shown.actors[1].themes.isEmpty && shown.actors[1].area == nil && shown.actors[1].contact == nil)
        #expect(shown.actors[1].notes == nil)
        #expect(network().pseudonymised(showPrivate: false, language: .en).actors[4].name == "Resident 2")
    }

    @Test func tiesRevealingFaithOriginOrPoliticsAreWithheld() {
        let shown = network().pseudonymised(showPrivate: false, language: .de)
        #expect(shown.withheldTies == 2)
        #expect(shown.ties.count == 2)
        #expect(shown.ties.allSatisfy { $0.notes == nil || !shown.actors[$0.source].isPrivate })
        // The organisations' own ties stay.
        #expect(shown.ties.contains { $0.source == 0 && $0.target == 2 })
        // The person's remaining tie loses its notes (they name her).
        #expect(shown.ties.first { $0.target == 1 }?.notes == nil)
    }

    @Test func showPrivateKeepsEverything() {
        let all = network().pseudonymised(showPrivate: true, language: .de)
        #expect(all == network())
    }
}
