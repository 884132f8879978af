import ArgumentParser
import NetworkMap
import Reports

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the whole analysis: md, txt or json.",
        discussion: "JSON follows the schema network-map/report@1 (see the README). Reports go to standard output unless -o FILE."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case md, txt, json }

    @OptionGroup var source: NetworkArgument
    @OptionGroup var output: OutputOptions
    @OptionGroup var flags: AnalysisFlags
    @Option(help: "md, txt or json.") var format: Format = .md
    @Option(help: "How many brokers, gaps and introductions to list.") var top = 10

    func run() throws {
        let (analysis, language) = try analyse(source, output, flags, introductions: top)
        let text: String
        switch format {
        case .json:
            text = JSONReport.render(analysis, language: language)
        case .md, .txt:
            let sections = FindingsSections(analysis, language: language)
            var doc = TextDocument()
            doc.heading(1, "\(analysis.network.name)")
            doc.append(sections.brokers(top: top))
            doc.append(sections.gaps(top: top))
            doc.append(sections.groups())
            text = doc.rendered(format == .md ? .markdown : .text)
        }
        try Console.deliver(text, to: output.output)
    }
}
