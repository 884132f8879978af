import Foundation
import NetworkMap
import Wording

/// What the app knows about one network: its source, its version, and what loading it gave.
struct NetworkCheck: Sendable {
    /// The outcome of reading a network.
    enum State: Sendable {
        /// It loaded (perhaps with warnings).
        case loaded(LoadResult)
        /// It did not load: every error, and the warnings.
        case failed(LoadFailure)
        /// The app refused to read it (a symlink leading out of FOLDER).
        case refused(NetworkSource.Refusal)
    }

    var source: NetworkSource
    var version: FileVersion
    var state: State

    /// The network, when it loaded.
    var network: Network? {
        if case .loaded(let result) = state { return result.network }
        return nil
    }
}

/// What an analysis depends on: the files' version and how the network is prepared (names shown or not, and the
/// language of the pseudonyms).
struct AnalysisKey: Hashable, Sendable {
    var name: String
    var version: FileVersion
    var showsPrivateNames: Bool
    var language: Language
}

/// A network's analysis as a view asks for it.
enum AnalysisLookup: Sendable {
    /// FOLDER holds no network of that name.
    case noNetwork
    /// The network does not load (or is refused): its check says why.
    case notLoaded(NetworkCheck)
    /// Ready: the analysis of the prepared network, and the key its derived results are cached under.
    case ready(Analysis, AnalysisKey, NetworkCheck)
    /// Still being computed; ask again.
    case working(Job<Analysis>.Progress)
}

