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

extension String {
    /// The string without white space (including line breaks) at either end.
    var trimmingWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}

/// Closest names to a misspelt one, by Damerau-Levenshtein distance on ``Normalize/key(_:)``.
enum Suggestions {
    /// Up to `limit` candidates close to `query`, closest first.
    ///
    /// Close means within a distance of a third of the query's length (at least 2); ties are broken by the candidate's
    /// order in `candidates`. A candidate that contains the query (or is contained in it, 4 letters or more) also counts,
    /// so "Sonnenschein" suggests "Kita Sonnenschein".
    /// O(c · n · m) for c candidates of length m and a query of length n.
    static func closest(to query: String, in candidates: [String], limit: Int = 3) -> [String] {
        let q = Array(Normalize.key(query))
        guard !q.isEmpty else { return [] }
        let threshold = max(2, q.count / 3)
        var scored: [(distance: Int, index: Int)] = []
        var seen = Set<String>()
        for (index, candidate) in candidates.enumerated() {
            let key = Normalize.key(candidate)
            guard !key.isEmpty, seen.insert(key).inserted else { continue }
            let c = Array(key)
            if abs(c.count - q.count) <= threshold {
                let d = distance(q, c, limit: threshold)
                if d <= threshold { scored.append((d, index)); continue }
            }
            let shorter = min(q.count, c.count)
            if shorter >= 4, key.contains(String(q)) || String(q).contains(key) {
                scored.append((threshold + 1, index))
            }
        }
        scored.sort { ($0.distance, $0.index) < ($1.distance, $1.index) }
        return scored.prefix(limit).map { candidates[$0.index] }
    }

    /// Optimal string alignment distance (Damerau 1964; Levenshtein 1966 with adjacent transpositions).
    ///
    /// Insertions, deletions, substitutions and swaps of neighbours cost 1. Returns `limit + 1` as soon as
    /// every entry of a row exceeds `limit`. O(n · m) time, O(m) memory.
    static func distance(_ a: [Character], _ b: [Character], limit: Int = .max) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
                rowMin = min(rowMin, value)
            }
            if rowMin > limit { return limit + 1 }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
