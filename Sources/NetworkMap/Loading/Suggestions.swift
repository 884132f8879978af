/// Closest names to a misspelt one, by optimal string alignment distance on cleaned, bounded keys.
///
/// A key is ``Normalize/key(_:)`` without control and format characters (a NUL or a zero-width space pasted into a
/// cell does not count as a letter). Keys longer than ``maximumLength`` characters take no part: a cell that long is
/// not a typo of a name, and the bound keeps every comparison at O(``maximumLength``²), so a megabyte of text in a
/// cell costs one pass over it, not seconds. Characters are compared as small integers, never by indexing one
/// string with another's indices.
public struct Suggestions {
    /// The longest key, in characters, that is compared at all.
    static let maximumLength = 120

    private struct Candidate {
        var symbols: [Int32]
        var index: Int
    }

    private let originals: [String]
    private var candidates: [Candidate] = []
    /// Each distinct character of the candidates as a small integer; characters compare by canonical equivalence.
    private var alphabet: [Character: Int32] = [:]

    /// Prepares `candidates` (in the order ties are broken) for many queries: O(total length).
    init(_ candidates: [String]) {
        originals = candidates
        var seen = Set<[Int32]>()
        for (index, text) in candidates.enumerated() {
            guard let key = Self.cleanKey(text), !key.isEmpty else { continue }
            var symbols: [Int32] = []
            symbols.reserveCapacity(key.count)
            for ch in key {
                if let known = alphabet[ch] {
                    symbols.append(known)
                } else {
                    let next = Int32(alphabet.count)
                    alphabet[ch] = next
                    symbols.append(next)
                }
            }
            if seen.insert(symbols).inserted { self.candidates.append(Candidate(symbols: symbols, index: index)) }
        }
    }

    /// Up to `limit` candidates close to `query`, closest first.
    ///
    /// Close means within a distance of a third of the query's length (at least 2); ties are broken by the candidate's
    /// order. A candidate that contains the query (or is contained in it, 4 letters or more) also counts, so
    /// "Sonnenschein" suggests "Kita Sonnenschein".
    /// - Complexity: O(c · L²) for c candidates, L = ``maximumLength``; O(n) for a query of n characters beyond that.
    func closest(to query: String, limit: Int = 3) -> [String] {
        closestIndices(to: query, limit: limit).map { originals[$0] }
    }

    /// The positions in the candidates of ``closest(to:limit:)``'s answer, for messages that name actors by reference.
    func closestIndices(to query: String, limit: Int = 3) -> [Int] {
        guard let key = Self.cleanKey(query), !key.isEmpty else { return [] }
        // A character no candidate has matches nothing: it gets a number of its own.
        var unknown = Int32(alphabet.count)
        let q: [Int32] = key.map { ch in
            if let known = alphabet[ch] { return known }
            defer { unknown += 1 }
            return unknown
        }
        let threshold = max(2, q.count / 3)
        var scored: [(distance: Int, index: Int)] = []
        for candidate in candidates {
            let c = candidate.symbols
            if abs(c.count - q.count) <= threshold {
                let d = Self.distance(q, c, limit: threshold)
                if d <= threshold { scored.append((d, candidate.index)); continue }
            }
            if min(q.count, c.count) >= 4, Self.contains(c, q) || Self.contains(q, c) {
                scored.append((threshold + 1, candidate.index))
            }
        }
        scored.sort { ($0.distance, $0.index) < ($1.distance, $1.index) }
        return scored.prefix(limit).map(\.index)
    }

    /// Up to `limit` of `candidates` close to `query` (see ``closest(to:limit:)``).
    public static func closest(to query: String, in candidates: [String], limit: Int = 3) -> [String] {
        Suggestions(candidates).closest(to: query, limit: limit)
    }

    /// Whether `query` is a misspelling of one of `suggestions` (within ``closest(to:limit:)``'s distance),
    /// not merely a word containing one: "Vereinn" is, "Kirchengemeinde" is not.
    static func isNearMiss(_ query: String, of suggestions: [String]) -> Bool {
        guard let key = cleanKey(query), !key.isEmpty else { return false }
        let q = Array(key)
        let threshold = max(2, q.count / 3)
        return suggestions.contains { suggestion in
            guard let other = cleanKey(suggestion) else { return false }
            return distance(q, Array(other), limit: threshold) <= threshold
        }
    }

    /// The key compared: normalised, without control (Cc) and format (Cf) characters; `nil` when it is too long.
    ///
    /// Text far longer than any key is refused before it is normalised.
    static func cleanKey(_ text: String) -> String? {
        // A character takes at most a few UTF-8 bytes in real names; the factor only avoids normalising megabytes.
        guard text.utf8.count <= maximumLength * 16 else { return nil }
        var kept = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let category = scalar.properties.generalCategory
            if category != .control && category != .format { kept.append(scalar) }
        }
        let key = Normalize.key(String(kept))
        return key.count <= maximumLength ? key : nil
    }

    /// Whether `needle` occurs in `haystack` as a contiguous run.
    ///
    /// O(n · m).
    static func contains(_ haystack: [Int32], _ needle: [Int32]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) {
            var i = 0
            while i < needle.count && haystack[start + i] == needle[i] { i += 1 }
            if i == needle.count { return true }
        }
        return false
    }

    /// Optimal string alignment distance (Damerau 1964; Levenshtein 1966 with adjacent transpositions).
    ///
    /// Insertions, deletions, substitutions and swaps of neighbours cost 1. Returns `limit + 1` as soon as
    /// every entry of a row exceeds `limit`. O(n · m) time, O(m) memory.
    static func distance<Symbol: Equatable>(_ a: [Symbol], _ b: [Symbol], limit: Int = .max) -> Int {
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
