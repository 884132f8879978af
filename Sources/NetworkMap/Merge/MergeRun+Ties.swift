/// The ties of a merge: who reported them, their confirmation, and what each merged tie holds.
extension MergeRun {
    /// A tie's identity after matching: merged actors (positions), kind, direction; undirected ties from the lower position.
    struct TieKey: Hashable, Comparable {
        var a: Int, b: Int, kind: TieKind, isDirected: Bool

        static func < (x: TieKey, y: TieKey) -> Bool {
            (x.a, x.b, x.kind, x.isDirected ? 1 : 0) < (y.a, y.b, y.kind, y.isDirected ? 1 : 0)
        }
    }

    /// One source's report of a tie.
    struct TieReport {
        var source: Int
        var tie: Tie
        var reporters: [String]
    }

    /// What `merged_from` will say about one source name.
    struct RosterEntry {
        var respondent: Int?
        var date: Day?
    }

    /// Who was interviewed by which source: every source of the merge, and the sources earlier merges recorded.
    ///
    /// A source adds itself unless it is itself a merge (it has `merged_from` and no respondent), whose own
    /// entries then stand for it. One name with two respondents is an error; dates keep the newest.
    func roster() throws(MergeError) -> [String: RosterEntry] {
        var roster: [String: RosterEntry] = [:]
        func add(_ name: String, _ respondent: Int?, _ date: Day?) throws(MergeError) {
            if let earlier = roster[name] {
                guard earlier.respondent == respondent else {
                    let names = [earlier.respondent, respondent].map { $0.map { groupName[order[$0]] } ?? "-" }
                    throw .conflictingRespondents(source: name, respondents: names)
                }
                roster[name]?.date = [earlier.date, date].compactMap { $0 }.max()
            } else {
                roster[name] = RosterEntry(respondent: respondent, date: date)
            }
        }
        for (s, source) in sources.enumerated() {
            for entry in source.network.mergedFrom {
                let respondent = try entry.respondent.map { (text) throws(MergeError) in
                    position[grouping.groupOf[try record(named: text, inSource: s)]]
                }
                try add(MergeSource.cleanName(entry.name), respondent, entry.date)
            }
            if source.respondent != nil || source.network.mergedFrom.isEmpty {
                try add(source.name, respondentGroup[s].map { position[$0] }, source.date)
            }
        }
        return roster
    }

    /// Who reported a tie of source `s`: see ``NetworkMerger``.
    func reporters(of tie: Tie, inSource s: Int) -> [String] {
        let source = sources[s]
        if source.respondent != nil { return [source.name] }
        let named = (tie.reportedBy ?? "").split(separator: "|").map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
        return named.isEmpty ? [source.name] : named
    }

    /// The merged ties, the ties left out, the confirmation counts and which sources reported each kept tie.
    func mergedTies(roster: [String: RosterEntry], log: inout DisagreementLog)
        -> (ties: [Tie], leftOut: [LeftOutTie], counts: ConfirmationCounts, sourcesOf: [[Int]], replaced: [Int]) {
        var buckets: [TieKey: [TieReport]] = [:]
        var replaced = [Int](repeating: 0, count: sources.count)
        for (s, source) in sources.enumerated() {
            for tie in source.network.ties {
                var a = position[grouping.groupOf[offset[s] + tie.source]]
                var b = position[grouping.groupOf[offset[s] + tie.target]]
                if !tie.isDirected && b < a { swap(&a, &b) }
                let reporters = reporters(of: tie, inSource: s)
                if source.respondent != nil, let cell = tie.reportedBy, cell != source.name { replaced[s] += 1 }
                buckets[TieKey(a: a, b: b, kind: tie.kind, isDirected: tie.isDirected), default: []]
                    .append(TieReport(source: s, tie: tie, reporters: reporters))
            }
        }
        let interviewed = Set(roster.values.compactMap(\.respondent))
        let columns = Self.columns(sources.map { $0.network.ties.flatMap { $0.attributes.map(\.name) } })
        var ties: [Tie] = [], leftOut: [LeftOutTie] = [], sourcesOf: [[Int]] = []
        var counts = ConfirmationCounts()
        for key in buckets.keys.sorted() {
            let reports = buckets[key] ?? []
            let reporters = Array(Set(reports.flatMap(\.reporters))).sorted()
            let reference = TieReference(source: reference(atPosition: key.a), target: reference(atPosition: key.b),
                                         kind: key.kind, isDirected: key.isDirected)
            guard key.a != key.b else {
                leftOut.append(LeftOutTie(tie: reference, reportedBy: reporters, confirmation: nil, reason: .sameActor))
                continue
            }
            let confirmation = TieConfirmation.of(key.a, key.b, reportedBy: reporters,
                                                  respondent: { roster[$0]?.respondent }, interviewed: interviewed)
            var reason: LeftOutTie.Reason?
            switch options.rule {
            case .dropOneSided where confirmation == .oneSided: reason = .oneSided
            case .confirmed where confirmation != .confirmed: reason = .notConfirmed
            default: if reporters.count < options.minimumSources { reason = .tooFewSources }
            }
            if let reason {
                leftOut.append(LeftOutTie(tie: reference, reportedBy: reporters, confirmation: confirmation, reason: reason))
                continue
            }
            counts[confirmation] += 1
            ties.append(mergedTie(key, reports, reporters: reporters, confirmation: confirmation, columns: columns,
                                  subject: .tie(reference), log: &log))
            sourcesOf.append(Array(Set(reports.map(\.source))).sorted())
        }
        return (ties, leftOut, counts, sourcesOf, replaced)
    }

