import ArgumentParser
import Foundation
import NetworkMap
import Reports
import Wording

extension MergeRule: ExpressibleByArgument {}

/// `network-map merge`: one network from many interviews, workshops and lists.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge interviews, workshop tables and lists of one quarter into one network.",
        discussion: """
            Each SOURCE is anything that loads as a network (a folder, a network.yaml, a .graphml or .gexf file). Its name, used in the ties' Quelle/reported_by column, is `source:` in its network.yaml, else its folder or file name; `respondent:` names the actor whose interview it is (a workshop has none).
            Actors are matched by id and by name after normalising spelling, legal forms (e.V., gGmbH, …) and notes in brackets. Names that only look alike are proposed in merge-report.md and never merged on their own; decisions go into an aliases file (columns Alias;Akteur or alias,actor), given with --aliases or kept in a network folder as aliases.csv, which every load applies. --interactive asks about each proposal and writes the decisions into the new folder's aliases.csv.
            Every tie keeps the sources that reported it and a confirmation: confirmed (both sides name it), one-sided (the other side was interviewed and did not), unverifiable (the other side was not interviewed).
            The result is a new network folder with merge-report.md; nothing is written when a source fails to load, and no source is ever written over. The same sources in any order give the same bytes. Private persons are pseudonymised in the report unless --show-private; the merged files keep their names.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, xlsx }

    @Argument(help: "The interviews, workshops and lists to merge (folders or network files).")
    var sources: [String] = []
    @Option(name: .shortAndLong, help: "The network folder to write.") var output: String
    @Option(help: "An aliases file: which spellings are which actor (Alias;Akteur or alias,actor).") var aliases: String?
    @Option(help: "Which ties to keep: union (all), drop-one-sided, confirmed.") var rule: MergeRule = .union
    @Option(help: "Keep only ties that at least this many sources report.") var minSources = 1
    @Option(help: "The files to write: csv.") var format: Format = .csv
    @Flag(help: "Replace the output folder if it holds a network already.") var force = false
    @Flag(help: "Ask about each pair of names that look alike (yes/no/skip) and keep the answers in aliases.csv.")
    var interactive = false
    @OptionGroup var languageOption: LanguageOption
    @OptionGroup var privacy: PrivacyOption

    func run() throws {
        let usage = languageOption.language(for: nil).phrases
        guard format == .csv else { return try fail(usage.merge(.workbooksNotYet), ExitStatus.usage) }
        guard minSources >= 1 else { return try fail(usage.merge(.minimumSourcesTooSmall), ExitStatus.usage) }
        guard !sources.isEmpty else { return try fail(usage.merge(.noSources), ExitStatus.usage) }
        let urls = sources.map { URL(fileURLWithPath: $0) }

        let loaded: [MergeSource]
        do {
            loaded = try MergeSource.loadAll(urls)
        } catch {
            throw stop(error, language: languageOption.language(for: nil))
        }
        var table = AliasTable()
        if let aliases {
            do {
                table = try AliasTable.read(from: URL(fileURLWithPath: aliases))
            } catch {
                let language = languageOption.language(for: loaded.first?.network.language)
                throw stop(.aliases(error), language: language)
            }
        }
        let userRules = table.rules
        // The user's own file decides first, then what the sources bring along, in the order of their names so
        // that the order on the command line changes nothing.
        for source in loaded.sorted(by: { $0.name < $1.name }) {
            if let brought = source.aliases { table = table.adding(brought) }
        }

        var result = try merge(loaded, aliases: table)
        let language = languageOption.language(for: result.network.language)
        let phrases = language.phrases
        let folder = URL(fileURLWithPath: output)
        var decisions: [AliasRule] = []
        if interactive {
            decisions = ask(result, language: language)
            if !decisions.isEmpty {
                table.rules += decisions
                result = try merge(loaded, aliases: table)
            }
        }

        // Rows a source folder brought along may well name no actor of this merge (a merged network's own rows
        // name the spellings of its sources); only the user's own file is worth a word.
        let ownRules = Set(userRules)
        result.report.unusedAliases.removeAll { !ownRules.contains($0) }
        let shown = privacy.prepare(result.network, language: language)
        let report = MergeReportText.markdown(result.report, network: result.network, shown: shown,
                                              aliasFile: aliases ?? "aliases.csv", language: language)
        var files = [(name: "merge-report.md", bytes: Array(report.utf8))]
        if !table.rules.isEmpty { files.append((name: "aliases.csv", bytes: table.csv(words: phrases))) }
        let inputs = urls + (aliases.map { [URL(fileURLWithPath: $0)] } ?? [])
        do {
            try NetworkFolderWriter.write(result.network, to: folder, words: phrases, replacing: force, protecting: inputs,
                                          additionalFiles: files)
        } catch {
            throw stop(error, language: language)
        }
        if !decisions.isEmpty {
            let file = (output as NSString).appendingPathComponent("aliases.csv")
            Console.out(phrases.merge(.decisionsSaved(count: decisions.count, file: file)))
        }
        for (path, source) in zip(sources, loaded) {
            Console.printWarningCount(source.warnings.count, network: path, language)
        }
        Console.out(phrases.merge(.written(folder: output, actors: result.network.actors.count,
                                           ties: result.network.ties.count, proposals: result.report.proposals.count)))
    }

    private func merge(_ sources: [MergeSource], aliases: AliasTable) throws -> MergeResult {
        do {
            return try NetworkMerger.merge(sources, options: MergeOptions(rule: rule, minimumSources: minSources, aliases: aliases))
        } catch {
            throw stop(error, language: languageOption.language(for: sources.first?.network.language))
        }
    }

    /// Asks about each proposal on standard input; returns an aliases row for each "yes".
    ///
    /// The names are the prepared ones (pseudonyms unless --show-private), the rows the real ones. Lines are read
    /// from standard input as they come, so a script can answer too; at its end the remaining questions are skipped.
    private func ask(_ result: MergeResult, language: Language) -> [AliasRule] {
        let phrases = language.phrases
        let proposals = result.report.proposals
        guard !proposals.isEmpty else { return [] }
        let shown = privacy.prepare(result.network, language: language).network
        var indexByID: [String: Int] = [:]
        for (i, actor) in result.network.actors.enumerated() { indexByID[actor.id] = i }
        func name(_ actor: ActorReference) -> String { indexByID[actor.id].map { shown.actors[$0].name } ?? actor.name }
        Console.out(phrases.merge(.questionsIntro(count: proposals.count)))
        var rules: [AliasRule] = []
        questions: for (n, proposal) in proposals.enumerated() {
            let evidence = proposal.evidence.map(phrases.mergeEvidence).joined(separator: "; ")
            Console.out(phrases.merge(.question(first: name(proposal.first), second: name(proposal.second), evidence: evidence,
                                                number: n + 1, count: proposals.count)))
            while true {
                FileHandle.standardOutput.write(Data(phrases.merge(.answers).utf8))
                guard let line = readLine() else { break questions }
                guard let answer = MergeAnswer(line) else {
                    Console.out(phrases.merge(.unknownAnswer))
                    continue
                }
                if answer == .yes { rules.append(AliasRule(alias: proposal.second.name, actor: proposal.first.name)) }
                break
            }
        }
        return rules
    }

    private func fail(_ message: String, _ status: Int32) throws {
        Console.err(message)
        throw ExitCode(status)
    }

    /// Says why the merge stopped and gives its exit code.
    private func stop(_ error: MergeError, language: Language) -> ExitCode {
        let phrases = language.phrases
        switch error {
        case .noSources: Console.err(phrases.merge(.noSources))
        case .sourcesFailed(let failures):
            for failed in failures {
                let shownIn = languageOption.language(for: failed.failure.language)
                Console.err(shownIn.phrases.merge(.sourceFailed(path: failed.path)))
                Console.printWarnings(failed.failure.warnings, shownIn)
                for issue in failed.failure.errors.prefix(Console.errorListLimit) {
                    Console.err(shownIn.phrases.console(.error(issue.description(shownIn))))
                }
            }
        case let .duplicateSourceName(name, paths): Console.err(phrases.merge(.duplicateSourceName(name: name, paths: paths)))
        case let .unknownRespondent(source, respondent, suggestions):
            Console.err(phrases.merge(.unknownRespondent(source: source, respondent: respondent, suggestions: suggestions)))
        case let .conflictingRespondents(source, respondents):
            Console.err(phrases.merge(.conflictingRespondents(source: source, respondents: respondents)))
        case .aliases(let failure):
            Console.err(phrases.console(.errorsHeader(count: failure.errors.count)))
            for issue in failure.issues { Console.err(phrases.console(.error(issue.description(language)))) }
        }
        Console.err(phrases.merge(.nothingWritten))
        return ExitCode(error.isIOError ? ExitStatus.ioError : ExitStatus.badData)
    }

    private func stop(_ error: NetworkWriteError, language: Language) -> ExitCode {
        let phrases = language.phrases
        let status: Int32
        switch error {
        case .exists(let path): Console.err(phrases.merge(.outputExists(path: path))); status = ExitStatus.usage
        case .notAFolder(let path): Console.err(phrases.merge(.outputNotAFolder(path: path))); status = ExitStatus.usage
        case let .notANetworkFolder(path, unexpected):
            Console.err(phrases.merge(.outputHoldsOtherFiles(path: path, files: unexpected))); status = ExitStatus.usage
        case let .wouldOverwriteInput(path, input):
            Console.err(phrases.merge(.outputWouldOverwriteInput(path: path, input: input))); status = ExitStatus.usage
        case .duplicateID(let id): Console.err(phrases.merge(.duplicateID(id))); status = ExitStatus.badData
        case let .cannotWrite(path, reason):
            Console.err(phrases.merge(.cannotWriteFolder(path: path, reason: reason))); status = ExitStatus.ioError
        }
        Console.err(phrases.merge(.nothingWritten))
        return ExitCode(status)
    }
}
