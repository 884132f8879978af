import NetworkMap

/// Everything network-map says in German: written for German neighbourhood managers (formal "Sie", the
/// product's terms: Akteur, Beziehung, Spalte, Zeile, Datei), quotations in „…“.
///
/// The table is spread over files by area (`German+Load.swift`, …); this file holds its grammar.
public struct German: Phrases {
    public init() {}

    public var language: Language { .de }
    public var quotationMarks: (open: String, close: String) { ("„", "“") }
    public var and: String { "und" }
    public var or: String { "oder" }
    public func andMore(_ count: Int) -> String { " und \(count) weitere" }
    public var decimalMark: String { "," }
    public func percent(number: String) -> String { "\(number) %" }
    public var spreadsheetDialect: CSVDialect { .germanExcel }
    public var lineWord: String { "Zeile" }
    public var columnWord: String { "Spalte" }
    public func pseudonym(_ number: Int) -> String { "Bewohner:in \(number)" }

    public func label(_ type: ActorType, plural: Bool, custom: [CustomStyle]) -> String {
        if let style = custom.first(where: { $0.id == type.rawValue }) { return style.labelDE ?? style.labelEN ?? type.rawValue }
        switch (type, plural) {
        case (.resident, false): return "Bewohner:in"
        case (.resident, true): return "Bewohner:innen"
        case (.residentsGroup, false): return "Bewohnergruppe"
        case (.residentsGroup, true): return "Bewohnergruppen"
        case (.association, false): return "Verein"
        case (.association, true): return "Vereine"
        case (.business, _): return "Unternehmen"
        case (.institution, false): return "Institution"
        case (.institution, true): return "Institutionen"
        case (.body, false): return "Gremium"
        case (.body, true): return "Gremien"
        default: return type.rawValue
        }
    }

    public func labelInText(_ type: ActorType, custom: [CustomStyle]) -> String {
        label(type, plural: true, custom: custom)
    }

    public func label(_ kind: TieKind, custom: [CustomStyle]) -> String {
        if let style = custom.first(where: { $0.id == kind.rawValue }) { return style.labelDE ?? style.labelEN ?? kind.rawValue }
        switch kind {
        case .cooperation: return "Kooperation"
        case .information: return "Informationsaustausch"
        case .funding: return "Förderung"
        case .membership: return "Mitgliedschaft"
        case .conflict: return "Konflikt"
        default: return kind.rawValue
        }
    }

    public func date(_ day: Day) -> String {
        let months = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                      "November", "Dezember"]
        return "\(day.day). \(months[max(0, min(11, day.month - 1))]) \(day.year)"
    }
}
