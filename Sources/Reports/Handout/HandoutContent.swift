import GraphvizMap
import NetworkMap
import Wording

/// What the handout is about and how much it shows.
public struct HandoutOptions: Sendable {
    public var language: Language
    /// The first page's title; defaults to "Netzwerk NAME" / "Network NAME".
    public var title: String?
    /// Centre the handout on one actor (index into the analysed network): the map shows its neighbourhood,
    /// the findings those that concern it.
    public var focus: Int?
    /// Centre the handout on one theme: the actors working on it.
    public var theme: String?
    /// At most this many actors on the map; a larger network shows its core and summarises the rest.
    ///
    /// The map shrinks the budget further until its smallest labels print at ``minimumLabelSize``.
    public var mapActorLimit: Int
    /// The smallest label size, in printed points, the map may shrink to.
    public var minimumLabelSize: Double
    /// How many brokers, gaps and introductions to discuss (fewer when they would not fit the pages).
    public var top: Int
    public var style: MapStyle
    /// Seed of the map's layout.
    public var seed: Int
    /// The analysis of the earlier snapshot: the handout then says what changed since.
    ///
    /// Prepare both snapshots alike (``NetworkMap/Network/prepared(_:_:showingPrivateNames:pseudonym:)``) and analyse the handout's
    /// network from the newer of the two, so that a private person has the same pseudonym in both.
    public var since: Analysis?
    /// The longer handout (`--detailed`): the matrix on a page of its own, every section, the invitation list;
    /// otherwise one sheet printed on both sides.
    public var detailed: Bool

    public init(
        language: Language = .de, title: String? = nil, focus: Int? = nil,
        theme: String? = nil, mapActorLimit: Int = 60, minimumLabelSize: Double = 5, top: Int = 5,
        style: MapStyle = MapStyle(), seed: Int = 1, since: Analysis? = nil, detailed: Bool = false
    ) {
        self.language = language; self.title = title; self.focus = focus
        self.theme = theme; self.mapActorLimit = mapActorLimit; self.minimumLabelSize = minimumLabelSize
        self.top = top; self.style = style; self.seed = seed; self.since = since; self.detailed = detailed
    }
}

/// Someone to invite to the next meeting, and why.
public struct Invitation: Hashable, Sendable {
    public enum Reason: Hashable, Sendable {
        /// A top broker (rank), or an actor without whom part of the network is cut off.
        case broker(Broker)
        case cutVertex(actor: Int, cutOff: Int)
        /// One side of a suggested introduction.
        case introduction(Introduction, partner: Int)
        /// Speaks for a group apart from the main network (index into ``Analysis/components``).
        case detachedGroup(component: Int)
        /// Has no recorded tie at all.
        case noTies
    }

    public let actor: Int
    public var reasons: [Reason]
}

/// The findings a handout discusses, chosen and ordered for a meeting: pure values, no drawing.
public struct HandoutContent: Sendable {
    public let analysis: Analysis
    public let options: HandoutOptions
    /// The actors the handout is about (all, or the focus actor's neighbourhood, or a theme's actors).
    public let scope: Set<Int>?
    public let brokers: [Broker]
    /// The most severe gaps, apart from the QM office's (which has its own section).
    public let gaps: [Gap]
    public let introductions: [Introduction]
    /// Components apart from the main one with two or more actors (indices into ``Analysis/components``).
    public let detachedGroups: [Int]
    public let isolates: [Int]
    public let home: HomeDependency?
    public let invitations: [Invitation]
    /// What changed since ``HandoutOptions/since``, over the whole network (also with a focus or theme).
    public let change: NetworkDiff?

    public init(_ analysis: Analysis, options: HandoutOptions) {
        self.analysis = analysis
        self.options = options
        var scope: Set<Int>?
        let network = analysis.network
        if let focus = options.focus, focus >= 0, focus < network.actors.count {
            scope = network.neighbourhood(of: focus, depth: 1)
        }
        if let theme = options.theme {
            let members = network.actorIndices(withTheme: theme)
            scope = scope.map { $0.intersection(members) } ?? members
        }
        self.scope = scope
        let inScope: (Int) -> Bool = { v in scope?.contains(v) ?? true }
        let top = max(1, options.top)

        brokers = Array(analysis.brokers(top: scope == nil ? top : analysis.graph.nodeCount)
            .filter { inScope($0.actor) && $0.actor != analysis.home }.prefix(top))
        let themeKey = options.theme.map(Normalize.key)
        gaps = Array(analysis.gaps.filter { gap in
            if gap.kind == .homeDependency { return false }
            guard scope != nil else { return true }
            if case let .theme(theme, _) = gap.detail, let themeKey { return Normalize.key(theme) == themeKey }
            return gap.actors.contains(where: inScope)
        }.prefix(top))
        introductions = Array(analysis.introductions(top: max(10, top * 2))
            .filter { inScope($0.source) || inScope($0.target) }.prefix(top))
        detachedGroups = analysis.isolatedGroups.detachedComponents
            .filter { analysis.components[$0].contains(where: inScope) }
        isolates = analysis.isolates.filter(inScope)
        home = analysis.homeDependency
        change = options.since.map { NetworkDiff(old: $0, new: analysis) }
        invitations = Self.invitations(analysis: analysis, brokers: brokers, gaps: gaps, introductions: introductions,
                                       detachedGroups: detachedGroups, isolates: isolates)
    }

