import Foundation
import NetworkMap

/// Every word network-map says, in one language: one table, conformed to by one type per language.
///
/// The rest of the program holds no German or English text. It hands typed values to a table — a
/// ``LoadProblem``, a finding, a count — and the table says them: ``German`` and ``English`` are the two
/// tables there are. Sentences are written for each language, not translated word by word.
///
/// - To add a message: add a case to the typed value it says (``LoadProblem``, ``ConsoleMessage``, …) or a
///   requirement to the area's protocol, then its words in each table. The compiler names every table that
///   lacks them.
/// - To add a language: a case of `Language` (its code and the words that name it, in NetworkMap), one
///   new type conforming to `Phrases`, and its line in ``NetworkMap/Language/phrases``.
///
/// What stays outside the tables is the data's own vocabulary: the header names, type names and yes/no words
/// a spreadsheet may contain in either language are the loader's input grammar (`ColumnAliases.swift`).
public protocol Phrases: Grammar, LoadPhrases, TemplatePhrases, NetworkFileWords, MergePhrases, ReportPhrases, HandoutPhrases,
    ScenarioPhrases, MapPhrases, MatrixPhrases, ConsolePhrases, SystemPhrases, WorkbookPhrases, AppPhrases {}

extension Language {
    /// The table of this language.
    public var phrases: any Phrases {
        switch self {
        case .de: return German()
        case .en: return English()
        }
    }
}

/// The small things every sentence of a language is made of: quotation marks, lists, numbers, dates, labels.
public protocol Grammar: Sendable {
    var language: Language { get }
    /// `„` and `“` in German, `"` and `"` in English: how messages quote what the user wrote (``quoted(_:)``).
    var quotationMarks: (open: String, close: String) { get }
    /// The word before the last item of a list: "und", "and".
    var and: String { get }
    /// The word before the last of several alternatives: "oder", "or".
    var or: String { get }
    /// What ends a list cut short: " und 3 weitere", " and 3 more".
    func andMore(_ count: Int) -> String
    /// The decimal mark: `,` in German, `.` in English.
    var decimalMark: String { get }
    /// A percentage from its number: "37,5 %", "37.5%".
    func percent(number: String) -> String
    /// How tables for spreadsheets are written in this language's countries.
    var spreadsheetDialect: CSVDialect { get }
    /// "Verein" / "Association", or with `plural` "Vereine" / "Associations"; custom types use their labels.
    func label(_ type: ActorType, plural: Bool, custom: [CustomStyle]) -> String
    /// A plural type label inside a sentence: "Vereine" (German nouns keep their capital), "residents' groups".
    func labelInText(_ type: ActorType, custom: [CustomStyle]) -> String
    /// "Kooperation" / "Cooperation"; custom kinds use their labels.
    func label(_ kind: TieKind, custom: [CustomStyle]) -> String
    /// A day written out: "1. Oktober 2025", "1 October 2025".
    func date(_ day: Day) -> String
    /// The pseudonym of the n-th private person (from 1): "Bewohner:in 3", "Resident 3".
    func pseudonym(_ number: Int) -> String
    /// The words a location is said with: "Zeile", "Spalte" / "line", "column".
    var lineWord: String { get }
    var columnWord: String { get }
}

extension Grammar {
    /// `„text“` in German, `"text"` in English: how messages quote what the user wrote, shown as
    /// ``ShownText/shown(_:limit:)`` makes it (control characters escaped, long text shortened).
    ///
    /// Privacy: a message may quote what the user typed into the cell or option it is about (it is in their file
    /// or on their command line), but never a value of another row that would name a private person; those are
    /// named by their row (``LoadProblem/ActorReference``) and pseudonymised where the network is prepared.
    public func quoted(_ text: String) -> String {
        quotationMarks.open + ShownText.shown(text) + quotationMarks.close
    }

    /// A path quoted: as ``quoted(_:)``, shortened only beyond 200 characters.
    public func quotedPath(_ path: String) -> String {
        quotationMarks.open + shown(path) + quotationMarks.close
    }

    /// Text from the data or the command line shown unquoted in a message (a file name, a path), as
    /// ``ShownText/shown(_:limit:)`` makes it, shortened only beyond 200 characters.
    public func shown(_ text: String) -> String { ShownText.shown(text, limit: 200) }

    /// Each item quoted, as a list: `„a“, „b“ und „c“`.
    public func quotedList(_ items: [String]) -> String { list(items.map(quoted)) }

    /// "a", "a and b", "a, b and c"; beyond `limit` items "a, b, c and 4 more" (one item over the limit is
    /// shown, since "and 1 more" reads worse than the name itself).
    public func list(_ items: [String], limit: Int = .max) -> String {
        let shown = limit < items.count ? Array(items.prefix(items.count == limit + 1 ? limit + 1 : limit)) : items
        let rest = items.count - shown.count
        if rest > 0 { return shown.joined(separator: ", ") + andMore(rest) }
        guard shown.count > 1, let last = shown.last else { return shown.first ?? "" }
        return shown.dropLast().joined(separator: ", ") + " \(and) " + last
    }

    /// `„a“`, `„a“ oder „b“`, `„a“, „b“ oder „c“`.
    public func alternatives(_ items: [String]) -> String {
        let quotedItems = items.map(quoted)
        guard quotedItems.count > 1, let last = quotedItems.last else { return quotedItems.first ?? "" }
        return quotedItems.dropLast().joined(separator: ", ") + " \(or) " + last
    }

    /// A number with fixed decimals and the language's decimal mark; "–" for a value that is not finite.
    public func decimal(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return "–" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        return Self.fixed(rounded, digits: digits).replacingOccurrences(of: ".", with: decimalMark)
    }

    /// A share as a percentage: "37,5 %" / "37.5%".
    public func percent(_ share: Double, digits: Int = 0) -> String {
        percent(number: decimal(share * 100, digits: digits))
    }

    /// `12.5` with exactly `digits` decimals and a point, without Foundation's locale-dependent formatting.
    static func fixed(_ value: Double, digits: Int) -> String {
        if digits == 0 { return String(Int(value.rounded())) }
        let negative = value < 0
        var scale = 1
        for _ in 0..<digits { scale *= 10 }
        let scaled = Int((abs(value) * Double(scale)).rounded())
        let whole = scaled / scale
        let fraction = String(scaled % scale)
        return (negative && scaled != 0 ? "-" : "") + "\(whole)." + String(repeating: "0", count: digits - fraction.count) + fraction
    }
}
