import Foundation
import TestSupport
import Testing

@testable import NetworkMap

@Suite("Merge edge cases")
struct MergeEdgeCaseTests {
    /// A small source: actors by name (with an optional id), ties by index.
    static func source(
        _ name: String, actors: [(name: String, id: String?)], ties: [(Int, Int, TieKind)] = [],
        respondent: String? = nil, date: Day? = nil, type: ActorType = .association
    ) -> MergeSource {
        var network = Network(name: "Quartier", date: date, source: name)
        network.actors = actors.map { Actor(id: $0.id ?? Actor.deriveID(from: $0.name), name: $0.name, type: type) }
        network.ties = ties.map { Tie(source: $0.0, target: $0.1, kind: $0.2) }
        network.respondent = respondent
        return MergeSource(network: network, fallbackName: name)
    }

    @Test func oneSourceIsItself() throws {
        let quarter = try MergeSource.load(from: Repository.network("muehlenviertel"))
        let result = try NetworkMerger.merge([quarter])
        #expect(Set(result.network.actors.map(\.id)) == Set(quarter.network.actors.map(\.id)))
        #expect(result.network.ties.count == quarter.network.ties.count)
        #expect(result.report.proposals.isEmpty && result.report.disagreements.isEmpty)
        #expect(result.report.ties.unverifiable == quarter.network.ties.count)
        // A source without a respondent keeps its ties' own reported_by.
        let reporters = Set(result.network.ties.compactMap(\.reportedBy))
        #expect(reporters == Set(quarter.network.ties.compactMap(\.reportedBy)))
        #expect(result.network.mergedFrom == [MergedSource(name: quarter.name, date: quarter.date)])
        #expect(result.network.home == quarter.network.home && result.network.themes == quarter.network.themes)
    }

    @Test func anEmptySourceAddsNothing() throws {
        let quarter = try MergeSource.load(from: Repository.network("riverside"))
        let empty = MergeSource(network: Network(name: "leer"), fallbackName: "leer")
        let alone = try NetworkMerger.merge([quarter])
        let both = try NetworkMerger.merge([empty, quarter])
        #expect(both.network.actors == alone.network.actors && both.network.ties == alone.network.ties)
        #expect(both.network.mergedFrom.map(\.name) == ["leer", quarter.name].sorted())
        #expect(both.report.sources.first { $0.name == "leer" }?.actors == 0)
        let nothing = try NetworkMerger.merge([empty])
        #expect(nothing.network.actors.isEmpty && nothing.network.ties.isEmpty)
        #expect(throws: MergeError.self) { try NetworkMerger.merge([]) }
    }

    @Test func twoSourcesWithNothingInCommon() throws {
        let a = try MergeSource.load(from: Repository.network("muehlenviertel"))
        let b = try MergeSource.load(from: Repository.network("riverside"))
        let result = try NetworkMerger.merge([a, b])
        #expect(result.network.actors.count == a.network.actors.count + b.network.actors.count)
        #expect(result.network.ties.count == a.network.ties.count + b.network.ties.count)
        #expect(result.report.matches.isEmpty)
        #expect(result.report.sources.map(\.actorsOnlyHere) == result.report.sources.map(\.actors))
    }

    @Test func aSourceThatFailsToLoadIsNamedAndStopsTheMerge() throws {
        let good = Repository.network("riverside")
        // A tie naming an actor nobody listed: bad data (a missing type column is only a warning since workbooks).
        let bad = try LoadingFixture.folder([
            "actors.csv": "Name;Typ\nKita;Verein\n", "ties.csv": "Von;An\nKita;Niemand\n",
        ], label: "merge-bad")
        let missing = bad.deletingLastPathComponent().appendingPathComponent("no-such-interview")
        do {
            _ = try MergeSource.loadAll([good, bad, missing])
            Issue.record("expected a failure")
        } catch {
            guard case .sourcesFailed(let failures) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(failures.map(\.path) == [bad.path, missing.path])
            #expect(!failures[0].failure.errors.isEmpty)
            #expect(!failures[0].failure.isIOError && failures[1].failure.isIOError)
            #expect(error.isIOError)
        }
    }

