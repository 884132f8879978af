/// One actor as one source has it: the unit the matcher groups.
struct SourceActor {
    /// Index of the source in the merge's (sorted) order.
    var source: Int
    /// Index of the actor in that source's network.
    var index: Int
    var name: String
    var id: String
    var nameKey: ActorName
    /// The id, normalised, when it says more than the name: see ``ActorMatcher/meaningfulID(_:name:)``.
    var explicitID: String?
    var isPerson: Bool
}

/// Groups source actors into merged actors, in three steps, each recorded with its reason.
///
/// 1. **Aliases** first: every actor whose name or id is a row's alias (or is the same name once normalised) joins
///    every actor whose name or id is that row's actor. The user's word; nothing is checked.
/// 2. **Same name** once normalised (``ActorName``): "KiTa Sonnenschein e.V." and "Kita Sonnenschein".
/// 3. **Same id**, where the id says more than the name (see ``meaningfulID(_:name:)``) and the names are alike
///    enough to be one actor's (see ``NameEvidence``): the id links "Mühlenblatt" to "Mühlenblatt –
///    Stadtteilzeitung e.V.", but two different actors that happen to share an id "3" in two spreadsheets stay
///    apart, and so do two groups that one source lists side by side.
///
/// Everything else is at most a proposal (``ProposalFinder``). Deterministic: records come in the sources' sorted
/// order, and a union keeps the smaller index as the root. O(n α(n)) for n source actors, plus the id step's
/// pairs of actors sharing an id (at most one per source each).
enum ActorMatcher {
    struct Grouping {
        /// The group of each record.
        var groupOf: [Int]
        /// The records of each group, in record order; groups ordered by their first record.
        var members: [[Int]]
        /// The matches that joined groups, a spanning forest over the records.
        var links: [(a: Int, b: Int, reason: MatchReason)]
        /// Names the aliases table gives a group (its `Akteur` cells that are not ids), in table order.
        var preferredNames: [[String]]
        var unusedAliases: [AliasRule]
    }

    /// The normalised id when it carries information beyond the name, else `nil`.
    ///
    /// Not meaningful: an id derived from the name the way the loader derives missing ids (`kita-sonnenschein`,
    /// `kita-sonnenschein-2`), and a row number: a bare number, or one letter and a number (`n12`, as yEd and Gephi
    /// write node ids). NodeXL, Gephi and many spreadsheets number their rows, and row 3 of one file is not row 3
    /// of another.
    static func meaningfulID(_ id: String, name: String) -> String? {
        let derived = Actor.deriveID(from: name)
        if id == derived { return nil }
        if id.hasPrefix(derived + "-"), Int(id.dropFirst(derived.count + 1)) != nil { return nil }
        let scalars = Array(id.unicodeScalars)
        let numbered = scalars.count > 1 && scalars[0].properties.isAlphabetic
            && scalars.dropFirst().allSatisfy { ("0"..."9").contains($0) }
        if numbered || id.allSatisfy(\.isNumber) { return nil }
        return Normalize.key(id)
    }

