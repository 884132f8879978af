/// A suggested new tie between two actors who do not know each other yet.
public struct Introduction: Sendable, Hashable {
    /// Why this pair was considered: the gap it would close.
    public enum Purpose: Sendable, Hashable {
        /// Joins a detached group (index into ``Analysis/components``) to the main network.
        case joinsGroup(component: Int)
        /// Links two sectors that hardly talk.
        case linksSectors(ActorType, ActorType)
        /// Links two communities with no tie.
        case linksCommunities(Int, Int)
        /// Gives actors who hang on one actor (`cutVertex`) a second way into the network.
        case bypasses(cutVertex: Int, protected: Int)
    }

    public let source: Int
    public let target: Int
    /// Rise in the network's global efficiency (mean of 1/distance over all pairs) the tie would bring.
    public let gain: Double
    /// Pairs of actors who could not reach each other before and could after.
    public let pairsConnected: Int
    public let purpose: Purpose
    /// Themes both work on.
    public let sharedThemes: [String]
    /// The sub-area both are in, if the same.
    public let sharedArea: String?
}

extension Analysis {
    /// Above this size the exact efficiency gain is not computed for introductions (it needs all distances).
    static let introductionExactLimit = 2_500

    /// The most partners from the main network considered for introductions.
    static let partnerPoolLimit = 3_000

    /// Pairs of actors not yet tied whose new tie would close the largest gaps, best first.
    ///
    /// Candidates come from the gaps (detached groups, sectors and communities without ties, actors that
    /// hang on one cut vertex); each is scored by the rise in global efficiency (Latora & Marchiori 2001)
    /// it would bring, weighted up when the two share a theme or an area, since such introductions
    /// are likelier to hold. The QM office is never a partner: it is the one making introductions.
    /// Each actor appears at most twice and each gap at most twice in the list.
    public func introductions(top: Int? = nil) -> [Introduction] {
        let limit = top ?? options.introductions
        let n = graph.nodeCount
        guard n >= 3, limit > 0 else { return [] }
        let candidates = introductionCandidates()
        guard !candidates.isEmpty else { return [] }
        let distances = n <= Self.introductionExactLimit ? DistanceMatrix(graph) : nil
        var scored: [(intro: Introduction, score: Double, key: String)] = []
        for candidate in candidates {
            let (x, y) = (candidate.x, candidate.y)
            var (gain, connected) = distances?.gain(adding: x, y)
                ?? (fragmentationGain(x, y), componentPairs(x, y))
            // Pairs that would stay connected if the cut vertex left: the Verstetigung gain. Each counts a
            // tenth of a pair newly connected today, since it pays off only if that actor goes.
            gain += 0.1 * Double(candidate.protectedPairs) / (Double(n) * Double(n - 1) / 2)
            guard gain > 0 else { continue }
            let shared = sharedThemes(x, y)
            let area = sharedArea(x, y)
            let affinity = 1 + 0.5 * Double(min(shared.count, 2)) + (area == nil ? 0 : 0.25)
            let intro = Introduction(source: x, target: y, gain: gain, pairsConnected: connected,
                                     purpose: candidate.purpose, sharedThemes: shared, sharedArea: area)
            scored.append((intro, gain * affinity, candidate.key))
        }
        scored.sort { a, b in
            if a.score != b.score { return a.score > b.score }
            return (a.intro.source, a.intro.target) < (b.intro.source, b.intro.target)
        }
        // First the best introduction of each kind (joining groups, bypassing cut vertices, linking sectors,
        // linking communities), then the best for each gap, then second-best ones; within a round by score.
        var chosen: [(intro: Introduction, score: Double)] = []
        var uses: [Int: Int] = [:]
        var gapUses: [String: Int] = [:]
        var kindUses: [String: Int] = [:]
        var pairs = Set<[Int]>()
        for round in 0...2 {
            for entry in scored where chosen.count < limit {
                let i = entry.intro
                let pair = [min(i.source, i.target), max(i.source, i.target)]
                let kind = i.purpose.kindKey
                guard (uses[i.source] ?? 0) < 2, (uses[i.target] ?? 0) < 2, (gapUses[entry.key] ?? 0) < max(1, round),
                      round > 0 || kindUses[kind] == nil, !pairs.contains(pair) else { continue }
                kindUses[kind, default: 0] += 1
                pairs.insert(pair)
                uses[i.source, default: 0] += 1
                uses[i.target, default: 0] += 1
                gapUses[entry.key, default: 0] += 1
                chosen.append((i, entry.score))
            }
        }
        return chosen.sorted { a, b in
            a.intro.gain != b.intro.gain ? a.intro.gain > b.intro.gain : a.score > b.score
        }.map(\.intro)
    }

    private struct Candidate {
        let x: Int
        let y: Int
        let purpose: Introduction.Purpose
        let key: String
        var protectedPairs = 0
    }

