/// Which ties a merge keeps, and the aliases it applies.
public struct MergeOptions: Hashable, Sendable {
    public var rule: MergeRule
    /// Keep only ties at least this many sources reported (`--min-sources`); 1 keeps all.
    ///
    /// Counted by the names in the merged `reported_by`, so that a merged network given again as one source
    /// still counts the interviews behind it.
    public var minimumSources: Int
    public var aliases: AliasTable

    public init(rule: MergeRule = .union, minimumSources: Int = 1, aliases: AliasTable = .empty) {
        self.rule = rule; self.minimumSources = minimumSources; self.aliases = aliases
    }
}

/// A merged network and what the merge did.
public struct MergeResult: Sendable {
    public var network: Network
    public var report: MergeReport
}

/// Several interviews, workshops and lists of one quarter become one network.
///
/// **Actors** are matched by ``ActorMatcher`` (aliases, then the same name once normalised, then the same
/// meaningful id); look-alikes are only proposed (``ProposalFinder``). A merged actor takes the most frequent
/// spelling of its name (equal counts: the actor's own interview, then the newer source, then the later source
/// name, as in ``SourceRank``), or the name the aliases table gives it. Its id is the most frequent meaningful id
/// of its members (see ``ActorMatcher/meaningfulID(_:name:)``), else one derived from its name; where two merged
/// actors would share an id (ignoring case), an id a source gave goes before one derived from a name, then the name
/// that comes first in Unicode order keeps it, and the other takes one derived from its name (`-2`, `-3`, … if
/// that is taken too). Actors are ordered by id.
///
/// **Fields** that disagree (type, category, themes, area, influence, interest, attitude, contact, notes, extra
/// columns) are decided by ``FieldVote``: the most frequent value, then the respondent's own interview, then the
/// newer source, then the later name; values a source leaves empty do not vote. Themes count as a set.
/// Privacy errs on the safe side: if any source says the actor is a private person, the merged actor is one.
/// Extra columns are matched by header ignoring case and kept in the order of their headers.
///
/// **Ties** are matched by their merged actors, kind and direction (as the loader merges duplicates: an undirected
/// tie in either direction, a directed one per direction); two sources reporting the same pair with different
/// kinds give two ties, one per kind, each with its own confirmation. A tie keeps every source that reported it
/// in `reported_by` (sorted, joined by ` | `): in a respondent's interview that is the interview's name; in a
/// source without a respondent, the tie's own `reported_by` names (a merged network's earlier sources, a list's
/// own provenance), else the source's name. Its confirmation is ``TieConfirmation``'s. Strength is the highest
/// reported; `since` the earliest and `until` the latest given (when they contradict, the end is dropped);
/// notes and extra columns by vote. Every disagreement is in the report. Ties are ordered by their actors' order,
/// an undirected tie from the actor that comes first. A source's own `confirmation` column is not read: the
/// merge decides confirmations afresh from all its sources.
///
/// **Deterministic and idempotent.** Sources are taken in the order of their names (two sources may not share
/// one), so the order of the command line changes nothing. The merged network records its sources and their
/// respondents in ``Network/mergedFrom``, so merging it again, alone or with the same sources, gives it back
/// unchanged: each of its values is the winner it was plus its own vote, its ties' sources are the same set, and
/// the same interviews decide the same confirmations.
///
/// - Complexity: near-linear in the number of source actors and ties: every index is hashed, and proposals come
///   from blocked candidates (see ``ProposalFinder``), never from all pairs.
public enum NetworkMerger {
    /// Merges `sources` (in any order); throws when a respondent names no actor or two sources share a name.
    public static func merge(_ sources: [MergeSource], options: MergeOptions = MergeOptions()) throws(MergeError)
        -> MergeResult {
        var run = try MergeRun(sources: sources, options: options)
        return try run.result()
    }
}

