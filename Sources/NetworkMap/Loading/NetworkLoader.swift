import Foundation

/// Loads a network from a folder (`actors.csv`, `ties.csv`, optional `network.yaml`) or from a single
/// `network.yaml` that lists its actors and ties inline.
///
/// Files are only read. Every error of a load is collected and reported together in a ``LoadFailure``;
/// warnings come with the ``LoadResult``. Decisions a user might wonder about:
/// - An actor type or tie kind that is neither built in nor declared in `network.yaml` is an error (with the
///   closest valid names), not a silent custom type: a typo such as "Vrein" would otherwise become a type of
///   its own and quietly distort every analysis by type. Declaring it under `actor_types` makes it valid.
/// - Rows with errors still take part in the later checks (an actor with a bad type can still be named by a
///   tie), so that one mistake does not cause a cascade of follow-up errors.
public enum NetworkLoader {
    /// File names accepted in a folder, in order of preference (German names too); public for the app, which lists
    /// the folders that hold a network.
    public static let actorFileNames = ["actors.csv", "actors.tsv", "actors.txt", "akteure.csv", "akteure.tsv", "akteure.txt"]
    public static let tieFileNames = ["ties.csv", "ties.tsv", "ties.txt", "beziehungen.csv", "beziehungen.tsv", "beziehungen.txt"]
    public static let settingsFileNames = ["network.yaml", "network.yml", "netzwerk.yaml", "netzwerk.yml"]

    /// Loads the network at `url`: a folder, a `network.yaml` file, an `actors.csv`/`ties.csv` inside a folder,
    /// or a `.graphml`/`.gexf` file (see ``ExchangeReader``).
    public static func load(from url: URL) throws(LoadFailure) -> LoadResult {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw LoadFailure(errors: [.pathMissing(url.path)], isIOError: true)
        }
        var warnings: [LoadIssue] = []
        if isDirectory.boolValue {
            let entries = (try? fm.contentsOfDirectory(atPath: url.path)) ?? []
            func pick(_ names: [String]) -> URL? {
                let found = names.compactMap { name in entries.first { $0.lowercased() == name } }
                if found.count > 1, let first = found.first { warnings.append(.severalFiles(found, using: first)) }
                return found.first.map { url.appendingPathComponent($0) }
            }
            let sources = Sources(
                folderName: url.lastPathComponent, isFolder: true, actors: pick(actorFileNames), ties: pick(tieFileNames),
                settings: pick(settingsFileNames))
            return try load(sources, warnings: warnings)
        }
        let name = url.lastPathComponent.lowercased()
        let folder = url.deletingLastPathComponent()
        if name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            let baseName = url.deletingPathExtension().lastPathComponent
            let isNetworkFile = settingsFileNames.contains(name)
            // A network.yaml next to CSV files is that folder's settings; any other YAML file stands alone.
            if isNetworkFile { return try load(from: folder) }
            return try load(Sources(folderName: baseName, isFolder: false, actors: nil, ties: nil, settings: url),
                            warnings: [])
        }
        if actorFileNames.contains(name) || tieFileNames.contains(name) {
            return try load(from: folder)
        }
        if let format = ExchangeFormat(path: name), format.isReadable {
            return try ExchangeReader.load(from: url, format: format)
        }
        throw LoadFailure(errors: [.notANetwork(url.path)], isIOError: true)
    }

    /// The files of one network.
    struct Sources {
        var folderName: String
        /// A folder (whose actors file is required) rather than a stand-alone YAML file.
        var isFolder: Bool
        var actors: URL?
        var ties: URL?
        var settings: URL?
    }

    static func load(_ sources: Sources, warnings initialWarnings: [LoadIssue]) throws(LoadFailure) -> LoadResult {
        var issues = initialWarnings
        var language: Language?  // from network.yaml once read: failures are shown in it
        func read(_ url: URL) throws(LoadFailure) -> [UInt8] {
            do {
                return [UInt8](try Data(contentsOf: url))
            } catch {
                throw LoadFailure(errors: [.unreadable(url.lastPathComponent, reason: error.localizedDescription)],
                                  warnings: issues.filter { $0.severity == .warning }, isIOError: true,
                                  language: language)
            }
        }
        var settings = NetworkSettings()
        if let url = sources.settings {
            let text = TextDecoding.decode(try read(url)).text
            settings = NetworkSettings.parse(text, file: url.lastPathComponent, issues: &issues)
            language = settings.language
        }
        let actorsBytes = try sources.actors.map { (url) throws(LoadFailure) in try read(url) }
        let tiesBytes = try sources.ties.map { (url) throws(LoadFailure) in try read(url) }

        var actorTable = settings.actors
        if let url = sources.actors, let bytes = actorsBytes {
            if let inline = settings.actors, let file = sources.settings?.lastPathComponent {
                issues.append(.inlineAndFile(file, line: inline.headerLine, key: "actors", csv: url.lastPathComponent))
            }
            actorTable = table(bytes, file: url.lastPathComponent, issues: &issues)
        } else if settings.actors == nil, sources.isFolder {
            throw LoadFailure(errors: [.noActorsFile(folder: sources.folderName)],
                              warnings: issues.filter { $0.severity == .warning }, isIOError: true, language: language)
        }
        var tieTable = settings.ties
        if let url = sources.ties, let bytes = tiesBytes {
            if let inline = settings.ties, let file = sources.settings?.lastPathComponent {
                issues.append(.inlineAndFile(file, line: inline.headerLine, key: "ties", csv: url.lastPathComponent))
            }
            tieTable = table(bytes, file: url.lastPathComponent, issues: &issues)
        }

        var builder = NetworkBuilder(settings: settings, issues: issues)
        builder.network.name = settings.name ?? sources.folderName
        builder.buildActors(actorTable, defaultFile: sources.actors?.lastPathComponent ?? sources.settings?.lastPathComponent)
        builder.buildTies(tieTable, defaultFile: sources.ties?.lastPathComponent ?? tieTable?.file)
        builder.finish(settingsFile: sources.settings?.lastPathComponent)

        let errors = builder.issues.filter { $0.severity == .error }
        let warnings = builder.issues.filter { $0.severity == .warning }
        guard errors.isEmpty else { throw LoadFailure(errors: errors, warnings: warnings, language: language) }
        return LoadResult(network: builder.network, warnings: warnings)
    }

    /// Parses CSV bytes into a table; an unterminated quote is reported and gives no table.
    static func table(_ bytes: [UInt8], file: String, issues: inout [LoadIssue]) -> RowTable? {
        do {
            let csv = try CSVReader.read(bytes)
            guard let header = csv.header else { return RowTable(file: file, headers: [], headerLine: 0, rows: []) }
            return RowTable(file: file, headers: header.fields.map(\.trimmingWhitespace), headerLine: header.line,
                            rows: csv.records)
        } catch {
            issues.append(.unterminatedQuote(file, line: error.line))
            return nil
        }
    }
}
