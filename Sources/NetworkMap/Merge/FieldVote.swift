/// How much a source's word weighs when sources give a field equal counts.
///
/// The most frequent value wins; equal counts go to the respondent's own interview, then to the newer source
/// (its `date`; a source without one is older than any with one), then to the source whose name comes last in
/// Unicode order. Never to the order of the command line.
///
/// Values are counted by a key (names of areas ignoring case, themes as a set), and the winner is written as
/// the most frequent spelling of its key, with the same tie-breaks.
struct SourceRank: Comparable {
    /// The source is the interview of the actor the field belongs to (or of one of the tie's two actors).
    var isOwnInterview: Bool
    var date: Day?
    var name: String

    static func < (a: SourceRank, b: SourceRank) -> Bool {
        if a.isOwnInterview != b.isOwnInterview { return !a.isOwnInterview }
        if a.date != b.date {
            guard let x = a.date else { return true }
            guard let y = b.date else { return false }
            return x < y
        }
        return a.name < b.name
    }

    /// Why `self` beat `other`, as the report says it.
    func decision(over other: SourceRank) -> Disagreement.Decision {
        if isOwnInterview != other.isOwnInterview { return .respondentsOwnInterview(name) }
        if date != other.date { return .newerSource(name) }
        return .laterSourceName(name)
    }
}

/// The outcome of a vote.
struct VoteResult<Value> {
    var winner: Value
    /// Every distinct value (by key) with its sources' indices, the winner first.
    var groups: [(value: Value, sources: [Int])]
    var decision: Disagreement.Decision

    var isDisagreement: Bool { groups.count > 1 }
}

enum FieldVote {
    /// Counts `ballots` (a value and the index of the source that gave it) by `key`; `nil` without ballots.
    static func decide<Value: Hashable, Key: Hashable>(
        _ ballots: [(value: Value, source: Int)], key: (Value) -> Key, rank: (Int) -> SourceRank
    ) -> VoteResult<Value>? {
        guard !ballots.isEmpty else { return nil }
        var order: [Key] = []
        var byKey: [Key: [(value: Value, source: Int)]] = [:]
        for ballot in ballots {
            let k = key(ballot.value)
            if byKey[k] == nil { order.append(k) }
            byKey[k, default: []].append(ballot)
        }
        // first: order of first appearance, the last tie-break (one source can give two values in two rows).
        var groups: [(value: Value, sources: [Int], count: Int, best: SourceRank, first: Int)] = []
        for (index, k) in order.enumerated() {
            let members = byKey[k] ?? []
            guard let best = members.map({ rank($0.source) }).max() else { continue }
            groups.append((spelling(members, rank: rank), members.map(\.source), members.count, best, index))
        }
        groups.sort { ($0.count, $0.best, -$0.first) > ($1.count, $1.best, -$1.first) }
        guard let first = groups.first else { return nil }
        var decision = Disagreement.Decision.mostFrequent
        if groups.count > 1, groups[1].count == first.count {
            decision = first.best.decision(over: groups[1].best)
        }
        return VoteResult(winner: first.value, groups: groups.map { ($0.value, $0.sources) }, decision: decision)
    }

    /// The most frequent exact value among ballots of one key; equal counts by the best source, then by first appearance.
    private static func spelling<Value: Hashable>(
        _ ballots: [(value: Value, source: Int)], rank: (Int) -> SourceRank
    ) -> Value {
        var entries: [(value: Value, count: Int, best: SourceRank)] = []
        var index: [Value: Int] = [:]
        for ballot in ballots {
            let r = rank(ballot.source)
            if let i = index[ballot.value] {
                entries[i].count += 1
                entries[i].best = max(entries[i].best, r)
            } else {
                index[ballot.value] = entries.count
                entries.append((ballot.value, 1, r))
            }
        }
        var winner = entries[0]
        for entry in entries.dropFirst() where (entry.count, entry.best) > (winner.count, winner.best) {
            winner = entry
        }
        return winner.value
    }
}
