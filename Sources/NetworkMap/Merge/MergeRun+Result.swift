/// The merged network's settings, the proposals and the report.
extension MergeRun {
    mutating func result() throws(MergeError) -> MergeResult {
        let roster = try roster()
        var log = DisagreementLog(sourceNames: sources.map(\.name))
        var network = mergedSettings(log: &log)
        let actors = mergedActors(log: &log)
        network.actors = actors
        let merged = mergedTies(roster: roster, log: &log)
        network.ties = merged.ties
        network.mergedFrom = roster.keys.sorted().map { name in
            let entry = roster[name]
            return MergedSource(name: name, respondent: entry?.respondent.map { actors[$0].id }, date: entry?.date)
        }
        // Network-level disagreements first, then actors', then ties', each in the network's order.
        let networkFirst = log.entries.filter { $0.subject == .network } + log.entries.filter { $0.subject != .network }
        let report = MergeReport(
            sources: summaries(tieSources: merged.sourcesOf, replaced: merged.replaced), actors: actorMerges(),
            proposals: proposals(), disagreements: networkFirst, ties: merged.counts, leftOut: merged.leftOut,
            rule: options.rule, minimumSources: options.minimumSources, unusedAliases: grouping.unusedAliases)
        return MergeResult(network: network, report: report)
    }

    /// Name, date, language, home, themes and custom types: by vote, except the date, which is the newest.
    func mergedSettings(log: inout DisagreementLog) -> Network {
        let all = Array(sources.indices)
        let rank = { (s: Int) in self.rank(s, subject: []) }
        func ballots<V>(_ value: (Network) -> V?) -> [(value: V, source: Int)] {
            all.compactMap { s in value(sources[s].network).map { ($0, s) } }
        }
        func pick<V: Hashable, K: Hashable>(
            _ field: Disagreement.Field, _ ballots: [(value: V, source: Int)], key: (V) -> K, shown: (V) -> FieldValue
        ) -> V? {
            log.decide(ballots, key: key, subject: .network, field: field, rank: rank, shown: shown)
        }
        let name = pick(.networkName, ballots(\.name), key: Normalize.key, shown: FieldValue.text)
        let language = pick(.language, ballots(\.language), key: { $0 }, shown: { FieldValue.text($0.rawValue) })
        var homes: [(value: String, source: Int)] = []
        for s in all {
            guard let home = sources[s].network.home,
                  let index = sources[s].network.actors.firstIndex(where: { $0.id == home }) else { continue }
            homes.append((groupID[grouping.groupOf[offset[s] + index]], s))
        }
        let home = pick(.home, homes, key: { $0 }, shown: FieldValue.text)
        // The loader fills in the default themes where network.yaml lists none; those are no one's choice and do not
        // vote, or three interviews without a themes list would outvote the one source that has the quarter's own.
        let chosenThemes = ballots { network in
            network.themes == Network.defaultThemes(language: network.language) ? nil : network.themes
        }
        let themes = pick(.themes, chosenThemes, key: { Set($0.map(Normalize.key)) }, shown: FieldValue.list)
        var network = Network(
            name: name ?? sources[0].network.name, date: sources.compactMap(\.date).max(), language: language, home: home,
            themes: themes ?? Network.defaultThemes(language: language))
        network.customActorTypes = styles(\.customActorTypes, rank: rank, log: &log)
        network.customTieKinds = styles(\.customTieKinds, rank: rank, log: &log)
        return network
    }

    /// Custom types (or kinds) of all sources by id, each with the labels and style most sources give it.
    private func styles(_ list: (Network) -> [CustomStyle], rank: (Int) -> SourceRank, log: inout DisagreementLog)
        -> [CustomStyle] {
        var byID: [String: [(value: CustomStyle, source: Int)]] = [:]
        for s in sources.indices {
            for style in list(sources[s].network) { byID[style.id, default: []].append((style, s)) }
        }
        return byID.keys.sorted().compactMap { id in
            log.decide(byID[id] ?? [], key: { $0 }, subject: .network, field: .customStyle(id), rank: rank,
                       shown: FieldValue.style)
        }
    }

