import ArgumentParser
import NetworkMap
import Wording

/// Actors and themes named in options (`--focus`, `--remove`, `--add`, `--theme`), looked up as ties look up
/// actors, with the message in the output language when the word names nothing.
enum OptionLookup {
    /// The actor `text` names, or the message that says why it names none.
    ///
    /// A user may name a private person as the data does (its id or name, which they typed themselves) or by
    /// the pseudonym the outputs show; the messages name actors only as `shown` (the prepared network, same
    /// indices) does, so that "did you mean" never offers a private person's name.
    static func actor(_ text: String, option: String, loaded: Network, shown: Network) -> Result<Int, Problem> {
        func ambiguous(_ list: [Int]) -> Result<Int, Problem> {
            .failure(Problem(.ambiguousActor(option: option, text: text, count: list.count,
                                             ids: list.map { shown.actors[$0].id }.joined(separator: ", "))))
        }
        switch loaded.matchActor(text) {
        case .found(let i): return .success(i)
        case .ambiguous(let list): return ambiguous(list)
        case .notFound: break
        }
        switch shown.matchActor(text) {
        case .found(let i): return .success(i)
        case .ambiguous(let list): return ambiguous(list)
        case .notFound(let suggestions):
            return .failure(Problem(.unknownActor(option: option, text: text, network: shown.name, suggestions: suggestions)))
        }
    }

    /// The actor `text` names; otherwise prints why and exits with the usage code.
    static func requireActor(_ text: String, option: String, loaded: Network, shown: Network, language: Language) throws -> Int {
        switch actor(text, option: option, loaded: loaded, shown: shown) {
        case .success(let i): return i
        case .failure(let problem): throw fail([problem], language: language)
        }
    }

    /// Checks that some actor works on `theme`; otherwise prints the themes there are and exits with the usage code.
    static func requireTheme(_ theme: String, option: String = "--theme", in analysis: Analysis, language: Language) throws {
        let key = Normalize.key(theme)
        guard !analysis.network.actors.contains(where: { $0.themes.contains { Normalize.key($0) == key } }) else { return }
        throw fail([Problem(.unknownTheme(option: option, theme: theme, themes: analysis.themes))], language: language)
    }

    /// Prints the problems and returns the usage exit.
    static func fail(_ problems: [Problem], language: Language) -> ExitCode {
        for problem in problems { Console.err(language.phrases.console(problem.message)) }
        return ExitCode(ExitStatus.usage)
    }

    /// What is wrong with an option's value.
    struct Problem: Error {
        let message: ConsoleMessage
        init(_ message: ConsoleMessage) { self.message = message }
    }
}
