/// How thoroughly to analyse.
public struct AnalysisOptions: Sendable, Hashable {
    /// Above this many actors betweenness and closeness are estimated from sampled sources unless `exact` is set.
    public static let exactLimit = 20_000

    /// Compute betweenness and closeness from every source, whatever the size.
    public var exact: Bool
    /// Number of sampled sources for estimates (when not exact and above ``exactLimit``); `nil` chooses
    /// by size (see ``defaultSamples(nodeCount:edgeCount:)``).
    public var samples: Int?
    /// Seed for sampling and for the community detection.
    public var seed: UInt64
    /// How many introductions to suggest.
    public var introductions: Int

    public init(exact: Bool = false, samples: Int? = nil, seed: UInt64 = 1, introductions: Int = 10) {
        self.exact = exact; self.samples = samples; self.seed = seed; self.introductions = introductions
    }

    /// Sampled sources for a network of this size: 1,000 up to about 120,000 actors and ties together,
    /// fewer above so that the two path searches per source stay within a few seconds (at least 200; the
    /// expected error, about 1/√samples, is stated in every output).
    public static func defaultSamples(nodeCount: Int, edgeCount: Int) -> Int {
        let budget = 1.2e8 / Double(max(1, nodeCount + edgeCount))
        return max(200, min(1_000, Int(budget)))
    }

    /// The sources betweenness and closeness are estimated from for this size; `nil` means exact.
    public func sampleCount(nodeCount: Int, edgeCount: Int) -> Int? {
        guard !exact && nodeCount > Self.exactLimit else { return nil }
        return min(samples ?? Self.defaultSamples(nodeCount: nodeCount, edgeCount: edgeCount), nodeCount)
    }
}

/// Whether betweenness and closeness are exact or estimated from sampled sources.
public struct SamplingNote: Sendable, Hashable {
    /// Number of sources used.
    public let samples: Int
    /// Typical relative error of the estimate for the top actors, from the sampling rate (≈ 1/√samples).
    public let expectedRelativeError: Double
}

/// Every measure of one actor (same index as ``Network/actors``).
public struct ActorMeasures: Sendable, Hashable {
    public var degree: Int
    public var betweenness: Double
    public var weightedBetweenness: Double
    public var closeness: Double
    public var harmonic: Double
    public var pagerank: Double
    public var eigenvector: Double
    /// Burt's constraint; `nil` for actors without ties.
    public var constraint: Double?
    /// Burt's effective size; `nil` for actors without ties.
    public var effectiveSize: Double?
    public var coreNumber: Int
    /// Index into ``Analysis/components`` (0 is the largest).
    public var component: Int
    /// Index into ``Analysis/communities``.
    public var community: Int
    public var isArticulationPoint: Bool
    /// Gould-Fernandez roles with actor types as groups.
    public var brokerage: BrokerageRoles
    /// How much the network's fragmentation rises when this actor leaves (key player, Borgatti 2006).
    public var fragmentationIncrease: Double
    /// Actors cut off from the largest component when this actor leaves.
    public var cutOff: Int
}

/// The complete analysis of a network: measures, structure and the findings the user asked for.
///
/// Built once from a ``PreparedNetwork`` (``Analysis/init(_:options:progress:)``), so that every output, which
/// reads only analyses, shows the network as its preparation decided; everything else reads from it. Pure: no I/O.
public struct Analysis: Sendable {
    /// The network as analysed: only the ties active on its date (see ``inactiveTies``).
    public let network: Network
    /// Ties of the given network left out because they ended before its date or began after it.
    public let inactiveTies: Int
    public let graph: Graph
    public let options: AnalysisOptions
    public let measures: [ActorMeasures]
    /// Connected components, largest first, then by first actor index.
    public let components: [[Int]]
    public let isolates: [Int]
    public let articulationPoints: [Int]
    public let bridges: [Graph.Edge]
    public let communities: Partition
    public let modularity: Double
    /// Tie density between actor types.
    public let typeMixing: GroupMixing
    /// Tie density between communities.
    public let communityMixing: GroupMixing
    /// Fragmentation of the whole network (0 when everyone can reach everyone).
    public let fragmentation: Double
    /// `nil` when betweenness and closeness are exact.
    public let sampling: SamplingNote?
    /// Index of the QM office (`home` in network.yaml).
    public let home: Int?
    /// The actor types present, in display order; ``typeIndex`` maps actors to positions in it.
    public let types: [ActorType]
    public let typeIndex: [Int]

    /// Whether the analysed network shows private persons under their names (see ``PreparedNetwork``).
    public private(set) var showsPrivateNames = true
    /// Ties the preparation left out to protect private persons (see ``PreparedNetwork/withheldTies``).
    public private(set) var withheldTies = 0
    /// Actors the user left out before the analysis (``PreparedNetwork/excluding(_:)``), as outputs show them.
    public private(set) var excludedActors: [Actor] = []

    /// Analyses a network prepared for showing; `progress`, if given, hears how far the two path searches
    /// (the long part) have come.
    public init(_ prepared: PreparedNetwork, options: AnalysisOptions = AnalysisOptions(),
                progress: ProgressCounter.Handler? = nil) {
        self.init(network: prepared.network, options: options, progress: progress)
        showsPrivateNames = prepared.showsPrivateNames
        withheldTies = prepared.withheldTies
        excludedActors = prepared.excluded
    }

