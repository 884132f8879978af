import ArgumentParser
import Foundation
import NetworkMap
import Wording

extension ExchangeFormat: ExpressibleByArgument {}

/// What `convert` writes: an exchange format, or the network as a workbook.
enum ConvertFormat: ExpressibleByArgument, Equatable {
    case exchange(ExchangeFormat)
    case xlsx

    init?(argument: String) {
        if argument.lowercased() == "xlsx" { self = .xlsx } else if let format = ExchangeFormat(argument: argument) {
            self = .exchange(format)
        } else {
            return nil
        }
    }

    static var allValueStrings: [String] { ExchangeFormat.allValueStrings + ["xlsx"] }
}

/// `network-map convert`: the network's data for other tools.
struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert a network to GraphML, GEXF (Gephi), DOT or JSON; GraphML and GEXF files are read too.",
        discussion: """
            Writes the network's data with every field of every actor and tie (extra columns included) and the settings of network.yaml, so that Gephi, yEd, networkx or igraph can open it. NETWORK may itself be a .graphml or .gexf file: `convert graph.gexf --to json` reads a Gephi export.

            Private persons are pseudonymised ('Bewohner:in 1', id person-1, without themes, area, contact, notes or extra columns) unless --show-private is given: the files are meant to leave this tool.

            Ties keep their direction in an attribute `directed`; the graph itself is declared undirected, since networkx cannot read graphs that mix directed and undirected edges. JSON follows the schema network-map/network@1 (see the README). The result goes to standard output unless -o FILE.
            """
    )

    @OptionGroup var source: NetworkArgument
    @Option(help: "The format to write: graphml, gexf, dot, json, or xlsx (a workbook that loads back as the network; written to output/NAME.xlsx unless -o).")
    var to: ConvertFormat
    @OptionGroup var output: OutputOptions

    func run() throws {
        let network = try source.loadBriefly(language: output.languageOption, privacy: output.privacy)
        let language = output.language(for: network)
        let shown = output.privacy.prepare(network, language: language)
        switch to {
        case .exchange(let format):
            try Console.deliver(Data(format.document(shown).utf8), to: output.output, language: language)
        case .xlsx:
            let document = NetworkWorkbook.document(shown.network, words: language.phrases.workbookWords)
            try Console.deliverWorkbook(document, to: output.output, defaultFile: "output/\(source.baseName).xlsx",
                                        language: language)
        }
    }
}