    func summaries(tieSources: [[Int]], replaced: [Int]) -> [SourceSummary] {
        var actorsOnly = [Int](repeating: 0, count: sources.count)
        for members in grouping.members {
            let owners = Set(members.map { records[$0].source })
            if owners.count == 1, let s = owners.first { actorsOnly[s] += 1 }
        }
        var tiesOnly = [Int](repeating: 0, count: sources.count)
        for owners in tieSources where owners.count == 1 { tiesOnly[owners[0]] += 1 }
        return sources.enumerated().map { s, source in
            SourceSummary(name: source.name, respondent: respondentGroup[s].map(reference(ofGroup:)), date: source.date,
                          actors: source.network.actors.count, ties: source.network.ties.count,
                          actorsOnlyHere: actorsOnly[s], tiesOnlyHere: tiesOnly[s], replacedReportedBy: replaced[s])
        }
    }

    /// Each merged actor's members, from the one whose spelling it took along the matches that joined them.
    func actorMerges() -> [ActorMerge] {
        var neighbours = [[(record: Int, reason: MatchReason)]](repeating: [], count: records.count)
        for link in grouping.links {
            neighbours[link.a].append((link.b, link.reason))
            neighbours[link.b].append((link.a, link.reason))
        }
        return order.map { g in
            let members = grouping.members[g]
            let root = members.max { a, b in
                let ra = (records[a].name == groupName[g], rank(records[a].source, subject: [g]), -a)
                let rb = (records[b].name == groupName[g], rank(records[b].source, subject: [g]), -b)
                return (ra.0 ? 1 : 0, ra.1, ra.2) < (rb.0 ? 1 : 0, rb.1, rb.2)
            } ?? members[0]
            var list: [ActorMerge.Member] = []
            var memberIndex: [Int: Int] = [:]
            var queue = [root]
            var links: [Int: ActorMerge.Link] = [:]
            memberIndex[root] = 0
            var head = 0
            while head < queue.count {
                let r = queue[head]
                head += 1
                list.append(ActorMerge.Member(source: sources[records[r].source].name, id: records[r].id,
                                              name: records[r].name, link: links[r]))
                for next in neighbours[r].sorted(by: { $0.record < $1.record }) where memberIndex[next.record] == nil {
                    memberIndex[next.record] = queue.count
                    links[next.record] = ActorMerge.Link(member: memberIndex[r] ?? 0, reason: next.reason)
                    queue.append(next.record)
                }
            }
            return ActorMerge(actor: reference(ofGroup: g), members: list)
        }
    }

    /// Look-alikes between merged actors that no source lists side by side.
    func proposals() -> [Proposal] {
        var variants: [ProposalFinder.Variant] = []
        var usersOf: [String: Int] = [:]
        for (g, members) in grouping.members.enumerated() {
            var seen = Set<String>()
            var words = Set<String>()
            for r in members where seen.insert(records[r].nameKey.key).inserted {
                variants.append(ProposalFinder.Variant(group: g, name: records[r].nameKey))
                words.formUnion(records[r].nameKey.words)
            }
            for word in words { usersOf[word, default: 0] += 1 }
        }
        let isPerson = grouping.members.map { $0.contains { records[$0].isPerson } }
        let sourcesOf = grouping.members.map { Array(Set($0.map { records[$0].source })).sorted() }
        let places = placeWords
        let found = ProposalFinder.proposals(variants: variants, isPerson: isPerson, sourcesOf: sourcesOf) { word in
            GenericWords.mayBeDistinctive(word) && !places.contains(word)
                && usersOf[word, default: 0] <= GenericWords.maximumActorsSharing
        }
        return found.map { pair in
            let (p, q) = (position[pair.first], position[pair.second])
            return (min(p, q), max(p, q), pair.evidence)
        }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map { p, q, evidence in
            Proposal(first: reference(atPosition: p), second: reference(atPosition: q), evidence: evidence)
        }
    }
}
