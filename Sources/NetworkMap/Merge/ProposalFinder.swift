/// What makes two names (already known to differ once normalised) look like one actor's.
///
/// Names whose digits differ are never alike ("Turmstraße 7" and "Turmstraße 9" are two houses). For
/// organisations: a shared distinctive word (``GenericWords``); a small edit distance (``EditDistance``); the same
/// words in another order. For private persons, whose first names are not distinctive and whose initials matter, word by word
/// after dropping Frau, Herr, Dr. and Prof.: the same number of words, at least one written alike, and each other
/// one either the initial of the other ("Olga P." / "Olga Petrowa") or, in words of four letters or more, one
/// edit away ("Hatice Y." / "Hatica Y."); the two words of a two-word name may be swapped ("Petrowa, Olga").
/// "Jonas E." and "Jonas F." are no proposal: different initials are different people.
enum NameEvidence {
    static let honorifics: Set<String> = ["frau", "herr", "hr", "fr", "dr", "prof"]

    static func between(
        _ a: ActorName, _ b: ActorName, persons: Bool, isDistinctive: (String) -> Bool
    ) -> [ProposalEvidence] {
        // "Turmstraße 7" and "Turmstraße 9" are two houses, whatever else their names share.
        guard a.key != b.key, a.digits.isEmpty || b.digits.isEmpty || a.digits == b.digits else { return [] }
        if persons { return personEvidence(a.words, b.words).map { [$0] } ?? [] }
        var evidence: [ProposalEvidence] = []
        let limit = EditDistance.threshold(length: min(a.scalars.count, b.scalars.count))
        if limit > 0, let d = EditDistance.distance(a.scalars, b.scalars, limit: limit) {
            evidence.append(.editDistance(d))
        }
        if a.sortedWords == b.sortedWords { evidence.append(.reorderedWords) }
        let shared = Set(a.words).intersection(b.words).filter(isDistinctive).sorted()
        evidence += shared.map { .sharedWord($0) }
        return evidence
    }

    static func personEvidence(_ a: [String], _ b: [String]) -> ProposalEvidence? {
        let x = a.filter { !honorifics.contains($0) }, y = b.filter { !honorifics.contains($0) }
        guard x.count == y.count, !x.isEmpty, x != y else { return nil }
        let orders = x.count == 2 ? [y, Array(y.reversed())] : [y]
        for (n, candidate) in orders.enumerated() {
            var abbreviated = false, edits = 0, alike = 0, fits = true
            for (p, q) in zip(x, candidate) {
                let ps = Array(p.unicodeScalars), qs = Array(q.unicodeScalars)
                if p == q {
                    alike += 1
                } else if (ps.count == 1 && qs.count > 1 && qs[0] == ps[0]) || (qs.count == 1 && ps.count > 1 && ps[0] == qs[0]) {
                    abbreviated = true
                } else if ps.count >= 4, qs.count >= 4, let d = EditDistance.distance(ps, qs, limit: 1) {
                    edits += d
                } else {
                    fits = false
                    break
                }
            }
            guard fits, alike >= 1 else { continue }
            if abbreviated { return .abbreviatedName }
            if edits > 0 { return .editDistance(edits) }
            if n == 1 { return .reorderedWords }
        }
        return nil
    }
}

/// Finds pairs of merged actors that may be one, without comparing every pair.
///
/// Candidates come from three indexes, each of which every proposal must pass through: distinctive words
/// (each used by at most ``GenericWords/maximumActorsSharing`` actors, so a word yields at most 28 pairs), the
/// q-gram prefixes of ``EditDistance/candidatePairs(_:)``, and the sorted words; for persons, their words
/// (initials included, each posting capped at ``ProposalFinder/maximumPersonPosting``). A pair is proposed only
/// if the two actors are both persons or both not, and **no source lists both**: a source that names two actors
/// side by side says they are two, so after a merge its result proposes nothing about its own actors again, and a
/// proposal the user did not turn into an alias is not asked about again once the merged network is merged anew.
/// Near-linear for real names.
enum ProposalFinder {
    static let maximumPersonPosting = 200

