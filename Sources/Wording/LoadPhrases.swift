import Foundation
import NetworkMap

/// What is wrong with a loaded file and what to do about it, as one table of a language says it.
public struct IssueText: Hashable, Sendable {
    /// What is wrong, in words a non-programmer understands.
    public var message: String
    /// What to do about it.
    public var hint: String?

    public init(_ message: String, hint: String? = nil) { self.message = message; self.hint = hint }
}

/// The loader's problems in words.
public protocol LoadPhrases {
    /// The message and hint of a problem.
    func text(_ problem: LoadProblem) -> IssueText
    /// What a value in a message about a setting reads as (the text written, or "(eine Liste)").
    func shown(_ value: LoadProblem.ShownValue) -> String
    /// What a setting should have held: "eine Zahl von 0 bis 10".
    func expected(_ value: LoadProblem.ExpectedValue) -> String
    /// The header of a column as this language's template writes it ("Von" / "source").
    func header(_ column: LoadProblem.TableColumn) -> String
}

extension LoadProblem.TableColumn {
    /// The header as the English template writes it, which every language's data may use too.
    public var englishHeader: String {
        switch self {
        case .actors(let column): return column.rawValue
        case .ties(let column): return column.rawValue
        }
    }
}

extension Grammar {
    /// `ties.csv, Zeile 12, Spalte „An“`, `netz.xlsx, Beziehungen!B9 (Spalte „An“)`; line 0 is the whole file
    /// (or the whole sheet).
    public func place(_ location: SourceLocation) -> String {
        var text = shown(location.file)
        if let sheet = location.sheet.map(shown) {
            let name = sheet.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
                ? sheet : "'" + sheet.replacingOccurrences(of: "'", with: "''") + "'"
            if let cell = location.cell {
                text += ", \(name)!\(cell)"
                if let column = location.column { text += " (\(columnWord) \(quoted(column)))" }
                return text
            }
            text += ", \(name)"
        }
        if location.line > 0 { text += ", \(lineWord) \(location.line)" }
        if let column = location.column { text += ", \(columnWord) " + quoted(column) }
        return text
    }
}

extension LoadIssue {
    /// What is wrong, in `language`.
    public func message(_ language: Language) -> String { language.phrases.text(problem).message }

    /// What to do about it, in `language`.
    public func hint(_ language: Language) -> String? { language.phrases.text(problem).hint }

    /// The issue as one line in `language`, with its place first.
    ///
    /// For example:
    ///
    /// - en: `ties.csv, line 12, column "An": "Kita Sonnenschien" names no actor. Did you mean "Kita Sonnenschein"?`
    /// - de: `ties.csv, Zeile 12, Spalte „An“: „Kita Sonnenschien“ ist kein bekannter Akteur. Meinten Sie „Kita Sonnenschein“?`
    ///
    /// The severity is not part of the text; the caller says "error" or "Fehler" itself.
    public func description(_ language: Language) -> String {
        let phrases = language.phrases
        let words = phrases.text(problem)
        var text = location.map { phrases.place($0) + ": " } ?? ""
        text += words.message
        if let hint = words.hint { text += " " + hint }
        return text
    }
}

extension LoadFailure {
    /// The errors in `language`, one per line.
    public func description(_ language: Language) -> String {
        errors.map { $0.description(language) }.joined(separator: "\n")
    }
}
