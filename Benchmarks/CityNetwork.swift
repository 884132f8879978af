import Foundation
import NetworkMap
import Wording

/// SplitMix64 (Steele, Lea & Flood 2014): a small seedable generator whose output is fixed by the seed.
///
/// Written here rather than borrowed from the library or Swift's default generator, so that the
/// benchmark networks stay the same whatever either of them does in future.
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (Lemire's multiply-shift).
    mutating func below(_ bound: Int) -> Int {
        Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A number in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { unit() < p }
}

/// Deterministic city-scale networks shaped like many quarters side by side.
///
/// The shape follows what quarter networks look like in practice: neighbourhood-sized groups (20-300
/// actors, skewed towards small ones) with dense-ish internal ties and a few local leaders
/// (preferential attachment inside the group), a few hubs (the QM office, institutions, bodies) with
/// high degree, mostly inside their own district, cross-group ties mostly between nearby groups,
/// some isolates and small detached groups. Average degree is about 6 (3 ties per actor); strengths
/// 1-3; a few conflict ties (which the analysis leaves out of the structure). Same size and seed,
/// same network, byte for byte.
enum CityNetwork {
    /// Builds a network of `actorCount` actors.
    static func generate(actors actorCount: Int, seed: UInt64 = 2024) -> Network {
        var random = SplitMix64(seed: seed ^ UInt64(actorCount))
        let n = max(actorCount, 10)
        let hubCount = max(4, n / 250)
        let isolateCount = max(2, n / 200)
        let detachedCount = max(4, n / 200)
        let groupedCount = n - hubCount - isolateCount - detachedCount

        // Group sizes 20-300, mostly small (mean about 90).
        var groupSizes: [Int] = []
        var left = groupedCount
        while left > 0 {
            let u = random.unit()
            var size = 20 + Int(280 * u * u * u)
            if left - size < 20 { size = left }
            groupSizes.append(size)
            left -= size
        }
        var groupStart: [Int] = []
        var cursor = hubCount
        for size in groupSizes { groupStart.append(cursor); cursor += size }
        let groupCount = groupSizes.count
        let detachedStart = cursor
        let isolateStart = detachedStart + detachedCount
        // Districts: runs of about eight neighbouring groups; each hub belongs to one.
        let districtSize = 8
        let districtCount = max(1, (groupCount + districtSize - 1) / districtSize)
        var groupOf = [Int](repeating: -1, count: n)
        for g in 0..<groupCount { for v in groupStart[g]..<(groupStart[g] + groupSizes[g]) { groupOf[v] = g } }

        // Actors.
        let themes = Network.defaultThemes(language: .de)
        var actors: [Actor] = []
        actors.reserveCapacity(n)
        var counters: [ActorType: Int] = [:]
        func makeActor(_ v: Int, type: ActorType, name: String? = nil, district: Int) -> Actor {
            counters[type, default: 0] += 1
            let label = name ?? "\(German().label(type, plural: false, custom: [])) \(counters[type, default: 0])"
            var actorThemes: [String] = []
            let themeCount = type == .resident ? (random.chance(0.3) ? 1 : 0) : 1 + random.below(2)
            for _ in 0..<themeCount {
                let theme = themes[random.below(themes.count)]
                if !actorThemes.contains(theme) { actorThemes.append(theme) }
            }
            return Actor(id: "a\(v)", name: label, type: type, themes: actorThemes, area: "Gebiet \(district + 1)")
        }
        for h in 0..<hubCount {
            let type: ActorType
            let name: String?
            if h == 0 {
                type = .institution; name = "Quartiersbüro"
            } else {
                let u = random.unit()
                type = u < 0.6 ? .institution : u < 0.85 ? .body : .association
                name = nil
            }
            actors.append(makeActor(h, type: type, name: name, district: h % districtCount))
        }
        for v in hubCount..<n {
            let district: Int
            if v < detachedStart { district = groupOf[v] / districtSize } else { district = random.below(districtCount) }
            let u = random.unit()
            let type: ActorType =
                u < 0.55 ? .resident : u < 0.67 ? .residentsGroup : u < 0.82 ? .association : u < 0.97 ? .business : .institution
            actors.append(makeActor(v, type: type, district: district))
        }

        // Ties, each pair at most once.
        var seen = Set<UInt64>(minimumCapacity: 4 * n)
        var ties: [Tie] = []
        ties.reserveCapacity(3 * n + n / 10)
        func strength(inGroup: Bool) -> Double {
            let u = random.unit()
            if inGroup { return u < 0.35 ? 1 : u < 0.75 ? 2 : 3 }
            return u < 0.5 ? 1 : u < 0.8 ? 2 : 3
        }
        @discardableResult
        func tie(_ a: Int, _ b: Int, inGroup: Bool) -> Bool {
            guard a != b else { return false }
            let key = UInt64(min(a, b)) << 32 | UInt64(max(a, b))
            guard seen.insert(key).inserted else { return false }
            let s = strength(inGroup: inGroup)
            var kind: TieKind = random.chance(0.35) ? .information : .cooperation
            var directed: Bool? = nil
            var (source, target) = (a, b)
            let types = (actors[a].type, actors[b].type)
            if types.0 == .body || types.1 == .body {
                kind = .membership
            } else if a < hubCount, actors[a].type == .institution, a != 0, random.chance(0.25) {
                kind = .funding; directed = true
            } else if !inGroup, random.chance(0.005) {
                kind = .conflict
            }
            if kind == .funding, b < a { (source, target) = (b, a) }
            ties.append(Tie(source: source, target: target, kind: kind, strength: s, isDirected: directed))
            return true
        }

        // Inside each group: preferential attachment to earlier members, about 2.3 ties per member.
        var endpoints: [Int] = []
        for g in 0..<groupCount {
            let start = groupStart[g], size = groupSizes[g]
            endpoints.removeAll(keepingCapacity: true)
            for i in 1..<size {
                let v = start + i
                let want = i == 1 ? 1 : (random.chance(0.3) ? 3 : 2)
                var made = 0, attempts = 0
                while made < want && attempts < 8 {
                    attempts += 1
                    let w = endpoints.isEmpty || random.chance(0.5)
                        ? start + random.below(i) : endpoints[random.below(endpoints.count)]
                    if tie(v, w, inGroup: true) { endpoints.append(v); endpoints.append(w); made += 1 }
                }
            }
        }
        // Between groups: mostly to neighbouring groups (offset 1-3), some anywhere.
        let crossTies = groupCount > 1 ? n * 45 / 100 : 0
        var made = 0
        while made < crossTies {
            let g = random.below(groupCount)
            let h: Int
            if random.chance(0.7) {
                let offset = (1 + random.below(3)) * (random.chance(0.5) ? 1 : -1)
                h = min(max(g + offset, 0), groupCount - 1)
            } else {
                h = random.below(groupCount)
            }
            guard g != h else { continue }
            let a = groupStart[g] + random.below(groupSizes[g])
            let b = groupStart[h] + random.below(groupSizes[h])
            if tie(a, b, inGroup: false) { made += 1 }
        }
        // Hubs: degrees falling off as 1 / rank^0.8; 60 % of a hub's ties stay in its district.
        let hubTies = n * 35 / 100
        let weights = (0..<hubCount).map { 1 / pow(Double($0 + 1), 0.8) }
        let weightSum = weights.reduce(0, +)
        for h in 0..<hubCount {
            let target = max(5, Int(Double(hubTies) * weights[h] / weightSum))
            let district = h % districtCount
            let firstGroup = district * districtSize
            let lastGroup = min(groupCount, firstGroup + districtSize) - 1
            var made = 0, attempts = 0
            while made < target && attempts < 4 * target {
                attempts += 1
                let g = random.chance(0.6) && firstGroup <= lastGroup
                    ? firstGroup + random.below(lastGroup - firstGroup + 1) : random.below(groupCount)
                let v = groupStart[g] + random.below(groupSizes[g])
                if tie(h, v, inGroup: false) { made += 1 }
            }
            // Hubs know each other: the QM office and every fourth hub meet in bodies.
            if h > 0, h % 4 == 0 || h < 4 { tie(0, h, inGroup: false) }
        }
        // Small detached groups (2-5 actors, fully tied) and isolates left without ties.
        var v = detachedStart
        while v < isolateStart {
            let size = min(2 + random.below(4), isolateStart - v)
            if size >= 2 {
                for a in v..<(v + size) { for b in (a + 1)..<(v + size) { tie(a, b, inGroup: true) } }
            }
            v += size
        }

        return Network(
            name: "Stadt mit \(n) Akteuren", date: Day(year: 2025, month: 1, day: 1), language: .de,
            home: actors.first?.id, themes: themes, actors: actors, ties: ties)
    }
}

extension CityNetwork {
    /// Which kind of network to generate.
    enum Variant: String {
        /// The city networks above: dense groups, hardly any actor with a single tie.
        case city
        /// The same city at 70 % of the size, plus 30 % actors on its edge as surveys record them: residents
        /// with a single tie (to a group member or a hub), pairs of residents who know each other and the same
        /// person, short chains, and small groups hanging on one member. Many leaves, articulation points and
        /// identical actors: the structure the path searches' folding is made for.
        case leafy
    }

    /// A network of `actorCount` actors of the given variant; `.city` is ``generate(actors:seed:)``.
    static func generate(actors actorCount: Int, variant: Variant, seed: UInt64 = 2024) -> Network {
        guard variant == .leafy else { return generate(actors: actorCount, seed: seed) }
        let n = max(actorCount, 20)
        let coreCount = n * 7 / 10
        var network = generate(actors: coreCount, seed: seed)
        var random = SplitMix64(seed: seed ^ 0x1EAF ^ UInt64(n))
        let themes = network.themes
        var counter = 0
        func add(district: String?) -> Int {
            counter += 1
            let v = network.actors.count
            let theme = themes.isEmpty ? [] : [themes[random.below(themes.count)]]
            network.actors.append(Actor(id: "a\(v)", name: "Bewohner:in R\(counter)", type: .resident,
                                        themes: theme, area: district))
            return v
        }
        func tie(_ a: Int, _ b: Int) {
            let u = random.unit()
            network.ties.append(Tie(source: a, target: b, kind: .information, strength: u < 0.5 ? 1 : u < 0.8 ? 2 : 3))
        }
        // Anchors: group members (most) and hubs (a fifth), among the actors that have ties.
        let hubs = max(4, coreCount / 250)
        let grouped = coreCount - max(2, coreCount / 200) - max(4, coreCount / 200)
        func anchor() -> Int { random.chance(0.2) ? random.below(hubs) : hubs + random.below(max(1, grouped - hubs)) }
        while network.actors.count < n {
            let a = anchor()
            let area = network.actors[a].area
            let room = n - network.actors.count
            let u = random.unit()
            if u < 0.6 || room < 3 {
                tie(a, add(district: area))  // a single tie
            } else if u < 0.75 {
                let x = add(district: area), y = add(district: area)  // two who know each other and the same person
                tie(a, x); tie(a, y); tie(x, y)
            } else if u < 0.9 {
                let x = add(district: area), y = add(district: area)  // a short chain
                tie(a, x); tie(x, y)
            } else {
                let x = add(district: area), y = add(district: area), z = add(district: area)  // a small group on one member
                tie(a, x); tie(x, y); tie(y, z); tie(z, x)
            }
        }
        return network
    }
}
