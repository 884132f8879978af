/// Bounded edit distance between actor names, and the candidate pairs worth computing it for.
///
/// The distance is the optimal string alignment distance (Damerau 1964, doi:10.1145/363958.363994; Levenshtein
/// 1966): insertions, deletions, substitutions and swaps of neighbours cost 1, on ``ActorName/key``s (so
/// "Sonnenschein"/"Sonnenschien" is 1 and "Mühle"/"Muehle" is 0). A pair is *close* when the distance is at most
/// ``EditDistance/threshold(length:)`` of the shorter key: none below 5 letters, then one edit per 8 letters,
/// at least 1 and at most 4. Keys longer than ``EditDistance/maximumLength`` are never compared (they are
/// not names a person typed, and bound the work on hostile input).
enum EditDistance {
    static let maximumLength = 64

    /// The largest distance at which two keys, the shorter of `length` scalars, count as close.
    ///
    /// "kitasonnenschein" (16) allows 2, "tafel" (5) allows 1, "kita" allows none.
    static func threshold(length: Int) -> Int {
        guard length >= 5, length <= maximumLength else { return 0 }
        return min(4, max(1, length / 8))
    }

    /// The distance between `a` and `b` if it is at most `limit`, else `nil`.
    ///
    /// Computes only the band of cells within `limit` of the diagonal, so O(limit · n) time and O(n) memory.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
        let n = a.count, m = b.count
        guard limit >= 0, abs(n - m) <= limit else { return nil }
        if n == 0 || m == 0 { return max(n, m) }
        let infinity = limit + 1
        var previous2 = [Int](repeating: infinity, count: m + 2)
        var previous = [Int](repeating: infinity, count: m + 2)
        var current = [Int](repeating: infinity, count: m + 2)
        for j in 0...min(m, limit) { previous[j] = j }
        for i in 1...n {
            let low = max(1, i - limit), high = min(m, i + limit)
            // The cells just outside the band read as "too far"; cells further out are never read.
            current[low - 1] = low == 1 && i <= limit ? i : infinity
            current[high + 1] = infinity
            var rowMinimum = current[low - 1]
            if low <= high {
                for j in low...high {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                        value = min(value, previous2[j - 2] + 1)
                    }
                    current[j] = min(value, infinity)
                    rowMinimum = min(rowMinimum, current[j])
                }
            }
            if rowMinimum > limit { return nil }
            (previous2, previous, current) = (previous, current, previous2)
        }
        let result = previous[m]
        return result <= limit ? result : nil
    }

    /// Pairs of keys `(i, j)`, `i < j`, that may be close; every close pair is among them.
    ///
    /// Q-gram prefix filtering after Ed-Join (Xiao, Wang and Lin 2008, *Ed-Join: an efficient algorithm for
    /// similarity joins with edit distance constraints*, PVLDB 1(1):933-944, 2008), for swaps of neighbours too: one
    /// edit destroys at most three of a key's letter pairs (a swap of neighbours touches three), so two keys within
    /// `k` edits share a letter pair among the `3k + 1` rarest of each. Only those are indexed, which keeps the
    /// work near linear for names: each key meets the few others that share one of its rare letter pairs, not all.
    /// A posting list stops growing at ``EditDistance/maximumPosting`` keys, bounding the work on hostile input
    /// (thousands of keys made of the same few letter pairs) at the price of missing some of its pairs.
    static func candidatePairs(_ keys: [[Unicode.Scalar]]) -> [(Int, Int)] {
        func grams(_ key: [Unicode.Scalar]) -> [UInt64] {
            guard key.count >= 2 else { return [] }
            var seen: [UInt64: UInt64] = [:]
            var result: [UInt64] = []
            result.reserveCapacity(key.count - 1)
            for p in 0..<(key.count - 1) {
                // A gram with its occurrence number, so that repeated letter pairs count as often as they occur.
                let gram = UInt64(key[p].value) << 21 | UInt64(key[p + 1].value)
                let occurrence = seen[gram, default: 0]
                seen[gram] = occurrence + 1
                result.append(gram << 22 | min(occurrence, 0x3F_FFFF))
            }
            return result
        }
        let allGrams = keys.map { threshold(length: $0.count) > 0 ? grams($0) : [] }
        var frequency: [UInt64: Int] = [:]
        for list in allGrams { for g in list { frequency[g, default: 0] += 1 } }
        var postings: [UInt64: [Int]] = [:]
        var pairs: [(Int, Int)] = []
        var lastSeen = [Int](repeating: -1, count: keys.count)
        for (index, list) in allGrams.enumerated() where !list.isEmpty {
            let k = threshold(length: keys[index].count)
            let prefix = list.sorted { (frequency[$0, default: 0], $0) < (frequency[$1, default: 0], $1) }
                .prefix(3 * k + 1)
            for gram in prefix {
                for other in postings[gram, default: []] where lastSeen[other] != index {
                    lastSeen[other] = index
                    // Keys whose lengths differ by more than the shorter one's threshold cannot be close.
                    let shorter = min(keys[other].count, keys[index].count)
                    if abs(keys[other].count - keys[index].count) <= threshold(length: shorter) {
                        pairs.append((other, index))
                    }
                }
            }
            for gram in prefix where postings[gram, default: []].count < maximumPosting {
                postings[gram, default: []].append(index)
            }
        }
        return pairs
    }

    static let maximumPosting = 256
}
