import Foundation
import TestSupport
import Testing
import Wording

@testable import NetworkMap

/// Writes files into a fresh scratch folder and loads it.
enum LoadingFixture {
    /// A scratch folder holding the given files (text as UTF-8).
    static func folder(_ files: [String: String], label: String = "loading") throws -> URL {
        try folder(bytes: files.mapValues { Array($0.utf8) }, label: label)
    }

    static func folder(bytes files: [String: [UInt8]], label: String = "loading") throws -> URL {
        let url = try Repository.scratchFolder(label)
        for (name, bytes) in files {
            try Data(bytes).write(to: url.appendingPathComponent(name))
        }
        return url
    }

    /// Loads the files, expecting success.
    static func load(_ files: [String: String]) throws -> LoadResult {
        try NetworkLoader.load(from: folder(files))
    }

    /// Loads the files, expecting failure; returns the failure.
    static func failure(_ files: [String: String]) throws -> LoadFailure {
        let url = try folder(files)
        do {
            let result = try NetworkLoader.load(from: url)
            Issue.record("expected the load to fail, got \(result.network.actors.count) actors")
            return LoadFailure(errors: [])
        } catch {
            return error
        }
    }

    /// The fixture folder `Fixtures/loading/NAME`.
    static func fixture(_ name: String) throws -> URL {
        let base = try #require(Bundle.module.resourceURL)
        return base.appendingPathComponent("Fixtures/loading/\(name)")
    }
}

/// The loader's location type (Swift Testing has its own `SourceLocation`).
typealias Location = NetworkMap.SourceLocation
