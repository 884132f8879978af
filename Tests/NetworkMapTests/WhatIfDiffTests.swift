import Testing
import Wording
@testable import NetworkMap

/// Hand-checked small cases of the what-if scenario and the snapshot diff.
@Suite("What-if and diff")
struct WhatIfDiffTests {
    /// a – b – c – d – e, and f alone; a and b are businesses, the rest associations.
    static func path() -> Network {
        let ids = ["a", "b", "c", "d", "e", "f"]
        return Network(name: "path", actors: ids.map { Actor(id: $0, name: $0.uppercased(), type: $0 < "c" ? .business : .association) },
                       ties: [Tie(source: 0, target: 1), Tie(source: 1, target: 2), Tie(source: 2, target: 3), Tie(source: 3, target: 4)])
    }

    @Test func removingTheMiddleCutsThePath() {
        let w = WhatIf(Analysis(network: Self.path()), removing: [2, 2])
        #expect(w.removed == [2])
        #expect(w.lostTies == [1, 2])
        #expect(w.componentsAfter == [[0, 1], [3, 4], [5]])
        #expect(w.cutOff == [CutOffGroup(members: [3, 4], lead: 3)])
        #expect(w.pairsLost == 4)  // {a, b} × {d, e}
        #expect(w.pairsGained == 0)
        // Before: 5 of 6 in one part, F alone: 1 − (5·4) / (6·5); after: 1 − (2 + 2) / (5·4).
        #expect(abs(w.fragmentationBefore - (1 - 20.0 / 30)) < 1e-12)
        #expect(abs(w.fragmentationAfter - (1 - 4.0 / 20)) < 1e-12)
        // Types in display order: associations before businesses.
        let business = w.reachByType[1]
        #expect(business.group == .type(.business))
        #expect(abs(business.before - 4.0 / 5) < 1e-12)
        #expect(abs((business.after ?? -1) - 1.0 / 4) < 1e-12)
        let associations = w.reachByType[0]
        #expect(associations.members == 4 && associations.remaining == 3)
        #expect(abs(associations.before - (4.0 + 4 + 4 + 0) / 4 / 5) < 1e-12)
        #expect(abs((associations.after ?? -1) - (1.0 + 1 + 0) / 3 / 4) < 1e-12)
    }

    @Test func aPlannedTieMends() {
        let w = WhatIf(Analysis(network: Self.path()), removing: [2],
                       adding: [PlannedTie(source: 1, target: 3), PlannedTie(source: 4, target: 5),
                                PlannedTie(source: 0, target: 1), PlannedTie(source: 2, target: 5)])
        #expect(w.added == [PlannedTie(source: 1, target: 3), PlannedTie(source: 4, target: 5)])
        #expect(w.alreadyLinked == [PlannedTie(source: 0, target: 1)])
        #expect(w.ignored == [PlannedTie(source: 2, target: 5)])
        #expect(w.componentsAfter == [[0, 1, 3, 4, 5]])
        #expect(w.cutOff.isEmpty)
        #expect(w.reconnected == [5])
        #expect(w.pairsGained == 4)  // F with A, B, D, E
        #expect(w.fragmentationAfter == 0)
    }

    @Test func diffMatchesByID() {
        var old = Self.path()
        old.actors.swapAt(0, 5)  // order must not matter: ties follow the indices
        old.ties = [Tie(source: 5, target: 1), Tie(source: 1, target: 2), Tie(source: 2, target: 3), Tie(source: 3, target: 4)]
        var new = Self.path()
        new.actors.append(Actor(id: "g", name: "G", type: .body))
        new.ties = [Tie(source: 0, target: 1), Tie(source: 1, target: 2), Tie(source: 2, target: 3, kind: .information),
                    Tie(source: 4, target: 6), Tie(source: 5, target: 6)]
        let d = NetworkDiff(old: Analysis(network: old), new: Analysis(network: new))
        #expect(d.addedActors == [6])
        #expect(d.lostActors.isEmpty)
        #expect(d.addedTies.map { new.ties[$0].kind } == [.information, .cooperation, .cooperation])
        #expect(d.lostTies.map { old.ties[$0].source } == [2, 3])  // c–d cooperation and d–e
        // D keeps C (now by information) but loses E; F gains G; E swaps D for G.
        #expect(d.degreeChanges.map { new.actors[$0.new].id } == ["d", "f"])
        #expect(d.degreeChanges.map(\.change) == [-1, 1])
    }

    @Test func pseudonymsStayAcrossSnapshots() {
        let old = Network(name: "o", actors: [Actor(id: "p1", name: "Anna", type: .resident), Actor(id: "x", name: "X", type: .business)])
        let new = Network(name: "n", actors: [Actor(id: "p0", name: "Ben", type: .resident), Actor(id: "p1", name: "Anna", type: .resident),
                                              Actor(id: "x", name: "X", type: .business)])
        let (a, b) = Network.prepared(old, new, showingPrivateNames: false, pseudonym: English().pseudonym)
        #expect(a.network.actors.map(\.id) == ["person-1", "x"])
        #expect(b.network.actors.map(\.id) == ["person-2", "person-1", "x"])
        #expect(b.network.actors.map(\.name) == ["Resident 2", "Resident 1", "X"])
    }

    @Test func matchingActorsLikeTies() {
        let network = Self.path()
        #expect(network.matchActor("  c ") == .found(2))
        #expect(network.matchActor("D") == .found(3))
        if case .notFound = network.matchActor("zzz") {} else { Issue.record("zzz should not match") }
    }
}