    /// Pairs worth scoring, from each kind of gap; never the QM office, never a pair already tied (conflicts included).
    private func introductionCandidates() -> [Candidate] {
        // The graph holds every tie but conflicts; those are the only ones to remember apart.
        func pairKey(_ a: Int, _ b: Int) -> UInt64 { UInt64(min(a, b)) << 32 | UInt64(max(a, b)) }
        var conflicts = Set<UInt64>()
        for tie in network.ties where tie.kind == .conflict { conflicts.insert(pairKey(tie.source, tie.target)) }
        var result: [Candidate] = []
        var seen = Set<UInt64>()
        func add(_ a: Int, _ b: Int, _ purpose: Introduction.Purpose, _ key: String, protecting pairs: Int = 0) {
            guard a != b, a != home, b != home else { return }
            let pair = pairKey(a, b)
            guard !graph.areAdjacent(a, b), !conflicts.contains(pair), seen.insert(pair).inserted else { return }
            result.append(Candidate(x: a, y: b, purpose: purpose, key: key, protectedPairs: pairs))
        }
        // Partners come from the main network; in a city-scale one, from its best-placed actors (by
        // closeness), which are the ones worth introducing anyway and keep this step linear.
        var main = mainComponent.filter { $0 != home }
        if main.count > Self.partnerPoolLimit {
            main = Array(main.sorted { (measures[$0].closeness, -$0) > (measures[$1].closeness, -$1) }
                .prefix(Self.partnerPoolLimit)).sorted()
        }
        let keys = AffinityKeys(network)

        // Detached groups and isolates: their best-connected members to well-placed partners in the main part.
        // Largest detached groups first (components are ordered by size); a cap keeps city-scale networks
        // with hundreds of isolates fast, and only a few of these can be shown anyway.
        for (c, members) in components.enumerated().dropFirst().prefix(60) {
            // Isolates share one key, so that actors without any recorded tie do not crowd out the rest.
            let key = members.count == 1 ? "isolates" : "component-\(c)"
            for x in byDegree(members).prefix(4) {
                for y in partners(for: x, among: main, limit: 6, keys: keys) { add(x, y, .joinsGroup(component: c), key) }
            }
        }
        // Actors who hang on one cut vertex (the QM office included): a second way in.
        for c in cutVertices {
            let v = c.actor
            let largest = Set(c.remaining)
            let outside = main.filter { $0 != v && largest.contains($0) }
            for x in byDegree(c.cutOff).prefix(4) {
                let part = c.parts.first { $0.contains(x) }?.count ?? 1
                for y in partners(for: x, among: outside, limit: 5, keys: keys) {
                    add(x, y, .bypasses(cutVertex: v, protected: part), "cut-\(v)", protecting: part * largest.count)
                }
            }
        }
        // Sectors that hardly talk.
        for gap in sectorGaps {
            guard case let .sectors(a, b, _, _) = gap.detail else { continue }
            let left = byDegree(main.filter { network.actors[$0].type == a && !network.actors[$0].isPrivate })
            let right = byDegree(main.filter { network.actors[$0].type == b && !network.actors[$0].isPrivate })
            for x in left.prefix(5) {
                for y in partners(for: x, among: right, limit: 3, keys: keys) { add(x, y, .linksSectors(a, b), "sectors-\(a)-\(b)") }
            }
        }
        // Communities with no tie between them.
        for gap in communityGaps {
            guard case let .communities(a, b, _) = gap.detail else { continue }
            let left = byDegree(communities.groups[a].filter { $0 != home })
            let right = communities.groups[b].filter { $0 != home }
            for x in left.prefix(3) {
                for y in partners(for: x, among: right, limit: 3, keys: keys) { add(x, y, .linksCommunities(a, b), "communities-\(a)-\(b)") }
            }
        }
        return result
    }

    /// Actors by degree, highest first, then input order.
    private func byDegree(_ actors: [Int]) -> [Int] {
        actors.sorted { measures[$0].degree != measures[$1].degree ? measures[$0].degree > measures[$1].degree : $0 < $1 }
    }

    /// Likely partners for `x`, best first: shared themes, then same area, then closeness, then input order.
    ///
    /// Returns the first `limit` of that order, picked in one pass over `pool` (O(|pool| · limit)) with
    /// theme and area keys normalised once in `keys`: a city-wide pool has some 100,000 actors, and
    /// this runs for every detached group.
    private func partners(for x: Int, among pool: [Int], limit: Int, keys: AffinityKeys) -> [Int] {
        var best: [(y: Int, themes: Int, area: Int, closeness: Double)] = []
        func precedes(_ a: (y: Int, themes: Int, area: Int, closeness: Double),
                      _ b: (y: Int, themes: Int, area: Int, closeness: Double)) -> Bool {
            if a.themes != b.themes { return a.themes > b.themes }
            if a.area != b.area { return a.area > b.area }
            return a.closeness != b.closeness ? a.closeness > b.closeness : a.y < b.y
        }
        for y in pool where y != x {
            let entry = (y: y, themes: keys.sharedThemeCount(x, y), area: keys.shareArea(x, y) ? 1 : 0,
                         closeness: measures[y].closeness)
            if best.count == limit, let last = best.last, !precedes(entry, last) { continue }
            let position = best.firstIndex { precedes(entry, $0) } ?? best.count
            best.insert(entry, at: position)
            if best.count > limit { best.removeLast() }
        }
        return best.map(\.y)
    }