    /// One merged tie from its reports; see ``NetworkMerger`` for the rules.
    private func mergedTie(
        _ key: TieKey, _ reports: [TieReport], reporters: [String], confirmation: Confirmation,
        columns: [(key: String, header: String)], subject: Disagreement.Subject, log: inout DisagreementLog
    ) -> Tie {
        let ends = [order[key.a], order[key.b]]
        let rank = { (s: Int) in self.rank(s, subject: ends) }
        /// The distinct values with their sources, the one kept first (`first` orders them); `nil` if all agree.
        func votes<V: Hashable>(_ value: (Tie) -> V?, first: (V, V) -> Bool, shown: (V) -> FieldValue) -> [Disagreement.Vote]? {
            var sourcesOf: [V: [Int]] = [:]
            for report in reports { if let v = value(report.tie) { sourcesOf[v, default: []].append(report.source) } }
            guard sourcesOf.count > 1 else { return nil }
            return sourcesOf.keys.sorted(by: first).map { Disagreement.Vote(value: shown($0), sources: log.names(sourcesOf[$0] ?? [])) }
        }
        let strength = reports.map(\.tie.strength).max() ?? 1
        if let all = votes({ $0.strength }, first: >, shown: { .number($0) }) {
            log.entries.append(Disagreement(subject: subject, field: .strength, votes: all, winner: .number(strength),
                                              reason: .highestStrength))
        }
        let since = reports.compactMap(\.tie.since).min()
        var until = reports.compactMap(\.tie.until).max()
        if let all = votes({ $0.since }, first: <, shown: { .day($0) }), let since {
            log.entries.append(Disagreement(subject: subject, field: .since, votes: all, winner: .day(since),
                                              reason: .earliestSince))
        }
        let untilVotes = votes({ $0.until }, first: >, shown: { .day($0) })
        if let since, let end = until, since > end {
            // One source saw the tie begin after another saw it end: keep the start, drop the end.
            let all = untilVotes ?? [Disagreement.Vote(value: .day(end), sources: log.names(reports.filter { $0.tie.until != nil }.map(\.source)))]
            log.entries.append(Disagreement(subject: subject, field: .until, votes: all, winner: nil,
                                              reason: .contradictoryDates))
            until = nil
        } else if let all = untilVotes, let until {
            log.entries.append(Disagreement(subject: subject, field: .until, votes: all, winner: .day(until),
                                              reason: .latestUntil))
        }
        func ballots(_ value: (Tie) -> String?) -> [(value: String, source: Int)] {
            reports.compactMap { r in value(r.tie).map { ($0, r.source) } }
        }
        func pick(_ field: Disagreement.Field, _ value: (Tie) -> String?) -> String? {
            log.decide(ballots(value), key: Normalize.key, subject: subject, field: field, rank: rank, shown: FieldValue.text)
        }
        let notes = pick(.notes, \.notes)
        let attributes = columns.map { column in
            Attribute(name: column.header, value: pick(.attribute(column.header)) { tie in
                tie.attributes.first { Normalize.key($0.name) == column.key && !$0.value.isEmpty }?.value
            } ?? "")
        }
        return Tie(source: key.a, target: key.b, kind: key.kind, strength: strength, isDirected: key.isDirected,
                   since: since, until: until, reportedBy: reporters.joined(separator: " | "), notes: notes,
                   attributes: attributes, confirmation: confirmation)
    }
}
