import Foundation
import Testing
import Wording

@testable import NetworkMap

/// The interviews of `Fixtures/merge` and their truth (written by `make_interviews.py`).
enum MergeFixture {
    struct Truth: Decodable {
        struct Source: Decodable {
            var folder: String
            var name: String
            var respondent: String?
            var date: String
            var actors: Int
            var ties: Int
        }

        struct Spelling: Decodable, Hashable {
            var source: String
            var name: String
            var needsAlias: Bool
        }

        struct Actor: Decodable {
            var id: String
            var name: String
            var mergedName: String
            var spellings: [Spelling]
        }

        struct Tie: Decodable {
            var source: String
            var target: String
            var kind: String
            var reportedBy: [String]
            var sources: [String]
            var confirmation: String
            var strength: Double
            var since: String?
            var until: String?
        }

        struct Pair: Decodable {
            var first: String
            var second: String
            var evidence: String?
        }

        struct Disagreement: Decodable {
            var actor: String?
            var tie: [String]?
            var field: String
            var winner: String
            var reason: String
            var votes: [String: [String]]?
        }

        var sources: [Source]
        var actors: [Actor]
        var ties: [Tie]
        var proposalsRequired: [Pair]
        var proposalsForbidden: [Pair]
        var disagreements: [Disagreement]
        var counts: [String: Int]
    }

    static func folder() throws -> URL {
        let base = try #require(Bundle.module.resourceURL)
        return base.appendingPathComponent("Fixtures/merge")
    }

    static func truth() throws -> Truth {
        try JSONDecoder().decode(Truth.self, from: Data(contentsOf: folder().appendingPathComponent("truth.json")))
    }

    /// Every source, loaded, in the order of `truth.json`.
    static func sources() throws -> [MergeSource] {
        let interviews = try folder().appendingPathComponent("interviews")
        return try truth().sources.map { try MergeSource.load(from: interviews.appendingPathComponent($0.folder)) }
    }

    static func aliases() throws -> AliasTable {
        try AliasTable.read(from: folder().appendingPathComponent("aliases.csv"))
    }

    /// Which merged actor each (source, spelling) became.
    static func mergedActorOfSpelling(_ report: MergeReport) -> [Truth.Spelling: String] {
        var result: [Truth.Spelling: String] = [:]
        for merge in report.actors {
            for member in merge.members {
                result[Truth.Spelling(source: member.source, name: member.name, needsAlias: false)] = merge.actor.id
            }
        }
        return result
    }

    /// The merged actor each quarter actor became (by its first spelling that needs no alias).
    static func mergedIDs(_ report: MergeReport, truth: Truth) throws -> [String: String] {
        let bySpelling = mergedActorOfSpelling(report)
        var result: [String: String] = [:]
        for actor in truth.actors {
            let spelling = try #require(actor.spellings.first { !$0.needsAlias })
            result[actor.id] = bySpelling[Truth.Spelling(source: spelling.source, name: spelling.name, needsAlias: false)]
        }
        return result
    }

    /// The network without where each row came from, to compare a network with one loaded back from files.
    static func withoutLocations(_ network: Network) -> Network {
        var copy = network
        copy.actors = copy.actors.map { actor in
            var a = actor
            a.location = nil
            return a
        }
        copy.ties = copy.ties.map { tie in
            var t = tie
            t.location = nil
            return t
        }
        return copy
    }

    /// The bytes the writer makes of a network, file by file.
    static func bytes(_ network: Network, language: Language = .de) throws -> [[UInt8]] {
        try NetworkFolderWriter.files(network, words: language.phrases).map(\.bytes)
    }
}