    /// Every actor's theme and area keys (``Normalize/key(_:)``), for comparing many pairs.
    fileprivate struct AffinityKeys {
        let themes: [[String]]
        let areas: [String?]
        let hasArea: [Bool]

        init(_ network: Network) {
            // Actors share a few themes and areas: each distinct text is normalised once.
            var keys = NormalizedKeys()
            themes = network.actors.map { $0.themes.map { keys[$0] } }
            areas = network.actors.map { $0.area.map { keys[$0] } }
            hasArea = network.actors.map { !($0.area ?? "").isEmpty }
        }

        /// `sharedThemes(x, y).count`.
        func sharedThemeCount(_ x: Int, _ y: Int) -> Int {
            let theirs = themes[y]
            return themes[x].reduce(0) { $0 + (theirs.contains($1) ? 1 : 0) }
        }

        /// `sharedArea(x, y) != nil`.
        func shareArea(_ x: Int, _ y: Int) -> Bool {
            guard hasArea[x], let a = areas[x], let b = areas[y] else { return false }
            return a == b
        }
    }

    func sharedThemes(_ x: Int, _ y: Int) -> [String] {
        let theirs = Set(network.actors[y].themes.map(Normalize.key))
        return network.actors[x].themes.filter { theirs.contains(Normalize.key($0)) }
    }

    func sharedArea(_ x: Int, _ y: Int) -> String? {
        guard let a = network.actors[x].area, let b = network.actors[y].area,
              !a.isEmpty, Normalize.key(a) == Normalize.key(b) else { return nil }
        return a
    }

    /// For networks too large for all distances: the drop in fragmentation when the two components join.
    private func fragmentationGain(_ x: Int, _ y: Int) -> Double {
        let n = Double(graph.nodeCount)
        let cx = measures[x].component, cy = measures[y].component
        guard cx != cy else { return 0 }
        let a = Double(components[cx].count), b = Double(components[cy].count)
        return 2 * a * b / (n * (n - 1))
    }

    private func componentPairs(_ x: Int, _ y: Int) -> Int {
        let cx = measures[x].component, cy = measures[y].component
        return cx == cy ? 0 : components[cx].count * components[cy].count
    }
}

extension Introduction.Purpose {
    /// The kind of purpose, without its details.
    var kindKey: String {
        switch self {
        case .joinsGroup: return "joins"
        case .linksSectors: return "sectors"
        case .linksCommunities: return "communities"
        case .bypasses: return "bypasses"
        }
    }
}

/// All hop distances of a graph in one flat matrix (`UInt16.max` = unreachable); O(|V|(|V| + |E|)) to build.
struct DistanceMatrix {
    let n: Int
    let d: [UInt16]

    init(_ graph: Graph) {
        n = graph.nodeCount
        var d = [UInt16](repeating: .max, count: n * n)
        var queue = [Int](repeating: 0, count: n)
        for s in 0..<n {
            let row = s * n
            d[row + s] = 0
            var head = 0, tail = 1
            queue[0] = s
            while head < tail {
                let v = queue[head]; head += 1
                let next = d[row + v] + 1
                for w in graph.neighbors(of: v) where d[row + Int(w)] == .max {
                    d[row + Int(w)] = next
                    queue[tail] = Int(w); tail += 1
                }
            }
        }
        self.d = d
    }

    /// The rise in global efficiency from a new tie x–y, and the number of pairs it newly connects.
    ///
    /// New distance of a pair (a, b) = min(d(a,b), d(a,x) + 1 + d(y,b), d(a,y) + 1 + d(x,b)). O(|V|²).
    func gain(adding x: Int, _ y: Int) -> (Double, Int) {
        var sum = 0.0
        var connected = 0
        let inf = Int(UInt16.max)
        for a in 0..<n {
            let ax = Int(d[a * n + x]), ay = Int(d[a * n + y])
            if ax == inf && ay == inf { continue }
            let row = a * n
            for b in (a + 1)..<n {
                let old = Int(d[row + b])
                let viaXY = ax == inf ? inf : ax + 1 + Int(d[y * n + b])
                let viaYX = ay == inf ? inf : ay + 1 + Int(d[x * n + b])
                let new = min(old, viaXY, viaYX)
                guard new < old else { continue }
                if old >= inf { connected += 1; sum += 1 / Double(new) } else { sum += 1 / Double(new) - 1 / Double(old) }
            }
        }
        let pairs = Double(n) * Double(n - 1) / 2
        return (sum / pairs, connected)
    }
}
