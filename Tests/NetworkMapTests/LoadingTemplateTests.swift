import Foundation
import TestSupport
import Testing
import Wording

@testable import NetworkMap

@Suite("Network template")
struct LoadingTemplateTests {
    @Test("init writes files that load", arguments: Language.allCases)
    func templateLoads(language: Language) throws {
        let folder = try Repository.scratchFolder("template").appendingPathComponent("quartier")
        try NetworkTemplate.write(language.phrases.template(folderName: "quartier"), to: folder)
        let result = try NetworkLoader.load(from: folder)
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        #expect(result.network.actors.count == 2 && result.network.ties.count == 1)
        #expect(result.network.name == "quartier")
        #expect(result.network.home == "qm")
        #expect(result.network.language == language)
        let actors = try [UInt8](Data(contentsOf: folder.appendingPathComponent("actors.csv")))
        if language == .de {
            #expect(Array(actors.prefix(3)) == [0xEF, 0xBB, 0xBF])
            #expect(String(decoding: actors.dropFirst(3), as: UTF8.self).hasPrefix("id;Name;Typ;"))
        } else {
            #expect(String(decoding: actors, as: UTF8.self).hasPrefix("id,name,type,"))
        }
    }

    @Test func refusesToOverwrite() throws {
        let folder = try Repository.scratchFolder("template")
        let ties = folder.appendingPathComponent("ties.csv")
        try Data("mine".utf8).write(to: ties)
        #expect(throws: NetworkTemplate.FilesExist(files: [ties])) {
            try NetworkTemplate.write(German().template(folderName: "x"), to: folder)
        }
        #expect(try Data(contentsOf: ties) == Data("mine".utf8))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("actors.csv").path))
    }
}