    @Test func sourcesNeedDistinctNames() {
        let a = Self.source("Interview", actors: [("Kita A", nil)])
        let b = Self.source("Interview", actors: [("Kita B", nil)])
        #expect(throws: MergeError.self) { try NetworkMerger.merge([a, b]) }
        do {
            _ = try NetworkMerger.merge([a, b])
        } catch {
            if case .duplicateSourceName(let name, _) = error { #expect(name == "Interview") } else { Issue.record("\(error)") }
        }
        #expect(MergeSource.cleanName(" Interview | Workshop ") == "Interview / Workshop")
    }

    @Test func aRespondentMustBeAnActorOfItsInterview() {
        let a = Self.source("Interview", actors: [("Kita Sonnenschein", nil), ("Tafel", nil)], respondent: "Kita Sonnenschien")
        do {
            _ = try NetworkMerger.merge([a])
            Issue.record("expected an error")
        } catch {
            guard case .unknownRespondent(let source, let respondent, let suggestions) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(source == "Interview" && respondent == "Kita Sonnenschien" && suggestions == ["Kita Sonnenschein"])
        }
        // By id, by name, or by name once normalised.
        for text in ["kita-sonnenschein", "kita sonnenschein", "KiTa Sonnenschein e.V."] {
            let b = Self.source("Interview", actors: [("Kita Sonnenschein", nil), ("Tafel", nil)], respondent: text)
            #expect(throws: Never.self) { try NetworkMerger.merge([b]) }
        }
    }

    @Test func oneSourceNameCannotBeTwoInterviews() throws {
        let kita = Self.source("Interview K", actors: [("Kita", nil), ("Tafel", nil)], ties: [(0, 1, .cooperation)],
                               respondent: "Kita")
        let merged = try NetworkMerger.merge([kita]).network
        let tafel = Self.source("Interview K", actors: [("Kita", nil), ("Tafel", nil)], ties: [(0, 1, .cooperation)],
                                respondent: "Tafel")
        #expect(throws: MergeError.self) {
            try NetworkMerger.merge([MergeSource(network: merged, fallbackName: "merged"), tafel])
        }
        // The same interview again is no conflict.
        #expect(try NetworkMerger.merge([MergeSource(network: merged, fallbackName: "merged"), kita]).network == merged)
    }

    @Test func sameIDMatchesOnlyAlikeNames() throws {
        let a = Self.source("A", actors: [("Mühlenblatt – Stadtteilzeitung e.V.", "zeitung"), ("Quartiersbüro", "qm")])
        let b = Self.source("B", actors: [("Mühlenblatt", "zeitung"), ("Bäckerei Korn", "qm")])
        let result = try NetworkMerger.merge([a, b])
        #expect(result.network.actors.count == 3)
        let paper = try #require(result.report.actors.first { $0.members.count == 2 })
        #expect(paper.members.map(\.name).sorted() == ["Mühlenblatt", "Mühlenblatt – Stadtteilzeitung e.V."])
        // The two "qm" stay apart; the merged ids stay unique: the first in name order keeps "qm".
        #expect(Set(result.network.actors.map(\.id)).count == 3)
        #expect(result.network.actors.first { $0.name == "Bäckerei Korn" }?.id == "qm")
        #expect(result.network.actors.first { $0.name == "Quartiersbüro" }?.id == "quartiersbuero")
    }

    @Test func twoKindsOfOnePairAreTwoTiesEachWithItsConfirmation() throws {
        let a = Self.source("Interview A", actors: [("A", nil), ("B", nil)], ties: [(0, 1, .cooperation)], respondent: "A")
        let b = Self.source("Interview B", actors: [("A", nil), ("B", nil)], ties: [(1, 0, .information)], respondent: "B")
        let result = try NetworkMerger.merge([a, b])
        #expect(result.network.ties.map(\.kind).sorted() == [.cooperation, .information])
        #expect(result.network.ties.allSatisfy { $0.confirmation == .oneSided })
        let both = Self.source("Interview B", actors: [("A", nil), ("B", nil)], ties: [(1, 0, .cooperation)], respondent: "B")
        let confirmed = try NetworkMerger.merge([a, both])
        #expect(confirmed.network.ties.count == 1 && confirmed.network.ties[0].confirmation == .confirmed)
        #expect(confirmed.network.ties[0].reportedBy == "Interview A | Interview B")
    }

