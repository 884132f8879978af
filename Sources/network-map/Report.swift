import ArgumentParser
import GraphvizMap
import NetworkMap
import Reports
import Wording

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the whole analysis: Markdown, plain text, JSON, CSV or an interactive HTML page.",
        discussion: """
            md and txt: the report to paste into a report to the city (overview, key actors, the QM office,
            gaps and introductions, isolated groups, themes, cautions, method).
            json: the schema network-map/report@1 (see the README).
            csv: one row per actor with every measure; with --lang de semicolons, decimal commas and a
            byte order mark, so a German Excel opens it by double-click.
            html: one self-contained page with the map, search, click-to-highlight, filters and the findings.
            Reports go to standard output unless -o FILE.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case md, txt, json, csv, html, xlsx }

    @OptionGroup var source: NetworkArgument
    @OptionGroup var output: OutputOptions
    @OptionGroup var flags: AnalysisFlags
    @OptionGroup var excluded: ExcludeOption
    @Option(help: "md, txt, json, csv, html, or xlsx (a results workbook, written to output/NAME-results.xlsx unless -o).")
    var format: Format = .md
    @Option(help: "How many brokers, gaps and introductions to list.") var top = 10

    func run() throws {
        let run = try analyse(source, output, flags, exclude: excluded, introductions: top)
        let analysis = run.analysis, language = run.language
        let text: String
        switch format {
        case .xlsx:
            let path = try Console.deliverWorkbook(WorkbookReport.document(analysis, language: language),
                                                   to: output.output, defaultFile: "output/\(source.baseName)-results.xlsx",
                                                   language: language)
            announce(path, language)
            return
        case .json:
            // As bytes: a city's report is about 100 MB, which a String and its UTF-8 copy would hold twice more.
            announce(try Console.deliver(JSONReport.data(analysis, language: language), to: output.output,
                                         language: language), language)
            return
        case .csv:
            text = CSVReport.render(analysis, language: language)
        case .html:
            let svg: String, matrix: String
            do {
                svg = try HTMLReport.mapSVG(analysis, language: language, top: top)
                matrix = try HTMLReport.matrixSVG(analysis, language: language)
            } catch {
                Console.err(language.phrases.console(.failure("\(error)")))
                throw ExitCode(ExitStatus.renderingFailed)
            }
            text = HTMLReport.render(analysis, language: language, svg: svg, matrixSVG: matrix, top: top)
        case .md, .txt:
            text = FullReport(analysis, language: language, top: top).document.rendered(format == .md ? .markdown : .text)
        }
        announce(try Console.deliver(text, to: output.output, language: language), language)
    }

    /// Says where the report went when it went to a file (as render, matrix and handout do); nothing on
    /// standard output, where the report itself is the output.
    private func announce(_ path: String?, _ language: Language) {
        if let path { Console.err(language.phrases.console(.reportWritten(path: path))) }
    }
}
