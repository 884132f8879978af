import ArgumentParser
import NetworkMap

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

    func run() throws {
        let result = try source.load(language: languageOption)
        let network = result.network
        // The summary speaks the language of the warnings above it.
        let language = languageOption.language(for: result.language)
        Console.out(CheckSummary(network: network, warnings: result.warnings.count, language: language).text)
    }
}

/// The plain summary `check` prints.
struct CheckSummary {
    let network: Network
    let warnings: Int
    let language: Language

    var text: String {
        let de = language == .de
        var lines: [String] = []
        let date = network.date.map { de ? ", Stand \($0)" : ", as of \($0)" } ?? ""
        lines.append("\(network.name)\(date)")
        lines.append(de ? "  \(network.actors.count) Akteure, \(network.ties.count) Beziehungen"
                        : "  \(network.actors.count) actors, \(network.ties.count) ties")
        var typeCounts: [ActorType: Int] = [:]
        for actor in network.actors { typeCounts[actor.type, default: 0] += 1 }
        lines.append(de ? "  Akteure nach Typ:" : "  Actors by type:")
        for type in typeCounts.keys.sorted() {
            lines.append(row(type.pluralLabel(language, custom: network.customActorTypes), typeCounts[type] ?? 0))
        }
        var kindCounts: [TieKind: Int] = [:]
        for tie in network.ties { kindCounts[tie.kind, default: 0] += 1 }
        if !kindCounts.isEmpty {
            lines.append(de ? "  Beziehungen nach Art:" : "  Ties by kind:")
            for kind in kindCounts.keys.sorted() {
                lines.append(row(kind.label(language, custom: network.customTieKinds), kindCounts[kind] ?? 0))
            }
        }
        let privateCount = network.actors.filter(\.isPrivate).count
        if privateCount > 0 {
            lines.append(de ? "  Privatpersonen (in allen Ausgaben pseudonymisiert): \(privateCount)"
                            : "  Private persons (pseudonymised in every output): \(privateCount)")
        }
        if let home = network.home, let office = network.actor(withID: home) {
            lines.append(de ? "  QM-Büro: \(office.name)" : "  Home (QM office): \(office.name)")
        }
        switch warnings {
        case 0: lines.append(de ? "OK: keine Fehler, keine Warnungen." : "OK: no errors, no warnings.")
        case 1: lines.append(de ? "OK: keine Fehler, 1 Warnung (siehe oben)." : "OK: no errors, 1 warning (see above).")
        default: lines.append(de ? "OK: keine Fehler, \(warnings) Warnungen (siehe oben)." : "OK: no errors, \(warnings) warnings (see above).")
        }
        return lines.joined(separator: "\n")
    }

    private func row(_ label: String, _ count: Int) -> String {
        let padded = label.count < 28 ? label + String(repeating: " ", count: 28 - label.count) : label + " "
        let number = String(count)
        return "    " + padded + String(repeating: " ", count: max(0, 5 - number.count)) + number
    }
}
