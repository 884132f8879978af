import NetworkMap

/// Everything network-map says in English (British spelling), quotations in "…".
///
/// The table is spread over files by area (`English+Load.swift`, …); this file holds its grammar.
public struct English: Phrases {
    public init() {}

    public var language: Language { .en }
    public var quotationMarks: (open: String, close: String) { ("\"", "\"") }
    public var and: String { "and" }
    public var or: String { "or" }
    public func andMore(_ count: Int) -> String { " and \(count) more" }
    public var decimalMark: String { "." }
    public func percent(number: String) -> String { "\(number)%" }
    public var spreadsheetDialect: CSVDialect { .comma }
    public var lineWord: String { "line" }
    public var columnWord: String { "column" }
    public func pseudonym(_ number: Int) -> String { "Resident \(number)" }

    public func label(_ type: ActorType, plural: Bool, custom: [CustomStyle]) -> String {
        if let style = custom.first(where: { $0.id == type.rawValue }) { return style.labelEN ?? style.labelDE ?? type.rawValue }
        switch (type, plural) {
        case (.resident, false): return "Resident"
        case (.resident, true): return "Residents"
        case (.residentsGroup, false): return "Residents' group"
        case (.residentsGroup, true): return "Residents' groups"
        case (.association, false): return "Association"
        case (.association, true): return "Associations"
        case (.business, false): return "Business"
        case (.business, true): return "Businesses"
        case (.institution, false): return "Institution"
        case (.institution, true): return "Institutions"
        case (.body, false): return "Body"
        case (.body, true): return "Bodies"
        default: return type.rawValue
        }
    }

    /// Built-in labels go lower case inside a sentence ("residents' groups"); custom labels stay as written.
    public func labelInText(_ type: ActorType, custom: [CustomStyle]) -> String {
        let text = label(type, plural: true, custom: custom)
        guard type.isBuiltIn, let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }

    public func label(_ kind: TieKind, custom: [CustomStyle]) -> String {
        if let style = custom.first(where: { $0.id == kind.rawValue }) { return style.labelEN ?? style.labelDE ?? kind.rawValue }
        switch kind {
        case .cooperation: return "Cooperation"
        case .information: return "Information"
        case .funding: return "Funding"
        case .membership: return "Membership"
        case .conflict: return "Conflict"
        default: return kind.rawValue
        }
    }

    public func date(_ day: Day) -> String {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                      "November", "December"]
        return "\(day.day) \(months[max(0, min(11, day.month - 1))]) \(day.year)"
    }
}