    @Test func directionIsPartOfADirectedTie() throws {
        let a = Self.source("A", actors: [("Stiftung", nil), ("Kita", nil)], ties: [(0, 1, .funding)])
        let b = Self.source("B", actors: [("Stiftung", nil), ("Kita", nil)], ties: [(1, 0, .funding), (0, 1, .funding)])
        let result = try NetworkMerger.merge([a, b])
        #expect(result.network.ties.count == 2)
        let fromFoundation = try #require(result.network.ties.first { result.network.actors[$0.source].name == "Stiftung" })
        #expect(fromFoundation.isDirected && fromFoundation.reportedBy == "A | B")
    }

    @Test func contradictoryDatesKeepTheStart() throws {
        var a = Self.source("A", actors: [("X", nil), ("Y", nil)], ties: [(0, 1, .cooperation)])
        a.network.ties[0].since = Day(year: 2024, month: 1, day: 1)
        var b = Self.source("B", actors: [("X", nil), ("Y", nil)], ties: [(0, 1, .cooperation)])
        b.network.ties[0].until = Day(year: 2020, month: 6, day: 30)
        let result = try NetworkMerger.merge([a, b])
        #expect(result.network.ties[0].since == Day(year: 2024, month: 1, day: 1) && result.network.ties[0].until == nil)
        #expect(result.report.disagreements.map(\.reason) == [.contradictoryDates])
        #expect(result.report.disagreements.first?.winner == nil)
        #expect(try NetworkMerger.merge([MergeSource(network: result.network, fallbackName: "m"), a, b]).network == result.network)
    }

    @Test func anAliasThatJoinsBothEndsLeavesTheTieOut() throws {
        let a = Self.source("A", actors: [("QM-Büro", nil), ("Quartiersmanagement", nil), ("Tafel", nil)],
                            ties: [(0, 1, .cooperation), (1, 2, .cooperation)])
        let aliases = AliasTable(rules: [AliasRule(alias: "QM-Büro", actor: "Quartiersmanagement"),
                                         AliasRule(alias: "Nirgendwo", actor: "Tafel")])
        let result = try NetworkMerger.merge([a], options: MergeOptions(aliases: aliases))
        #expect(result.network.actors.map(\.name) == ["Quartiersmanagement", "Tafel"])
        #expect(result.network.ties.count == 1)
        #expect(result.report.leftOut.map(\.reason) == [.sameActor])
        #expect(result.report.unusedAliases.map(\.alias) == ["Nirgendwo"])
        let qm = try #require(result.report.actors.first { $0.actor.name == "Quartiersmanagement" })
        #expect(qm.members.map(\.link?.reason) == [nil, .alias(aliases.rules[0])])
    }

    @Test func privacyErrsOnTheSafeSide() throws {
        var a = Self.source("A", actors: [("Olga P.", nil)], type: .resident)
        var b = Self.source("B", actors: [("Olga P.", nil)], type: .resident)
        a.network.actors[0].isPrivate = true
        b.network.actors[0].isPrivate = false
        b.network.actors[0].type = .association
        for order in [[a, b], [b, a]] {
            let result = try NetworkMerger.merge(order)
            #expect(result.network.actors[0].isPrivate)
            #expect(result.report.disagreements.contains { $0.field == .isPrivate && $0.reason == .privacyErrsOnSafeSide })
        }
    }

    /// Thousands of names made of two letters: every letter pair is common, so blocking has little to go on; the
    /// posting cap keeps the work bounded (a unit test does not time it; `make bench` times real-shaped data).
    @Test func hostileNamesFinish() throws {
        var random = SplitMix64(seed: 3)
        let names = (0..<1_500).map { _ in String((0..<12).map { _ in random.next(below: 2) == 0 ? Character("a") : "b" }) }
        let a = Self.source("A", actors: names.prefix(750).map { ($0, nil) })
        let b = Self.source("B", actors: names.suffix(750).map { ($0, nil) })
        let result = try NetworkMerger.merge([a, b])
        #expect(result.network.actors.count == Set(names.map { ActorName($0).key }).count)
        #expect(result.report.proposals.allSatisfy { $0.evidence.allSatisfy { if case .editDistance(let d) = $0 { d == 1 } else { true } } })
    }
}
