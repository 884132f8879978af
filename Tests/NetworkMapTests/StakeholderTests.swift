import Foundation
import TestSupport
import Testing

@testable import NetworkMap

/// Quadrants and findings of the stakeholder matrix: on hand-made networks whose answers can be read off by
/// hand, and on the example quarter against an independent Python computation (Fixtures/stakeholders).
@Suite("Stakeholder findings")
struct StakeholderTests {
    /// A star around `hub`, an isolate and one actor without ratings: every finding once, known by hand.
    ///
    /// Degrees: hub 6, the six leaves 1, the isolate 0 → sorted [0, 1, 1, 1, 1, 1, 1, 6], lower quartile (2nd
    /// smallest) 1, so few ties = degree ≤ 1. Only the hub has betweenness, so it is the only top broker.
    static func star() -> Network {
        func actor(_ id: String, _ influence: Double?, _ interest: Double?, _ attitude: Attitude?) -> Actor {
            Actor(id: id, name: id, type: .association, influence: influence, interest: interest, attitude: attitude)
        }
        let actors = [
            actor("hub", 2, 8, .supportive),  // the only broker, rated weak: hidden broker
            actor("boss", 9, 2, .neutral),  // powerful, one tie: powerful but peripheral
            actor("critic", 6, 7, .opposed),  // opposed, influence 6: opponent with reach (and peripheral)
            actor("fan", 1, 9, .supportive),  // supportive, interested, one tie: not yet involved
            actor("quiet", 3, 3, .neutral),  // nothing stands out
            actor("unrated", nil, nil, nil),
            actor("edge", 5, 4.9, .supportive),  // on the line: 5 counts as high
            actor("outsider", 7, 7, .supportive),  // no tie at all: peripheral and not involved
        ]
        let ties = (1...6).map { Tie(source: 0, target: $0, kind: .cooperation) }
        return Network(name: "Stern", actors: actors, ties: ties)
    }

    func findings(_ network: Network) -> StakeholderFindings { Analysis(network: network).stakeholderFindings }

    func flags(_ findings: StakeholderFindings, _ id: String, in network: Network) -> [StakeholderFlag] {
        network.actors.firstIndex { $0.id == id }.map { findings.stakeholders[$0].flags } ?? [.hiddenBroker, .opponentWithReach]
    }

    @Test func quadrantsSplitTheScaleAtFiveWithFiveCountingAsHigh() {
        #expect(Quadrant(influence: 5, interest: 5) == .keyPlayer)
        #expect(Quadrant(influence: 10, interest: 4.9) == .keepSatisfied)
        #expect(Quadrant(influence: 4.9, interest: 5) == .keepInformed)
        #expect(Quadrant(influence: 0, interest: 0) == .monitor)
        #expect(Quadrant(influence: 4.99, interest: 4.99) == .monitor)
    }

