import ArgumentParser
import NetworkMap
import Reports

/// Actors and themes named in options (`--focus`, `--remove`, `--add`, `--theme`), looked up as ties look up
/// actors, with the message in the output language when the word names nothing.
enum OptionLookup {
    /// The actor `text` names, or the sentence that says why it names none.
    static func actor(_ text: String, option: String, in network: Network, language: Language) -> Result<Int, Problem> {
        let de = language == .de
        switch network.matchActor(text) {
        case .found(let i):
            return .success(i)
        case .ambiguous(let list):
            let ids = list.map { network.actors[$0].id }.joined(separator: ", ")
            return .failure(Problem(de
                ? "\(option) „\(text)“ passt auf \(list.count) Akteure mit diesem Namen (ids \(ids)); geben Sie die id an."
                : "\(option) \"\(text)\" could mean \(list.count) actors with this name (ids \(ids)); use the id."))
        case .notFound(let suggestions):
            let quoted = suggestions.map { de ? "„\($0)“" : "\"\($0)\"" }
            let hint = suggestions.isEmpty
                ? (de ? " Schreiben Sie den Namen oder die id wie in der Akteursdatei." : " Write the name or id as in the actors file.")
                : (de ? " Meinten Sie " + quoted.joined(separator: " oder ") + "?" : " Did you mean " + quoted.joined(separator: " or ") + "?")
            return .failure(Problem(de
                ? "\(option) „\(text)“ ist kein Akteur von \(network.name).\(hint)"
                : "\(option) \"\(text)\" names no actor of \(network.name).\(hint)"))
        }
    }

    /// The actor `text` names; otherwise prints why and exits with the usage code.
    static func requireActor(_ text: String, option: String, in network: Network, language: Language) throws -> Int {
        switch actor(text, option: option, in: network, language: language) {
        case .success(let i): return i
        case .failure(let problem): throw fail([problem], language: language)
        }
    }

    /// Checks that some actor works on `theme`; otherwise prints the themes there are and exits with the usage code.
    static func requireTheme(_ theme: String, option: String = "--theme", in analysis: Analysis, language: Language) throws {
        let key = Normalize.key(theme)
        guard !analysis.network.actors.contains(where: { $0.themes.contains { Normalize.key($0) == key } }) else { return }
        let de = language == .de
        let themes = Strings(language, analysis: analysis).list(analysis.themes.map { de ? "„\($0)“" : "\"\($0)\"" }, limit: 20)
        throw fail([Problem(de ? "\(option): Zum Thema „\(theme)“ ist kein Akteur aktiv. Themen: \(themes)."
                               : "\(option): no actor works on \"\(theme)\". Themes: \(themes).")], language: language)
    }

    /// Prints the problems and returns the usage exit.
    static func fail(_ problems: [Problem], language: Language) -> ExitCode {
        for problem in problems { Console.err((language == .de ? "Fehler: " : "error: ") + problem.text) }
        return ExitCode(ExitStatus.usage)
    }

    /// A sentence that says what is wrong with an option's value.
    struct Problem: Error {
        let text: String
        init(_ text: String) { self.text = text }
    }
}
