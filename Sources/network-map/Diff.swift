import ArgumentParser
import Foundation
import GraphvizMap
import NetworkMap
import Reports
import Wording

/// `network-map diff`: what changed between two snapshots.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two snapshots: actors and ties added and lost, who gained or lost weight, which gaps closed.",
        discussion: """
            Either two network folders (an older and a newer snapshot with the same actor ids):
              network-map diff networks/muehlenviertel networks/muehlenviertel-2026
            or one network on two dates, using the ties' since/until dates:
              network-map diff networks/muehlenviertel-2026 --as-of 2025-10-01 --to 2026-10-01
            With --format svg, pdf or png it draws the newer snapshot with the changes marked instead (output/NAME-diff.FORMAT unless -o): new actors with a double teal outline, new ties as thick teal double lines, ties lost between actors still there grey and dotted; lost actors are named in the captions.
            Actors are matched by id, ties by their two actors and kind. Also lists the introductions suggested for the older snapshot that have happened since. Private persons are pseudonymised alike in both snapshots unless --show-private.
            """
    )

    typealias Format = WhatIfCommand.Format

    @Argument(help: "The older snapshot (a network folder or file), or the one network with --as-of and --to.")
    var old: String
    @Argument(help: "The newer snapshot.") var new: String?
    @Option(help: "With one network: the earlier date (2025-10-01).") var asOf: String?
    @Option(help: "With one network: the later date.") var to: String?
    @Option(help: "md, txt or json; or a map: svg, pdf or png. Default: from the -o file's extension, else md.")
    var format: Format?
    @Option(help: "How many changed actors to list.") var top = 10
    @OptionGroup var output: OutputOptions
    @OptionGroup var flags: AnalysisFlags

    func validate() throws {
        if new != nil {
            if asOf != nil || to != nil {
                throw ValidationError(output.usageLanguage.phrases.console(.networksAndDates))
            }
            return
        }
        guard let asOf, let to else {
            throw ValidationError(output.usageLanguage.phrases.console(.networksOrDates))
        }
        for (option, text) in [("--as-of", asOf), ("--to", to)] where Day(parsing: text) == nil {
            throw ValidationError(output.usageLanguage.phrases.console(.notADate(option: option, text: text)))
        }
    }

    func run() throws {
        let older: Network, newer: Network
        if let new {
            older = try NetworkArgument.parse([old]).loadBriefly(language: output.languageOption, privacy: output.privacy)
            newer = try NetworkArgument.parse([new]).loadBriefly(language: output.languageOption, privacy: output.privacy)
        } else {
            let network = try NetworkArgument.parse([old]).loadBriefly(language: output.languageOption, privacy: output.privacy)
            guard let first = asOf.flatMap(Day.init(parsing:)), let second = to.flatMap(Day.init(parsing:)) else {
                throw ExitCode(ExitStatus.usage)
            }
            older = network.asOf(first)
            newer = network.asOf(second)
        }
        let language = output.language(for: newer)
        let (a, b) = output.privacy.prepare(older, newer, language: language)
        let diff = NetworkDiff(old: Analysis(a, options: flags.options), new: Analysis(b, options: flags.options))
        let text: String
        let format = Format.resolve(self.format, output: output.output)
        switch format {
        case .json: text = DiffReport.json(diff, language: language).rendered() + "\n"
        case .md: text = DiffReport.document(diff, language: language, top: top).rendered(.markdown)
        case .txt: text = DiffReport.document(diff, language: language, top: top).rendered(.text)
        case .svg, .pdf, .png:
            let map = ScenarioMaps.diff(diff, language: language)
            let name = try NetworkArgument.parse([new ?? old]).baseName
            return try deliverMap(map, format: format.rawValue, output: output.output,
                                  defaultName: "\(name)-diff", date: b.network.date, language: language)
        }
        try Console.deliver(text, to: output.output, language: language)
    }
}
