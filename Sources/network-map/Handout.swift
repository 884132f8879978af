import ArgumentParser
import Foundation
import GraphvizMap
import NetworkMap
import Reports
import Wording

/// `network-map handout`: the A4 PDF to print for a coordination meeting.
struct HandoutCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "handout",
        abstract: "Write the printable A4 handout (PDF) for a coordination meeting.",
        discussion: """
            One A4 sheet printed on both sides: on the front the map with legend and captions, the key figures
            and the QM office's share of the network; on the back the brokers, gaps with suggested introductions,
            the stakeholder matrix (influence, interest and network position), questions for discussion and a
            data-protection line. --detailed gives the longer version (at most four pages): the map, the matrix on
            a page of its own, then every section in short sentences, questions, and a suggested invitation list
            with the reason for each. Reads well printed in black and white. A large network's map shows its core (the actors most paths
            run through), so that names stay readable; the rest is summarised under the map.
            With --since OLD_NETWORK (an earlier snapshot, e.g. networks/muehlenviertel for
            networks/muehlenviertel-2026) a short section says what changed since: the QM office's share of paths then
            and now, actors and ties added and lost, gaps closed and opened, introductions suggested then that happened;
            private persons keep the same pseudonym in both snapshots.
            Writes output/NAME-handout.pdf unless -o is given. Exit code 70 when the PDF cannot be drawn.
            """
    )

    @OptionGroup var source: NetworkArgument
    @OptionGroup var output: OutputOptions
    @OptionGroup var flags: AnalysisFlags
    @OptionGroup var excluded: ExcludeOption

    @Flag(help: "The longer handout: the matrix on a page of its own, every section and the invitation list (up to four pages).")
    var detailed = false

    @Option(help: "Title of the first page. Default: 'Netzwerk NAME' / 'Network NAME'.")
    var title: String?

    @Option(help: "Centre the handout on one actor (id or name): the map shows its contacts, the findings what concerns it.")
    var focus: String?

    @Option(help: "Centre the handout on one theme: the actors working on it.")
    var theme: String?

    @Option(help: "An earlier snapshot of the network (a folder or file): the handout says what changed since.")
    var since: String?

    @Option(help: "At most this many actors on the map (fewer when names would print too small).")
    var mapActors = 60

    func validate() throws {
        if focus != nil && theme != nil { throw ValidationError(output.usageLanguage.phrases.console(.focusAndTheme)) }
        if mapActors < 5 { throw ValidationError(output.usageLanguage.phrases.console(.tooFewMapActors)) }
    }

    func run() throws {
        let (run, previous) = try analyseSnapshots()
        let analysis = run.analysis, language = run.language
        var options = HandoutOptions(language: language, title: title, mapActorLimit: mapActors, since: previous,
                                     detailed: detailed)
        if let focus {
            options.focus = try OptionLookup.requireActor(focus, option: "--focus", loaded: run.loaded, shown: analysis.network,
                                                          language: language)
        }
        if let theme {
            try OptionLookup.requireTheme(theme, in: analysis, language: language)
            options.theme = theme
        }
        let data: Data
        do {
            data = try Handout.pdf(analysis, options: options)
        } catch {
            Console.err(language.phrases.console(.handoutFailed(error.description)))
            throw ExitCode(HandoutError.exitCode)
        }
        if let path = try Console.deliver(data, to: output.output, defaultFile: "output/\(source.baseName)-handout.pdf",
                                          language: language) {
            Console.err(language.phrases.console(.handoutWritten(path: path)))
        }
    }

    /// The network's analysis and, with --since, the earlier snapshot's, both prepared alike and both without
    /// the actors --exclude names (found in the newer snapshot; the same actors are left out of the older one).
    ///
    /// A missing or broken --since network exits like any other load (74 unreadable, 65 bad data).
    func analyseSnapshots() throws -> (Analysed, Analysis?) {
        guard let since else { return (try analyse(source, output, flags, exclude: excluded, introductions: 10), nil) }
        var newer = try source.loadBriefly(language: output.languageOption, privacy: output.privacy)
        let older = try NetworkArgument.parse([since]).loadBriefly(language: output.languageOption, privacy: output.privacy)
        let language = output.language(for: newer)
        var (a, b) = output.privacy.prepare(older, newer, language: language)
        if !excluded.exclude.isEmpty {
            let left = try excluded.indices(loaded: newer, shown: b.network, language: language)
            let ids = Set(left.map { b.network.actors[$0].id })
            b = b.excluding(left)
            newer = newer.removingActors(left)
            a = a.excluding(Set(a.network.actors.indices.filter { ids.contains(a.network.actors[$0].id) }))
        }
        var options = flags.options
        options.introductions = 10
        let progress = ProgressBar.forTerminal(actors: newer.actors.count, language: language)
        let analysis = Analysis(b, options: options, progress: progress?.handler)
        let previous = Analysis(a, options: options)
        progress?.finish()
        return (Analysed(loaded: newer, analysis: analysis, language: language), previous)
    }
}
