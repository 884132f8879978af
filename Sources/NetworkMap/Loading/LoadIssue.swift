/// One problem found while loading a network: an error that stops the load, or a warning that does not.
///
/// Every issue carries its text in English and German (written in `LoadMessages.swift`); the command line
/// picks the language the user works in with ``description(_:)``.
public struct LoadIssue: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error, warning
    }

    public var severity: Severity
    /// The file, line and column the problem is in; `nil` for problems of the whole network.
    public var location: SourceLocation?
    /// What is wrong, in plain English words.
    public var message: String
    /// What to do about it, in English.
    public var hint: String?
    /// What is wrong, in plain German words.
    public var messageDE: String
    /// What to do about it, in German.
    public var hintDE: String?

    /// An issue with its text in both languages.
    public init(_ severity: Severity, at location: SourceLocation? = nil, en: String, de: String,
                hintEN: String? = nil, hintDE: String? = nil) {
        self.severity = severity; self.location = location
        self.message = en; self.messageDE = de; self.hint = hintEN; self.hintDE = hintDE
    }

    /// What is wrong, in `language`.
    public func message(_ language: Language) -> String {
        language == .de ? messageDE : message
    }

    /// What to do about it, in `language`.
    public func hint(_ language: Language) -> String? {
        language == .de ? hintDE : hint
    }

    /// The issue as one line in `language`, with its place first.
    ///
    /// For example:
    ///
    /// - en: `ties.csv, line 12, column "An": "Kita Sonnenschien" names no actor. Did you mean "Kita Sonnenschein"?`
    /// - de: `ties.csv, Zeile 12, Spalte „An“: „Kita Sonnenschien“ ist kein bekannter Akteur. Meinten Sie „Kita Sonnenschein“?`
    ///
    /// The severity is not part of the text; the caller says "error" or "Fehler" itself.
    public func description(_ language: Language) -> String {
        var text = location.map { Self.place($0, language) + ": " } ?? ""
        text += message(language)
        if let hint = hint(language) { text += " " + hint }
        return text
    }

    /// The issue in English (see ``description(_:)``).
    public var description: String { description(.en) }
}

/// A network that loaded, with the warnings found on the way.
public struct LoadResult: Sendable {
    public var network: Network
    public var warnings: [LoadIssue]

    public init(network: Network, warnings: [LoadIssue]) {
        self.network = network; self.warnings = warnings
    }

    /// The network's language from its settings, if it names one.
    public var language: Language? { network.language }
}

/// A network that did not load: every error found (not only the first) and the warnings.
///
/// `isIOError` says that a file could not be read at all (a missing or unreadable path: exit code 74);
/// otherwise the data is bad (exit code 65).
public struct LoadFailure: Error, Sendable, CustomStringConvertible {
    public var errors: [LoadIssue]
    public var warnings: [LoadIssue]
    public var isIOError: Bool
    /// The language `network.yaml` names, when the settings could be read before the load failed; `nil` otherwise.
    ///
    /// The messages of a failed load are best shown in the language the network is written in.
    public var language: Language?

    public init(errors: [LoadIssue], warnings: [LoadIssue] = [], isIOError: Bool = false, language: Language? = nil) {
        self.errors = errors; self.warnings = warnings; self.isIOError = isIOError; self.language = language
    }

    /// The errors in `language`, one per line.
    public func description(_ language: Language) -> String {
        errors.map { $0.description(language) }.joined(separator: "\n")
    }

    /// The errors in English, one per line.
    public var description: String { description(.en) }
}
