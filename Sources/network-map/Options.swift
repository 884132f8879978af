import ArgumentParser
import Foundation
import NetworkMap
import Wording

/// The network folder or file every analysing command takes.
struct NetworkArgument: ParsableArguments {
    @Argument(help: """
        The network: a folder with actors.csv and ties.csv (or actors.xlsx and ties.xlsx, or one workbook), \
        a workbook (.xlsx, .ods) with a sheet of actors and one of ties, or a network.yaml file. Default: the current folder.
        """)
    var network: String = "."
    @Option(help: "The sheet of the workbook that holds the actors, when the name or header does not tell.")
    var actorsSheet: String?
    @Option(help: "The sheet of the workbook that holds the ties.")
    var tiesSheet: String?

    /// The network's URL as the user named it.
    var url: URL { URL(fileURLWithPath: network) }

    /// A short name for default output files: the folder's name (or the file's name without extension).
    var baseName: String {
        let url = self.url.standardizedFileURL
        let isFolder = (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) ?? false
        let name = isFolder ? url.lastPathComponent : url.deletingPathExtension().lastPathComponent
        let base = name == "network" || name == "netzwerk" ? url.deletingLastPathComponent().lastPathComponent : name
        return base.isEmpty || base == "/" ? "network" : base
    }

    /// Loads the network; on bad data prints every error and exits 65 (74 when unreadable).
    ///
    /// The errors are in the language `option` chooses for this network (``LanguageOption/language(for:environment:)``),
    /// and name actors as `privacy` prepares the network read so far: a failed load's "did you mean" never
    /// proposes a private person's name without `--show-private`. The warnings of a load that succeeded are the
    /// caller's to show, once it has prepared the network.
    func load(language option: LanguageOption, privacy: PrivacyOption) throws -> LoadResult {
        // Before anything is read: a result written later must not replace any of these files.
        Console.inputs.add(NetworkLoader.inputFiles(at: url))
        do {
            return try NetworkLoader.load(from: url, options: LoadOptions(actorsSheet: actorsSheet, tiesSheet: tiesSheet))
        } catch {
            let language = option.language(for: error.language)
            let shown = error.network.map { privacy.prepare($0, language: language) }
            Console.printWarnings(shown?.naming(error.warnings) ?? error.warnings, language)
            Console.printErrors(shown?.naming(error.errors) ?? error.errors, language)
            throw ExitCode(error.isIOError ? ExitStatus.ioError : ExitStatus.badData)
        }
    }

    /// Loads the network and only counts its warnings (the analysing commands: `check` lists them).
    func loadBriefly(language option: LanguageOption, privacy: PrivacyOption) throws -> Network {
        let result = try load(language: option, privacy: privacy)
        Console.printWarningCount(result.warnings.count, network: network, option.language(for: result.language))
        return result.network
    }
}

extension Language: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}

/// `--lang`, shared by every command, and the one rule that chooses the language of messages and outputs alike.
struct LanguageOption: ParsableArguments {
    @Option(help: """
        Language of messages and outputs: de or en. Default: the network's language (network.yaml), else German \
        when LC_ALL, LC_MESSAGES or LANG starts with de, else English.
        """)
    var lang: Language?

    /// `--lang` when given; else the `language:` of the network's `network.yaml` when it could be read (also when
    /// the load failed); else German when the locale (`LC_ALL`, else `LC_MESSAGES`, else `LANG`, as POSIX orders
    /// them) starts with `de`; else English.
    func language(for network: Language?, environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        if let lang { return lang }
        if let network { return network }
        return Self.fromEnvironment(environment) ?? .en
    }

    /// The language the locale that decides messages names by its first two letters (`de_DE.UTF-8`, `de_AT` and
    /// `de` are German, `en_GB` English), if it is one we speak; else `nil` (`C`, `POSIX`, `fr_FR`).
    static func fromEnvironment(_ environment: [String: String]) -> Language? {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        return locale.flatMap { Language(rawValue: String($0.lowercased().prefix(2))) }
    }
}

/// `--show-private`, and the one place the command line decides privacy: it prepares every network it loaded
/// (``NetworkMap/Network/prepared(showingPrivateNames:pseudonym:)``) before anything is analysed, written or said.
struct PrivacyOption: ParsableArguments {
    @Flag(help: "Show the names of private persons. By default they appear as 'Resident 1', 'Bewohner:in 1', … .")
    var showPrivate = false

    /// The loaded network as outputs and messages may show it, pseudonyms in `language`.
    func prepare(_ network: Network, language: Language) -> PreparedNetwork {
        network.prepared(showingPrivateNames: showPrivate, pseudonym: language.phrases.pseudonym)
    }

    /// Two snapshots prepared alike: a private person has the same pseudonym in both.
    func prepare(_ old: Network, _ new: Network, language: Language) -> (old: PreparedNetwork, new: PreparedNetwork) {
        Network.prepared(old, new, showingPrivateNames: showPrivate, pseudonym: language.phrases.pseudonym)
    }
}

/// `--exclude`, shared by `render`, `matrix`, `report` and `handout`: actors left out before the analysis.
struct ExcludeOption: ParsableArguments {
    @Option(parsing: .upToNextOption, help: ArgumentHelp("""
        Leave these actors out (ids or names, several after one --exclude), as maps for the Verstetigung \
        question leave out the QM office or the Quartiersrat: the network is analysed without them, and the \
        output says so.
        """, valueName: "actor"))
    var exclude: [String] = []

    /// The actors named, looked up as ``OptionLookup`` looks up `--focus`.
    ///
    /// Every unknown one is reported, then the usage exit. Leaving out every actor is a usage error too.
    func indices(loaded: Network, shown: Network, language: Language) throws -> Set<Int> {
        var found = Set<Int>()
        var problems: [OptionLookup.Problem] = []
        for text in exclude {
            switch OptionLookup.actor(text, option: "--exclude", loaded: loaded, shown: shown) {
            case .success(let i): found.insert(i)
            case .failure(let problem): problems.append(problem)
            }
        }
        if !problems.isEmpty { throw OptionLookup.fail(problems, language: language) }
        if !found.isEmpty, found.count >= shown.actors.count {
            throw OptionLookup.fail([OptionLookup.Problem(.everyoneExcluded)], language: language)
        }
        return found
    }
}

/// Options shared by the commands that write something for people to read.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Write to this file instead of the default; '-' means standard output.")
    var output: String?

    @OptionGroup var languageOption: LanguageOption

    @OptionGroup var privacy: PrivacyOption

    /// The language of usage errors, found before any network is read: `--lang`, else the locale.
    var usageLanguage: Language { languageOption.language(for: nil) }

    /// The language to write in for this network (``LanguageOption/language(for:environment:)``).
    func language(for network: Network) -> Language {
        languageOption.language(for: network.language)
    }
}

/// The exit codes of DESIGN.md (BSD sysexits).
enum ExitStatus {
    static let usage: Int32 = 64
    static let badData: Int32 = 65
    static let renderingFailed: Int32 = 70
    static let ioError: Int32 = 74
}
