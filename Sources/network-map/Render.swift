import ArgumentParser
import Foundation
import GraphvizMap
import NetworkMap
import Reports
import Wording

extension MapFormat: ExpressibleByArgument {}
extension MapColorBy: ExpressibleByArgument {}
extension MapClusterBy: ExpressibleByArgument {}
extension MapChoices.Size: ExpressibleByArgument {}

/// `network-map render`: the map, drawn through Graphviz's C library.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw the network map (SVG, PDF, PNG or DOT) through Graphviz.",
        discussion: """
            Colour and shape show the actor type, line style the kind of tie (conflict red, funding with an arrow),
            line width the strength, node size a measure. Top brokers get a double outline, isolated groups a
            dashed one. Writes output/NAME-map.FORMAT unless -o is given. Exit code 70 when Graphviz fails.
            """
    )

    @OptionGroup var source: NetworkArgument
    @OptionGroup var output: OutputOptions
    @OptionGroup var flags: AnalysisFlags
    @OptionGroup var excluded: ExcludeOption

    @Option(help: "svg, pdf, png or dot. Default: from the -o file's extension, else svg.")
    var format: MapFormat?

    @Option(help: "Graphviz layout engine (neato, fdp, sfdp, dot, circo, twopi). Default: chosen by size.")
    var layout: String?

    @Option(help: """
        Colour by: type, community, area, theme, attitude, or local (inside or outside the quarter: the lokal/local \
        column, else the areas network.yaml lists as outside_areas).
        """)
    var colorBy: MapColorBy = .type

    @Option(help: "Node size by: betweenness, degree, pagerank, influence or none.")
    var sizeBy: MapChoices.Size = .betweenness

    @Option(help: "Draw groups as clusters: community, area, type or theme.")
    var clusterBy: MapClusterBy?

    @Option(help: """
        What to mark, comma-separated: brokers, bridges, isolated, introductions, unconfirmed (a merged network's \
        one-sided and unverifiable ties, dashed), or none.
        """)
    var highlight: String = "brokers,isolated"

    @Option(help: "Draw only this actor's neighbourhood (id or name).")
    var focus: String?

    @Option(help: "Steps around the --focus actor.")
    var depth = 1

    @Option(help: "Draw only the actors working on this theme.")
    var theme: String?

    @Option(help: "Draw only actors of these types (comma-separated, e.g. verein,business).")
    var type: String?

    @Option(help: "How many top brokers to outline.")
    var brokers = 5

    func validate() throws {
        let known = Set(["brokers", "bridges", "isolated", "introductions", "unconfirmed", "none"])
        for mark in marks where !known.contains(mark) {
            throw ValidationError(output.usageLanguage.phrases.console(.unknownMark(mark)))
        }
        if depth < 0 { throw ValidationError(output.usageLanguage.phrases.console(.negativeDepth)) }
    }

    var marks: Set<String> {
        Set(highlight.split(separator: ",").map { Normalize.key(String($0)) }.filter { !$0.isEmpty })
    }

    func run() throws {
        let run = try analyse(source, output, flags, exclude: excluded)
        let analysis = run.analysis, language = run.language
        let network = analysis.network
        var selection: Set<Int>?
        var highlighted = Set<Int>()
        var focusName: String?
        if let focus {
            let v = try OptionLookup.requireActor(focus, option: "--focus", loaded: run.loaded, shown: network, language: language)
            selection = network.neighbourhood(of: v, depth: depth)
            highlighted.insert(v)
            focusName = network.actors[v].name
        }
        if let theme {
            try OptionLookup.requireTheme(theme, in: analysis, language: language)
            let members = network.actorIndices(withTheme: theme)
            selection = selection.map { $0.intersection(members) } ?? members
        }
        if let type {
            var types = Set<ActorType>()
            for word in type.split(separator: ",") {
                let text = String(word)
                if let t = ActorType(named: text, custom: network.customActorTypes) { types.insert(t); continue }
                let valid = ActorType.builtIn.map { language.phrases.label($0, plural: false, custom: []) }.joined(separator: ", ")
                throw OptionLookup.fail([OptionLookup.Problem(.unknownType(text: text, valid: valid))], language: language)
            }
            let members = network.actorIndices(ofTypes: types)
            selection = selection.map { $0.intersection(members) } ?? members
        }

        let marks = Set(self.marks.compactMap(MapChoices.Mark.init(rawValue:)))
        let choices = MapChoices(colorBy: colorBy, sizeBy: sizeBy, marks: marks, brokers: brokers, clusterBy: clusterBy)
        let options = choices.options(analysis, language: language, selection: selection, highlighted: highlighted,
                                      focusName: focusName)
        let phrases = language.phrases
        let spec = MapSpec(analysis, options: options)

        let format = self.format ?? output.output.flatMap { MapFormat(rawValue: URL(fileURLWithPath: $0).pathExtension.lowercased()) } ?? .svg
        var renderOptions = RenderOptions(layout: layout)
        renderOptions.documentDate = network.date
        try refuseOversizedMap(spec, language: language)
        let data: Data
        do {
            data = try MapRenderer.render(spec, format: format, options: renderOptions)
        } catch {
            Console.err(phrases.console(.failure(error.description)))
            throw ExitCode(MapRenderError.exitCode)
        }
        if let path = try Console.deliver(data, to: output.output, defaultFile: "output/\(source.baseName)-map.\(format.rawValue)",
                                          language: language) {
            Console.err(phrases.console(.mapWritten(path: path)))
        }
    }
}
