import Foundation
import TestSupport
import Testing
import Wording

@testable import NetworkMap

/// The interviews of the example quarter merged, compared with the truth `make_interviews.py` wrote.
@Suite("Merging the quarter's interviews")
struct MergeFixtureTests {
    let truth: MergeFixture.Truth
    let sources: [MergeSource]
    let aliases: AliasTable

    init() throws {
        truth = try MergeFixture.truth()
        sources = try MergeFixture.sources()
        aliases = try MergeFixture.aliases()
    }

    @Test func sourcesLoadWithTheirNamesRespondentsAndDates() throws {
        #expect(sources.map(\.name) == truth.sources.map(\.name))
        for (source, expected) in zip(sources, truth.sources) {
            #expect(source.network.actors.count == expected.actors, "\(source.name)")
            #expect(source.network.ties.count == expected.ties, "\(source.name)")
            #expect(source.date?.description == expected.date)
            #expect((source.respondent != nil) == (expected.respondent != nil))
        }
        let result = try NetworkMerger.merge(sources, options: MergeOptions(aliases: aliases))
        let ids = try MergeFixture.mergedIDs(result.report, truth: truth)
        for (summary, expected) in zip(result.report.sources.sorted { $0.name < $1.name },
                                       truth.sources.sorted { $0.name < $1.name }) {
            #expect(summary.respondent?.id == expected.respondent.flatMap { ids[$0] }, "\(summary.name)")
            #expect(summary.replacedReportedBy == (summary.name == "Interview Stadtteilmütter" ? expected.ties : 0))
        }
    }