    /// One spelling of a merged actor.
    struct Variant {
        var group: Int
        var name: ActorName
    }

    /// The pairs `(g1, g2)`, `g1 < g2`, with their evidence, in order of `g1`, then `g2`.
    static func proposals(
        variants: [Variant], isPerson: [Bool], sourcesOf: [[Int]], isDistinctive: (String) -> Bool
    ) -> [(first: Int, second: Int, evidence: [ProposalEvidence])] {
        var candidates = Set<Pair>()
        func consider(_ g1: Int, _ g2: Int) {
            guard g1 != g2, isPerson[g1] == isPerson[g2], !shareASource(sourcesOf[g1], sourcesOf[g2]) else { return }
            candidates.insert(Pair(min(g1, g2), max(g1, g2)))
        }
        let organisations = variants.filter { !isPerson[$0.group] }
        let persons = variants.filter { isPerson[$0.group] }

        var byWord: [String: [Int]] = [:]
        for v in organisations {
            for word in Set(v.name.words) where isDistinctive(word) { byWord[word, default: []].append(v.group) }
        }
        for word in byWord.keys.sorted() {
            let groups = Array(Set(byWord[word] ?? [])).sorted()
            for (i, g1) in groups.enumerated() { for g2 in groups[(i + 1)...] { consider(g1, g2) } }
        }
        let scalars = organisations.map(\.name.scalars)
        for (i, j) in EditDistance.candidatePairs(scalars) { consider(organisations[i].group, organisations[j].group) }
        var bySortedWords: [[String]: [Int]] = [:]
        for v in organisations { bySortedWords[v.name.sortedWords, default: []].append(v.group) }
        // Like a word too many actors use, a set of words too many names share in different orders says nothing.
        for groups in bySortedWords.values where groups.count > 1 && groups.count <= GenericWords.maximumActorsSharing {
            for (i, g1) in groups.enumerated() { for g2 in groups[(i + 1)...] { consider(g1, g2) } }
        }
        var byPersonWord: [String: [Int]] = [:]
        for v in persons {
            for word in Set(v.name.words) where !NameEvidence.honorifics.contains(word) {
                if byPersonWord[word, default: []].count < maximumPersonPosting { byPersonWord[word, default: []].append(v.group) }
            }
        }
        for groups in byPersonWord.values {
            for (i, g1) in groups.enumerated() { for g2 in groups[(i + 1)...] { consider(g1, g2) } }
        }

        var variantsOf: [Int: [ActorName]] = [:]
        for v in variants { variantsOf[v.group, default: []].append(v.name) }
        var result: [(first: Int, second: Int, evidence: [ProposalEvidence])] = []
        for pair in candidates.sorted() {
            var evidence = Set<ProposalEvidence>()
            for a in variantsOf[pair.first] ?? [] {
                for b in variantsOf[pair.second] ?? [] {
                    evidence.formUnion(NameEvidence.between(a, b, persons: isPerson[pair.first], isDistinctive: isDistinctive))
                }
            }
            // Of several edit distances between spellings, the smallest says it.
            let smallest = evidence.compactMap { if case .editDistance(let d) = $0 { d } else { nil } }.min()
            let kept = evidence.filter { if case .editDistance(let d) = $0 { d == smallest } else { true } }
            if !kept.isEmpty { result.append((pair.first, pair.second, kept.sorted())) }
        }
        return result
    }

    struct Pair: Hashable, Comparable {
        var first: Int, second: Int
        init(_ first: Int, _ second: Int) { self.first = first; self.second = second }
        static func < (a: Pair, b: Pair) -> Bool { (a.first, a.second) < (b.first, b.second) }
    }

    /// Whether two sorted lists of source indices meet.
    static func shareASource(_ a: [Int], _ b: [Int]) -> Bool {
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { return true }
            if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return false
    }
}
