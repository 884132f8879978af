import ArgumentParser
import Foundation
import GraphvizMap
import NetworkMap
import Reports
import Wording

/// `network-map whatif`: the network without some actors, or with planned ties.
struct WhatIfCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whatif",
        abstract: "What breaks when actors leave, and what mends with planned new ties.",
        discussion: """
            Examples: what if the QM office's funding ends, or a key volunteer moves away?
              network-map whatif networks/muehlenviertel --remove qm-buero
              network-map whatif networks/muehlenviertel --remove qm-buero --add "ni-nord -- nachbarschaftshaus"
              network-map whatif networks/muehlenviertel --remove qm-buero --format pdf

            ACTOR is an actor's id or name, matched as in ties.csv (case and spaces do not matter). Shows the separate parts and the actors without ties before and after, the groups cut off from the main network, the change in fragmentation, and how much of the rest each actor type and each group can still reach. With --format svg, pdf or png it draws the map of the loss instead (output/NAME-whatif.FORMAT unless -o): who leaves greyed and crossed with a red dashed outline, their ties grey and dotted, who is cut off with a thick dark red outline, planned ties blue and dashed. Private persons are pseudonymised unless --show-private. An unknown actor is a usage error (exit code 64) with the closest names.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case md, txt, json, svg, pdf, png }

    @OptionGroup var source: NetworkArgument
    @Option(parsing: .upToNextOption, help: "Actors who leave (id or name); several may follow one --remove.")
    var remove: [String] = []
    @Option(help: "A planned tie, written \"A -- B\" (ids or names); repeat for several.")
    var add: [String] = []
    @Option(help: "md, txt or json; or a map: svg, pdf or png. Default: from the -o file's extension, else md.")
    var format: Format?
    @OptionGroup var output: OutputOptions
    @OptionGroup var flags: AnalysisFlags

    func validate() throws {
        if remove.isEmpty && add.isEmpty {
            throw ValidationError(output.usageLanguage.phrases.console(.nothingToChange))
        }
        for text in add where Self.split(text) == nil {
            throw ValidationError(output.usageLanguage.phrases.console(.notATie(text)))
        }
    }

    /// "A -- B" as its two names.
    static func split(_ text: String) -> (String, String)? {
        guard let range = text.range(of: "--") else { return nil }
        let a = text[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
        let b = text[range.upperBound...].trimmingCharacters(in: .whitespaces)
        return a.isEmpty || b.isEmpty ? nil : (a, b)
    }

    func run() throws {
        let network = try source.loadBriefly(language: output.languageOption, privacy: output.privacy)
        let language = output.language(for: network)
        let shown = output.privacy.prepare(network, language: language)
        var problems: [OptionLookup.Problem] = []
        func resolve(_ text: String, option: String) -> Int? {
            switch OptionLookup.actor(text, option: option, loaded: network, shown: shown.network) {
            case .success(let i): return i
            case .failure(let problem): problems.append(problem); return nil
            }
        }
        let removed = remove.compactMap { resolve($0, option: "--remove") }
        var planned: [PlannedTie] = []
        for text in add {
            guard let (a, b) = Self.split(text) else { continue }
            let x = resolve(a, option: "--add"), y = resolve(b, option: "--add")
            if let x, let y {
                if x == y {
                    problems.append(OptionLookup.Problem(.joinsItself(text: text)))
                } else {
                    planned.append(PlannedTie(source: x, target: y))
                }
            }
        }
        guard problems.isEmpty else { throw OptionLookup.fail(problems, language: language) }
        let scenario = WhatIf(Analysis(shown, options: flags.options), removing: removed, adding: planned)
        let text: String
        switch Format.resolve(format, output: output.output) {
        case .json: text = WhatIfReport.json(scenario, language: language).rendered() + "\n"
        case .md: text = WhatIfReport.document(scenario, language: language).rendered(.markdown)
        case .txt: text = WhatIfReport.document(scenario, language: language).rendered(.text)
        case .svg, .pdf, .png:
            let map = ScenarioMaps.whatIf(scenario, language: language)
            return try deliverMap(map, format: Format.resolve(format, output: output.output).rawValue,
                                  output: output.output, defaultName: "\(source.baseName)-whatif",
                                  date: network.date, language: language)
        }
        try Console.deliver(text, to: output.output, language: language)
    }
}