    static func group(
        _ records: [SourceActor], aliases: AliasTable, isDistinctive: (String) -> Bool
    ) -> Grouping {
        var sets = UnionFind(count: records.count)
        var links: [(a: Int, b: Int, reason: MatchReason)] = []
        func join(_ a: Int, _ b: Int, _ reason: MatchReason) {
            if sets.union(a, b) { links.append((a, b, reason)) }
        }
        var byKey: [String: [Int]] = [:]
        var byID: [String: [Int]] = [:]
        for (r, record) in records.enumerated() {
            byKey[record.nameKey.key, default: []].append(r)
            byID[Normalize.key(record.id), default: []].append(r)
        }

        // 1. Aliases.
        var preferred: [(record: Int, name: String)] = []
        var unused: [AliasRule] = []
        for rule in aliases.rules {
            let aliasSide = Self.records(named: rule.alias, byKey: byKey, byID: byID)
            let actorSide = Self.records(named: rule.actor, byKey: byKey, byID: byID)
            guard let first = (aliasSide + actorSide).min() else {
                unused.append(rule)
                continue
            }
            if aliasSide.isEmpty { unused.append(rule) }
            for r in aliasSide + actorSide { join(first, r, .alias(rule)) }
            // The cell names the actor by id only when it is some actor's id and no actor's name.
            let actorIsAnID = byID[Normalize.key(rule.actor)] != nil && byKey[ActorName(rule.actor).key] == nil
            if !actorIsAnID { preferred.append((first, rule.actor)) }
        }

        // 2. Same name once normalised.
        for r in records.indices {
            guard let first = byKey[records[r].nameKey.key]?.first, first != r else { continue }
            join(first, r, records[first].name == records[r].name ? .sameName : .normalisedName(records[r].nameKey.key))
        }

        // 3. Same meaningful id, alike names, never two actors one source keeps apart.
        var sourcesOfRoot: [Int: Set<Int>] = [:]
        for r in records.indices { sourcesOfRoot[sets.find(r), default: []].insert(records[r].source) }
        var explicit: [String: [Int]] = [:]
        var idOrder: [String] = []
        for (r, record) in records.enumerated() {
            guard let id = record.explicitID else { continue }
            if explicit[id] == nil { idOrder.append(id) }
            explicit[id, default: []].append(r)
        }
        for id in idOrder {
            let sharing = explicit[id] ?? []
            guard sharing.count > 1 else { continue }
            for (i, a) in sharing.enumerated() {
                for b in sharing[(i + 1)...] {
                    let ra = sets.find(a), rb = sets.find(b)
                    guard ra != rb, records[a].isPerson == records[b].isPerson,
                          sourcesOfRoot[ra, default: []].isDisjoint(with: sourcesOfRoot[rb, default: []]),
                          !NameEvidence.between(records[a].nameKey, records[b].nameKey, persons: records[a].isPerson,
                                                isDistinctive: isDistinctive).isEmpty
                    else { continue }
                    let merged = sourcesOfRoot[ra, default: []].union(sourcesOfRoot[rb, default: []])
                    join(a, b, .sameID(records[a].id))
                    sourcesOfRoot[sets.find(a)] = merged
                }
            }
        }

        var groupOfRoot: [Int: Int] = [:]
        var members: [[Int]] = []
        var groupOf = [Int](repeating: 0, count: records.count)
        for r in records.indices {
            let root = sets.find(r)
            if let g = groupOfRoot[root] {
                groupOf[r] = g
                members[g].append(r)
            } else {
                groupOfRoot[root] = members.count
                groupOf[r] = members.count
                members.append([r])
            }
        }
        var preferredNames = [[String]](repeating: [], count: members.count)
        for entry in preferred where !preferredNames[groupOf[entry.record]].contains(entry.name) {
            preferredNames[groupOf[entry.record]].append(entry.name)
        }
        return Grouping(groupOf: groupOf, members: members, links: links, preferredNames: preferredNames,
                        unusedAliases: unused)
    }

    /// Records whose name is `text` once normalised, or whose id is `text`.
    private static func records(named text: String, byKey: [String: [Int]], byID: [String: [Int]]) -> [Int] {
        let found = (byKey[ActorName(text).key] ?? []) + (byID[Normalize.key(text)] ?? [])
        return Array(Set(found)).sorted()
    }
}

/// Disjoint sets with path halving; the smaller index stays the root, so results do not depend on the order of unions.
struct UnionFind {
    private var parent: [Int]

    init(count: Int) { parent = Array(0..<count) }

    mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    /// Joins the sets of `a` and `b`; `false` if they were one already.
    @discardableResult
    mutating func union(_ a: Int, _ b: Int) -> Bool {
        let ra = find(a), rb = find(b)
        guard ra != rb else { return false }
        if ra < rb { parent[rb] = ra } else { parent[ra] = rb }
        return true
    }
}