/// The state of one merge, step by step.
struct MergeRun {
    let sources: [MergeSource]
    let options: MergeOptions
    var records: [SourceActor] = []
    /// The first record of each source.
    var offset: [Int] = []
    var grouping: ActorMatcher.Grouping
    var placeWords: Set<String>
    /// The group of each source's respondent.
    var respondentGroup: [Int?] = []
    var groupName: [String] = []
    var groupID: [String] = []
    /// Groups in the merged network's order, and each group's position in it.
    var order: [Int] = []
    var position: [Int] = []

    init(sources unsorted: [MergeSource], options: MergeOptions) throws(MergeError) {
        guard !unsorted.isEmpty else { throw .noSources }
        sources = unsorted.sorted { $0.name < $1.name }
        self.options = options
        for (a, b) in zip(sources, sources.dropFirst()) where a.name == b.name {
            let paths = sources.filter { $0.name == a.name }.compactMap { $0.url?.path }
            throw .duplicateSourceName(a.name, paths: paths)
        }
        var areas: [String] = []
        for (s, source) in sources.enumerated() {
            offset.append(records.count)
            for (i, actor) in source.network.actors.enumerated() {
                records.append(SourceActor(
                    source: s, index: i, name: actor.name, id: actor.id, nameKey: ActorName(actor.name),
                    explicitID: ActorMatcher.meaningfulID(actor.id, name: actor.name),
                    isPerson: actor.isPrivate || actor.type == .resident))
                if let area = actor.area { areas.append(area) }
            }
        }
        // A network's name is the quarter's only where two sources share it; alone it is often a folder name
        // such as "interview-regenbogen", whose words name an actor rather than a place.
        var nameCount: [String: Int] = [:]
        for source in sources { nameCount[Normalize.key(source.network.name), default: 0] += 1 }
        let quarterNames = sources.map(\.network.name).filter { nameCount[Normalize.key($0), default: 0] > 1 }
        let places = GenericWords.placeWords(areas: areas, networkNames: quarterNames)
        placeWords = places
        grouping = ActorMatcher.group(records, aliases: options.aliases) { word in
            GenericWords.mayBeDistinctive(word) && !places.contains(word)
        }
        for (s, source) in sources.enumerated() {
            guard let text = source.respondent else { respondentGroup.append(nil); continue }
            respondentGroup.append(grouping.groupOf[try record(named: text, inSource: s)])
        }
        groupName = chosenNames()
        identifyGroups()
    }

    // MARK: Actors

    /// The record of the actor `text` names in source `s`: by id, then by name, then by name once normalised.
    func record(named text: String, inSource s: Int) throws(MergeError) -> Int {
        let first = offset[s], end = s + 1 < offset.count ? offset[s + 1] : records.count
        let range = first..<end
        let key = Normalize.key(text), nameKey = ActorName(text).key
        if let r = range.first(where: { Normalize.key(records[$0].id) == key })
            ?? range.first(where: { Normalize.key(records[$0].name) == key })
            ?? range.first(where: { records[$0].nameKey.key == nameKey }) {
            return r
        }
        throw .unknownRespondent(source: sources[s].name, respondent: text,
                                 suggestions: Suggestions.closest(to: text, in: range.map { records[$0].name }))
    }

    /// How source `s` ranks when it decides about something of the actors `subject` (groups).
    func rank(_ s: Int, subject: [Int]) -> SourceRank {
        SourceRank(isOwnInterview: respondentGroup[s].map(subject.contains) ?? false, date: sources[s].date,
                   name: sources[s].name)
    }

    /// Each group's name: a name the aliases table gives it (the one most members write, then the first in
    /// Unicode order), else the most frequent spelling.
    func chosenNames() -> [String] {
        grouping.members.enumerated().map { g, members in
            let preferred = grouping.preferredNames[g]
            if !preferred.isEmpty {
                let count = { (name: String) in members.filter { self.records[$0].name == name }.count }
                return preferred.min { (-count($0), $0) < (-count($1), $1) } ?? preferred[0]
            }
            let ballots = members.map { (value: records[$0].name, source: records[$0].source) }
            return FieldVote.decide(ballots, key: { $0 }, rank: { rank($0, subject: [g]) })?.winner ?? records[members[0]].name
        }
    }

