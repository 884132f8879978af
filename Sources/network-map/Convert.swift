import ArgumentParser
import Foundation
import NetworkMap

extension ExchangeFormat: ExpressibleByArgument {}

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
    @Option(help: "The format to write: graphml, gexf, dot or json.") var to: ExchangeFormat
    @OptionGroup var output: OutputOptions

    func run() throws {
        let network = try source.loadBriefly(language: output.languageOption)
        let shown = output.privacy.prepare(network, language: output.language(for: network))
        try Console.deliver(Data(to.document(shown).utf8), to: output.output, language: output.language(for: network))
    }
}
