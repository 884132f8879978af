import NetworkMap
import Wording

/// One row per actor with every measure, for Excel and LibreOffice.
///
/// In the language's spreadsheet dialect (``CSVDialect``): German with semicolons, decimal commas, German
/// headers and a UTF-8 byte order mark, so that a German Excel opens the file correctly by double-click;
/// English with commas and decimal points, no BOM. Fields are quoted as RFC 4180 asks; lines end with CRLF. Deterministic: actors in input order,
/// numbers with a fixed number of decimals. Component and group numbers count from 1, as the text report names them.
public enum CSVReport {
    /// The file's bytes as text (the German file starts with U+FEFF, the byte order mark).
    public static func render(_ analysis: Analysis, language: Language) -> String {
        let s = Strings(language, analysis: analysis)
        func number(_ value: Double?, _ digits: Int = 6) -> String {
            guard let value, value.isFinite else { return "" }
            return s.decimal(value, digits: digits)
        }
        var lines = [s.phrases.csvHeader]
        for (v, m) in analysis.measures.enumerated() {
            let actor = analysis.network.actors[v]
            lines.append([
                text(actor.id), text(actor.name), text(actor.type.rawValue), text(s.typeLabel(actor.type)),
                text(actor.themes.joined(separator: " | ")), text(actor.area ?? ""), String(m.degree), number(m.betweenness), number(m.weightedBetweenness),
                number(m.closeness), number(m.harmonic), number(m.pagerank), number(m.eigenvector),
                number(m.constraint), number(m.effectiveSize), String(m.coreNumber), String(m.component + 1),
                String(m.community + 1), m.isArticulationPoint ? s.yes : s.no, String(m.cutOff),
                number(m.fragmentationIncrease), String(m.brokerage.coordinator), String(m.brokerage.consultant),
                String(m.brokerage.representative), String(m.brokerage.gatekeeper), String(m.brokerage.liaison),
            ])
        }
        return s.phrases.spreadsheetDialect.document(lines)
    }

    /// Text that Excel would run as a formula (`=`, `+`, `-`, `@` first) gets a leading apostrophe (OWASP's advice
    /// against CSV injection): a name is data, never a formula.
    static func text(_ value: String) -> String {
        guard let first = value.first, "=+-@\t\r".contains(first) else { return value }
        return "'" + value
    }
}
