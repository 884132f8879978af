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
    public static let actorFileNames = ["actors.csv", "actors.tsv", "actors.txt", "akteure.csv", "akteure.tsv", "akteure.txt",
                                        "actors.xlsx", "actors.ods", "akteure.xlsx", "akteure.ods"]
    public static let tieFileNames = ["ties.csv", "ties.tsv", "ties.txt", "beziehungen.csv", "beziehungen.tsv", "beziehungen.txt",
                                      "ties.xlsx", "ties.ods", "beziehungen.xlsx", "beziehungen.ods"]
    public static let settingsFileNames = ["network.yaml", "network.yml", "netzwerk.yaml", "netzwerk.yml"]
    /// The user's decisions about names (``AliasTable``), kept in a network folder by `merge`.
    static let aliasFileNames = ["aliases.csv", "aliase.csv"]

    /// Loads the network at `url`: a folder, a `network.yaml` file, an `actors.csv`/`ties.csv` inside a folder,
    /// a workbook (`.xlsx`, `.ods`) holding both tables, or a `.graphml`/`.gexf` file (see ``ExchangeReader``).
    ///
    /// A folder may hold `actors.xlsx`/`ties.xlsx` instead of CSV files, or one workbook with both tables; a
    /// `network.yaml` beside a workbook is its settings.
    public static func load(from url: URL) throws(LoadFailure) -> LoadResult {
        try load(from: url, options: LoadOptions())
    }

    /// Loads the network at `url` with the user's choices (the sheets of a workbook).
    public static func load(from url: URL, options: LoadOptions) throws(LoadFailure) -> LoadResult {
        let (sources, warnings) = try self.sources(at: url)
        if let exchange = sources.exchange {
            return try ExchangeReader.load(from: exchange.url, format: exchange.format)
        }
        return try load(sources, options: options, warnings: warnings)
    }

    /// The files a load of `url` reads, found without reading any: what no output may be written over.
    ///
    /// Empty when `url` is no network (the load then says why).
    public static func inputFiles(at url: URL) -> [URL] {
        guard let sources = try? sources(at: url).sources else { return [] }
        return sources.files
    }

    /// The files of one network.
    struct Sources {
        var folderName: String
        /// A folder (whose actors file is required) rather than a stand-alone YAML file.
        var isFolder: Bool
        var actors: URL?
        var ties: URL?
        var settings: URL?
        /// One workbook holding both tables.
        var workbook: URL?
        /// A GraphML or GEXF file, which ``ExchangeReader`` reads instead.
        var exchange: (url: URL, format: ExchangeFormat)?

        /// The folder's ``AliasTable``.
        var aliases: URL?

        var files: [URL] { [settings, actors, ties, workbook, aliases, exchange?.url].compactMap { $0 } }
    }

    /// Which files make up the network at `url`, with the warnings of choosing them; nothing is read.
    static func sources(at url: URL) throws(LoadFailure) -> (sources: Sources, warnings: [LoadIssue]) {
        let kind: (exists: Bool, isFolder: Bool)
        do {
            kind = try InputFile.kind(of: url)
        } catch {
            throw LoadFailure(errors: [.unreadable(url, error)], isIOError: true)
        }
        guard kind.exists else { throw LoadFailure(errors: [.pathMissing(url.path)], isIOError: true) }
        var warnings: [LoadIssue] = []
        if kind.isFolder {
            let entries: [String]
            do {
                entries = try InputFile.entries(ofFolder: url)
            } catch {
                throw LoadFailure(errors: [.unreadable(url, error)], isIOError: true)
            }
            func pick(_ names: [String]) -> URL? {
                let found = names.compactMap { name in entries.first { $0.lowercased() == name } }
                if found.count > 1, let first = found.first { warnings.append(.severalFiles(found, using: first)) }
                return found.first.map { url.appendingPathComponent($0) }
            }
            var sources = Sources(
                folderName: url.lastPathComponent, isFolder: true, actors: pick(actorFileNames), ties: pick(tieFileNames),
                settings: pick(settingsFileNames), aliases: pick(aliasFileNames))
            if sources.actors == nil {
                // A folder holding one workbook with both tables. With several, the one named like the network or
                // the folder comes first (a results workbook saved beside it must not be taken), then by name.
                let preferred = ["network", "netzwerk", url.lastPathComponent.lowercased()]
                let workbooks = entries.filter(isWorkbook).sorted { a, b in
                    let pa = preferred.contains((a.lowercased() as NSString).deletingPathExtension)
                    let pb = preferred.contains((b.lowercased() as NSString).deletingPathExtension)
                    return pa != pb ? pa : a < b
                }
                if workbooks.count > 1, let first = workbooks.first { warnings.append(.severalFiles(workbooks, using: first)) }
                sources.workbook = workbooks.first.map { url.appendingPathComponent($0) }
            }
            return (sources, warnings)
        }
        let name = url.lastPathComponent.lowercased()
        let folder = url.deletingLastPathComponent()
        if name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            let baseName = url.deletingPathExtension().lastPathComponent
            // A network.yaml next to CSV files is that folder's settings; any other YAML file stands alone.
            if settingsFileNames.contains(name) { return try sources(at: folder) }
            return (Sources(folderName: baseName, isFolder: false, actors: nil, ties: nil, settings: url), [])
        }
        if actorFileNames.contains(name) || tieFileNames.contains(name) {
            return try sources(at: folder)
        }
        if isWorkbook(name) {
            // A network.yaml beside a workbook is its settings.
            let entries = (try? InputFile.entries(ofFolder: folder)) ?? []
            let settings = settingsFileNames.compactMap { name in entries.first { $0.lowercased() == name } }.first
            var sources = Sources(folderName: url.deletingPathExtension().lastPathComponent, isFolder: true, actors: nil,
                                  ties: nil, settings: settings.map { folder.appendingPathComponent($0) })
            sources.workbook = url
            return (sources, [])
        }
        if let format = ExchangeFormat(path: name), format.isReadable {
            return (Sources(folderName: url.deletingPathExtension().lastPathComponent, isFolder: false, exchange: (url, format)), [])
        }
        throw LoadFailure(errors: [.notANetwork(url.path)], isIOError: true)
    }

    static func load(_ sources: Sources, options: LoadOptions, warnings initialWarnings: [LoadIssue]) throws(LoadFailure)
        -> LoadResult {
        var issues = initialWarnings
        var language: Language?  // from network.yaml once read: failures are shown in it
        func read(_ url: URL) throws(LoadFailure) -> [UInt8] {
            do {
                return try InputFile.read(url)
            } catch {
                throw LoadFailure(errors: [.unreadable(url, error)],
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
        var uses: [WorkbookUse] = []
        var unreadableWorkbook = false
        /// The table of a CSV file or of a workbook holding that table alone.
        func table(_ url: URL, role: TableRole) throws(LoadFailure) -> RowTable? {
            guard isWorkbook(url.lastPathComponent) else {
                return Self.table(try read(url), file: url.lastPathComponent, issues: &issues)
            }
            let found = workbookTables(url, role: role, options: options, issues: &issues, uses: &uses)
            unreadableWorkbook = unreadableWorkbook || found.unreadable
            return role == .actors ? found.actors : found.ties
        }
        var fromWorkbook: (actors: RowTable?, ties: RowTable?)?
        if let url = sources.workbook {
            let found = workbookTables(url, role: nil, options: options, issues: &issues, uses: &uses)
            unreadableWorkbook = found.unreadable
            fromWorkbook = (found.actors, found.ties)
            if found.actors == nil, !issues.contains(where: { $0.severity == .error }) {
                issues.append(.noActors(url.lastPathComponent))
            }
        }
        let actorsFile = try sources.actors.map { (url) throws(LoadFailure) in try table(url, role: .actors) }
        let tiesFile = try sources.ties.map { (url) throws(LoadFailure) in try table(url, role: .ties) }
        if unreadableWorkbook {
            throw LoadFailure(errors: issues.filter { $0.severity == .error },
                              warnings: issues.filter { $0.severity == .warning }, isIOError: true, language: language)
        }

        var actorTable = settings.actors
        if let fromWorkbook {
            actorTable = fromWorkbook.actors ?? settings.actors
        } else if let url = sources.actors, let fileTable = actorsFile {
            if let inline = settings.actors, let file = sources.settings?.lastPathComponent {
                issues.append(.inlineAndFile(file, line: inline.headerLine, key: "actors", csv: url.lastPathComponent))
            }
            actorTable = fileTable
        } else if settings.actors == nil, sources.isFolder {
            // A network.yaml that does not parse may have been meant to list the actors itself: its errors are the
            // news (bad data, 65), not the missing actors.csv.
            let settingsErrors = issues.filter { $0.severity == .error }
            if !settingsErrors.isEmpty {
                throw LoadFailure(errors: settingsErrors, warnings: issues.filter { $0.severity == .warning },
                                  language: language)
            }
            throw LoadFailure(errors: [.noActorsFile(folder: sources.folderName)],
                              warnings: issues.filter { $0.severity == .warning }, isIOError: true, language: language)
        }
        var tieTable = settings.ties
        if let fromWorkbook {
            tieTable = fromWorkbook.ties ?? settings.ties
        } else if let url = sources.ties {
            if let inline = settings.ties, let file = sources.settings?.lastPathComponent {
                issues.append(.inlineAndFile(file, line: inline.headerLine, key: "ties", csv: url.lastPathComponent))
            }
            tieTable = tiesFile ?? nil
        }
        var aliases: AliasTable?
        if let url = sources.aliases {
            let bytes = try read(url)
            do {
                aliases = try AliasTable.parse(bytes, file: url.lastPathComponent)
            } catch {
                issues += error.issues
            }
        }

        var builder = NetworkBuilder(settings: settings, issues: issues)
        builder.aliases = aliases ?? .empty
        builder.network.name = settings.name ?? sources.folderName
        let workbookName = sources.workbook?.lastPathComponent
        builder.buildActors(actorTable, defaultFile: sources.actors?.lastPathComponent ?? workbookName
                                ?? sources.settings?.lastPathComponent)
        builder.buildTies(tieTable, defaultFile: sources.ties?.lastPathComponent ?? workbookName ?? tieTable?.file)
        builder.finish(settingsFile: sources.settings?.lastPathComponent)

        let errors = builder.issues.filter { $0.severity == .error }
        let warnings = builder.issues.filter { $0.severity == .warning }
        guard errors.isEmpty else {
            throw LoadFailure(errors: errors, warnings: warnings, language: language, network: builder.network)
        }
        var result = LoadResult(network: builder.network, warnings: warnings, aliases: aliases)
        result.workbooks = uses
        return result
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
