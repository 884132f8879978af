import ArgumentParser
import NetworkMap
import Reports

/// Options of the commands that analyse: exactness and sampling.
struct AnalysisFlags: ParsableArguments {
    @Flag(help: "Compute betweenness and closeness from every actor even above 20,000 actors (slow).")
    var exact = false

    @Option(help: "Sampled sources for the estimate above 20,000 actors. Default: 1,000, fewer for very large networks (at least 200).")
    var samples: Int?

    var options: AnalysisOptions { AnalysisOptions(exact: exact, samples: samples) }
}

/// A network loaded, prepared as asked and analysed, with the language its outputs speak.
struct Analysed {
    /// The network as the files have it: options may name private persons as the data does.
    let loaded: Network
    let analysis: Analysis
    let language: Language
}

/// Loads the network, prepares it as asked (``PrivacyOption``), leaves out the actors `--exclude` names, and
/// analyses it.
///
/// With actors left out, `loaded` is the loaded network without them too, so that indices found in it (such as
/// `--focus`) are those of the analysis.
func analyse(_ source: NetworkArgument, _ output: OutputOptions, _ flags: AnalysisFlags, exclude: ExcludeOption? = nil,
             introductions: Int = 10) throws -> Analysed {
    var network = try source.loadBriefly(language: output.languageOption, privacy: output.privacy)
    let language = output.language(for: network)
    var options = flags.options
    options.introductions = introductions
    var prepared = output.privacy.prepare(network, language: language)
    if let exclude, !exclude.exclude.isEmpty {
        let left = try exclude.indices(loaded: network, shown: prepared.network, language: language)
        prepared = prepared.excluding(left)
        network = network.removingActors(left)
    }
    let progress = ProgressBar.forTerminal(actors: network.actors.count, language: language)
    let analysis = Analysis(prepared, options: options, progress: progress?.handler)
    progress?.finish()
    return Analysed(loaded: network, analysis: analysis, language: language)
}

/// Markdown or plain text for the terminal commands.
enum TextFormat: String, ExpressibleByArgument, CaseIterable {
    case md, txt
    var format: TextDocument.Format { self == .md ? .markdown : .text }
}

struct Brokers: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rank the actors through whom the network runs: brokers, their roles, and what falls apart without them.",
        discussion: """
            Ranks by betweenness (the share of shortest paths between others that run through an actor), with the
            Gould-Fernandez brokerage role between actor types, Burt's constraint, and the actors cut off without them.
            The QM office named as `home` in network.yaml gets its own paragraph (the Verstetigung question).
            """
    )
    @OptionGroup var source: NetworkArgument
    @OptionGroup var output: OutputOptions
    @OptionGroup var flags: AnalysisFlags
    @Option(help: "How many brokers to list.") var top = 10
    @Option(help: "md or txt.") var format: TextFormat = .md

    func run() throws {
        let run = try analyse(source, output, flags)
        let doc = FindingsSections(run.analysis, language: run.language).brokers(top: top)
        try Console.deliver(doc.rendered(format.format), to: output.output, language: run.language)
    }
}

struct Gaps: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the gaps: sectors and groups that do not talk, uncovered themes, single points of failure, and introductions that would close them."
    )
    @OptionGroup var source: NetworkArgument
    @OptionGroup var output: OutputOptions
    @OptionGroup var flags: AnalysisFlags
    @Option(help: "How many gaps and introductions to list.") var top = 10
    @Option(help: "md or txt.") var format: TextFormat = .md

    func run() throws {
        let run = try analyse(source, output, flags, introductions: top)
        let doc = FindingsSections(run.analysis, language: run.language).gaps(top: top)
        try Console.deliver(doc.rendered(format.format), to: output.output, language: run.language)
    }
}

struct Groups: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show isolated and loosely attached groups: separate parts, actors without ties, and communities.",
        discussion: "Communities are found with Louvain (fixed seed) weighted by tie strength; each has its E-I index."
    )
    @OptionGroup var source: NetworkArgument
    @OptionGroup var output: OutputOptions
    @OptionGroup var flags: AnalysisFlags
    @Option(help: "md or txt.") var format: TextFormat = .md

    func run() throws {
        let run = try analyse(source, output, flags)
        let doc = FindingsSections(run.analysis, language: run.language).groups()
        try Console.deliver(doc.rendered(format.format), to: output.output, language: run.language)
    }
}