    /// Each group's id and the merged network's order; see ``NetworkMerger`` for the rule.
    mutating func identifyGroups() {
        let candidates = candidateIDs()
        // Settle shared ids in an order that does not depend on the sources' order: an id a source gave before one
        // derived from a name, then by name.
        let keys = candidates.indices.map { (Normalize.key(candidates[$0].id), candidates[$0].isDerived ? 1 : 0, groupName[$0]) }
        let settling = grouping.members.indices.sorted { a, b in
            if keys[a] != keys[b] { return keys[a] < keys[b] }
            return memberSignature(a).lexicographicallyPrecedes(memberSignature(b))
        }
        var used = Set<String>()
        groupID = candidates.map(\.id)
        for g in settling {
            var id = candidates[g].id
            if used.contains(Normalize.key(id)) {
                let base = Actor.deriveID(from: groupName[g])
                id = base
                var n = 2
                while used.contains(Normalize.key(id)) { id = "\(base)-\(n)"; n += 1 }
            }
            used.insert(Normalize.key(id))
            groupID[g] = id
        }
        order = grouping.members.indices.sorted { groupID[$0] < groupID[$1] }
        position = [Int](repeating: 0, count: order.count)
        for (p, g) in order.enumerated() { position[g] = p }
    }

    /// Each group's most frequent meaningful id, else one derived from its name.
    func candidateIDs() -> [(id: String, isDerived: Bool)] {
        grouping.members.enumerated().map { g, members in
            let ballots = members.compactMap { r -> (value: String, source: Int)? in
                records[r].explicitID == nil ? nil : (records[r].id, records[r].source)
            }
            if let id = FieldVote.decide(ballots, key: Normalize.key, rank: { rank($0, subject: [g]) })?.winner {
                return (id, false)
            }
            return (Actor.deriveID(from: groupName[g]), true)
        }
    }

    /// The sources and ids of a group's members, a last tie-break that only the data decides.
    private func memberSignature(_ g: Int) -> [String] {
        grouping.members[g].map { sources[records[$0].source].name + "\u{1}" + records[$0].id }.sorted()
    }

    func reference(ofGroup g: Int) -> ActorReference {
        ActorReference(id: groupID[g], name: groupName[g], isPrivate: grouping.members[g].contains { actor(of: $0).isPrivate })
    }

    func reference(atPosition p: Int) -> ActorReference {
        reference(ofGroup: order[p])
    }

    func actor(of r: Int) -> Actor {
        sources[records[r].source].network.actors[records[r].index]
    }