    @Test func withoutAliasesSpellingsMatchAndLookAlikesStayApart() throws {
        let result = try NetworkMerger.merge(sources)
        let bySpelling = MergeFixture.mergedActorOfSpelling(result.report)
        var ownerOfMergedActor: [String: String] = [:]
        for actor in truth.actors {
            let merged = actor.spellings.map { bySpelling[MergeFixture.Truth.Spelling(source: $0.source, name: $0.name, needsAlias: false)] }
            let automatic = Set(zip(actor.spellings, merged).filter { !$0.0.needsAlias }.map(\.1))
            #expect(automatic.count == 1, "\(actor.id): the spellings that need no alias are one actor")
            for (spelling, id) in zip(actor.spellings, merged) where spelling.needsAlias {
                #expect(!automatic.contains(id), "\(spelling.name) stays apart without an alias")
            }
            for id in merged.compactMap({ $0 }) {
                if let owner = ownerOfMergedActor[id] { #expect(owner == actor.id, "\(id) joins \(owner) and \(actor.id)") }
                ownerOfMergedActor[id] = actor.id
            }
        }
        let needingAlias = truth.actors.flatMap(\.spellings).filter(\.needsAlias).count
        #expect(result.network.actors.count == truth.actors.count + needingAlias)
        // The workshop's "Mühlenblatt" joined the full name by the master list's id, and only so.
        let paper = try #require(result.report.actors.first { $0.members.contains { $0.name == "Mühlenblatt" } })
        #expect(paper.members.contains { $0.link?.reason == .sameID("stadtteilzeitung") })
        // Row numbers are no ids: nothing was joined by one.
        #expect(!result.report.actors.flatMap(\.members).contains { member in
            if case .sameID(let id) = member.link?.reason { return id.allSatisfy(\.isNumber) }
            return false
        })
    }

    @Test func proposalsAsPlanted() throws {
        let result = try NetworkMerger.merge(sources)
        func actor(named name: String) throws -> String {
            try #require(result.report.actors.first { $0.members.contains { $0.name == name } }?.actor.id, "\(name)")
        }
        func proposal(_ a: String, _ b: String) throws -> Proposal? {
            let x = try actor(named: a), y = try actor(named: b)
            return result.report.proposals.first { Set([$0.first.id, $0.second.id]) == [x, y] }
        }
        for pair in truth.proposalsRequired {
            let found = try #require(try proposal(pair.first, pair.second), "\(pair.first) / \(pair.second) proposed")
            #expect(found.evidence.contains { evidence in
                switch (evidence, pair.evidence) {
                case (.sharedWord, "sharedWord"), (.editDistance, "editDistance"), (.abbreviatedName, "abbreviatedName"): true
                default: false
                }
            }, "\(pair.first) / \(pair.second): \(found.evidence)")
        }
        for pair in truth.proposalsForbidden {
            #expect(try proposal(pair.first, pair.second) == nil, "\(pair.first) / \(pair.second) not proposed")
        }
        // Proposals are never merged.
        for p in result.report.proposals { #expect(p.first.id != p.second.id) }
    }

    @Test func withAliasesTheQuarterComesBack() throws {
        let quarter = try NetworkLoader.load(from: Repository.network("muehlenviertel")).network
        let result = try NetworkMerger.merge(sources, options: MergeOptions(aliases: aliases))
        #expect(result.report.unusedAliases.isEmpty)
        let ids = try MergeFixture.mergedIDs(result.report, truth: truth)
        let bySpelling = MergeFixture.mergedActorOfSpelling(result.report)
        #expect(result.network.actors.count == quarter.actors.count)
        for actor in truth.actors {
            for spelling in actor.spellings {
                #expect(bySpelling[MergeFixture.Truth.Spelling(source: spelling.source, name: spelling.name, needsAlias: false)]
                        == ids[actor.id], "\(spelling.name) in \(spelling.source)")
            }
        }
        let mergedByID = Dictionary(uniqueKeysWithValues: result.network.actors.map { ($0.id, $0) })
        for (original, expected) in zip(quarter.actors, truth.actors) {
            let merged = try #require(ids[original.id].flatMap { mergedByID[$0] })
            #expect(merged.name == expected.mergedName)
            #expect(merged.type == original.type, "\(original.id)")
            #expect(merged.category == original.category && merged.area == original.area, "\(original.id)")
            #expect(merged.themes == original.themes, "\(original.id)")
            #expect(merged.influence == original.influence && merged.interest == original.interest, "\(original.id)")
            #expect(merged.attitude == original.attitude && merged.isPrivate == original.isPrivate, "\(original.id)")
            #expect(merged.contact == original.contact && merged.notes == original.notes, "\(original.id)")
            // The list's "Telefon" and the workshop's "telefon" are one column.
            #expect(merged.attributes.map(\.name) == ["Telefon"])
            #expect(merged.attributes.first?.value == (original.id == "tafel" ? "030 1234567" : ""))
        }
        #expect(result.network.home == ids["qm-buero"])
        #expect(result.network.themes == quarter.themes)
        #expect(result.network.date == Day(year: 2025, month: 5, day: 20))
    }

    @Test func tiesWithTheirSourcesAndConfirmations() throws {
        let result = try NetworkMerger.merge(sources, options: MergeOptions(aliases: aliases))
        let ids = try MergeFixture.mergedIDs(result.report, truth: truth)
        let network = result.network
        struct Key: Hashable { var ends: Set<String>; var kind: TieKind }
        var merged: [Key: Tie] = [:]
        for tie in network.ties {
            let key = Key(ends: [network.actors[tie.source].id, network.actors[tie.target].id], kind: tie.kind)
            #expect(merged[key] == nil)
            merged[key] = tie
        }
        #expect(network.ties.count == truth.ties.count)
        for expected in truth.ties {
            let kind = try #require(TieKind(parsing: expected.kind))
            let ends = try Set([expected.source, expected.target].map { try #require(ids[$0]) })
            let tie = try #require(merged[Key(ends: ends, kind: kind)], "\(expected.source) - \(expected.target)")
            let name = "\(expected.source) - \(expected.target)"
            #expect(tie.reportedBy?.components(separatedBy: " | ") == expected.reportedBy, "\(name)")
            #expect(tie.confirmation?.rawValue == expected.confirmation, "\(name)")
            #expect(tie.strength == expected.strength, "\(name)")
            #expect(tie.since == expected.since.flatMap(Day.init(parsing:)), "\(name)")
            #expect(tie.until == expected.until.flatMap(Day.init(parsing:)), "\(name)")
        }
        #expect(result.report.ties.confirmed == truth.counts["confirmed"])
        #expect(result.report.ties.oneSided == truth.counts["one-sided"])
        #expect(result.report.ties.unverifiable == truth.counts["unverifiable"])
        #expect(result.report.leftOut.isEmpty)
    }

    @Test func plantedDisagreements() throws {
        let result = try NetworkMerger.merge(sources, options: MergeOptions(aliases: aliases))
        let ids = try MergeFixture.mergedIDs(result.report, truth: truth)
        func reason(_ decision: Disagreement.Decision) -> String {
            switch decision {
            case .mostFrequent: "mostFrequent"
            case .respondentsOwnInterview: "respondentsOwnInterview"
            case .newerSource: "newerSource"
            case .laterSourceName: "laterSourceName"
            case .privacyErrsOnSafeSide: "privacyErrsOnSafeSide"
            case .highestStrength: "highestStrength"
            case .earliestSince: "earliestSince"
            case .latestUntil: "latestUntil"
            case .contradictoryDates: "contradictoryDates"
            }
        }
        func field(_ field: Disagreement.Field) -> String {
            switch field {
            case .type: "type"
            case .influence: "influence"
            case .area: "area"
            case .isPrivate: "isPrivate"
            case .strength: "strength"
            case .since: "since"
            default: "\(field)"
            }
        }
        func shown(_ value: FieldValue?) -> String {
            switch value {
            case .type(let t): German().label(t, plural: false, custom: [])
            case .number(let n): n == n.rounded() ? String(Int(n)) : "\(n)"
            case .text(let s): s
            case .flag(let b): b ? "ja" : "nein"
            case .day(let d): d.description
            default: "\(String(describing: value))"
            }
        }
        #expect(result.report.disagreements.count == truth.disagreements.count, "\(result.report.disagreements)")
        for expected in truth.disagreements {
            let found = result.report.disagreements.first { d in
                guard field(d.field) == expected.field else { return false }
                switch d.subject {
                case .actor(let actor): return actor.id == expected.actor.flatMap { ids[$0] }
                case .tie(let tie):
                    guard let ends = expected.tie else { return false }
                    return Set([tie.source.id, tie.target.id]) == Set(ends.prefix(2).compactMap { ids[$0] })
                case .network: return false
                }
            }
            let d = try #require(found, "\(expected.field) of \(expected.actor ?? expected.tie?.joined(separator: "-") ?? "")")
            #expect(reason(d.reason) == expected.reason)
            if expected.field == "since" {
                #expect(shown(d.winner) == Day(parsing: expected.winner)?.description)
            } else {
                #expect(shown(d.winner) == expected.winner)
            }
            if let votes = expected.votes {
                #expect(Dictionary(uniqueKeysWithValues: d.votes.map { (shown($0.value), $0.sources) }) == votes)
            }
        }
    }

    @Test func mergingTheMergedNetworkAgainChangesNothing() throws {
        let options = MergeOptions(aliases: aliases)
        let first = try NetworkMerger.merge(sources, options: options)
        let merged = MergeSource(network: first.network, fallbackName: "zusammen")
        let alone = try NetworkMerger.merge([merged], options: options)
        #expect(alone.network == first.network)
        #expect(alone.report.proposals.isEmpty && alone.report.disagreements.isEmpty)
        let withSources = try NetworkMerger.merge([merged] + sources, options: options)
        #expect(withSources.network == first.network)
        // And through the files: written, loaded back, merged again.
        let folder = try Repository.scratchFolder("merge").appendingPathComponent("zusammen")
        try NetworkFolderWriter.write(first.network, to: folder, words: German())
        let loaded = try MergeSource.load(from: folder)
        #expect(MergeFixture.withoutLocations(loaded.network) == first.network)
        let again = try NetworkMerger.merge([loaded] + sources, options: options)
        #expect(try MergeFixture.bytes(again.network) == MergeFixture.bytes(first.network))
    }

    @Test func theOrderOfTheSourcesChangesNoByte() throws {
        let options = MergeOptions(aliases: aliases)
        let expected = try MergeFixture.bytes(try NetworkMerger.merge(sources, options: options).network)
        let reversed = try NetworkMerger.merge(sources.reversed(), options: options)
        #expect(try MergeFixture.bytes(reversed.network) == expected)
        let rotated = Array(sources[3...] + sources[..<3])
        let result = try NetworkMerger.merge(rotated, options: options)
        #expect(try MergeFixture.bytes(result.network) == expected)
        #expect(result.report == (try NetworkMerger.merge(sources, options: options).report))
        let plain = try NetworkMerger.merge(sources)
        #expect(try NetworkMerger.merge(sources.reversed()).report == plain.report)
    }

    @Test(arguments: Language.allCases)
    func theWrittenFolderLoadsBackToTheSameNetwork(language: Language) throws {
        let result = try NetworkMerger.merge(sources, options: MergeOptions(aliases: aliases))
        let folder = try Repository.scratchFolder("merge").appendingPathComponent("out")
        try NetworkFolderWriter.write(result.network, to: folder, words: language.phrases)
        let loaded = try NetworkLoader.load(from: folder)
        #expect(MergeFixture.withoutLocations(loaded.network) == result.network)
        #expect(!loaded.warnings.contains { $0.severity == .error })
    }

    @Test func rulesLeaveOutWhatTheySay() throws {
        let counts = truth.counts
        let dropped = try NetworkMerger.merge(sources, options: MergeOptions(rule: .dropOneSided, aliases: aliases))
        #expect(dropped.network.ties.count == truth.ties.count - (counts["one-sided"] ?? 0))
        #expect(dropped.report.leftOut.count == counts["one-sided"])
        #expect(dropped.report.leftOut.allSatisfy { $0.reason == .oneSided && $0.confirmation == .oneSided })
        #expect(dropped.report.ties.oneSided == 0)

        let confirmed = try NetworkMerger.merge(sources, options: MergeOptions(rule: .confirmed, aliases: aliases))
        #expect(confirmed.network.ties.count == counts["confirmed"])
        #expect(confirmed.network.ties.allSatisfy { $0.confirmation == .confirmed })
        #expect(confirmed.report.leftOut.count == truth.ties.count - (counts["confirmed"] ?? 0))

        let twice = try NetworkMerger.merge(sources, options: MergeOptions(minimumSources: 2, aliases: aliases))
        let expected = truth.ties.filter { $0.reportedBy.count >= 2 }.count
        #expect(twice.network.ties.count == expected)
        #expect(twice.report.leftOut.allSatisfy { $0.reason == .tooFewSources && $0.reportedBy.count < 2 })
        // Actors stay, whatever the rule.
        #expect(confirmed.network.actors.count == truth.actors.count)
    }

    @Test func anInterviewWithoutTiesMakesTheOthersOneSided() throws {
        let folder = try LoadingFixture.folder([
            "actors.csv": "Name;Typ\nTafel Mühlenviertel e.V.;Verein\n",
            "ties.csv": "Von;An\n",
            "network.yaml": "source: Interview Tafel\nrespondent: Tafel Mühlenviertel e.V.\ndate: 2025-06-01\n",
        ], label: "merge-empty")
        let empty = try MergeSource.load(from: folder)
        let before = try NetworkMerger.merge(sources, options: MergeOptions(aliases: aliases))
        let after = try NetworkMerger.merge(sources + [empty], options: MergeOptions(aliases: aliases))
        let tafel = try #require(after.network.actors.firstIndex { $0.name.hasPrefix("Tafel") })
        let touching = after.network.ties.filter { $0.source == tafel || $0.target == tafel }
        #expect(!touching.isEmpty)
        #expect(touching.allSatisfy { $0.confirmation == .oneSided })
        let untouched = after.network.ties.filter { $0.source != tafel && $0.target != tafel }
        #expect(untouched.map(\.confirmation) == before.network.ties.filter {
            before.network.actors[$0.source].name.hasPrefix("Tafel") == false
                && before.network.actors[$0.target].name.hasPrefix("Tafel") == false
        }.map(\.confirmation))
        #expect(after.network.mergedFrom.contains { $0.name == "Interview Tafel" && $0.respondent == after.network.actors[tafel].id })
    }
}