/// The networks of FOLDER with their checks and analyses, each computed once per file version.
///
/// Listing a folder costs a directory read and a `stat` per file; a network is loaded again only when a stamp
/// changed (see ``FileVersion``). Loads run outside the actor in tasks that concurrent requests share, analyses and
/// what is made from them (maps, reports, the handout) in ``Job``s on threads of their own, so one slow analysis
/// never holds up the listing. Every cache is bounded and forgets the least recently used entry first.
///
/// Privacy is decided here, once per request: the network is prepared with or without private names
/// (``NetworkMap/Network/prepared(showingPrivateNames:pseudonym:)``) and only that prepared value is analysed.
actor NetworkCatalog {
    let folder: AppFolder
    private var checks: BoundedCache<CheckKey, Task<NetworkCheck, Never>>
    private var analyses: BoundedCache<AnalysisKey, Job<Analysis>>
    private var summaries: BoundedCache<SummaryKey, NetworkSummary>
    private var derived: BoundedCache<DerivedKey, Job<Derived>>
    /// How many loads and analyses ran (not served from cache): lets tests see that the cache works.
    private(set) var loadCount = 0
    private(set) var analysisCount = 0

    struct CheckKey: Hashable, Sendable {
        var name: String
        var version: FileVersion
    }

    struct SummaryKey: Hashable, Sendable {
        var name: String
        var version: FileVersion
        var language: Language
        var showsPrivateNames: Bool
    }

    /// A result made from an analysis: the analysis's key and what was made (`map?color=type…`).
    struct DerivedKey: Hashable, Sendable {
        var analysis: AnalysisKey
        var what: String
    }

    init(folder: AppFolder, checkCapacity: Int = 64, analysisCapacity: Int = 8, derivedCapacity: Int = 48) {
        self.folder = folder
        self.checks = BoundedCache(capacity: checkCapacity)
        self.analyses = BoundedCache(capacity: analysisCapacity)
        self.summaries = BoundedCache(capacity: checkCapacity * 2)
        self.derived = BoundedCache(capacity: derivedCapacity)
    }

    /// Every network in FOLDER as the page lists it, in `language`.
    func summaries(language: Language, showingPrivateNames: Bool = false) async -> [NetworkSummary] {
        var result: [NetworkSummary] = []
        for check in await list() {
            result.append(summary(of: check, language: language, showingPrivateNames: showingPrivateNames))
        }
        return result
    }

    /// The network `name` as the page shows its check, in `language`; `nil` when FOLDER holds no such network.
    func summary(named name: String, language: Language, showingPrivateNames: Bool = false) async -> NetworkSummary? {
        guard let check = await check(named: name) else { return nil }
        return summary(of: check, language: language, showingPrivateNames: showingPrivateNames)
    }

    /// The summary of `check`, made once per version, language and privacy (its issue texts are worth keeping).
    private func summary(of check: NetworkCheck, language: Language, showingPrivateNames: Bool) -> NetworkSummary {
        let key = SummaryKey(name: check.source.name, version: check.version, language: language,
                             showsPrivateNames: showingPrivateNames)
        if let summary = summaries.value(for: key) { return summary }
        let summary = NetworkSummary(check, language: language, showingPrivateNames: showingPrivateNames)
        summaries.insert(summary, for: key)
        return summary
    }

    /// Every network in FOLDER with its check, in name order.
    func list() async -> [NetworkCheck] {
        var tasks: [Task<NetworkCheck, Never>] = []
        for source in NetworkSource.discover(in: folder) { tasks.append(checkTask(source)) }
        var result: [NetworkCheck] = []
        for task in tasks { result.append(await task.value) }
        return result
    }

    /// The check of the network `name`, or `nil` when FOLDER holds no network of that name.
    func check(named name: String) async -> NetworkCheck? {
        guard let source = NetworkSource.source(named: name, in: folder) else { return nil }
        return await checkTask(source).value
    }

    /// The analysis of the network `name` as it is now, prepared as asked, waiting at most `timeout` for it.
    ///
    /// The analysis starts with the first request and goes on when that request stops waiting.
    func analysis(named name: String, showingPrivateNames: Bool = false, language: Language,
                  waiting timeout: Duration = .seconds(2)) async -> AnalysisLookup {
        guard let check = await check(named: name) else { return .noNetwork }
        guard let network = check.network else { return .notLoaded(check) }
        let key = AnalysisKey(name: name, version: check.version, showsPrivateNames: showingPrivateNames,
                              language: language)
        let job: Job<Analysis>
        if let cached = analyses.value(for: key) {
            job = cached
        } else {
            analysisCount += 1
            job = Job<Analysis>(phase: "paths") { report in
                let prepared = network.prepared(showingPrivateNames: showingPrivateNames,
                                                pseudonym: language.phrases.pseudonym)
                return Analysis(prepared, options: AnalysisOptions(), progress: report)
            }
            analyses.insert(job, for: key)
        }
        if let analysis = await job.value(waiting: timeout) { return .ready(analysis, key, check) }
        return .working(job.progress)
    }

    /// The result `what` made from the analysis under `key` by `make`, once; `make` runs on a thread of its own.
    func derived(_ what: String, of key: AnalysisKey, phase: String,
                 _ make: @escaping @Sendable (_ report: @escaping @Sendable (String, Double) -> Void) -> Derived) -> Job<Derived> {
        let derivedKey = DerivedKey(analysis: key, what: what)
        if let job = derived.value(for: derivedKey) { return job }
        let job = Job<Derived>(phase: phase, make)
        derived.insert(job, for: derivedKey)
        return job
    }

    /// Forgets what is cached of `name` (after the app itself wrote to it; stamps would tell anyway).
    func forget(_ name: String) {
        checks.removeAll { $0.name == name }
        analyses.removeAll { $0.name == name }
        summaries.removeAll { $0.name == name }
        derived.removeAll { $0.analysis.name == name }
    }

    private func checkTask(_ source: NetworkSource) -> Task<NetworkCheck, Never> {
        let version = source.version
        let key = CheckKey(name: source.name, version: version)
        if let task = checks.value(for: key) { return task }
        loadCount += 1
        let task = Task.detached(executorPreference: ServerExecutor.shared, priority: .userInitiated) {
            Self.load(source, version: version)
        }
        checks.insert(task, for: key)
        return task
    }

    private static func load(_ source: NetworkSource, version: FileVersion) -> NetworkCheck {
        if let refusal = source.refusal { return NetworkCheck(source: source, version: version, state: .refused(refusal)) }
        // A folder and a workbook alike: the loader reads both, as every command does.
        do {
            return NetworkCheck(source: source, version: version, state: .loaded(try NetworkLoader.load(from: source.url)))
        } catch {
            return NetworkCheck(source: source, version: version, state: .failed(error))
        }
    }
}

/// What a view made from an analysis: an answer's body, or the message of a failure.
enum Derived: Sendable {
    case bytes(Data, type: String)
    case failure(AppMessage)
}
