import ArgumentParser
import NetworkMap
import Wording

/// `network-map check`: load, validate and count.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load a network and check it: counts, warnings and every error at once.",
        discussion: """
            Prints the number of actors and ties, the actors per type and ties per kind, and warnings
            (merged duplicate ties, actors without ties, unknown columns kept). Errors name the file,
            the line and the column and say what to do. Exit code 65 when the data has errors.
            """
    )

    @OptionGroup var source: NetworkArgument

    @OptionGroup var languageOption: LanguageOption
    @OptionGroup var privacy: PrivacyOption

    func run() throws {
        let result = try source.load(language: languageOption, privacy: privacy)
        // The summary speaks the language of the warnings above it.
        let language = languageOption.language(for: result.language)
        // Warnings and summary name actors as every output does: a private person by the pseudonym.
        let shown = privacy.prepare(result.network, language: language)
        Console.printWarnings(shown.naming(result.warnings), language)
        Console.out(CheckSummary(network: result.network, shown: shown.network, warnings: result.warnings.count,
                                 workbooks: result.workbooks, language: language).text)
    }
}

/// The plain summary `check` prints: counts of the loaded network, names as the prepared one shows them.
struct CheckSummary {
    let network: Network
    let shown: Network
    let warnings: Int
    var workbooks: [WorkbookUse] = []
    let language: Language

    var text: String {
        let phrases = language.phrases
        var lines = [phrases.console(.checkTitle(network: network.name, date: network.date)),
                     phrases.console(.checkCounts(actors: network.actors.count, ties: network.ties.count))]
        var typeCounts: [ActorType: Int] = [:]
        for actor in network.actors { typeCounts[actor.type, default: 0] += 1 }
        lines.append(phrases.console(.actorsByType))
        for type in typeCounts.keys.sorted() {
            lines.append(row(phrases.label(type, plural: true, custom: network.customActorTypes), typeCounts[type] ?? 0))
        }
        var kindCounts: [TieKind: Int] = [:]
        for tie in network.ties { kindCounts[tie.kind, default: 0] += 1 }
        if !kindCounts.isEmpty {
            lines.append(phrases.console(.tiesByKind))
            for kind in kindCounts.keys.sorted() {
                lines.append(row(phrases.label(kind, custom: network.customTieKinds), kindCounts[kind] ?? 0))
            }
        }
        let privateCount = network.actors.filter(\.isPrivate).count
        if privateCount > 0 { lines.append(phrases.console(.privatePersons(privateCount))) }
        if let home = shown.home, let office = shown.actor(withID: home) { lines.append(phrases.console(.home(office.name))) }
        for use in workbooks {
            lines.append(phrases.console(.sheetsUsed(file: use.file, actors: use.actorsSheet, ties: use.tiesSheet)))
            let hidden = use.skipped.filter { $0.reason == .hidden }.map(\.name)
            let ignored = use.skipped.filter { $0.reason == .markedIgnore }.map(\.name)
            if !hidden.isEmpty || !ignored.isEmpty || !use.unused.isEmpty {
                lines.append(phrases.console(.sheetsSkipped(hidden: hidden, ignored: ignored, unused: use.unused)))
            }
        }
        lines.append(phrases.console(.checkOK(warnings: warnings)))
        return lines.joined(separator: "\n")
    }

    private func row(_ label: String, _ count: Int) -> String {
        let padded = label.count < 28 ? label + String(repeating: " ", count: 28 - label.count) : label + " "
        let number = String(count)
        return "    " + padded + String(repeating: " ", count: max(0, 5 - number.count)) + number
    }
}