    /// Analyses `network` as it is, for the library's own analyses and its tests; outputs get analyses of
    /// prepared networks only.
    init(network given: Network, options: AnalysisOptions = AnalysisOptions(),
         progress: ProgressCounter.Handler? = nil) {
        // The network as it stood on its date: ties that ended before it (`until`) or began after it
        // (`since`) are history or plans, not part of this snapshot.
        let network = given.date.map { given.asOf($0) } ?? given
        self.network = network
        self.inactiveTies = given.ties.count - network.ties.count
        self.options = options
        let graph = Graph(network)
        self.graph = graph
        let n = graph.nodeCount

        let samples = options.sampleCount(nodeCount: n, edgeCount: graph.edgeCount)
        sampling = samples.map { SamplingNote(samples: $0, expectedRelativeError: 1 / Double($0).squareRoot()) }

        let types = Array(Set(network.actors.map(\.type))).sorted()
        self.types = types
        let typePosition = Dictionary(uniqueKeysWithValues: types.enumerated().map { ($1, $0) })
        let typeIndex = network.actors.map { typePosition[$0.type] ?? 0 }
        self.typeIndex = typeIndex

        let components = graph.connectedComponents()
        self.components = components
        var componentOf = [Int](repeating: 0, count: n)
        for (c, members) in components.enumerated() { for v in members { componentOf[v] = c } }
        isolates = (0..<n).filter { graph.degree(of: $0) == 0 }
        let articulation = graph.articulationPoints()
        articulationPoints = articulation
        bridges = graph.bridges()

        let partition = graph.louvainCommunities(seed: options.seed)
        communities = partition
        modularity = graph.modularity(of: partition)
        typeMixing = graph.groupMixing(groups: typeIndex, groupCount: types.count)
        communityMixing = graph.groupMixing(groups: partition.membership, groupCount: partition.count)
        fragmentation = graph.fragmentation()

        // One set of breadth-first searches gives betweenness, closeness and harmonic centrality (and, when
        // all ties have the same length, weighted betweenness too).
        let sources = samples ?? n
        let (betweenness, weightedBetweenness, closeness, harmonic) = graph.pathMeasures(
            samples: samples, seed: options.seed,
            progress: progress.map { ProgressCounter(phase: "paths", total: sources, handler: $0) },
            weightedProgress: progress.map { ProgressCounter(phase: "weightedPaths", total: sources, handler: $0) })
        let pagerank = graph.pagerank()
        let eigenvector = graph.eigenvectorCentrality()
        let constraint = graph.constraint()
        let effectiveSize = graph.effectiveSize()
        let cores = graph.coreNumbers()
        let roles = graph.brokerageRoles(groups: typeIndex)
        let impact = graph.keyPlayerFragmentation()
        let isArticulation = Set(articulation)

        measures = (0..<n).map { v in
            ActorMeasures(
                degree: graph.degree(of: v), betweenness: betweenness[v],
                weightedBetweenness: weightedBetweenness[v], closeness: closeness[v], harmonic: harmonic[v],
                pagerank: pagerank[v], eigenvector: eigenvector[v], constraint: constraint[v],
                effectiveSize: effectiveSize[v], coreNumber: cores[v], component: componentOf[v],
                community: partition.membership[v], isArticulationPoint: isArticulation.contains(v),
                brokerage: roles[v], fragmentationIncrease: impact[v].increase, cutOff: impact[v].cutOff)
        }
        home = network.home.flatMap { id in network.actors.firstIndex { $0.id == id } }
        // Findings read each other; computed once here, since reports ask for them many times.
        cutVertices = findCutVertices()
        gaps = findGaps()
    }

    /// Articulation points of the main network with the actors they alone hold to it (see ``CutVertex``).
    public private(set) var cutVertices: [CutVertex] = []

    /// All gaps, most severe first.
    public private(set) var gaps: [Gap] = []

    /// Actors ordered by betweenness (then weighted betweenness, then degree, then input order).
    public var actorsByBetweenness: [Int] {
        measures.indices.sorted(by: comesBeforeByBetweenness)
    }

    /// The order of ``actorsByBetweenness``: betweenness, then weighted betweenness, then degree, all
    /// descending, then index.
    func comesBeforeByBetweenness(_ a: Int, _ b: Int) -> Bool {
        let x = measures[a], y = measures[b]
        if x.betweenness != y.betweenness { return x.betweenness > y.betweenness }
        if x.weightedBetweenness != y.weightedBetweenness { return x.weightedBetweenness > y.weightedBetweenness }
        if x.degree != y.degree { return x.degree > y.degree }
        return a < b
    }

    /// Whether the QM office (`home`) is among the actors the user left out.
    public var isHomeExcluded: Bool { network.home.map { id in excludedActors.contains { $0.id == id } } ?? false }

    /// The largest component's members (empty for an empty network).
    public var mainComponent: [Int] { components.first ?? [] }
}