    /// Who must be at the table to close the top gaps, each actor once with every reason.
    ///
    /// They are the brokers concerned, both sides of each suggested introduction (next to each other), someone
    /// from each detached group (an organisation rather than a private person), and organisations without any
    /// tie. Not the QM office: it is the one inviting.
    static func invitations(
        analysis: Analysis, brokers: [Broker], gaps: [Gap], introductions: [Introduction], detachedGroups: [Int],
        isolates: [Int]
    ) -> [Invitation] {
        var list: [Invitation] = []
        var position: [Int: Int] = [:]
        func add(_ v: Int, _ reason: Invitation.Reason) {
            guard v != analysis.home else { return }
            if let k = position[v] {
                if !list[k].reasons.contains(reason) { list[k].reasons.append(reason) }
            } else {
                position[v] = list.count
                list.append(Invitation(actor: v, reasons: [reason]))
            }
        }
        for broker in brokers.prefix(3) { add(broker.actor, .broker(broker)) }
        for gap in gaps {
            if case let .cutVertex(v, cut) = gap.detail { add(v, .cutVertex(actor: v, cutOff: cut.count)) }
        }
        for intro in introductions {
            add(intro.source, .introduction(intro, partner: intro.target))
            add(intro.target, .introduction(intro, partner: intro.source))
        }
        let actors = analysis.network.actors
        for c in detachedGroups {
            let members = analysis.components[c]
            // An organisation speaks for the group more easily than a private person, who is pseudonymised.
            let best = members.min { a, b in
                let x = (actors[a].isPrivate ? 1 : 0, -analysis.measures[a].degree, a)
                let y = (actors[b].isPrivate ? 1 : 0, -analysis.measures[b].degree, b)
                return x < y
            }
            if let best { add(best, .detachedGroup(component: c)) }
        }
        for v in isolates where !actors[v].isPrivate { add(v, .noTies) }
        return list
    }

    /// The actors of the newer snapshot with the most new ties, most first (ties then by name).
    ///
    /// Who the change is about. O(added ties + actors log actors).
    public func mostNewTies(limit: Int) -> [(actor: Int, ties: Int)] {
        guard let change else { return [] }
        var count: [Int: Int] = [:]
        for i in change.addedTies {
            let tie = analysis.network.ties[i]
            count[tie.source, default: 0] += 1
            count[tie.target, default: 0] += 1
        }
        let actors = analysis.network.actors
        return count.sorted { a, b in a.value != b.value ? a.value > b.value : (actors[a.key].name, a.key) < (actors[b.key].name, b.key) }
            .prefix(limit).map { ($0.key, $0.value) }
    }

    /// The actors to draw: all when they fit `limit`, else the core of the scope: the QM office, the
    /// brokers, both sides of the introductions, the detached groups,
    /// then the main network's actors by betweenness, up to `limit`.
    public func mapSelection(limit: Int) -> Set<Int> {
        let n = analysis.graph.nodeCount
        let all = scope ?? Set(0..<n)
        guard all.count > limit else { return all }
        var chosen: [Int] = []
        var seen = Set<Int>()
        func take(_ v: Int) {
            guard chosen.count < limit, all.contains(v), seen.insert(v).inserted else { return }
            chosen.append(v)
        }
        if let focus = options.focus { take(focus) }
        if let home = analysis.home { take(home) }
        for b in brokers { take(b.actor) }
        for intro in introductions.prefix(3) where all.contains(intro.source) && all.contains(intro.target)
            && chosen.count + 2 <= limit {
            take(intro.source); take(intro.target)
        }
        // Groups apart from the main network are a finding of their own: shown whole when they fit.
        for c in detachedGroups where chosen.count + analysis.components[c].count <= limit {
            for v in analysis.components[c] { take(v) }
        }
        let main = Set(analysis.mainComponent)
        for v in analysis.actorsByBetweenness where main.contains(v) { take(v) }
        return Set(chosen)
    }
}
