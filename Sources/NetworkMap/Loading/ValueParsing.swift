/// Parsing of the cells users type: numbers with a decimal comma, yes/no in two languages, strength words.
public enum ValueParsing {
    /// `2.5`, `2,5` (German decimal comma) and ` 3 ` as numbers; `nil` for anything else, including `1.000,5`.
    static func number(_ text: String) -> Double? {
        let t = text.trimmingWhitespace
        guard !t.isEmpty, t.filter({ $0 == "," || $0 == "." }).count <= 1 else { return nil }
        let ascii = String(t.map { $0 == "," ? "." : $0 })
        guard ascii.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") }),
              let value = Double(ascii), value.isFinite else { return nil }
        return value
    }

    /// yes/no, ja/nein, true/false, wahr/falsch, 1/0, x (a cross in a column) and their one-letter forms.
    public static func bool(_ text: String) -> Bool? {
        switch Normalize.key(text) {
        case "yes", "y", "ja", "j", "true", "wahr", "1", "x", "✓", "✔": return true
        case "no", "n", "nein", "false", "falsch", "0", "-": return false
        default: return nil
        }
    }

    /// A direction as Kumu (directed, undirected, mutual) and Gephi (Directed, Undirected) write it, also in German.
    static func directionWord(_ text: String) -> Bool? {
        switch Normalize.key(text) {
        case "directed", "gerichtet", "einseitig": return true
        case "undirected", "ungerichtet", "mutual", "gegenseitig", "beidseitig": return false
        default: return nil
        }
    }

    /// Tie strength: 1-3 (decimals allowed) or weak/medium/strong, schwach/mittel/stark.
    public static func strength(_ text: String) -> Double? {
        switch Normalize.key(text) {
        case "weak", "schwach", "gering", "low", "niedrig": return 1
        case "medium", "mittel", "moderate", "mittelstark": return 2
        case "strong", "stark", "hoch", "high", "eng", "close": return 3
        default:
            guard let value = number(text), (1...3).contains(value) else { return nil }
            return value
        }
    }

    /// A themes cell split at `|` or `;`, trimmed, empty parts dropped.
    static func themes(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "|" || $0 == ";" })
            .map { String($0).trimmingWhitespace }
            .filter { !$0.isEmpty }
    }
}

extension Confirmation {
    /// Words users and other tools write for the three values, normalised by ``Normalize/key(_:)``.
    static let aliases: [String: Confirmation] = [
        "confirmed": .confirmed, "mutual": .confirmed, "bestätigt": .confirmed, "bestaetigt": .confirmed,
        "beidseitig": .confirmed, "gegenseitig": .confirmed,
        "one-sided": .oneSided, "one sided": .oneSided, "onesided": .oneSided, "einseitig": .oneSided,
        "unverifiable": .unverifiable, "not verifiable": .unverifiable, "nicht prüfbar": .unverifiable,
        "nicht pruefbar": .unverifiable, "nicht überprüfbar": .unverifiable, "nicht ueberpruefbar": .unverifiable,
    ]

    /// Reads a cell of the confirmation column in either language; `nil` for anything else.
    public init?(parsing text: String) {
        guard let value = Self.aliases[Normalize.key(text)] else { return nil }
        self = value
    }
}

extension String {
    /// The string without white space (including line breaks) at either end.
    var trimmingWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
