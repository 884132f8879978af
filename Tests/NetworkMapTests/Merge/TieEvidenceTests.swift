import Foundation
import TestSupport
import Testing
import Wording

@testable import NetworkMap

/// The report's and handout's caution on a merged network's ties (``Analysis/tieEvidence(top:)``).
@Suite("How sure the ties of a merged network are")
struct TieEvidenceTests {
    /// Two triangles A B C and D E F joined by C – D (confirmed), X tied one-sided to A and D, Y unverifiable to E.
    ///
    /// By construction: X lies on the shortest paths A–X–D and from B, and
    /// without its one-sided ties it is isolated; A lies only on paths from X (B – C are tied directly), so
    /// it too is a broker only through them; C, D and E stay brokers on confirmed (and unverifiable) ties.
    static func network() -> Network {
        var network = Network(name: "Test")
        network.actors = ["A", "B", "C", "D", "E", "F", "X", "Y"].map { Actor(id: $0.lowercased(), name: $0, type: .association) }
        func tie(_ a: Int, _ b: Int, _ c: NetworkMap.Confirmation) -> Tie {
            var tie = Tie(source: a, target: b, kind: .cooperation)
            tie.confirmation = c
            return tie
        }
        network.ties = [tie(0, 1, .confirmed), tie(1, 2, .confirmed), tie(0, 2, .confirmed), tie(3, 4, .confirmed),
                        tie(4, 5, .confirmed), tie(3, 5, .confirmed), tie(2, 3, .confirmed),
                        tie(6, 0, .oneSided), tie(6, 3, .oneSided), tie(7, 4, .unverifiable)]
        return network
    }

    @Test func countsAndTheBrokerThatRestsOnOneSidedTies() throws {
        let analysis = Self.network().analysed()
        let evidence = try #require(analysis.tieEvidence())
        #expect(evidence.counts == ConfirmationCounts(confirmed: 7, oneSided: 2, unverifiable: 1))
        #expect(evidence.resting == 3)
        #expect(analysis.measures[6].betweenness > 0 && analysis.measures[2].betweenness > 0)
        #expect(evidence.brokersDependingOnOneSided == ["X", "A"])
        #expect(analysis.brokers().map { analysis.network.actors[$0.actor].name }.contains("C"))
        #expect(analysis.cautions.contains(.unconfirmedTies(evidence)))
        let german = German().caution(.unconfirmedTies(evidence), date: nil)
        #expect(german.hasPrefix("3 von 10 Beziehungen beruhen auf dem Wort einer Seite: 7 sind von beiden Seiten bestätigt, 2 einseitig"))
        #expect(german.contains("„X“ und „A“ stehen nur durch einseitige Beziehungen unter den wichtigsten Vermittlern"))
        #expect(English().caution(.unconfirmedTies(evidence), date: nil).contains("\"X\" and \"A\" are among the main brokers only through one-sided ties"))
        var single = evidence
        single.brokersDependingOnOneSided = ["X"]
        #expect(German().caution(.unconfirmedTies(single), date: nil).contains("„X“ steht nur durch"))
    }

    @Test func aNetworkNotMergedHasNoSuchCaution() {
        var network = Self.network()
        for i in network.ties.indices { network.ties[i].confirmation = nil }
        let analysis = network.analysed()
        #expect(analysis.tieEvidence() == nil)
        #expect(!analysis.cautions.contains { if case .unconfirmedTies = $0 { true } else { false } })
    }
}
