import NetworkMap

/// One row per actor with every measure, for Excel and LibreOffice.
///
/// German: semicolons, decimal commas, German headers and a UTF-8 byte order mark, so that a German Excel
/// opens the file correctly by double-click. English: commas and decimal points, no BOM. Fields are quoted
/// as RFC 4180 asks (separator, quote, line break); lines end with CRLF. Deterministic: actors in input order,
/// numbers with a fixed number of decimals. Component and group numbers count from 1, as the text report names them.
public enum CSVReport {
    /// The columns, German and English, in order.
    static let columns: [(de: String, en: String)] = [
        ("ID", "id"), ("Name", "name"), ("Typ", "type"), ("Typ (Bezeichnung)", "typeLabel"),
        ("Themen", "themes"), ("Gebiet", "area"), ("Kontakte (Grad)", "degree"),
        ("Vermittlung (Betweenness)", "betweenness"), ("Vermittlung gewichtet", "weightedBetweenness"),
        ("Nähe (Closeness)", "closeness"), ("Harmonische Nähe", "harmonic"), ("PageRank", "pagerank"),
        ("Eigenvektor", "eigenvector"), ("Constraint", "constraint"), ("Effektive Größe", "effectiveSize"),
        ("k-Kern", "coreNumber"), ("Teil des Netzwerks", "component"), ("Gruppe", "community"),
        ("Schnittpunkt", "articulationPoint"), ("Nur darüber angebunden", "cutOff"),
        ("Zuwachs der Fragmentierung", "fragmentationIncrease"), ("Koordinator:in", "coordinator"),
        ("Berater:in", "consultant"), ("Vertreter:in", "representative"), ("Türöffner:in", "gatekeeper"),
        ("Verbindungsglied", "liaison"),
    ]

    /// The file's bytes as text (the German file starts with U+FEFF, the byte order mark).
    public static func render(_ analysis: Analysis, language: Language) -> String {
        let de = language == .de
        let separator: Character = de ? ";" : ","
        let s = Strings(language, analysis: analysis)
        func number(_ value: Double?, _ digits: Int = 6) -> String {
            guard let value, value.isFinite else { return "" }
            return s.decimal(value, digits: digits)
        }
        var lines = [columns.map { de ? $0.de : $0.en }]
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
        let body = lines.map { row in row.map { field($0, separator: separator) }.joined(separator: String(separator)) }
            .joined(separator: "\r\n") + "\r\n"
        return de ? "\u{FEFF}" + body : body
    }

    /// Text that Excel would run as a formula (`=`, `+`, `-`, `@` first) gets a leading apostrophe (OWASP's advice
    /// against CSV injection): a name is data, never a formula.
    static func text(_ value: String) -> String {
        guard let first = value.first, "=+-@\t\r".contains(first) else { return value }
        return "'" + value
    }

    /// One field, quoted when it holds the separator, a quote, a line break or leading/trailing space.
    static func field(_ value: String, separator: Character) -> String {
        let needsQuotes = value.contains(separator) || value.contains("\"") || value.contains("\n")
            || value.contains("\r") || value.first == " " || value.last == " "
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
