import Foundation
import TestSupport
import Testing

@testable import NetworkMap

@Suite("Merge smoke")
struct MergeSmokeTests {
    @Test func quarterAlone() throws {
        let source = try MergeSource.load(from: Repository.network("muehlenviertel"))
        let result = try NetworkMerger.merge([source])
        let original = source.network
        #expect(result.network.actors.count == original.actors.count)
        #expect(result.network.ties.count == original.ties.count)
        let again = try NetworkMerger.merge([MergeSource(network: result.network, fallbackName: "merged")])
        #expect(again.network == result.network)
        let folder = try Repository.scratchFolder("merge").appendingPathComponent("out")
        try NetworkFolderWriter.write(result.network, to: folder, language: .de)
        let loaded = try NetworkLoader.load(from: folder).network
        var stripped = loaded
        stripped.actors = stripped.actors.map { var a = $0; a.location = nil; return a }
        stripped.ties = stripped.ties.map { var t = $0; t.location = nil; return t }
        #expect(stripped == result.network)
        print(result.report.proposals.count, result.report.disagreements.count, result.report.ties)
    }
}
