import Foundation
import NetworkMap

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
        /// A workbook, listed before the workbook reader exists.
        case workbookPending
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

/// The networks of FOLDER with their checks and analyses, each computed once per file version.
///
/// Listing a folder costs a directory read and a `stat` per file; a network is loaded again only when a stamp
/// changed (see ``FileVersion``). Loads and analyses run outside the actor in tasks that concurrent requests
/// share, so one slow analysis never holds up the listing. Both caches are bounded and forget the least recently
/// used entry first.
actor NetworkCatalog {
    let folder: AppFolder
    private var checks: BoundedCache<CheckKey, Task<NetworkCheck, Never>>
    private var analyses: BoundedCache<AnalysisKey, Task<Analysis, Never>>
    private var summaries: BoundedCache<SummaryKey, NetworkSummary>
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
    }

    /// What an analysis depends on: the files' version and every choice that changes the result.
    struct AnalysisKey: Hashable, Sendable {
        var name: String
        var version: FileVersion
        var options: AnalysisOptions
        var showPrivate: Bool
        var language: Language
    }

    init(folder: AppFolder, checkCapacity: Int = 64, analysisCapacity: Int = 8) {
        self.folder = folder
        self.checks = BoundedCache(capacity: checkCapacity)
        self.analyses = BoundedCache(capacity: analysisCapacity)
        self.summaries = BoundedCache(capacity: checkCapacity * 2)
    }

    /// Every network in FOLDER as the page lists it, in `language`.
    func summaries(language: Language) async -> [NetworkSummary] {
        var result: [NetworkSummary] = []
        for check in await list() { result.append(summary(of: check, language: language)) }
        return result
    }

    /// The network `name` as the page shows its check, in `language`; `nil` when FOLDER holds no such network.
    func summary(named name: String, language: Language) async -> NetworkSummary? {
        guard let check = await check(named: name) else { return nil }
        return summary(of: check, language: language)
    }

    /// The summary of `check`, made once per version and language (its issue texts are worth keeping).
    private func summary(of check: NetworkCheck, language: Language) -> NetworkSummary {
        let key = SummaryKey(name: check.source.name, version: check.version, language: language)
        if let summary = summaries.value(for: key) { return summary }
        let summary = NetworkSummary(check, language: language)
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

    /// The analysis of the network `name` as it is now, or `nil` when it does not load.
    func analysis(named name: String, options: AnalysisOptions = AnalysisOptions(), showPrivate: Bool = false,
                  language: Language) async -> Analysis? {
        guard let check = await check(named: name), let network = check.network else { return nil }
        let key = AnalysisKey(name: name, version: check.version, options: options, showPrivate: showPrivate,
                              language: language)
        if let task = analyses.value(for: key) { return await task.value }
        analysisCount += 1
        let task = Task.detached(priority: .userInitiated) {
            Analysis(network: network.pseudonymised(showPrivate: showPrivate, language: language), options: options)
        }
        analyses.insert(task, for: key)
        return await task.value
    }

    /// Forgets what is cached of `name` (after the app itself wrote to it; stamps would tell anyway).
    func forget(_ name: String) {
        checks.removeAll { $0.name == name }
        analyses.removeAll { $0.name == name }
        summaries.removeAll { $0.name == name }
    }

    private func checkTask(_ source: NetworkSource) -> Task<NetworkCheck, Never> {
        let version = source.version
        let key = CheckKey(name: source.name, version: version)
        if let task = checks.value(for: key) { return task }
        loadCount += 1
        let task = Task.detached(priority: .userInitiated) { Self.load(source, version: version) }
        checks.insert(task, for: key)
        return task
    }

    private static func load(_ source: NetworkSource, version: FileVersion) -> NetworkCheck {
        if let refusal = source.refusal { return NetworkCheck(source: source, version: version, state: .refused(refusal)) }
        switch source.kind {
        case .workbook:
            return NetworkCheck(source: source, version: version, state: .workbookPending)
        case .folder:
            do {
                return NetworkCheck(source: source, version: version, state: .loaded(try NetworkLoader.load(from: source.url)))
            } catch {
                return NetworkCheck(source: source, version: version, state: .failed(error))
            }
        }
    }
}
