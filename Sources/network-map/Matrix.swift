import ArgumentParser
import Foundation
import GraphvizMap
import NetworkMap
import Reports
import Wording

extension MatrixSizeBy: ExpressibleByArgument {}

/// `network-map matrix`: the stakeholder matrix, ratings and network position in one picture.
struct MatrixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "matrix",
        abstract: "Draw the stakeholder matrix: interest across, influence up, attitude and network position in one picture.",
        discussion: """
            Every actor with Einfluss/influence and Interesse/interest (0-10) sits where its ratings put it; the
            dashed lines at 5 divide the four fields (Eng einbinden / Manage closely, Zufriedenstellen / Keep
            satisfied, Informieren / Keep informed, Beobachten / Monitor). Colour and shape show the attitude
            (blue circle supportive, grey square neutral, vermilion triangle opposed), size a network measure.
            Double outlines and bold names mark where ratings and network position disagree: hidden brokers,
            powerful but peripheral actors, opponents with reach, supporters not yet involved (the rules are in the
            README). Actors with equal ratings are grouped around their common place; actors without ratings are
            listed under the chart. Writes output/NAME-matrix.FORMAT unless -o is given. Exit code 70 when
            Graphviz fails.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case svg, pdf, png
        var map: MapFormat {
            switch self {
            case .svg: return .svg
            case .pdf: return .pdf
            case .png: return .png
            }
        }
    }

    @OptionGroup var source: NetworkArgument
    @OptionGroup var output: OutputOptions
    @OptionGroup var flags: AnalysisFlags
    @OptionGroup var excluded: ExcludeOption

    @Option(help: "svg, pdf or png. Default: from the -o file's extension, else svg.")
    var format: Format?

    @Option(help: "Marker size by: betweenness, degree or none.")
    var sizeBy: MatrixSizeBy = .betweenness

    @Flag(help: "Draw the ties between the rated actors as thin grey lines.")
    var ties = false

    func run() throws {
        let run = try analyse(source, output, flags, exclude: excluded)
        let language = run.language
        let spec = MatrixSpec(run.analysis, options: MatrixOptions(language: language, sizeBy: sizeBy, ties: ties))
        let format = self.format ?? output.output.flatMap { Format(rawValue: URL(fileURLWithPath: $0).pathExtension.lowercased()) } ?? .svg
        let data: Data
        do {
            data = try MatrixRenderer.render(spec, format: format.map,
                                             options: MatrixRenderOptions(documentDate: run.analysis.network.date))
        } catch {
            Console.err(language.phrases.console(.failure(error.description)))
            throw ExitCode(MapRenderError.exitCode)
        }
        if let path = try Console.deliver(data, to: output.output,
                                          defaultFile: "output/\(source.baseName)-matrix.\(format.rawValue)", language: language) {
            Console.err(language.phrases.console(.matrixWritten(path: path)))
        }
    }
}
