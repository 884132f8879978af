import Foundation

/// One interview, workshop or colleague's list to merge: a loaded network with its name, respondent and date.
///
/// Its **name** is what the merged ties' `reported_by` will say: `source:` in its `network.yaml`, else its folder
/// or file name (without extension). A `|` in it becomes `/`, since `reported_by` separates sources with ` | `.
/// Its **respondent** (`respondent:` in `network.yaml`, an actor's id or name in this source) is the actor whose
/// interview it is; a workshop or a list has none. Its **date** is `date:` in `network.yaml`.
public struct MergeSource: Sendable {
    public var name: String
    public var network: Network
    /// The actor whose interview this is, as the source names it (id or name); `nil` for a workshop or a list.
    public var respondent: String?
    public var date: Day?
    /// Where it was loaded from, if it was.
    public var url: URL?
    /// What the loader warned about.
    public var warnings: [LoadIssue]
    /// The source folder's `aliases.csv`, if it has one (a network merged before brings its decisions along).
    public var aliases: AliasTable?

    /// A source named by its settings' `source:`, else by `fallbackName`.
    public init(network: Network, fallbackName: String, url: URL? = nil, warnings: [LoadIssue] = []) {
        let given = network.source.map(\.trimmingWhitespace).flatMap { $0.isEmpty ? nil : $0 }
        self.name = Self.cleanName(given ?? fallbackName)
        self.network = network
        self.respondent = network.respondent
        self.date = network.date
        self.url = url
        self.warnings = warnings
    }

    /// `|` separates sources in `reported_by`, so a name cannot hold one.
    static func cleanName(_ name: String) -> String {
        let cleaned = String(name.map { $0 == "|" ? "/" : $0 }).trimmingWhitespace
        return cleaned.isEmpty ? "?" : cleaned
    }

    /// Loads a source with ``NetworkLoader/load(from:)``.
    public static func load(from url: URL) throws(LoadFailure) -> MergeSource {
        let result = try NetworkLoader.load(from: url)
        var fallback = url.lastPathComponent
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            let name = fallback.lowercased()
            // actors.csv, ties.csv and network.yaml load their folder, which names the source.
            if (NetworkLoader.actorFileNames + NetworkLoader.tieFileNames + NetworkLoader.settingsFileNames).contains(name) {
                fallback = url.deletingLastPathComponent().lastPathComponent
            } else {
                fallback = url.deletingPathExtension().lastPathComponent
            }
        }
        var source = MergeSource(network: result.network, fallbackName: fallback, url: url, warnings: result.warnings)
        source.aliases = result.aliases
        return source
    }

    /// Loads every source; if any fails, throws ``MergeError/sourcesFailed(_:)`` with each failure, so that the
    /// user sees them all at once.
    public static func loadAll(_ urls: [URL]) throws(MergeError) -> [MergeSource] {
        var sources: [MergeSource] = []
        var failures: [MergeError.FailedSource] = []
        for url in urls {
            do {
                sources.append(try load(from: url))
            } catch {
                failures.append(MergeError.FailedSource(path: url.path, failure: error))
            }
        }
        guard failures.isEmpty else { throw .sourcesFailed(failures) }
        return sources
    }
}

/// Why a merge could not be made.
///
/// Nothing is written when one occurs.
public enum MergeError: Error, Sendable {
    /// No source was given.
    case noSources
    /// Sources that did not load, each with its loader errors.
    case sourcesFailed([FailedSource])
    /// Two sources have the same name, so their ties' `reported_by` could not tell them apart. `paths` are where
    /// they were loaded from (empty for sources not loaded from files).
    case duplicateSourceName(String, paths: [String])
    /// A source's `respondent` names no actor of that source; `suggestions` are the closest names.
    case unknownRespondent(source: String, respondent: String, suggestions: [String])
    /// Sources (or earlier merges' `merged_from`) give one source name different respondents.
    case conflictingRespondents(source: String, respondents: [String])
    /// The aliases table could not be read.
    case aliases(AliasFailure)

    /// A source that failed to load.
    public struct FailedSource: Sendable {
        public var path: String
        public var failure: LoadFailure
    }

    /// Whether the cause is a file that could not be read (exit code 74) rather than bad data (65).
    public var isIOError: Bool {
        switch self {
        case .sourcesFailed(let failures): return failures.contains { $0.failure.isIOError }
        case .aliases(let failure): return failure.isIOError
        case .noSources, .duplicateSourceName, .unknownRespondent, .conflictingRespondents: return false
        }
    }
}