    @Test func everyFindingOfTheStarIsTheOneReadOffByHand() {
        let network = Self.star()
        let f = findings(network)
        #expect(f.thresholds.topBrokers == [0])
        #expect(f.thresholds.topBrokerCount == 5)
        #expect(f.thresholds.lowerQuartileDegree == 1)
        #expect(f.thresholds.fewTiesDegree == 1)
        #expect(flags(f, "hub", in: network) == [.hiddenBroker])
        #expect(flags(f, "boss", in: network) == [.powerfulButPeripheral])
        #expect(flags(f, "critic", in: network) == [.powerfulButPeripheral, .opponentWithReach])
        #expect(flags(f, "fan", in: network) == [.supporterNotInvolved])
        #expect(flags(f, "quiet", in: network) == [])
        #expect(flags(f, "unrated", in: network) == [])
        // Influence 5 with one tie: high influence, so peripheral; interest 4.9 is low, so not "not yet involved".
        #expect(flags(f, "edge", in: network) == [.powerfulButPeripheral])
        #expect(flags(f, "outsider", in: network) == [.powerfulButPeripheral, .supporterNotInvolved])
        #expect(f.stakeholders[7].isInMainNetwork == false)
        #expect(f.stakeholders.map(\.quadrant) == [.keepInformed, .keepSatisfied, .keyPlayer, .keepInformed, .monitor,
                                                   nil, .keepSatisfied, .keyPlayer])
        #expect(f.unrated.map(\.actor) == [5])
        #expect(f.rated.count == 7)
        #expect(f.flagged(.powerfulButPeripheral).map(\.actor) == [1, 7, 2, 6])  // by influence: 9, 7, 6, 5
    }

    /// A path a–b–c–d–e–f–g: betweenness falls from the middle (c, d, e) outwards, ends have none.
    ///
    /// Normalised betweenness: d 0.6, c and e 0.5333, b and f 0.3333, a and g 0. Degrees [1, 2, 2, 2, 2, 2, 1]:
    /// lower quartile (2nd smallest) 1, few ties = degree ≤ 1. Top brokers: max(5, ⌈0.35⌉) = 5 of the 5 with
    /// betweenness: d, then c before e (equal, input order), then b before f.
    @Test func anOpposedBrokerHasReachWhateverItsInfluence() {
        let ids = ["a", "b", "c", "d", "e", "f", "g"]
        var actors = ids.map { Actor(id: $0, name: $0, type: .association, influence: 6, interest: 6, attitude: .neutral) }
        actors[2].attitude = .opposed
        actors[2].influence = 2
        actors[0].attitude = .opposed
        actors[0].influence = 4
        let ties = (0..<6).map { Tie(source: $0, target: $0 + 1, kind: .cooperation) }
        let network = Network(name: "Pfad", actors: actors, ties: ties)
        let f = findings(network)
        #expect(f.thresholds.topBrokers == [3, 2, 4, 1, 5])
        #expect(f.stakeholders[2].brokerRank == 2)
        #expect(f.stakeholders[2].flags == [.hiddenBroker, .opponentWithReach])
        // Opposed, influence 4 and no betweenness: no reach.
        #expect(f.stakeholders[0].flags == [])
        #expect(f.stakeholders[3].flags == [])
    }

    @Test func topBrokerCountIsFivePercentAndAtLeastFive() {
        func count(_ n: Int) -> Int {
            let actors = (0..<n).map { Actor(id: "a\($0)", name: "a\($0)", type: .association) }
            let ties = (1..<max(n, 1)).map { Tie(source: 0, target: $0, kind: .cooperation) }
            return findings(Network(name: "n", actors: actors, ties: ties)).thresholds.topBrokerCount
        }
        #expect(count(10) == 5)
        #expect(count(100) == 5)
        #expect(count(101) == 6)
        #expect(count(147) == 8)
    }

    @Test func fewTiesFollowsTheLowerQuartileOfDegree() {
        // Two cliques of five (degree 4) joined by one tie, and one pendant actor: degrees sorted
        // [1, 4, 4, 4, 4, 4, 4, 4, 4, 5, 6] → 3rd smallest 4 → few ties = degree ≤ 3.
        var ties: [Tie] = []
        for group in [0, 5] {
            for a in group..<(group + 5) { for b in (a + 1)..<(group + 5) { ties.append(Tie(source: a, target: b, kind: .cooperation)) } }
        }
        ties.append(Tie(source: 0, target: 5, kind: .cooperation))
        ties.append(Tie(source: 0, target: 10, kind: .cooperation))
        var actors = (0..<11).map { Actor(id: "a\($0)", name: "a\($0)", type: .association, influence: 7, interest: 2) }
        actors[10].influence = 8
        let network = Network(name: "n", actors: actors, ties: ties)
        let f = findings(network)
        #expect(f.thresholds.lowerQuartileDegree == 4)
        #expect(f.thresholds.fewTiesDegree == 3)
        #expect(f.stakeholders.filter { $0.flags.contains(.powerfulButPeripheral) }.map(\.actor) == [10])
    }

    @Test func emptyAndUnratedNetworksHaveNoFindings() {
        let empty = findings(Network(name: "leer"))
        #expect(empty.stakeholders.isEmpty)
        #expect(empty.thresholds.topBrokers.isEmpty)
        let actors = (0..<3).map { Actor(id: "a\($0)", name: "a\($0)", type: .association) }
        let unrated = findings(Network(name: "n", actors: actors, ties: [Tie(source: 0, target: 1, kind: .cooperation)]))
        #expect(unrated.rated.isEmpty)
        #expect(unrated.stakeholders.allSatisfy { $0.flags.isEmpty })
    }

    struct QuarterFixture: Decodable {
        struct Row: Decodable {
            let id: String
            let quadrant: String?
            let flags: [String]
            let brokerRank: Int?
        }
        let topBrokerCount: Int
        let topBrokers: [String]
        let lowerQuartileDegree: Int
        let fewTiesDegree: Int
        let stakeholders: [Row]
    }

    /// The planted hidden brokers and opponents with reach of the example quarter, as Python finds them.
    @Test func exampleQuarterMatchesTheIndependentComputation() throws {
        let url = try #require(Bundle.module.url(forResource: "muehlenviertel", withExtension: "json",
                                                 subdirectory: "Fixtures/stakeholders"))
        let fixture = try JSONDecoder().decode(QuarterFixture.self, from: Data(contentsOf: url))
        let network = try NetworkLoader.load(from: Repository.network("muehlenviertel")).network
        let f = findings(network)
        #expect(f.thresholds.topBrokerCount == fixture.topBrokerCount)
        #expect(f.thresholds.topBrokers.map { network.actors[$0].id } == fixture.topBrokers)
        #expect(f.thresholds.lowerQuartileDegree == fixture.lowerQuartileDegree)
        #expect(f.thresholds.fewTiesDegree == fixture.fewTiesDegree)
        #expect(f.stakeholders.map { network.actors[$0.actor].id } == fixture.stakeholders.map(\.id))
        for (ours, theirs) in zip(f.stakeholders, fixture.stakeholders) {
            #expect(ours.quadrant?.rawValue == theirs.quadrant, "\(theirs.id)")
            #expect(ours.flags.map(\.rawValue) == theirs.flags, "\(theirs.id)")
            #expect(ours.brokerRank == theirs.brokerRank, "\(theirs.id)")
        }
        // The plants: the community garden carries paths yet is rated weak; the traders' association opposes.
        let id = { (flag: StakeholderFlag) in f.flagged(flag).map { network.actors[$0.actor].id } }
        #expect(id(.hiddenBroker) == ["gemeinschaftsgarten", "stadtteilmuetter", "mietertreff-nord"])
        #expect(id(.opponentWithReach) == ["gewerbeverein", "buergerverein"])
    }
}