    /// The merged actors, in order, with their fields decided.
    func mergedActors(log: inout DisagreementLog) -> [Actor] {
        let columns = Self.columns(sources.map { $0.network.actors.flatMap { $0.attributes.map(\.name) } })
        var actors: [Actor] = []
        for g in order {
            let members = grouping.members[g]
            let subject = Disagreement.Subject.actor(reference(ofGroup: g))
            let rank = { (s: Int) in self.rank(s, subject: [g]) }
            func ballots<V>(_ value: (Actor) -> V?) -> [(value: V, source: Int)] {
                members.compactMap { r in value(actor(of: r)).map { ($0, records[r].source) } }
            }
            func pick<V: Hashable, K: Hashable>(
                _ field: Disagreement.Field, _ value: (Actor) -> V?, key: (V) -> K, shown: (V) -> FieldValue
            ) -> V? {
                log.decide(ballots(value), key: key, subject: subject, field: field, rank: rank, shown: shown)
            }
            let type = pick(.type, \.type, key: { $0 }, shown: FieldValue.type)
            let category = pick(.category, \.category, key: Normalize.key, shown: FieldValue.text)
            let themes = pick(.themes, { $0.themes.isEmpty ? nil : $0.themes }, key: { Set($0.map(Normalize.key)) },
                              shown: FieldValue.list)
            let area = pick(.area, \.area, key: Normalize.key, shown: FieldValue.text)
            let influence = pick(.influence, \.influence, key: { $0 }, shown: FieldValue.number)
            let interest = pick(.interest, \.interest, key: { $0 }, shown: FieldValue.number)
            let attitude = pick(.attitude, \.attitude, key: { $0 }, shown: FieldValue.attitude)
            let contact = pick(.contact, \.contact, key: Normalize.key, shown: FieldValue.text)
            let notes = pick(.notes, \.notes, key: Normalize.key, shown: FieldValue.text)
            // Privacy errs on the safe side: one source saying "private person" is enough.
            let privacy = ballots { $0.isPrivate }
            let isPrivate = privacy.contains { $0.value }
            if privacy.contains(where: { $0.value }) && privacy.contains(where: { !$0.value }) {
                let votes = [true, false].map { flag in
                    Disagreement.Vote(value: .flag(flag), sources: log.names(privacy.filter { $0.value == flag }.map(\.source)))
                }
                log.entries.append(Disagreement(subject: subject, field: .isPrivate, votes: votes, winner: .flag(true),
                                                reason: .privacyErrsOnSafeSide))
            }
            var attributes: [Attribute] = []
            for column in columns {
                let value = pick(.attribute(column.header), { actor in
                    actor.attributes.first { Normalize.key($0.name) == column.key && !$0.value.isEmpty }?.value
                }, key: Normalize.key, shown: FieldValue.text)
                attributes.append(Attribute(name: column.header, value: value ?? ""))
            }
            actors.append(Actor(
                id: groupID[g], name: groupName[g], type: type ?? .institution, category: category, themes: themes ?? [],
                area: area, influence: influence, interest: interest, attitude: attitude, isPrivate: isPrivate,
                contact: contact, notes: notes, attributes: attributes))
        }
        return actors
    }

    /// The extra columns of all sources, matched by header ignoring case: each written as most sources write it
    /// (equal counts: the first in Unicode order), ordered by that header.
    static func columns(_ headersPerSource: [[String]]) -> [(key: String, header: String)] {
        var spellings: [String: [String: Int]] = [:]
        for headers in headersPerSource {
            for header in Set(headers) { spellings[Normalize.key(header), default: [:]][header, default: 0] += 1 }
        }
        return spellings.map { key, counts in
            (key, counts.min { (-$0.value, $0.key) < (-$1.value, $1.key) }?.key ?? key)
        }.sorted { ($0.key, $0.header) < ($1.key, $1.header) }
    }
}

/// The disagreements a merge finds, in the order it finds them.
struct DisagreementLog {
    let sourceNames: [String]
    var entries: [Disagreement] = []

    /// Source names of a vote, sorted and without repeats.
    func names(_ indices: [Int]) -> [String] {
        Array(Set(indices.map { sourceNames[$0] })).sorted()
    }

    /// Keeps a vote's winner and records the disagreement if there was one.
    mutating func decide<Value: Hashable, Key: Hashable>(
        _ ballots: [(value: Value, source: Int)], key: (Value) -> Key, subject: Disagreement.Subject,
        field: Disagreement.Field, rank: (Int) -> SourceRank, shown: (Value) -> FieldValue
    ) -> Value? {
        guard let result = FieldVote.decide(ballots, key: key, rank: rank) else { return nil }
        if result.isDisagreement {
            entries.append(Disagreement(
                subject: subject, field: field,
                votes: result.groups.map { Disagreement.Vote(value: shown($0.value), sources: names($0.sources)) },
                winner: shown(result.winner), reason: result.decision))
        }
        return result.winner
    }
}
